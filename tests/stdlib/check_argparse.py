# argparse: parsing into Namespaces, error reports (stderr captured and shown with an
# 'err| ' prefix, then SystemExit's code), help layout. Behaviour that is new since CPython
# 3.11 comes at the end.
import os
import sys
import argparse

os.environ['COLUMNS'] = '80'   # help is laid out for the terminal width


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass


def run(parser, args, known=False):
    """Parse args and print the result, or what went to stderr and the exit status."""
    saved = sys.stderr
    sys.stderr = capture = Capture()
    try:
        if known:
            result = parser.parse_known_args(args)
        else:
            result = parser.parse_args(args)
    except SystemExit as e:
        sys.stderr = saved
        for line in ''.join(capture.parts).splitlines():
            print('err| ' + line)
        print('SystemExit', e.code)
        return None
    sys.stderr = saved
    for line in ''.join(capture.parts).splitlines():
        print('err| ' + line)
    print(args, '->', result)
    return result


print('-- basics')
p = argparse.ArgumentParser(prog='tool', description='Process some files.')
p.add_argument('src')
p.add_argument('dst', nargs='?', default='out')
p.add_argument('-n', type=int, default=1)
p.add_argument('--verbose', '-v', action='count', default=0)
p.add_argument('--dry-run', action='store_true')
p.add_argument('--no-color', dest='color', action='store_false')
ns = run(p, ['a.txt'])
print(ns.src, ns.dst, ns.n, ns.verbose, ns.dry_run, ns.color, 'src' in ns, 'zzz' in ns)
run(p, ['a', 'b', '-n', '5', '-vv', '--dry-run', '--no-color'])
run(p, ['-n5', 'a', '--verbose', '-v'])
run(p, ['-n=7', 'a'])
run(p, ['--verbose', 'a', '-n', '-3'])
run(p, ['--dry', 'a'])           # unambiguous prefix of --dry-run
run(p, ['--', '-a', '-b'])        # after '--' everything is a value
print(argparse.Namespace(a=1, b='x'), argparse.Namespace(a=1) == argparse.Namespace(a=1),
      argparse.Namespace(a=1) == argparse.Namespace(a=2), argparse.Namespace())
print(vars(argparse.Namespace(x=[1])), argparse.Namespace(**{'not-ident': 1, 'ok': 2}))

print('-- errors')
run(p, [])
run(p, ['a', '-n', 'x'])
run(p, ['a', 'b', 'c'])
run(p, ['a', '--bogus', '-z'])
run(p, ['a', '-n'])
run(p, ['a', '--dry-run=yes'])
p2 = argparse.ArgumentParser(prog='amb')
p2.add_argument('--foo')
p2.add_argument('--fob')
run(p2, ['--fo', '1'])
run(p2, ['--foo', '1', '--fob=2'])
p3 = argparse.ArgumentParser(prog='req')
p3.add_argument('--name', required=True)
p3.add_argument('--size', type=float)
p3.add_argument('x', type=int)
p3.add_argument('y', nargs=2)
run(p3, ['1'])
run(p3, ['--name', 'n', '1', 'a', 'b', '--size', '2.5'])
run(p3, ['--name', 'n', '--size', 'big', '1', 'a', 'b'])
run(p3, ['--name', 'n', '1', 'a'])

print('-- actions and nargs')
q = argparse.ArgumentParser(prog='acts')
q.add_argument('--add', action='append')
q.add_argument('--const', action='store_const', const=42)
q.add_argument('--tag', action='append_const', const='t', dest='tags')
q.add_argument('--ext', action='extend', nargs='+')
q.add_argument('--pair', nargs=2, metavar=('K', 'V'))
q.add_argument('--opt', nargs='?', const='C', default='D')
q.add_argument('--many', nargs='*')
q.add_argument('--level', choices=['low', 'high'], default='low')
q.add_argument('--num', type=int, choices=[1, 2, 3])
q.add_argument('--str-default', type=int, default='10')
q.add_argument('--version', action='version', version='%(prog)s 1.2')
q.add_argument('rest', nargs='*')
run(q, [])
run(q, ['--add', 'a', '--add', 'b', '--const', '--tag', '--tag'])
run(q, ['--ext', 'a', 'b', '--ext', 'c', '--pair', 'k', 'v'])
run(q, ['--opt', '--many', 'x', 'y', '--opt', 'val'])
run(q, ['--opt', '--level', 'high', 'r1', 'r2'])
run(q, ['--num', '2', '--str-default', '5'])
run(q, ['--pair', 'k'])
run(q, ['--ext'])
run(q, ['--version'])
run(q, ['--num', 'x'])

