# try/except/else/finally: else runs only without an exception, before finally.
def run(action):
    log = []
    try:
        log.append("try")
        result = action()
    except ZeroDivisionError:
        log.append("except ZeroDivisionError")
    except (KeyError, IndexError) as e:
        log.append(f"except lookup {type(e).__name__}")
    else:
        log.append(f"else result={result}")
    finally:
        log.append("finally")
    return log
print(run(lambda: 10))
print(run(lambda: 1 / 0))
print(run(lambda: {}["k"]))
print(run(lambda: [][1]))
try:
    print(run(lambda: int("x")))
except ValueError as e:
    print("escaped ValueError:", e)
def parse_all(items):
    good, bad = [], []
    for it in items:
        try:
            n = int(it)
        except ValueError:
            bad.append(it)
        else:
            good.append(n)
    return good, bad
print(parse_all(["1", "two", "3", "4.5", "-6"]))
def else_exception():
    try:
        pass
    except ValueError:
        return "not here"
    else:
        raise ValueError("raised in else is not caught by the same try")
try:
    else_exception()
except ValueError as e:
    print("ValueError:", e)
def else_return():
    try:
        x = 1
    except Exception:
        return "except"
    else:
        return f"else {x}"
    finally:
        print("  finally before else's return completes")
print(else_return())
