# Assignment expressions (the walrus operator) in conditions, loops and comprehensions.
data = [3, 8, 1, 9, 4, 7]
if (n := len(data)) > 5:
    print("long list of", n)
total = 0
i = 0
while (item := data[i]) != 9:
    total += item
    i += 1
print("sum before 9:", total, "stopped at index", i)
squares = [y for x in data if (y := x * x) > 10]
print(squares)
print(y)
lines = ["alpha", "", "beta", "gamma", ""]
nonempty = [(s, ln) for s in lines if (ln := len(s))]
print(nonempty)
def chunks(seq, size):
    it = iter(seq)
    out = []
    while chunk := [v for _, v in zip(range(size), it)]:
        out.append(chunk)
    return out
print(chunks(range(10), 3))
values = {"a": 1, "b": None, "c": 3}
found = [k for k in values if (v := values[k]) is not None]
print(found, v)
print((z := 10) + z, z)
counter = 0
def bump():
    global counter
    counter += 1
    return counter
results = [c for _ in range(5) if (c := bump()) % 2]
print(results, counter)
import re
for text in ["id=42", "no match", "id=7"]:
    if (m := re.search(r"id=(\d+)", text)) is not None:
        print("matched", m.group(1))
    else:
        print("skipped", text)
def first_big(xs, limit):
    for x in xs:
        if (d := x * 2) > limit:
            return x, d
    return None
print(first_big([1, 5, 9, 20], 15), first_big([1, 2], 100))
