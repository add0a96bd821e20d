# NameError and UnboundLocalError in their common forms, including free variables and del.
def show(label, fn):
    try:
        fn()
    except NameError as e:
        print(f"{label:20} {type(e).__name__}: {e}")
show("global missing", lambda: no_such_global)
def local_before_assign():
    print(value)
    value = 1
show("local before assign", local_before_assign)
def deleted_local():
    v = 1
    del v
    return v
show("deleted local", deleted_local)
def closure_unassigned():
    def inner():
        return captured
    result = inner
    try:
        return inner()
    finally:
        captured = "too late"
show("free variable", closure_unassigned)
def conditional(flag):
    if flag:
        maybe = "set"
    return maybe
print(conditional(True))
show("conditional(False)", lambda: conditional(False))
counter = 0
def increment_without_global():
    counter += 1
show("augmented global", increment_without_global)
class Scoped:
    class_level = 1
    def method(self):
        return class_level
show("class attr as name", lambda: Scoped().method())
show("builtin typo", lambda: lenn([1]))
try:
    no_such_global
except NameError as e:
    print(e.name, repr(e))
g = "defined"
del g
show("deleted global", lambda: g)
