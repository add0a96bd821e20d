# Cyclic garbage made in a loop with the collector enabled: automatic collections keep the
# process's peak RSS flat when the loop runs ten times longer (benches/cycles_rss.py is the
# larger version of this check).
import gc


class Node:
    def __init__(self, value):
        self.partner = None
        self.payload = [value] * 8


def make_cycles(n):
    for i in range(n):
        a = Node(i)
        b = Node(i)
        a.partner = b
        b.partner = a


def peak_rss_kb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return -1


print(gc.isenabled())
make_cycles(10000)
first = peak_rss_kb()
make_cycles(90000)
second = peak_rss_kb()
print("flat:", second < first * 1.25, "collections ran:", gc.get_stats()[0]["collections"] > 10)
