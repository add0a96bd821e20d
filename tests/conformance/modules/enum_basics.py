# enum.Enum: members, value and name, iteration, lookup, auto(), comparison, and aliases.
from enum import Enum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value, Color.CRIMSON is Color.RED)
print(list(Color), len(Color), [c.name for c in Color], list(Color.__members__))
print(Color(2), Color["BLUE"], Color.RED == Color.RED, Color.RED == 1, Color.RED is Color(1))
print(isinstance(Color.RED, Color), type(Color.RED).__name__, Color.RED in Color)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
class Status(Enum):
    PENDING = auto()
    ACTIVE = auto()
    DONE = auto()
    def is_final(self):
        return self is Status.DONE
    @classmethod
    def parse(cls, text):
        return cls[text.upper()]
print([(s.name, s.value) for s in Status], Status.parse("active"), Status.DONE.is_final(), Status.ACTIVE.is_final())
counts = {Status.PENDING: 3, Status.DONE: 1}
print(counts[Status.PENDING], sorted(counts, key=lambda s: s.value), {s: s.value for s in Status})
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError:
    print("ValueError from @unique with an alias")
try:
    Color.RED = 5
except AttributeError:
    print("AttributeError: enum members cannot be reassigned")
def describe(c):
    match c:
        case Color.RED:
            return "warm"
        case Color.GREEN | Color.BLUE:
            return "cool"
print([describe(c) for c in Color])
print(Color.RED.__class__.__name__, hash(Color.RED) == hash(Color.CRIMSON), sorted(Color, key=lambda c: -c.value))
