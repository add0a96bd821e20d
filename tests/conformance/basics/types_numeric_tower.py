# type(), isinstance and issubclass for numbers, bool and containers.
values = [1, 1.0, True, "1", [1], (1,), {1}, {1: 1}, None, range(1), b"1", 10 ** 40]
for v in values:
    print(repr(v), type(v).__name__, isinstance(v, int), isinstance(v, (float, str)))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(float, int))
print(issubclass(list, (tuple, list)), issubclass(type, object), isinstance(int, type), isinstance(type, type))
print(type(1) is int, type(True) is bool, type(True) is int, type(1.5) == float)
print(int.__mro__, bool.__mro__)
print(type(type(1)).__name__, type(len).__name__, type(print).__name__)
def fn():
    pass
print(type(fn).__name__, type(lambda: 0).__name__, type(fn()).__name__)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__)
print(type(x for x in []).__name__, type(range(2)).__name__, type(zip()).__name__, type(map(abs, [])).__name__)
print(type([].append).__name__, type({}.keys()).__name__, type({}.items()).__name__, type({}.values()).__name__)
class A:
    pass
class B(A):
    pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, A), type(B()).__name__, B.__bases__[0].__name__)
print(isinstance(3, (int, float)), isinstance(3.0, (int, float)), isinstance("3", (int, float)))
print(int(True) + float(False), True + 1.5, type(True + 1.5).__name__, type(True + True).__name__)
print(type(3 * 1.0).__name__, type(2 ** 2).__name__, type(2 ** -2).__name__, type(10 // 3.0).__name__)
print(float.__name__, int.__qualname__, type.__name__, object.__name__)
print(type("x") is str, str is type("y"), type([]) is list)
print(bool.__bases__, int.__bases__, object.__bases__)
