# replace with counts, str.maketrans in its three forms, and translate.
s = "one fish two fish red fish blue fish"
print(s.replace("fish", "cat"), s.replace("fish", "cat", 2), s.replace("fish", "cat", 0))
print(s.replace(" ", ""), s.replace("", "-")[:20], "aaa".replace("a", "aa"), "abc".replace("x", "y"))
print("banana".replace("ana", "ANA"), "a.b.c".replace(".", "", 1), "".replace("", "x"))
table = str.maketrans("abc", "xyz")
print("aabbcc abc".translate(table), sorted(table.items()))
table2 = str.maketrans({"a": "4", "e": "3", "o": None, "l": "1"})
print("hello world leet".translate(table2))
table3 = str.maketrans("ab", "AB", "xyz")
print("abxcydz".translate(table3))
print("python".translate({ord("p"): "P", ord("y"): "Y"}), "unchanged".translate({}))
rot13 = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
msg = "Hello, World! Why did the chicken cross the road?"
enc = msg.translate(rot13)
print(enc)
print(enc.translate(rot13))
vowels_removed = "programming language".translate(str.maketrans("", "", "aeiou"))
print(vowels_removed)
punct = str.maketrans("", "", ",.!?;:")
print("Hi! How are you? Fine, thanks.".translate(punct).lower().split())
template = "Dear NAME, your order ORDER ships DAY."
for name, order, day in [("Ann", "#12", "Monday"), ("Bob", "#7", "today")]:
    print(template.replace("NAME", name).replace("ORDER", order).replace("DAY", day))
print("tabs\tand\nnewlines".replace("\t", "\\t").replace("\n", "\\n"))
