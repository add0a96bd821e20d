# typing names used as annotations only: they describe types but the code runs the same.
from typing import List, Dict, Optional, Union, Tuple, Callable, Iterable, Iterator, Any, TypeVar, Generic, Sequence
T = TypeVar("T")
def first(items: Sequence[T], default: Optional[T] = None) -> Optional[T]:
    return items[0] if items else default
def parse(text: str) -> Union[int, float, str]:
    for conv in (int, float):
        try:
            return conv(text)
        except ValueError:
            pass
    return text
def apply_all(fns: List[Callable[[int], int]], x: int) -> List[int]:
    return [f(x) for f in fns]
def count_words(lines: Iterable[str]) -> Dict[str, int]:
    out: Dict[str, int] = {}
    for line in lines:
        for w in line.split():
            out[w] = out.get(w, 0) + 1
    return out
def pairs(n: int) -> Iterator[Tuple[int, int]]:
    for i in range(n):
        yield i, i * i
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def __len__(self) -> int:
        return len(self.items)
print(first([3, 4]), first([], "empty"), [parse(t) for t in ["1", "2.5", "x"]])
print(apply_all([lambda v: v + 1, lambda v: v * v], 7), count_words(["a b a", "b c"]), list(pairs(4)))
s: Stack[int] = Stack()
s.push(1)
s.push("not an int, but annotations are not enforced")
print(len(s), s.pop(), s.pop(), len(s))
value: Any = 42
maybe: Optional[str] = None
print(value, maybe, first.__annotations__["return"] is not None)
def untyped_call(x: int) -> str:
    return x * 2
print(untyped_call(21), untyped_call("ab"))
