# Reflected operators and in-place fallbacks: which method Python tries, in which order.
log = []
class Tracer:
    def __init__(self, name):
        self.name = name
    def _op(self, op, other, result=NotImplemented):
        log.append(f"{self.name}.{op}({getattr(other, 'name', other)})")
        return result
    def __add__(self, o):
        return self._op("__add__", o)
    def __radd__(self, o):
        return self._op("__radd__", o, f"radd by {self.name}")
    def __iadd__(self, o):
        return self._op("__iadd__", o)
    def __sub__(self, o):
        return self._op("__sub__", o, f"sub by {self.name}")
    def __rsub__(self, o):
        return self._op("__rsub__", o)
class SubTracer(Tracer):
    def __radd__(self, o):
        return self._op("__radd__", o, f"subclass radd by {self.name}")
a, b = Tracer("a"), Tracer("b")
try:
    a + b
except TypeError as e:
    print("TypeError:", e, log)
log.clear()
print(1 + a, log)
log.clear()
x = a
try:
    x += b
except TypeError as e:
    print("TypeError:", e, log)
log.clear()
y = 7
y += a
print(y, log)
log.clear()
print(a - b, log)
log.clear()
try:
    5 - a
except TypeError as e:
    print("TypeError:", e, log)
log.clear()
s = SubTracer("s")
print(a + s, log)
log.clear()
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
    def __repr__(self):
        return f"OnlyAdd({self.v})"
o = OnlyAdd(1)
before = o
o += 5
print(o, before, o is before)
lst = [1]
tup = (lst,)
try:
    tup[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(tup)
