# Converting between JSON text and dataclass objects, with validation and defaults.
import json
from dataclasses import dataclass, field, asdict
@dataclass
class Address:
    street: str
    city: str
    zip: str = ""
@dataclass
class Customer:
    id: int
    name: str
    address: Address
    tags: list = field(default_factory=list)
    vip: bool = False
    @classmethod
    def from_dict(cls, d):
        missing = [k for k in ("id", "name", "address") if k not in d]
        if missing:
            raise ValueError(f"missing fields: {missing}")
        return cls(id=int(d["id"]), name=d["name"].strip(), address=Address(**d["address"]),
                   tags=list(d.get("tags", [])), vip=bool(d.get("vip", False)))
payload = """[
  {"id": 1, "name": " Ann ", "address": {"street": "1 Main St", "city": "Oslo"}, "tags": ["new"]},
  {"id": "2", "name": "Bo", "address": {"street": "9 Side Rd", "city": "Rome", "zip": "00100"}, "vip": true},
  {"name": "No Id", "address": {"street": "x", "city": "y"}},
  {"id": 4, "name": "Cy", "address": {"street": "5 High St", "city": "Oslo", "country": "NO"}}
]"""
customers = []
for raw in json.loads(payload):
    try:
        customers.append(Customer.from_dict(raw))
    except (ValueError, TypeError) as e:
        print("rejected:", type(e).__name__, e)
for c in customers:
    print(c)
print(json.dumps([asdict(c) for c in customers], sort_keys=True))
by_city = {}
for c in customers:
    by_city.setdefault(c.address.city, []).append(c.name)
print(by_city, [c.name for c in customers if c.vip])
back = [Customer.from_dict(d) for d in json.loads(json.dumps([asdict(c) for c in customers]))]
print(back == customers)
