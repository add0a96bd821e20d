def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Foo:
    __hash__ = None
t(lambda: {[1]: 2})
t(lambda: {}.get([1]))
t(lambda: [1] in {})
t(lambda: {}.setdefault({}, 1))
t(lambda: {1: 2}.pop(set()))
t(lambda: dict.fromkeys([[1]]))
t(lambda: {(1, [2]): 3})
t(lambda: {[1]})
t(lambda: set([[1]]))
t(lambda: [1] in {1})
t(lambda: {1}.remove([1]))
t(lambda: {1}.discard({2}))
t(lambda: {Foo(): 1})
t(lambda: {Foo()})
t(lambda: hash([]))
d = {}
try:
    d[[1]] = 2
except TypeError as e:
    print(e)
