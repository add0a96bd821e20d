def f(a, b, xs):
    s = "%s=%-5r and %3.1a %% end" % (a, b, xs)
    t = "%d" % (a,)
    return all(x > 0 for x in xs), tuple(x for x in xs)
