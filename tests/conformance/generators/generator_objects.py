# Generator objects implement the iterator protocol; their methods and attributes.
def gen(n):
    for i in range(n):
        yield i
g = gen(3)
print(iter(g) is g, g.__iter__() is g, g.__next__(), next(g), g.send(None))
print(next(g, "done"), type(g).__name__, g.__name__, g.__qualname__)
def outer():
    def inner_gen():
        yield 1
    return inner_gen()
ig = outer()
print(ig.__name__, ig.__qualname__, list(ig))
print(hasattr(g, "throw"), hasattr(g, "close"), hasattr(g, "send"), callable(g.send))
def lifecycle():
    print("  body starts")
    yield 1
    print("  body resumes")
lc = lifecycle()
print("created, nothing ran yet")
print(next(lc))
print(next(lc, "finished"))
print(next(lc, "still finished"))
def self_ref():
    me = yield
    yield me is gen_obj
gen_obj = self_ref()
next(gen_obj)
print(gen_obj.send(gen_obj))
