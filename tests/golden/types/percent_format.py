def t(f, a):
    try: print(repr(f % a))
    except Exception as e: print(type(e).__name__, e)
t('%ld', 5); t('%5%', ()); t('%5%', (1,)); t('%-5%', (1,)); t('%(a)%', {'a':1})
print(repr('%c' % 65), repr('%5c' % 'x'), repr('%05c' % 'x'))
print(repr('%s' % [1,2]), repr('%(a)s %(b)r' % {'a': 1, 'b': 'x'}))
print(repr('%.2s' % 'abc'), repr('%*d' % (5, 3)), repr('%-*d|' % (5, 3)), repr('%*d' % (-5, 3)), repr('%.*f' % (2, 3.14159)))
print(repr('%e' % 12345.678), repr('%#.0f' % 3), repr('%g' % 1e-5), repr('%G' % 1e-20), repr('%.0e' % 5), repr('%r' % 'x'), repr('%a' % 'é'))
print(repr('%d' % 3.9), repr('%d' % True), repr('%i' % -2.5), repr('%u' % 7))
for f, a in [('%d', 'x'), ('%x', 3.5), ('%f', 'x'), ('%c', 'ab'), ('%c', -1), ('%s %s', (1,)), ('%s', (1, 2)), ('%(a)s', 5), ('%z', 1), ('%', ()), ('%(a', {}), ('%c', 1.5), ('%*d', ('a', 1)), ('%d', None), ('%s' , ()), ('%.*f', (-2, 1.5)), ('%0*d', (5, -3)), ('%+.3x', 10), ('%#5.3o', 8), ('% 010.2f', 3.14159), ('%-+8.2e|', -1234.5), ('%x', True), ('%s', 1.0), ('%r', 1e16), ('%.3g', 1234567), ('%#g', 1.0), ('%#.3g', 100), ('%5.1s|', 'abc'), ('%%%s', 'a'), ('a%%b', ()), ('%s', {}), ('abc', {}), ('abc', []), ('abc', 5), ('%c', 0x110000), ('%d', 10**30), ('%x', -10**20), ('%o', 0), ('%#o', 0), ('%#x', 0), ('%.0f', 0.5), ('%.0f', 1.5), ('%f', 1e300), ('%f', float('inf')), ('%05f', float('-inf')), ('%.2f', float('nan')), ('%E', 1e-5), ('%F', float('inf')), ('%s %(a)s', {'a': 1}), ('%(a)s %s', {'a': 1})]:
    t(f, a)
print(format(True, ''), format(True, 'd'), repr(format(5, '')), format(1.0, ''), repr(format('ab', '05')))
print(repr(format(-0.0, 'z')), repr(format(-0.0001, 'z.2f')), repr(format(0.0, '+')), repr(format(-1e-10, 'z.3e')))
