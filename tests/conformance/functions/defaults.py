# Default arguments: evaluated once at definition time, the mutable default trap, and None sentinels.
counter = 0
def next_id():
    global counter
    counter += 1
    return counter
def make(label, ident=next_id()):
    return f"{label}#{ident}"
print(make("a"), make("b"), make("c", 99), counter)
def append_bad(x, acc=[]):
    acc.append(x)
    return acc
print(append_bad(1), append_bad(2), append_bad(3, []), append_bad(4))
print(append_bad.__defaults__)
def append_good(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(append_good(1), append_good(2))
def power(base, exp=2, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
print(power(3), power(3, 3), power(3, exp=4), power(3, 4, 5), power(base=2, mod=3), power(2, mod=7, exp=10))
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(punct=".", name="Di"))
x = 10
def capture(v=x):
    return v
x = 20
print(capture(), x)
def defaults_see_globals(v=len("abc")):
    return v
print(defaults_see_globals(), greet.__defaults__, power.__defaults__)
def kwdefaults(a, *, b=5, c):
    return a, b, c
print(kwdefaults(1, c=3), kwdefaults.__kwdefaults__)
def f(a, b=[], *args, c={}, **kw):
    b.append(a)
    c[a] = len(b)
    return b, c
print(f(1), f(2), f(3, [0]))
