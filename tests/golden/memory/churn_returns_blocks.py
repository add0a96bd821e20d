# Creating and dropping a million objects leaves the allocator where it started: every block a
# dead object used goes back to its pool (sys._live_blocks counts blocks in use,
# sys._live_objects objects alive).
import sys

def churn(n):
    for i in range(n):
        x = [i, str(i), (i, i + 1.5), {"k": i}]
        del x

churn(1000)                      # warm up: interned names, caches
blocks = sys._live_blocks()
objects = sys._live_objects()
# The int objects holding the readings are the only newcomers: two since the block reading,
# one (the second) since the object reading.
churn(250000)                    # 4 containers + ints/strs/floats each: over a million objects
print("blocks back to start:", sys._live_blocks() - blocks == 2)
print("live objects back to start:", sys._live_objects() - objects == 1)
