# The built-in exception hierarchy: base classes, what catches what, and __mro__ chains.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
    (IndexError, LookupError), (ModuleNotFoundError, ImportError), (UnboundLocalError, NameError),
    (FileNotFoundError, OSError), (NotImplementedError, RuntimeError), (RecursionError, RuntimeError),
    (StopIteration, Exception), (GeneratorExit, Exception), (KeyboardInterrupt, Exception),
    (SystemExit, BaseException), (Exception, BaseException), (ValueError, Exception),
    (UnicodeDecodeError, ValueError), (TypeError, ValueError), (AssertionError, Exception),
    (IndentationError, SyntaxError), (TabError, IndentationError), (bool, int),
]
for child, parent in pairs:
    print(f"{child.__name__:>20} < {parent.__name__:<16} {issubclass(child, parent)}")
for exc in (KeyError, UnicodeDecodeError, ModuleNotFoundError, RecursionError, StopAsyncIteration):
    print(exc.__name__, [c.__name__ for c in exc.__mro__])
def catch(exc, *handlers):
    try:
        raise exc
    except handlers as e:
        return f"{type(e).__name__} caught by {[h.__name__ for h in handlers]}"
    except BaseException as e:
        return f"{type(e).__name__} escaped to BaseException"
print(catch(KeyError("k"), LookupError))
print(catch(IndexError, KeyError, ValueError))
print(catch(ZeroDivisionError, ArithmeticError))
print(catch(SystemExit(2), Exception))
print(catch(KeyboardInterrupt, Exception))
print(catch(FileNotFoundError("x"), OSError))
print(isinstance(KeyError(), LookupError), isinstance(StopIteration(), Exception), BaseException.__bases__)
