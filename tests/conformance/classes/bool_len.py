# Truthiness of objects: __bool__ takes precedence, then __len__, otherwise always true.
class Always:
    pass
class WithBool:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        print(f"  __bool__ called -> {self.b}")
        return self.b
class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print(f"  __len__ called -> {self.n}")
        return self.n
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
print(bool(Always()), bool(WithBool(True)), bool(WithBool(False)))
print(bool(WithLen(0)), bool(WithLen(3)), bool(Both()), len(Both()))
if WithLen(2):
    print("non-empty is truthy")
x = WithBool(False) or "fallback"
print(x)
print(not WithLen(0), [bool(v) for v in (WithLen(0), WithLen(1))])
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print("ValueError:", e)
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        return self.items.pop()
    def __len__(self):
        return len(self.items)
st = Stack()
st.push(1)
st.push(2)
while st:
    print("popped", st.pop())
print("empty stack is falsy:", not st)
print(all([WithLen(1), Always()]), any([WithLen(0), WithBool(False)]))
