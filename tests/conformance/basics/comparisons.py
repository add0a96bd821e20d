# Comparison operators, chaining, mixed numeric types, identity vs equality.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1.0, 1 != 1.0)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1.0, 1 < 2 > 1)
x = 5
print(0 < x <= 5, 0 < x < 5, x == 5 != 6)
print("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a", "apple" > "Apple")
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [1, [2]] == [1, [2]])
print((1, 2) < (1, 3), (2,) > (1, 99), (1, 2, 3) == (1, 2, 3), () < (0,))
print(True == 1, False == 0, True + True, True > False, True is True)
print(1 == True, 2 == True, 0.0 == False, None == None, None is None, None == 0)
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b, a != b)
print({1, 2} == {2, 1}, {1: 2} == {1: 2}, {1: 2} == {1: 3}, (1, 2) == [1, 2])
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2, 3} > {1}, {1, 4} < {1, 2, 3})
print(float("nan") == float("nan"), float("inf") == float("inf"))
nan = float("nan")
lst = [nan]
print(nan in lst, lst == lst, [nan] == [nan], lst[0] == lst[0])
print(10 ** 20 == 10.0 ** 20, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
print(max(3, 1, 2), min("b", "a", "c"), max([1, 2], [1, 3]), min((2, "x"), (1, "y")))
print(sorted([3, 1.5, 2, -1, 0.0, True]))
values = [0, 1, -1, 2.5, 10 ** 20, -(10 ** 20)]
for v in values:
    print(v, v < 0, v == 0, v > 0, -1 < v < 1)
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
print([1] == (1,), "1" == 1, 1 != "1")
