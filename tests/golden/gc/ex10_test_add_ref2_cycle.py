# seed 000: test_add_ref2 -- self-referencing list; survives del until gc.collect()
# (inspect_base replaced: liveness observed via gc.get_objects() membership by id)
import sys, gc
# The type check is added to the seed's helper: Vivarium's allocator may hand the freed list's
# block to the next object of the same size class (here the genexpr's closure tuple), where
# CPython's per-type free lists keep tuples and lists apart.
def alive(addr):
    return any(id(o) == addr and type(o) is list for o in gc.get_objects())
def test_add_ref2():
    a = []
    addr = id(a)
    print("Immediately after creation", sys.getrefcount(a))
    a.append(a)
    print("After circular reference", sys.getrefcount(a))
    del a
    print("After del a; still alive:", alive(addr))
    return addr
addr = test_add_ref2()
print("After function completion; still alive:", alive(addr))
n = gc.collect()
print("gc.collect() returned", n)
print("After gc.collect(); still alive:", alive(addr))
