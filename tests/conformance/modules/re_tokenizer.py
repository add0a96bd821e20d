# A regex-driven tokenizer using a master pattern of named alternatives and finditer.
import re
TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d+)?"),
    ("OP", r"==|<=|>=|[+\-*/()<>]"),
    ("ASSIGN", r"="),
    ("END", r";"),
    ("ID", r"[A-Za-z_]\w*"),
    ("STRING", r'"(?:\\.|[^"\\])*"'),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{name}>{pat})" for name, pat in TOKEN_SPEC))
KEYWORDS = {"if", "then", "else", "end", "print"}
def tokenize(code):
    line = 1
    line_start = 0
    for m in MASTER.finditer(code):
        kind = m.lastgroup
        value = m.group()
        col = m.start() - line_start
        if kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        elif kind == "ID" and value in KEYWORDS:
            kind = value.upper()
        elif kind == "NEWLINE":
            line_start = m.end()
            line += 1
            continue
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            raise RuntimeError(f"{value!r} unexpected on line {line}")
        yield kind, value, line, col
src = '''total = 0;
if total == 0 then print "zero \\"quoted\\"";
rate = 2.5 * (total + 10) / 3;
end'''
for tok in tokenize(src):
    print(tok)
try:
    list(tokenize("x = 1 @ 2"))
except RuntimeError as e:
    print("RuntimeError:", e)
