# Compiled patterns and flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, and pattern methods.
import re
text = "First line\nsecond Line\nTHIRD line"
print(re.findall(r"^\w+", text), re.findall(r"^\w+", text, re.MULTILINE), re.findall(r"line$", text, re.M | re.I))
print(re.findall(r"line", text, re.IGNORECASE), re.search(r"line.second", text), re.search(r"line.second", text, re.S).group())
number = re.compile(r"""
    ^\s*
    (?P<sign>[-+])?       # optional sign
    (?P<int>\d+)          # integer part
    (?:\.(?P<frac>\d+))?  # optional fraction
    \s*$
""", re.VERBOSE)
for s in ["42", "-3.14", " +0.5 ", "1.", "abc", ".5"]:
    m = number.match(s)
    print(repr(s), m.groupdict() if m else None)
word = re.compile(r"\b[a-z]+\b", re.I)
print(word.findall("Hello, World 42 times"), word.search("123 abc").group(), word.sub("W", "a1 b2 cc"))
print(word.pattern, word.flags & re.I != 0, bool(word.match("  x")), word.match("x y").group())
print(word.split("one two"), word.fullmatch("abc") is not None, word.fullmatch("abc def"))
p = re.compile(r"\d")
print(p.search("ab3cd5", 3).group(), p.findall("1a2b3c", 2), p.match("a1"), p.match("a1", 1).group())
print(re.compile(r"A", re.I).match("a") is not None, re.findall(r"(?m)^#.*$", "#a\nx\n#b"))
emails = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
blob = "Contact: ann.lee+spam@mail.example.org, bo@x.io; invalid@, @none.com"
print(emails.findall(blob))
print(type(p).__name__, re.compile(p) is p)
