# Validating JSON-like input with nested match patterns and collecting errors.
def validate(record):
    errors = []
    match record:
        case {"id": int(i), "name": str(n), "tags": [*tags], **extra}:
            if i <= 0:
                errors.append("id must be positive")
            if not n:
                errors.append("name empty")
            for t in tags:
                match t:
                    case str() if t.isidentifier():
                        pass
                    case _:
                        errors.append(f"bad tag {t!r}")
            if extra:
                errors.append(f"unknown keys {sorted(extra)}")
        case {"id": _, "name": _, "tags": bad}:
            errors.append(f"tags must be a list, got {type(bad).__name__}")
        case {"id": int(), "name": str()}:
            errors.append("missing tags")
        case {"id": i} if not isinstance(i, int):
            errors.append("id must be int")
        case dict():
            errors.append("missing required keys")
        case _:
            errors.append("not an object")
    return errors or ["valid"]
records = [
    {"id": 1, "name": "a", "tags": ["x", "y_2"]},
    {"id": 0, "name": "", "tags": ["ok", "not ok", 3]},
    {"id": 2, "name": "b", "tags": [], "color": "red", "size": 1},
    {"id": 3, "name": "c", "tags": "x,y"},
    {"id": 4, "name": "d"},
    {"id": "5", "name": "e"},
    {"name": "f"},
    ["id", 1],
    None,
]
for r in records:
    print(repr(r)[:40].ljust(40), validate(r))
