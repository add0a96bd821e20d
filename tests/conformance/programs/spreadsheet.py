# A tiny spreadsheet: cells with formulas, dependency tracking, recalculation and cycle detection.
import re
class Sheet:
    REF = re.compile(r"\b([A-Z])(\d+)\b")
    def __init__(self):
        self.raw, self.cache = {}, {}
    def set(self, cell, value):
        self.raw[cell] = value
        self.cache.clear()
    @staticmethod
    def expand(a, b, c, d):
        return [f"{chr(col)}{row}" for col in range(ord(a), ord(c) + 1) for row in range(int(b), int(d) + 1)]
    def deps(self, cell):
        v = self.raw.get(cell, "")
        if not (isinstance(v, str) and v.startswith("=")):
            return set()
        refs = {c for rng in re.findall(r"([A-Z])(\d+):([A-Z])(\d+)", v) for c in self.expand(*rng)}
        refs.update("".join(m) for m in self.REF.findall(re.sub(r"[A-Z]\d+:[A-Z]\d+", "", v)))
        return refs
    def value(self, cell, visiting=()):
        if cell in visiting:
            raise RecursionError(f"cycle through {' -> '.join(visiting + (cell,))}")
        if cell in self.cache:
            return self.cache[cell]
        v = self.raw.get(cell, 0)
        if isinstance(v, str) and v.startswith("="):
            expr = v[1:]
            def rng(m):
                cells = self.expand(*re.match(r"([A-Z])(\d+):([A-Z])(\d+)", m.group()).groups())
                return "[" + ",".join(str(self.value(c, visiting + (cell,))) for c in cells) + "]"
            expr = re.sub(r"[A-Z]\d+:[A-Z]\d+", rng, expr)
            expr = self.REF.sub(lambda m: str(self.value(m.group(), visiting + (cell,))), expr)
            v = eval(expr, {"SUM": sum, "MAX": max, "MIN": min, "AVG": lambda xs: sum(xs) / len(xs)})
        self.cache[cell] = v
        return v
    def show(self, cols="ABCD", rows=range(1, 6)):
        print("    " + "".join(f"{c:>10}" for c in cols))
        for r in rows:
            cells = [self.value(f"{c}{r}") if f"{c}{r}" in self.raw else "" for c in cols]
            print(f"{r:3} " + "".join(f"{x:>10.2f}" if isinstance(x, float) else f"{x!s:>10}" for x in cells))
s = Sheet()
for cell, v in {"A1": 10, "A2": 20, "A3": 30, "A4": "=SUM(A1:A3)", "B1": "=A1*2", "B2": "=B1+A2",
                "B3": "=AVG(A1:A3)", "C1": "=MAX(A1:B2)", "C2": "=MIN(A1:A3) + B3", "D1": "=C1-A4", "D2": "=A4/3"}.items():
    s.set(cell, v)
s.show()
print("deps of C1:", sorted(s.deps("C1")), "deps of D1:", sorted(s.deps("D1")))
s.set("A1", 100)
s.show(rows=range(1, 3))
s.set("A1", "=D1")
try:
    s.value("D1")
except RecursionError as e:
    print("RecursionError:", e)
