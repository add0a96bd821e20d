# Set algebra in small puzzles: common elements, unique letters, coverage, venn counts.
students = {
    "ann": {"math", "art", "music"},
    "bob": {"math", "physics"},
    "cat": {"art", "history", "math"},
    "dan": {"music"},
}
everyone = set.intersection(*students.values())
anyone = set.union(*students.values())
print(sorted(everyone), sorted(anyone))
for name in sorted(students):
    others = set().union(*(v for k, v in students.items() if k != name))
    print(name, sorted(students[name] - others))
pairs = [(a, b) for a in sorted(students) for b in sorted(students) if a < b]
for a, b in pairs:
    common = students[a] & students[b]
    if common:
        print(a, b, sorted(common))
def unique_letters(words):
    return [w for w in words if len(set(w)) == len(w)]
print(unique_letters(["abc", "hello", "world", "python", "letter"]))
def is_pangram(s):
    return set("abcdefghijklmnopqrstuvwxyz") <= set(s.lower())
print(is_pangram("The quick brown fox jumps over the lazy dog"), is_pangram("hello"))
required = {"flour", "eggs", "milk", "sugar"}
pantry = {"eggs", "salt", "sugar", "butter"}
print(sorted(required - pantry), sorted(pantry - required), sorted(required & pantry), len(required | pantry))
A = set(range(0, 30, 2))
B = set(range(0, 30, 3))
C = set(range(0, 30, 5))
print(len(A & B & C), len((A & B) - C), len(A - B - C), sorted(A & B & C), sorted(B ^ C))
print(len(A | B | C), len(A) + len(B) + len(C) - len(A & B) - len(A & C) - len(B & C) + len(A & B & C))
print(sorted({x * y for x in range(1, 6) for y in range(1, 6)} - set(range(1, 11))))