print('-- parse_known_args')
k = argparse.ArgumentParser(prog='known')
k.add_argument('--a')
k.add_argument('pos')
run(k, ['--a', '1', 'p', '--b', '2', 'extra'], known=True)
run(k, ['-x', 'p'], known=True)

print('-- type functions')


def even(text):
    value = int(text)
    if value % 2:
        raise argparse.ArgumentTypeError('%d is odd' % value)
    return value


t = argparse.ArgumentParser(prog='types')
t.add_argument('--even', type=even)
t.add_argument('--hex', type=lambda s: int(s, 16))
t.add_argument('--neg', type=int)
run(t, ['--even', '4', '--hex', 'ff', '--neg', '-5'])
run(t, ['--even', '3'])
run(t, ['--hex', 'zz'])

print('-- mutually exclusive groups')
m = argparse.ArgumentParser(prog='mx')
g = m.add_mutually_exclusive_group()
g.add_argument('-a', action='store_true')
g.add_argument('-b', action='store_true')
m.add_argument('-c')
run(m, ['-a'])
run(m, ['-a', '-b'])
m2 = argparse.ArgumentParser(prog='mx2')
g2 = m2.add_mutually_exclusive_group(required=True)
g2.add_argument('--on', action='store_true')
g2.add_argument('--off', action='store_true')
run(m2, [])
run(m2, ['--off'])
print(m.format_usage(), end='')
print(m2.format_usage(), end='')

print('-- exit_on_error=False')
e = argparse.ArgumentParser(prog='noexit', exit_on_error=False)
e.add_argument('--n', type=int)
for args in (['--n', 'x'],):
    try:
        e.parse_args(args)
    except argparse.ArgumentError as err:
        print('ArgumentError', err)

print('-- defaults')
d = argparse.ArgumentParser(prog='defs', argument_default=None)
d.add_argument('--x', default=5)
d.set_defaults(x=6, extra='e')
print(d.get_default('x'), d.get_default('extra'))
run(d, [])
ns = argparse.Namespace(x=100)
print(d.parse_args([], namespace=ns) is ns, ns)

print('-- help')
h = argparse.ArgumentParser(prog='prog', description='A  simple\n  program that   does things.',
                            epilog='See the docs for more.')
h.add_argument('input', help='the input file')
h.add_argument('count', type=int, nargs='?', default=3, help='how many (default: %(default)s)')
h.add_argument('--output', metavar='FILE', help='where to write')
h.add_argument('--quiet', action='store_true', help='say less')
h.add_argument('--mode', choices=['fast', 'slow'], help='choose one of %(choices)s')
h.add_argument('--undocumented')
h.add_argument('--hidden', help=argparse.SUPPRESS)
h.add_argument('--a-very-long-option-name', help='this option has such a long name that its help starts on the next line and wraps around')
print(h.format_help(), end='')
print('---')
h.print_usage()
run(h, ['-h'])

grp = argparse.ArgumentParser(prog='grouped', add_help=False)
io_group = grp.add_argument_group('input/output', 'Where data comes from and goes to.')
io_group.add_argument('--in', dest='inp', help='source')
io_group.add_argument('--out', help='target')
grp.add_argument('--plain', action='store_true')
print(grp.format_help(), end='')
print('---')

wide = argparse.ArgumentParser(prog='wide-program')
for name in ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta']:
    wide.add_argument('--' + name, metavar=name.upper())
