# while loops with else, break and continue, and typical counter/sentinel patterns.
n = 10
while n > 0:
    n -= 3
else:
    print("while finished normally, n =", n)
n = 10
while n > 0:
    if n == 4:
        print("breaking at", n)
        break
    n -= 2
else:
    print("never printed")
i = 0
evens = []
while i < 10:
    i += 1
    if i % 2:
        continue
    evens.append(i)
print(evens)
def collatz_len(n):
    steps = 0
    while n != 1:
        n = 3 * n + 1 if n % 2 else n // 2
        steps += 1
    return steps
print([collatz_len(k) for k in range(1, 12)])
data = [5, 3, 0, 8, -1, 4]
idx = 0
total = 0
while data[idx] != -1:
    total += data[idx]
    idx += 1
print("sum before sentinel:", total, "at", idx)
def digits(n):
    out = []
    while True:
        n, d = divmod(n, 10)
        out.append(d)
        if n == 0:
            break
    return out[::-1]
print(digits(0), digits(7), digits(90210))
attempts = 0
secret = 37
lo, hi = 1, 100
while lo <= hi:
    attempts += 1
    mid = (lo + hi) // 2
    if mid == secret:
        print("guessed", mid, "in", attempts)
        break
    elif mid < secret:
        lo = mid + 1
    else:
        hi = mid - 1
else:
    print("not found")
x = 1
while x < 1000:
    x *= 3
print(x)
stack = [1, [2, [3, [4]]]]
depth = 0
while isinstance(stack, list) and stack:
    depth += 1
    stack = stack[-1]
print("depth", depth, "last", stack)
