# finally always runs: on normal exit, exceptions, return, break and continue; return in finally wins.
def normal():
    try:
        return "try value"
    finally:
        print("  finally after return")
print(normal())
def overriding():
    try:
        return "try value"
    finally:
        return "finally value"
print(overriding())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"
print(swallow())
def return_evaluated_first():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(return_evaluated_first())
def value_rebound():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_rebound())
results = []
for i in range(3):
    try:
        if i == 1:
            continue
        results.append(i)
    finally:
        results.append(f"f{i}")
print(results)
def break_in_finally():
    for i in range(5):
        try:
            raise KeyError(i)
        finally:
            break
    return f"broke out at {i}, exception discarded"
print(break_in_finally())
def order():
    log = []
    try:
        log.append("try")
        raise RuntimeError
    except RuntimeError:
        log.append("except")
        return log
    else:
        log.append("else")
    finally:
        log.append("finally")
print(order())
