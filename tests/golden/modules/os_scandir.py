# os.scandir (DirEntry with is_dir/is_file/is_symlink/stat, as a context manager), os.walk of a
# path-like yielding str paths, and os.replace.
import os
from pathlib import Path
root = "/tmp/viv_scandir"
os.makedirs(os.path.join(root, "d"), exist_ok=True)
open(os.path.join(root, "f.txt"), "w").write("hi")
with os.scandir(root) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path == os.path.join(root, e.name), e.is_dir(), e.is_file(), e.is_symlink(), e.stat().st_size if e.is_file() else "-", os.fspath(e) == e.path)
print([(d == root, sorted(ds), sorted(fs)) for d, ds, fs in os.walk(Path(root))][:1], type(next(os.walk(Path(root)))[0]).__name__)
open(os.path.join(root, "g.txt"), "w").write("new")
os.replace(os.path.join(root, "g.txt"), os.path.join(root, "f.txt"))
print(open(os.path.join(root, "f.txt")).read(), sorted(os.listdir(root)))
os.remove(os.path.join(root, "f.txt")); os.rmdir(os.path.join(root, "d")); os.rmdir(root)
