# sys and time facts that are stable across runs: types, limits, monotonic clocks.
import sys
import time
print(type(sys.argv).__name__, sys.argv[0].endswith("sys_and_time.py"), len(sys.argv))
print(sys.maxsize == 2 ** 63 - 1, sys.version_info >= (3, 8), sys.version_info[0], type(sys.version).__name__)
print(sys.getrecursionlimit(), isinstance(sys.path, list), "sys" in sys.modules, "time" in sys.modules)
old = sys.getrecursionlimit()
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
print(sys.stdout is not None, hasattr(sys.stderr, "write"), sys.intern("hello") == "hello")
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
total = sum(range(100000))
time.sleep(0.01)
elapsed = time.perf_counter() - p0
print(total, type(t0).__name__, t0 > 1_600_000_000, elapsed >= 0.01, time.monotonic() >= m0, time.time() >= t0)
print(isinstance(time.perf_counter_ns(), int), time.perf_counter_ns() > 0)
sys.stdout.write("written with sys.stdout.write\n")
print("to stderr is not part of the expected output", file=sys.stderr)
