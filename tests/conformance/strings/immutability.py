# Strings are immutable: methods return new strings, item assignment fails, ids of results differ.
s = "hello"
t = s.upper()
print(s, t)
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError:", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
u = s
s += " world"
print(s, u, s is u)
lst = list("hello")
lst[0] = "j"
print("".join(lst))
print(s.replace("l", "L"), s)
def modify(text):
    text += "!"
    return text
original = "abc"
print(modify(original), original)
chars = ["x", "y", "z"]
frozen = "".join(chars)
chars.append("w")
print(frozen, chars)
print("abc".__len__(), "abc".__getitem__(1), "abc".__contains__("b"), "ab".__add__("cd"), "ab".__mul__(2))
print("abc" == "ab" + "c", "abc".__eq__("abc"), "a".__lt__("b"), hash("abc") == hash("ab" + "c"))
print(str("already a string"), str(), repr(str()), len(str()))
print(type("x").__name__, isinstance("x", str), str.upper("mixed"), str.join("-", "abc"))
pieces = {"a": "apple", "b": "banana"}
key = "a"
print(pieces[key], pieces["".join(["b"])])
empty = ""
print(empty.join([]), empty * 100 == "", bool(empty), empty.split(), empty.partition(","))
