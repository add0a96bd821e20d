# shlex: split (POSIX and compatibility modes, comments), quote/join round trips, the shlex class
# (get_token, push_token, iteration, whitespace_split, commenters, punctuation_chars, wordchars,
# lineno, eof, push_source, error_leader) and the unterminated-input errors.
import shlex

def attempt(label, fn, *args, **kwargs):
    try:
        result = fn(*args, **kwargs)
    except Exception as e:
        print(label, "->", type(e).__name__, repr(str(e)))
    else:
        print(label, "->", repr(result))

cases = [
    "",
    "   ",
    "ls -l /tmp",
    "echo 'hello world'",
    'echo "hello world"',
    "a\\ b c",
    'say "it\'s" fine',
    "say 'he said \"hi\"'",
    'x="a b"c d',
    "mixed'single'\"double\"plain",
    'esc "a\\"b" "c\\\\d" "e\\f"',
    "esc 'a\\b'",
    "empty '' \"\" word",
    "grep -e foo # a comment",
    "a#b c",
    "tabs\tand\nnewlines\r\nhere",
    "cmd --opt=val --x='1 2'",
    "café naïve ÀÉ",
    "a;b|c&&d (e) <f >g",
    "~/dir/*.txt ../x -y",
    "\\'quoted\\'",
    "trailing\\\\",
]
for s in cases:
    print(repr(s))
    print("   posix    ", shlex.split(s))
    print("   comments ", shlex.split(s, comments=True))
    print("   non-posix", shlex.split(s, posix=False))

attempt("split open single quote", shlex.split, "echo 'oops")
attempt("split open double quote", shlex.split, 'echo "oops')
attempt("split trailing backslash", shlex.split, "echo oops\\")
attempt("split escape inside quotes at end", shlex.split, 'echo "oops\\')
attempt("non-posix open quote", shlex.split, "echo 'oops", posix=False)

# quote and join.
for s in ["", "simple", "has space", "it's", "a\"b", "$HOME", "*.py", "x=1,y:2",
          "new\nline", "tab\t", "@%+=:,./-", "ünïcode", "back\\slash", "''"]:
    q = shlex.quote(s)
    print(repr(s), "->", q, shlex.split(q) == [s])
words = ["cp", "my file.txt", "it's here", "", "plain"]
joined = shlex.join(words)
print(joined)
print(shlex.split(joined) == words)
attempt("quote(42)", shlex.quote, 42)

# The shlex class, compatibility mode (posix=False by default).
lex = shlex.shlex("a = b + 'c d' # comment\nnext_line=1")
print(list(lex))
lex = shlex.shlex("x=1, y = 'two'")
print(lex.get_token(), lex.get_token(), lex.get_token())
lex.push_token("PUSHED")
print(lex.get_token(), lex.get_token(), repr(lex.get_token()), repr(lex.get_token()),
      repr(lex.get_token()), repr(lex.eof))
print(shlex.shlex("a b", posix=True).eof, repr(shlex.shlex("a b").eof))

# POSIX mode and whitespace_split.
lex = shlex.shlex("cmd --flag='a b' x\\ y", posix=True)
print(list(lex))
lex = shlex.shlex("cmd --flag='a b' x\\ y", posix=True)
lex.whitespace_split = True
print(list(lex))

# Custom commenters, wordchars, whitespace, quotes.
lex = shlex.shlex("key: value ; other: thing", posix=True)
lex.commenters = ";"
print(list(lex))
lex = shlex.shlex("a-b c.d", posix=True)
lex.wordchars += "-."
print(list(lex))
lex = shlex.shlex("a,b,,c", posix=True)
lex.whitespace = ","
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("|one two| three", posix=True)
lex.quotes = "|"
print(list(lex))

# lineno counts lines consumed so far.
lex = shlex.shlex("one\ntwo # c\nthree\n", posix=True)
for tok in lex:
    print(tok, lex.lineno)
print(lex.error_leader(), lex.error_leader("f.txt", 7))

# punctuation_chars.
print(list(shlex.shlex("a && b || c; (d)", punctuation_chars=True)))
lex = shlex.shlex("ls -l ~/dir/*.txt >out.txt 2>&1;echo done|wc", posix=True, punctuation_chars=True)
lex.whitespace_split = True
print(list(lex))
print(list(shlex.shlex("a<<b>c", punctuation_chars="<>")))
print(shlex.shlex("x", punctuation_chars=True).punctuation_chars, repr(shlex.shlex("x").punctuation_chars))
print("-" in shlex.shlex("x", punctuation_chars=True).wordchars, "-" in shlex.shlex("x").wordchars)
attempt("set punctuation_chars", setattr, shlex.shlex("x"), "punctuation_chars", "()")

# push_source: the pushed text is read first, then the original resumes.
lex = shlex.shlex("outer1 outer2", posix=True)
print(lex.get_token())
lex.push_source("inner1 inner2", "inner.txt")
print(lex.infile, [lex.get_token() for _ in range(3)], lex.get_token())

# Errors from the class.
lex = shlex.shlex("ok 'broken", posix=True)
print(lex.get_token())
attempt("get_token unterminated", lex.get_token)
lex = shlex.shlex("broken\\", posix=True)
attempt("get_token trailing escape", lex.get_token)

# Tokens read one at a time match what list() gives.
lex = shlex.shlex('run "a b" c', posix=True)
tokens = []
while True:
    tok = lex.get_token()
    if tok is None:
        break
    tokens.append(tok)
print(tokens)

# 3.14: split(None) is an error (it used to read standard input).
attempt("split(None)", shlex.split, None)
