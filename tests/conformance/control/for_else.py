# for ... else: the else runs only when the loop was not broken out of.
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
find([3, 5, 7], 5)
find([3, 5, 7], 4)
find([], 1)
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
for i in range(3):
    if i == 10:
        break
else:
    print("else after full loop, i =", i)
for i in range(3):
    continue
else:
    print("continue does not skip else, i =", i)
def first_negative(rows):
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v < 0:
                break
        else:
            continue
        return r, c
    return None
print(first_negative([[1, 2], [3, -4], [-5, 6]]), first_negative([[1], [2]]))
results = []
for word in ["apple", "sky", "rhythm", "tree"]:
    for ch in word:
        if ch in "aeiou":
            results.append((word, ch))
            break
    else:
        results.append((word, None))
print(results)
def loop_in_function():
    for x in [1, 2, 3]:
        if x == 2:
            return "returned from loop"
    else:
        return "else"
print(loop_in_function())
count = 0
for _ in []:
    count += 1
else:
    print("empty iterable runs else, count =", count)
