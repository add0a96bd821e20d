# Explicit chaining with raise ... from ...: __cause__, __context__, __suppress_context__.
class ConfigError(Exception):
    pass
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad config value {text!r}") from e
try:
    load("abc")
except ConfigError as e:
    print("ConfigError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__, "suppress:", e.__suppress_context__)
def hide():
    try:
        {}["key"]
    except KeyError:
        raise LookupError("friendly message") from None
try:
    hide()
except LookupError as e:
    print("LookupError:", e, "| cause:", e.__cause__, "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)
def wrap_twice():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise ValueError("level 1") from e
    except ValueError as e:
        raise RuntimeError("level 2") from e
try:
    wrap_twice()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__cause__
    print(" <- ".join(chain))
err = TypeError("standalone")
print(err.__cause__, err.__context__, err.__suppress_context__)
try:
    raise ValueError("with cause object") from KeyError("the cause")
except ValueError as e:
    print(repr(e.__cause__), e.__cause__.__traceback__ is None)
try:
    raise ValueError("bad cause") from 42
except TypeError as e:
    print("TypeError:", e)
e1 = ValueError("x")
e1.__cause__ = IndexError("manual")
print(repr(e1.__cause__), e1.__suppress_context__)
