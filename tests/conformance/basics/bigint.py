# Arbitrary precision integers: growth, mixed signs, division, conversion.
big = 2 ** 100
print(big)
print(big + 1, big - 1)
print(big * big)
print(big // 3, big % 3)
print(-big // 7, -big % 7)
print(big // -7, big % -7)
print(divmod(big, 12345678901234567890))
print(divmod(-big, 12345678901234567890))
f = 1
for i in range(1, 51):
    f *= i
print("50! =", f)
print("digits:", len(str(f)))
print("trailing zeros:", len(str(f)) - len(str(f).rstrip("0")))
print(f // (2 ** 40), f % (10 ** 9 + 7))
print(3 ** 200 - 2 ** 300)
print(-(3 ** 80))
print(abs(-(7 ** 60)))
print(big == 1267650600228229401496703205376, big > 2 ** 99, big < -big)
print(hex(big), oct(2 ** 70), bin(2 ** 70 + 5))
print(hex(-(2 ** 65)), bin(-5))
print(int("123456789012345678901234567890") * 10)
print(int("-98765432109876543210") + 1)
print(big >> 50, big >> 100, big >> 101, (big + 12345) & 0xFFFF)
print(1 << 80, (1 << 80) | 1, (1 << 80) ^ (1 << 79))
print(-big >> 3, ~big)
print(pow(2, 200, 10 ** 20), pow(7, 123, 2 ** 64))
fib = [0, 1]
while len(fib) < 120:
    fib.append(fib[-1] + fib[-2])
print(fib[100], fib[119])
print(fib[119] // fib[100], fib[119] % fib[100])
print(float(2 ** 60), float(-(3 ** 40)))
print((10 ** 30) / (10 ** 10), 10 ** 20 / 3)
print(bool(big), bool(big - big), big.bit_length(), (-big).bit_length())
