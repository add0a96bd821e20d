# shutil: copying files and trees, removing trees (with error hooks), moving, which.
import os
import shutil

root = '/tmp/viv_check_shutil'
if os.path.exists(root):
    shutil.rmtree(root)
os.makedirs(os.path.join(root, 'src', 'sub'))
for rel, text in [('src/a.txt', 'alpha'), ('src/b.log', 'beta'), ('src/sub/c.txt', 'gamma')]:
    with open(os.path.join(root, rel), 'w') as f:
        f.write(text)

def tree(top):
    out = []
    for dirpath, dirnames, filenames in os.walk(top):
        for name in sorted(filenames):
            out.append(os.path.relpath(os.path.join(dirpath, name), top))
    return sorted(out)

print(shutil.copyfile(os.path.join(root, 'src/a.txt'), os.path.join(root, 'copy.txt')) == os.path.join(root, 'copy.txt'))
print(open(os.path.join(root, 'copy.txt')).read())
os.mkdir(os.path.join(root, 'dest'))
print(os.path.relpath(shutil.copy(os.path.join(root, 'src/b.log'), os.path.join(root, 'dest')), root))
try:
    shutil.copyfile(os.path.join(root, 'copy.txt'), os.path.join(root, 'copy.txt'))
except shutil.SameFileError as e:
    print('SameFileError', isinstance(e, OSError))
shutil.copytree(os.path.join(root, 'src'), os.path.join(root, 'tree'))
print(tree(os.path.join(root, 'tree')))
shutil.copytree(os.path.join(root, 'src'), os.path.join(root, 'tree2'), ignore=shutil.ignore_patterns('*.log'))
print(tree(os.path.join(root, 'tree2')))
try:
    shutil.copytree(os.path.join(root, 'src'), os.path.join(root, 'tree'))
except FileExistsError as e:
    print('FileExistsError', e.errno)
shutil.copytree(os.path.join(root, 'src'), os.path.join(root, 'tree'), dirs_exist_ok=True)
print(os.path.relpath(shutil.move(os.path.join(root, 'copy.txt'), os.path.join(root, 'dest')), root))
print(os.path.relpath(shutil.move(os.path.join(root, 'tree2'), os.path.join(root, 'moved')), root), tree(os.path.join(root, 'moved')))
shutil.rmtree(os.path.join(root, 'tree'))
print(os.path.exists(os.path.join(root, 'tree')))
shutil.rmtree(os.path.join(root, 'missing'), ignore_errors=True)
try:
    shutil.rmtree(os.path.join(root, 'missing'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
print(shutil.which('sh') is not None, shutil.which('no-such-command-xyz'))
with open(os.path.join(root, 'src/a.txt'), 'rb') as a, open(os.path.join(root, 'obj.bin'), 'wb') as b:
    shutil.copyfileobj(a, b, 2)
print(open(os.path.join(root, 'obj.bin'), 'rb').read())
os.environ['COLUMNS'] = '100'
os.environ['LINES'] = '30'
print(tuple(shutil.get_terminal_size()), shutil.get_terminal_size().columns)
# New in 3.12: the onexc hook.
seen = []
shutil.rmtree(os.path.join(root, 'missing'), onexc=lambda func, path, exc: seen.append((func.__name__, type(exc).__name__)))
print(seen)
shutil.rmtree(root)
print(os.path.exists(root))
