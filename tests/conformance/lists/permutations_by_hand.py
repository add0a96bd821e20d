# Generating permutations, combinations and subsets recursively, checked against itertools.
import itertools
def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            out.append([items[i]] + p)
    return out
def combinations(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    first, rest = items[0], items[1:]
    return [[first] + c for c in combinations(rest, k - 1)] + combinations(rest, k)
def subsets(items):
    result = [[]]
    for x in items:
        result += [s + [x] for s in result]
    return result
perms = permutations([1, 2, 3])
print(perms, len(permutations(list("abcd"))))
print([list(p) for p in itertools.permutations([1, 2, 3])] == perms)
print(combinations(list("abcde"), 3))
print([list(c) for c in itertools.combinations("abcde", 3)] == combinations(list("abcde"), 3))
print(subsets([1, 2, 3]), len(subsets(list(range(10)))))
def next_permutation(a):
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return False
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = reversed(a[i + 1:])
    return True
a = [1, 1, 2]
seq = [a[:]]
while next_permutation(a):
    seq.append(a[:])
print(seq)
def n_queens(n):
    solutions = []
    def place(row, cols):
        if row == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(cols)):
                cols.append(c)
                place(row + 1, cols)
                cols.pop()
    place(0, [])
    return solutions
for n in range(1, 8):
    print(n, len(n_queens(n)))
print(n_queens(6))
