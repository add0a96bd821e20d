# Iterating dicts: keys, values, items, sorted by key or value, enumerate, zip, reversed.
prices = {"banana": 0.25, "apple": 0.5, "cherry": 3.0, "date": 1.75}
for k in prices:
    print(k, end=" ")
print()
for v in prices.values():
    print(v, end=" ")
print()
for i, (k, v) in enumerate(prices.items(), 1):
    print(f"{i}. {k:<8} {v:>5.2f}")
for k in sorted(prices):
    print(k, prices[k])
for k, v in sorted(prices.items(), key=lambda kv: kv[1], reverse=True):
    print(f"{k}={v}", end="; ")
print()
for k in reversed(prices):
    print(k, end=" ")
print()
qty = {"banana": 6, "apple": 2, "cherry": 1, "date": 4}
total = 0
for (name, price), (name2, n) in zip(prices.items(), qty.items()):
    assert name == name2
    total += price * n
print("total", total)
print({k: round(prices[k] * qty[k], 2) for k in prices})
cheap = [k for k, v in prices.items() if v < 1]
print(cheap, any(v > 2 for v in prices.values()), all(k.islower() for k in prices))
print(list(map(len, prices)), sum(map(qty.get, prices)), max(prices.items(), key=lambda kv: kv[1] * qty[kv[0]]))
it = iter(prices.items())
print(next(it), next(it))
for k in list(prices):
    if prices[k] > 1:
        prices[k + "_sale"] = prices.pop(k) / 2
print(prices)
