# frozenset: hashable, usable as dict keys and set members, mixes with set in operations.
f = frozenset([3, 1, 2])
g = frozenset("ab")
print(f, len(f), 2 in f, f | {9}, f & {1, 2}, f - {1}, f ^ {3, 4})
print(type(f | {9}).__name__, type({9} | f).__name__, type(f.union([7])).__name__)
print(f == {1, 2, 3}, {1, 2, 3} == f, hash(f) == hash(frozenset({3, 2, 1})))
groups = {frozenset({"x", "y"}): "pair", frozenset(): "empty", frozenset({"z"}): "single"}
print(groups[frozenset({"y", "x"})], groups[frozenset()], len(groups))
family = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(family), frozenset({1, 2}) in family)
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError raised for list in set")
print(f.issubset({1, 2, 3, 4}), f.isdisjoint({5}), f.copy() is f, frozenset() == set(), sorted(g))
nested = frozenset([frozenset([1]), frozenset([1, 2])])
print(sorted(len(x) for x in nested), frozenset([1]) in nested)
def powerset(items):
    result = {frozenset()}
    for x in items:
        result |= {s | {x} for s in result}
    return result
ps = powerset([1, 2, 3])
print(len(ps), sorted(sorted(s) for s in ps))
edges = {frozenset({"a", "b"}), frozenset({"b", "c"}), frozenset({"b", "a"})}
print(len(edges), sorted(sorted(e) for e in edges))
print(frozenset(range(5)), frozenset(), repr(frozenset([0])))
