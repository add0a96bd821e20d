# The format() builtin and __format__/__str__/__repr__ on user classes.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __repr__(self):
        return f"Money({self.cents})"
    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "raw":
            return str(self.cents)
        return format(str(self), spec)
m = Money(12345)
print(m, repr(m), format(m), format(m, "raw"), format(m, ">12"), f"[{m:*^14}]", f"{m!r:>12}")
print("{} {:raw} {!r}".format(m, m, m), "%s %r" % (m, m), str([m]), [str(m)])
class Temperature:
    def __init__(self, celsius):
        self.c = celsius
    def __format__(self, spec):
        unit = spec[-1] if spec and spec[-1] in "CFK" else "C"
        num_spec = spec[:-1] if spec and spec[-1] in "CFK" else spec
        value = {"C": self.c, "F": self.c * 9 / 5 + 32, "K": self.c + 273.15}[unit]
        return format(value, num_spec or ".1f") + unit
t = Temperature(21.5)
print(f"{t}", f"{t:F}", f"{t:.3K}", f"{t:8.2C}", format(t, ".0F"))
class NoFormat:
    pass
try:
    format(NoFormat(), "x")
except TypeError as e:
    print("TypeError:", e)
nf = NoFormat()
print(format(nf, "") == str(nf), format(nf) == repr(nf))
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}", format(OnlyRepr(), ""), "%s" % OnlyRepr())
class OnlyStr:
    def __str__(self):
        return "only-str"
o = OnlyStr()
print(o, f"{o}", [str(o)], repr(o).startswith("<__main__.OnlyStr object at"))
class Vec:
    def __init__(self, *c):
        self.c = c
    def __format__(self, spec):
        return "(" + ", ".join(format(x, spec) for x in self.c) + ")"
print(f"{Vec(1, 2.5, -3):.2f}", f"{Vec(10, 200):>5}", format(Vec(1, 2)))
