# Multiple inheritance and C3 linearization: diamonds, super() chains, and inconsistent MROs.
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print([k.__name__ for k in D.__mro__], D().who())
class E(C, B):
    pass
print([k.__name__ for k in E.__mro__], E().who())
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class Top(K1, K2, K3): pass
print([k.__name__ for k in Top.__mro__])
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError raised for inconsistent MRO")
class Logger:
    def log(self):
        return "Logger"
class Saver:
    def log(self):
        return "Saver"
    def save(self):
        return "saved"
class Both(Saver, Logger):
    pass
print(Both().log(), Both().save(), [k.__name__ for k in Both.mro()])
class Root:
    def __init__(self):
        self.trail = ["Root"]
class Left(Root):
    def __init__(self):
        super().__init__()
        self.trail.append("Left")
class Right(Root):
    def __init__(self):
        super().__init__()
        self.trail.append("Right")
class Bottom(Left, Right):
    def __init__(self):
        super().__init__()
        self.trail.append("Bottom")
print(Bottom().trail)
print(super(Left, Bottom()).__init__ is not None, Bottom.__mro__.index(Right))
class Explicit(B, C):
    def who(self):
        return ["Explicit"] + B.who(self)
print(Explicit().who())
