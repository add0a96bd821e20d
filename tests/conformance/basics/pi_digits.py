# Digits of pi and e by integer-only big arithmetic (Machin's formula), checking big int speed.
def arctan_inv(x, unity):
    total = term = unity // x
    x2 = x * x
    n = 3
    sign = -1
    while term:
        term //= x2
        total += sign * (term // n)
        sign = -sign
        n += 2
    return total
def pi_digits(digits):
    unity = 10 ** (digits + 10)
    pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
    return pi // 10 ** 10
p = str(pi_digits(300))
print(p[0] + "." + p[1:61])
for i in range(1, 301, 60):
    print(p[i:i + 60])
counts = {}
for ch in p:
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
def e_digits(digits):
    unity = 10 ** (digits + 10)
    total = 0
    term = unity
    k = 0
    while term:
        total += term
        k += 1
        term //= k
    return total // 10 ** 10
e = str(e_digits(200))
print(e[0] + "." + e[1:101])
print(e[101:201])
print(sum(int(c) for c in p), sum(int(c) for c in e))
