import os
print(os.sep, repr(os.linesep), os.name, os.curdir, os.pardir, os.pathsep)
print(hasattr(os.environ, "get"), os.getenv("NO_SUCH_VAR_X"), os.getenv("NO_SUCH_VAR_X", "dflt"))
os.environ["VIV_TEST"] = "1"
print(os.environ.get("VIV_TEST"), type(os.getpid()).__name__, len(os.urandom(8)), type(os.urandom(2)).__name__)
cwd = os.getcwd()
print(type(cwd).__name__, cwd.startswith("/"))
d = "viv_os_test_dir"
if d in os.listdir("."):
    for n in os.listdir(d):
        os.remove(d + "/" + n)
    os.rmdir(d)
os.mkdir(d)
with open(d + "/a.txt", "w") as f:
    f.write("hello")
print(sorted(os.listdir(d)))
st = os.stat(d + "/a.txt")
print(st.st_size, st.st_mode & 0o170000 == 0o100000, type(st.st_mtime).__name__, len(st), st[6])
print(os.stat(d).st_mode & 0o170000 == 0o040000)
os.rename(d + "/a.txt", d + "/b.txt")
print(os.listdir(d))
try:
    os.remove(d + "/missing.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename)
try:
    os.mkdir(d)
except FileExistsError as e:
    print("FileExistsError:", e)
try:
    os.stat("no/such/file")
except OSError as e:
    print(type(e).__name__, e)
os.remove(d + "/b.txt")
os.rmdir(d)
print(d in os.listdir("."))
