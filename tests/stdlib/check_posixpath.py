# posixpath (os.path): the string operations, and the file queries on this file.
import posixpath as pp

print(pp.join("a", "b", "c"), pp.join("/a", "/b", "c"), pp.join("a/", "b"), pp.join("", "x"), pp.join("a", ""))
print(pp.split("/usr/lib/x.py"), pp.split("x.py"), pp.split("/"), pp.split("//a//b//"), pp.split(""))
print(pp.splitext("a/b.tar.gz"), pp.splitext(".bashrc"), pp.splitext("a.b/c"), pp.splitext("x..."), pp.splitext("..x"))
print(pp.basename("/a/b/"), pp.basename("/a/b"), pp.dirname("/a/b"), pp.dirname("a"), pp.dirname("/"), pp.dirname("//x"))
print(pp.isabs("/x"), pp.isabs("x"), pp.splitdrive("/a"), pp.splitroot("//a/b"), pp.splitroot("///a"), pp.splitroot("a"))
for p in ["", ".", "/", "//", "///", "a/./b/../c", "/../a", "../../x", "a/b/../../..", "./a//b/", "/a/b/../../.."]:
    print(repr(p), "->", repr(pp.normpath(p)))
print(pp.commonprefix(["/usr/lib", "/usr/local", "/usr/li"]), repr(pp.commonprefix([])))
print(pp.commonpath(["/usr/lib", "/usr/local/x"]), pp.commonpath(["a/b", "a/c"]), pp.commonpath(["/a"]))
try:
    pp.commonpath(["/a", "b"])
except ValueError as e:
    print("ValueError:", e)
print(pp.relpath("/a/b/c", "/a"), pp.relpath("/a", "/a/b/c"), pp.relpath("/x/y", "/x/y"), pp.relpath("/p/q", "/r/s"))
print(pp.join(b"a", b"b"), pp.split(b"/x/y"), pp.normpath(b"a//b/../c"), pp.basename(b"/q/w"))
try:
    pp.join("a", b"b")
except TypeError as e:
    print("TypeError:", e)
print(pp.abspath("/a/../b"), pp.isabs(pp.abspath("x")), pp.abspath("x").endswith("/x"))
import os
os.environ["VIV_CHECK_VAR"] = "value"
print(pp.expandvars("$VIV_CHECK_VAR/${VIV_CHECK_VAR}/$NOT_SET_VAR_XYZ/${}/$"), pp.expanduser("~x/y"))
print(pp.exists(__file__), pp.isfile(__file__), pp.isdir(__file__), pp.isdir(pp.dirname(pp.abspath(__file__))))
print(pp.exists(__file__ + ".missing"), pp.isfile(__file__ + ".missing"), pp.getsize(__file__) > 0)
print(pp.sep, pp.curdir, pp.pardir, pp.extsep, pp.pathsep, pp.altsep, pp.devnull)
