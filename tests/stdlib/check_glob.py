# glob: wildcard expansion over a small tree made in a temporary directory. The OS lists
# directories in any order, so results are sorted before printing.
import glob
import os

BASE = '/tmp/viv_check_glob'


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


def make(path, text='x'):
    full = os.path.join(BASE, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w') as f:
        f.write(text)


remove_tree(BASE)
for path in ['a.py', 'b.py', 'c.txt', '.hidden.py', 'data1.csv', 'data2.csv', 'data10.csv',
             'sub/d.py', 'sub/e.txt', 'sub/.h.py', 'sub/deep/f.py', 'sub/deep/g.md',
             '.hid/x.py', 'other/y.py', 'star*name', 'q?.txt', '[x].txt']:
    make(path)
os.makedirs(os.path.join(BASE, 'empty'))


def show(pattern, **kw):
    found = sorted(glob.glob(pattern, **kw))
    shown = dict(kw)
    if 'root_dir' in shown:
        shown['root_dir'] = 'BASE/' + os.path.relpath(shown['root_dir'], BASE)
    extra = ''.join(', %s=%r' % item for item in sorted(shown.items()))
    print('glob(%r%s) -> %s' % (pattern, extra, found))


os.chdir(BASE)
for pat in ['*.py', '*', '.*', '?.py', 'data?.csv', 'data[0-9]*.csv', 'data[!1]*.csv',
            '[abc].*', 'sub/*', '*/*.py', '*/', 'sub/*/', 'nope*', 'a.py', 'missing.py',
            'sub/', 'sub', 'empty/*', '*/deep/*', 'su?/de*/f.py', '', 'a.py/']:
    show(pat)

# recursive
for pat in ['**', '**/*.py', 'sub/**', 'sub/**/*.py', '**/', '**/deep', 'sub/**/', '**/*.md']:
    show(pat, recursive=True)
show('**/*.py')  # without recursive=True, '**' is just '*'
show('**/*.py', recursive=True, include_hidden=True)
show('*', include_hidden=True)

# root_dir: results are relative to it
show('*.py', root_dir=BASE)
show('sub/*.py', root_dir=BASE)
show('**/*.md', root_dir=os.path.join(BASE, 'sub'), recursive=True)
show('*', root_dir=os.path.join(BASE, 'empty'))
show('*', root_dir=os.path.join(BASE, 'missing'))

# a pattern through './' keeps it in the results
show('./*.txt')
show('sub/../*.txt')

# escape and has_magic
print(glob.escape('star*name'), glob.escape('q?.txt'), glob.escape('[x].txt'), glob.escape('plain'))
show(glob.escape('star*name'))
show(glob.escape('q?.txt'))
show(glob.escape('[x].txt'))
show('[[]x].txt')
for s in ['abc', 'a*', 'a?', 'a[b]', 'a]', '']:
    print(repr(s), glob.has_magic(s))

# iglob is lazy and gives the same paths
it = glob.iglob('*.csv')
print(type(it).__name__ != 'list', sorted(it))

# absolute patterns give absolute results (printed relative to BASE)
print(sorted(os.path.relpath(p, BASE) for p in glob.glob(os.path.join(BASE, 'sub', '*.py'))))
print(sorted(os.path.relpath(p, BASE) for p in glob.glob(BASE + '/**/*.md', recursive=True)))

os.chdir('/')
remove_tree(BASE)
print('removed', os.path.exists(BASE))
