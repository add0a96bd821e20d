# itertools combinatoric iterators: product, permutations, combinations, with replacement.
import itertools as it
print(list(it.product("ab", [1, 2])))
print(list(it.product([0, 1], repeat=3)))
print(len(list(it.product(range(4), repeat=4))), list(it.product()))
print(list(it.permutations("abc")))
print(list(it.permutations([1, 2, 3, 4], 2)))
print(list(it.combinations("abcd", 2)), list(it.combinations(range(5), 4)))
print(list(it.combinations_with_replacement("abc", 2)))
print(len(list(it.permutations(range(7)))), len(list(it.combinations(range(20), 10))), list(it.combinations("ab", 3)))
coins = [1, 5, 10, 25]
ways = [c for r in range(1, 5) for c in it.combinations_with_replacement(coins, r) if sum(c) == 30]
print(ways)
words = ["cat", "dog", "bird"]
print([" ".join(p) for p in it.permutations(words)])
dice = [a + b for a, b in it.product(range(1, 7), repeat=2)]
print({s: dice.count(s) for s in range(2, 13)})
grid = [(r, c) for r, c in it.product(range(3), range(3)) if r != c]
print(grid)
def pythagorean(limit):
    return [(a, b, c) for a, b, c in it.combinations(range(1, limit), 3) if a * a + b * b == c * c]
print(pythagorean(30))
print(sorted(set(it.permutations("aab"))))
