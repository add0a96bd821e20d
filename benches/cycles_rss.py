# Bounded memory with cyclic garbage: runs the same cycle-making loop for N and then 9N more
# iterations and prints the process's peak RSS (VmHWM) after each. With the cycle collector
# enabled the two peaks are about equal; with gc.disable() the second grows roughly tenfold.
# Usage: cycles_rss.py [N] [--no-gc]
import gc
import sys


class Node:
    def __init__(self, value):
        self.value = value
        self.partner = None
        self.payload = [value] * 8


def make_cycles(n):
    for i in range(n):
        a = Node(i)
        b = Node(i + 1)
        a.partner = b
        b.partner = a
        ring = [a, b]
        ring.append(ring)


def peak_rss_kb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return -1


args = [a for a in sys.argv[1:] if not a.startswith("--")]
n = int(args[0]) if args else 50000
if "--no-gc" in sys.argv:
    gc.disable()
make_cycles(n)
first = peak_rss_kb()
make_cycles(9 * n)
second = peak_rss_kb()
print(f"after {n} iterations: peak RSS {first} kB")
print(f"after {10 * n} iterations: peak RSS {second} kB")
print(f"growth: {second / first:.2f}x")
