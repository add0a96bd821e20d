squares = [x * x for x in range(10) if x % 2]

def comps(xs):
    a = [x * 2 for x in xs if x]
    b = {k: v for k, v in xs}
    c = {x for x in xs}
    d = (x for x in xs)
    e = [y for x in xs for y in x]
    return a, b, c, d, e
