# textwrap: wrap, fill, shorten, dedent, indent with different widths and options.
import textwrap
text = ("Python is an interpreted, high-level and general-purpose programming language. "
        "Its design philosophy emphasizes code readability with its notable use of significant indentation.")
for width in (30, 50):
    print(f"--- width {width}")
    print(textwrap.fill(text, width=width))
print(textwrap.wrap(text, 40)[:3])
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=50), "|", textwrap.shorten("short", width=20), "|", textwrap.shorten(text, 30, placeholder=" ..."))
code = """
    def f(x):
        return x * 2

    print(f(3))
"""
print(textwrap.dedent(code))
print(textwrap.indent("line one\nline two\n\nline four", "> "))
print(textwrap.indent("a\n\nb", "+ ", predicate=lambda line: True))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10, break_long_words=False))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("a b c", 1))
print(textwrap.fill("tabs\there and\tthere", width=20, expand_tabs=True))
