# yield as an expression: its value, precedence, tuples, and use inside larger expressions.
def gen():
    x = yield 1
    print("  x =", x)
    y = (yield 2) * 10
    print("  y =", y)
    z = yield x, y
    print("  z =", z)
    yield [(yield), (yield)]
g = gen()
print(next(g))
print(g.send("first"))
print(g.send(5))
print(g.send("third"))
print(g.send("a"))
print(g.send("b"))
print(next(g, "end"))
def echo_bare():
    while True:
        value = yield
        print("  echo:", value)
e = echo_bare()
print(next(e))
print(e.send("hi"))
print(next(e))
def yields_none():
    yield
    yield None
print(list(yields_none()))
def ternary_yield(flag):
    result = (yield "yes") if flag else (yield "no")
    yield f"sent back {result}"
t = ternary_yield(False)
print(next(t), t.send(42))
def yield_in_call():
    print("  len of sent:", len((yield "give me a list")))
    yield "done"
yc = yield_in_call()
print(next(yc))
print(yc.send([1, 2, 3]))
def lambda_yield():
    f = lambda: (yield 7)
    return list(f())
print(lambda_yield())
