# gc.collect() reports what it frees: objects a __del__ resurrects are not counted, and their
# finalizers do not run again when they become garbage a second time (PEP 442).
import gc
saved = []
class R:
    def __del__(self):
        saved.append(self)
a, b = R(), R()
a.other, b.other = b, a
del a, b
print(gc.collect(), len(saved))
saved.clear()
print(gc.collect(), len(saved))
class Half:
    def __del__(self):
        saved.append(self)
x = Half(); y = []; x.l = y; y.append(x)
z = []; z.append(z)
del x, y, z
print(gc.collect(), len(saved))
