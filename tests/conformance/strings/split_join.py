# split, rsplit, splitlines, join, partition and rpartition in all their argument forms.
s = "  alpha beta\tgamma\n delta  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1))
csv = "a,b,,c,"
print(csv.split(","), csv.split(",", 2), csv.rsplit(",", 2), csv.split(",", 0), csv.split(",", -1))
print("".split(), "".split(","), "   ".split(), "x".split("x"), "xx".split("x"))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "aXbXc".split("X", maxsplit=1))
text = "line one\nline two\r\nline three\rfour\n\nlast"
print(text.splitlines())
print(text.splitlines(keepends=True))
print("trailing\n".splitlines(), "trailing\n".split("\n"), "".splitlines(), "\n".splitlines())
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join("abc"), " ".join([]), "+".join(("1",)))
print("/".join(str(i) for i in range(5)), "".join(reversed("stressed")))
print("key=value=more".partition("="), "key=value=more".rpartition("="), "novalue".partition("="))
print("novalue".rpartition("="), "a.b.c".rpartition("."), "=start".partition("="))
def parse_kv(line):
    key, sep, value = line.partition(":")
    return (key.strip(), value.strip()) if sep else (line.strip(), None)
for line in ["Host: example.com", "Content-Length:  42 ", "bare", "time: 12:30:00"]:
    print(parse_kv(line))
record = "john;doe;42;engineer"
first, last, age, job = record.split(";")
print(first.title(), last.upper(), int(age) + 1, job)
print([w for w in "one  two   three".split(" ") if w], "one  two   three".split())
table = "name|age\nann|31\nbob|27"
rows = [r.split("|") for r in table.splitlines()]
print(rows, [dict(zip(rows[0], r)) for r in rows[1:]])
print("a b c d e".split(maxsplit=2), "a b c d e".rsplit(maxsplit=2))
