# Instance layouts: classes with __slots__ = () over one slotted base combine; two bases that
# each add their own slots or built-in layouts conflict (CPython's solid_base rule).
class Base:
    __slots__ = ("a",)
class B(Base):
    __slots__ = ()
class C(Base):
    __slots__ = ()
class D(B, C): pass
print(D.__mro__)
class E: pass
class F(E): pass
class G(Base, F): pass
print("G ok")
try:
    class X(int, str): pass
except TypeError as e: print(e)
