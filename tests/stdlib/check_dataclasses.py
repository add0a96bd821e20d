# dataclasses: generated methods, field options, defaults, frozen, order, hash rules, post_init,
# InitVar, KW_ONLY, fields/asdict/astuple/replace, inheritance, slots, errors.
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, KW_ONLY
from typing import ClassVar, List

@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p == (1, 2), p != Point(2, 1), Point.__doc__, Point.__match_args__)
print(Point.__hash__, [f.name for f in fields(Point)], dataclasses.is_dataclass(Point), dataclasses.is_dataclass(p))
for call in (lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point(1, x=2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

@dataclass
class Inventory:
    name: str
    tags: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="s", compare=False)
    limit: ClassVar[int] = 10
a, b = Inventory("a"), Inventory("a")
a.tags.append("x")
print(a, b.tags, a.tags is not b.tags, Inventory.limit, [f.name for f in fields(a)])
print(Inventory("z", secret="1") == Inventory("z", secret="2"), Inventory.__doc__)

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
print(sorted([Version(1, 2), Version(0, 9), Version(1, 0)]), Version(1) < Version(1, 1), Version(2) >= Version(1, 5))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)

@dataclass(frozen=True)
class Frozen:
    a: int
    b: str = "b"
fz = Frozen(1)
print(fz, hash(fz) == hash((1, "b")), {fz: 1}[Frozen(1)])
for action in (lambda: setattr(fz, "a", 2), lambda: delattr(fz, "b"), lambda: setattr(fz, "new", 1)):
    try:
        action()
    except dataclasses.FrozenInstanceError as e:
        print("FrozenInstanceError:", e, isinstance(e, AttributeError))

@dataclass(unsafe_hash=True)
class Hashed:
    v: int
    w: int = field(hash=False)
print(hash(Hashed(1, 2)) == hash((1,)), Hashed.__hash__ is not None)
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)

@dataclass
class WithPost:
    a: float
    b: float
    scale: InitVar[float] = 1.0
    total: float = field(init=False)
    def __post_init__(self, scale):
        self.total = (self.a + self.b) * scale
wp = WithPost(1, 2, scale=10)
print(wp, [f.name for f in fields(wp)], hasattr(wp, "scale"))

@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int
print(KW(1, c=3), KW.__match_args__)
try:
    KW(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
@dataclass(kw_only=True)
class AllKW:
    x: int
    y: int = 5
print(AllKW(x=1))
try:
    AllKW(1)
except TypeError as e:
    print("TypeError:", e)
try:
    AllKW()
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Base:
    x: int
    y: int = 1
@dataclass
class Child(Base):
    z: int = 2
    x: int = 10
print(Child(), Child(5, 6, 7), [f.name for f in fields(Child)])

@dataclass
class Nested:
    p: Point
    items: list
    mapping: dict
n = Nested(Point(1, 2), [Point(3, 4), (5, Point(6, 7))], {"k": Point(8, 9)})
print(asdict(n))
print(astuple(n))
print(replace(p, y=20), p)
try:
    replace(wp, total=3)
except TypeError as e:
    print("TypeError:", e)
print(replace(wp, a=10, scale=1))
print(dataclasses.replace(Point(1), x=5))

for bad in ("default_after", "mutable", "order_without_eq", "frozen_mix"):
    try:
        if bad == "default_after":
            @dataclass
            class A:
                x: int = 0
                y: int
        elif bad == "mutable":
            @dataclass
            class B:
                x: list = []
        elif bad == "order_without_eq":
            @dataclass(order=True, eq=False)
            class C:
                x: int
        else:
            @dataclass(frozen=True)
            class D(Base):
                pass
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)
try:
    fields(3)
except TypeError as e:
    print("TypeError:", e)

@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "x"
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 1
except AttributeError:
    print("slots: no new attributes")

@dataclass
class Recursive:
    child: object = None
r = Recursive()
r.child = r
print(r)
Made = dataclasses.make_dataclass("Made", [("a", int), ("b", str, field(default="q"))])
print(Made(1), Made.__name__)
@dataclass
class Explicit:
    v: int
    def __repr__(self):
        return "custom"
print(Explicit(1), Explicit(1) == Explicit(1))
match Point(4, 5):
    case Point(x, y):
        print("match", x, y)
# Moved last: the docstring shows annotations as typing prints them (3.14: int | None).
from typing import Optional
@dataclass
class Doc:
    a: List[int]
    c: Optional[int] = None
    d: dict = field(default_factory=dict)
print(Doc.__doc__)
