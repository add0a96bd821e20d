import _tracemalloc as t
print(t.is_tracing(), t.get_traced_memory(), t.get_traceback_limit())
t.start()
print(t.is_tracing())
def make():
    return [object() for _ in range(100)]
data = make()
cur, peak = t.get_traced_memory()
print(cur > 1000, peak >= cur)
tb = t._get_object_traceback(data[0])
print([(f.rsplit('/', 1)[-1], n) for f, n in tb])
traces = t._get_traces()
print(len(traces) >= 100, all(len(x) == 4 and x[0] == 0 for x in traces))
lines = [x for x in traces if x[2] and x[2][0][1] == 6]
print(len(lines) >= 100)
del data, traces, lines
cur2, _ = t.get_traced_memory()
print(cur2 < cur)
t.reset_peak()
print(t.get_traced_memory()[1] == t.get_traced_memory()[0] or True)
t.clear_traces()
print(t._get_object_traceback(make()[0]) is not None)
t.stop()
print(t.is_tracing(), t.get_traced_memory(), t._get_traces())
t.start(5)
print(t.get_traceback_limit())
t.stop()
for bad in (0, 70000):
    try:
        t.start(bad)
    except ValueError as e:
        print("ValueError:", e)
