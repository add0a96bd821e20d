# An uncaught exception chained from another: the last stderr line names the final exception.
import json
def load(text):
    try:
        return json.loads(text)
    except ValueError as e:
        raise RuntimeError("configuration is not valid JSON") from e
def load_all(texts):
    configs = []
    for t in texts:
        cfg = load(t)
        print("loaded", sorted(cfg))
        configs.append(cfg)
    return configs
good = ['{"ok": true}', '{"port": 80, "host": "x"}']
print(len(load_all(good)), "configs")
try:
    load("[1,")
except RuntimeError as e:
    print("handled:", e, "| cause:", type(e.__cause__).__name__)
load_all(good + ["{broken"])
print("never printed")
