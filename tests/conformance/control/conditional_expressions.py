# Conditional expressions: nesting, precedence, laziness, and use inside other expressions.
def sign(n):
    return "positive" if n > 0 else "negative" if n < 0 else "zero"
print([sign(n) for n in (3, -2, 0)])
calls = []
def f(v):
    calls.append(v)
    return v
r = f("yes") if f(True) else f("no")
print(r, calls)
calls.clear()
r = f("yes") if f(0) else f("no")
print(r, calls)
print([x if x % 2 == 0 else -x for x in range(6)], [("even" if x % 2 == 0 else "odd") for x in range(3)])
print(1 + (10 if True else 20), (1 + 10) if False else 20, 1 + 10 if False else 20)
items = []
print("empty" if not items else f"{len(items)} items", "none" if None is None else "some")
label = lambda n: "many" if n > 2 else "two" if n == 2 else "one" if n == 1 else "none"
print([label(n) for n in range(5)])
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(0))
x = 5
y = x * 2 if x > 3 else x / 2
z = (x if x > y else y) + (0 if x == 5 else 1)
print(y, z, max(x, y) if x != y else None)
print({k: ("hi" if v else "lo") for k, v in {"a": 1, "b": 0}.items()})
print(f"{'on' if x else 'off'}", "%s" % ("T" if [] else "F"))
val = None
print((val or "default") if val is None else val, val if val is not None else "was None")
print(sorted([3, 1, 2], reverse=True if x > 1 else False))
