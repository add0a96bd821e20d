# match with dotted value patterns (constants, enum members) versus capture patterns.
import enum
class Color(enum.Enum):
    RED = "r"
    GREEN = "g"
    BLUE = "b"
class Limits:
    LOW = 10
    HIGH = 90
def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case Color.BLUE | None:
            return "calm or nothing"
print([paint(c) for c in Color], paint(None), paint("r"))
def level(v):
    match v:
        case Limits.LOW:
            return "exactly low"
        case Limits.HIGH:
            return "exactly high"
        case n if n < Limits.LOW:
            return "below"
        case n if n > Limits.HIGH:
            return "above"
        case _:
            return "between"
print([level(v) for v in (5, 10, 50, 90, 95)])
class Shape(enum.Enum):
    CIRCLE = 1
    SQUARE = 2
def describe(item):
    match item:
        case (Shape.CIRCLE, r):
            return f"circle r={r}"
        case (Shape.SQUARE, s):
            return f"square s={s}"
        case (kind, *_):
            return f"unknown kind {kind}"
print(describe((Shape.CIRCLE, 2)), describe((Shape.SQUARE, 3)), describe(("hexagon", 1)))
import math
def trig(name):
    match name:
        case math.pi:
            return "pi"
        case math.e:
            return "e"
        case _:
            return "something else"
print(trig(math.pi), trig(2.718281828459045), trig(3))
class Cmd(str, enum.Enum):
    START = "start"
    STOP = "stop"
for raw in ["start", "stop", "pause"]:
    match raw:
        case Cmd.START:
            print(raw, "-> starting")
        case Cmd.STOP:
            print(raw, "-> stopping")
        case other:
            print(raw, "-> unknown", other)
