# Imaginary literals: 2j, 1.5J, 1e3j, with underscores; constants in co_consts; complex arithmetic.
# (3.11's co_consts starts with None for a function without a docstring; 3.14's does not.)
z = 1 + 2j
print(z, 1j, 2.5J, 1e3j, 0j, -1j, 3 - 4j, (1+2j) * (3-1j), abs(3+4j), z.real, z.imag, z.conjugate())
print(type(1j), 1j * 1j, 10_0j, 1_0.5j, repr(-0j), complex("1+2j") == 1+2j)
def f():
    return 2j
print(f(), f.__code__.co_consts, f() is f())
try:
    eval("1jj")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
