"""A small expression language: tokenizer, recursive-descent parser to an AST, and an evaluator.

The language has numbers, variables, + - * / % ^, comparisons, `if ... then ... else ...`,
`let` bindings, user functions (including recursion), a few built-ins, and error messages that
point at the offending column.
"""
import math
import re

TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d*)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>==|!=|<=|>=|[-+*/%^(),=<>]))")
KEYWORDS = {"let", "def", "if", "then", "else", "print", "and", "or", "not"}


class CalcError(Exception):
    def __init__(self, message, col=None):
        super().__init__(message)
        self.col = col


def tokenize(line):
    pos, tokens = 0, []
    while pos < len(line):
        if line[pos:].strip() == "":
            break
        m = TOKEN.match(line, pos)
        if not m:
            col = len(line) - len(line[pos:].lstrip()) if line[pos:].strip() else pos
            raise CalcError(f"unexpected character {line[col]!r}", col)
        kind = m.lastgroup
        text, start = m.group(kind), m.start(kind)
        if kind == "name" and text in KEYWORDS:
            kind = "kw"
        tokens.append((kind, text, start))
        pos = m.end()
    tokens.append(("end", "", len(line)))
    return tokens


class Parser:
    """Grammar, loosest first: stmt, or, and, not, cmp, sum, term, unary, power, atom."""

    def __init__(self, line):
        self.tokens = tokenize(line)
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def take(self, text=None, kind=None):
        tok = self.peek()
        if (text is not None and tok[1] != text) or (kind is not None and tok[0] != kind):
            want = text or kind
            got = tok[1] or "end of line"
            raise CalcError(f"expected {want!r}, got {got!r}", tok[2])
        self.i += 1
        return tok

    def statement(self):
        tok = self.peek()
        if tok[1] == "let":
            self.take("let")
            name = self.take(kind="name")[1]
            self.take("=")
            node = ("let", name, self.expr())
        elif tok[1] == "def":
            self.take("def")
            name = self.take(kind="name")[1]
            self.take("(")
            params = []
            while self.peek()[1] != ")":
                params.append(self.take(kind="name")[1])
                if self.peek()[1] == ",":
                    self.take(",")
            self.take(")")
            self.take("=")
            node = ("def", name, params, self.expr())
        elif tok[1] == "print":
            self.take("print")
            node = ("print", self.expr())
        else:
            node = ("expr", self.expr())
        self.take(kind="end")
        return node

    def expr(self):
        if self.peek()[1] == "if":
            self.take("if")
            cond = self.expr()
            self.take("then")
            yes = self.expr()
            self.take("else")
            return ("if", cond, yes, self.expr())
        return self.or_()

    def binary(self, ops, sub):
        left = sub()
        while self.peek()[1] in ops:
            op = self.take()[1]
            left = (op, left, sub())
        return left

    def or_(self):
        return self.binary({"or"}, self.and_)

    def and_(self):
        return self.binary({"and"}, self.not_)

    def not_(self):
        if self.peek()[1] == "not":
            self.take("not")
            return ("not", self.not_())
        return self.cmp()

    def cmp(self):
        return self.binary({"==", "!=", "<", "<=", ">", ">="}, self.sum)

    def sum(self):
        return self.binary({"+", "-"}, self.term)

    def term(self):
        return self.binary({"*", "/", "%"}, self.unary)

    def unary(self):
        if self.peek()[1] == "-":
            self.take("-")
            return ("neg", self.unary())
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek()[1] == "^":
            self.take("^")
            return ("^", base, self.unary())
        return base

    def atom(self):
        kind, text, col = self.peek()
        if kind == "num":
            self.take()
            return ("num", float(text) if "." in text else int(text))
        if kind == "name":
            self.take()
            if self.peek()[1] == "(":
                self.take("(")
                args = []
                while self.peek()[1] != ")":
                    args.append(self.expr())
                    if self.peek()[1] == ",":
                        self.take(",")
                self.take(")")
                return ("call", text, args, col)
            return ("var", text, col)
        if text == "(":
            self.take("(")
            node = self.expr()
            self.take(")")
            return node
        raise CalcError(f"unexpected {text or 'end of line'!r}", col)


