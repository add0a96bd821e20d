# ArithmeticError family: ZeroDivisionError and OverflowError in integer and float arithmetic.
def show(label, fn):
    try:
        print(f"{label:22} -> {fn()!r}")
    except ArithmeticError as e:
        print(f"{label:22} {type(e).__name__}")
for label, fn in [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("divmod(5, 0)", lambda: divmod(5, 0)),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
    ("5 % 0.0", lambda: 5 % 0.0),
    ("0 ** -1", lambda: 0 ** -1),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("2.0 ** 5000", lambda: 2.0 ** 5000),
    ("float(10 ** 400)", lambda: float(10 ** 400)),
    ("10 ** 400 / 1", lambda: 10 ** 400 / 1),
    ("int(1e308) // 10**300", lambda: int(1e308) // 10 ** 300),
    ("1e308 * 10", lambda: 1e308 * 10),
    ("round(1e308, -400)", lambda: round(1e308, -400)),
]:
    show(label, fn)
try:
    1 / 0
except ZeroDivisionError as e:
    print("int true division message:", e)
try:
    x = 0
    print(10 / x)
except ArithmeticError as e:
    print("caught as ArithmeticError:", type(e).__name__, isinstance(e, ZeroDivisionError))
def safe_div(a, b, default=None):
    try:
        return a / b
    except ZeroDivisionError:
        return default
print(safe_div(1, 2), safe_div(1, 0), safe_div(1, 0, float("inf")), safe_div(0.0, 0, "nan?"))
