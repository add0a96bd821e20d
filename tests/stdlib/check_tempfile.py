# tempfile: directories and named files with unique names, removed on cleanup/close.
import os
import tempfile

print(tempfile.gettempdir() == (os.environ.get('TMPDIR') or '/tmp') or os.path.isdir(tempfile.gettempdir()))
print(tempfile.gettempprefix())
d = tempfile.mkdtemp(prefix='viv_', suffix='.d')
base = os.path.basename(d)
print(os.path.isdir(d), os.path.isabs(d), base.startswith('viv_'), base.endswith('.d'), len(base))
os.rmdir(d)

with tempfile.TemporaryDirectory(prefix='tdir') as name:
    print(os.path.isdir(name), os.path.basename(name).startswith('tdir'))
    os.mkdir(os.path.join(name, 'sub'))
    with open(os.path.join(name, 'sub', 'f.txt'), 'w') as f:
        f.write('x')
    kept = name
print(os.path.exists(kept))

td = tempfile.TemporaryDirectory()
print(repr(td).startswith('<TemporaryDirectory '), os.path.isdir(td.name))
td.cleanup()
print(os.path.exists(td.name))

with tempfile.NamedTemporaryFile('w+', suffix='.txt', dir=kept if os.path.exists(kept) else None) as f:
    f.write('hello\n')
    f.seek(0)
    print(f.read(), end='')
    print(f.name.endswith('.txt'), os.path.exists(f.name))
    fname = f.name
print(os.path.exists(fname), f.closed)

f = tempfile.NamedTemporaryFile(delete=False)
f.write(b'kept')
f.close()
print(os.path.exists(f.name), open(f.name, 'rb').read())
os.remove(f.name)

with tempfile.TemporaryFile() as t:
    t.write(b'abc')
    t.seek(0)
    print(t.read())
names = {os.path.basename(tempfile.mkdtemp()) for _ in range(20)}
print(len(names))
for n in names:
    os.rmdir(os.path.join(tempfile.gettempdir(), n))