BUILTINS = {"sqrt": math.sqrt, "abs": abs, "max": max, "min": min, "floor": math.floor}
ARITH = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "%": lambda a, b: a % b, "^": lambda a, b: a ** b,
    "==": lambda a, b: a == b, "!=": lambda a, b: a != b, "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b, ">": lambda a, b: a > b, ">=": lambda a, b: a >= b,
}


class Interpreter:
    def __init__(self):
        self.globals = {"pi": math.pi}
        self.functions = {}
        self.calls = 0
        self.depth = 0

    def run(self, line):
        node = Parser(line).statement()
        kind = node[0]
        if kind == "let":
            self.globals[node[1]] = self.eval(node[2], self.globals)
            return None
        if kind == "def":
            self.functions[node[1]] = (node[2], node[3])
            return f"defined {node[1]}({', '.join(node[2])})"
        value = self.eval(node[1], self.globals)
        return show(value)

    def eval(self, node, env):
        op = node[0]
        if op == "num":
            return node[1]
        if op == "var":
            if node[1] not in env:
                raise CalcError(f"unknown variable {node[1]!r}", node[2])
            return env[node[1]]
        if op == "neg":
            return -self.eval(node[1], env)
        if op == "not":
            return not self.eval(node[1], env)
        if op == "and":
            return self.eval(node[1], env) and self.eval(node[2], env)
        if op == "or":
            return self.eval(node[1], env) or self.eval(node[2], env)
        if op == "if":
            return self.eval(node[2] if self.eval(node[1], env) else node[3], env)
        if op == "/":
            a, b = self.eval(node[1], env), self.eval(node[2], env)
            if b == 0:
                raise CalcError("division by zero")
            return a // b if isinstance(a, int) and isinstance(b, int) and a % b == 0 else a / b
        if op in ARITH:
            return ARITH[op](self.eval(node[1], env), self.eval(node[2], env))
        if op == "call":
            name, arg_nodes, col = node[1], node[2], node[3]
            args = [self.eval(a, env) for a in arg_nodes]
            if name in self.functions:
                params, body = self.functions[name]
                if len(params) != len(args):
                    raise CalcError(f"{name}() takes {len(params)} arguments, got {len(args)}", col)
                self.calls += 1
                self.depth += 1
                try:
                    if self.depth > 100:
                        raise CalcError(f"recursion deeper than 100 calls in {name}()", col)
                    return self.eval(body, {**self.globals, **dict(zip(params, args))})
                finally:
                    self.depth -= 1
            if name in BUILTINS:
                return BUILTINS[name](*args)
            raise CalcError(f"unknown function {name!r}", col)
        raise CalcError(f"bad node {op}")


def show(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.10g}"
    return str(value)


SESSION = """
1 + 2 * 3
(1 + 2) * 3
2 ^ 3 ^ 2
-2 ^ 2
7 / 2
8 / 2
17 % 5
let r = 2.5
pi * r ^ 2
def square(x) = x * x
def hyp(a, b) = sqrt(square(a) + square(b))
hyp(3, 4)
def fact(n) = if n <= 1 then 1 else n * fact(n - 1)
fact(20)
def fib(n) = if n < 2 then n else fib(n - 1) + fib(n - 2)
fib(15)
def gcd(a, b) = if b == 0 then a else gcd(b, a % b)
gcd(1071, 462)
max(3, fact(4), 7) + min(2, 9)
1 < 2 and not 3 >= 4
let big = 2 ^ 100
big % 1000007
floor(big / 3 ^ 50)
print abs(-42)
1 / 0
undefined + 1
square(1, 2)
3 + * 4
let = 5
2 $ 3
(1 + 2
nosuch(1)
def loop(n) = loop(n + 1)
loop(0)
"""

interp = Interpreter()
for line in SESSION.strip().splitlines():
    print(f">>> {line}")
    try:
        result = interp.run(line)
    except CalcError as e:
        if e.col is not None:
            print("    " + " " * e.col + "^")
        print(f"error: {e}")
        continue
    if result is not None:
        print(result)
print(f"({len(interp.functions)} functions, {len(interp.globals)} variables, {interp.calls} calls)")
