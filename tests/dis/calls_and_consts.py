def calls(f, a, kw):
    f(*a, **kw)
    f(1, *a, x=2, **kw)
    f(a=1, b=2)
    a.b.c(1, k=2)
    a[1:2] = a[::2]
    a[0] += 1
    del a[0], a.b
    x, *y, z = a
    return x in (1, 2), x in [3, 4], x in {5, 6}, -5, 2 ** 10, "ab" * 2, (1, (2, 3))
