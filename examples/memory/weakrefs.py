# Weak references: pointing at an object without keeping it alive.
#
# weakref.ref(obj) records where obj is but does *not* add to its reference
# count, so getrefcount stays the same after creating it. Calling the weakref,
# w(), returns a normal (strong) reference if the object is still alive --
# that one does count -- or None once the object is gone.
#
# Because CPython frees an object the moment its count reaches zero, the
# effects below are immediate and deterministic: after del a, w() is None at
# once; a callback passed to weakref.ref runs during the del; a
# WeakValueDictionary entry vanishes; a weakref.finalize runs its function.
#
# Counts are taken inside a function, so the argument is loaded with
# LOAD_FAST_BORROW and a fresh object shows 1 (CPython 3.11 shows 2, 2, 3, 2).
#
# What to look for: the count does not change when the weakref is made, goes
# up by one for obj = w(), and the callback/finalizer lines are printed
# *between* "before del" and "after del": no garbage collection is involved,
# plain reference counting frees the object.
# (Ints, strings, lists and tuples cannot be weakly referenced; instances of
# classes can.)
import sys
import weakref


class Box:
    def __init__(self, name):
        self.name = name


def weakref_does_not_count():
    a = Box("a")
    print("after a = Box():         ", sys.getrefcount(a))  # 1
    w = weakref.ref(a)
    print("after w = weakref.ref(a):", sys.getrefcount(a))  # still 1
    print("weakref.getweakrefcount(a) =", weakref.getweakrefcount(a))
    obj = w()
    print("after obj = w():         ", sys.getrefcount(a), f"(obj is a: {obj is a})")  # 2
    del obj
    print("after del obj:           ", sys.getrefcount(a))  # 1
    del a
    print("after del a, w() ->", w())  # None


weakref_does_not_count()


def on_death(ref):
    print("  callback: the object is gone, ref() ->", ref())


print()
b = Box("b")
w = weakref.ref(b, on_death)
print("before del b")
del b
print("after del b")

print()
cache = weakref.WeakValueDictionary()
k = Box("k")
cache["k"] = k
print("WeakValueDictionary keys while k lives:", list(cache.keys()))
del k
print("WeakValueDictionary keys after del k:  ", list(cache.keys()))

print()
f = Box("f")
fin = weakref.finalize(f, print, "  finalize: cleanup for f runs")
print("finalizer alive:", fin.alive)
print("before del f")
del f
print("after del f; finalizer alive:", fin.alive)
