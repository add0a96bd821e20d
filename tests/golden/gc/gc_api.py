# Every function and constant of the gc module, on behaviour CPython and Vivarium share.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

old = gc.get_threshold()
gc.set_threshold(500)
print(gc.get_threshold()[0])
gc.set_threshold(500, 5)
print(gc.get_threshold()[:2])
gc.set_threshold(*old)
print(gc.get_threshold() == old)
for bad in [(), (1, 2, 3, 4)]:
    try:
        gc.set_threshold(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    gc.set_threshold(1.5)
except TypeError as e:
    print("TypeError:", e)

for g in (3, -1):
    try:
        gc.collect(g)
    except ValueError as e:
        print("ValueError:", e)
print(gc.collect(0) >= 0, gc.collect(1) >= 0, gc.collect(generation=2) >= 0)

count = gc.get_count()
print(type(count).__name__, len(count), all(isinstance(c, int) for c in count))

print(gc.is_tracked(1), gc.is_tracked("a"), gc.is_tracked(1.5), gc.is_tracked(None))
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked(set()))


class Lazarus:
    def __del__(self):
        pass


x = Lazarus()
print(gc.is_finalized(x), gc.is_finalized(1))

a = [1, "x"]
print(sorted(gc.get_referents(a), key=repr))
print(gc.get_referents(1, "s"))
t = (a, a)
print(gc.get_referents(t) == [a, a])
print(len(gc.get_referents(a, t)))


class Node:
    pass


n = Node()
holder = [n]
found = False
for r in gc.get_referrers(n):
    if r is holder:
        found = True
print("holder refers to n:", found)

objs = gc.get_objects()
print(type(objs).__name__)
found = False
for o in objs:
    if o is holder:
        found = True
print("holder is tracked:", found)
del objs
print(len(gc.get_objects(-1)) > 0)
for g in (3, -2):
    try:
        gc.get_objects(g)
    except ValueError as e:
        print("ValueError:", e)
print(type(gc.get_objects(generation=0)).__name__, type(gc.get_objects(None)).__name__)

gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())

print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug())
gc.collect()
gc.garbage.clear()
cyc = []
cyc.append(cyc)
del cyc
print(gc.collect())
print(len(gc.garbage), gc.garbage[0] is gc.garbage[0][0])
gc.set_debug(0)
gc.garbage.clear()
print(gc.garbage, type(gc.callbacks).__name__, gc.callbacks)
