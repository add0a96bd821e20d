# The first script to try: a function, a loop, and a look at reference counts.
import sys

def greet(name):
    return f"Hello, {name}!"

for who in ["world", "Vivarium"]:
    print(greet(who))

x = [1, 2, 3]
print("sys.getrefcount(x) at module level:", sys.getrefcount(x))
