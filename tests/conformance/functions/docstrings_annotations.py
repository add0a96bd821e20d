# Docstrings and annotations are stored on functions and classes and never enforced.
def area(radius: float, precision: int = 2) -> float:
    """Return the area of a circle.

    The result is rounded to `precision` digits.
    """
    return round(3.141592653589793 * radius * radius, precision)
print(area(2), area("not checked" and 1.5), area.__annotations__)
print(area.__doc__.splitlines()[0])
def no_doc(x):
    return x
print(no_doc.__doc__, no_doc.__annotations__)
class Point:
    "A 2D point."
    x: int
    y: int = 0
    def norm(self) -> float:
        "Euclidean length."
        return (self.x ** 2 + self.y ** 2) ** 0.5
print(Point.__doc__, Point.__annotations__, Point.norm.__doc__, Point.norm.__annotations__)
print(hasattr(Point, "y"), hasattr(Point, "x"), Point.y)
def weird(a: "a string annotation", b: 1 + 1, *args: int, **kw: str) -> None:
    pass
print(weird.__annotations__)
counts: dict = {}
total: int
counts["seen"] = 1
print(counts, "total" in globals())
def returns_none() -> None:
    return "actually a string"
print(returns_none())
