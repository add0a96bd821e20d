# Re-raising: bare raise keeps the exception, raise e re-raises it, raising a new one chains.
def bare():
    try:
        int("x")
    except ValueError:
        print("  logging and re-raising")
        raise
try:
    bare()
except ValueError as e:
    print("caught:", e)
def explicit():
    try:
        {}["k"]
    except KeyError as e:
        e.args = ("rewritten",) + e.args
        raise e
try:
    explicit()
except KeyError as e:
    print("caught:", e.args)
def translate():
    try:
        [].pop()
    except IndexError as e:
        raise RuntimeError(f"translated: {e}")
try:
    translate()
except RuntimeError as e:
    print("caught:", e, "| context:", type(e.__context__).__name__)
def conditional(value):
    try:
        return 10 / value
    except ZeroDivisionError:
        if value == 0:
            return float("inf")
        raise
    except TypeError:
        raise ValueError(f"bad type {type(value).__name__}") from None
print(conditional(4), conditional(0))
try:
    conditional("s")
except ValueError as e:
    print("ValueError:", e, e.__cause__, e.__suppress_context__)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def outer():
    try:
        inner()
    except LookupError:
        print("  outer handled", type(sys_exc()).__name__)
        raise
def inner():
    raise IndexError("deep")
import sys
def sys_exc():
    return sys.exc_info()[1]
try:
    outer()
except IndexError as e:
    print("top level:", repr(e))
print(sys.exc_info())
try:
    raise TypeError("t")
except TypeError:
    print(sys.exc_info()[0].__name__, str(sys.exc_info()[1]))
