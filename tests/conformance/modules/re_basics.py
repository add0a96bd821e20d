# re: match, search, fullmatch, findall, finditer and the match object's basic API.
import re
text = "Order 66 shipped on 2024-03-15; order 7 pending since 2023-12-01."
print(re.match(r"Order", text) is not None, re.match(r"order", text), re.match(r"order", text, re.I).group())
m = re.search(r"(\d{4})-(\d{2})-(\d{2})", text)
print(m.group(), m.group(0), m.group(1), m.groups(), m.span(), m.start(2), m.end(3))
print(re.fullmatch(r"\d+", "12345") is not None, re.fullmatch(r"\d+", "123a"), re.fullmatch(r"\w+@\w+\.com", "a@b.com").group())
print(re.findall(r"\d+", text))
print(re.findall(r"(\d{4})-(\d{2})", text))
print(re.findall(r"[Oo]rder \d+", text))
for mm in re.finditer(r"\b(\w)(\w*)\b", "the quick brown fox"):
    print(mm.group(1).upper() + mm.group(2), mm.span())
print([m.group() for m in re.finditer(r"o", "foo boo")], len(list(re.finditer(r"x", "abc"))))
print(re.search(r"^\w+", "  leading"), re.search(r"\w+$", "trailing word").group())
print(re.findall(r"a*", "baaac"), re.findall(r"\bcat\b", "cat concat cat."), re.findall(r".", "a\nb"))
print(re.search(r"colou?r", "The color red").group(), re.search(r"colou?r", "The colour red").group())
print(re.findall(r"\s+", "a  b\t\tc\n d"), re.findall(r"\W", "a-b_c.d"), re.findall(r"[^aeiou\s]", "hello world"))
print(re.findall(r"\d{2,3}", "1 12 123 1234 12345"), re.findall(r"\d{2,3}?", "12345"), re.findall(r"<.+?>", "<a><b></b>"))
print(re.findall(r"<.+>", "<a><b></b>"), re.escape("1+1=2? (yes) [x]"), re.findall(re.escape("a.b"), "a.b axb"))
m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m[0], m[1], m[2], m.string, m.re.pattern, m.lastindex, m.pos, m.endpos)
print(bool(re.search("x", "abc")), re.search("", "abc").span())
