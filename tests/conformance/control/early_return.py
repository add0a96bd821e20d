# Guard clauses and early returns versus nested conditionals; both give the same answers.
def validate_nested(user):
    if user is not None:
        if "name" in user:
            if user["name"].strip():
                if user.get("age", 0) >= 18:
                    return "ok"
                else:
                    return "too young"
            else:
                return "blank name"
        else:
            return "no name"
    else:
        return "no user"
def validate_guards(user):
    if user is None:
        return "no user"
    if "name" not in user:
        return "no name"
    if not user["name"].strip():
        return "blank name"
    if user.get("age", 0) < 18:
        return "too young"
    return "ok"
cases = [None, {}, {"name": "  "}, {"name": "kid", "age": 9}, {"name": "adult", "age": 30}, {"name": "x"}]
for c in cases:
    a, b = validate_nested(c), validate_guards(c)
    print(repr(c), a, a == b)
def first_duplicate(xs):
    seen = set()
    for x in xs:
        if x in seen:
            return x
        seen.add(x)
def classify(n):
    if n < 0:
        return "negative"
    if n == 0:
        return "zero"
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            return f"composite ({d} x {n // d})"
    return "unit" if n == 1 else "prime"
print(first_duplicate([3, 1, 4, 1, 5]), first_duplicate([1, 2, 3]))
print([classify(n) for n in (-5, 0, 1, 2, 9, 13, 91)])
def no_return():
    x = 1
def bare_return():
    return
print(no_return(), bare_return())
