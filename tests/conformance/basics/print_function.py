# print: sep, end, multiple arguments, empty print, and file=sys.stdout.
import sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("no newline", end="")
print(" -- continued")
print("x", end="|")
print("y", end="|\n")
print()
print("", "")
print(1, 2.0, None, True, [1], (2,), {3: 4}, {5}, "s", sep=" / ")
print("to stdout", file=sys.stdout)
print(*range(5), sep="\n")
print("multi\nline\ttabbed")
print("sep None", "works", sep=None)
print("end None", end=None)
print("after")
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc\n")
print("write returned", n)
print("%s and %s" % ("this", "that"), flush=True)
words = ["one", "two", "three"]
for i, w in enumerate(words):
    print(w, end=" " if i < len(words) - 1 else "\n")
print(repr("str in repr"), str("plain"))
class Shown:
    def __str__(self):
        return "Shown-str"
    def __repr__(self):
        return "Shown-repr"
print(Shown(), [Shown()], (Shown(),), {"k": Shown()})
print("unicode:", "caf\u00e9", "\u03c0", "\u2192")
print(b"bytes", bytearray(b"ba"))
