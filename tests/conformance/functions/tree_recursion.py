# Recursion over trees built from tuples and dicts: sums, depth, mirror, paths, serialization.
tree = (1, (2, (4, None, None), (5, None, None)), (3, None, (6, (7, None, None), None)))
def total(t):
    return 0 if t is None else t[0] + total(t[1]) + total(t[2])
def depth(t):
    return 0 if t is None else 1 + max(depth(t[1]), depth(t[2]))
def mirror(t):
    return None if t is None else (t[0], mirror(t[2]), mirror(t[1]))
def inorder(t):
    return [] if t is None else inorder(t[1]) + [t[0]] + inorder(t[2])
def preorder(t):
    return [] if t is None else [t[0]] + preorder(t[1]) + preorder(t[2])
def paths(t, prefix=()):
    if t is None:
        return []
    here = prefix + (t[0],)
    if t[1] is None and t[2] is None:
        return [here]
    return paths(t[1], here) + paths(t[2], here)
def serialize(t):
    return "#" if t is None else f"({t[0]} {serialize(t[1])} {serialize(t[2])})"
print(total(tree), depth(tree), inorder(tree), preorder(tree))
print(inorder(mirror(tree)), mirror(mirror(tree)) == tree)
print(paths(tree))
print(serialize(tree))
fs = {"name": "/", "children": [
    {"name": "bin", "children": [{"name": "ls", "size": 120}, {"name": "cat", "size": 80}]},
    {"name": "home", "children": [{"name": "ann", "children": [{"name": "notes.txt", "size": 5}]}]},
    {"name": "readme", "size": 40},
]}
def size(node):
    return node.get("size", 0) + sum(size(c) for c in node.get("children", []))
def listing(node, indent=0):
    lines = ["  " * indent + node["name"] + (f" ({size(node)})" if "children" in node else f" {node['size']}")]
    for c in node.get("children", []):
        lines.extend(listing(c, indent + 1))
    return lines
print(size(fs))
print("\n".join(listing(fs)))
def find(node, name, path=""):
    here = path + "/" + node["name"] if node["name"] != "/" else ""
    if node["name"] == name:
        return here or "/"
    for c in node.get("children", []):
        r = find(c, name, here)
        if r:
            return r
    return None
print(find(fs, "notes.txt"), find(fs, "cat"), find(fs, "missing"))
