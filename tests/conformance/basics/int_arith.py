# Integer arithmetic: the four operations, precedence, unary ops, augmented assignment.
a = 17
b = 5
print(a + b, a - b, a * b, a / b)
print(a // b, a % b, -a // b, -a % b)
print(a // -b, a % -b, -a // -b, -a % -b)
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2)
print(2 ** -1, 10 ** -2)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * (3 - 4) / 2)
print(7 - 3 - 2, 2 ** 3 ** 2, 100 // 7 // 2)
print(+a, -a, ~a, ~-a, - -a)
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 4
print(x)
x //= 5
print(x)
x %= 7
print(x)
x **= 3
print(x)
x /= 2
print(x)
n = 1
for i in range(1, 21):
    n *= i
print("20! =", n)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(abs(-42), abs(0), abs(42))
print(pow(3, 4), pow(3, 4, 5), pow(-3, 3), pow(2, 100, 1000007))
print(int(3.99), int(-3.99), int("  42  "), int("-0"), int("+17"))
print(int("ff", 16), int("0xff", 16), int("777", 8), int("0o777", 0), int("1010", 2), int("z", 36))
print(int("1_000_000"), 1_000_000 + 1, 0x_ff, 0b1111_0000, 0o17)
