# str.encode / bytes.decode with utf-8, latin-1, ascii and error handlers.
texts = ["hello", "café", "naïve résumé", "日本語", "emoji 😀", ""]
for t in texts:
    u8 = t.encode("utf-8")
    print(repr(t), len(t), len(u8), u8, u8.decode("utf-8") == t)
print("café".encode("latin-1"), b"caf\xe9".decode("latin-1"), "abc".encode("ascii"))
print("café".encode("ascii", errors="replace"), "café".encode("ascii", "ignore"), "café".encode("ascii", "xmlcharrefreplace"))
print("café".encode("ascii", "backslashreplace"), b"caf\xc3".decode("utf-8", "replace"), b"ab\xffcd".decode("utf-8", "ignore"))
try:
    "café".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e.reason, e.start, e.end)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason, e.start)
print(str(b"bytes", "utf-8"), str(b"caf\xc3\xa9", encoding="utf-8"), bytes("x", "utf-8"))
print("ü".encode(), "\u20ac".encode("utf-8").hex(), bytes.fromhex("e282ac").decode())
print([hex(b) for b in "é€😀".encode("utf-8")])
s = "mixed ascii and ünïcödé"
print(sum(1 for ch in s if ord(ch) > 127), s.isascii(), "plain".isascii(), len(s.encode()))
print(b"%s" % "text".encode(), "round trip".encode("utf-8").decode("ascii"))
