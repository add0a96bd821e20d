# Nested try/finally blocks, exceptions raised in finally, and finally inside loops.
def nested():
    log = []
    try:
        try:
            log.append("inner try")
            raise ValueError
        finally:
            log.append("inner finally")
    except ValueError:
        log.append("outer except")
    finally:
        log.append("outer finally")
    return log
print(nested())
def finally_raises():
    try:
        return "never returned"
    finally:
        raise LookupError("finally raised")
try:
    finally_raises()
except LookupError as e:
    print("LookupError:", e)
count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
    finally:
        print("  loop finally", count)
def cleanup_order():
    log = []
    for name in ("a", "b"):
        try:
            try:
                log.append(f"work {name}")
            finally:
                log.append(f"inner cleanup {name}")
        finally:
            log.append(f"outer cleanup {name}")
    return log
print(cleanup_order())
