# match with mapping patterns: required keys, value sub-patterns, **rest, and extra keys.
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": "q" | "Q"}:
            return "quit"
        case {"type": "key", "key": str(k), **mods} if mods:
            return f"key {k} with {sorted(mods)}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": "scroll", "delta": int(d)} if d < 0:
            return f"scroll up {-d}"
        case {"type": "scroll", "delta": d}:
            return f"scroll down {d}"
        case {"type": t, **rest}:
            return f"unhandled {t} {rest}"
        case {}:
            return "empty or typeless mapping"
        case _:
            return "not a mapping"
events = [
    {"type": "click", "pos": (10, 20), "button": 1},
    {"type": "key", "key": "Q"},
    {"type": "key", "key": "a", "shift": True, "ctrl": False},
    {"type": "key", "key": "b"},
    {"type": "scroll", "delta": -3},
    {"type": "scroll", "delta": 5},
    {"type": "resize", "w": 80, "h": 24},
    {"size": 3},
    {},
    [("type", "click")],
    "click",
]
for e in events:
    print(handle(e))
def config_value(cfg):
    match cfg:
        case {"db": {"host": host, "port": int(port)}}:
            return f"{host}:{port}"
        case {"db": {"host": host}}:
            return f"{host}:5432"
        case {"db": url} if isinstance(url, str):
            return url
        case _:
            return "no db"
for c in [{"db": {"host": "h", "port": 1}}, {"db": {"host": "x"}}, {"db": "pg://y"}, {"db": 3}, {}]:
    print(config_value(c))
from collections import OrderedDict, defaultdict
print(handle(OrderedDict(type="key", key="z")), handle(defaultdict(int, type="scroll", delta=1)))
