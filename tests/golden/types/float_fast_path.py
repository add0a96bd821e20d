# Float + - * / go through the VM's fast path, which reuses an operand only the stack holds;
# results, constants and shared values must be unaffected. (3.11 prints 5 for the refcount and
# 'float division by zero'; 3.14 prints 3 and 'division by zero'.)
import sys
def f():
    x = 1.5
    y = x + 1.0
    z = y * 2.0
    w = z - x
    print(x, y, z, w, w / 2.0, sys.getrefcount(x))
    a = [0.5, 0.25]
    a[0] += a[1]
    b = a[0]
    b *= 3.0
    print(a, b, 1.0 / 3.0, -0.0 - 0.0, float("inf") - float("inf"))
    try:
        1.0 / 0.0
    except ZeroDivisionError as e:
        print(e)
    t = 0.0
    for i in range(10):
        t += i * 0.5
    print(t)
f()
def constants_stay():
    # A float result may be written into an operand that is about to die; constants and
    # values held elsewhere never are.
    out = []
    for i in range(3):
        y = 1.5 + 0.25
        z = y + 1.0
        out.append((1.5, 0.25, y, z))
    k = 2.0
    m = k * 1.0
    print(out, k, m, m is k)
constants_stay()
