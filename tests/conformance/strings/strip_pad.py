# strip family, padding (center/ljust/rjust/zfill), expandtabs, removeprefix/removesuffix.
s = "   padded text \t\n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("abcHIcba".strip("abc")), repr("www.example.com".lstrip("w.")))
print(repr("mississippi".rstrip("ips")), repr("".strip()), repr("   ".strip()), repr("a".strip("a")))
for w in [0, 3, 10, 11]:
    print(repr("hello".center(w)), repr("hello".ljust(w, ".")), repr("hello".rjust(w, "*")), repr("hi".center(w, "-")))
print("abc".center(6), "|" + "abc".center(6, "=") + "|", "|" + "ab".center(5) + "|", "|" + "ab".center(6) + "|")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "12345".zfill(3), "".zfill(2), "-".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tb\tc".expandtabs(4)), repr("12345\t6".expandtabs(4)), repr("x\ty".expandtabs(0)))
print(repr("col1\tcol2\nlonger_col\tx".expandtabs(8)))
print("prefix_name".removeprefix("prefix_"), "prefix_name".removeprefix("nope"), "file.tar.gz".removesuffix(".gz"))
print("file.tar.gz".removesuffix(".zip"), "aaa".removeprefix("a"), "".removesuffix("x"), "abc".removeprefix(""))
names = ["Ann", "Bartholomew", "Cy"]
scores = [9.5, 10.25, 7]
for n, sc in zip(names, scores):
    print(n.ljust(12, ".") + str(sc).rjust(6))
print("+" + "-" * 20 + "+")
print("|" + "centered".center(20) + "|")
print("+" + "-" * 20 + "+")
lines = ["  first line  ", "\tsecond\t", "third   "]
print([l.strip() for l in lines], [len(l.rstrip()) for l in lines])
print("0042".lstrip("0"), "1000".rstrip("0"), "0000".lstrip("0") or "0")
