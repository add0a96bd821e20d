# break and continue in nested loops, with flags and labelled-loop emulation.
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print((i, j), end=" ")
print()
found = None
for a in range(1, 20):
    for b in range(a, 20):
        if a * a + b * b == 13 * 13:
            found = (a, b)
            break
    if found:
        break
print("found", found)
class Done(Exception):
    pass
try:
    for x in range(5):
        for y in range(5):
            for z in range(5):
                if x + y + z == 10 and x < y < z:
                    raise Done((x, y, z))
except Done as d:
    print("escaped with", d.args[0])
def pairs_summing_to(nums, target):
    out = []
    for i, a in enumerate(nums):
        if a > target:
            continue
        for b in nums[i + 1:]:
            if a + b == target:
                out.append((a, b))
            elif a + b > target:
                continue
    return out
print(pairs_summing_to([1, 9, 3, 7, 5, 5, 12], 10))
lines = ["# comment", "", "key = value", "  ", "other=2", "# end", "last = 3"]
parsed = {}
for line in lines:
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    k, _, v = line.partition("=")
    parsed[k.strip()] = v.strip()
print(parsed)
total = 0
for n in range(100):
    if n % 3:
        continue
    if n > 30:
        break
    total += n
print(total)
count = 0
while True:
    count += 1
    if count < 5:
        continue
    break
print(count)
for ch in "skip vowels please":
    if ch in "aeiou":
        continue
    print(ch, end="")
print()
