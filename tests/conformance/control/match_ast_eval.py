# Evaluating and simplifying a tiny expression tree encoded as tuples, using match.
def evaluate(node, env):
    match node:
        case int() | float():
            return node
        case str(name):
            return env[name]
        case ("neg", x):
            return -evaluate(x, env)
        case ("+", a, b):
            return evaluate(a, env) + evaluate(b, env)
        case ("*", a, b):
            return evaluate(a, env) * evaluate(b, env)
        case ("-", a, b):
            return evaluate(a, env) - evaluate(b, env)
        case ("if", cond, then, other):
            return evaluate(then, env) if evaluate(cond, env) else evaluate(other, env)
        case ("let", str(name), value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case _:
            raise ValueError(f"bad node {node!r}")
def simplify(node):
    match node:
        case (op, a, b):
            a, b = simplify(a), simplify(b)
            match (op, a, b):
                case ("+", 0, x) | ("+", x, 0):
                    return x
                case ("*", 1, x) | ("*", x, 1):
                    return x
                case ("*", 0, _) | ("*", _, 0):
                    return 0
                case ("-", x, y) if x == y:
                    return 0
                case (_, int(x), int(y)):
                    return {"+": x + y, "*": x * y, "-": x - y}[op]
                case _:
                    return (op, a, b)
        case ("neg", ("neg", x)):
            return simplify(x)
        case _:
            return node
def show(node):
    match node:
        case (op, a, b):
            return f"({show(a)} {op} {show(b)})"
        case ("neg", x):
            return f"-{show(x)}"
        case _:
            return str(node)
exprs = [
    ("+", 1, ("*", 2, 3)),
    ("*", ("+", "x", 0), 1),
    ("-", ("*", "y", 0), ("+", 2, 2)),
    ("neg", ("neg", ("+", "x", "y"))),
    ("+", ("*", 3, "x"), ("-", "y", "y")),
]
env = {"x": 5, "y": 7}
for e in exprs:
    s = simplify(e)
    print(show(e), "=>", show(s), "=", evaluate(e, env), evaluate(s, env))
print(evaluate(("let", "z", ("+", "x", 1), ("*", "z", "z")), env))
print(evaluate(("if", ("-", "x", 5), 100, 200), env))
try:
    evaluate(("/", 1, 2), env)
except ValueError as e:
    print("ValueError:", e)
