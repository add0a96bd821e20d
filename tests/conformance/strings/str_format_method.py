# str.format: positional, numbered, keyword, attribute and item access, nesting, conversions.
print("{} {} {}".format("a", "b", "c"), "{2} {1} {0}".format("a", "b", "c"), "{0}{1}{0}".format("ab", "-"))
print("{name} is {age}".format(name="Bo", age=9), "{0[0]} {0[1]}".format(["x", "y"]))
print("{d[key]} {d[other]}".format(d={"key": 1, "other": 2}), "{0[2]}".format("abc"))
class Pt:
    def __init__(self):
        self.x = 3
        self.y = [10, 20]
print("{p.x} {p.y[1]} {p.y}".format(p=Pt()))
print("{!r} {!s} {!a}".format("q", "q", "ü"), "{0!r:>6}".format("q"))
print("{:{w}.{p}f}".format(3.14159, w=10, p=2), "{:{}{}}".format("x", ">", 5), "{0:{1}}".format(7, "03"))
print("{{}} {{{}}} {{0}}".format("in"), "{}%".format(50))
args = ("one", "two")
kwargs = {"three": 3}
print("{} {} {three}".format(*args, **kwargs))
print("{0.real} {0.imag}".format(5), "{:>{}}".format("pad", 6))
print("{:,} {:_} {:#x} {:08.3f} {:+} {:e}".format(10 ** 6, 10 ** 6, 255, 3.14159, 7, 1234.5))
print("{:^5}|{:<5}|{:>5}".format(1, 2, 3), "{:c}{:c}".format(72, 105))
try:
    "{} {}".format("only one")
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format(present=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
mapping = {"user": "kim", "n": 3}
print("{user} has {n} messages".format_map(mapping))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{user} sent {count} to {target}".format_map(Default(user="lee", count=2)))
template = "{:<8}{:>6}{:>9.2f}"
for item in [("tea", 2, 3.5), ("coffee", 10, 12.25)]:
    print(template.format(*item))
print("{0:=^20}".format(" title "), "{:*<4}{:*>4}".format("L", "R"))
