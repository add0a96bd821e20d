# Literal forms: numbers in every base, underscores, exponents, string escapes and prefixes.
print(0, 00, 0b0, 0o0, 0x0, 1_0, 0b_1, 0O17, 0XfF, 0B11)
print(1e3, 1E-3, 1_0.5, .5, 5., 1.5e+2, 0e0, 1_000.000_1)
print("single", 'quote', """triple""", '''also''')
print("tab:\t|", "newline:\\n", "backslash:\\", "quote:\"", 'apos:\'')
print("\x41\x42", "\101\102", "\u0041", "\U00000041", "\N{LATIN SMALL LETTER A}")
print(r"raw\n\t", R"RAW\\", r'\d+\.\d*', len(r"\n"), len("\n"))
print("implicit " "concatenation " 'works', "a" "b" == "ab")
long_text = ("one "
             "two "
             "three")
print(long_text)
multi = """line 1
line 2
    indented"""
print(multi)
print(multi.splitlines())
print("\a\b\f\v".encode(), "\0".encode(), len("\r\n"))
print(b"\x00\x7f\xff", rb"\x00", Rb"\n", br"\t")
name = "world"
print(f"hello {name}", F"HELLO {name.upper()}", rf"raw {name}\n", fr"\t{name}")
print(f"{{braces}} {name!r} {name!s:>8} {3 + 4} {'nested'} {len(name)}")
continued = 1 + \
    2 + \
    3
print(continued)
data = [
    1,
    2,  # trailing comment
    3,
]
print(data, {"k": 1, }, (1, ), [1, ][0])
print(True, False, None, ..., Ellipsis, ... is Ellipsis)
print(type(...).__name__, type(0).__name__)
print(0xDEAD_BEEF, 0o7_7_7, 0b1010_1010, 123_456_789)
print("é" == "\u00e9", "\u00e9".encode("utf-8"), len("\U0001F600"), "ABC"[1])
