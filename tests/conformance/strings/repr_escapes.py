# repr of strings: quote selection, escapes for control characters, non-ASCII kept as is.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
           "\x00\x01\x1f\x7f", "bell\a", "\r\n", "café", "日本", "\u200b", "\xa0", "\x80\x9f", "😀"]
for s in samples:
    print(repr(s), len(s), ascii(s))
print(repr("'"), repr('"'), repr("'\""), repr("\\'"))
print(str(["a'b", 'c"d']), str({"k'": "v"}), str(("\n",)))
print(repr(repr("x")), repr(str(1)), eval(repr("tricky \\ ' \" \n")) == "tricky \\ ' \" \n")
for s in samples:
    assert eval(repr(s)) == s
print("all reprs round-trip")
print(repr(b"bytes'"), repr(bytearray(b"\x00a")), repr("\N{GREEK SMALL LETTER ALPHA}"))
def show(s):
    return f"{s!r} has length {len(s)} and ascii form {ascii(s)}"
for s in ["a\tb", "quote's", "\u00e9t\u00e9", "\x7f"]:
    print(show(s))
lines = "first\nsecond\r\nthird"
print(repr(lines), lines.splitlines(), [repr(l) for l in lines.split("\n")])
print(repr(str(repr("x"))), len(repr("\n")), repr("\\n"))
print([repr(c) for c in "\x00\x1b\xa0\u2028 "])
