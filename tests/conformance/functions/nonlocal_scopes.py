# nonlocal and global declarations across nested scopes; which binding each name refers to.
x = "global"
def outer():
    x = "outer"
    def inner_local():
        x = "inner"
        return x
    def inner_nonlocal():
        nonlocal x
        x = "changed by inner"
        return x
    def inner_global():
        global x
        x = "global changed"
        return x
    results = [inner_local(), x]
    results += [inner_nonlocal(), x]
    results += [inner_global(), x]
    return results
print(outer(), x)
def counter_levels():
    a = 0
    def level1():
        b = 0
        def level2():
            nonlocal a, b
            a += 1
            b += 10
            return a, b
        return level2
    f = level1()
    g = level1()
    return [f(), f(), g(), f()], a
print(counter_levels())
def shadow_builtins():
    len = lambda s: "shadowed"
    return len("abc")
print(shadow_builtins(), len("abc"))
def make_bank():
    balance = 0
    history = []
    def deposit(n):
        nonlocal balance
        balance += n
        history.append(("dep", n))
    def withdraw(n):
        nonlocal balance
        if n > balance:
            history.append(("denied", n))
            return False
        balance -= n
        history.append(("wd", n))
        return True
    def report():
        return balance, history
    return deposit, withdraw, report
dep, wd, rep = make_bank()
dep(100)
wd(30)
wd(200)
dep(5)
print(rep())
def class_scope():
    y = 1
    class C:
        y = 2
        z = y + 1
        def method(self):
            return y
    return C.z, C().method()
print(class_scope())
def unbound():
    try:
        print(q)
    except NameError as e:
        print(type(e).__name__, e)
    q = 1
q = "global q"
unbound()
