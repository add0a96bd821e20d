# Floor division and modulo follow the sign of the divisor; check the identity everywhere.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (0, -5), (6, 3), (-6, 3), (1, 7), (-1, 7)]
for a, b in pairs:
    q = a // b
    r = a % b
    assert q * b + r == a
    print(f"{a:>3} // {b:>2} = {q:>3}   {a:>3} % {b:>2} = {r:>3}   divmod={divmod(a, b)}")
print()
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.3), (-1.0, 0.3)]
for a, b in fpairs:
    print(a, b, a // b, round(a % b, 10), divmod(a, b)[0])
print()
print(5 % 3, -5 % 3, 5 % -3, -5 % -3)
print(5.0 % 3, -5.0 % 3, 5.0 % -3, -5.0 % -3)
print(-0.0 % 5, 0.0 % -5)
print(10 ** 20 // 3, -(10 ** 20) // 3, 10 ** 20 % -3)
big = 123456789 ** 5
print(big // -1000, big % -1000, -big // 1000, -big % 1000)
print(7 / 2, -7 / 2, 7 / -2, 1 / 3)
print(int(7 / 2), int(-7 / 2), round(-7 / 2), round(7 / 2))
print(3 // 1.5, 3 % 1.5, -3 // 1.5)
for d in (1, 2, 3, -1, -2, -3):
    print(d, [n % d for n in range(-4, 5)])
