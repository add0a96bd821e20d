# Operators on strings and their dunder methods, plus str subclasses.
a, b = "abc", "abd"
print(a + b, a * 2, a < b, a <= a, a > b, a == "abc", a != b, "b" in a, a[1], len(a))
print(a.__add__(b), a.__mul__(3), a.__rmul__(2), a.__lt__(b), a.__contains__("c"), a.__getitem__(-1))
print("%s-%d" % ("x", 5), "x".__mod__(()), "%s".__mod__("y"))
print(sorted(["b", "B", "a", "A", "_", "1", " "]), max("hello world"), min("hello"))
print("a" < "aa" < "ab" < "b", "Z" < "a", "10" < "9", "apple" < "apples")
class Shout(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
    def exclaim(self):
        return self + "!"
s = Shout("hey")
print(s, type(s).__name__, s.exclaim(), type(s.exclaim()).__name__, s.lower(), isinstance(s, str))
print(s == "HEY", len(s), s * 2, repr(s), {s: 1}["HEY"])
class Version(str):
    def parts(self):
        return tuple(int(p) for p in self.split("."))
    def __lt__(self, other):
        return self.parts() < Version(other).parts()
vs = [Version(v) for v in ["1.10.0", "1.2.3", "1.9", "0.99", "1.2.10"]]
print(sorted(vs), sorted(map(str, vs)))
print(max(vs, key=Version.parts), Version("2.0") < "10.0", "2.0" < "10.0")
class Tagged(str):
    tag = "default"
t = Tagged("text")
t.tag = "custom"
print(t, t.tag, Tagged("x").tag, t + "s", type(t + "s").__name__)
print(str.__len__("four"), str.upper("x"), str.__name__, "".join.__name__)
