# The class body runs top to bottom at definition time, like a function body, building the namespace.
print("before class")
class Demo:
    print("  class body starts")
    x = 1
    y = x + 1
    items = [x, y]
    for i in range(3):
        items.append(i * 10)
    del i
    if y > 1:
        flag = "y is big"
    else:
        flag = "y is small"
    def method(self):
        return self.x
    print("  class body ends, names:", sorted(k for k in list(locals()) if not k.startswith("__")))
print("after class")
print(Demo.x, Demo.y, Demo.items, Demo.flag, hasattr(Demo, "i"))
def make_class(n):
    class Dynamic:
        size = n
        values = list(range(n))
        def total(self):
            return sum(self.values)
    return Dynamic
C3, C5 = make_class(3), make_class(5)
print(C3.size, C5.size, C3().total(), C5().total(), C3 is C5, C3.__qualname__)
counter = 0
def bump():
    global counter
    counter += 1
    return counter
class UsesGlobals:
    a = bump()
    b = bump()
print(UsesGlobals.a, UsesGlobals.b, counter)
class Fields:
    names = []
    for n in ["alpha", "beta"]:
        names.append(n.upper())
    pairs = {k: len(k) for k in ["p", "qq"]}
print(Fields.names, Fields.pairs, Fields.n)
class Conditional:
    import math
    if math.pi > 3:
        def area(self, r):
            return round(self.math.pi * r * r, 2)
print(Conditional().area(1), type(Conditional.math).__name__)
