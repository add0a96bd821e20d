# global declarations, module-level state, del of names, and shadowing rules.
counter = 0
log = []
def increment(by=1):
    global counter
    counter += by
    log.append(counter)
increment()
increment(5)
increment(-2)
print(counter, log)
def make_global():
    global created
    created = "made inside"
make_global()
print(created)
x = "module"
def shadow():
    x = "local"
    return x
def read_global():
    return x
print(shadow(), read_global(), x)
def del_global():
    global x
    del x
del_global()
try:
    print(x)
except NameError as e:
    print("NameError:", e)
x = "restored"
print(x)
y = 10
del y
print("y" in globals(), "x" in globals())
def uses_before_assign():
    try:
        print(z)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    z = 1
    return z
z = 99
print(uses_before_assign())
total = 0
for i in range(5):
    total += i
print(total, i)
def counter_factory():
    global counter
    counter = 100
    def inner():
        return counter + 1
    return inner
f = counter_factory()
print(f(), counter)
names = sorted(k for k in globals() if not k.startswith("__"))
print(names)
