# yield from: delegating to sub-generators and iterables, return values, send/throw passthrough.
def inner():
    x = yield "inner 1"
    print("  inner received", x)
    y = yield "inner 2"
    print("  inner received", y)
    return "inner result"
def outer():
    result = yield from inner()
    print("  outer got", result)
    yield from [10, 20]
    yield from "ab"
    yield from range(2)
    return "outer result"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
print(list(g))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], (3,), "xy", {4: None}, range(5, 7))))
def tree(node):
    value, children = node
    yield value
    for child in children:
        yield from tree(child)
t = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])
print(list(tree(t)))
def handler():
    try:
        yield "ready"
    except ValueError as e:
        yield f"inner handled {e}"
def delegator():
    r = yield from handler()
    yield f"delegator resumes, result={r}"
d = delegator()
print(next(d))
print(d.throw(ValueError("oops")))
print(next(d))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, [5]]]], [[6]], 7])))
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "stop":
            return n
        n += 1
def supervisor():
    total = yield from counter()
    yield f"counter stopped at {total}"
s = supervisor()
print(next(s), s.send("go"), s.send("go"), s.send("stop"))
