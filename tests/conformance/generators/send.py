# Generators as coroutines with send(): priming, running averages, accumulators.
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count
avg = averager()
print(next(avg))
for v in [10, 20, 30, 5]:
    print(avg.send(v))
def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
acc = accumulate()
next(acc)
print([acc.send(i) for i in range(1, 6)])
try:
    acc.send(None)
except StopIteration as e:
    print("final total:", e.value)
gen = averager()
try:
    gen.send(5)
except TypeError as e:
    print("TypeError:", e)
def echo():
    received = []
    while True:
        msg = yield len(received)
        received.append(msg)
        if msg == "stop":
            return received
e = echo()
print(e.send(None), e.send("a"), e.send("b"))
try:
    e.send("stop")
except StopIteration as s:
    print(s.value)
def prime_filter():
    primes = []
    candidate = yield
    while True:
        is_prime = candidate > 1 and all(candidate % p for p in primes if p * p <= candidate)
        if is_prime:
            primes.append(candidate)
        candidate = yield is_prime
pf = prime_filter()
next(pf)
print([n for n in range(2, 40) if pf.send(n)])
def running_max():
    best = None
    while True:
        x = yield best
        best = x if best is None or x > best else best
rm = running_max()
next(rm)
print([rm.send(x) for x in [3, 1, 4, 1, 5, 9, 2, 6]])
