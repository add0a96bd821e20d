# *args and **kwargs: collecting extra arguments, unpacking in calls, forwarding.
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"
print(show())
print(show(1, 2, 3))
print(show(a=1, b=2))
print(show(1, "x", key="v", other=None))
nums = [4, 5, 6]
opts = {"sep": "-", "end": "!\n"}
print(*nums, **opts)
print(show(*nums, *"ab", **opts, extra=1))
def total(*values, start=0):
    result = start
    for v in values:
        result += v
    return result
print(total(), total(1, 2, 3), total(*range(10)), total(1, 2, start=100))
def describe(first, *rest, **named):
    parts = [str(first)]
    if rest:
        parts.append(f"+{len(rest)} more")
    for k in sorted(named):
        parts.append(f"{k}={named[k]}")
    return " ".join(parts)
print(describe(1), describe(1, 2, 3), describe("a", z=1, y=2), describe(*"xyz", **{"k": "v"}))
def forward(*args, **kwargs):
    return show(*args, **kwargs)
print(forward(1, b=2))
def merge(**dicts):
    return dicts
print(merge(**{"a": 1}, **{"b": 2}), merge(a=1, **{"b": 2}, c=3))
try:
    merge(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError for a repeated keyword")
def head_tail(head, *tail):
    return head, tail
print(head_tail(1), head_tail(1, 2, 3), head_tail(*[9, 8]))
def kw_only_collect(*, a, **rest):
    return a, rest
print(kw_only_collect(a=1), kw_only_collect(b=2, a=3, c=4))
args = (1, 2)
kwargs = {"c": 3}
def abc(a, b, c):
    return a + b * c
print(abc(*args, **kwargs), abc(1, *[2], **{"c": 10}), abc(**{"a": 1, "b": 1, "c": 1}))
print(type(show.__code__.co_flags).__name__, show.__code__.co_argcount)
