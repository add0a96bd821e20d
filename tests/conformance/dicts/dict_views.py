# Dictionary views are live, support set operations, and keep insertion order.
inventory = {"apples": 3, "pears": 0, "plums": 7}
keys = inventory.keys()
values = inventory.values()
items = inventory.items()
print(keys, values, items)
inventory["kiwis"] = 12
del inventory["pears"]
print(list(keys), list(values), list(items), len(keys))
print("plums" in keys, 7 in values, ("plums", 7) in items, ("plums", 8) in items)
other = {"plums": 1, "figs": 2}
print(sorted(keys & other.keys()), sorted(keys | other.keys()), sorted(keys - other.keys()), sorted(keys ^ other.keys()))
print(sorted(items & {("kiwis", 12), ("figs", 2)}), keys <= {"apples", "plums", "kiwis", "x"}, keys == {"apples", "plums", "kiwis"})
print(keys.isdisjoint({"z"}), keys.isdisjoint(["apples"]))
print(list(reversed(keys)), list(reversed(items)), sorted(values))
it = iter(items)
print(next(it))
try:
    inventory["new"] = 1
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
print(type(keys).__name__, type(values).__name__, type(items).__name__)
try:
    values & {1}
except TypeError as e:
    print("TypeError:", e)
print({1: "a"}.values() == {1: "a"}.values(), {1: "a"}.keys() == {1: "b"}.keys())
for k, v in inventory.items():
    inventory[k] = v * 2
print(inventory)
