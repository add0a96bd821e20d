# collections.ChainMap as nested scopes: lookups fall through, writes go to the first map.
from collections import ChainMap
builtins_scope = {"print": "builtin-print", "len": "builtin-len"}
global_scope = {"x": 1, "y": 2}
local_scope = {"x": 10}
scope = ChainMap(local_scope, global_scope, builtins_scope)
print(scope["x"], scope["y"], scope["len"], "print" in scope, "zzz" in scope, len(scope))
print(sorted(scope.keys()), sorted(scope.items()))
scope["y"] = 20
print(local_scope, global_scope)
del scope["x"]
print(scope["x"], local_scope)
try:
    del scope["print"]
except KeyError as e:
    print("KeyError:", e)
child = scope.new_child({"z": 99})
print(child["z"], child["x"], len(child.maps), child.parents["y"])
print(dict(child) == {**builtins_scope, **global_scope, "y": 20, "z": 99})
def resolve(name, *scopes):
    for i, s in enumerate(scopes):
        if name in s:
            return i, s[name]
    raise NameError(name)
print(resolve("x", local_scope, global_scope), resolve("len", local_scope, global_scope, builtins_scope))
defaults = {"color": "red", "size": "M", "qty": 1}
user = {"size": "L"}
cli = {"qty": 3}
settings = ChainMap(cli, user, defaults)
print({k: settings[k] for k in sorted(settings)})
print(settings.get("missing", "n/a"), settings.maps[1])
