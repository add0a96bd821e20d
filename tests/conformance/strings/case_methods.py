# Case methods: upper, lower, capitalize, title, swapcase, casefold and the is* case tests.
samples = ["hello world", "HELLO WORLD", "Hello World", "hELLO wORLD", "they're bill's friends",
           "123abc", "mIxEd CaSe 42", "", "  spaced  out ", "o'neil mc-donald"]
for s in samples:
    print(repr(s))
    print("  upper", repr(s.upper()), "lower", repr(s.lower()))
    print("  capitalize", repr(s.capitalize()), "title", repr(s.title()))
    print("  swapcase", repr(s.swapcase()), "casefold", repr(s.casefold()))
    print("  isupper", s.isupper(), "islower", s.islower(), "istitle", s.istitle())
print("Straße".upper(), "Straße".lower(), "Straße".casefold(), "STRASSE".casefold() == "straße".casefold())
print("ÉCOLE".lower(), "école".upper(), "ß".upper(), len("ß".upper()))
print("a1b2".upper(), "A1B2".isupper(), "1".isupper(), "1a".islower(), "Ab Cd".istitle(), "Ab cd".istitle())
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (w.lower(), w)))
print(" ".join(w.capitalize() for w in "the quick brown fox".split()))
def snake_to_camel(s):
    first, *rest = s.split("_")
    return first.lower() + "".join(w.capitalize() for w in rest)
def camel_to_snake(s):
    return "".join("_" + c.lower() if c.isupper() else c for c in s).lstrip("_")
for name in ["user_id", "HTTP_response_code", "already"]:
    camel = snake_to_camel(name)
    print(name, camel, camel_to_snake(camel))
