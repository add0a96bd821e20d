# open(..., encoding=): utf-8, utf-8-sig (byte-order mark written and skipped), latin-1 and ascii,
# with CPython's decode/encode errors; unknown names raise LookupError.
p = "/tmp/_enc.txt"
with open(p, "w", encoding="latin-1") as f:
    print(f.encoding)
    f.write("café naïve\n")
print(open(p, "rb").read())
with open(p, encoding="latin-1") as f:
    print(f.read(4), repr(f.readline()), f.encoding)
try:
    open(p).read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    open(p, encoding="ascii").read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    with open(p, "w", encoding="ascii") as f:
        f.write("ok\n")
        f.write("€")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
with open(p, "w", encoding="utf-8-sig") as f:
    f.write("bom\n")
print(open(p, "rb").read(), repr(open(p, encoding="utf-8-sig").read()), repr(open(p).read()))
try:
    open(p, encoding="klingon")
except LookupError as e:
    print("LookupError:", e)
try:
    open(p, "rb", encoding="utf-8")
except ValueError as e:
    print("ValueError:", e)
print(open(p, encoding="UTF_8").encoding, open(p).encoding)
