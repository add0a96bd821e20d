# Processing a batch while collecting errors instead of stopping at the first one.
records = ["42", "17", "x9", "", "3.5", "-8", "1e3", "99999999999999999999", " 12 ", "None"]
parsed, errors = [], []
for i, raw in enumerate(records):
    try:
        value = int(raw)
        if value < 0:
            raise ValueError(f"negative value {value}")
        if value > 10 ** 6:
            raise OverflowError(f"value too large ({len(raw)} digits)")
        parsed.append(value)
    except ValueError as e:
        errors.append((i, "ValueError", str(e)))
    except OverflowError as e:
        errors.append((i, "OverflowError", str(e)))
print(parsed, sum(parsed))
for err in errors:
    print(err)
class BatchError(Exception):
    def __init__(self, failures):
        super().__init__(f"{len(failures)} item(s) failed")
        self.failures = failures
def process(items, fn):
    results, failures = [], []
    for item in items:
        try:
            results.append(fn(item))
        except Exception as e:
            failures.append((item, type(e).__name__))
    if failures:
        raise BatchError(failures)
    return results
print(process([1, 2, 4], lambda n: 12 // n))
try:
    process([1, 0, "a", 3, None], lambda n: 12 // n)
except BatchError as e:
    print(e, e.failures)
def first_success(*fns):
    errors = []
    for fn in fns:
        try:
            return fn(), errors
        except Exception as e:
            errors.append(type(e).__name__)
    return None, errors
print(first_success(lambda: [][0], lambda: {}["k"], lambda: "third works", lambda: "unused"))
print(first_success(lambda: 1 / 0, lambda: int("x")))
