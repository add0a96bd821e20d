# LOAD_GLOBAL's per-code cache must follow every change: rebinding, deleting, shadowing a
# builtin, replacing a builtin, exec namespaces, and resizes of the globals table.
import builtins
def f():
    return len([1, 2]), g(), x
def g():
    return "g1"
x = 1
print(f())
x = 2                      # rebinding: same key, new value
def g():                   # rebinding a function
    return "g2"
print(f())
del x                      # deletion: structural change
try:
    f()
except NameError as e:
    print(e)
x = 3
len = lambda s: 99         # a global now shadows the builtin
print(f())
del len
print(f())
orig_len = builtins.len
builtins.len = lambda s: -1  # replacing the builtin itself
print(f())
del builtins.len
try:
    f()
except NameError as e:
    print(e)
builtins.len = orig_len
exec("def h():\n    return y\n", ns := {"y": 10})
print(ns["h"](), [ns.update(y=i) or ns["h"]() for i in range(3)])
for i in range(5):
    globals()[f"filler{i}"] = i   # resizes the globals table
print(f())
