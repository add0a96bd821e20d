# Deeply nested function definitions with nonlocal chains and functions defined in loops/conditions.
def level0():
    a = 0
    def level1():
        b = 10
        def level2():
            c = 100
            def level3():
                nonlocal a, b, c
                a += 1
                b += 1
                c += 1
                return a + b + c
            return level3
        return level2()
    fn = level1()
    return [fn(), fn(), fn()], a
print(level0())
def pick(kind):
    if kind == "square":
        def f(x):
            return x * x
    elif kind == "cube":
        def f(x):
            return x ** 3
    else:
        f = lambda x: x
    return f
print(pick("square")(4), pick("cube")(3), pick("other")(7), pick("cube").__name__, pick("x").__name__)
builders = {}
for op in ["add", "sub", "mul"]:
    def builder(a, b, op=op):
        return {"add": a + b, "sub": a - b, "mul": a * b}[op]
    builders[op] = builder
print({k: f(6, 3) for k, f in builders.items()})
def redefine():
    def g():
        return 1
    first = g
    def g():
        return 2
    return first(), g()
print(redefine())
def recursive_inner(n):
    def helper(k, acc):
        return acc if k == 0 else helper(k - 1, acc * k)
    return helper(n, 1)
print(recursive_inner(10))
def counter_family():
    shared = [0]
    def make(step):
        def tick():
            shared[0] += step
            return shared[0]
        return tick
    return make(1), make(10)
one, ten = counter_family()
print(one(), ten(), one(), ten())
