# Exceptions raised inside generators propagate to the consumer and finish the generator.
def risky(items):
    for x in items:
        if x < 0:
            raise ValueError(f"negative value {x}")
        yield x * 10
g = risky([1, 2, -3, 4])
out = []
try:
    for v in g:
        out.append(v)
except ValueError as e:
    print("ValueError:", e, "after", out)
print(next(g, "generator finished"))
def guarded(items):
    for x in items:
        try:
            yield 100 // x
        except GeneratorExit:
            raise
        except Exception as e:
            print("  handled inside the generator:", type(e).__name__)
print(list(guarded([5, 2, 0, 1])))
def catches_own(items):
    for x in items:
        try:
            result = 100 // x
        except ZeroDivisionError:
            result = None
        yield result
print(list(catches_own([5, 0, 4])))
def with_finally():
    try:
        yield 1
        raise KeyError("inside")
    finally:
        print("  finally runs before the exception reaches the caller")
try:
    for v in with_finally():
        print("got", v)
except KeyError as e:
    print("KeyError:", e)
def consumer_raises():
    try:
        yield "a"
        yield "b"
    finally:
        print("  generator cleaned up")
try:
    for item in consumer_raises():
        raise RuntimeError(f"consumer failed on {item}")
except RuntimeError as e:
    print("RuntimeError:", e)
def chained():
    try:
        yield 1
        1 / 0
    except ZeroDivisionError as e:
        raise LookupError("wrapped") from e
try:
    list(chained())
except LookupError as e:
    print("LookupError:", e, "| cause:", repr(e.__cause__))
