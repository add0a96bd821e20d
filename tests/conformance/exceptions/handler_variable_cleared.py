# The name bound by `except ... as e` is deleted at the end of the handler.
e = "outer value"
try:
    raise ValueError("inner")
except ValueError as e:
    print("inside handler:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
saved = None
try:
    raise KeyError("keep me")
except KeyError as exc:
    saved = exc
print("saved survives:", repr(saved))
def in_function():
    try:
        1 / 0
    except ZeroDivisionError as problem:
        pass
    try:
        return problem
    except UnboundLocalError as err:
        return f"UnboundLocalError: {err}"
print(in_function())
for i in range(2):
    try:
        raise IndexError(i)
    except IndexError as loop_err:
        last = loop_err
print(repr(last), "loop_err" in dir())
x = 0
try:
    x = 1
except Exception as x_err:
    pass
print(x, "x_err" in dir())
