# types: type names from samples, SimpleNamespace, MappingProxyType, new_class.
import sys
import types

def f():
    pass
def gen():
    yield 1
class C:
    def m(self):
        pass
print(type(f) is types.FunctionType, types.LambdaType is types.FunctionType, type(f.__code__) is types.CodeType)
print(type(gen()) is types.GeneratorType, type(C().m) is types.MethodType, type(len) is types.BuiltinFunctionType)
print(type(sys) is types.ModuleType, types.NoneType is type(None), types.EllipsisType is type(...))
print(isinstance(f, types.FunctionType), isinstance(C.m, types.FunctionType), isinstance(C().m, types.MethodType))
ns = types.SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b="two", c=[3]), ns != types.SimpleNamespace())
print(types.SimpleNamespace({"x": 1}, y=2), types.SimpleNamespace())
del ns.a
print(ns, repr(types.SimpleNamespace(z=types.SimpleNamespace(w=0))))
r = types.SimpleNamespace()
r.me = r
print(r)
class Sub(types.SimpleNamespace):
    pass
print(Sub(k=1))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", type(e).__name__)
d = {"k": 1}
mp = types.MappingProxyType(d)
print(mp["k"], len(mp), list(mp), "k" in mp, mp.get("z", 0), dict(mp.items()))
d["k2"] = 2
print(sorted(mp), mp.copy() == d)
try:
    mp["k"] = 3
except TypeError:
    print("mappingproxy is read-only")
def body(ns):
    ns["greet"] = lambda self: "hi"
K = types.new_class("K", (C,), {}, body)
print(K.__name__, K().greet(), K.__mro__[1] is C)
meta, ns2, kw = types.prepare_class("X", (), {"metaclass": type})
print(meta is type, ns2, kw)
