# enum: members, lookup, iteration, aliases, auto, reprs (3.14), IntEnum, StrEnum, Flag, IntFlag,
# unique, functional API, custom __init__/__new__, errors.
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), format(Color.RED), f"{Color.GREEN}", Color.RED.name, Color.RED.value)
print(Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, list(Color), len(Color), list(reversed(Color)))
print(list(Color.__members__), Color.RED in Color, 1 in Color, 7 in Color, isinstance(Color.RED, Color), repr(Color))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, hash(Color.RED) == hash("RED"), type(Color.RED))
print({Color.RED: "r"}[Color.CRIMSON], sorted(Color, key=lambda c: c.value), Color.RED.__class__ is Color)
for bad in (lambda: Color(9), lambda: Color["PINK"], lambda: Color.RED < Color.GREEN, lambda: setattr(Color, "RED", 5),
            lambda: delattr(Color, "GREEN")):
    try:
        bad()
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto), [m.value for m in Auto])

class Number(IntEnum):
    ONE = 1
    TWO = 2
print(Number.ONE, repr(Number.TWO), Number.ONE + 1, Number.TWO * 3, Number.ONE == 1, format(Number.TWO, "03d"), f"{Number.ONE}")
print(sorted([Number.TWO, Number.ONE]), Number(2), int(Number.TWO), Number.ONE < Number.TWO, hash(Number.ONE) == hash(1))

class Shade(StrEnum):
    LIGHT = auto()
    DARK = "dk"
print(Shade.LIGHT, repr(Shade.LIGHT), Shade.DARK == "dk", Shade("dk"), Shade.LIGHT.upper(), f"{Shade.DARK:>4}")

class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(repr(rw), str(rw), list(rw), len(rw), Perm.R in rw, Perm.X in rw, bool(Perm(0)), repr(Perm(0)), str(Perm(0)))
print(repr(~Perm.R), repr(rw & Perm.W), repr(rw ^ Perm.R), Perm(7), list(Perm), rw.value, rw.name)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)

class Color2(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(list(Color2), repr(Color2.WHITE), [m.value for m in Color2], list(Color2.__members__), repr(Color2(3)))

class Bits(IntFlag):
    A = 1
    B = 2
    C = 4
print(Bits.A | Bits.B, repr(Bits.A | Bits.B), repr(Bits(8)), repr(Bits.A | 8), repr(~Bits.A), Bits.A | 2, Bits.C + 1)
print(repr(Bits(0)), isinstance(Bits.A | 2, Bits), Bits.A & 3, format(Bits.B, "b"))

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3), Planet((3.303e+23, 2.4397e6)))

class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, "P.X")
    PY = (1, "P.Y")
print(Coord.PY.label, Coord(1) is Coord.PY, Coord.PX.value)

class WithMethods(Enum):
    A = 1
    B = 2
    def describe(self):
        return "%s=%d" % (self.name, self.value)
    @classmethod
    def default(cls):
        return cls.A
    @staticmethod
    def helper():
        return "static"
    _ignore_ = ["tmp"]
    tmp = 99
print(WithMethods.B.describe(), WithMethods.default(), WithMethods.helper(), list(WithMethods), hasattr(WithMethods, "tmp"))

class Missing(Enum):
    X = "x"
    @classmethod
    def _missing_(cls, value):
        return cls.X if str(value).lower() == "x" else None
print(Missing("X"), Missing("x"))
try:
    Missing("y")
except ValueError as e:
    print("ValueError:", e)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal))
Spam = Enum("Spam", [("A", 5), ("B", 6)])
Eggs = IntEnum("Eggs", {"X": 10, "Y": 20})
print(list(Spam), Eggs.Y + 1, repr(Eggs.X))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
print(unique(Number) is Number, Color.RED.__reduce_ex__(4)[1], sorted(dir(Color.RED))[:4])
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.RED])[0] is Color.RED)
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("matched green")
