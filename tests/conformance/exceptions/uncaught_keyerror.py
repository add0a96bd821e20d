# An uncaught KeyError: its message is the repr of the missing key.
inventory = {"apples": 3, "pears": 5}
for fruit in ["apples", "pears"]:
    print(fruit, inventory[fruit])
print(inventory["plums"])
