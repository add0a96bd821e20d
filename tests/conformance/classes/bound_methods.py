# Bound and unbound methods: __self__, __func__, calling through the class, method equality.
class Greeter:
    def __init__(self, name):
        self.name = name
    def hello(self, punct="!"):
        return f"hello from {self.name}{punct}"
g = Greeter("ann")
m = g.hello
print(m(), m("?"), Greeter.hello(g), Greeter.hello(Greeter("bo"), "."))
print(m.__self__ is g, m.__func__ is Greeter.hello, m.__name__, type(m).__name__)
print(g.hello == g.hello, g.hello is g.hello, g.hello == Greeter("ann").hello)
callbacks = [Greeter(n).hello for n in ["x", "y"]]
print([cb() for cb in callbacks])
unbound = Greeter.hello
print(unbound(g), type(unbound).__name__)
method_list = list(map(Greeter.hello, [Greeter("p"), Greeter("q")]))
print(method_list)
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self
c = Counter()
inc = c.inc
inc()
inc()
print(c.n, c.inc().inc().n)
words = ["b", "a", "c"]
append = words.append
append("d")
print(words, append.__self__ is words, append.__name__)
upper = "text".upper
print(upper(), str.upper("x"), type(upper).__name__)
try:
    Greeter.hello()
except TypeError as e:
    print("TypeError:", e)
class WithStatic:
    @staticmethod
    def s():
        return "static"
    @classmethod
    def c(cls):
        return cls.__name__
print(WithStatic.s(), WithStatic().s(), WithStatic.c(), WithStatic().c(), WithStatic.c.__self__.__name__)
