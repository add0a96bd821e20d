# Requests bigger than the machine's memory raise MemoryError at once (instead of the process
# being killed while it fills them), and the program goes on.
tries = [
    ("list repeat", lambda: [0] * (10**12)),
    ("list in-place repeat", lambda: [1].__imul__(10**12)),
    ("tuple repeat", lambda: (1, 2) * (10**12)),
    ("str repeat", lambda: "a" * (10**13)),
    ("bytes repeat", lambda: b"ab" * (10**12)),
    ("bytearray(n)", lambda: bytearray(10**12)),
]
for label, make in tries:
    try:
        make()
        print(label, "succeeded?")
    except MemoryError as e:
        print(label, "-> MemoryError", repr(e))
print(len([0] * 10**6), len("ab" * 10**6))
