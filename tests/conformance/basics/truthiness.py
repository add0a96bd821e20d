# Truth values of built-in objects and short-circuit results of and/or/not.
things = [0, 1, -1, 0.0, 0.5, "", " ", "0", [], [0], (), (None,), {}, {0: 0}, set(), {0},
          None, True, False, range(0), range(1), 10 ** 30, -0.0, b"", b"\x00", frozenset()]
for t in things:
    print(repr(t), bool(t), not t)
print(0 or 5, 3 or 5, 0 and 5, 3 and 5, None or "default", "" or [] or 0)
print([] and 1, [1] and 2, not [], not not [1], 1 and 2 and 3, 1 and 0 and 3)
print(None or 0 or "" or "last", 0 or None)
calls = []
def side(v):
    calls.append(v)
    return v
r = side(0) and side(1)
print(r, calls)
calls.clear()
r = side(1) or side(2)
print(r, calls)
calls.clear()
r = side(0) or side("") or side("x") or side("y")
print(r, calls)
x = 5
print("positive" if x > 0 else "non-positive", "even" if x % 2 == 0 else "odd")
print(all([]), any([]), all([1, 2, 0]), any([0, "", None, 3]), all(x > 0 for x in [1, 2, 3]))
class Empty:
    pass
print(bool(Empty()))
count = 0
items = [3, 0, "", "a", None, [], [None]]
for it in items:
    if it:
        count += 1
print("truthy count", count)
print(True + 1, False * 10, sum([True, True, False]), int(True), str(False), True & False, True | False, True ^ True)
print(type(True and 1).__name__, type(1 and True).__name__, type(not 1).__name__)
