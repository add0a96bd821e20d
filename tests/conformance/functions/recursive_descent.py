# A recursive-descent JSON parser written with mutually recursive nested functions.
def parse(text):
    pos = 0
    def peek():
        nonlocal pos
        while pos < len(text) and text[pos] in " \t\n\r":
            pos += 1
        return text[pos] if pos < len(text) else ""
    def expect(ch):
        nonlocal pos
        if peek() != ch:
            raise ValueError(f"expected {ch!r} at {pos}, got {peek()!r}")
        pos += 1
    def value():
        nonlocal pos
        ch = peek()
        if ch == "{":
            return dict(sequence("{", "}", pair))
        if ch in '["':
            return sequence("[", "]", value) if ch == "[" else string()
        for lit, val in (("true", True), ("false", False), ("null", None)):
            if text.startswith(lit, pos):
                pos += len(lit)
                return val
        return number()
    def pair():
        k = string()
        expect(":")
        return k, value()
    def sequence(open_ch, close_ch, item):
        expect(open_ch)
        out = []
        if peek() == close_ch:
            expect(close_ch)
            return out
        while True:
            out.append(item())
            if peek() != ",":
                expect(close_ch)
                return out
            expect(",")
    def string():
        nonlocal pos
        expect('"')
        buf = []
        while text[pos] != '"':
            if text[pos] == "\\":
                pos += 1
                buf.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\"}[text[pos]])
            else:
                buf.append(text[pos])
            pos += 1
        pos += 1
        return "".join(buf)
    def number():
        nonlocal pos
        start = pos
        while pos < len(text) and text[pos] in "+-0123456789.eE":
            pos += 1
        s = text[start:pos]
        if not s:
            raise ValueError(f"unexpected {peek()!r} at {pos}")
        return float(s) if any(c in s for c in ".eE") else int(s)
    result = value()
    if peek():
        raise ValueError(f"trailing data at {pos}")
    return result
import json
samples = ['{"a": 1, "b": [true, false, null], "c": {"d": "e\\n"}}', "[1, -2.5, 3e2, []]", '"plain"', "  42 ",
           '{"nested": [[[{"x": [1, {"y": {}}]}]]]}', "{}"]
for s in samples:
    mine = parse(s)
    print(mine, mine == json.loads(s))
for bad in ['{"a" 1}', "[1, 2", "tru", '{"a": 1} x']:
    try:
        parse(bad)
    except (ValueError, IndexError, KeyError) as e:
        print("error:", type(e).__name__, e)
