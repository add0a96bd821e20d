# Generator basics: lazy execution, next(), StopIteration, return values and exhaustion.
def countdown(n):
    print("  starting countdown")
    while n > 0:
        yield n
        n -= 1
    print("  countdown done")
    return "liftoff"
g = countdown(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
print(next(g, "exhausted"), list(g))
print(list(countdown(2)))
def squares(limit):
    for i in range(limit):
        yield i * i
print(sum(squares(10)), max(squares(5)), list(squares(0)), 16 in squares(10))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def alternating():
    yield "a"
    yield "b"
    yield "c"
gen = alternating()
for item in gen:
    print(item, end=" ")
print("| again:", list(gen))
def with_return(n):
    if n < 0:
        return "negative"
    yield n
    return "done"
print(list(with_return(-1)), list(with_return(5)))
def empty():
    return
    yield
print(list(empty()), type(empty()).__name__)
g1 = squares(3)
g2 = squares(3)
print(g1 is g2, list(zip(g1, g2)))
print(iter(g1) is g1, hasattr(g1, "__next__"), hasattr(g1, "send"))
