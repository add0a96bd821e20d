# A tiny stack-based virtual machine with an assembler, labels, calls and memory cells.
def assemble(src):
    code, labels = [], {}
    for line in src.replace("|", "\n").strip().splitlines():
        line = line.split(";")[0].strip()
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
        elif line:
            code.append(line.split())
    for ins in code:
        if len(ins) > 1:
            ins[1] = labels[ins[1]] if ins[0] in ("JMP", "JZ", "CALL") else int(ins[1])
    return code, labels
BINOPS = {"ADD": lambda a, b: a + b, "SUB": lambda a, b: a - b, "MUL": lambda a, b: a * b,
          "LT": lambda a, b: int(a < b), "EQ": lambda a, b: int(a == b)}
def run(code, limit=100000):
    stack, calls, out, mem = [], [], [], [0] * 8
    pc = steps = 0
    while pc < len(code) and steps < limit:
        op, *args = code[pc]
        steps += 1
        pc += 1
        if op == "PUSH":
            stack.append(args[0])
        elif op in BINOPS:
            b, a = stack.pop(), stack.pop()
            stack.append(BINOPS[op](a, b))
        elif op == "DUP":
            stack.append(stack[-1])
        elif op == "LOAD":
            stack.append(mem[args[0]])
        elif op == "STORE":
            mem[args[0]] = stack.pop()
        elif op == "JMP":
            pc = args[0]
        elif op == "JZ":
            if stack.pop() == 0:
                pc = args[0]
        elif op == "CALL":
            calls.append(pc)
            pc = args[0]
        elif op == "RET":
            pc = calls.pop()
        elif op == "PRINT":
            out.append(stack.pop())
        elif op == "HALT":
            break
        else:
            raise RuntimeError(f"bad opcode {op}")
    return out, steps, stack
PROGRAM = """
    PUSH 10                            ; print n! for n = 10 down to 1
loop:
    DUP | JZ done | DUP | CALL fact | PRINT | PUSH 1 | SUB | JMP loop
done:
    HALT
fact:                                  ; ( n -- n! ) with cells 0 (n) and 1 (acc)
    STORE 0 | PUSH 1 | STORE 1
fact_loop:
    LOAD 0 | JZ fact_end
    LOAD 1 | LOAD 0 | MUL | STORE 1
    LOAD 0 | PUSH 1 | SUB | STORE 0 | JMP fact_loop
fact_end:
    LOAD 1 | RET
"""
code, labels = assemble(PROGRAM)
print(sorted(labels.items(), key=lambda kv: kv[1]), len(code), code[:3])
print(run(code))
try:
    run(assemble("PUSH 1\nFROB")[0])
except RuntimeError as e:
    print("RuntimeError:", e)
print(run(assemble("top:\nJMP top")[0], limit=50))
