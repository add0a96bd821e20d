# pathlib: pure path algebra, then filesystem operations in a temporary directory (printed
# relative to it). Behaviour that is new since CPython 3.11 comes at the end.
import os
import pathlib
from pathlib import PurePath, PurePosixPath, Path, PosixPath

BASE = '/tmp/viv_check_pathlib'


def err(exc):
    print('  ', type(exc).__name__, str(exc).replace(BASE, 'BASE'))


print('-- pure paths')
for text in ['a/b.c', '/usr/lib/x.tar.gz', '.', '/', '//x', '///x', 'a//b/./c/', '.bashrc',
             'a/..', '../x', 'dir/', 'a.b/c', 'archive.tar.gz', '..']:
    p = PurePath(text)
    print(repr(text), repr(p), str(p), p.parts)
    print('   name=%r suffix=%r suffixes=%r stem=%r parent=%r' % (p.name, p.suffix, p.suffixes, p.stem, p.parent))
    print('   root=%r anchor=%r drive=%r absolute=%r' % (p.root, p.anchor, p.drive, p.is_absolute()))

print(repr(PurePath()), repr(PurePath('a', 'b', 'c')), repr(PurePath('a', '/b', 'c')))
print(repr(PurePath(PurePath('x'), 'y')), repr(PurePosixPath('p')), repr(Path('q')), type(Path('q')).__name__)
print(isinstance(Path('q'), PurePath), isinstance(Path('q'), PurePosixPath), isinstance(PurePath('q'), Path))

p = PurePath('/usr/local/lib/python/site.py')
print(list(p.parents))
print(len(p.parents), p.parents[0], p.parents[2], p.parents[-1], p.parents[-2], p.parents[1:3])
try:
    p.parents[5]
except IndexError as e:
    print('IndexError', e)
print(repr(PurePath('a/b').parents[1]), list(PurePath('.').parents), PurePath('/').parent)

print('-- joining')
print(repr(PurePath('a') / 'b' / 'c'), repr('x' / PurePath('y')), repr(PurePath('a') / '/abs'))
print(repr(PurePath('a') / PurePath('b/c')), repr(Path('a') / 'b'), repr('a' / Path('b')))
print(repr(PurePath('a').joinpath('b', 'c/d')), repr(PurePath('a').joinpath()))
try:
    PurePath('a') / 3
except TypeError as e:
    print('TypeError', e)

print('-- derived paths')
q = PurePath('/home/user/report.tar.gz')
print(q.with_name('notes.txt'), q.with_suffix('.zip'), q.with_suffix(''), q.with_stem('final'))
print(PurePath('a/b').with_suffix('.txt'), PurePath('a/b.py').with_stem('c'), PurePath('README').with_stem('x'))
for call in [lambda: q.with_name(''), lambda: q.with_name('a/b'), lambda: PurePath('/').with_name('x'),
             lambda: q.with_suffix('zip'), lambda: PurePath('/').with_suffix('.x'),
             lambda: PurePath('').with_name('x')]:
    try:
        print(call())
    except ValueError as e:
        print('ValueError', e)

print('-- relative_to / is_relative_to')
print(PurePath('/a/b/c').relative_to('/a'), repr(PurePath('/a/b').relative_to('/a/b')),
      PurePath('a/b/c').relative_to(PurePath('a')))
for a, b in [('/a/b', '/a'), ('/a/b', '/c'), ('a/b', 'a'), ('a/b', '/a'), ('/a', '/a/b'), ('a', 'a')]:
    print(a, b, PurePath(a).is_relative_to(b))

print('-- match')
for path, pat in [('a/b.py', '*.py'), ('/a/b/c.py', 'b/*.py'), ('/a/b/c.py', 'a/*.py'),
                  ('/a.py', '/*.py'), ('b/a.py', '/*.py'), ('a/b.py', 'a/b/c.py'), ('x.PY', '*.py'),
                  ('a/b/c', '*/c'), ('a/b/c', 'b/?'), ('/x/y', '/x/y'), ('x/y', 'x/[xy]')]:
    print(path, pat, PurePath(path).match(pat))
