# Searching: find/rfind/index/rindex/count/startswith/endswith with start and end arguments.
s = "the cat sat on the mat with the hat"
print(s.find("the"), s.find("the", 1), s.find("the", 20), s.find("dog"), s.find(""), s.find("", 100))
print(s.rfind("the"), s.rfind("the", 0, 20), s.rfind("at"), s.rfind("xyz"), s.rfind(""))
print(s.index("cat"), s.rindex("at"), s.index("a", 10), s.rindex("t", 0, 10))
print(s.count("the"), s.count("at"), s.count("a", 10, 20), s.count(""), "aaaa".count("aa"))
print(s.startswith("the"), s.startswith("cat", 4), s.startswith(("dog", "the")), s.startswith("the", 1))
print(s.endswith("hat"), s.endswith("at", 0, 7), s.endswith(("x", "t")), s.endswith("hat", 0, -1))
print("".startswith(""), "abc".startswith(""), "abc".endswith(""), "abc".find("c", -1), "abc".find("a", -1))
for needle in ["cat", "zebra"]:
    try:
        print(needle, "at", s.index(needle))
    except ValueError as e:
        print(needle, "ValueError:", e)
try:
    s.rindex("q")
except ValueError as e:
    print("ValueError:", e)
def all_positions(text, sub):
    out = []
    i = text.find(sub)
    while i != -1:
        out.append(i)
        i = text.find(sub, i + 1)
    return out
print(all_positions(s, "at"), all_positions("aaaa", "aa"), all_positions("abc", "z"))
print("ab" in s, "at on" in s, s.count(" ") + 1, len(s.split()))
path = "/usr/local/lib/python3/site.py"
print(path[path.rfind("/") + 1:], path[:path.rfind("/")], path[path.rfind(".") + 1:])
print("Mississippi".count("ss"), "Mississippi".find("ss", 3), "Mississippi".rfind("ss", 0, 5))
