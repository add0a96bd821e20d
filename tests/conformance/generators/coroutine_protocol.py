# Combining send, throw and close on one coroutine that logs every transition.
log = []
def session():
    log.append("start")
    total = 0
    try:
        while True:
            try:
                value = yield total
                log.append(f"recv {value}")
                total += value
            except ValueError as e:
                log.append(f"handled {e}")
                total = 0
    except GeneratorExit:
        log.append("closing")
        raise
    finally:
        log.append("finally")
s = session()
print(next(s))
print(s.send(5), s.send(7))
print(s.throw(ValueError("reset")))
print(s.send(3))
try:
    s.throw(KeyError("fatal"))
except KeyError as e:
    print("KeyError escaped:", e)
print(log)
log.clear()
s2 = session()
next(s2)
s2.send(1)
s2.close()
print(log)
try:
    s2.send(1)
except StopIteration:
    print("send after close raises StopIteration")
log.clear()
def averaging_pipeline(target):
    count = total = 0
    try:
        while True:
            x = yield
            count += 1
            total += x
            target.send(total / count)
    finally:
        target.close()
def printer():
    try:
        while True:
            print("  avg:", (yield))
    finally:
        print("  printer closed")
pr = printer()
next(pr)
ap = averaging_pipeline(pr)
next(ap)
for x in [4, 8, 6]:
    ap.send(x)
ap.close()
