# 100,000 unreachable cycles: the collector finds them all and every allocator block they used
# is returned (sys._live_blocks() is Vivarium's count of live pymalloc blocks and large blocks).
import gc, sys


class Link:
    pass


def make(n):
    for i in range(n):
        a = []
        a.append(a)
        b = Link()
        c = Link()
        b.other = c
        c.other = b


grown = found = left = start = 0
gc.collect()
gc.disable()
start = sys._live_blocks()
make(100000)
grown = sys._live_blocks() - start
found = gc.collect()
# Three blocks are the ints now held by start, grown and found.
left = sys._live_blocks() - start - 3
print("blocks held by garbage:", grown >= 300000)
print("unreachable found:", found)
print("blocks left over:", left)
gc.enable()
