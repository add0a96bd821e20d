# Function objects: __name__, __qualname__, __doc__, __defaults__, __code__ fields, custom attributes.
def outer(a, b=2, *args, c, d=4, **kw):
    "Outer docstring."
    x = a + b
    def inner(y):
        return x + y
    return inner
print(outer.__name__, outer.__qualname__, outer.__doc__, outer.__defaults__, outer.__kwdefaults__)
code = outer.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount)
print(code.co_varnames[:6], code.co_cellvars)
inner = outer(1, c=3)
print(inner.__name__, inner.__qualname__, inner.__code__.co_freevars, inner(10))
class K:
    def method(self):
        pass
    class Nested:
        def deep(self):
            pass
print(K.method.__qualname__, K.Nested.deep.__qualname__, K.Nested.__qualname__, K().method.__name__)
print((lambda: 0).__qualname__, len.__name__, print.__qualname__ if hasattr(print, "__qualname__") else "")
def tagged():
    pass
tagged.version = 2
tagged.tags = ["x"]
print(tagged.version, tagged.tags, sorted(k for k in vars(tagged)))
print(outer.__module__, callable(outer), callable(K), callable(K()), callable(K().method))
def annotated(n: int, label: str = "x") -> str:
    return label * n
print(annotated.__annotations__, annotated(3))
bound = K().method
print(bound.__func__ is K.method, bound.__self__.__class__.__name__, type(bound).__name__)
renamed = outer
renamed.__name__ = "renamed"
print(outer.__name__, renamed is outer)
print(outer.__code__.co_filename.endswith(".py"), outer.__globals__ is globals())
