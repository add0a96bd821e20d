# Building a whole list vs yielding one value at a time: peak memory.
#
# This is the seed article's memray/PYTHONMALLOCSTATS exercise in miniature.
# fibonacci_list(n) appends every number to a list, so all n ints (the later
# ones hundreds of bytes each) are alive at the same moment. fibonacci_gen(n)
# yields them one at a time; the consumer keeps only the latest, so each int
# is freed by reference counting as soon as the next one replaces it.
#
# tracemalloc.reset_peak() + get_traced_memory() measure the peak for each
# version separately. sys._debugmallocstats() prints the small-object
# allocator's table -- "Small block threshold = 512, in 32 size classes.", one
# row per size class (blocks in use / available), then arenas (1 MiB) and
# pools (16 KiB) -- to *stderr*, so it is not in the recorded output: run the
# script and compare the two tables. While the list is alive many pools are
# in use; after the generator run most are back on the free lists.
#
# Vivarium difference: its big ints keep their digits in a separate buffer
# outside the small-object allocator, so the pool table shows one 32-byte
# block per int (class 1) where CPython 3.14 allocates each int whole (24
# bytes + 4 per 30-bit digit, up to ~490 bytes here, spread over the size
# classes). tracemalloc traces the object and its digits alike, so the peaks
# are close to CPython's: about 1.3 MiB for the list and 2 KiB for the
# generator there. The lesson is the ratio.
import sys
import tracemalloc

N = 5000


def fibonacci_list(n):
    result = []
    a, b = 0, 1
    for _ in range(n):
        result.append(a)
        a, b = b, a + b
    return result


def fibonacci_gen(n):
    a, b = 0, 1
    for _ in range(n):
        yield a
        a, b = b, a + b


tracemalloc.start()

tracemalloc.reset_peak()
numbers = fibonacci_list(N)
last_from_list = numbers[-1]
list_peak = tracemalloc.get_traced_memory()[1]
# CPython 3.14: about 1300 KiB here and about 2 KiB for the generator (see header).
print(f"list:      peak {list_peak / 1024:8.1f} KiB   ({len(numbers)} numbers alive at once)")
print("  sys._debugmallocstats() while the list is alive -> stderr")
sys._debugmallocstats()
del numbers

tracemalloc.reset_peak()
for value in fibonacci_gen(N):
    last_from_gen = value
gen_peak = tracemalloc.get_traced_memory()[1]
print(f"generator: peak {gen_peak / 1024:8.1f} KiB   (one number alive at a time)")
print("  sys._debugmallocstats() after the generator run -> stderr")
sys._debugmallocstats()

tracemalloc.stop()
print()
print("same last number:", last_from_list == last_from_gen, f"({len(str(last_from_gen))} digits)")
print("list peak is more than 100x the generator peak:", list_peak > 100 * gen_peak)
