# repr of nested and self-referencing containers.
a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
d = {"k": 1}
d["self"] = d
print(d)
b = [a, d]
print(b)
c = [[1, [2, [3, [4, []]]]], {"x": [1.5, "s", None, True]}, (1,), ("a", ["b"])]
print(c)
t = ([],)
t[0].append(t)
print(t)
x = []
y = [x]
x.append(y)
print(x, y)
class Node:
    def __init__(self, v):
        self.v = v
        self.kids = []
    def __repr__(self):
        return f"Node({self.v}, {self.kids})"
root = Node(1)
root.kids.append(Node(2))
root.kids[0].kids.append(Node(3))
print(root, [root], {"root": root})
print(repr([1.0, 2.5, 1e20, -0.0, float("inf")]), repr(("tuple", "of", "str")), repr({"a": (1,), "b": [()]}))
print([[]] * 3, [[], []] == [[]] * 2, str([""]), repr([" "]), [None, ..., NotImplemented])