try:
    PurePath('a').match('')
except ValueError as e:
    print('ValueError', e)

print('-- comparison')
print(PurePath('a/b') == PurePath('a//b/'), PurePath('a') == 'a', PurePath('a') != PurePath('A'),
      Path('x') == PurePosixPath('x'), PurePath('a/b') == PurePath('a/b/'))
print(sorted([PurePath('b'), PurePath('a/c'), PurePath('a-b'), PurePath('a/b'), PurePath('/z'), PurePath('a')]))
print(PurePath('a') < PurePath('b'), PurePath('a') <= PurePath('a'), PurePath('b') > PurePath('a/z'),
      PurePath('a') >= PurePath('b'))
print(hash(PurePath('a/b')) == hash(PurePath('a//b')), len({PurePath('x'), PurePath('x/'), Path('x')}))
try:
    PurePath('a') < 'b'
except TypeError as e:
    print('TypeError', e)

print('-- conversions')
r = PurePath('/tmp/some file%.txt')
print(os.fspath(PurePath('a/b')), bytes(PurePath('a/b')), r.as_posix(), r.as_uri())
try:
    PurePath('rel').as_uri()
except ValueError as e:
    print('ValueError', e)
print(os.path.join(PurePath('a'), 'b'), os.path.basename(PurePath('x/y.z')))

print('-- filesystem')


def remove_tree(top):
    if not os.path.isdir(top):
        return
    for name in os.listdir(top):
        path = os.path.join(top, name)
        if os.path.isdir(path):
            remove_tree(path)
        else:
            os.remove(path)
    os.rmdir(top)


def rel(paths):
    return sorted(str(x.relative_to(BASE)) for x in paths)


remove_tree(BASE)
base = Path(BASE)
print(base.exists(), base.is_dir())
base.mkdir()
print(base.exists(), base.is_dir(), base.is_file())
try:
    base.mkdir()
except FileExistsError as e:
    err(e)
base.mkdir(exist_ok=True)
try:
    (base / 'x' / 'y').mkdir()
except FileNotFoundError as e:
    err(e)
(base / 'x' / 'y').mkdir(parents=True)
(base / 'x' / 'y').mkdir(parents=True, exist_ok=True)
print((base / 'x' / 'y').is_dir())

f = base / 'notes.txt'
print(f.write_text('hello\nworld\n'), repr(f.read_text()), f.is_file(), f.is_dir(), f.stat().st_size)
print(f.write_bytes(b'\x00\x01bin'), f.read_bytes(), f.stat().st_size)
try:
    f.write_text(b'bytes')
except TypeError as e:
    print('TypeError', e)
with f.open('w') as fh:
    fh.write('via open\n')
with f.open() as fh:
    print(repr(fh.read()))
with (base / 'append.log').open('a') as fh:
    fh.write('one\n')
with (base / 'append.log').open('a') as fh:
    fh.write('two\n')
print(repr((base / 'append.log').read_text()))
try:
    (base / 'missing.txt').read_text()
except FileNotFoundError as e:
    err(e)

t = base / 'touched'
t.touch()
print(t.exists(), t.stat().st_size)
t.touch()
try:
    t.touch(exist_ok=False)
except FileExistsError as e:
    err(e)

for name in ['a.py', 'b.py', '.hidden.py', 'x/c.py', 'x/y/d.py', 'x/y/e.txt']:
    (base / name).write_text(name)
print(rel(base.iterdir()))
print(rel(base.glob('*.py')))
print(rel(base.glob('x/*')))
print(rel(base.glob('*/*.py')))
print(rel(base.glob('**/*.py')))
print(rel(base.rglob('*.py')))
print(rel(base.rglob('*.txt')))
print(rel(base.glob('x/y/d.py')), rel(base.glob('nothing*')), rel(base.glob('x/nothing.py')))
print(all(isinstance(x, PosixPath) for x in base.glob('*')))
try:
    list(base.glob('/abs'))
except NotImplementedError as e:
    print('NotImplementedError', e)

