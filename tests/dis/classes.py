class Point(Base, metaclass=Meta):
    """A point."""
    dims: int = 2
    def __init__(self, x, y):
        super().__init__()
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y:>{4}})"
    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
