# match with sequence patterns: fixed length, star captures, nesting, and what counts as a sequence.
def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *middle, last] if not middle:
            return "unreachable"
        case [first, *rest] if len(rest) > 3:
            return f"long: starts {first}, {len(rest)} more"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
for s in [[], [1], [1, 2], (1, 2, 3), [1, 2, 3, 4], list(range(7)), "ab", range(3)]:
    print(repr(s), "->", shape(s))
def nested(v):
    match v:
        case [[a, b], [c, d]]:
            return a * d - b * c
        case [(x, y), *_]:
            return f"starts with pair {x},{y}"
        case [_, [_, [deep]]]:
            return f"deep {deep}"
        case _:
            return "no match"
print(nested([[1, 2], [3, 4]]), nested([(5, 6), 7]), nested([0, [0, [99]]]), nested("xy"))
def head_tail(v):
    match v:
        case [*init, 0]:
            return f"ends with zero after {init}"
        case [1, *_, 1]:
            return "bookended by ones"
        case [*_]:
            return "some sequence"
print(head_tail([4, 5, 0]), head_tail([1, 2, 3, 1]), head_tail([1]), head_tail([0]))
def strings_are_not_sequences(v):
    match v:
        case [a, b]:
            return "pair"
        case str():
            return "string"
        case _:
            return "other"
print(strings_are_not_sequences("ab"), strings_are_not_sequences(["a", "b"]), strings_are_not_sequences(b"ab"))
point = (3, -3)
match point:
    case (0, 0):
        print("origin")
    case (x, 0) | (0, x):
        print("on axis", x)
    case (x, y) if x == -y:
        print("anti-diagonal", x, y)
    case (x, y):
        print("elsewhere", x, y)
