def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ":", e)
def mut1():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
def mut2():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
        d[k + 10] = 0
def mut3():
    d = {1: 1, 2: 2}
    for k in d.values():
        d[3] = 3
def mut4():
    s = {1, 2}
    for k in s:
        s.add(k + 10)
def mut5():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = 5
    return d
t(mut1); t(mut2); t(mut3); t(mut4); t(mut5)
d = {"b": 1, "a": 2}
d2 = dict(d)
d2["c"] = 3
print(d, d2, d == d2, {1: 2} | {3: 4})
t(lambda: {1: 2} < {1: 2})
t(lambda: {1: 2} | [(3, 4)])
d3 = {1: 2}; d3 |= [(3, 4)]; print(d3)
t(lambda: dict.fromkeys(range(3)))
t(lambda: {}.popitem())
d4 = {1: 'a', 2: 'b', 3: 'c'}; print(d4.popitem(), d4)
del d4[1]; d4[1] = 'z'; print(d4, list(d4.items()), list(reversed(d4.values())))
class D(dict):
    def __missing__(self, k): return k * 2
print(D()[5], D(a=1), repr(D(a=1)))
class E(dict): pass
e = E(); e.x = 1; print(e, e.x, type(e.copy()))
print(dict(zip("abc", range(3))), dict([("a", 1)], b=2))
t(lambda: dict(a=1, **{"a": 2}))
print(len({i: i for i in range(1000)}), {i % 3: i for i in range(10)})
it = iter({1: 2, 3: 4}.items()); print(next(it), it.__length_hint__())
print(sorted({3: 'c', 1: 'a'}.items()), max({1: 'a', 5: 'b'}), sum({1: 0, 2: 0}))
t(lambda: {}.keys().mapping)
big = {}
for i in range(100): big[i] = i
for i in range(0, 100, 2): del big[i]
print(list(big)[:5], len(big), big.get(51), big.get(50, 'no'))
