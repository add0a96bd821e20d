# Every expression form Vivarium parses.
a or b or c
a and b and c
not a
not not a
a or b and not c
a < b
a < b <= c > d >= e == f != g
a is b
a is not b
a in b
a not in b
a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
-a ** -b
-2 ** 2
2 ** -1
2 ** 3 ** 2
~a + +b - -c
(a + b) * c
f()
f(a)
f(a, b, *args, k=1, *more, **kw, last=2)
f(x for x in y)
f(*a, *b)
f(**a, **b)
obj.attr.chain
obj.method(1)(2)[3]
a[1]
a[1:2]
a[:]
a[::2]
a[1:2:3]
a[:, 1]
a[1:2, ::3, ...]
a[*b]
a[b:=1]
x if cond else y
x if a else y if b else z
lambda: 0
lambda x: x
lambda x, y=1, *args, z, **kw: x
lambda *, k: k
lambda a, /, b: a
(x := 10)
f(y := 5)
[y := 1, y ** 2]
if (n := len(a)) > 10: pass
while (chunk := read()): pass
[x for x in data if (y := f(x)) is not None]
[]
[1, 2, 3]
[*a, *b, c]
()
(1,)
(1, 2)
(*a, b)
{}
{1: 2, 'k': 'v'}
{**a, 'b': 1, **c}
{1, 2}
{*a, b}
[x for x in y]
[x * y for x in a if x for y in b if y if x != y]
{x for x in y}
{k: v for k, v in pairs}
(x for x in y)
((a, b) for a in x for b in y)
[[x for x in row] for row in matrix]
...
None
True
False
x = yield_is_a_name

def gen():
    yield
    yield 1
    yield 1, 2
    yield *a, b
    x = yield
    y = yield from other()
    z = (yield)
    await_ = (yield x) + 1
    return *a, b

a, b = b, a
x = 1,
t = *a, *b
