# An uncaught exception chained from another: the last stderr line names the final exception.
import json
def load(text):
    try:
        return json.loads(text)
    except ValueError as e:
        raise RuntimeError("configuration is not valid JSON") from e
print(load('{"ok": true}'))
load("{broken")
