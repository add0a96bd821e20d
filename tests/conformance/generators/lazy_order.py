# The interleaving of side effects between producers and consumers reveals laziness.
def producer(name, n):
    for i in range(n):
        print(f"  {name} produces {i}")
        yield i
def doubler(source):
    for x in source:
        print(f"  doubler got {x}")
        yield x * 2
for value in doubler(producer("P", 3)):
    print("consumer received", value)
print("--- list() forces everything first")
values = list(doubler(producer("Q", 2)))
print("values", values)
print("--- zip pulls alternately")
for a, b in zip(producer("A", 2), producer("B", 3)):
    print("pair", a, b)
print("--- map and filter are lazy too")
m = map(lambda x: print(f"  map sees {x}") or x + 100, producer("M", 2))
print("map created")
print(list(m))
f = filter(lambda x: x % 2 == 0, producer("F", 4))
print("first even:", next(f))
print("--- generator expression inside sum")
print(sum(x for x in producer("S", 3)))
print("--- early exit with any()")
print(any(x > 0 for x in producer("Y", 5)))
