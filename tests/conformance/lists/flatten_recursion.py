# Flattening arbitrarily nested lists recursively, iteratively and with generators.
nested = [1, [2, [3, [4, [5]]]], [], [[6, 7], 8], (9, [10]), "str", [[[]]]]
def flatten(x):
    out = []
    for item in x:
        if isinstance(item, (list, tuple)):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
def flatten_iter(x):
    stack = [iter(x)]
    out = []
    while stack:
        for item in stack[-1]:
            if isinstance(item, (list, tuple)):
                stack.append(iter(item))
                break
            out.append(item)
        else:
            stack.pop()
    return out
def flatten_gen(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten_gen(item)
        else:
            yield item
print(flatten(nested))
print(flatten_iter(nested))
print(list(flatten_gen(nested)))
def depth(x):
    if not isinstance(x, list):
        return 0
    return 1 + max((depth(i) for i in x), default=0)
print(depth(nested), depth([]), depth(5), depth([[[]]]))
def count_leaves(x):
    return sum(count_leaves(i) for i in x) if isinstance(x, (list, tuple)) else 1
print(count_leaves(nested))
def deep_map(f, x):
    if isinstance(x, list):
        return [deep_map(f, i) for i in x]
    return f(x)
print(deep_map(lambda v: v * 10 if isinstance(v, int) else v, [1, [2, [3]], "s"]))
deep = []
cur = deep
for i in range(200):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
print(len(flatten(deep)), flatten(deep)[:5], depth(deep))
print(sum(flatten_gen([[1, 2], [3, [4, 5]]])), max(flatten_gen([[3], [[9]], 2])))
