# binascii: hex conversions with separators, base64 lines (strict and lenient), CRC-32 and
# CRC-CCITT, and the error types and messages.
import binascii


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


data = b"\x01\xab\xcd\xef\x00"
print(binascii.hexlify(data), binascii.b2a_hex(b""), binascii.hexlify(bytearray(b"AZ")), binascii.hexlify(data, "-"))
print(binascii.hexlify(data, b":", 2), binascii.hexlify(data, "-", -2), binascii.hexlify(data, " ", 0), binascii.hexlify(b"", "-"))
print(binascii.unhexlify(b"01abCDef"), binascii.unhexlify("01AB"), binascii.a2b_hex(bytearray(b"6162")), binascii.unhexlify(b""))
attempt("odd length", lambda: binascii.unhexlify(b"abc"))
attempt("non-hex", lambda: binascii.unhexlify(b"0g"))
attempt("space", lambda: binascii.unhexlify(b"01 2"))
attempt("non-ascii str", lambda: binascii.unhexlify("é1"))
attempt("int", lambda: binascii.unhexlify(3))
attempt("hexlify str", lambda: binascii.hexlify("ab"))
attempt("long sep", lambda: binascii.hexlify(b"ab", "--"))

print(binascii.b2a_base64(b""), binascii.b2a_base64(b"x"), binascii.b2a_base64(b"xy"), binascii.b2a_base64(b"xyz", newline=False))
print(binascii.a2b_base64(b"eHl6\n"), binascii.a2b_base64("eHk="), binascii.a2b_base64(b"e H\tk=\n"), binascii.a2b_base64(b"eHk=eHk="))
print(binascii.a2b_base64(b"eHk=", strict_mode=True), binascii.a2b_base64(b"", strict_mode=True))
for text, strict in ((b"eHk", False), (b"e", False), (b"e=Hk", False), (b"=eHk=", True), (b"e=Hk", True),
                     (b"e!Hk", True), (b"====", True), (b"eHk=\n", True), (b"eHk=x", True)):
    attempt("a2b_base64 %r strict=%s" % (text, strict), lambda: binascii.a2b_base64(text, strict_mode=strict))
attempt("b2a_base64 str", lambda: binascii.b2a_base64("x"))
attempt("a2b_base64 int", lambda: binascii.a2b_base64(3))

print(binascii.crc32(b"hello"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b"hello world"),
      binascii.crc32(b""), binascii.crc32(b"a", -1), binascii.crc32(b"x", 2 ** 40), binascii.crc32(bytes(range(256))))
print(binascii.crc_hqx(b"123456789", 0xFFFF), binascii.crc_hqx(b"hello", 0), binascii.crc_hqx(b"", 5), binascii.crc_hqx(b"a", -1))
attempt("crc32 str", lambda: binascii.crc32("x"))
attempt("crc32 bad start", lambda: binascii.crc32(b"x", "a"))
print(binascii.Error.__mro__[1:], binascii.Incomplete.__mro__[1:])
