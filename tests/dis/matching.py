def m(cmd):
    match cmd:
        case [x, y, *rest]:
            return x
        case {"k": v, **kw}:
            return v
        case Point(x=0, y=yy) | Point(x=yy, y=0):
            return yy
        case 1 | 2 | -3:
            return 0
        case str() as s if s:
            return s
        case _:
            return None
