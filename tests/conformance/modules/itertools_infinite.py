# itertools infinite iterators and their common partners: count, cycle, repeat, islice, takewhile.
import itertools as it
print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, 3), 4)), list(it.islice(it.count(1, -0.5), 4)))
print(list(it.islice(it.cycle("abc"), 7)), list(it.repeat("x", 3)), list(it.islice(it.repeat(0), 2)))
print(list(zip(it.count(1), "abc")), list(map(pow, range(5), it.repeat(2))))
print(list(it.takewhile(lambda x: x < 5, it.count())), list(it.islice(it.dropwhile(lambda x: x < 5, it.count()), 3)))
rr = it.cycle(["ann", "bob", "cy"])
print([next(rr) for _ in range(5)])
c = it.count()
print(next(c), next(c), repr(c), repr(it.repeat("z", 2)))
squares = (n * n for n in it.count(1))
print(list(it.islice(squares, 8)))
print(list(it.islice(it.count(), 2, 20, 5)), list(it.islice("abcdefg", 2)), list(it.islice("abcdefg", 1, None, 2)))
evens = filter(lambda n: n % 2 == 0, it.count())
print(list(it.islice(evens, 5)))
ids = it.count(1000)
records = [{"id": next(ids), "name": n} for n in ["a", "b", "c"]]
print(records)
print(sum(it.islice(it.cycle([1, 2, 3]), 100)))
def sensor():
    value = 20
    for step in it.count():
        value += (-1) ** step * (step % 3)
        yield value
readings = list(it.islice(sensor(), 10))
print(readings, max(readings), list(it.takewhile(lambda v: v < 23, readings)))
