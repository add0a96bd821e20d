# dataclasses helpers: __post_init__, InitVar, asdict, astuple, replace, fields, is_dataclass.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass, InitVar
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    def __post_init__(self):
        if self.w < 0 or self.h < 0:
            raise ValueError("negative size")
        self.area = self.w * self.h
r = Rect(3, 4)
print(r, asdict(r), astuple(r))
try:
    Rect(-1, 2)
except ValueError as e:
    print("ValueError:", e)
r2 = replace(r, w=10)
print(r2, r2.area, r is r2)
print([(f.name, f.type.__name__ if isinstance(f.type, type) else f.type, f.init) for f in fields(Rect)])
@dataclass
class User:
    name: str
    password: InitVar[str]
    hashed: str = ""
    def __post_init__(self, password):
        self.hashed = "".join(reversed(password)) + str(len(password))
u = User("ann", "secret")
print(u, asdict(u))
@dataclass
class Team:
    name: str
    members: list
lead = User("bo", "pw")
team = Team("core", [u, lead])
print(asdict(team))
print(astuple(team))
print(is_dataclass(team), is_dataclass(Team), is_dataclass(3), is_dataclass(dict))
@dataclass
class Base:
    id: int
    kind: str = "base"
@dataclass
class Derived(Base):
    extra: list = field(default_factory=lambda: [0])
    kind: str = "derived"
d = Derived(7)
print(d, [f.name for f in fields(d)], Derived(1, extra=[1, 2]))
