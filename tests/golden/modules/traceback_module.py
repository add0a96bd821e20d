# traceback: print_exc/format_exc/format_exception render exactly what an uncaught exception
# shows (CPython 3.13+ markers included: 3.11 has no "~~~^^^" line under a bare call, and
# 3.14 says "division by zero" for ints); extract_tb/extract_stack give FrameSummary entries.
import traceback, sys

def bad(n):
    return 10 // n

try:
    bad(0)
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
    text = traceback.format_exc()
print(text.splitlines()[-1])
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    lines = traceback.format_exception(e)
    print(len(lines) > 3, lines[-1], end="")
    print("".join(traceback.format_exception(e, chain=False)).count("Traceback"))
    print(traceback.format_exception_only(e))
    print(e.__cause__ is not None)
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.filename.endswith("tbm.py"), fs.lineno, fs.name, fs.line)

def where():
    return traceback.extract_stack()[-1]
fs = where()
print(fs.name, fs.lineno, fs.line)
print(traceback.format_exception_only(ValueError("v")))
traceback.print_exception(TypeError("t"), file=sys.stdout)
