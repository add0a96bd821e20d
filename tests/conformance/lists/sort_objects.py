# Sorting objects by attributes with key functions, operator.attrgetter and __lt__.
import operator
class Employee:
    def __init__(self, name, dept, age, pay):
        self.name, self.dept, self.age, self.pay = name, dept, age, pay
    def __repr__(self):
        return f"{self.name}({self.dept},{self.age},{self.pay})"
staff = [Employee("zed", "ops", 30, 70), Employee("amy", "eng", 41, 120), Employee("bo", "eng", 29, 95),
         Employee("cy", "ops", 41, 88), Employee("di", "hr", 35, 60), Employee("ed", "eng", 29, 101)]
print(sorted(staff, key=operator.attrgetter("name")))
print(sorted(staff, key=operator.attrgetter("dept", "age")))
print(sorted(staff, key=lambda e: (e.dept, -e.pay)))
print(sorted(staff, key=lambda e: e.age, reverse=True))
print(max(staff, key=operator.attrgetter("pay")).name, min(staff, key=lambda e: (e.age, e.name)).name)
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return self.s
vs = [Version(v) for v in ["1.2.10", "1.2.9", "1.10", "1.9.9", "0.1", "1.2"]]
print(sorted(vs), max(vs), min(vs), sorted(vs, reverse=True))
staff.sort(key=operator.attrgetter("pay"))
print([e.name for e in staff])
staff.sort(key=operator.attrgetter("dept"))
print([e.name for e in staff])
getter = operator.itemgetter(1, 0)
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=getter))
print(operator.attrgetter("name")(staff[0]), operator.methodcaller("upper")("abc"))
try:
    sorted([Employee("x", "y", 1, 1), Employee("z", "w", 2, 2)])
except TypeError as e:
    print("TypeError:", e)
