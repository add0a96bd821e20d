# seed ex11 without the async lines. One line differs from CPython 3.14's output: the module-level
# constant (1, 2) prints True before gc.collect(). CPython untracks it in the automatic collection
# that importing its Python-written re module triggers; Vivarium's re is native and allocates too
# little to trigger one, so the tuple is still tracked until the explicit gc.collect().
# seed 000: gc.is_tracked table (addresses masked)
import gc, re
def show(v):
    print(re.sub(r"0x[0-9a-f]+", "0x...", repr(v)), type(v), gc.is_tracked(v))
v1 = 1
show(v1)
class MyClass:
    pass
v2 = MyClass()
show(v2)
def func_gen():
    yield 1
    yield 2
v3 = func_gen()
show(v3)
c1 = [1, 2, 3]
show(c1)
c2 = {"a": 1}
show(c2)
c3 = (1, 2)
show(c3)
c4 = (1, [])
show(c4)
c5 = tuple([1, 2])   # runtime-built tuple (not a constant)
show(c5)
c6 = dict(a=1)
show(c6)
c7 = {"a": []}
show(c7)
show("a")
show([])
gc.collect()
print("after :")
for v in (v1, v2, c1, c2, c3, c4, c5, c6, c7):
    show(v)
