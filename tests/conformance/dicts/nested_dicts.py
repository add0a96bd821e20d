# Nested dictionaries: safe deep access, recursive merge, flattening and path updates.
config = {
    "server": {"host": "localhost", "port": 8080, "tls": {"enabled": False}},
    "db": {"name": "app", "pool": {"min": 1, "max": 10}},
    "features": ["a", "b"],
}
def deep_get(d, path, default=None):
    for key in path.split("."):
        if not isinstance(d, dict) or key not in d:
            return default
        d = d[key]
    return d
print(deep_get(config, "server.port"), deep_get(config, "db.pool.max"), deep_get(config, "x.y", "none"))
print(deep_get(config, "server.tls.enabled"), deep_get(config, "features"), deep_get(config, "features.0"))
def deep_merge(base, override):
    out = dict(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out
merged = deep_merge(config, {"server": {"port": 9090, "tls": {"enabled": True, "cert": "x.pem"}}, "debug": True})
print(merged)
print(config["server"]["port"], merged["db"] is config["db"])
def flatten(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            out.update(flatten(v, key))
        else:
            out[key] = v
    return out
flat = flatten(merged)
for k in sorted(flat):
    print(f"  {k} = {flat[k]!r}")
def unflatten(flat):
    root = {}
    for path, value in flat.items():
        node = root
        *parents, leaf = path.split(".")
        for p in parents:
            node = node.setdefault(p, {})
        node[leaf] = value
    return root
print(unflatten(flat) == merged)
def set_path(d, path, value):
    keys = path.split(".")
    for k in keys[:-1]:
        d = d.setdefault(k, {})
    d[keys[-1]] = value
set_path(config, "logging.level", "info")
set_path(config, "server.tls.enabled", "maybe")
print(config["logging"], config["server"]["tls"])
tree = lambda: {}
counts = {}
for word in ["apple", "apricot", "banana", "blueberry", "avocado"]:
    counts.setdefault(word[0], {}).setdefault(word[1], []).append(word)
print(counts)
