# types.MethodType binds a callable to an instance by hand; the same type that attribute lookup
# produces for a function stored on the class.
import types

class A:
    def f(self, x):
        return (type(self).__name__, x)

a = A()
bound = a.f
print(type(bound) is types.MethodType, bound(1))
again = types.MethodType(A.f, a)
print(again(2), again == bound, again.__func__ is A.f, again.__self__ is a)
print(types.MethodType(lambda self: self is a, a)())
for args in [(1, a), (len, None), (len,)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    types.MethodType(len, a, x=1)
except TypeError as e:
    print("TypeError:", e)
