# match with class patterns: __match_args__, keyword attributes, built-in types, nested objects.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center, self.radius = center, radius
class Rect:
    def __init__(self, corner, w, h):
        self.corner, self.w, self.h = corner, w, h
def area(shape):
    match shape:
        case Circle(Point(0, 0), r):
            return f"circle at origin, r={r}"
        case Circle(radius=r) if r <= 0:
            return "degenerate circle"
        case Circle(_, r):
            return f"circle r={r} area={3 * r * r}"
        case Rect(w=w, h=h) if w == h:
            return f"square {w}"
        case Rect(corner=Point(x=x, y=y), w=w, h=h):
            return f"rect at {x},{y} size {w}x{h}"
        case Point(x, y):
            return f"point {x},{y}"
        case _:
            return "unknown"
shapes = [Circle(Point(0, 0), 2), Circle(Point(1, 1), 0), Circle(Point(1, 1), 3),
          Rect(Point(0, 0), 4, 4), Rect(Point(2, 3), 5, 1), Point(7, 8), "nothing"]
for s in shapes:
    print(area(s))
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str() as s if s.isdigit():
            return f"digit string {s}"
        case str(s):
            return f"string {s!r}"
        case list([x, *_]):
            return f"non-empty list starting {x}"
        case list():
            return "empty list"
        case dict(d):
            return f"dict with {len(d)} keys"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case _:
            return f"other {type(v).__name__}"
for v in [True, -4, 10, 2.5, "123", "abc", [9, 8], [], {"a": 1}, (1, 2), (1, 2, 3), None]:
    print(kind(v))
try:
    match Rect(Point(0, 0), 1, 2):
        case Rect(a, b):
            print("matched?")
except TypeError as e:
    print("TypeError:", e)
