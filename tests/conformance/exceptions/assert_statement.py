# assert: passing assertions do nothing; failing ones raise AssertionError with an optional message.
def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n
print(check_positive(5))
for value in [3, 0, -2]:
    try:
        check_positive(value)
        print(value, "ok")
    except AssertionError as e:
        print(value, "AssertionError:", e, e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert 1 == 2
except AssertionError as e:
    print("no message:", repr(e), e.args)
calls = []
def msg():
    calls.append("message built")
    return "lazy message"
assert True, msg()
print("message not evaluated when assertion passes:", calls)
try:
    assert False, msg()
except AssertionError as e:
    print(e, calls)
def invariant(stack):
    assert isinstance(stack, list), "stack must be a list"
    assert all(isinstance(x, int) for x in stack), "ints only"
    assert stack == sorted(stack), f"not sorted: {stack}"
    return len(stack)
for s in [[1, 2, 3], [3, 1], (1,), [1, "x"]]:
    try:
        print(invariant(s))
    except AssertionError as e:
        print("invariant failed:", e)
