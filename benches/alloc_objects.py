# Benchmark: allocating many short-lived class instances (allocator and refcounting throughput).
import sys
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)
class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel
        self.tags = []
    def step(self):
        self.pos = self.pos.add(self.vel)
        return self
n = int(sys.argv[1]) if len(sys.argv) > 1 else 300000
total = Vec(0, 0)
alive = []
for i in range(n):
    p = Particle(Vec(i % 100, i % 37), Vec(1, -1))
    p.step().step()
    total = total.add(p.pos)
    if i % 1000 == 0:
        alive.append(p)
    d = {"i": i, "p": p}
    t = (p, d, [i])
print(total.x, total.y, len(alive), alive[-1].pos.x)
