# Benchmark: a small bytecode interpreter loop (dispatch on opcodes, list-based stack, dict globals).
import sys
PUSH, LOAD, STORE, ADD, SUB, MUL, MOD, LT, JMPF, JMP, HALT = range(11)
def compile_program():
    # total = 0; i = 0; while i < n: total = (total + i * i) % 1000003; i = i + 1
    return [
        (PUSH, 0), (STORE, "total"), (PUSH, 0), (STORE, "i"),
        (LOAD, "i"), (LOAD, "n"), (LT, None), (JMPF, 22),
        (LOAD, "total"), (LOAD, "i"), (LOAD, "i"), (MUL, None), (ADD, None), (PUSH, 1000003), (MOD, None),
        (STORE, "total"), (LOAD, "i"), (PUSH, 1), (ADD, None), (STORE, "i"), (JMP, 4), (HALT, None),
        (HALT, None),
    ]
def run(code, env):
    stack = []
    pc = 0
    steps = 0
    while True:
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == PUSH:
            stack.append(arg)
        elif op == LOAD:
            stack.append(env[arg])
        elif op == STORE:
            env[arg] = stack.pop()
        elif op == ADD:
            b = stack.pop()
            stack.append(stack.pop() + b)
        elif op == SUB:
            b = stack.pop()
            stack.append(stack.pop() - b)
        elif op == MUL:
            b = stack.pop()
            stack.append(stack.pop() * b)
        elif op == MOD:
            b = stack.pop()
            stack.append(stack.pop() % b)
        elif op == LT:
            b = stack.pop()
            stack.append(stack.pop() < b)
        elif op == JMPF:
            if not stack.pop():
                pc = arg
        elif op == JMP:
            pc = arg
        elif op == HALT:
            return steps
n = int(sys.argv[1]) if len(sys.argv) > 1 else 150000
env = {"n": n}
steps = run(compile_program(), env)
print(steps, env["total"], env["i"])
