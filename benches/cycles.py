# Benchmark and memory check: keeps creating cyclic garbage; the cycle collector must keep memory flat.
# Usage: cycles.py [iterations]   (peak RSS should not grow with the iteration count)
import sys
class Node:
    def __init__(self, value):
        self.value = value
        self.partner = None
        self.payload = [value] * 8
def make_cycle(i):
    a = Node(i)
    b = Node(i + 1)
    a.partner = b
    b.partner = a
    ring = [a, b]
    ring.append(ring)
    d = {"self": None, "node": a}
    d["self"] = d
    return a.value + b.value
n = int(sys.argv[1]) if len(sys.argv) > 1 else 400000
total = 0
for i in range(n):
    total += make_cycle(i)
print(n, total)
