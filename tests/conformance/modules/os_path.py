# os.path string manipulation (no file system access) and os constants.
import os
import os.path
paths = ["/usr/local/lib/python3/site.py", "relative/dir/file.tar.gz", "/", "file", "dir/", ".hidden", "a/b/../c/./d"]
for p in paths:
    print(repr(p), os.path.basename(p), os.path.dirname(p), os.path.split(p), os.path.splitext(p), os.path.isabs(p))
print(os.path.join("a", "b", "c.txt"), os.path.join("/root", "x"), os.path.join("a", "/abs", "b"), os.path.join("a", ""))
print(os.path.normpath("a/b/../c/./d"), os.path.normpath("/x//y/"), os.path.normpath("../up"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext("noext"), os.path.splitext(".bashrc"))
print(os.sep, os.path.sep, os.curdir, os.pardir, os.extsep)
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/libexec"]), os.path.commonpath(["/usr/lib/x", "/usr/local/y"]))
print(os.environ.get("VIVARIUM_SURELY_UNSET_VARIABLE", "default"), "VIVARIUM_SURELY_UNSET_VARIABLE" in os.environ)
def ext_counts(files):
    counts = {}
    for f in files:
        ext = os.path.splitext(f)[1] or "(none)"
        counts[ext] = counts.get(ext, 0) + 1
    return counts
print(ext_counts(["a.py", "b.py", "c.txt", "Makefile", "d.tar.gz"]))
print(os.path.exists(os.path.join("surely", "not", "here.txt")), isinstance(os.getcwd(), str))
