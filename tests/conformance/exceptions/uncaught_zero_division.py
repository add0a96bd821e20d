# An uncaught exception ends the program: stdout so far is kept, stderr gets the traceback, exit status 1.
def average(values):
    return sum(values) / len(values)
def report(groups):
    for name, values in groups:
        print(f"{name:>8}: n={len(values)} mean={average(values):.2f}")
groups = [
    ("north", [12, 15, 9]),
    ("south", [7, 7, 8, 10]),
    ("east", [3]),
    ("west", []),
    ("central", [1, 2]),
]
print("report starts")
try:
    average([])
except ZeroDivisionError as e:
    print("a caught division error first:", e)
report(groups)
print("never printed")