moved = (base / 'a.py').rename(base / 'renamed.py')
print(repr(moved.relative_to(BASE)), (base / 'a.py').exists(), moved.read_text())
moved2 = moved.replace(base / 'b.py')
print(repr(moved2.relative_to(BASE)), moved.exists(), (base / 'b.py').read_text())
(base / 'b.py').unlink()
print((base / 'b.py').exists())
try:
    (base / 'b.py').unlink()
except FileNotFoundError as e:
    err(e)
(base / 'b.py').unlink(missing_ok=True)
try:
    (base / 'x').rmdir()
except OSError as e:
    err(e)
(base / 'x' / 'y' / 'd.py').unlink()
(base / 'x' / 'y' / 'e.txt').unlink()
(base / 'x' / 'y').rmdir()
print(rel(base.rglob('*')))

print('-- cwd, resolve, absolute, home')
old = os.getcwd()
os.chdir(BASE)
print(Path.cwd() == base, Path('x').absolute() == base / 'x', Path('x/../notes.txt').resolve() == f)
print(Path('x').absolute().is_absolute(), base.absolute() is base or base.absolute() == base)
print(sorted(str(x) for x in Path('.').iterdir()))
print(sorted(str(x) for x in Path('.').glob('*.txt')))
os.chdir(old)
print(Path.home() == Path(os.path.expanduser('~')), Path('~/docs').expanduser() == Path.home() / 'docs',
      Path('plain').expanduser(), Path('/abs/~x').expanduser())
print(f.samefile(str(f)), f.samefile(base / 'touched'))

remove_tree(BASE)
print('removed', base.exists())

print('-- newer than 3.11')
# relative_to's message (3.12) and walk_up (3.12)
for a, b in [('/a/b', '/c'), ('a/b', '/a'), ('/a', '/a/b')]:
    try:
        print(PurePath(a).relative_to(b))
    except ValueError as e:
        print('ValueError', e)
print(PurePath('/a/b').relative_to('/a/c/d', walk_up=True), PurePath('a').relative_to('a/b', walk_up=True))
try:
    PurePath('a/b').relative_to('/a', walk_up=True)
except ValueError as e:
    print('ValueError', e)
try:
    PurePath('/a/b').relative_to('/a/../c', walk_up=True)
except ValueError as e:
    print('ValueError', e)
# match's case_sensitive (3.12)
print(PurePath('x.PY').match('*.py', case_sensitive=False))
# with_segments (3.12)
print(repr(PurePath('a').with_segments('b', 'c')), repr(Path('a').with_segments('b')))
# full_match (3.13)
for path, pat in [('a/b/c.py', '**/*.py'), ('c.py', '**/*.py'), ('a/b/c.py', '*.py'),
                  ('/a/b', '/**'), ('a/b', '/**'), ('a/b/c', 'a/**/c'), ('a/c', 'a/**/c'), ('a/c', 'a/**')]:
    print(path, pat, PurePath(path).full_match(pat))
# a construction TypeError names the argument type (3.12 wording)
try:
    PurePath('a', 3)
except TypeError as e:
    print('TypeError', e)
# a single trailing dot is a suffix (3.14)
for name in ['foo.', 'a.b.', '..', '...', '.a.']:
    p = PurePath(name)
    print(repr(name), repr(p.suffix), p.suffixes, repr(p.stem))

# the filesystem again: '**' at the end matches files too (3.13); walk (3.12)
base.mkdir()
for name in ['a.txt', 's/b.txt', 's/t/c.txt']:
    (base / name).parent.mkdir(parents=True, exist_ok=True)
    (base / name).write_text(name)
print(rel(base.glob('**')))
print(rel(base.glob('**/')))
print(rel(base.glob('s/**')))
print([(str(d.relative_to(BASE)), sorted(ds), sorted(fs)) for d, ds, fs in sorted(base.walk())])
print([str(d.relative_to(BASE)) for d, ds, fs in base.walk(top_down=False)][-1])
remove_tree(BASE)
print(PurePath('a').with_suffix('.'))
