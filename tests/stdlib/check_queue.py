# queue: FIFO/LIFO/priority order, maxsize and Full, Empty, nowait variants, timeouts,
# task_done/join bookkeeping, SimpleQueue, subclass hooks, generic aliases; shutdown (3.13) last.
import queue

def attempt(label, fn, *args, **kwargs):
    try:
        result = fn(*args, **kwargs)
    except Exception as e:
        print(label, "->", type(e).__name__, repr(str(e)))
    else:
        print(label, "->", repr(result))

print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))

q = queue.Queue()
print(q.maxsize, q.qsize(), q.empty(), q.full())
for x in [3, 1, 2]:
    q.put(x)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)], q.empty())
attempt("get_nowait on empty", q.get_nowait)
attempt("get(block=False) on empty", q.get, False)
attempt("get(timeout=0) on empty", q.get, timeout=0)
attempt("get(timeout=0.01) on empty", q.get, True, 0.01)
attempt("get(timeout=-1)", q.get, timeout=-1)
attempt("get(False, -1)", q.get, False, -1)

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    lq.put(x)
    pq.put(x)
print("lifo", [lq.get() for _ in range(lq.qsize())])
print("priority", [pq.get() for _ in range(pq.qsize())])
pq = queue.PriorityQueue()
for item in [(2, "write"), (1, "read"), (3, "sleep"), (1, "eat")]:
    pq.put_nowait(item)
while not pq.empty():
    print(pq.get_nowait())

# maxsize: full() and Full.
bq = queue.Queue(maxsize=2)
bq.put("a")
bq.put_nowait("b")
print(bq.qsize(), bq.full())
attempt("put_nowait on full", bq.put_nowait, "c")
attempt("put(block=False) on full", bq.put, "c", False)
attempt("put(timeout=0.01) on full", bq.put, "c", timeout=0.01)
attempt("put(timeout=-1) on full", bq.put, "c", timeout=-1)
print(bq.get(), bq.full(), bq.qsize())
attempt("put(timeout=-1) with room", bq.put, "d", timeout=-1)
bq.put("d", timeout=1)
print(list(bq.queue))
unbounded = queue.Queue(maxsize=0)
attempt("unbounded put(timeout=-1)", unbounded.put, 1, timeout=-1)
neg = queue.Queue(-5)
for i in range(10):
    neg.put(i)
print("negative maxsize:", neg.qsize(), neg.full())

# task_done / join bookkeeping.
tq = queue.Queue()
for job in ["x", "y"]:
    tq.put(job)
print("unfinished", tq.unfinished_tasks)
while not tq.empty():
    job = tq.get()
    tq.task_done()
print("unfinished", tq.unfinished_tasks)
print("join ->", tq.join())
attempt("task_done too many", tq.task_done)

# A subclass overriding the storage hooks.
class SortedQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = []
    def _put(self, item):
        self.queue.append(item)
        self.queue.sort(reverse=True)
    def _get(self):
        return self.queue.pop()
    def _qsize(self):
        return len(self.queue)
sq = SortedQueue()
for w in ["pear", "apple", "fig"]:
    sq.put(w)
print([sq.get() for _ in range(3)])

# SimpleQueue.
s = queue.SimpleQueue()
print(s.empty(), s.qsize())
s.put(1)
s.put_nowait(2)
s.put(3, block=False, timeout=5)
print(s.qsize(), s.get(), s.get_nowait(), s.get(timeout=1), s.empty())
attempt("SimpleQueue.get_nowait on empty", s.get_nowait)
attempt("SimpleQueue.get(timeout=0.01) on empty", s.get, timeout=0.01)
attempt("SimpleQueue.get(timeout=-1)", s.get, timeout=-1)
print(hasattr(s, "task_done"), hasattr(s, "join"))

# Generic aliases.
print(queue.Queue[int], queue.PriorityQueue[tuple], queue.LifoQueue[str, int])
print(queue.LifoQueue[int].__origin__ is queue.LifoQueue, queue.SimpleQueue[str].__origin__ is queue.SimpleQueue)
print(queue.Queue[int].__args__, queue.Queue[int] == queue.Queue[int], type(queue.Queue[int]()).__name__)

# shutdown (new in 3.13): puts fail, gets drain then fail.
if hasattr(queue.Queue, "shutdown"):
    q = queue.Queue()
    for i in range(3):
        q.put(i)
    q.shutdown()
    attempt("put after shutdown", q.put, 9)
    print(q.get(), q.get_nowait(), q.get(timeout=1))
    attempt("get after shutdown, empty", q.get)
    attempt("get_nowait after shutdown, empty", q.get_nowait)
    print(issubclass(queue.ShutDown, Exception), q.unfinished_tasks)
    q = queue.Queue()
    for i in range(3):
        q.put(i)
    q.get()
    q.shutdown(immediate=True)
    print("immediate:", q.qsize(), q.unfinished_tasks)
    attempt("get after immediate shutdown", q.get)
