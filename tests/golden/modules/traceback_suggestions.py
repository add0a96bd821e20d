# The "Did you mean" hints CPython 3.12+ adds to NameError and AttributeError reports (3.11 shows
# them only for uncaught exceptions, so python3.11 prints these lines without the hints).
import sys
class A:
    def method(self): pass
    def _private(self): pass
def f():
    counter = 1
    try:
        print(countr)
    except NameError as e:
        import traceback
        print(traceback.format_exception_only(e)[-1], end="")
f()
for src in ["lenn([1])", "A().methd()", "A()._privat()", "math.pi", "A().xyz", "Print(1)", "numpy.x", "sys.argvv"]:
    try:
        exec(src)
    except (NameError, AttributeError) as e:
        import traceback
        print(traceback.format_exception_only(e)[-1], end="")