wide.add_argument('first')
wide.add_argument('second', nargs='+')
print(wide.format_usage(), end='')

long_prog = argparse.ArgumentParser(prog='a-program-with-a-really-very-extremely-long-name-indeed')
for name in ['alpha', 'beta', 'gamma', 'delta']:
    long_prog.add_argument('--' + name, metavar=name.upper())
long_prog.add_argument('target')
print(long_prog.format_usage(), end='')

nh = argparse.ArgumentParser(prog='nohelp', add_help=False, usage='%(prog)s [stuff]')
nh.add_argument('x')
print(nh.format_help(), end='')
print(repr(argparse.ArgumentParser(prog='empty', add_help=False).format_help()))

raw = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawDescriptionHelpFormatter,
                              description='line one\n  indented line two\n')
print(raw.format_help(), end='')
dflt = argparse.ArgumentParser(prog='dflt', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
dflt.add_argument('--size', type=int, default=10, help='the size')
dflt.add_argument('--name', help='the name')
print(dflt.format_help(), end='')

print('-- subcommands')
top = argparse.ArgumentParser(prog='git')
top.add_argument('--debug', action='store_true')
subs = top.add_subparsers(dest='command')
commit = subs.add_parser('commit', help='record changes')
commit.add_argument('-m', dest='message')
push = subs.add_parser('push', help='send commits')
push.add_argument('remote', nargs='?', default='origin')
print(top.format_help(), end='')
run(top, ['commit', '-m', 'msg'])
run(top, ['--debug', 'push'])
run(top, ['push', 'upstream', '--debug'])
run(top, [])
run(top, ['push', '--force'])
run(top, ['commit', '-h'])

print('-- definition errors')
bad = argparse.ArgumentParser(prog='bad')
bad.add_argument('--x')
for call in [lambda: bad.add_argument('--x'),
             lambda: bad.add_argument('y', required=True),
             lambda: bad.add_argument('--z', nargs=0),
             lambda: bad.add_argument('--p', nargs=2, metavar=('A', 'B', 'C')),
             lambda: bad.add_argument('noprefix', 'two')]:
    try:
        call()
        print('no error')
    except (ValueError, TypeError, argparse.ArgumentError) as err:
        print(type(err).__name__, err)

print('-- newer than 3.11')
# '-f, --file FILE' in help (3.13)
n = argparse.ArgumentParser(prog='newer')
n.add_argument('-f', '--file', help='input file')
n.add_argument('-v', '--verbose', action='store_true', help='more output')
n.add_argument('-l', '--level', choices=['1', '2'], help='level')
print(n.format_help(), end='')
# str() of choices in the invalid choice message (3.12.8/3.13.1)
run(p2, ['--foo'])
run(q, ['--level', 'mid'])
run(q, ['--num', '7'])
run(top, ['pull'])
# a positional '*' after an option still gets the values after the option (3.12.7/3.13.1)
s = argparse.ArgumentParser(prog='star')
s.add_argument('foo')
s.add_argument('bar', nargs='*')
s.add_argument('-x')
run(s, ['a', '-x', '1', 'b', 'c'])
# repr of actions gained 'deprecated' (3.13)
print(repr(n._actions[1]))
print(repr(argparse.ArgumentParser(prog='r', add_help=False)))
# only the first '--' is a separator; a later one is a value (3.13.1)
run(p, ['a', '--', '--'])
# '-vx' with an unknown '-x' leaves '-x' unrecognized (3.12)
run(p, ['a', '-vx'])
# unrecognized arguments raise ArgumentError too with exit_on_error=False (3.12)
try:
    e.parse_args(['--zz'])
except argparse.ArgumentError as err:
    print('ArgumentError', err)
# definition errors worded as in 3.14
for call in [lambda: bad.add_argument('--w', action='nonsense'),
             lambda: bad.add_argument('--v', type='int')]:
    try:
        call()
        print('no error')
    except (ValueError, TypeError) as err:
        print(type(err).__name__, err)
