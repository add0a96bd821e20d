# Spelling numbers in English words, and parsing them back.
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = [(10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand"), (100, "hundred")]
def words(n):
    if n < 0:
        return "minus " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    for value, name in SCALES:
        if n >= value:
            q, r = divmod(n, value)
            head = words(q) + " " + name
            if r == 0:
                return head
            joiner = " and " if r < 100 else ", " if value > 100 else " "
            return head + joiner + words(r)
    raise ValueError(n)
def parse(text):
    lookup = {w: i for i, w in enumerate(ONES)}
    lookup.update({w: i * 10 for i, w in enumerate(TENS) if w})
    scales = {name: value for value, name in SCALES}
    total = current = 0
    sign = 1
    for tok in text.replace(",", " ").replace("-", " ").split():
        if tok == "minus":
            sign = -1
        elif tok == "and":
            continue
        elif tok == "hundred":
            current *= 100
        elif tok in scales:
            total += current * scales[tok]
            current = 0
        else:
            current += lookup[tok]
    return sign * (total + current)
for n in [0, 7, 13, 20, 42, 99, 100, 101, 115, 999, 1000, 1001, 2024, 12345, 100000, 1000001, 987654321, -56]:
    w = words(n)
    print(f"{n:>10} {w}")
    assert parse(w) == n, (n, w, parse(w))
print("all parsed back")
print(max(range(1, 1000), key=lambda n: (len(words(n)), n)))
print(sum(len(words(n).replace(" ", "").replace("-", "")) for n in range(1, 1001)))
