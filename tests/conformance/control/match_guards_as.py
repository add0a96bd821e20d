# Guards, as-patterns, capture rules and the order in which cases are tried.
def classify(x):
    match x:
        case int() | float() as num if num > 100:
            return f"big number {num}"
        case int(n) | float(n) if n < 0:
            return f"negative {n}"
        case [int() as a, int() as b] as pair if a < b:
            return f"ascending pair {pair}"
        case [_, _] as pair:
            return f"other pair {pair}"
        case str(s) if len(s) > 5:
            return "long string"
        case str(s):
            return f"short string {s}"
        case _:
            return "fallthrough"
for v in [500, 7.5, -2, -0.5, [1, 2], [2, 1], ["a", "b"], "abcdefgh", "abc", 42]:
    print(repr(v), "->", classify(v))
calls = []
def check(label, result):
    calls.append(label)
    return result
def first_guard(v):
    match v:
        case x if check("g1", x > 10):
            return "g1"
        case x if check("g2", x > 5):
            return "g2"
        case _:
            return "none"
for v in (20, 7, 1):
    calls.clear()
    print(v, first_guard(v), calls)
def bindings(v):
    match v:
        case (a, b) | [b, a, _]:
            return a, b
print(bindings((1, 2)), bindings([1, 2, 3]))
value = "outer"
match [1, 2]:
    case [value, _]:
        pass
print("capture rebinds the name:", value)
match {"k": [1, {"n": 5}]}:
    case {"k": [_, {"n": n} as inner] as lst}:
        print(n, inner, lst)
match 3:
    case 1:
        print("one")
print("no case matched and nothing happened")
