# Empty bodies with pass or ..., placeholder classes and functions, and their values.
def todo():
    pass
def later():
    ...
class Empty:
    pass
class AlsoEmpty:
    ...
print(todo(), later(), Empty.__name__, AlsoEmpty.__name__, type(Empty()).__name__)
for _ in range(3):
    pass
while False:
    pass
if True:
    pass
else:
    ...
try:
    pass
except Exception:
    pass
finally:
    pass
print(..., type(...).__name__, ... is Ellipsis, bool(...), repr(Ellipsis))
def stub(a, b=...):
    return "default used" if b is ... else f"got {b}"
print(stub(1), stub(1, 2), stub(1, None))
x = [1, 2, 3]
print(x[...] if isinstance(x, dict) else "lists do not take Ellipsis")
class Matrix:
    def __getitem__(self, key):
        return "all" if key is Ellipsis else f"key {key!r}"
m = Matrix()
print(m[...], m[1, ...], m[..., 0])
def doc_only():
    "Only a docstring."
print(doc_only(), doc_only.__doc__)
class WithDoc:
    "Class docstring."
print(WithDoc.__doc__, Empty.__doc__)
