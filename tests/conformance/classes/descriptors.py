# Descriptors: __get__/__set__/__set_name__, data vs non-data precedence, validation fields.
class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.storage, value)
class Positive(Typed):
    def __set__(self, obj, value):
        super().__set__(obj, value)
        if value <= 0:
            raise ValueError(f"{self.name} must be positive")
class Product:
    name = Typed(str, "unnamed")
    price = Positive(float)
    qty = Positive(int)
    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty
p = Product("widget", 2.5, 4)
print(p.name, p.price, p.qty, vars(p))
for attr, value in [("qty", 0), ("qty", "many"), ("price", 3), ("name", None)]:
    try:
        setattr(p, attr, value)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(type(Product.__dict__["qty"]).__name__, Product.qty.name, Product.name.storage)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class DataDesc:
    def __get__(self, obj, objtype=None):
        return "data descriptor wins"
    def __set__(self, obj, value):
        pass
class Holder:
    nd = NonData()
    dd = DataDesc()
h = Holder()
h.__dict__["nd"] = "instance dict wins over non-data"
h.__dict__["dd"] = "ignored"
print(h.nd, "|", h.dd, "|", Holder.nd)
class Counted:
    def __init__(self):
        self.reads = 0
    def __get__(self, obj, objtype=None):
        self.reads += 1
        return self.reads
class Uses:
    c = Counted()
u = Uses()
print(u.c, u.c, Uses.c, Uses.__dict__["c"].reads)
class method_like:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self.fn
        return lambda *a: self.fn(obj, *a)
class Greeter:
    def __init__(self, who):
        self.who = who
    @method_like
    def greet(self, greeting):
        return f"{greeting}, {self.who}"
print(Greeter("ann").greet("hi"), Greeter.greet(Greeter("bo"), "yo"))
