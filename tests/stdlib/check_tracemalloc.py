# tracemalloc: statistics, comparisons, filters and CPython's text formats, on snapshots built
# from canned raw traces (domain, size, traceback most-recent-first, total_nframe); then a real
# tracing session on this runtime.
import tracemalloc
from tracemalloc import Snapshot, Filter, DomainFilter

def trace(size, *frames, domain=0):
    return (domain, size, tuple(frames), len(frames))

old = Snapshot([
    trace(32, ("app.py", 18), ("main.py", 3)),
    trace(32, ("app.py", 18), ("main.py", 3)),
    trace(1000, ("app.py", 25), ("main.py", 4)),
    trace(64, ("lib/util.py", 7), ("app.py", 30), ("main.py", 5)),
    trace(4096, ("lib/util.py", 9), ("main.py", 6), domain=1),
], 3)
new = Snapshot(old.traces._traces + [
    trace(32, ("app.py", 18), ("main.py", 3)),
    trace(20000, ("app.py", 40), ("main.py", 8)),
    trace(5 * 1024 * 1024, ("big.py", 1), ("main.py", 9)),
    trace(48, ("lib/util.py", 7), ("app.py", 31), ("main.py", 5)),
], 3)
print(len(old.traces), len(new.traces), repr(new.traces), old.traceback_limit)
for key in ("lineno", "filename", "traceback"):
    print("--", key)
    for stat in new.statistics(key):
        print(stat)
print("-- cumulative lineno")
for stat in new.statistics("lineno", cumulative=True)[:5]:
    print(stat)
print("-- cumulative filename")
for stat in new.statistics("filename", cumulative=True):
    print(stat)
print("-- compare_to lineno")
for diff in new.compare_to(old, "lineno"):
    print(diff)
print("-- compare_to filename")
for diff in new.compare_to(old, "filename"):
    print(diff)
print(repr(new.statistics("lineno")[0]), repr(new.compare_to(old, "lineno")[0]))
print("-- filters")
only_app = new.filter_traces([Filter(True, "app.py")])
print([str(s) for s in only_app.statistics("filename")])
no_lib = new.filter_traces([Filter(False, "lib/*")])
print([str(s) for s in no_lib.statistics("filename")])
print([str(s) for s in new.filter_traces([Filter(True, "*.py", lineno=18)]).statistics("lineno")])
print([str(s) for s in new.filter_traces([Filter(True, "app.py", all_frames=True)]).statistics("traceback")])
print([str(s) for s in new.filter_traces([DomainFilter(False, 1)]).statistics("filename")][:2])
print([str(s) for s in new.filter_traces([Filter(True, "lib/*", domain=1)]).statistics("lineno")])
print(len(new.filter_traces([]).traces), Filter(True, "x.pyc").filename_pattern)
try:
    new.filter_traces(Filter(True, "x"))
except TypeError as e:
    print("TypeError:", e)
for bad in (lambda: new.statistics("module"), lambda: new.statistics("traceback", cumulative=True)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
tb = new.statistics("traceback")[0].traceback
print(str(tb), repr(tb), len(tb), tb[0], tb[-1], tb.total_nframe)
print(tb.format(), tb.format(limit=1), tb.format(most_recent_first=True))
t0 = new.traces[0]
print(t0, repr(t0), t0.domain, t0.size, t0.traceback)
for size in (0, 1, 10239, 10240, 99 * 1024, 100 * 1024, 10 * 1024 * 1024, 5 * 1024 ** 4, 123 * 1024 ** 5):
    print(size, tracemalloc._format_size(size, False), tracemalloc._format_size(-size, True))
frames = [tracemalloc.Frame(("b.py", 2)), tracemalloc.Frame(("a.py", 9))]
print(sorted(frames), repr(frames[0]), frames[0] == tracemalloc.Frame(("b.py", 2)))
print(tracemalloc.Traceback((("new.py", 2), ("old.py", 1))) in [tracemalloc.Traceback((("new.py", 2), ("old.py", 1)))])

# A real session: whatever the runtime records, the structure holds.
tracemalloc.start()
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
blocks = [[i] for i in range(2000)]
snap = tracemalloc.take_snapshot()
current, peak = tracemalloc.get_traced_memory()
print(current > 0, peak >= current)
mine = snap.filter_traces([Filter(True, __file__)])
top = mine.statistics("lineno")
print(len(top) > 0, top[0].count >= 2000, top[0].traceback[0].filename == __file__)
print(type(tracemalloc.get_object_traceback(blocks[5])).__name__ in ('Traceback', 'NoneType'))
tracemalloc.reset_peak()
tracemalloc.clear_traces()
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError:", e)
