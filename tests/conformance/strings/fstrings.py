# f-strings: expressions, conversions, nested specs, self-documenting =, and escaping.
name = "Ada"
age = 36
pi = 3.14159265
items = ["x", "y"]
data = {"k": 42}
print(f"{name} is {age}")
print(f"{name!r} {name!s} {name!a} {'café'!a}")
print(f"{age + 1} {age * 2:5d} {age / 7:.3f} {-age:+d} {age:#x} {age:08b}")
print(f"{pi:.2f} {pi:10.4f}| {pi:<10.1f}| {pi:^10.2f}| {pi:e} {pi:.0f}")
print(f"{items[0]} {items[-1]} {data['k']} {len(items)} {items!r}")
width = 12
prec = 3
print(f"[{pi:{width}.{prec}f}] [{name:>{width}}] [{name:*^{width}}]")
print(f"{name=} {age=} {age * 2 = } {pi=:.2f}")
print(f"{{literal braces}} {{{age}}}")
print(f"{'nested ' + name.upper()}", f"{3 if age > 30 else 4}", f"{[i * i for i in range(4)]}")
print(f"{'a' 'b'}", f"{name}" f"{age}", f"tab\there", f"{chr(65)}{chr(66)}")
val = 1234567.891
print(f"{val:,.2f} {val:_.1f} {val:12,.0f} {val:e} {int(val):,}")
print(f"{0.25:%} {0.25:.1%} {1/3:.2%}")
print(f"{'left':<8}|{'right':>8}|{'mid':^9}|")
print(f"{True} {None} {3.0} {10 ** 20} {-0.0}")
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"P({self.x!r}, {self.y!r})"
    def __format__(self, spec):
        return f"<{self.x}{spec}{self.y}>"
p = P(1, "two")
print(f"{p}", f"{p!r}", f"{p:,}", f"{p!s}", str(p), repr(p))
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("kiwi", 100, 1.75)]
for fruit, qty, price in rows:
    print(f"{fruit:<10}{qty:>5}{price:>8.2f}{qty * price:>10.2f}")
print(f"{'multi'}"
      f"{'line'}")
x = 5
print(f"{x!r:>4}|{x:<4}|{x:^4}|{x:04}|")
print(f"{'%'}", f"{'{'}", f"{'}'}")
