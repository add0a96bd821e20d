def literals(command):
    match command:
        case 1:
            return "one"
        case -1 | 1.5 | -2.5:
            return "number"
        case "text" | b"bytes":
            return "string"
        case None:
            return "none"
        case True | False:
            return "bool"
        case _:
            return "other"

def sequences(point):
    match point:
        case (0, 0):
            return 0
        case (x, 0) | (0, x):
            return x
        case [x, y, *rest]:
            return rest
        case [*_, last]:
            return last
        case [first, *_]:
            return first
        case []:
            return None

def mappings(config):
    match config:
        case {1: a, None: b, **rest}:
            return a, b, rest
        case {"key": [1, v]}:
            return v
        case {}:
            return None

def classes(obj):
    match obj:
        case Point(0, y=0):
            return "origin"
        case Point(x, y) as p if x == y:
            return p
        case Color.RED:
            return "red"
        case [Point(x=a), Point(x=b)]:
            return a + b
