# LEGB name resolution: local, enclosing, global, builtin; shadowing and comprehension scopes.
x = "global x"
def show():
    return x
def local_shadow():
    x = "local x"
    return x, show()
def enclosing():
    x = "enclosing x"
    def inner():
        return x
    return inner()
print(show(), local_shadow(), enclosing())
def uses_builtin():
    return max([3, 1, 2])
def shadows_builtin():
    max = lambda seq: "shadowed max"
    return max([3, 1, 2])
print(uses_builtin(), shadows_builtin(), uses_builtin())
max = lambda *a: "global shadow"
print(uses_builtin())
del max
print(uses_builtin())
import builtins
print(builtins.len("four"), builtins.max is __builtins__.max if hasattr(__builtins__, "max") else True)
class Scope:
    x = "class x"
    y = [x for _ in range(1)]
    def method(self):
        return x
print(Scope.x, Scope.y, Scope().method())
def comprehension_scope():
    y = 5
    return [y * i for i in range(3)], [(lambda: y)() for _ in range(2)]
print(comprehension_scope())
def later_binding():
    def get():
        return value
    value = "assigned after def"
    return get()
print(later_binding())
def conditional_local(flag):
    if flag:
        z = "set"
    try:
        return z
    except UnboundLocalError:
        return "unbound"
print(conditional_local(True), conditional_local(False))
print(sorted(k for k in dir() if not k.startswith("_")))
