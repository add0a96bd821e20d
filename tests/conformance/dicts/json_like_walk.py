# Walking a JSON-like structure of dicts and lists: paths, type counts, search and transformation.
doc = {
    "id": 7,
    "name": "catalog",
    "tags": ["new", "sale"],
    "items": [
        {"sku": "A1", "price": 9.99, "stock": {"nyc": 3, "sf": 0}},
        {"sku": "B2", "price": 24.5, "stock": {"nyc": 0, "sf": 12}, "tags": ["heavy"]},
        {"sku": "C3", "price": None, "stock": {}},
    ],
    "meta": {"version": [1, 2, 0], "active": True},
}
def walk(node, path=()):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from walk(v, path + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk(v, path + (i,))
    else:
        yield path, node
for path, value in walk(doc):
    print("/".join(map(str, path)), "=", repr(value))
kinds = {}
for _, v in walk(doc):
    kinds[type(v).__name__] = kinds.get(type(v).__name__, 0) + 1
print(sorted(kinds.items()))
def find_key(node, key):
    found = []
    if isinstance(node, dict):
        for k, v in node.items():
            if k == key:
                found.append(v)
            found.extend(find_key(v, key))
    elif isinstance(node, list):
        for v in node:
            found.extend(find_key(v, key))
    return found
print(find_key(doc, "tags"), find_key(doc, "sku"), find_key(doc, "missing"))
def transform(node):
    if isinstance(node, dict):
        return {k.upper(): transform(v) for k, v in node.items() if v is not None}
    if isinstance(node, list):
        return [transform(v) for v in node]
    if isinstance(node, float):
        return round(node)
    return node
print(transform(doc))
total_stock = sum(n for item in doc["items"] for n in item["stock"].values())
print(total_stock, [i["sku"] for i in doc["items"] if sum(i["stock"].values()) > 0])
