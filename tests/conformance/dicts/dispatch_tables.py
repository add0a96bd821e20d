# Dicts of functions as dispatch tables: a calculator, a command interpreter, state machines.
import operator
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
       "//": operator.floordiv, "%": operator.mod, "**": pow, "max": max, "min": min}
for expr in ["3 + 4", "10 - 12", "6 * 7", "7 / 2", "7 // 2", "-7 % 3", "2 ** 16", "3 max 9", "3 min 9"]:
    a, op, b = expr.split()
    print(expr, "=", OPS[op](int(a), int(b)))
def cmd_push(stack, arg):
    stack.append(int(arg))
def cmd_pop(stack, arg):
    return stack.pop()
def cmd_dup(stack, arg):
    stack.append(stack[-1])
def cmd_add(stack, arg):
    stack.append(stack.pop() + stack.pop())
def cmd_show(stack, arg):
    return list(stack)
COMMANDS = {"push": cmd_push, "pop": cmd_pop, "dup": cmd_dup, "add": cmd_add, "show": cmd_show}
program = ["push 5", "push 7", "dup", "show", "add", "add", "show", "pop", "show", "jump 3"]
stack = []
for line in program:
    name, _, arg = line.partition(" ")
    handler = COMMANDS.get(name)
    if handler is None:
        print("unknown command:", name)
        continue
    result = handler(stack, arg)
    if result is not None:
        print(line, "->", result)
TRANSITIONS = {
    ("locked", "coin"): "unlocked",
    ("locked", "push"): "locked",
    ("unlocked", "push"): "locked",
    ("unlocked", "coin"): "unlocked",
}
state = "locked"
for event in ["push", "coin", "coin", "push", "push", "coin"]:
    new = TRANSITIONS[(state, event)]
    print(f"{state:>8} --{event}--> {new}")
    state = new
handlers = {int: lambda v: f"int {v}", str: lambda v: f"str {v!r}", list: lambda v: f"list of {len(v)}"}
for value in [3, "x", [1, 2], 2.5]:
    print(handlers.get(type(value), lambda v: f"other {type(v).__name__}")(value))
