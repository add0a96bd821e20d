# Loop variables outlive the loop; comprehension variables do not; closures capture late.
for i in range(3):
    pass
print("after for:", i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print("NameError:", e)
k = "before"
for k in "xyz":
    if k == "y":
        break
print("after break:", k)
n = 100
squares = [n * n for n in range(4)]
print(squares, "n is still", n)
total = 0
for idx, val in enumerate([10, 20, 30]):
    total += idx * val
print(total, idx, val)
funcs = []
for m in range(3):
    funcs.append(lambda: m)
print([f() for f in funcs])
funcs = []
for m in range(3):
    funcs.append(lambda m=m: m)
print([f() for f in funcs])
def make():
    out = []
    for q in range(3):
        def g():
            return q * 10
        out.append(g)
    return out
print([g() for g in make()])
while_var = 0
while while_var < 3:
    inner = while_var * 2
    while_var += 1
print(while_var, inner)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    pass
print(a, b, c)
for x in range(3):
    x = x * 100
print(x)
lst = [1, 2, 3]
for item in lst:
    item += 1
print(lst, item)
for lst[0] in range(5, 8):
    pass
print(lst)
d = {}
for d["key"] in "abc":
    pass
print(d)
