# Watching the collector work: thresholds, callbacks, statistics, debug output.
#
# CPython's cycle collector is generational. New container objects start in
# generation 0; an automatic collection of generation 0 starts when the
# allocations minus deallocations of tracked objects exceed the first
# threshold; survivors move to generation 1, and every 10 collections of one
# generation trigger a collection of the next. gc.get_threshold() shows
# (2000, 10, 10) in CPython 3.14 (older versions and the seed articles show
# 700 for generation 0). gc.get_count() shows the current counters; they
# depend on everything the interpreter did so far, so we print only their
# shape here.
#
# gc.callbacks is a list of functions called as callback(phase, info) right
# before ("start") and after ("stop") every collection; info says which
# generation and, at "stop", how many objects were collected/uncollectable.
# gc.get_stats() returns one dict per generation with running totals.
#
# gc.set_debug(gc.DEBUG_STATS) makes each collection report on *stderr*
# ("gc: collecting generation 2...", object counts, elapsed time); stdout,
# which this example's .out file records, only says that it happened.
#
# What to look for: the hook's two calls around gc.collect() and
# 'collected': 1 -- exactly the one self-referencing list we made.
import gc

print("gc.get_threshold() =", gc.get_threshold())
count = gc.get_count()
print("gc.get_count() is a", type(count).__name__, "of", len(count), "counters")

stats = gc.get_stats()
print("gc.get_stats():", len(stats), "dicts with keys", sorted(stats[0]))

gc.collect()  # clear any earlier garbage so the numbers below are ours alone


def print_hook(phase, info):
    print(f"  hook: phase={phase!r} info={info}")


gc.callbacks.append(print_hook)
garbage = []
garbage.append(garbage)  # a self-referencing list: only the collector frees it
del garbage
print("gc.collect() ...")
print("gc.collect() returned", gc.collect())
gc.callbacks.remove(print_hook)

after = gc.get_stats()
print("full collections since the first get_stats():",
      after[2]["collections"] - stats[2]["collections"])  # 2: ours and the clean-up one

print()
gc.set_debug(gc.DEBUG_STATS)
print("gc.get_debug() == gc.DEBUG_STATS:", gc.get_debug() == gc.DEBUG_STATS)
loop = []
loop.append(loop)
del loop
print("gc.collect() returned", gc.collect(), "(its report went to stderr)")
gc.set_debug(0)
