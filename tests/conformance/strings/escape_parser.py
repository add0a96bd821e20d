# Decoding backslash escapes by hand and comparing with Python's own literal decoding.
ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", "'": "'", '"': '"', "0": "\0", "a": "\a", "b": "\b"}
def unescape(s):
    out = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch != "\\":
            out.append(ch)
            i += 1
            continue
        nxt = s[i + 1]
        if nxt == "x":
            out.append(chr(int(s[i + 2:i + 4], 16)))
            i += 4
        elif nxt == "u":
            out.append(chr(int(s[i + 2:i + 6], 16)))
            i += 6
        elif nxt in ESCAPES:
            out.append(ESCAPES[nxt])
            i += 2
        else:
            out.append("\\" + nxt)
            i += 2
    return "".join(out)
cases = [r"plain", r"tab\there", r"line\nbreak", r"\x41\x42C", r"\u00e9t\u00e9", r"quote\'s", r"back\\slash", r"\q"]
for c in cases:
    mine = unescape(c)
    theirs = eval("'" + c + "'") if c != r"\q" else "\\q"
    print(repr(c), repr(mine), mine == theirs)
def escape(s):
    out = []
    for ch in s:
        code = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif code < 32 or code == 127:
            out.append(f"\\x{code:02x}")
        elif code > 126:
            out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)
for s in ["a\tb", "caf\u00e9", "x\\y", "\x01\x7f", "line1\nline2"]:
    e = escape(s)
    print(repr(s), e, unescape(e) == s)
