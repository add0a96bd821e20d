# __init_subclass__: registering subclasses, class keyword arguments, validation at definition time.
class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        if key in Plugin.registry:
            raise ValueError(f"duplicate plugin {key}")
        Plugin.registry[key] = cls
class Csv(Plugin):
    pass
class Json(Plugin, name="json-v2"):
    pass
class Yaml(Json):
    pass
print(sorted(Plugin.registry), Plugin.registry["json-v2"] is Json)
try:
    class Another(Plugin, name="csv"):
        pass
except ValueError as e:
    print("ValueError:", e)
class Shape:
    sides = None
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if not isinstance(cls.sides, int) or cls.sides < 3:
            raise TypeError(f"{cls.__name__} must define sides >= 3")
        cls.label = f"{cls.__name__.lower()} with {cls.sides} sides"
class Triangle(Shape):
    sides = 3
class Square(Shape):
    sides = 4
print(Triangle.label, Square.label, hasattr(Shape, "label"))
try:
    class Line(Shape):
        sides = 2
except TypeError as e:
    print("TypeError:", e)
order = []
class Base:
    def __init_subclass__(cls, **kwargs):
        order.append(cls.__name__)
        super().__init_subclass__(**kwargs)
class L1(Base):
    pass
class L2(L1):
    pass
class L3(L2, Base):
    pass
print(order)
class Tagged:
    def __init_subclass__(cls, *, tags=(), **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tags = tuple(tags) + getattr(cls, "tags", ())
class Web(Tagged, tags=("http",)):
    pass
class Api(Web, tags=("json",)):
    pass
print(Web.tags, Api.tags)
try:
    class Oops(Csv, unknown=True):
        pass
except TypeError as e:
    print("TypeError raised for an unexpected class keyword")
