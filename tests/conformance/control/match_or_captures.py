# Or-patterns must bind the same names; nested or-patterns, alternatives with literals and classes.
def norm(cmd):
    match cmd:
        case ("add" | "plus" | "+", a, b) | ("sum", [a, b]):
            return a + b
        case ("neg" | "-", a):
            return -a
        case ("max", [*xs]) | ("max", *xs) if xs:
            return max(xs)
        case (str(op), *_):
            return f"unknown op {op}"
        case _:
            return "malformed"
tests = [("add", 1, 2), ("+", 5, 5), ("sum", [3, 4]), ("neg", 9), ("-", -2), ("max", [3, 8, 1]),
         ("max", 4, 2, 7), ("max",), ("pow", 2, 3), (1, 2), "add"]
for t in tests:
    print(t, "->", norm(t))
def bools(v):
    match v:
        case True | False as b:
            return f"bool {b}"
        case 0 | 1:
            return "zero/one int"
        case "yes" | "no" | ["yes" | "no", *_]:
            return "answer"
        case _:
            return "other"
print([bools(v) for v in (True, 0, 1, 1.0, "yes", ["no", 1], ["maybe"])])
def shape_kind(obj):
    match obj:
        case int() | float() as n if n == 0:
            return "zero"
        case list() | tuple() as seq if len(seq) == 2:
            return "pair-ish"
        case dict() | set() as c:
            return f"container of {len(c)}"
        case _:
            return "?"
print([shape_kind(o) for o in (0, 0.0, [1, 2], (1, 2), {1: 2}, {3}, "xy", 5)])
