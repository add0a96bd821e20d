# if/elif/else chains: grading, fizzbuzz, leap years, triangle classification, nested ifs.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"
print([grade(s) for s in (100, 95, 89, 80, 79.9, 65, 60, 59, 0)])
out = []
for i in range(1, 31):
    if i % 15 == 0:
        out.append("FizzBuzz")
    elif i % 3 == 0:
        out.append("Fizz")
    elif i % 5 == 0:
        out.append("Buzz")
    else:
        out.append(str(i))
print(" ".join(out))
def leap(y):
    if y % 400 == 0:
        return True
    if y % 100 == 0:
        return False
    return y % 4 == 0
print([y for y in range(1890, 2030, 5) if leap(y)], leap(1900), leap(2000), leap(2024))
def triangle(a, b, c):
    a, b, c = sorted((a, b, c))
    if a <= 0 or a + b <= c:
        return "invalid"
    if a == b == c:
        kind = "equilateral"
    elif a == b or b == c:
        kind = "isosceles"
    else:
        kind = "scalene"
    if a * a + b * b == c * c:
        kind += " right"
    return kind
for sides in [(3, 3, 3), (3, 4, 5), (2, 2, 3), (1, 2, 3), (0, 1, 1), (5, 12, 13), (2, 3, 4)]:
    print(sides, triangle(*sides))
def quadrant(x, y):
    if x > 0:
        if y > 0:
            return 1
        elif y < 0:
            return 4
    elif x < 0:
        if y > 0:
            return 2
        elif y < 0:
            return 3
    return 0
print([quadrant(x, y) for x, y in [(1, 1), (-1, 1), (-1, -1), (1, -1), (0, 5), (3, 0)]])
x = 7
if x:
    pass
else:
    print("unreachable")
if x > 5: print("one-line if body")
if not x % 7 and x > 0 and (x < 10 or x > 100):
    print("compound condition true")
