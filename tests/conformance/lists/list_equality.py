# Equality and ordering of lists and tuples: element-wise, lexicographic, identity shortcuts.
print([1, 2, 3] == [1, 2, 3], [1, 2, 3] == [1, 2], [1, [2, 3]] == [1, [2, 3]], [] == [])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9, 9], [[1, 2]] < [[1, 3]], ["a"] < ["b"])
print([1, 2] <= [1, 2], [1, 2] >= [1, 3], [1] != [1.0], [True] == [1], [0.0] == [-0.0])
nan = float("nan")
l1 = [nan]
print(l1 == l1, [nan] == [nan], l1 == [nan], nan in l1, l1.count(nan), l1.index(nan))
class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f"  eq({self.v}, {getattr(other, 'v', other)})")
        return isinstance(other, Loud) and self.v == other.v
x = Loud(1)
print([x] == [x])
print([Loud(1)] == [Loud(1)])
print([Loud(1), Loud(2)] == [Loud(1), Loud(3)])
print(Loud(5) in [Loud(4), Loud(5), Loud(6)])
print([1, 2].__eq__([1, 2]), [1, 2].__lt__([1, 3]), [1].__eq__("x"), (1,).__eq__([1]))
pairs = [([1, 2], (1, 2)), ((1, 2), (1, 2)), ([1], [1, 0]), ([], ())]
for a, b in pairs:
    print(a, b, a == b)
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError:", e)
print([1, "a"] < [2, 1], sorted([[3], [1, 2], [1], []]), max([(1, 2), (1, 2, 0)]))
