# typing: annotations evaluate, aliases print as CPython's, NamedTuple/TypedDict class syntax,
# Generic/Protocol bases, TypeVar, cast, overload, get_origin/get_args.
import typing
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, Callable, Iterable, Iterator,
                    Generator, TypeVar, Generic, Protocol, NamedTuple, TypedDict, cast, overload,
                    Final, ClassVar, Literal, TYPE_CHECKING, Sequence, Mapping)

T = TypeVar("T")
K = TypeVar("K", bound=str)
N = TypeVar("N", int, float)
print(repr(T), repr(K), repr(N), T.__name__, K.__bound__, N.__constraints__)
print(TypeVar("Co", covariant=True), TypeVar("Contra", contravariant=True))
print(List[int], Dict[str, List[int]], Tuple[int, ...], Set[str], Callable[[int, str], bool])
print(Iterable[int], Iterator[str], Generator[int, None, None], Sequence[T], Mapping[K, int])
print(Any, Final, ClassVar[int], Literal[1, "a"], Literal["x"], typing.Type[int])
print(List, Dict, Iterable, Callable, typing.Deque[int], typing.DefaultDict[str, int])
print(TYPE_CHECKING, cast(int, "not an int"), cast("List[int]", [1]))

def annotated(a: int, b: Optional[str] = None, *rest: Any, **kw: Dict[str, Any]) -> List[Tuple[int, str]]:
    return [(a, b or "")]
print(annotated(1, "x"), sorted(annotated.__annotations__))

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item
print(Box(3).get(), Box[int](4).get(), Box.__mro__[1].__name__)

class Point(NamedTuple):
    """A point."""
    x: int
    y: int = 0
    def norm2(self) -> int:
        return self.x * self.x + self.y * self.y
p = Point(3, 4)
print(p, p.norm2(), Point(1), Point._fields, Point._field_defaults, Point.__doc__, Point.__mro__[1].__name__)
print(p._replace(y=0), p._asdict(), Point.__annotations__, isinstance(p, tuple))
Pair = NamedTuple("Pair", [("a", int), ("b", str)])
print(Pair(1, "x"), Pair._fields)
try:
    class Bad(NamedTuple):
        x: int = 1
        y: int
except TypeError as e:
    print("TypeError:", e)

class Movie(TypedDict):
    title: str
    year: int
class PartialMovie(TypedDict, total=False):
    title: str
m = Movie(title="Blade Runner", year=1982)
print(m, type(m).__name__, sorted(Movie.__required_keys__), sorted(PartialMovie.__optional_keys__), Movie.__total__)
print(Movie.__annotations__, typing.is_typeddict(Movie), typing.is_typeddict(dict))

@typing.runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class File:
    def close(self):
        pass
print(isinstance(File(), Closable), isinstance(3, Closable), issubclass(File, Closable))
class NotRuntime(Protocol):
    def run(self) -> None: ...
try:
    isinstance(File(), NotRuntime)
except TypeError as e:
    print("TypeError:", e)
class Impl(Closable):
    pass
print(isinstance(Impl(), Closable))

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2
print(double(2), double("ab"))

print(typing.get_origin(List[int]) is list, typing.get_args(Dict[str, int]) == (str, int))
print(typing.get_origin(Literal[1]) is Literal, typing.get_args(Callable[[int], str]))
print(isinstance([], List), isinstance({}, typing.Mapping), isinstance([], typing.Iterable), issubclass(list, Sequence))
for bad in (lambda: isinstance([], List[int]), lambda: List(), lambda: isinstance(1, Any)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
UserId = typing.NewType("UserId", int)
print(UserId(5), UserId.__supertype__, UserId.__name__)
print(typing.get_type_hints(annotated)["return"])
class Hinted:
    a: int
    b: "List[str]"
print(typing.get_type_hints(Hinted))
print(typing.SupportsInt, isinstance(3, typing.SupportsInt), isinstance("x", typing.SupportsIndex))
@typing.final
class Leaf:
    pass
print(Leaf.__final__, typing.Text is str, typing.AnyStr)
# 3.14: a Union prints as the | expression.
print(Union[int, str], Optional[int], Union[int], Union[int, Union[str, int]], Optional[Union[int, str]])
