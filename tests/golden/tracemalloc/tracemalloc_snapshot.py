import tracemalloc
tracemalloc.start()
x = [str(i) * 3 for i in range(1000)]
snap = tracemalloc.take_snapshot()
top = snap.statistics("lineno")
print(len(top) > 0, "tracemalloc_snapshot.py" in str(top[0]))
print(tracemalloc.get_traced_memory()[0] > 0)
