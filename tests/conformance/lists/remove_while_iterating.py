# Mutating a list during iteration: the pitfalls and the safe patterns.
nums = [1, 2, 2, 3, 4, 4, 5, 6]
buggy = nums[:]
for x in buggy:
    if x % 2 == 0:
        buggy.remove(x)
print("buggy:", buggy)
safe = nums[:]
for x in safe[:]:
    if x % 2 == 0:
        safe.remove(x)
print("copy:", safe)
print("comprehension:", [x for x in nums if x % 2])
back = nums[:]
for i in range(len(back) - 1, -1, -1):
    if back[i] % 2 == 0:
        del back[i]
print("backwards:", back)
filtered = list(filter(lambda x: x % 2, nums))
print("filter:", filtered)
growing = [1]
for x in growing:
    if x < 50:
        growing.append(x * 3)
print("grown while iterating:", growing)
d = {"a": 1, "b": 2, "c": 3}
try:
    for k in d:
        if d[k] == 2:
            del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] == 2:
        del d[k]
print(d)
s = {1, 2, 3}
try:
    for v in s:
        s.add(v * 10)
except RuntimeError as e:
    print("RuntimeError:", e)
lst = [0, 1, 2, 3]
it = iter(lst)
print(next(it))
lst.insert(0, "x")
print(next(it), list(it))
queue = [5]
out = []
while queue:
    v = queue.pop(0)
    out.append(v)
    if v > 1:
        queue.extend([v // 2, v - 1 - v // 2])
print(out)
