# Method chaining with methods that return self, and an immutable variant returning new objects.
class Query:
    def __init__(self, table):
        self.table = table
        self.conditions = []
        self.order = None
        self.limit_n = None
        self.fields = ["*"]
    def select(self, *fields):
        self.fields = list(fields)
        return self
    def where(self, cond):
        self.conditions.append(cond)
        return self
    def order_by(self, field, desc=False):
        self.order = f"{field} {'DESC' if desc else 'ASC'}"
        return self
    def limit(self, n):
        self.limit_n = n
        return self
    def build(self):
        sql = f"SELECT {', '.join(self.fields)} FROM {self.table}"
        if self.conditions:
            sql += " WHERE " + " AND ".join(self.conditions)
        if self.order:
            sql += " ORDER BY " + self.order
        if self.limit_n is not None:
            sql += f" LIMIT {self.limit_n}"
        return sql
print(Query("users").build())
print(Query("users").select("id", "name").where("age > 18").where("active").order_by("name").limit(10).build())
print(Query("logs").order_by("ts", desc=True).limit(1).build())
class Path:
    def __init__(self, parts=()):
        self.parts = tuple(parts)
    def __truediv__(self, other):
        return Path(self.parts + tuple(p for p in str(other).split("/") if p))
    def parent(self):
        return Path(self.parts[:-1])
    def with_suffix(self, suffix):
        stem = self.parts[-1].rsplit(".", 1)[0]
        return Path(self.parts[:-1] + (stem + suffix,))
    def __str__(self):
        return "/" + "/".join(self.parts)
    def __repr__(self):
        return f"Path({str(self)!r})"
root = Path()
p = root / "home" / "ann" / "docs/report.txt"
print(p, p.parent(), p.with_suffix(".md"), p.parent().parent() / "music", root, repr(p))
print(p.parts, len(p.parts), str(p).count("/"))
class Counter:
    def __init__(self, n=0):
        self.n = n
    def add(self, k):
        return Counter(self.n + k)
    def __repr__(self):
        return f"Counter({self.n})"
base = Counter()
chain = base.add(1).add(2).add(3)
print(base, chain)
