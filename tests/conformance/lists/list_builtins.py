# Builtins over lists: len, min, max, sum, any, all, reversed, enumerate, zip, map, filter.
nums = [4, -2, 9, 0, 7, -5, 3]
print(len(nums), min(nums), max(nums), sum(nums), sum(nums, 100))
print(any(n < 0 for n in nums), all(n < 10 for n in nums), any([]), all([]))
print(list(reversed(nums)), nums[::-1] == list(reversed(nums)))
print(list(enumerate(nums)), list(enumerate(nums, start=10))[:2])
print(list(zip(nums, "abcdefg")), list(zip(nums, range(3))), list(zip()))
print(list(map(abs, nums)), list(map(lambda a, b: a * b, nums, range(100))), list(map(str, nums)))
print(list(filter(None, nums)), list(filter(lambda n: n % 2, nums)), list(filter(str.isupper, "aBcD")))
print(sorted(nums), sorted(nums, key=abs), min(nums, key=abs), max(nums, key=lambda n: -n))
pairs = list(zip(["a", "b", "c"], [1, 2, 3]))
letters, numbers = zip(*pairs)
print(pairs, letters, numbers)
print(dict(pairs), dict(zip(letters, numbers)) == dict(pairs))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip([1, 2], [3, 4], strict=True)))
it = reversed([1, 2, 3])
print(next(it), list(it), list(it))
print(list(map(pow, [2, 3, 4], [3, 2])), list(map(max, [1, 9], [5, 2], [3, 3])))
print(sum([[1], [2, 3]], []), sum([0.5, 0.25]), sum(range(5), start=-10))
print(max([], default=None), min([3], default=0), max("abc", "abd"), min([[2], [1, 5]]))
nested = [[3, 2], [1], [4, 4, 4], []]
print(max(nested, key=len), min(nested, key=len), sorted(nested, key=sum), [len(x) for x in nested])
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "end"))
words = ["alpha", "beta", "gamma"]
for i, (w, n) in enumerate(zip(words, map(len, words)), 1):
    print(i, w, n)
print(list(filter(lambda w: "a" in w[1:], words)), [w for w in words if w.endswith("a")])
