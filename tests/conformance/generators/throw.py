# generator.throw(): raising inside a suspended generator, handling it there, or letting it escape.
def resilient():
    count = 0
    while True:
        try:
            yield count
            count += 1
        except ValueError as e:
            print("  generator handled ValueError:", e)
            count = 100
g = resilient()
print(next(g), next(g))
print(g.throw(ValueError("reset")))
print(next(g))
def fragile():
    yield 1
    yield 2
f = fragile()
next(f)
try:
    f.throw(KeyError("boom"))
except KeyError as e:
    print("escaped:", repr(e))
print(next(f, "finished after throw"))
def cleanup():
    try:
        yield "working"
    finally:
        print("  cleanup ran")
c = cleanup()
next(c)
try:
    c.throw(RuntimeError("stop"))
except RuntimeError as e:
    print("caught", e)
def convert():
    while True:
        try:
            x = yield
            print("  got", x)
        except TypeError:
            yield "type error noted"
cv = convert()
next(cv)
cv.send(1)
print(cv.throw(TypeError))
print(next(cv))
cv.send(2)
def unstarted():
    print("  body never runs")
    yield 1
u = unstarted()
try:
    u.throw(ValueError("early"))
except ValueError as e:
    print("thrown into unstarted generator:", e)
print(next(u, "closed"))
