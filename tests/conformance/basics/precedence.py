# Operator precedence and associativity across arithmetic, bitwise, comparison and boolean ops.
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -3 ** 2, (-3) ** 2)
print(10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 2 ** 2 ** 3)
print(1 + 2 << 3, 1 + (2 << 3), 6 & 3 | 8, 6 & (3 | 8), 1 | 2 ^ 3 & 4)
print(5 > 3 and 2 > 1, not 5 > 3, not 0 or 1, not (0 or 1), 1 or 0 and 0, (1 or 0) and 0)
print(3 + 4 == 7, 3 & 1 == 1, (3 & 1) == 1, 1 < 2 == 2)
print(-2 ** -1, ~2 ** 2, ~(2 ** 2), -(-2))
print(10 % 3 * 2, 10 * 3 % 7, 2 * 3 // 4, 17 // 5 * 5 + 17 % 5)
print("a" + "b" * 3, ("a" + "b") * 3, "ab" * 2 + "c")
print(1 if True else 2 + 10, (1 if False else 2) + 10)
print([1, 2] + [3] * 2, 3 in [1, 2, 3] == True, (3 in [1, 2, 3]) == True)
x = 2
print(not 1 in [1], not (1 in [1]), 1 not in [2], x is not None)
f = lambda x: x + 1 if x > 0 else x - 1
print(f(5), f(-5))
x = 5
print(x > 3 or x / 0, x < 3 and x / 0)
print(2 * -3, 2 ** -2, 4 - -4, +-+3)
print(0.1 + 0.2 * 10, (0.1 + 0.2) * 10)
values = [3, 1, 2]
print(values[0] + values[1] * values[2], values[-1] ** values[0])
print(7 // 2 ** 2, (7 // 2) ** 2, -7 // 2 ** 1, 2 ** 3 % 3)
print(1 < 2 < 3 != 4, 1 == 1 in [True], (1 == 1) in [True])
print(True + True * 3, (True + True) * 3, True << 4)
print(3 - 2 + 1, 3 - (2 + 1), 64 >> 2 >> 1, 64 >> (2 >> 1))
