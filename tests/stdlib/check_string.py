# string: constants, capwords, Template (substitute, safe_substitute, errors), Formatter.
import string

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.printable), string.punctuation)
print(string.capwords("  hello   world  from python "), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes ${what}; cost: $$10 $who")
print(t.substitute(who="tim", what="ham"), t.substitute({"who": "ann"}, what="eggs"))
print(t.get_identifiers(), t.is_valid(), t.template)
print(string.Template("$a $b ${c} $").safe_substitute(a=1), string.Template("$$ $a_1b").substitute(a_1b="x"))
for text, mapping in [("$missing", {}), ("bad $ here", {}), ("line1\nline2 $1", {}), ("${oops", {"oops": 1}),
                      ("ab\n$", {})]:
    try:
        string.Template(text).substitute(mapping)
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(string.Template("$x").is_valid(), string.Template("$ x").is_valid(), string.Template("${1}").is_valid())
class Percent(string.Template):
    delimiter = "%"
print(Percent("%name is %% %{age}").substitute(name="Ann", age=7))
f = string.Formatter()
print(f.format("{0}-{1}-{0}", "a", "b"), f.format("{name:>6}|{n:03d}", name="x", n=7), f.format("{}{}", 1, 2))
class Point:
    real = 3
print(f.format("{p.real} {d[k]} {l[1]!r}", p=Point(), d={"k": "v"}, l=["a", "b"]), f.format("{0:{1}}", 3.14159, ".2f"))
print(list(f.parse("a{b!r:>3}c{{d}}")), f.vformat("{x}", (), {"x": 1}))
for bad in ("{0}{}", "{", "}", "{0!x}"):
    try:
        f.format(bad, 1, 2)
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
