# The first matching except clause wins; tuples of types; base classes catch subclasses.
def classify(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError clause"
    except LookupError:
        return "LookupError clause"
    except (TypeError, ValueError) as e:
        return f"tuple clause got {type(e).__name__}"
    except ArithmeticError:
        return "ArithmeticError clause"
    except Exception as e:
        return f"generic clause got {type(e).__name__}"
for exc in [KeyError("k"), IndexError(0), TypeError(), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"),
            ZeroDivisionError(), OverflowError(), RuntimeError(), StopIteration()]:
    print(type(exc).__name__, "->", classify(exc))
handlers = (ValueError, KeyError)
try:
    {}["missing"]
except handlers as e:
    print("dynamic tuple caught", repr(e))
try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("wrong handler")
except ValueError as e:
    print("propagated to outer handler:", e)
def bare_except():
    try:
        raise SystemExit(5)
    except:
        return "bare except catches even SystemExit"
print(bare_except())
def catch_base():
    try:
        raise KeyboardInterrupt
    except Exception:
        return "Exception"
    except BaseException as e:
        return f"BaseException caught {type(e).__name__}"
print(catch_base())
try:
    try:
        raise KeyError("x")
    except 42:
        pass
except TypeError as e:
    print("TypeError:", e)
