# fnmatch: shell wildcards without regular expressions.
import fnmatch
cases = [("app.py", "*.py"), ("app.pyc", "*.py"), ("lib/util.py", "lib/*"), ("a", "?"), ("ab", "?"),
         ("b.txt", "[abc].txt"), ("d.txt", "[!abc].txt"), ("x-1", "x-[0-9]"), ("[x", "[x"), ("", "*"),
         ("abc", "a*b*c"), ("aXbYc", "a*b*c"), ("abcd", "a*b*c"), ("A.PY", "*.py"), ("]", "[]]"),
         ("-", "[a-]"), ("a*b", "a[*]b"), ("long/path/to/file.py", "*/file.py")]
for name, pat in cases:
    print(repr(name), repr(pat), fnmatch.fnmatch(name, pat), fnmatch.fnmatchcase(name, pat))
print(fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"))
