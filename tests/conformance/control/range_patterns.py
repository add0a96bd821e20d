# Common loop shapes over ranges: steps, reversed, pairwise, strided, and index arithmetic.
n = 10
print([i for i in range(n)], [i for i in range(2, n, 3)], [i for i in range(n, 0, -2)])
print([i for i in reversed(range(n))][:4], list(range(n - 1, -1, -1))[:4])
data = [4, 8, 15, 16, 23, 42]
for i in range(len(data) - 1):
    print(data[i], "->", data[i + 1], "diff", data[i + 1] - data[i])
for i in range(0, len(data), 2):
    print("pair", data[i:i + 2])
for i in range(len(data) - 1, -1, -1):
    print(data[i], end=" ")
print()
for i, x in reversed(list(enumerate(data))):
    if i % 2 == 0:
        print(i, x, end="; ")
print()
for row in range(1, 5):
    print(" ".join(str(row * col).rjust(2) for col in range(1, 5)))
for size in range(1, 5):
    print(("*" * size).rjust(4), ("#" * (5 - size)).ljust(4), "|")
i = 0
j = len(data) - 1
while i < j:
    print(f"({data[i]}, {data[j]})", end=" ")
    i += 1
    j -= 1
print()
total = 0
for k in range(1, 101):
    total += k if k % 2 else -k
print(total, sum(range(1, 101, 2)) - sum(range(2, 101, 2)))
for start, stop, step in [(0, 5, 1), (5, 0, -1), (0, 10, 4), (-5, 5, 5), (3, 3, 1)]:
    print(list(range(start, stop, step)))
