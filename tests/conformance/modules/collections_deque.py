# collections.deque: both-ended operations, rotation, maxlen windows, and breadth-first search.
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
d.extend([5, 6])
d.extendleft([-1, -2])
print(d, len(d), d[0], d[-1], d[3])
print(d.pop(), d.popleft(), d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.remove(3)
print(d, d.count(2), d.index(4), 4 in d)
d.insert(1, "ins")
d.reverse()
print(d, list(reversed(d)))
d[0] = "first"
del d[1]
print(d, d.copy(), d == deque(d))
last3 = deque(maxlen=3)
for i in range(7):
    last3.append(i)
print(last3, last3.maxlen, list(last3))
last3.appendleft("L")
print(last3)
def moving_average(values, n):
    window = deque(maxlen=n)
    out = []
    total = 0
    for v in values:
        if len(window) == n:
            total -= window[0]
        window.append(v)
        total += v
        out.append(round(total / len(window), 2))
    return out
print(moving_average([10, 20, 30, 40, 50, 60], 3))
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
def bfs(start, goal):
    queue = deque([[start]])
    seen = {start}
    while queue:
        path = queue.popleft()
        if path[-1] == goal:
            return path
        for nxt in graph[path[-1]]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(path + [nxt])
print(bfs("a", "f"), bfs("c", "f"), bfs("f", "a"))
def palindrome(s):
    dq = deque(c.lower() for c in s if c.isalnum())
    while len(dq) > 1:
        if dq.popleft() != dq.pop():
            return False
    return True
print(palindrome("Was it a car or a cat I saw?"), palindrome("deque"))
try:
    deque().popleft()
except IndexError as e:
    print("IndexError:", e)
print(deque("abc", maxlen=5), deque(range(3)) + deque([9]), deque([1]) * 3)
