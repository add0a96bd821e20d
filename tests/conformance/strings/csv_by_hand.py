# Parsing and writing CSV with quoting rules by hand (no csv module).
def parse_line(line):
    fields = []
    field = []
    in_quotes = False
    i = 0
    while i < len(line):
        ch = line[i]
        if in_quotes:
            if ch == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    field.append('"')
                    i += 1
                else:
                    in_quotes = False
            else:
                field.append(ch)
        elif ch == '"':
            in_quotes = True
        elif ch == ",":
            fields.append("".join(field))
            field = []
        else:
            field.append(ch)
        i += 1
    fields.append("".join(field))
    return fields
def quote(field):
    if any(c in field for c in ',"\n') or field != field.strip():
        return '"' + field.replace('"', '""') + '"'
    return field
rows = [
    'name,age,city',
    'Alice,30,"New York, NY"',
    '"Bob ""The Builder""",45,London',
    'Carol,,"  padded  "',
    '"",0,"a,b,c"',
]
parsed = [parse_line(r) for r in rows]
for p in parsed:
    print(p)
for p in parsed:
    out = ",".join(quote(f) for f in p)
    print(out, parse_line(out) == p)
header, *records = parsed
people = [dict(zip(header, r)) for r in records]
ages = [int(p["age"]) for p in people if p["age"]]
print(people[1]["name"], ages, sum(ages) // len(ages))
by_city = sorted(people, key=lambda p: p["city"].strip().lower())
print([p["name"] for p in by_city])
