# Errors raised inside except/finally blocks and __exit__ replace the original exception.
def handler_raises():
    try:
        raise ValueError("original")
    except ValueError:
        raise TypeError("from handler")
try:
    handler_raises()
except TypeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise RuntimeError("__exit__ failed")
try:
    with BadExit():
        raise KeyError("body error")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))
try:
    with BadExit():
        pass
except RuntimeError as e:
    print("RuntimeError without body error:", e, e.__context__)
def cleanup_fails():
    try:
        return "result"
    finally:
        [].pop()
try:
    cleanup_fails()
except IndexError as e:
    print("IndexError:", e)
def nested_handlers():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            int("bad")
    except ValueError as e:
        return f"outer handled {type(e).__name__} with context {type(e.__context__).__name__}"
print(nested_handlers())
def recover():
    attempts = []
    for op in (lambda: 1 / 0, lambda: [][0], lambda: "ok"):
        try:
            attempts.append(op())
            break
        except (ZeroDivisionError, IndexError) as e:
            attempts.append(type(e).__name__)
    return attempts
print(recover())
