# Argument and operand evaluation order is left to right, including keyword and starred arguments.
log = []
def v(label, value=None):
    log.append(label)
    return label if value is None else value
def f(*args, **kwargs):
    return args, kwargs
log.clear()
f(v("a"), v("b"), *[v("c")], k=v("d"), **{"e": v("e")})
print(log)
log.clear()
result = v("x", 1) + v("y", 2) * v("z", 3)
print(result, log)
log.clear()
d = {v("k1"): v("v1"), v("k2"): v("v2")}
print(log)
log.clear()
lst = [v("i0"), v("i1")][v("idx", 1)]
print(lst, log)
log.clear()
v("obj", {})[v("key")] = v("value")
print(log)
log.clear()
a = v("first", 1) if v("cond", True) else v("never", 2)
print(a, log)
log.clear()
x = v("lhs", 5) < v("mid", 6) < v("rhs", 4)
print(x, log)
log.clear()
def g(a=v("default evaluated at def")):
    return a
print(log)
log.clear()
g()
print(log)
log.clear()
chained = v("p", [0]).__len__() + v("q", 10)
print(chained, log)
log.clear()
s = f"{v('fa')}{v('fb')}"
print(s, log)
log.clear()
t = (v("t1"), *[v("t2"), v("t3")], v("t4"))
print(t, log)
