# seed 002: gc.disable + self-cycles in a function, then gc.collect()
import gc
def dummyf(i):
    a = []
    a.append(a)
gc.disable()
if not gc.isenabled():
    for _ in range(10):
        dummyf(_)
    collected = gc.collect()
    print(f"Total {collected} objects freed")
print(f"Track status of 'a': {gc.is_tracked('a')}")
print(f"Track status of []: {gc.is_tracked([])}")
