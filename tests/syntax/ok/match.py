# match statements: every pattern kind.
match command:
    case 1:
        pass
    case -1:
        pass
    case 1.5 | -2.5:
        pass
    case "text" | b"bytes":
        pass
    case 'adjacent' 'strings':
        pass
    case None:
        pass
    case True | False:
        pass
    case name:
        pass
    case _:
        pass
match point:
    case (0, 0):
        pass
    case (x, 0) | (0, x):
        pass
    case [x, y, *rest]:
        pass
    case [*_, last]:
        pass
    case []:
        pass
    case ():
        pass
    case x, y:
        pass
    case *first, last:
        pass
    case (single,):
        pass
    case (grouped):
        pass
    case [1, 2] as pair:
        pass
    case {"x": 0, "y": y}:
        pass
    case {1: a, None: b, **rest}:
        pass
    case {Color.RED: red}:
        pass
    case {}:
        pass
    case Point():
        pass
    case Point(0, y):
        pass
    case Point(x=0, y=yy):
        pass
    case mod.Point(1, y=2):
        pass
    case Color.RED:
        pass
    case a.b.c:
        pass
    case [Point(x=0) as p, {"k": [1, *_]}] if p.y > 0:
        pass
    case str() | bytes() as s if len(s) > 1:
        pass
match x, y:
    case a, b:
        pass
match *a, b:
    case _:
        pass
match (x):
    case _: pass
match = 1
match.attr = 2
match[0] = 3
match(x)
case = 4
print(match, case)
def _(): pass
_ = 5
