# A simple metaclass: recording classes, adding attributes at class creation, type() as a factory.
class Registry(type):
    classes = []
    def __new__(mcs, name, bases, namespace):
        namespace.setdefault("kind", name.lower())
        cls = super().__new__(mcs, name, bases, namespace)
        mcs.classes.append(name)
        return cls
    def describe(cls):
        return f"{cls.__name__} ({cls.kind})"
class Model(metaclass=Registry):
    pass
class User(Model):
    kind = "person"
class Order(Model):
    pass
print(Registry.classes, User.kind, Order.kind, User.describe(), type(User).__name__)
print(isinstance(User, Registry), isinstance(User(), Model), type(Model) is Registry)
Point = type("Point", (), {"x": 0, "y": 0, "norm": lambda self: (self.x ** 2 + self.y ** 2) ** 0.5})
p = Point()
p.x, p.y = 3, 4
print(Point.__name__, p.norm(), type(Point).__name__, Point.__bases__)
Child = type("Child", (Point,), {"z": 1})
print(Child.__mro__[1].__name__, Child().z, Child().x)
class Upper(type):
    def __new__(mcs, name, bases, ns):
        renamed = {k if k.startswith("__") else k.upper(): v for k, v in ns.items()}
        return super().__new__(mcs, name, bases, renamed)
class Consts(metaclass=Upper):
    pi = 3.14
    e = 2.72
print(Consts.PI, Consts.E, hasattr(Consts, "pi"))
class Counted(type):
    def __call__(cls, *args, **kwargs):
        cls.made = getattr(cls, "made", 0) + 1
        return super().__call__(*args, **kwargs)
class Thing(metaclass=Counted):
    def __init__(self, v):
        self.v = v
things = [Thing(i) for i in range(4)]
print(Thing.made, things[-1].v)
print(type(type), type(int), type(object), isinstance(type, object), isinstance(object, type))
