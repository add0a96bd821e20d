# Character class predicates on a range of inputs.
samples = ["abc", "ABC", "abc123", "123", "12.5", "", " ", "\t\n", "hello world", "_id", "2x",
           "snake_case", "CamelCase", "½", "²", "٣", "Ⅷ", "é", "naïve", "\x00", "tab\t", "€"]
preds = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isnumeric",
         "isidentifier", "isprintable", "isspace", "islower", "isupper"]
print("sample".ljust(14), " ".join(p[2:6] for p in preds))
for s in samples:
    flags = " ".join(("T" if getattr(s, p)() else ".").ljust(4) for p in preds)
    print(repr(s).ljust(14), flags)
print("if".isidentifier(), "class".isidentifier(), "_".isidentifier(), "a-b".isidentifier(), "über".isidentifier())
print(sum(1 for c in "Hello World 2024!" if c.isupper()), sum(c.isdigit() for c in "a1b2c3"))
print([c for c in "a1 B2_c!" if c.isalnum()], "".join(filter(str.isalpha, "r2-d2 c3po")))
def classify(ch):
    if ch.isdigit():
        return "digit"
    if ch.isalpha():
        return "upper" if ch.isupper() else "lower"
    if ch.isspace():
        return "space"
    return "other"
print([classify(c) for c in "aZ 9_\n"])
