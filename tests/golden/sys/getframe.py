# sys._getframe: the calling frame, its caller through f_back, and the line each is on.
# (Vivarium's frame objects are snapshots: a frame's f_lineno is the line it was taken on, which
# for callers is the line of the call, as in CPython.)
import sys

def inner():
    f = sys._getframe(); here = f.f_lineno
    return [here] + [(g.f_code.co_name, g.f_lineno) for g in (f, f.f_back, f.f_back.f_back)][1:]

def outer():
    return inner()

print(outer())
print(sys._getframe(1).f_code.co_name if False else sys._getframe().f_code.co_name)
print(sys._getframe().f_back)
print(sys._getframe().f_globals is globals())
try:
    sys._getframe(50)
except ValueError as e:
    print("ValueError:", e)
