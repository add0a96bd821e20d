# Reversing and rotating lists in place with different algorithms.
def reverse_in_place(a, lo=0, hi=None):
    hi = len(a) - 1 if hi is None else hi
    while lo < hi:
        a[lo], a[hi] = a[hi], a[lo]
        lo += 1
        hi -= 1
def rotate_left(a, k):
    n = len(a)
    if n == 0:
        return
    k %= n
    reverse_in_place(a, 0, k - 1)
    reverse_in_place(a, k, n - 1)
    reverse_in_place(a)
for k in [0, 1, 3, 7, 10, -2, 23]:
    a = list(range(10))
    rotate_left(a, k)
    b = list(range(10))
    kk = k % 10
    print(k, a, a == b[kk:] + b[:kk])
x = list("abcdef")
x.reverse()
print(x, x[::-1], list(reversed(x)))
y = [1, 2, 3, 4, 5]
y[1:4] = y[3:0:-1]
print(y)
def reverse_words_in_place(chars):
    reverse_in_place(chars)
    start = 0
    for i in range(len(chars) + 1):
        if i == len(chars) or chars[i] == " ":
            reverse_in_place(chars, start, i - 1)
            start = i + 1
    return "".join(chars)
print(reverse_words_in_place(list("the sky is blue")))
def cyclic_shift_gcd(a, k):
    import math
    n = len(a)
    k %= n
    for start in range(math.gcd(n, k)):
        tmp = a[start]
        i = start
        while True:
            j = (i + k) % n
            if j == start:
                break
            a[i] = a[j]
            i = j
        a[i] = tmp
    return a
print(cyclic_shift_gcd(list(range(12)), 4), cyclic_shift_gcd(list("abcde"), 2))
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
n = len(m)
for i in range(n):
    for j in range(i + 1, n):
        m[i][j], m[j][i] = m[j][i], m[i][j]
for row in m:
    row.reverse()
print(m)
