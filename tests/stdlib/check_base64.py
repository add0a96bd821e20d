# base64: base64 (standard, URL-safe, altchars, validate, MIME lines), base32 (and extended hex),
# base16, Ascii85 and base85, with their decoding errors.
import base64
import binascii
import io


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[::37], b"\xfb\xff\xfe"]

# base64
print([base64.b64encode(s) for s in samples])
print([base64.b64decode(base64.b64encode(s)) == s for s in samples], base64.b64decode("Zm9vYg=="))
print(base64.b64encode(b"\xfb\xff\xbf", altchars=b"-_"), base64.b64decode(b"-_-_", altchars=b"-_"),
      base64.b64decode("+/+/", altchars="-_"), base64.b64encode(bytearray(b"ab")), base64.b64decode(bytearray(b"YWI=")))
print(base64.standard_b64encode(b"\xfb\xff"), base64.standard_b64decode("+/8="), base64.urlsafe_b64encode(b"\xfb\xff"),
      base64.urlsafe_b64decode("-_8="), base64.urlsafe_b64decode(b"+/8="))
print(base64.b64decode(b"Zm9v\nYmFy\n"), base64.b64decode(b"Zm!9v*"), base64.b64decode(b"Zg===="),
      base64.b64decode(b"Zg==Zg=="), base64.b64decode(b"Zg=x="), base64.b64decode(b"=Zg=="), base64.b64decode(b"===="))
print(base64.b64decode(b"Zm9vYg==", validate=True), base64.b64decode(b"", validate=True), base64.b64decode(b"ZB=="))
for data in (b"Zm9", b"Zm9vY", b"Zm9vYg", b"Z", b"Zm9vY==="):
    attempt("b64decode %r" % data, lambda: base64.b64decode(data))
for data in (b"Zm!9", b"Zm9v\nYg==", b"Zg==Zg==", b"Zg===", b"Zg=", b"=Zg==", b"Z=g=", b"Zm9vY"):
    attempt("validate %r" % data, lambda: base64.b64decode(data, validate=True))
attempt("encode str", lambda: base64.b64encode("abc"))
attempt("encode int", lambda: base64.b64encode(3))
attempt("altchars str", lambda: base64.b64encode(b"ab", altchars="-_"))
attempt("altchars short", lambda: base64.b64encode(b"ab", altchars=b"-"))
attempt("decode int", lambda: base64.b64decode(3))
attempt("decode non-ascii", lambda: base64.b64decode("Zm9vé"))
print(issubclass(binascii.Error, ValueError))

# MIME lines
encoded = base64.encodebytes(bytes(range(100)))
print(encoded, base64.encodebytes(b""), base64.decodebytes(encoded) == bytes(range(100)), base64.decodebytes(b"Zm9v\n"))
attempt("encodebytes str", lambda: base64.encodebytes("x"))
attempt("decodebytes str", lambda: base64.decodebytes("Zm9v"))
source, sink = io.BytesIO(bytes(range(130))), io.BytesIO()
base64.encode(source, sink)
print(sink.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(sink.getvalue()), back)
print(back.getvalue() == bytes(range(130)))

# base32
print([base64.b32encode(s) for s in samples])
print([base64.b32decode(base64.b32encode(s)) == s for s in samples], base64.b32decode("MZXW6==="))
print(base64.b32decode(b"mzxw6===", casefold=True), base64.b32decode(b"0I======", map01=b"L"),
      base64.b32decode(b"01======", map01=b"I"), base64.b32decode(b"PAAA===="))
print([base64.b32hexencode(s) for s in samples[:7]], base64.b32hexdecode(b"CPNMU==="), base64.b32hexdecode(b"cpnmu===", casefold=True))
for data in (b"mzxw6===", b"MZXW6==", b"MZ======", b"M!XW6===", b"01======", b"MZ==MZ==", b"MZXW6=M="):
    attempt("b32decode %r" % data, lambda: base64.b32decode(data))
attempt("b32encode int", lambda: base64.b32encode(3))
attempt("b32decode map01 long", lambda: base64.b32decode(b"MZXW6===", map01=b"LI"))

# base16
print(base64.b16encode(b"\x01\xab\xff"), base64.b16decode(b"01ABFF"), base64.b16decode("01abff", casefold=True))
for data in (b"01ab", b"01A", b"0G"):
    attempt("b16decode %r" % data, lambda: base64.b16decode(data))
attempt("b16encode str", lambda: base64.b16encode("ab"))

# Ascii85 and base85
print([base64.a85encode(s) for s in samples])
print([base64.a85decode(base64.a85encode(s)) == s for s in samples], [base64.b85decode(base64.b85encode(s)) == s for s in samples])
print(base64.a85encode(b"\0\0\0\0ab\0\0\0\0"), base64.a85encode(b"    x", foldspaces=True), base64.a85encode(b"xy", pad=True),
      base64.a85encode(b"xy", adobe=True), base64.a85encode(b"\0"))
print(base64.a85encode(b"x" * 30, wrapcol=10))
print(base64.a85encode(b"x" * 20, adobe=True, wrapcol=8), base64.a85encode(b"x" * 8, adobe=True, wrapcol=10))
print(base64.a85decode(b"z!!"), base64.a85decode(b"y", foldspaces=True), base64.a85decode(b"<~GA(~>", adobe=True),
      base64.a85decode(b"GA(~>", adobe=True), base64.a85decode(b"G A (\n"), base64.a85decode(b"G"), base64.a85decode("GA("))
for data in (b"GA(x", b"Gz", b"y", b"uuuuu"):
    attempt("a85decode %r" % data, lambda: base64.a85decode(data))
attempt("a85decode adobe", lambda: base64.a85decode(b"GA(", adobe=True))
attempt("a85decode y inside", lambda: base64.a85decode(b"Gy", foldspaces=True))
attempt("a85decode ignorechars", lambda: base64.a85decode(b"G A", ignorechars=b""))
print([base64.b85encode(s) for s in samples])
print(base64.b85encode(b"x", pad=True), base64.b85decode(b"cmMzZ"), base64.b85decode("VE"), base64.b85decode(b"V"))
for data in (b'ab"cd', b"~~~~~", b"00000~~~~~"):
    attempt("b85decode %r" % data, lambda: base64.b85decode(data))
