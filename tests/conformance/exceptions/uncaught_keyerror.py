# An uncaught KeyError: its message is the repr of the missing key.
inventory = {"apples": 3, "pears": 5, "figs": 0}
orders = [("apples", 2), ("pears", 1), ("figs", 0), ("plums", 4)]
def fulfil(item, qty):
    have = inventory[item]
    if qty > have:
        return f"short of {item}"
    inventory[item] = have - qty
    return f"sent {qty} {item}"
print(inventory.get("plums", "no plums"))
print(sorted(inventory.items()), "figs" in inventory, inventory.setdefault("dates", 9))
del inventory["dates"]
print(len(inventory), list(inventory))
try:
    inventory[("tuple", "key")]
except KeyError as e:
    print("handled KeyError:", e)
for item, qty in orders:
    print(fulfil(item, qty))
print("never printed")
