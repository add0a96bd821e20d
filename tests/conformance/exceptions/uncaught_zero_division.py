# An uncaught exception ends the program: stdout so far is kept, stderr gets the traceback, exit status 1.
def average(values):
    return sum(values) / len(values)
print("average of [2, 4]:", average([2, 4]))
print("about to divide by zero")
print(average([]))
print("never printed")
