# Benchmark: method-call-heavy object-oriented simulation in the spirit of Richards (a task scheduler).
import sys
class Packet:
    __slots__ = ("kind", "datum", "next")
    def __init__(self, kind, datum):
        self.kind, self.datum, self.next = kind, datum, None
class Task:
    def __init__(self, sched, ident, priority):
        self.sched, self.ident, self.priority = sched, ident, priority
        self.queue = []
        self.count = 0
    def ready(self):
        return bool(self.queue)
    def receive(self, pkt):
        self.queue.append(pkt)
    def run(self):
        pkt = self.queue.pop(0)
        self.count += 1
        return self.handle(pkt)
    def handle(self, pkt):
        raise NotImplementedError
class Worker(Task):
    def handle(self, pkt):
        pkt.datum = (pkt.datum * 31 + self.ident) % 1000003
        return self.sched.send(pkt, (self.ident + 1) % self.sched.n_tasks)
class Device(Task):
    def handle(self, pkt):
        self.sched.io += pkt.datum & 7
        pkt.kind = "io"
        return self.sched.send(pkt, 0)
class Idle(Task):
    def handle(self, pkt):
        self.sched.idle += 1
        if self.sched.remaining > 0:
            self.sched.remaining -= 1
            return self.sched.send(Packet("work", self.sched.remaining), 1)
        return None
class Scheduler:
    def __init__(self, work):
        self.remaining, self.io, self.idle = work, 0, 0
        self.tasks = [Idle(self, 0, 0)] + [Worker(self, i, i % 3) for i in range(1, 6)] + [Device(self, 6, 9)]
        self.n_tasks = len(self.tasks)
    def send(self, pkt, dest):
        self.tasks[dest].receive(pkt)
        return dest
    def schedule(self):
        self.tasks[0].receive(Packet("start", 0))
        steps = 0
        while True:
            runnable = [t for t in self.tasks if t.ready()]
            if not runnable:
                return steps
            task = max(runnable, key=lambda t: t.priority)
            task.run()
            steps += 1
n = int(sys.argv[1]) if len(sys.argv) > 1 else 40000
s = Scheduler(n)
steps = s.schedule()
print(steps, s.io, s.idle, [t.count for t in s.tasks])
