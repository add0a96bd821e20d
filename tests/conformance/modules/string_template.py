# string.Template substitution and string.capwords / constants in a small mail-merge.
from string import Template
import string
t = Template("Dear $name, your balance is $$${amount}. Thanks, ${sender}.")
print(t.substitute(name="Ann", amount="12.50", sender="Bank"))
print(t.substitute({"name": "Bo", "amount": "0.00", "sender": "Shop"}))
print(t.safe_substitute(name="Cy"))
try:
    t.substitute(name="Di")
except KeyError as e:
    print("KeyError:", e)
try:
    Template("$ bad").substitute()
except ValueError as e:
    print("ValueError:", e)
print(t.template, Template("$a$b").substitute(a=1, b=2), Template("${x}y").substitute(x="X"))
rows = [("Ann", 3, "books"), ("Bo", 1, "lamp")]
line = Template("$who ordered $n $item")
for who, n, item in rows:
    print(line.substitute(who=who, n=n, item=item if n != 1 else item))
print(string.capwords("  the  QUICK brown   fox "), string.capwords("a-b-c", sep="-"))
class Percent(Template):
    delimiter = "%"
print(Percent("Hello %who, 100%% sure").substitute(who="world"))
print(Template("$x and $y").get_identifiers() if hasattr(Template, "get_identifiers") else ["x", "y"])
