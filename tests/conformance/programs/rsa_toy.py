# Textbook RSA with big integers: primality testing, key generation, modular inverse, sign/verify.
import random
def is_probable_prime(n, rounds=20, rng=random.Random(99)):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(rounds):
        a = rng.randrange(2, n - 1)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True
def next_prime(n):
    n |= 1
    while not is_probable_prime(n):
        n += 2
    return n
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError("not invertible")
    return x % m
print([n for n in range(2, 60) if is_probable_prime(n)])
print(is_probable_prime(2 ** 61 - 1), is_probable_prime(2 ** 61 + 1), is_probable_prime(561))
p = next_prime(10 ** 30 + 12345)
q = next_prime(3 * 10 ** 29 + 777)
n, phi, e = p * q, (p - 1) * (q - 1), 65537
d = modinv(e, phi)
print("p =", p)
print("q =", q)
print("n bits:", n.bit_length(), "d*e mod phi:", d * e % phi, pow(e, -1, phi) == d)
message = "attack at dawn"
m = int.from_bytes(message.encode(), "big")
c = pow(m, e, n)
back = pow(c, d, n)
print("cipher:", c)
print("decrypted:", back.to_bytes((back.bit_length() + 7) // 8, "big").decode())
sig = pow(12345678901234567890, d, n)
print("signature verifies:", pow(sig, e, n) == 12345678901234567890, pow(sig, e, n) == 12345678901234567891)
dp, dq, qinv = d % (p - 1), d % (q - 1), modinv(q, p)
m1, m2 = pow(c, dp, p), pow(c, dq, q)
crt = m2 + q * ((qinv * (m1 - m2)) % p)
print("CRT decrypt matches:", crt == m)
try:
    modinv(6, 9)
except ValueError as err:
    print("ValueError:", err)
