# Keyword-only parameters after * or *args, with and without defaults.
def connect(host, port=80, *, timeout=10, retries, secure=False):
    return f"{host}:{port} timeout={timeout} retries={retries} secure={secure}"
print(connect("a", retries=1))
print(connect("b", 443, retries=3, secure=True))
print(connect(host="c", retries=0, timeout=1, port=8080))
for bad in [lambda: connect("x"), lambda: connect("x", 1, 2), lambda: connect("x", retries=1, color="red")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
def log(*messages, level="INFO", sep=" "):
    return f"[{level}] " + sep.join(map(str, messages))
print(log("started"), log("a", "b", 3, level="WARN"), log(1, 2, sep="|"))
def sort_items(items, *, key=None, reverse=False):
    return sorted(items, key=key, reverse=reverse)
print(sort_items([3, 1, 2]), sort_items(["bb", "a", "ccc"], key=len, reverse=True))
try:
    sort_items([1], None)
except TypeError as e:
    print("TypeError:", e)
def only_kw(*, a, b=2):
    return a * b
print(only_kw(a=5), only_kw(b=3, a=5))
try:
    only_kw()
except TypeError as e:
    print("TypeError:", e)
print(connect.__kwdefaults__, connect.__defaults__, connect.__code__.co_kwonlyargcount)
def mixed(a, b=1, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(mixed(0, c=3), mixed(0, 1, 2, 3, c=5, e=6), mixed(a=1, c=2, d=3))
