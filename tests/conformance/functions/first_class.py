# Functions are values: stored in lists and dicts, passed, returned, compared and hashed.
def hello():
    return "hello"
def world():
    return "world"
funcs = [hello, world, hello]
print([f() for f in funcs], funcs.count(hello), funcs.index(world))
table = {hello: 1, world: 2}
print(table[hello], hello in table, len({hello, world, hello}))
alias = hello
print(alias is hello, alias == hello, alias(), alias.__name__)
def apply(f, *args):
    return f(*args)
print(apply(len, "abc"), apply(max, 3, 9, 4), apply(lambda: "thunk"), apply(str.upper, "x"))
def choose(op):
    def add(a, b):
        return a + b
    def mul(a, b):
        return a * b
    return {"add": add, "mul": mul}[op]
print(choose("add")(3, 4), choose("mul")(3, 4), choose("add") is choose("add"), choose("add").__qualname__)
class Box:
    def method(self):
        return "method"
b = Box()
m1, m2 = b.method, b.method
print(m1 == m2, m1 is m2, m1(), Box.method(b))
handlers = []
def on(event):
    def register(fn):
        handlers.append((event, fn))
        return fn
    return register
@on("start")
def starting():
    return "starting up"
@on("stop")
def stopping():
    return "shutting down"
@on("start")
def also_starting():
    return "second start handler"
for event in ("start", "stop", "other"):
    print(event, [fn() for e, fn in handlers if e == event])
print(sorted([world, hello], key=lambda f: f.__name__)[0].__name__)
print(type(hello).__name__, type(len).__name__, type(b.method).__name__, type(Box.method).__name__)
