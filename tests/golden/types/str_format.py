def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class P:
    x = 5
    def __format__(self, spec): return "P<" + spec + ">"
    def __repr__(self): return "Prepr"
    def __str__(self): return "Pstr"
t("{:{}}".format, "a", 5)
t("{0:{1}}|{0:>{w}}".format, "ab", 6, w=4)
t("{:{}{}}".format, 3.14159, ">", 10)
t("{!r:>10}|{!s:^8}|{!a}".format, "é", P(), "é")
t("{0[0]}{0[1]}{1[key]}{1[0]}".format, "ab", {"key": 1, 0: 2})
t("{a.x} {a!r} {a:spec}".format, a=P())
t("{:%} {:.1%} {:,} {:_b} {:#x}".format, 0.25, 1/3, 10**7, 255, 255)
t("{{}} {{{}}}".format, 1)
t("{".format)
t("}".format)
t("{0}{}".format, 1, 2)
t("{}{0}".format, 1, 2)
t("{2}".format, 1)
t("{x}".format)
t("{0.nope}".format, 1)
t("{0[5]}".format, [1])
t("{0!x}".format, 1)
t("{0!}".format, 1)
t("{0!rr}".format, 1)
t("{0:{1:{2}}}".format, 1, 2, 3)
t("{:{:{}}}".format, 1, 2, 3)
t("{0:}".format, 5)
t("{0[}".format, 5)
t("{0]}".format, 5)
t("{0.}".format, 5)
t("{0[]}".format, 5)
t("{0[a]b}".format, {"a": 1})
t("{ 0}".format, 5)
t("{0 }".format, 5)
t("{-1}".format, 5)
t("{:d}".format, "x")
t("{:s}".format, 5)
t("{:>5}".format, None)
t("{:5}".format, [1])
t("{}".format, P())
t(format, P(), "abc")
t(format, 5, "")
t(format, [1], "x")
t("{:^}".format, "x")
t("{x}{y}".format_map, {"x": 1, "y": 2})
class M(dict):
    def __missing__(self, k): return "<" + k + ">"
t("{x}{y}".format_map, M(x=1))
t("%(x)s %(y)s" .__mod__, M(x=1))
t(f"{3.14159:.{2}f}|{'x'!r:>5}|{10:#06x}|{-0.0:z.1f}")
x = 12345.678
t(f"{x:,.2f} {x:_.0f} {x:e} {x:10.3g} {x:<12} {int(x):+,d}")
t(f"{'abc':*^11}|{42:=+8}|{42:08.3f}")
