# Reference cycles: what reference counting cannot free, the collector can.
#
# An object is freed when its count reaches zero. A list that contains itself
# (a.append(a)) keeps a reference to itself in its own slot, so after del a
# nothing can reach it, yet its count is still 1: it lingers until the cyclic
# garbage collector runs. gc.collect() copies each tracked object's count into
# gc_refs, subtracts the references coming from other tracked objects, and what
# is left at 0 and unreachable from the rest is garbage. It returns how many
# unreachable objects it found.
#
# Lists cannot be weakly referenced, so we look for the list in gc.get_objects()
# by id *and type*: a freed list's block may go to the next object of its size
# (in Vivarium, a small tuple), which then has the same id. Instances: weakrefs.
#
# Link: 1 -> 2 -> 3 -> 1 is still held by the local A; 4 <-> 5 by nobody. The
# first collect frees only 4 and 5 (returns 2); after del A, 1, 2, 3 (3).
# Finalizers (PEP 442): __del__ of an object in a garbage cycle runs once, even
# if it resurrects the object; a later collection does not call it again.
# Counts are 1 and 2 inside the function thanks to LOAD_FAST_BORROW (3.11: 2, 3).
# What to look for: "still alive: True" until gc.collect(), then the counts.
import gc, sys, weakref

gc.collect()  # start clean: garbage left over from startup would be counted below

def alive(addr):
    return any(id(o) == addr and type(o) is list for o in gc.get_objects())

def make_self_cycle():
    a = []
    addr = id(a)
    print("new list:          getrefcount =", sys.getrefcount(a))  # 1
    a.append(a)
    print("after a.append(a): getrefcount =", sys.getrefcount(a))  # 2: local + own slot
    del a
    print("after del a, still alive:", alive(addr))  # True: the slot keeps it
    return addr

addr = make_self_cycle()
print("after return, still alive:", alive(addr))
print("gc.collect() ->", gc.collect())  # 1
print("after collect, still alive:", alive(addr))

class Link:
    def __init__(self, next_link=None):
        self.next_link = next_link

def links():
    link_3 = Link()
    link_2 = Link(link_3)
    link_1 = Link(link_2)
    link_3.next_link = link_1
    A = link_1
    link_4 = Link()
    link_5 = Link(link_4)
    link_4.next_link = link_5
    refs = [weakref.ref(o) for o in (link_1, link_2, link_3, link_4, link_5)]
    live = lambda: [r() is not None for r in refs]
    del link_1, link_2, link_3, link_4, link_5
    print("\nafter del, links 1-5 alive:", live())
    print("gc.collect() ->", gc.collect())  # 2: the 4 <-> 5 pair
    print("links 1-5 alive:", live())
    del A
    print("gc.collect() after del A ->", gc.collect())  # 3
    print("links 1-5 alive:", live())

links()

saved = []
class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  __del__ runs for", self.name)
        saved.append(self)  # resurrection: a new reference to self

p, q = Phoenix("p"), Phoenix("q")
p.peer, q.peer = q, p
del p, q
print("\nfirst collect: finalizers run and resurrect both")
# It returns 0: resurrected objects are not counted, nothing was freed.
print("first collect ->", gc.collect())
print("resurrected:", [o.name for o in saved])
saved.clear()
print("second collect (no __del__ this time) ->", gc.collect())  # 2
