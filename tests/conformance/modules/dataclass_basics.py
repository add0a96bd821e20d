# dataclasses: generated __init__/__repr__/__eq__, defaults, default_factory, field options.
from dataclasses import dataclass, field
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)
    secret: str = field(default="hidden", repr=False)
    note: str = field(default="", compare=False)
    def total(self):
        return self.price * self.qty
a = Item("pen", 1.5, 4)
b = Item("pen", 1.5, 4, note="different note")
c = Item(name="book", price=12.0, tags=["paper"])
print(a, c)
print(a == b, a == c, a.total(), c.total(), a.tags is Item("x", 0).tags)
a.tags.append("blue")
print(a.tags, Item("y", 1).tags)
try:
    Item("only name")
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Point:
    x: int = 0
    y: int = 0
print(Point(), Point(1), Point(y=5), Point(1, 2) == Point(1, 2), Point(1, 2) != Point(2, 1))
try:
    hash(Point())
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Inventory:
    items: list = field(default_factory=list)
    def add(self, item):
        self.items.append(item)
        return self
    @property
    def value(self):
        return sum(i.total() for i in self.items)
inv = Inventory().add(a).add(c)
print(len(inv.items), inv.value, [i.name for i in inv.items])
print(Item.__dataclass_fields__["qty"].default, sorted(Item.__dataclass_fields__))
@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(tree)
print(tree == Node(1, [Node(2), Node(3, [Node(4)])]))
