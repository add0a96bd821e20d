# Lists as stacks and queues, and collections.deque for efficient queues.
from collections import deque
stack = []
for token in "3 4 + 2 * 7 -".split():
    if token.isdigit():
        stack.append(int(token))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append({"+": a + b, "-": a - b, "*": a * b}[token])
    print(token.ljust(2), stack)
print("result", stack.pop(), "empty", not stack)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
for s in ["()", "([]{})", "(]", "((", "{[()()]}", "", "}"]:
    print(repr(s), balanced(s))
q = deque()
for i in range(5):
    q.append(i)
q.appendleft(-1)
print(q, q.popleft(), q.pop(), q, len(q), q[0], q[-1])
q.rotate(1)
print(q)
q.rotate(-2)
print(q)
q.extend([7, 8])
q.extendleft([10, 20])
print(q, list(q), q.count(7), q.index(8))
bounded = deque(maxlen=3)
for i in range(6):
    bounded.append(i)
    print(list(bounded), end=" ")
print()
print(bounded.maxlen, deque("abc", maxlen=2), deque([1, 2, 3]) == deque([1, 2, 3]))
q2 = deque([1, 2, 3, 4])
q2.remove(3)
q2.reverse()
print(q2, q2.copy(), 2 in q2)
q2.clear()
print(q2, bool(q2))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
def hot_potato(names, num):
    circle = deque(names)
    order = []
    while len(circle) > 1:
        circle.rotate(-num)
        order.append(circle.pop())
    return order, circle[0]
print(hot_potato(["bill", "david", "susan", "jane", "kent", "brad"], 7))
