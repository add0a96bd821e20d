# Pattern matching on dataclasses, which get __match_args__ automatically.
from dataclasses import dataclass
@dataclass
class Num:
    value: int
@dataclass
class Add:
    left: object
    right: object
@dataclass
class Mul:
    left: object
    right: object
@dataclass
class Var:
    name: str
print(Add.__match_args__, Num.__match_args__)
def ev(e, env):
    match e:
        case Num(v):
            return v
        case Var(name):
            return env[name]
        case Add(l, r):
            return ev(l, env) + ev(r, env)
        case Mul(Num(0), _) | Mul(_, Num(0)):
            return 0
        case Mul(left=l, right=r):
            return ev(l, env) * ev(r, env)
def deriv(e, x):
    match e:
        case Num(_):
            return Num(0)
        case Var(n) if n == x:
            return Num(1)
        case Var(_):
            return Num(0)
        case Add(l, r):
            return Add(deriv(l, x), deriv(r, x))
        case Mul(l, r):
            return Add(Mul(deriv(l, x), r), Mul(l, deriv(r, x)))
expr = Add(Mul(Num(3), Var("x")), Mul(Var("x"), Var("x")))
print(expr)
print(ev(expr, {"x": 4}))
d = deriv(expr, "x")
print(d)
print(ev(d, {"x": 4}), ev(deriv(expr, "y"), {"x": 4, "y": 0}))
@dataclass
class Event:
    kind: str
    payload: dict
def route(ev):
    match ev:
        case Event("login", {"user": u}):
            return f"welcome {u}"
        case Event("logout", {"user": u, **rest}) if rest:
            return f"bye {u} ({sorted(rest)})"
        case Event(kind="logout"):
            return "bye"
        case Event(k, _):
            return f"ignored {k}"
for e in [Event("login", {"user": "kim"}), Event("logout", {"user": "kim", "reason": "idle"}),
          Event("logout", {}), Event("ping", {})]:
    print(route(e))
