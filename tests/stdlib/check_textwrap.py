# textwrap: wrap/fill with CPython's breaking rules (hyphens, em-dashes, long words, sentence
# endings, max_lines), shorten, dedent, indent.
import textwrap

text = ("The quick brown fox jumped over the lazy dog. It was a well-known, long-winded "
        "story--told again and again by grandmothers everywhere; supercalifragilisticexpialidocious!")
for width in (10, 20, 35, 60):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 15, break_long_words=False))
print(textwrap.wrap(text, 15, break_on_hyphens=False))
print(textwrap.wrap("Hello there.  How are you? Fine.", 80, fix_sentence_endings=True))
print(textwrap.wrap(text, 25, max_lines=3))
print(textwrap.wrap(text, 25, max_lines=2, placeholder="..."))
print(textwrap.wrap("  leading and trailing  ", 10, drop_whitespace=False))
print(textwrap.wrap("tab\there\tand\tthere", 12), textwrap.wrap("tab\there", 30, expand_tabs=False))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("a", 1))
print(repr(textwrap.shorten("Hello  world!  This is long.", 12)), repr(textwrap.shorten("Hi", 10)))
print(repr(textwrap.shorten("Hello world", 8, placeholder="...")))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.wrap("some text", 5, max_lines=1, placeholder=" [...........]")
except ValueError as e:
    print("ValueError:", e)
code = """
    def f():
        return 1

    \t
    x = 2
"""
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent("  a\n\tb")), repr(textwrap.dedent("   \n  x\n    y\n")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")), repr(textwrap.indent("a\nb", "+", lambda line: "b" in line)))
w = textwrap.TextWrapper(width=12, subsequent_indent="..")
print(w.wrap("one two three four five six"), w.fill("x y"))
