# __repr__ and __str__: which one print, str(), repr(), f-strings and containers use.
class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "Both(str)"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "StrOnly as str"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s)
print(str(b), repr(b), str(r), repr(r))
print(f"{b} {b!r} {r} {r!s}", "%s %r" % (b, b))
print([b, r], (b,), {"k": b}, {b})
print(repr(s).startswith("<__main__.StrOnly object at 0x"), str(s))
class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __repr__(self):
        if not self.children:
            return f"Node({self.value!r})"
        return f"Node({self.value!r}, {self.children!r})"
tree = Node("root", [Node(1), Node("two", [Node(3.0)])])
print(tree)
print(eval(repr(Node("x", [Node(1)]))).children[0].value)
class Money:
    def __init__(self, amount, currency="USD"):
        self.amount, self.currency = amount, currency
    def __repr__(self):
        return f"{type(self).__name__}({self.amount!r}, {self.currency!r})"
    def __str__(self):
        symbol = {"USD": "$", "EUR": "€"}.get(self.currency, self.currency + " ")
        return f"{symbol}{self.amount:,.2f}"
class Euro(Money):
    def __init__(self, amount):
        super().__init__(amount, "EUR")
for m in [Money(1234.5), Euro(99), Money(3, "GBP")]:
    print(str(m), repr(m))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class Recursive:
    def __init__(self):
        self.me = [self]
    def __repr__(self):
        return f"Recursive(len={len(self.me)})"
print(Recursive(), [Recursive()])
