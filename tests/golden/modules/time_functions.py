import time
t = time.time()
print(type(t).__name__, t > 1.6e9, type(time.time_ns()).__name__, abs(time.time_ns() / 1e9 - t) < 5)
a = time.perf_counter(); time.sleep(0.01); b = time.perf_counter()
print(b - a >= 0.009, time.monotonic() <= time.monotonic(), time.process_time() >= 0, time.perf_counter_ns() > 0)
g = time.gmtime(0)
print(g)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_wday, g.tm_yday, g[0], len(g), tuple(g), type(g).__name__)
print(time.gmtime(1700000000))
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1700000000)))
print(time.strftime("%a %b %d %j %%", (2024, 2, 29, 12, 0, 0, 3, 60, 0)))
print(time.asctime(time.gmtime(1700000000)), time.asctime((2024, 1, 5, 1, 2, 3, 4, 5, 0)))
print(isinstance(time.localtime(), tuple), time.localtime().tm_year >= 2024, type(time.ctime()).__name__)
print(time.mktime(time.localtime(1700000000)))
print(time.struct_time((2000, 1, 1, 0, 0, 0, 5, 1, 0)))
for bad in (-1,):
    try:
        time.sleep(bad)
    except ValueError as e:
        print("ValueError:", e)
