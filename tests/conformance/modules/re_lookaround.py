# Lookahead, lookbehind, backreferences and alternation in practical patterns.
import re
print(re.findall(r"\d+(?=px)", "10px 20em 30px"), re.findall(r"\d+(?!px|\d)", "10px 20em 30px"))
print(re.findall(r"(?<=\$)\d+", "cost $30, tax $4, 7 items"), re.findall(r"(?<!\$)\b\d+", "cost $30, 7 items"))
def strong(pw):
    return bool(re.fullmatch(r"(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s]).{8,}", pw))
for pw in ["password", "Passw0rd!", "Sh0rt!", "NoDigits!!", "ALLUPPER1!", "lower1!xx"]:
    print(pw, strong(pw))
print(re.findall(r"\b(\w+)\s+\1\b", "this is is a test test of the the code"))
print(re.sub(r"\b(\w+)(\s+\1\b)+", r"\1", "go go go now now"))
print(re.findall(r"(['\"])(.*?)\1", "say 'hi' and \"bye\" and 'mixed\""))
print(re.sub(r"(?<=\d)(?=(\d{3})+(?!\d))", ",", "1234567 and 1000 and 999"))
print(re.findall(r"cat|category|dog", "category dog cat"), re.findall(r"category|cat|dog", "category dog cat"))
print(re.findall(r"\b(?:red|green|blue)\b", "redish red greenery blue"), re.search(r"(a|ab)(c|bcd)(d*)", "abcd").groups())
html = '<a href="x.html">X</a> <img src="y.png"> <a href="z.html">Z</a>'
print(re.findall(r'<a href="([^"]+)">([^<]*)</a>', html), re.findall(r'(?<=src=")[^"]+', html))
print(re.findall(r"^(?!#)\S.*$", "#comment\ncode line\n  indented\n#x\nmore", re.M))
log = "ERROR a.py:10 WARN b.py:22 ERROR c.py:5 INFO d.py:1"
print(re.findall(r"(?<=ERROR )\S+", log), re.findall(r"\w+\.py(?=:\d{2}\b)", log))
print(re.sub(r"(?<=:)\d+", lambda m: m.group().zfill(4), log))
ip = re.compile(r"^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$")
print([bool(ip.match(s)) for s in ["192.168.0.1", "256.1.1.1", "10.0.0", "0.0.0.0", "1.2.3.04"]])
