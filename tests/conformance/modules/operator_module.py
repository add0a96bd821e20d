# operator: function forms of operators, itemgetter/attrgetter/methodcaller, and in-place variants.
import operator as op
from functools import reduce
print(op.add(2, 3), op.sub(2, 3), op.mul(4, 5), op.truediv(7, 2), op.floordiv(7, 2), op.mod(-7, 3), op.pow(2, 8))
print(op.neg(5), op.pos(-5), op.abs(-3), op.invert(5), op.lshift(1, 4), op.rshift(64, 3), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt("b", "a"), op.ge([1], [1, 0]), op.not_(0), op.truth([]))
print(op.concat([1], [2]), op.contains("abc", "b"), op.countOf([1, 2, 1], 1), op.indexOf("xyz", "z"), op.is_(None, None), op.is_not(1, None))
lst = [0, 1, 2, 3]
op.setitem(lst, 0, "zero")
op.delitem(lst, 1)
print(lst, op.getitem(lst, -1), op.getitem("hello", slice(1, 3)))
records = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cy", 31, "la")]
print(sorted(records, key=op.itemgetter(1, 0)), list(map(op.itemgetter(2), records)), op.itemgetter(0, 2)(records[0]))
class P:
    def __init__(self, name, addr):
        self.name, self.addr = name, addr
class A:
    def __init__(self, city):
        self.city = city
people = [P("z", A("rome")), P("a", A("oslo"))]
print([p.name for p in sorted(people, key=op.attrgetter("addr.city"))], op.attrgetter("name", "addr.city")(people[0]))
print(list(map(op.methodcaller("upper"), ["a", "b"])), op.methodcaller("split", ",")("x,y,z"), op.methodcaller("replace", "a", "o", 1)("banana"))
print(reduce(op.mul, range(1, 8)), reduce(op.or_, [1, 2, 4, 8]), list(map(op.add, [1, 2], [10, 20])))
x = [1]
y = op.iadd(x, [2])
print(x, y is x, op.iadd(5, 1), op.imul("ab", 2))
print(op.index(7), op.length_hint([1, 2, 3]), op.matmul.__name__)
