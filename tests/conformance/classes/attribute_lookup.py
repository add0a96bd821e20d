# Attribute lookup order: data descriptors, instance __dict__, class attributes, inheritance, __getattr__.
class Base:
    shared = "base shared"
    def who(self):
        return "Base.who"
class Child(Base):
    shared = "child shared"
    def __getattr__(self, name):
        return f"__getattr__({name})"
c = Child()
print(c.shared, c.who(), c.missing)
c.shared = "instance shared"
print(c.shared, Child.shared, Base.shared)
del c.shared
print(c.shared)
c.who = lambda: "instance who"
print(c.who(), Child.who(c))
class Prop:
    @property
    def value(self):
        return "property wins"
p = Prop()
p.__dict__["value"] = "instance dict"
print(p.value, p.__dict__)
class A:
    x = "A.x"
class B(A):
    pass
class C(A):
    x = "C.x"
class D(B, C):
    pass
print(D.x, [k.__name__ for k in D.__mro__])
A.x = "A.x changed"
print(B.x, D.x)
del C.x
print(D.x)
class WithClassAttr:
    data = {"count": 0}
    def increment(self):
        self.data["count"] += 1
w1, w2 = WithClassAttr(), WithClassAttr()
w1.increment()
w2.increment()
print(WithClassAttr.data, w1.data is w2.data)
class Meta(type):
    def greeting(cls):
        return f"hello from metaclass for {cls.__name__}"
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.greeting(), hasattr(WithMeta(), "greeting"))
