def handle(a):
    try:
        r = 1 / a
    except ZeroDivisionError as e:
        print(e)
        return None
    except (TypeError, ValueError):
        raise
    else:
        r += 1
    finally:
        print("done")
    return r

def managed(path):
    with open(path) as f:
        return f.read()

def assertions(x):
    assert x, "x must be true"
    raise ValueError("bad") from None
