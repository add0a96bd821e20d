# dataclasses with order=True, frozen=True, unsafe_hash, and sorting/hashing consequences.
from dataclasses import dataclass, FrozenInstanceError
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
vs = [Version(1, 2, 3), Version(1, 10), Version(0, 9, 9), Version(1, 2)]
print(sorted(vs))
print(Version(1, 2) < Version(1, 2, 1), max(vs), min(vs), Version(2) >= Version(1, 99))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)
@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float
home = Coord(51.5, -0.12)
try:
    home.lat = 0
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(hash(home) == hash(Coord(51.5, -0.12)), {home: "london"}[Coord(51.5, -0.12)], len({home, Coord(51.5, -0.12)}))
@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str
hand = {Card(12, "h"), Card(1, "s"), Card(12, "h"), Card(7, "d")}
print(sorted(hand), len(hand))
@dataclass(unsafe_hash=True)
class Tagged:
    name: str
    weight: int = 1
t = Tagged("x")
print(hash(t) == hash(Tagged("x")), t in {Tagged("x", 1)})
t.weight = 5
print(t)
@dataclass(eq=False)
class Identity:
    v: int
print(Identity(1) == Identity(1), Identity(1) != Identity(1), len({Identity(1), Identity(1)}))
