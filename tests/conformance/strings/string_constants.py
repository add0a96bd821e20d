# The string module's constants, and building character classes from them.
import string
print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace))
print(len(string.printable), string.printable[:62] == string.digits + string.ascii_letters)
def classify(text):
    kinds = {"letters": 0, "digits": 0, "punct": 0, "space": 0, "other": 0}
    for ch in text:
        if ch in string.ascii_letters:
            kinds["letters"] += 1
        elif ch in string.digits:
            kinds["digits"] += 1
        elif ch in string.punctuation:
            kinds["punct"] += 1
        elif ch in string.whitespace:
            kinds["space"] += 1
        else:
            kinds["other"] += 1
    return kinds
print(classify("Hello, World! 123 — ok?\n"))
print(string.capwords("hello   wide\tworld"), string.capwords("a-b c-d", "-"))
alphabet = string.ascii_lowercase
shifted = alphabet[3:] + alphabet[:3]
print("meet me".translate(str.maketrans(alphabet, shifted)))
def base36(n):
    chars = string.digits + string.ascii_lowercase
    out = ""
    while n:
        n, r = divmod(n, 36)
        out = chars[r] + out
    return out or "0"
print(base36(0), base36(35), base36(36), base36(10 ** 12), int(base36(10 ** 12), 36))
print(sorted(set("Programming Language") & set(string.ascii_uppercase)))
