# Error messages from bad list indexing, assignment and operations.
lst = [10, 20, 30]
attempts = [
    ("lst[3]", lambda: lst[3]),
    ("lst[-4]", lambda: lst[-4]),
    ("lst['a']", lambda: lst["a"]),
    ("lst[1.0]", lambda: lst[1.0]),
    ("lst[None]", lambda: lst[None]),
    ("[].pop()", lambda: [].pop()),
    ("lst.pop(7)", lambda: lst.pop(7)),
    ("lst + (1,)", lambda: lst + (1,)),
    ("lst * 'x'", lambda: lst * "x"),
    ("lst - [1]", lambda: lst - [1]),
    ("lst.remove(99)", lambda: lst.remove(99)),
    ("len(5)", lambda: len(5)),
    ("list(5)", lambda: list(5)),
    ("lst < 'abc'", lambda: lst < "abc"),
    ("lst.sort(key=5)", lambda: [2, 1].sort(key=5)),
    ("sorted([1, None])", lambda: sorted([1, None])),
    ("lst.nope", lambda: lst.nope),
    ("(1, 2)[5]", lambda: (1, 2)[5]),
    ("hash(lst)", lambda: hash(lst)),
]
for label, fn in attempts:
    try:
        result = fn()
        print(label, "->", result)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
def set_item(i, v):
    lst[i] = v
for i in [0, 3, -1, -4]:
    try:
        set_item(i, 99)
        print("set", i, lst)
    except IndexError as e:
        print("set", i, "IndexError:", e)
try:
    del lst[5]
except IndexError as e:
    print("del IndexError:", e)
print(lst[1:100], lst[-100:1], lst[5:], lst[::-1][5:])
