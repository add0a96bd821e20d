# One call of every public str method, by name, as a checklist.
calls = [
    ("capitalize", ()), ("casefold", ()), ("center", (21, "~")), ("count", ("o",)), ("encode", ()),
    ("endswith", ("!",)), ("expandtabs", (4,)), ("find", ("World",)), ("format", ()), ("format_map", ({},)),
    ("index", ("o",)), ("isalnum", ()), ("isalpha", ()), ("isascii", ()), ("isdecimal", ()), ("isdigit", ()),
    ("isidentifier", ()), ("islower", ()), ("isnumeric", ()), ("isprintable", ()), ("isspace", ()),
    ("istitle", ()), ("isupper", ()), ("join", (["x", "y"],)), ("ljust", (20, ".")), ("lower", ()),
    ("lstrip", ("Hel",)), ("partition", (", ",)), ("removeprefix", ("Hello",)), ("removesuffix", ("!",)),
    ("replace", ("o", "0")), ("rfind", ("o",)), ("rindex", ("l",)), ("rjust", (20, "_")),
    ("rpartition", ("o",)), ("rsplit", ("o", 1)), ("rstrip", ("!d",)), ("split", (", ",)),
    ("splitlines", ()), ("startswith", ("Hell",)), ("strip", ("H!",)), ("swapcase", ()), ("title", ()),
    ("translate", ({ord("o"): "*"},)), ("upper", ()), ("zfill", (16,)),
]
s = "Hello, World!"
seen = set()
for name, args in calls:
    seen.add(name)
    result = getattr(s, name)(*args)
    print(f"{name:>13}{args!r:>24} -> {result!r}")
public = sorted(n for n in dir(str) if not n.startswith("_"))
print("methods not called:", [n for n in public if n not in seen and n != "maketrans"])
print(str.maketrans("lo", "01") == {108: 48, 111: 49})
