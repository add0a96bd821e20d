# re groups: named groups, groupdict, optional groups, non-capturing groups, nested groups.
import re
log = "2024-03-15 12:30:45 ERROR [db] connection refused (code=111)"
pat = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>\w+) \[(?P<mod>\w+)\] (?P<msg>.*?)(?: \(code=(?P<code>\d+)\))?$")
m = pat.match(log)
print(m.groupdict())
print(m.group("level"), m["mod"], m.group("date", "time"), m.start("msg"), m.span("code"))
m2 = pat.match("2024-01-01 00:00:00 INFO [web] started")
print(m2.groupdict(), m2.group("code"), m2.groupdict(default="none")["code"], m2.span("code"))
print(pat.groupindex["msg"], pat.groups, sorted(pat.groupindex))
m3 = re.match(r"((a)(b(c)))(d)?", "abc")
print(m3.groups(), m3.groups(default="-"), m3.group(1, 3, 4), m3.lastindex)
print(re.findall(r"(?:ab)+", "ababab abab"), re.findall(r"(ab)+", "ababab abab"), re.findall(r"(a)(b)?", "a ab"))
phone = re.compile(r"\(?(\d{3})\)?[ -.]?(\d{3})[ -.]?(\d{4})")
for s in ["(555) 123-4567", "555.123.4567", "5551234567", "555-1234"]:
    mm = phone.search(s)
    print(s, "->", "-".join(mm.groups()) if mm else None)
kv = dict(re.findall(r"(\w+)=(\w+)", "a=1 b=two c=3x d="))
print(kv)
m4 = re.search(r"(?P<word>\w+) (?P=word)", "this is is a test")
print(m4.group(), m4.group("word"))
print(re.match(r"(?i)hello", "HeLLo").group(), re.match(r"(\d+)\.(\d+)", "3.14").expand(r"\2.\1"))
