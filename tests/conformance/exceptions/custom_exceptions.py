# Custom exception classes: hierarchies, extra attributes, __str__, args, and add_note.
class AppError(Exception):
    """Base for this application's errors."""
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
class NotFound(AppError):
    def __init__(self, kind, key):
        super().__init__(kind, key)
        self.kind, self.key = kind, key
    def __str__(self):
        return f"{self.kind} {self.key!r} not found"
class RetryableError(AppError):
    retries = 3
def validate(user):
    if not user.get("name"):
        raise ValidationError("name", "required")
    if user.get("age", 0) < 0:
        raise ValidationError("age", f"must be >= 0, got {user['age']}")
    return "valid"
for user in [{"name": "ann", "age": 3}, {"age": 4}, {"name": "bo", "age": -1}]:
    try:
        print(validate(user))
    except ValidationError as e:
        print("ValidationError:", e, "| field:", e.field, "| args:", e.args)
try:
    raise NotFound("user", 42)
except AppError as e:
    print(type(e).__name__, str(e), repr(e), e.args, isinstance(e, Exception))
try:
    raise RetryableError("flaky", "service")
except AppError as e:
    print(e, e.args, e.retries, repr(e))
print(AppError.__doc__, [c.__name__ for c in ValidationError.__mro__])
print(str(AppError()), repr(AppError()), str(AppError("one")), str(AppError("a", "b")), repr(AppError("a", 1)))
e = ValueError("base message")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e))
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
print(WithDefault(), WithDefault("custom"))
try:
    raise ValidationError
except TypeError as e:
    print("TypeError:", e)
errors = [ValidationError("x", "bad"), NotFound("item", "k"), RetryableError()]
print([type(err).__name__ for err in errors if isinstance(err, AppError)])
