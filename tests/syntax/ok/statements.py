# Every statement form Vivarium parses.
x = 1
a = b = c = x
a, *b = range(3)
[a, (b, *c)] = f()
x.attr, y[0] = 1, 2
x += 1; x -= 1; x *= 2; x @= m; x /= 2; x %= 3
x &= 1; x |= 2; x ^= 3; x <<= 1; x >>= 1; x **= 2; x //= 2
count: int
total: float = 0.0
(paren): int = 1
obj.field: str = "s"
items[0]: list = []
del x, y[0], z.attr
del (a, b), [c]
pass
assert x, "message"
assert y
raise
raise ValueError
raise ValueError("x") from err
import os
import os.path as osp, sys
from . import sibling
from .. import parent as p
from ...pkg.mod import (a as b, c,)
from mod import *
global g1, g2

def outer():
    nonlocal_target = 1
    def inner():
        nonlocal nonlocal_target
        return
    return inner

if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    y = 2

while x > 0:
    x -= 1
    if x == 5: break
    else: continue
else:
    done = True

for i in range(10):
    pass
for k, v in d.items():
    pass
for (a, b), *rest in pairs:
    pass
else:
    pass
for x in *a, *b:
    pass

try:
    risky()
except ValueError:
    pass
except (TypeError, KeyError) as e:
    handle(e)
except:
    raise
else:
    ok()
finally:
    cleanup()

try:
    pass
finally:
    pass

with open(f) as fh:
    pass
with a as b, c as (d, e), f:
    pass
with (a as b, c as d,):
    pass
with (a, b):
    pass
with (a, b) as t:
    pass
with (yield_value) as v:
    pass

@decorator
@decorator.attr(1, k=2)
@(lambda f: f)
@x[0].y
def func(a, b: int = 1, /, c=2, *args: str, d, e: float = 3.0, **kwargs) -> None:
    """Docstring."""
    return a

def no_args(): pass
def star_only(*, a, b=1): pass
def posonly(a, /): pass
def kwargs_only(**kw): pass
def defaults(a, b=1, *c, d=2, e, **f): return a, *c

class Empty: pass
class Child(Base): pass
class Meta(Base1, Base2, metaclass=M, **kw):
    attr = 1
    def method(self): ...
@dataclass
class Point:
    x: int
    y: int = 0

if x: a = 1; b = 2
while x: x -= 1
for i in x: print(i); continue
