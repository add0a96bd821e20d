# operator: functions, in-place forms, lookups objects and their reprs, index/length_hint errors.
import operator as op

print(op.add(2, 3), op.sub(2, 3), op.mul("ab", 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(-7, 3))
print(op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3), op.inv(5), op.invert(0), op.lshift(1, 4), op.rshift(256, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.not_([]), op.truth([1]), op.is_(None, None), op.is_not(1, None))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.concat([1], [2]), op.contains("abc", "b"), op.countOf([1, 2, 1, 1], 1), op.indexOf("abc", "c"))
try:
    op.indexOf([1, 2], 3)
except ValueError as e:
    print("indexOf ->", e)
try:
    op.concat(1, 2)
except TypeError as e:
    print("concat ->", e)
d = {"a": 1}
op.setitem(d, "b", 2)
op.delitem(d, "a")
print(d, op.getitem(d, "b"), op.getitem([1, 2, 3], slice(1, None)))
x = [1]
y = op.iadd(x, [2])
print(x, y is x, op.iadd(1, 2), op.isub(5, 3), op.imul([0], 2), op.iconcat([1], (2,)))
print(op.ifloordiv(7, 2), op.imod(7, 2), op.ipow(2, 3), op.ilshift(1, 3), op.irshift(8, 1), op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3), op.itruediv(1, 4))
print(op.index(7), op.index(True))
class Idx:
    def __index__(self):
        return 42
print(op.index(Idx()))
for bad in (1.5, "3"):
    try:
        op.index(bad)
    except TypeError as e:
        print("index ->", e)
print(op.length_hint([1, 2, 3]), op.length_hint(iter([1, 2])), op.length_hint(object(), 7))
class Hint:
    def __length_hint__(self):
        return NotImplemented
print(op.length_hint(Hint(), 9))
print(op.call(max, 3, 9, 2), op.call(sorted, [3, 1], reverse=True))

g = op.itemgetter(1)
print(g("abc"), repr(g), op.itemgetter(0, 2)("abc"), repr(op.itemgetter("a", 1)))
print(op.itemgetter("k")({"k": "v"}))
class P:
    def __init__(self):
        self.name = "n"
        self.child = self
print(op.attrgetter("name")(P()), op.attrgetter("child.child.name", "name")(P()), repr(op.attrgetter("a", "b.c")))
try:
    op.attrgetter(1)
except TypeError as e:
    print("attrgetter(1) ->", e)
m = op.methodcaller("split", ",", maxsplit=1)
print(m("a,b,c"), repr(m), repr(op.methodcaller("upper")))
try:
    op.methodcaller(1)
except TypeError as e:
    print("methodcaller(1) ->", e)
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=op.itemgetter(1, 0)))
print(op.__add__(1, 2), op.__getitem__([5], 0))
# New in 3.14.
print(op.is_none(None), op.is_none(0), op.is_not_none(0))
