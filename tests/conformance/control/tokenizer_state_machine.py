# A character-level state machine that tokenizes a small language with while loops.
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
            continue
        if ch == "#":
            while i < len(src) and src[i] != "\n":
                i += 1
            continue
        if ch.isdigit():
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            text = src[start:i]
            tokens.append(("NUM", float(text) if "." in text else int(text)))
            continue
        if ch.isalpha() or ch == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            word = src[start:i]
            tokens.append(("KW" if word in ("if", "else", "while", "print") else "ID", word))
            continue
        if ch == '"':
            i += 1
            buf = []
            while src[i] != '"':
                if src[i] == "\\":
                    i += 1
                    buf.append({"n": "\n", "t": "\t"}.get(src[i], src[i]))
                else:
                    buf.append(src[i])
                i += 1
            i += 1
            tokens.append(("STR", "".join(buf)))
            continue
        two = src[i:i + 2]
        if two in ("==", "!=", "<=", ">=", "&&", "||"):
            tokens.append(("OP", two))
            i += 2
            continue
        if ch in "+-*/<>=(){};!":
            tokens.append(("OP", ch))
            i += 1
            continue
        raise SyntaxError(f"unexpected {ch!r} at {i}")
    return tokens
source = '''
# compute something
x = 42;
y_2 = 3.5 * (x - 7) / 2;
if (x >= 40 && y_2 != 0) { print "big\\tvalue\\n"; } else { print "small"; }
while (x > 0) { x = x - 10; }
'''
toks = tokenize(source)
for t in toks:
    print(t)
print(len(toks), sum(1 for k, _ in toks if k == "OP"), [v for k, v in toks if k == "ID"])
try:
    tokenize("a = @")
except SyntaxError as e:
    print("SyntaxError:", e)
