# IntEnum, StrEnum-like mixins and Flag: numeric behaviour and combining members.
from enum import IntEnum, Flag, auto, Enum
class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, Priority.LOW == 1, sorted([Priority.HIGH, Priority.LOW, 3]))
print(int(Priority.HIGH), Priority(5).name, [p.name for p in sorted(Priority, reverse=True)], max(Priority).name)
tasks = [("deploy", Priority.HIGH), ("lint", Priority.LOW), ("review", Priority.MEDIUM)]
print([t for t, p in sorted(tasks, key=lambda tp: tp[1], reverse=True)])
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(Perm.R.value, Perm.W.value, Perm.X.value, rw.value, Perm.R in rw, Perm.X in rw, bool(rw & Perm.X))
print((rw | Perm.X).value, (rw & Perm.W) == Perm.W, (rw ^ Perm.R) == Perm.W, Perm(0).value, bool(Perm(0)))
def describe(p):
    return "".join(name.lower() if member in p else "-" for name, member in [("R", Perm.R), ("W", Perm.W), ("X", Perm.X)])
print([describe(p) for p in [Perm.R, rw, Perm.R | Perm.X, Perm(7), Perm(0)]])
class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 3)
print([(p.name, p.gravity) for p in Planet], Planet.EARTH.value)
class Suit(str, Enum):
    HEARTS = "h"
    SPADES = "s"
print(Suit.HEARTS == "h", Suit("s").name, Suit.HEARTS.value.upper(), sorted(s.value for s in Suit))
