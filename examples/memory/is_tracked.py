# Which objects does the cycle collector track?
#
# Only objects that can hold references to other objects can be part of a
# cycle, so only those are put on the collector's generation lists ("tracked").
# gc.is_tracked(obj) tells. Tracked objects carry a two-pointer GC header in
# front of them (that is part of why sys.getsizeof([]) is bigger than you'd
# guess), and every collection has to visit them.
#
#   * never tracked: int, float, str (they cannot refer to anything)
#   * tracked: instances, generators, lists, functions, classes, and dicts --
#     CPython 3.14 tracks every dict (older versions untracked dicts holding
#     only atomic values, so 3.11 prints False for {} and {'a': 1})
#   * tuples are special: they are immutable, so a tuple whose items are all
#     untracked can never become part of a cycle. CPython 3.14 untracks such a
#     tuple at creation when that is cheap to see -- (x, y) packed from ints,
#     tuple([1, 2]) copied from a list, a constant tuple in a function body --
#     and otherwise leaves it to the next collection: tuple(range(5)) and
#     tuple('abc') start tracked and become untracked after gc.collect().
#     (1, []) contains a list and stays tracked. (A module-level constant
#     tuple is also untracked lazily; it is left out because an automatic
#     collection during startup may already have seen it.)
#
# gc.disable() keeps automatic collections from running between creating the
# objects and printing the first column, so both columns are reproducible.
# What to look for: the two tuple rows that change from True to False.
import gc

gc.disable()

class MyClass:
    pass

def func_gen():
    yield 1

def constant_tuple():
    return (3, 4)

x, y = 1, 2
rows = [
    ("1", 1),
    ("'a'", "a"),
    ("1.5", 1.5),
    ("MyClass()", MyClass()),
    ("func_gen()", func_gen()),
    ("[1, 2, 3]", [1, 2, 3]),
    ("{}", {}),
    ("{'a': 1}", {"a": 1}),
    ("(x, y)  ints", (x, y)),
    ("tuple([1, 2])", tuple([1, 2])),
    ("(3, 4) in a function", constant_tuple()),
    ("tuple(range(5))", tuple(range(5))),
    ("tuple('abc')", tuple("abc")),
    ("(1, [])", (1, [])),
]

print(f"{'object':<22} {'tracked':<8} after gc.collect()")
before = [gc.is_tracked(obj) for _, obj in rows]
gc.collect()
for (label, obj), was in zip(rows, before):
    print(f"{label:<22} {was!s:<8} {gc.is_tracked(obj)}")
gc.enable()
