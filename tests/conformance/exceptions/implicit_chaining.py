# Implicit chaining: an exception raised while handling another records it in __context__.
def handler_fails():
    try:
        [][1]
    except IndexError:
        {}["missing"]
try:
    handler_fails()
except KeyError as e:
    print("KeyError:", e, "| context:", type(e.__context__).__name__, e.__context__)
    print("cause:", e.__cause__, "suppress:", e.__suppress_context__)
def finally_fails():
    try:
        raise ValueError("original")
    finally:
        raise RuntimeError("from finally")
try:
    finally_fails()
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))
def nested_contexts():
    try:
        try:
            raise OSError("first")
        except OSError:
            raise ValueError("second")
    except ValueError:
        raise TypeError("third")
try:
    nested_contexts()
except TypeError as e:
    names = []
    cur = e
    while cur:
        names.append(type(cur).__name__)
        cur = cur.__context__
    print(" -> ".join(names))
def handled_then_new():
    try:
        1 / 0
    except ZeroDivisionError:
        pass
    raise KeyError("after handling")
try:
    handled_then_new()
except KeyError as e:
    print("context after a fully handled exception:", e.__context__)
def reraise_same():
    try:
        raise ValueError("same")
    except ValueError as e:
        raise e
try:
    reraise_same()
except ValueError as e:
    print("re-raised keeps no self-context:", e.__context__)
try:
    try:
        raise KeyError("inner")
    except KeyError as inner:
        try:
            raise IndexError("deeper")
        except IndexError as deeper:
            print("deeper context is inner:", deeper.__context__ is inner)
            raise
except IndexError as e:
    print("outer sees", repr(e), "with context", repr(e.__context__))
