# __traceback__ objects: walking tb_next to list the functions and line numbers an exception crossed.
def level3():
    return {}["missing"]
def level2():
    return level3()
def level1():
    return level2()
try:
    level1()
except KeyError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(frames)
def fresh():
    return ValueError("never raised")
print(fresh().__traceback__)
try:
    try:
        level1()
    except KeyError as inner:
        raise RuntimeError("wrapper")
except RuntimeError as outer:
    print(outer.__traceback__.tb_lineno, outer.__context__.__traceback__.tb_lineno)
    depth = 0
    tb = outer.__context__.__traceback__
    while tb:
        depth += 1
        tb = tb.tb_next
    print("context traceback depth", depth)
err = None
try:
    1 / 0
except ZeroDivisionError as e:
    err = e
print(type(err).__name__, err.__traceback__.tb_lineno, err.__traceback__.tb_frame.f_code.co_name)
stripped = err.with_traceback(None)
print(stripped is err, err.__traceback__)
def recurse(n):
    if n == 0:
        raise IndexError("bottom")
    return recurse(n - 1)
try:
    recurse(4)
except IndexError as e:
    names = []
    tb = e.__traceback__
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
