# TypeError messages from binding arguments to parameters.
def f(a, b, c=3):
    return a + b + c
def g(*, key):
    return key
def h(x, /):
    return x
class K:
    def method(self, a):
        return a
    @staticmethod
    def smethod(a, b):
        return a
attempts = [
    ("f()", lambda: f()),
    ("f(1)", lambda: f(1)),
    ("f(1, 2, 3, 4)", lambda: f(1, 2, 3, 4)),
    ("f(1, 2, d=4)", lambda: f(1, 2, d=4)),
    ("f(1, 2, a=1)", lambda: f(1, 2, a=1)),
    ("g()", lambda: g()),
    ("g(1)", lambda: g(1)),
    ("g(key=1, other=2)", lambda: g(key=1, other=2)),
    ("h()", lambda: h()),
    ("h(x=1)", lambda: h(x=1)),
    ("K().method()", lambda: K().method()),
    ("K().method(1, 2)", lambda: K().method(1, 2)),
    ("K.method(1)", lambda: K.method(1)),
    ("K.smethod(1)", lambda: K.smethod(1)),
    ("(lambda: 0)(1)", lambda: (lambda: 0)(1)),
    ("(lambda x, y: 0)(1)", lambda: (lambda x, y: 0)(1)),
    ("f(*[1, 2, 3, 4, 5])", lambda: f(*[1, 2, 3, 4, 5])),
    ("f(**{'a': 1})", lambda: f(**{"a": 1})),
]
for label, call in attempts:
    try:
        print(label, "->", call())
    except TypeError as e:
        print(label, "-> TypeError:", e)
def many(a, b, c, d):
    pass
for args in [(), (1,), (1, 2)]:
    try:
        many(*args)
    except TypeError as e:
        print(len(args), "args ->", e)
