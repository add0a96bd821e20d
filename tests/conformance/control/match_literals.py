# match with literal patterns, or-patterns, wildcard, None/True/False and negative numbers.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case "hello" | "hi":
            return "greeting"
        case "":
            return "empty string"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 2.5:
            return "two and a half"
        case b"raw":
            return "bytes"
        case _:
            return f"other: {x!r}"
for v in [0, 1, 3, 4, -1, "hello", "hi", "", "bye", None, True, False, 2.5, b"raw", 1.0, 0.0, [], (1,)]:
    print(repr(v), "->", describe(v))
def http_status(code):
    match code:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302:
            return "redirect"
        case 400:
            return "bad request"
        case 404:
            return "not found"
        case 500 | 502 | 503:
            return "server error"
        case other:
            return f"unknown {other}"
print([http_status(c) for c in (200, 204, 302, 404, 418, 503)])
def sign(n):
    match n > 0, n < 0:
        case True, False:
            return "+"
        case False, True:
            return "-"
        case _:
            return "0"
print([sign(n) for n in (5, -3, 0)])
