# tracemalloc: which lines of my program allocated the memory that is alive now?
#
# While tracing is on (tracemalloc.start()), every object allocation records
# its size and the file:line that was executing. take_snapshot() freezes the
# set of allocations that are *still alive*; statistics("lineno") groups them
# by line, biggest first -- the "Top 10" from the tracemalloc documentation and
# the seed articles. get_traced_memory() gives the current total and the peak
# since start(); compare_to() diffs two snapshots, which is how you find a
# leak: the line whose size keeps growing.
#
# We keep only this file's lines with a Filter: the snapshot would otherwise
# also list tracemalloc's own bookkeeping and imported modules.
#
# What to look for: the 50,000-character string is one allocation of ~49 KiB;
# the list of 1000 strings is ~1000 small allocations; after del words, the
# comparison shows that line's memory going away (negative size, count -1001).
#
# The sizes are Vivarium's own, so CPython 3.14 prints different numbers (and
# the script's full path where Vivarium prints the path given to it). As in
# CPython, a line's size includes the buffers its objects own -- a list's item
# array, a dict's table, a big int's digits -- each one more allocation in the
# count. Which lines allocate, and how many blocks, is the lesson.
import tracemalloc

tracemalloc.start()


def make_words(n):
    return [f"word{i}" for i in range(n)]  # n small str objects + one list


def make_table(n):
    return {i: [i, -i] for i in range(n)}  # one dict, n lists, new ints


words = make_words(1000)
table = make_table(300)
blob = "x" * 50_000  # one big block (CPython: over 512 bytes, so not pymalloc)

# A snapshot is built with tracing suspended, so taking one does not change
# these numbers (tracemalloc doesn't count its own bookkeeping).
current, peak = tracemalloc.get_traced_memory()
print(f"traced memory: current={current / 1024:.1f} KiB, peak={peak / 1024:.1f} KiB")
print("peak >= current:", peak >= current)

only_this_file = [tracemalloc.Filter(True, __file__)]
snapshot = tracemalloc.take_snapshot().filter_traces(only_this_file)
print("\n[ Top 10 ]")
for stat in snapshot.statistics("lineno")[:10]:
    print(stat)  # make_words: the 1000 strings, the list, and the list's item array as it grew

del words
later = tracemalloc.take_snapshot().filter_traces(only_this_file)
print("\n[ After del words, compared with the first snapshot ]")
# The make_words line drops to size=0 B, count=0: every string, the list and
# its item array were freed by reference counting the moment words went away.
for diff in later.compare_to(snapshot, "lineno")[:3]:
    print(diff)
tracemalloc.stop()
