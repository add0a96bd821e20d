# Running aggregates with generators compared against itertools.accumulate.
import itertools
import operator
def running(iterable, op=operator.add, initial=None):
    it = iter(iterable)
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    else:
        total = initial
    yield total
    for x in it:
        total = op(total, x)
        yield total
data = [3, 1, 4, 1, 5, 9, 2, 6]
cases = [
    (list(running(data)), list(itertools.accumulate(data))),
    (list(running(data, max)), list(itertools.accumulate(data, max))),
    (list(running(data, operator.mul)), list(itertools.accumulate(data, operator.mul))),
    (list(running(data, initial=100)), list(itertools.accumulate(data, initial=100))),
    (list(running([])), list(itertools.accumulate([]))),
    (list(running("abc")), list(itertools.accumulate("abc"))),
]
for mine, ref in cases:
    print(mine == ref, mine)
def balance_history(transactions, start=0):
    balance = start
    for kind, amount in transactions:
        if kind == "dep":
            balance += amount
        elif kind == "wd" and amount <= balance:
            balance -= amount
        yield kind, amount, balance
txs = [("dep", 100), ("wd", 30), ("wd", 200), ("dep", 5), ("wd", 75)]
for row in balance_history(txs):
    print(row)
def ema(values, alpha):
    avg = None
    for v in values:
        avg = v if avg is None else alpha * v + (1 - alpha) * avg
        yield round(avg, 4)
print(list(ema([10, 20, 30, 20, 10], 0.5)))
def drawdowns(prices):
    peak = None
    for p in prices:
        peak = p if peak is None else max(peak, p)
        yield round((peak - p) / peak, 3)
print(list(drawdowns([100, 120, 90, 130, 65, 140])))
