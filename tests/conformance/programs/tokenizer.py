# A tokenizer for a small C-like language with line/column tracking and error recovery.
KEYWORDS = {"let", "fn", "if", "else", "while", "return", "true", "false"}
OPERATORS = ["==", "!=", "<=", ">=", "&&", "||", "->", "+", "-", "*", "/", "%", "<", ">", "=", "!"]
PUNCT = set("(){}[],;:")
class Token:
    __slots__ = ("kind", "text", "line", "col")
    def __init__(self, kind, text, line, col):
        self.kind, self.text, self.line, self.col = kind, text, line, col
    def __repr__(self):
        return f"{self.kind}({self.text!r})@{self.line}:{self.col}"
class Lexer:
    def __init__(self, src):
        self.src, self.i, self.line, self.col = src, 0, 1, 1
        self.errors = []
    def peek(self, k=0):
        j = self.i + k
        return self.src[j] if j < len(self.src) else ""
    def advance(self, n=1):
        for _ in range(n):
            if self.peek() == "\n":
                self.line += 1
                self.col = 1
            else:
                self.col += 1
            self.i += 1
    def tokens(self):
        while self.i < len(self.src):
            ch, line, col = self.peek(), self.line, self.col
            if ch.isspace():
                self.advance()
            elif ch == "/" and self.peek(1) == "/":
                while self.peek() not in ("\n", ""):
                    self.advance()
            elif ch.isdigit():
                start = self.i
                while self.peek().isdigit() or (self.peek() == "." and self.peek(1).isdigit()):
                    self.advance()
                yield Token("NUM", self.src[start:self.i], line, col)
            elif ch.isalpha() or ch == "_":
                start = self.i
                while self.peek().isalnum() or self.peek() == "_":
                    self.advance()
                word = self.src[start:self.i]
                yield Token("KW" if word in KEYWORDS else "IDENT", word, line, col)
            elif ch == '"':
                self.advance()
                start = self.i
                while self.peek() not in ('"', "\n", ""):
                    self.advance()
                if self.peek() != '"':
                    self.errors.append(f"{line}:{col}: unterminated string")
                    continue
                text = self.src[start:self.i]
                self.advance()
                yield Token("STR", text, line, col)
            elif ch in PUNCT:
                self.advance()
                yield Token("PUNCT", ch, line, col)
            else:
                for op in OPERATORS:
                    if self.src.startswith(op, self.i):
                        self.advance(len(op))
                        yield Token("OP", op, line, col)
                        break
                else:
                    self.errors.append(f"{line}:{col}: unexpected character {ch!r}")
                    self.advance()
SOURCE = '''fn fib(n: int) -> int {
    // classic recursion
    if (n <= 1) { return n; }
    return fib(n - 1) + fib(n - 2);
}
let name = "world"; let ratio = 3.25 % 2;
while (!done && count != 10) { count = count + 1; } @ #
let broken = "no end
'''
lexer = Lexer(SOURCE)
toks = list(lexer.tokens())
print("\n".join(map(repr, toks)))
print(len(toks), "tokens;", "errors:", lexer.errors)
