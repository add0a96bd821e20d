# warnings: message format, stacklevel, once-per-location, filters, catch_warnings, errors.
import sys
import warnings

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
    def text(self):
        return "".join(self.parts)

def emit(*args, **kwargs):
    warnings.warn(*args, **kwargs)

saved_stderr = sys.stderr
sys.stderr = Capture()
try:
    for i in range(3):
        warnings.warn("loop warning")              # shown once: same line each time
    warnings.warn("second", RuntimeWarning)
    emit("from helper", stacklevel=2)              # reported at this line
    emit("deprecated here", DeprecationWarning, stacklevel=2)   # shown: default in __main__
    warnings.warn(UserWarning("instance message"))
    text = sys.stderr.text()
finally:
    sys.stderr = saved_stderr
for line in text.splitlines():
    print(line.replace(__file__, "<check>"))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    for i in range(2):
        warnings.warn("recorded", SyntaxWarning)
    warnings.warn("ignored category", ImportWarning)
print(len(log), [str(w.message) for w in log], [w.category.__name__ for w in log], log[0].lineno > 0)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", FutureWarning)
    except FutureWarning as e:
        print("raised:", type(e).__name__, e)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    warnings.filterwarnings("always", message="keep.*", category=UserWarning)
    warnings.warn("keep me")
    warnings.warn("drop me")
    warnings.warn("KEEP case-insensitive")
print([str(w.message) for w in log])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("only once")
    warnings.warn("only once")
print(len(log))
try:
    warnings.warn("x", category=int)
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.simplefilter("sometimes")
except ValueError as e:
    print("ValueError:", e)
print(warnings.formatwarning("msg", UserWarning, "file.py", 12, "  source line  "), end="")
print(warnings.formatwarning("msg", DeprecationWarning, "nofile.py", 3), end="")
print([f[0] for f in warnings.filters][:5], warnings.filters[0][3])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn_explicit("explicit", UserWarning, "somewhere.py", 42)
print(log[0].filename, log[0].lineno, str(log[0].message))
