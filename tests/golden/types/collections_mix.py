def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
l = [3, 1, 4, 1, 5, 9, 2, 6]
d = {1: 'a', 2: 'b', 'x': 3}
s = {1, 2, 3, 40, 57}
b = bytearray(b'hello world')
t(lambda: s.intersection([0, 1]))
print(l, d, s, b)
t(lambda: d.get(44))
t(lambda: l * 2)
t(lambda: s)
try:
    b[-12] = 13 % 256
except Exception as e:
    print(type(e).__name__, e)
t(lambda: d.pop(34, 0))
t(lambda: d.setdefault(46, 46))
t(lambda: d.pop(30))
t(lambda: l + [40])
t(lambda: b.split())
t(lambda: l.sort())
t(lambda: b.replace(b'l', b'L'))
t(lambda: d.get(28))
t(lambda: s.issubset({1,2,3,10}))
t(lambda: l.count(40))
try:
    l.sort(reverse=True)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: s.update(range(17 % 20)))
t(lambda: b.extend(b'xy'))
t(lambda: d[1])
t(lambda: d.copy())
try:
    del l[2]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.count(b'o'))
try:
    b[5] = 11 % 256
except Exception as e:
    print(type(e).__name__, e)
t(lambda: s)
t(lambda: s.remove(42))
t(lambda: s.update(range(30 % 20)))
try:
    l[9:-4] = [29]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: s.difference_update(range(42 % 10)))
t(lambda: b.replace(b'l', b'L'))
t(lambda: d | {18: 0})
try:
    l[::3] = l[::3][::-1]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.upper())
try:
    b[8:10] = b'ab'
except Exception as e:
    print(type(e).__name__, e)
t(lambda: bytes(b))
t(lambda: d == dict(d))
t(lambda: b.pop())
t(lambda: s.difference([32]))
t(lambda: s.discard(35))
t(lambda: s.symmetric_difference_update({34, 42}))
t(lambda: s.issubset({1,2,3,15}))
try:
    del b[-1:9]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b[-2])
t(lambda: b.reverse())
t(lambda: b.insert(11, 65))
t(lambda: s.symmetric_difference([-1]))
t(lambda: d == dict(d))
t(lambda: list(d.items()))
t(lambda: s & {57, 1, 2})
t(lambda: list(d.items()))
t(lambda: l.append(13))
t(lambda: s.difference_update(range(0 % 10)))
print(l, d, s, b)
t(lambda: d[-3])
try:
    d[51] = 51
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.count(b'o'))
t(lambda: s.add(52))
t(lambda: 18 in s)
t(lambda: s.intersection_update(range(60)))
try:
    l[::1] = l[::1][::-1]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: s.symmetric_difference([5]))
t(lambda: l.pop())
try:
    b[1] = 20 % 256
except Exception as e:
    print(type(e).__name__, e)
t(lambda: d[10])
t(lambda: l * 2)
t(lambda: b.pop())
t(lambda: l.remove(34))
t(lambda: s.intersection_update(range(60)))
t(lambda: s ^ {14, 27})
t(lambda: d.pop(-1))
t(lambda: l.pop())
t(lambda: s.pop() if len(s) > 3 else None)
t(lambda: d.get(7))
t(lambda: b.replace(b'l', b'L'))
t(lambda: b.insert(8, 65))
t(lambda: s.difference_update(range(1 % 10)))
t(lambda: l.pop())
try:
    l[-12:1] = [58]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: sorted(s))
t(lambda: d.pop(17))
try:
    sorted(d.keys() & {29, 1, 2}, key=str)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: d[58])
t(lambda: s.discard(-1))
t(lambda: s ^ {55, 27})
try:
    d[26] = 26
except Exception as e:
    print(type(e).__name__, e)
t(lambda: s)
t(lambda: d.popitem() if len(d) > 5 else None)
t(lambda: b.find(b'l'))
t(lambda: d[1])
t(lambda: d == dict(d))
try:
    l[-11:-4] = [47]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.upper())
try:
    del b[-2:-9]
except Exception as e:
    print(type(e).__name__, e)
try:
    del d[24]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.reverse())
t(lambda: bytes(b))
t(lambda: s.difference([37]))
t(lambda: bytes(b))
t(lambda: s.discard(60))
t(lambda: s.intersection([9, 1]))
t(lambda: b.append(33 % 256))
try:
    d[3] = 3
except Exception as e:
    print(type(e).__name__, e)
t(lambda: d.update({5: 5}))
print(l, d, s, b)
t(lambda: b.split())
t(lambda: l.append(12))
t(lambda: sorted(s))
t(lambda: s | {39, 42})
t(lambda: d.get(31))
t(lambda: b.reverse())
t(lambda: list(reversed(d)))
t(lambda: b.count(b'o'))
try:
    d[1] = 1
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.strip(b'hd'))
t(lambda: s & {43, 1, 2})
t(lambda: b.insert(-8, 65))
t(lambda: b.extend(b'xy'))
t(lambda: d.update({58: 58}))
t(lambda: len(d))
t(lambda: len(d))
t(lambda: s.difference_update(range(46 % 10)))
t(lambda: b.extend(b'xy'))
t(lambda: list(d.items()))
t(lambda: b.upper())
try:
    sorted(l, key=lambda x: -x)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: d == dict(d))
t(lambda: b.insert(0, 65))
t(lambda: d.update({46: 46}))
t(lambda: s & {9, 1, 2})
t(lambda: l.index(6))
t(lambda: l * 2)
t(lambda: list(d.items()))
t(lambda: d.copy())
t(lambda: d.copy())
t(lambda: l.insert(4, 59))
t(lambda: list(reversed(d)))
t(lambda: l.append(21))
t(lambda: 10 in d)
t(lambda: l[-6])
t(lambda: s)
t(lambda: b.insert(7, 65))
try:
    l[11:-10] = [45]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: s.add(11))
t(lambda: s.difference([15]))
try:
    l.sort(reverse=True)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l.reverse())
t(lambda: list(d))
t(lambda: bytes(b))
try:
    sorted(l, key=lambda x: -x)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.insert(-6, 65))
try:
    l[7:9] = [7]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l.insert(12, 17))
t(lambda: b.extend(b'xy'))
t(lambda: b.insert(-2, 65))
print(l, d, s, b)
t(lambda: d.copy())
t(lambda: list(d))
try:
    sorted(l, key=lambda x: -x)
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[8]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: sorted(s))
t(lambda: sorted(s))
t(lambda: 44 in s)
t(lambda: s.difference_update(range(8 % 10)))
t(lambda: s ^ {44, 58})
t(lambda: d.pop(30))
t(lambda: d.popitem() if len(d) > 5 else None)
t(lambda: bytes(b))
t(lambda: len(l))
t(lambda: s.issubset({1,2,3,54}))
t(lambda: s.symmetric_difference_update({46, 45}))
t(lambda: 54 in l)
t(lambda: b[1])
t(lambda: s.remove(60))
t(lambda: b.extend(b'xy'))
t(lambda: s.union([30]))
t(lambda: s - {0})
t(lambda: s.symmetric_difference_update({53, 19}))
try:
    l[::1] = l[::1][::-1]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.extend(b'xy'))
t(lambda: bytes(b))
t(lambda: l.insert(-3, 5))
t(lambda: 31 in l)
t(lambda: s.issubset({1,2,3,35}))
t(lambda: b.strip(b'hd'))
t(lambda: sorted(s))
t(lambda: 51 in l)
t(lambda: d.setdefault(14, 14))
t(lambda: b.replace(b'l', b'L'))
t(lambda: b.hex())
t(lambda: s.union([34]))
t(lambda: s.difference_update(range(30 % 10)))
t(lambda: len(l))
t(lambda: d[46])
try:
    del l[-3]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: s.symmetric_difference([49]))
t(lambda: d[9])
t(lambda: l.reverse())
t(lambda: l.copy())
t(lambda: l.index(28))
t(lambda: 45 in l)
t(lambda: b.reverse())
t(lambda: d.setdefault(38, 38))
t(lambda: b.upper())
t(lambda: b.count(b'o'))
t(lambda: b[-8])
print(l, d, s, b)
try:
    l[::-1] = l[::-1][::-1]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b[8])
t(lambda: l.count(0))
t(lambda: b.hex())
t(lambda: b.upper())
t(lambda: d[-3])
t(lambda: s.symmetric_difference([56]))
t(lambda: sorted(s))
t(lambda: b.strip(b'hd'))
t(lambda: b[-7])
t(lambda: b[8])
t(lambda: l.count(27))
t(lambda: b.upper())
t(lambda: b.extend(b'xy'))
t(lambda: b.append(21 % 256))
t(lambda: b.count(b'o'))
try:
    del b[4:-6]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: s | {9, 44})
t(lambda: b.append(1 % 256))
t(lambda: b.insert(0, 65))
t(lambda: d.pop(48))
t(lambda: s.issubset({1,2,3,22}))
t(lambda: b.reverse())
t(lambda: frozenset(s) == s)
t(lambda: len(l))
try:
    d[16] = 16
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.split())
try:
    l[::-2] = l[::-2][::-1]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: sorted(s))
t(lambda: b.append(26 % 256))
try:
    sorted(l, key=lambda x: -x)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: s.pop() if len(s) > 3 else None)
t(lambda: s.discard(36))
try:
    l[2:-3] = [57]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.find(b'l'))
t(lambda: s.remove(35))
t(lambda: l.index(41))
t(lambda: frozenset(s) == s)
t(lambda: s.discard(54))
t(lambda: s - {55})
t(lambda: b.reverse())
t(lambda: l[-3:-1])
t(lambda: l.index(-2))
t(lambda: l * 2)
t(lambda: s ^ {52, 26})
t(lambda: s)
t(lambda: l.index(43))
t(lambda: l[-2:8])
t(lambda: b.insert(-8, 65))
t(lambda: b.replace(b'l', b'L'))
print(l, d, s, b)
t(lambda: b.split())
t(lambda: b[-11])
t(lambda: bytes(b))
t(lambda: s.pop() if len(s) > 3 else None)
t(lambda: l.insert(-11, 22))
t(lambda: d[25])
t(lambda: b.append(1 % 256))
t(lambda: s.pop() if len(s) > 3 else None)
t(lambda: s.union([29]))
t(lambda: s.remove(47))
try:
    sorted(l, key=lambda x: -x)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: len(d))
t(lambda: l[11:-10])
t(lambda: s.intersection([27, 1]))
t(lambda: s.difference_update(range(47 % 10)))
t(lambda: s.issubset({1,2,3,16}))
try:
    d[35] = 35
except Exception as e:
    print(type(e).__name__, e)
try:
    del b[-6:12]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l + [59])
t(lambda: s.remove(20))
t(lambda: s.symmetric_difference_update({57, -2}))
t(lambda: d.pop(36, 0))
t(lambda: 21 in s)
t(lambda: l + [-1])
t(lambda: l.count(31))
t(lambda: 42 in l)
try:
    d[26] = 26
except Exception as e:
    print(type(e).__name__, e)
try:
    l[-8:0] = [47]
except Exception as e:
    print(type(e).__name__, e)
try:
    sorted(l, key=lambda x: -x)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: s.difference_update(range(19 % 10)))
t(lambda: len(d))
t(lambda: b.count(b'o'))
t(lambda: b.strip(b'hd'))
try:
    del d[12]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l.copy())
t(lambda: d.get(2))
try:
    sorted(l, key=lambda x: -x)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: s & {17, 1, 2})
t(lambda: s.discard(37))
try:
    sorted(d.keys() & {29, 1, 2}, key=str)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.pop())
t(lambda: s | {43, 52})
t(lambda: d.popitem() if len(d) > 5 else None)
t(lambda: list(d.items()))
t(lambda: s.discard(15))
try:
    sorted(d.keys() & {25, 1, 2}, key=str)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.reverse())
t(lambda: b.pop())
try:
    b[5] = 16 % 256
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[2]
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, b)
t(lambda: b[-5])
t(lambda: l * 2)
t(lambda: s | {15, 0})
t(lambda: b.reverse())
t(lambda: s.update(range(30 % 20)))
t(lambda: s.remove(31))
t(lambda: s.symmetric_difference([2]))
t(lambda: l.reverse())
try:
    sorted(l, key=lambda x: -x)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: list(reversed(d)))
t(lambda: s.remove(56))
try:
    del d[32]
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::-1] = l[::-1][::-1]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.hex())
t(lambda: bytes(b))
t(lambda: d.copy())
t(lambda: len(d))
t(lambda: s)
t(lambda: s)
try:
    del d[60]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: d.update({59: 59}))
t(lambda: b.find(b'l'))
t(lambda: len(l))
t(lambda: s.symmetric_difference([11]))
t(lambda: s ^ {23, 47})
t(lambda: b.upper())
t(lambda: s.union([1]))
t(lambda: list(d))
t(lambda: b[3])
t(lambda: b.replace(b'l', b'L'))
t(lambda: d.get(60))
t(lambda: 26 in s)
t(lambda: b.pop())
t(lambda: l.pop())
t(lambda: b.upper())
t(lambda: len(s))
t(lambda: 1 in s)
t(lambda: 55 in d)
t(lambda: s.intersection([57, 1]))
t(lambda: l.count(54))
t(lambda: l.extend([31, 31]))
t(lambda: l.pop(-6))
t(lambda: s.difference([28]))
t(lambda: s - {1})
t(lambda: 16 in s)
t(lambda: l.append(44))
t(lambda: l[-7:6])
t(lambda: l.clear() if len(l) > 30 else None)
try:
    l[7:2] = [-2]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: len(d))
print(l, d, s, b)
t(lambda: d == dict(d))
try:
    del b[-7:-6]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.count(b'o'))
t(lambda: l.reverse())
t(lambda: s)
t(lambda: 44 in d)
t(lambda: bytes(b))
t(lambda: s - {15})
t(lambda: list(d))
t(lambda: bytes(b))
t(lambda: len(s))
t(lambda: s.symmetric_difference([26]))
t(lambda: b.split())
t(lambda: b.pop())
t(lambda: l.pop(1))
t(lambda: s | {9, 29})
try:
    del d[21]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l.remove(30))
t(lambda: b.upper())
t(lambda: d.setdefault(44, 44))
try:
    b[1:0] = b'ab'
except Exception as e:
    print(type(e).__name__, e)
t(lambda: list(d))
t(lambda: b.pop())
try:
    d[60] = 60
except Exception as e:
    print(type(e).__name__, e)
t(lambda: 39 in l)
try:
    l.sort(reverse=True)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: s.intersection_update(range(60)))
t(lambda: d.pop(19))
t(lambda: d.pop(49, 0))
try:
    d[34] = 34
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l.remove(53))
t(lambda: b.split())
try:
    del b[2:-10]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: list(d))
t(lambda: s.symmetric_difference([56]))
t(lambda: b.count(b'o'))
t(lambda: d == dict(d))
t(lambda: sorted(s))
t(lambda: list(reversed(d)))
try:
    del b[-2:6]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: d == dict(d))
t(lambda: 30 in s)
t(lambda: s | {3, 45})
t(lambda: s)
t(lambda: s.symmetric_difference([27]))
t(lambda: s.update(range(13 % 20)))
t(lambda: d | {35: 0})
t(lambda: s.symmetric_difference_update({40, 16}))
t(lambda: b.split())
t(lambda: s ^ {53, 7})
print(l, d, s, b)
t(lambda: l.pop(-2))
t(lambda: b.find(b'l'))
t(lambda: l.index(22))
t(lambda: d.pop(8))
t(lambda: s.difference([34]))
t(lambda: 41 in s)
t(lambda: d.popitem() if len(d) > 5 else None)
t(lambda: d.popitem() if len(d) > 5 else None)
t(lambda: s.intersection_update(range(60)))
t(lambda: s.update(range(55 % 20)))
t(lambda: s.update(range(36 % 20)))
t(lambda: d.setdefault(21, 21))
t(lambda: d.setdefault(39, 39))
t(lambda: s)
try:
    b[8:6] = b'ab'
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l[1:10])
t(lambda: l.remove(24))
t(lambda: b.reverse())
t(lambda: s.add(32))
t(lambda: b[-3])
t(lambda: l.remove(41))
try:
    del l[4]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l.append(-1))
t(lambda: s.symmetric_difference([35]))
t(lambda: s.discard(-3))
t(lambda: b.replace(b'l', b'L'))
t(lambda: s)
t(lambda: b.find(b'l'))
t(lambda: b.find(b'l'))
t(lambda: list(d))
t(lambda: s.intersection([57, 1]))
t(lambda: b.find(b'l'))
t(lambda: b.count(b'o'))
t(lambda: b.insert(-6, 65))
t(lambda: d.copy())
t(lambda: b.insert(-1, 65))
try:
    del l[-2:-11:3]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.append(22 % 256))
t(lambda: len(s))
t(lambda: d | {57: 0})
t(lambda: 11 in d)
t(lambda: b.pop())
t(lambda: d.setdefault(29, 29))
try:
    b[12:6] = b'ab'
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l.copy())
t(lambda: l.count(60))
t(lambda: s.union([58]))
t(lambda: s.pop() if len(s) > 3 else None)
try:
    del l[-9]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: s.add(29))
print(l, d, s, b)
t(lambda: b[-3])
t(lambda: b.upper())
t(lambda: s)
t(lambda: l[0:-10:-2])
t(lambda: d[50])
t(lambda: s.remove(1))
t(lambda: b.pop())
t(lambda: d.get(49))
t(lambda: s.discard(4))
t(lambda: 7 in s)
t(lambda: bytes(b))
t(lambda: s.remove(59))
t(lambda: d.pop(5))
t(lambda: d == dict(d))
try:
    sorted(d.keys() & {46, 1, 2}, key=str)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: d.pop(2, 0))
t(lambda: s.difference_update(range(5 % 10)))
t(lambda: d.get(47))
try:
    l[5] = 6
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l.insert(4, 49))
t(lambda: d | {19: 0})
t(lambda: b.replace(b'l', b'L'))
t(lambda: d.copy())
t(lambda: l.index(30))
t(lambda: s.update(range(39 % 20)))
t(lambda: sorted(s))
try:
    b[1:9] = b'ab'
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.reverse())
t(lambda: d.popitem() if len(d) > 5 else None)
try:
    b[-5] = -1 % 256
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l.remove(41))
t(lambda: s.add(2))
t(lambda: l.pop())
t(lambda: 40 in l)
t(lambda: s.remove(60))
t(lambda: d == dict(d))
t(lambda: b.insert(11, 65))
t(lambda: s & {27, 1, 2})
t(lambda: s.add(3))
t(lambda: l + [33])
t(lambda: l.pop(11))
t(lambda: l[10:12])
t(lambda: d.setdefault(24, 24))
t(lambda: b.split())
t(lambda: 14 in s)
t(lambda: s.symmetric_difference_update({38, 41}))
t(lambda: b.hex())
try:
    l[6] = 12
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l[-9:-1])
t(lambda: d == dict(d))
print(l, d, s, b)
t(lambda: l.extend([45, 45]))
t(lambda: s.intersection_update(range(60)))
try:
    del b[-7:-4]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b[-12])
t(lambda: d.setdefault(21, 21))
t(lambda: l.insert(-9, 23))
t(lambda: d.pop(16, 0))
t(lambda: b.extend(b'xy'))
t(lambda: l.extend([25, 25]))
t(lambda: s | {-2, 46})
t(lambda: 29 in d)
t(lambda: b.count(b'o'))
t(lambda: l.insert(-1, 34))
t(lambda: s)
t(lambda: b.find(b'l'))
t(lambda: d.update({39: 39}))
t(lambda: l.index(40))
try:
    l.sort(reverse=True)
except Exception as e:
    print(type(e).__name__, e)
try:
    b[3] = 37 % 256
except Exception as e:
    print(type(e).__name__, e)
t(lambda: s.difference_update(range(18 % 10)))
t(lambda: l.pop())
t(lambda: l.sort())
t(lambda: l.count(11))
t(lambda: bytes(b))
t(lambda: b.extend(b'xy'))
t(lambda: l.clear() if len(l) > 30 else None)
t(lambda: b.extend(b'xy'))
t(lambda: s.pop() if len(s) > 3 else None)
t(lambda: l + [47])
t(lambda: len(l))
t(lambda: d.pop(45, 0))
t(lambda: b[6])
try:
    l.sort(reverse=True)
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[7]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort(reverse=True)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l.copy())
t(lambda: s - {24})
t(lambda: b[1])
try:
    sorted(d.keys() & {-3, 1, 2}, key=str)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.find(b'l'))
t(lambda: s & {10, 1, 2})
t(lambda: l.count(33))
t(lambda: d.setdefault(29, 29))
t(lambda: s.intersection_update(range(60)))
t(lambda: s & {39, 1, 2})
t(lambda: d.update({26: 26}))
t(lambda: b.hex())
t(lambda: b.insert(5, 65))
t(lambda: d.copy())
t(lambda: l * 2)
print(l, d, s, b)
t(lambda: s.difference([53]))
t(lambda: d.pop(30, 0))
t(lambda: s | {-3, 30})
t(lambda: d | {11: 0})
t(lambda: s.intersection_update(range(60)))
try:
    del l[-12]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: s.symmetric_difference([11]))
t(lambda: b.reverse())
t(lambda: d == dict(d))
t(lambda: d.pop(19, 0))
try:
    l[-3:-12] = [9]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.upper())
t(lambda: s.add(41))
t(lambda: b.upper())
t(lambda: d.pop(26, 0))
try:
    l[5] = 60
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l[-11:-9])
try:
    l.sort(reverse=True)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: len(s))
try:
    d[4] = 4
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[-7:7:1]
except Exception as e:
    print(type(e).__name__, e)
try:
    sorted(d.keys() & {37, 1, 2}, key=str)
except Exception as e:
    print(type(e).__name__, e)
try:
    b[5] = 20 % 256
except Exception as e:
    print(type(e).__name__, e)
t(lambda: d.setdefault(27, 27))
t(lambda: l.pop())
t(lambda: l.count(15))
t(lambda: b.append(19 % 256))
t(lambda: l.pop())
t(lambda: l * 2)
t(lambda: b.split())
t(lambda: b.count(b'o'))
t(lambda: b[10])
t(lambda: b.pop())
t(lambda: 33 in d)
t(lambda: l.pop())
t(lambda: b.strip(b'hd'))
t(lambda: s.pop() if len(s) > 3 else None)
t(lambda: d.get(14))
t(lambda: l.pop(4))
t(lambda: d.copy())
t(lambda: s.discard(26))
t(lambda: d.popitem() if len(d) > 5 else None)
try:
    del b[-12:-5]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l.copy())
t(lambda: s | {57, 7})
t(lambda: l.clear() if len(l) > 30 else None)
t(lambda: len(s))
t(lambda: d.popitem() if len(d) > 5 else None)
t(lambda: len(d))
t(lambda: bytes(b))
print(l, d, s, b)
t(lambda: b.split())
t(lambda: l.index(45))
try:
    l[-12:-9] = [15]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: sorted(s))
t(lambda: d.popitem() if len(d) > 5 else None)
t(lambda: b.strip(b'hd'))
t(lambda: d.pop(23, 0))
t(lambda: l.extend([7, 7]))
t(lambda: l.clear() if len(l) > 30 else None)
t(lambda: list(d))
t(lambda: len(l))
t(lambda: l.sort())
t(lambda: b.replace(b'l', b'L'))
try:
    del d[11]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: d | {8: 0})
t(lambda: l + [6])
t(lambda: s.intersection_update(range(60)))
t(lambda: s.discard(13))
t(lambda: s.intersection([55, 1]))
t(lambda: d.copy())
t(lambda: s.union([16]))
t(lambda: 29 in d)
try:
    del b[9:-4]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l.sort())
t(lambda: d.popitem() if len(d) > 5 else None)
t(lambda: s.update(range(5 % 20)))
try:
    l[-10:4] = [11]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.strip(b'hd'))
t(lambda: d.update({48: 48}))
t(lambda: s ^ {55, 21})
t(lambda: b.strip(b'hd'))
t(lambda: sorted(s))
t(lambda: l.copy())
t(lambda: b.find(b'l'))
t(lambda: d[0])
t(lambda: b.split())
t(lambda: l.append(-3))
t(lambda: s)
try:
    sorted(d.keys() & {26, 1, 2}, key=str)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.hex())
t(lambda: b.replace(b'l', b'L'))
try:
    d[42] = 42
except Exception as e:
    print(type(e).__name__, e)
t(lambda: len(l))
try:
    b[-6] = 48 % 256
except Exception as e:
    print(type(e).__name__, e)
t(lambda: d.pop(7, 0))
t(lambda: bytes(b))
t(lambda: l.append(12))
t(lambda: b.replace(b'l', b'L'))
t(lambda: l.index(60))
t(lambda: d.copy())
print(l, d, s, b)
t(lambda: b.count(b'o'))
t(lambda: l * 2)
t(lambda: s.union([0]))
try:
    del l[-12]
except Exception as e:
    print(type(e).__name__, e)
try:
    l[-12:7] = [51]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: d.pop(13))
t(lambda: d == dict(d))
t(lambda: d == dict(d))
t(lambda: d.get(36))
t(lambda: l.index(32))
t(lambda: b.upper())
t(lambda: l[-8])
t(lambda: l.pop())
t(lambda: d == dict(d))
t(lambda: b.strip(b'hd'))
t(lambda: list(d.items()))
t(lambda: b.upper())
try:
    del b[-9:7]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.append(0 % 256))
t(lambda: l + [40])
t(lambda: 14 in d)
t(lambda: l * 2)
t(lambda: d.copy())
try:
    l[::-2] = l[::-2][::-1]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: list(d))
t(lambda: s.union([50]))
t(lambda: s ^ {40, 0})
t(lambda: l.pop())
t(lambda: s.difference_update(range(21 % 10)))
t(lambda: l.insert(-9, 42))
t(lambda: b.insert(-8, 65))
t(lambda: s.intersection_update(range(60)))
try:
    del d[46]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: d.update({47: 47}))
t(lambda: s.difference_update(range(3 % 10)))
t(lambda: b.count(b'o'))
t(lambda: l[4:10:2])
try:
    b[2] = 11 % 256
except Exception as e:
    print(type(e).__name__, e)
t(lambda: d.setdefault(2, 2))
try:
    d[3] = 3
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.append(44 % 256))
try:
    b[-11] = 18 % 256
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.hex())
t(lambda: l.index(55))
t(lambda: s.difference_update(range(40 % 10)))
t(lambda: s.update(range(39 % 20)))
t(lambda: l.clear() if len(l) > 30 else None)
t(lambda: b.extend(b'xy'))
t(lambda: l.count(18))
t(lambda: s | {0, 3})
print(l, d, s, b)
t(lambda: d.copy())
t(lambda: 21 in l)
t(lambda: s)
t(lambda: l.reverse())
t(lambda: l.extend([11, 11]))
t(lambda: b.extend(b'xy'))
t(lambda: l.remove(58))
t(lambda: l[6:-12:-2])
t(lambda: d.update({30: 30}))
t(lambda: l.insert(2, 27))
t(lambda: s.symmetric_difference([16]))
t(lambda: l[-6:-8])
t(lambda: d | {53: 0})
t(lambda: bytes(b))
t(lambda: s | {18, 17})
t(lambda: s.issubset({1,2,3,57}))
t(lambda: s - {8})
try:
    sorted(d.keys() & {55, 1, 2}, key=str)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: d.setdefault(26, 26))
t(lambda: b.split())
t(lambda: l.pop())
t(lambda: l * 2)
t(lambda: d.copy())
t(lambda: b.hex())
try:
    b[7] = 34 % 256
except Exception as e:
    print(type(e).__name__, e)
t(lambda: d == dict(d))
t(lambda: s.intersection_update(range(60)))
t(lambda: l * 2)
try:
    d[41] = 41
except Exception as e:
    print(type(e).__name__, e)
t(lambda: s.issubset({1,2,3,-2}))
t(lambda: s.symmetric_difference([56]))
t(lambda: len(d))
t(lambda: sorted(s))
t(lambda: b[-4])
try:
    sorted(d.keys() & {7, 1, 2}, key=str)
except Exception as e:
    print(type(e).__name__, e)
try:
    l[-12] = 2
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b[-12])
t(lambda: d.setdefault(22, 22))
t(lambda: s & {55, 1, 2})
t(lambda: list(reversed(d)))
t(lambda: b.replace(b'l', b'L'))
try:
    d[34] = 34
except Exception as e:
    print(type(e).__name__, e)
t(lambda: s & {50, 1, 2})
t(lambda: b.replace(b'l', b'L'))
try:
    d[25] = 25
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l.pop(-1))
t(lambda: b.extend(b'xy'))
t(lambda: b.reverse())
t(lambda: l[10])
try:
    l[-2:-1] = [22]
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, b)
t(lambda: s.difference_update(range(47 % 10)))
t(lambda: d | {30: 0})
t(lambda: s.update(range(27 % 20)))
t(lambda: b.append(2 % 256))
t(lambda: list(reversed(d)))
t(lambda: b.split())
t(lambda: s)
t(lambda: d[48])
t(lambda: s & {45, 1, 2})
t(lambda: b.hex())
t(lambda: l.clear() if len(l) > 30 else None)
try:
    sorted(l, key=lambda x: -x)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l.extend([9, 9]))
t(lambda: b.reverse())
t(lambda: len(s))
try:
    b[-3] = 47 % 256
except Exception as e:
    print(type(e).__name__, e)
try:
    sorted(l, key=lambda x: -x)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.count(b'o'))
t(lambda: l.index(22))
try:
    l[-11] = 55
except Exception as e:
    print(type(e).__name__, e)
t(lambda: frozenset(s) == s)
t(lambda: d.popitem() if len(d) > 5 else None)
t(lambda: b.upper())
t(lambda: d.pop(26))
t(lambda: s)
t(lambda: b.append(19 % 256))
t(lambda: b.count(b'o'))
t(lambda: s.intersection_update(range(60)))
t(lambda: s - {13})
t(lambda: b[-2])
t(lambda: b.pop())
t(lambda: b.upper())
t(lambda: s | {28, 57})
t(lambda: b.split())
t(lambda: l.index(10))
t(lambda: d[-1])
t(lambda: d.copy())
t(lambda: d.popitem() if len(d) > 5 else None)
t(lambda: s.add(50))
t(lambda: frozenset(s) == s)
t(lambda: l.sort())
t(lambda: b.split())
try:
    sorted(d.keys() & {44, 1, 2}, key=str)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l[-3:5:-1])
t(lambda: b.append(19 % 256))
t(lambda: frozenset(s) == s)
t(lambda: b.strip(b'hd'))
t(lambda: l.extend([5, 5]))
t(lambda: s.pop() if len(s) > 3 else None)
try:
    l[-9:-12] = [37]
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, b)
t(lambda: s - {51})
t(lambda: b.strip(b'hd'))
t(lambda: list(reversed(d)))
t(lambda: s.discard(25))
t(lambda: d.get(7))
t(lambda: 36 in s)
t(lambda: list(reversed(d)))
t(lambda: l.sort())
t(lambda: l[-5])
t(lambda: s ^ {51, 20})
t(lambda: d == dict(d))
t(lambda: s | {13, 44})
t(lambda: len(d))
t(lambda: s.discard(48))
t(lambda: b.find(b'l'))
t(lambda: bytes(b))
t(lambda: d | {0: 0})
t(lambda: b.insert(-12, 65))
t(lambda: sorted(s))
t(lambda: list(d.items()))
t(lambda: 37 in s)
t(lambda: b.hex())
t(lambda: d[23])
try:
    d[48] = 48
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l[7:-12])
t(lambda: len(d))
try:
    del b[12:-11]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: list(d.items()))
t(lambda: s.update(range(12 % 20)))
t(lambda: s.intersection_update(range(60)))
t(lambda: s | {30, 39})
t(lambda: d == dict(d))
t(lambda: b.find(b'l'))
t(lambda: d.pop(9))
t(lambda: len(l))
t(lambda: s.add(13))
t(lambda: b.insert(11, 65))
t(lambda: l.reverse())
t(lambda: 2 in d)
t(lambda: b[-12])
t(lambda: d == dict(d))
t(lambda: l.reverse())
t(lambda: b.pop())
t(lambda: l.extend([3, 3]))
try:
    del l[2:-4:2]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.insert(8, 65))
t(lambda: s & {17, 1, 2})
t(lambda: s.difference([50]))
t(lambda: s.intersection([39, 1]))
t(lambda: b.count(b'o'))
print(l, d, s, b)
try:
    d[40] = 40
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l.sort())
t(lambda: d.update({50: 50}))
t(lambda: len(d))
t(lambda: bytes(b))
t(lambda: b.count(b'o'))
t(lambda: s.symmetric_difference_update({37, 7}))
t(lambda: l.extend([30, 30]))
try:
    d[5] = 5
except Exception as e:
    print(type(e).__name__, e)
t(lambda: s.update(range(50 % 20)))
t(lambda: d.get(1))
t(lambda: l + [44])
t(lambda: s ^ {49, 21})
t(lambda: l.copy())
try:
    del b[4:8]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: s.intersection([11, 1]))
t(lambda: l.copy())
t(lambda: b[-6])
t(lambda: s.intersection([-1, 1]))
try:
    b[6:0] = b'ab'
except Exception as e:
    print(type(e).__name__, e)
t(lambda: len(l))
t(lambda: d.update({33: 33}))
try:
    del b[5:12]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: d == dict(d))
t(lambda: s.discard(45))
t(lambda: s.add(16))
t(lambda: l.pop(-5))
try:
    del b[-11:-1]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: s.pop() if len(s) > 3 else None)
t(lambda: s - {3})
t(lambda: s.add(35))
t(lambda: frozenset(s) == s)
try:
    l[-7] = 8
except Exception as e:
    print(type(e).__name__, e)
t(lambda: d.update({30: 30}))
t(lambda: s.issubset({1,2,3,56}))
t(lambda: s.union([1]))
t(lambda: d.pop(9, 0))
t(lambda: s.difference_update(range(17 % 10)))
t(lambda: b.upper())
t(lambda: d.pop(53))
t(lambda: s.add(11))
t(lambda: b.pop())
t(lambda: s.difference([17]))
t(lambda: frozenset(s) == s)
t(lambda: 38 in s)
t(lambda: s.union([38]))
t(lambda: d | {7: 0})
try:
    l[-9] = 7
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l[2:-12:-1])
t(lambda: 27 in d)
print(l, d, s, b)
t(lambda: d.copy())
try:
    del l[-8:8:-1]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: list(d.items()))
t(lambda: b.reverse())
try:
    l.sort(reverse=True)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l[-11:5:1])
t(lambda: len(d))
t(lambda: s)
t(lambda: d.pop(43))
t(lambda: b.append(2 % 256))
t(lambda: bytes(b))
try:
    del b[1:-3]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.reverse())
t(lambda: bytes(b))
t(lambda: l.index(23))
t(lambda: l[-5:1])
t(lambda: list(d))
t(lambda: b.hex())
t(lambda: s - {47})
t(lambda: b.replace(b'l', b'L'))
t(lambda: l.insert(-4, 8))
t(lambda: d.pop(24))
t(lambda: d.copy())
try:
    sorted(d.keys() & {36, 1, 2}, key=str)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: 28 in l)
t(lambda: b[8])
t(lambda: s.symmetric_difference_update({3, 0}))
t(lambda: l.sort())
t(lambda: s.pop() if len(s) > 3 else None)
try:
    del d[0]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.reverse())
try:
    b[-1] = 25 % 256
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.append(46 % 256))
t(lambda: b.hex())
t(lambda: d[39])
t(lambda: list(d.items()))
try:
    l[-1:9] = [50]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l.remove(25))
t(lambda: bytes(b))
t(lambda: b.strip(b'hd'))
t(lambda: b.insert(-8, 65))
try:
    l[::-1] = l[::-1][::-1]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.hex())
t(lambda: s.update(range(42 % 20)))
t(lambda: s.pop() if len(s) > 3 else None)
t(lambda: sorted(s))
t(lambda: d.popitem() if len(d) > 5 else None)
t(lambda: b.count(b'o'))
t(lambda: l + [44])
t(lambda: l.clear() if len(l) > 30 else None)
print(l, d, s, b)
t(lambda: b.replace(b'l', b'L'))
t(lambda: d.copy())
t(lambda: l.extend([18, 18]))
t(lambda: l.extend([41, 41]))
t(lambda: b.split())
t(lambda: s.issubset({1,2,3,16}))
t(lambda: l[5:-6:3])
t(lambda: l[10:-6])
t(lambda: l.remove(13))
t(lambda: s.union([40]))
t(lambda: l.reverse())
t(lambda: len(d))
t(lambda: l.remove(29))
t(lambda: d.setdefault(39, 39))
t(lambda: list(d.items()))
t(lambda: l.append(29))
t(lambda: d.pop(59))
t(lambda: d.setdefault(30, 30))
try:
    b[-7] = 31 % 256
except Exception as e:
    print(type(e).__name__, e)
t(lambda: 34 in s)
t(lambda: b.append(7 % 256))
t(lambda: l + [13])
t(lambda: b.upper())
t(lambda: d | {1: 0})
t(lambda: b.extend(b'xy'))
t(lambda: l.copy())
t(lambda: s & {23, 1, 2})
t(lambda: d[22])
t(lambda: d[-3])
try:
    b[9] = 16 % 256
except Exception as e:
    print(type(e).__name__, e)
t(lambda: d[32])
t(lambda: d | {15: 0})
t(lambda: b.hex())
t(lambda: l.reverse())
try:
    l.sort(reverse=True)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l * 2)
t(lambda: s.symmetric_difference([14]))
t(lambda: s.pop() if len(s) > 3 else None)
t(lambda: s.issubset({1,2,3,10}))
t(lambda: s.add(41))
t(lambda: d.pop(21, 0))
t(lambda: s.pop() if len(s) > 3 else None)
t(lambda: d | {25: 0})
try:
    l[-7] = 0
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.insert(8, 65))
t(lambda: s.union([46]))
t(lambda: l.clear() if len(l) > 30 else None)
t(lambda: l[10:10])
t(lambda: d.update({56: 56}))
t(lambda: s.discard(22))
print(l, d, s, b)
t(lambda: 44 in d)
t(lambda: s & {-1, 1, 2})
t(lambda: b.pop())
t(lambda: s & {49, 1, 2})
t(lambda: l.reverse())
t(lambda: b[-4])
t(lambda: d.pop(36, 0))
t(lambda: l.append(11))
try:
    l[4] = 28
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l.copy())
t(lambda: list(d))
t(lambda: s.remove(8))
t(lambda: d.pop(42, 0))
t(lambda: d[5])
t(lambda: d.pop(58, 0))
t(lambda: b.hex())
t(lambda: s.pop() if len(s) > 3 else None)
t(lambda: s)
t(lambda: d.setdefault(54, 54))
t(lambda: b.insert(-7, 65))
t(lambda: s.issubset({1,2,3,22}))
t(lambda: list(reversed(d)))
t(lambda: l.pop(-3))
try:
    d[49] = 49
except Exception as e:
    print(type(e).__name__, e)
try:
    d[33] = 33
except Exception as e:
    print(type(e).__name__, e)
try:
    del b[-4:-10]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: bytes(b))
t(lambda: s | {4, 39})
t(lambda: s - {37})
t(lambda: list(d.items()))
try:
    b[-3:-11] = b'ab'
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l.index(31))
t(lambda: s.symmetric_difference([57]))
t(lambda: frozenset(s) == s)
t(lambda: b.count(b'o'))
t(lambda: b.hex())
t(lambda: frozenset(s) == s)
t(lambda: s & {49, 1, 2})
t(lambda: 51 in s)
t(lambda: l.sort())
t(lambda: d[59])
t(lambda: b.reverse())
t(lambda: d.pop(57, 0))
try:
    del l[-3]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: s ^ {51, 6})
t(lambda: b[-9])
t(lambda: s ^ {43, 33})
t(lambda: b.reverse())
t(lambda: s.update(range(7 % 20)))
t(lambda: bytes(b))
print(l, d, s, b)
t(lambda: l * 2)
t(lambda: l * 2)
try:
    l[-5:11] = [49]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: len(s))
t(lambda: d[60])
t(lambda: bytes(b))
t(lambda: l.sort())
t(lambda: b.find(b'l'))
t(lambda: b.find(b'l'))
t(lambda: b.insert(-1, 65))
t(lambda: d.popitem() if len(d) > 5 else None)
t(lambda: b.hex())
t(lambda: d | {20: 0})
t(lambda: s - {1})
try:
    l[::-2] = l[::-2][::-1]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: s)
t(lambda: list(d))
t(lambda: s.difference([35]))
t(lambda: len(d))
t(lambda: s.add(57))
t(lambda: b.upper())
t(lambda: s.remove(50))
try:
    b[-10] = 53 % 256
except Exception as e:
    print(type(e).__name__, e)
t(lambda: list(d))
t(lambda: bytes(b))
t(lambda: d == dict(d))
t(lambda: b[-5])
t(lambda: d.get(9))
t(lambda: s.symmetric_difference([45]))
t(lambda: s.update(range(33 % 20)))
t(lambda: d == dict(d))
t(lambda: s.issubset({1,2,3,17}))
t(lambda: d[10])
t(lambda: b.insert(3, 65))
t(lambda: d.update({4: 4}))
try:
    sorted(d.keys() & {44, 1, 2}, key=str)
except Exception as e:
    print(type(e).__name__, e)
try:
    b[-7:-4] = b'ab'
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l.pop())
t(lambda: l.sort())
t(lambda: d.pop(-2))
t(lambda: d.update({22: 22}))
t(lambda: b.replace(b'l', b'L'))
t(lambda: l + [33])
t(lambda: d.setdefault(16, 16))
t(lambda: b.count(b'o'))
t(lambda: s.add(54))
t(lambda: 32 in l)
t(lambda: s.union([55]))
t(lambda: d.pop(58, 0))
t(lambda: s.difference([18]))
print(l, d, s, b)
t(lambda: s.difference([16]))
try:
    del d[57]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: frozenset(s) == s)
t(lambda: d[9])
try:
    l[-12] = 23
except Exception as e:
    print(type(e).__name__, e)
t(lambda: list(d))
t(lambda: l[4:-3:2])
t(lambda: 44 in l)
try:
    sorted(d.keys() & {10, 1, 2}, key=str)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: s.discard(53))
t(lambda: b.find(b'l'))
try:
    del d[2]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: s)
t(lambda: b.split())
t(lambda: b[2])
t(lambda: b.append(58 % 256))
t(lambda: d[40])
t(lambda: s | {3, 48})
t(lambda: b.reverse())
t(lambda: d.pop(2))
try:
    b[0] = 48 % 256
except Exception as e:
    print(type(e).__name__, e)
t(lambda: s.issubset({1,2,3,55}))
t(lambda: b.find(b'l'))
try:
    b[10:-7] = b'ab'
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l.extend([28, 28]))
t(lambda: list(d))
t(lambda: s.difference_update(range(8 % 10)))
t(lambda: l.append(13))
t(lambda: 53 in d)
try:
    l[::-2] = l[::-2][::-1]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: s.discard(56))
t(lambda: d.update({38: 38}))
try:
    b[-2:6] = b'ab'
except Exception as e:
    print(type(e).__name__, e)
t(lambda: s | {59, 34})
t(lambda: s.add(25))
t(lambda: s.remove(53))
try:
    del l[-5]
except Exception as e:
    print(type(e).__name__, e)
try:
    b[2] = 43 % 256
except Exception as e:
    print(type(e).__name__, e)
t(lambda: d.copy())
t(lambda: b.strip(b'hd'))
t(lambda: s.symmetric_difference_update({11, 1}))
t(lambda: s.pop() if len(s) > 3 else None)
t(lambda: d[-3])
t(lambda: bytes(b))
t(lambda: l.remove(20))
try:
    del l[0]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort(reverse=True)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: len(s))
t(lambda: b.hex())
t(lambda: l[-4:0])
print(l, d, s, b)
t(lambda: s)
t(lambda: s | {12, 33})
t(lambda: b.find(b'l'))
try:
    del b[-6:9]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: d.pop(-2))
t(lambda: s.union([18]))
t(lambda: d.copy())
t(lambda: b.insert(-3, 65))
t(lambda: b.count(b'o'))
try:
    del l[-4:-5:-1]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.replace(b'l', b'L'))
try:
    b[12] = 41 % 256
except Exception as e:
    print(type(e).__name__, e)
t(lambda: d | {52: 0})
t(lambda: s.symmetric_difference_update({34, 10}))
t(lambda: s.issubset({1,2,3,35}))
try:
    b[-11:-1] = b'ab'
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.split())
try:
    del l[5]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.hex())
t(lambda: s & {43, 1, 2})
t(lambda: s.symmetric_difference([30]))
t(lambda: d.pop(28))
t(lambda: b.replace(b'l', b'L'))
t(lambda: l.insert(-5, 23))
t(lambda: s)
t(lambda: l[12:-8:-1])
t(lambda: b.replace(b'l', b'L'))
t(lambda: s.add(11))
t(lambda: frozenset(s) == s)
try:
    sorted(d.keys() & {19, 1, 2}, key=str)
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[-8:-3:-1]
except Exception as e:
    print(type(e).__name__, e)
try:
    d[49] = 49
except Exception as e:
    print(type(e).__name__, e)
try:
    sorted(d.keys() & {48, 1, 2}, key=str)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: s ^ {16, 10})
t(lambda: l.remove(3))
t(lambda: b.strip(b'hd'))
t(lambda: l.index(53))
t(lambda: d.pop(33, 0))
t(lambda: b.count(b'o'))
t(lambda: s.remove(3))
t(lambda: s.symmetric_difference_update({16, 37}))
t(lambda: s.discard(59))
t(lambda: l + [15])
try:
    l[12:6] = [48]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.extend(b'xy'))
t(lambda: d == dict(d))
t(lambda: b.pop())
t(lambda: bytes(b))
t(lambda: b.extend(b'xy'))
t(lambda: bytes(b))
print(l, d, s, b)
t(lambda: 18 in l)
t(lambda: l.append(1))
t(lambda: l.reverse())
t(lambda: d.update({15: 15}))
t(lambda: b.reverse())
try:
    l[-7:-10] = [21]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: d | {26: 0})
t(lambda: s - {57})
t(lambda: l.reverse())
t(lambda: d.get(37))
t(lambda: l[-11:-7])
t(lambda: d[22])
t(lambda: l.pop(5))
try:
    b[12:-5] = b'ab'
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l.copy())
t(lambda: l.reverse())
try:
    sorted(l, key=lambda x: -x)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l[10:-1])
t(lambda: s.remove(21))
t(lambda: list(reversed(d)))
t(lambda: s.union([48]))
try:
    sorted(d.keys() & {15, 1, 2}, key=str)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: list(reversed(d)))
t(lambda: s ^ {59, 56})
t(lambda: sorted(s))
t(lambda: l * 2)
t(lambda: b.extend(b'xy'))
t(lambda: l[4:6:-1])
t(lambda: d[50])
t(lambda: list(reversed(d)))
try:
    sorted(d.keys() & {16, 1, 2}, key=str)
except Exception as e:
    print(type(e).__name__, e)
try:
    sorted(d.keys() & {24, 1, 2}, key=str)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: s.issubset({1,2,3,33}))
t(lambda: s.symmetric_difference_update({15, 2}))
t(lambda: l.pop(5))
t(lambda: b.replace(b'l', b'L'))
t(lambda: d.popitem() if len(d) > 5 else None)
t(lambda: l.count(28))
try:
    del d[37]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l.copy())
t(lambda: b.append(-3 % 256))
t(lambda: b.split())
t(lambda: l.pop())
t(lambda: frozenset(s) == s)
t(lambda: b.split())
try:
    l[2] = 2
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b[-5])
t(lambda: s)
t(lambda: b.pop())
t(lambda: s - {33})
print(l, d, s, b)
try:
    l.sort(reverse=True)
except Exception as e:
    print(type(e).__name__, e)
try:
    del b[6:10]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: sorted(s))
t(lambda: 10 in s)
t(lambda: s & {16, 1, 2})
t(lambda: l.copy())
try:
    del b[4:-7]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort(reverse=True)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.insert(-10, 65))
t(lambda: l.remove(10))
t(lambda: d.copy())
t(lambda: b.count(b'o'))
t(lambda: l.reverse())
t(lambda: l.reverse())
t(lambda: 33 in d)
t(lambda: b.split())
t(lambda: 7 in s)
t(lambda: s.difference([42]))
t(lambda: l[5])
t(lambda: d.popitem() if len(d) > 5 else None)
t(lambda: len(d))
t(lambda: s.union([20]))
t(lambda: s.add(-1))
t(lambda: len(s))
try:
    sorted(d.keys() & {37, 1, 2}, key=str)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: d.setdefault(49, 49))
try:
    b[-2] = 30 % 256
except Exception as e:
    print(type(e).__name__, e)
try:
    b[12] = 19 % 256
except Exception as e:
    print(type(e).__name__, e)
t(lambda: s.symmetric_difference([26]))
try:
    del b[-1:-10]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.insert(8, 65))
t(lambda: s | {38, 6})
t(lambda: s - {6})
t(lambda: d.pop(6, 0))
t(lambda: l.copy())
t(lambda: l * 2)
t(lambda: list(d))
t(lambda: s.symmetric_difference_update({40, 32}))
try:
    b[5:-11] = b'ab'
except Exception as e:
    print(type(e).__name__, e)
t(lambda: s.intersection_update(range(60)))
t(lambda: d.update({18: 18}))
t(lambda: b.replace(b'l', b'L'))
t(lambda: len(s))
t(lambda: 18 in s)
t(lambda: l.copy())
t(lambda: s.intersection([27, 1]))
t(lambda: -3 in s)
t(lambda: list(d))
t(lambda: s.intersection([14, 1]))
t(lambda: d.copy())
print(l, d, s, b)
t(lambda: list(d))
t(lambda: d.setdefault(45, 45))
t(lambda: l[4:10:-2])
t(lambda: b.find(b'l'))
t(lambda: s | {54, 31})
t(lambda: b.count(b'o'))
t(lambda: s.symmetric_difference_update({14, 39}))
t(lambda: l[-12:-1:2])
t(lambda: b.strip(b'hd'))
t(lambda: s.difference_update(range(14 % 10)))
t(lambda: s.issubset({1,2,3,-2}))
t(lambda: list(d.items()))
t(lambda: b.strip(b'hd'))
try:
    b[-1] = 27 % 256
except Exception as e:
    print(type(e).__name__, e)
t(lambda: d == dict(d))
t(lambda: s.difference([49]))
t(lambda: d.setdefault(42, 42))
t(lambda: d.pop(29))
t(lambda: s.discard(-2))
try:
    b[-8:12] = b'ab'
except Exception as e:
    print(type(e).__name__, e)
t(lambda: bytes(b))
t(lambda: s | {59, 20})
t(lambda: b[-6])
t(lambda: d[49])
t(lambda: b.split())
t(lambda: b.find(b'l'))
t(lambda: list(d))
t(lambda: s.add(59))
t(lambda: s ^ {33, 0})
t(lambda: s.difference([48]))
try:
    l[::-1] = l[::-1][::-1]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: s.intersection_update(range(60)))
t(lambda: l.pop(-6))
try:
    del d[45]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l[0:3])
t(lambda: b.count(b'o'))
t(lambda: d.setdefault(24, 24))
t(lambda: b.split())
t(lambda: d.pop(15))
t(lambda: d.popitem() if len(d) > 5 else None)
t(lambda: s ^ {-2, 41})
t(lambda: l.pop(10))
t(lambda: l.pop())
try:
    l.sort(reverse=True)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l.remove(28))
t(lambda: s.add(24))
t(lambda: s & {18, 1, 2})
try:
    sorted(d.keys() & {23, 1, 2}, key=str)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l * 2)
t(lambda: 40 in d)
print(l, d, s, b)
t(lambda: b.pop())
t(lambda: b.upper())
t(lambda: l.insert(-7, 32))
t(lambda: b.insert(2, 65))
t(lambda: bytes(b))
t(lambda: l.pop(1))
t(lambda: 38 in d)
t(lambda: list(reversed(d)))
t(lambda: s.union([57]))
t(lambda: s.issubset({1,2,3,41}))
t(lambda: s | {1, 27})
t(lambda: s.remove(58))
t(lambda: b.strip(b'hd'))
t(lambda: d.pop(3, 0))
t(lambda: b.count(b'o'))
try:
    del d[11]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b[-9])
t(lambda: l.insert(-4, 35))
t(lambda: b.replace(b'l', b'L'))
t(lambda: l.insert(-11, 24))
t(lambda: b.upper())
t(lambda: l.extend([24, 24]))
t(lambda: s - {38})
try:
    del b[-5:2]
except Exception as e:
    print(type(e).__name__, e)
try:
    b[-1] = 17 % 256
except Exception as e:
    print(type(e).__name__, e)
t(lambda: list(d))
t(lambda: l.index(35))
t(lambda: list(reversed(d)))
t(lambda: b.replace(b'l', b'L'))
t(lambda: l.insert(0, 28))
t(lambda: b[-12])
t(lambda: b.reverse())
t(lambda: l[4:-5:2])
t(lambda: s.difference([1]))
t(lambda: list(d.items()))
t(lambda: d.setdefault(34, 34))
t(lambda: d.popitem() if len(d) > 5 else None)
t(lambda: b.insert(-10, 65))
t(lambda: l[5:-9])
t(lambda: list(reversed(d)))
t(lambda: l[-9:0])
t(lambda: l.insert(-10, 54))
t(lambda: s - {6})
t(lambda: s.symmetric_difference_update({44, 24}))
t(lambda: b.hex())
t(lambda: s.difference_update(range(45 % 10)))
t(lambda: bytes(b))
t(lambda: s.discard(55))
t(lambda: b.append(0 % 256))
t(lambda: b.insert(-6, 65))
print(l, d, s, b)
t(lambda: d.setdefault(49, 49))
t(lambda: d[39])
t(lambda: s ^ {17, 10})
t(lambda: l[-6:-1:1])
t(lambda: d.pop(29))
t(lambda: len(d))
t(lambda: bytes(b))
t(lambda: d[26])
try:
    sorted(d.keys() & {41, 1, 2}, key=str)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: list(d))
t(lambda: s.issubset({1,2,3,45}))
t(lambda: d[-1])
try:
    sorted(l, key=lambda x: -x)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.replace(b'l', b'L'))
t(lambda: len(d))
t(lambda: 13 in d)
t(lambda: l.sort())
try:
    del l[-8]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: s.pop() if len(s) > 3 else None)
t(lambda: l.copy())
t(lambda: l[-6:-6:-2])
t(lambda: len(s))
t(lambda: d == dict(d))
t(lambda: d.setdefault(32, 32))
t(lambda: l.remove(22))
t(lambda: b.upper())
t(lambda: l + [33])
t(lambda: l.pop(0))
t(lambda: b.reverse())
t(lambda: frozenset(s) == s)
t(lambda: s.union([48]))
t(lambda: 26 in s)
t(lambda: b.strip(b'hd'))
t(lambda: s.pop() if len(s) > 3 else None)
t(lambda: len(d))
t(lambda: l.reverse())
try:
    del l[0]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: s - {45})
t(lambda: s.update(range(54 % 20)))
t(lambda: list(reversed(d)))
t(lambda: list(reversed(d)))
t(lambda: s.intersection([41, 1]))
try:
    sorted(d.keys() & {47, 1, 2}, key=str)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l.sort())
t(lambda: s.symmetric_difference_update({9, 10}))
t(lambda: b[1])
try:
    b[1:10] = b'ab'
except Exception as e:
    print(type(e).__name__, e)
t(lambda: s - {32})
try:
    l.sort(reverse=True)
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.extend(b'xy'))
print(l, d, s, b)
t(lambda: s | {28, 4})
t(lambda: l.pop())
t(lambda: d.popitem() if len(d) > 5 else None)
t(lambda: b.count(b'o'))
t(lambda: d == dict(d))
t(lambda: d.pop(2, 0))
t(lambda: frozenset(s) == s)
t(lambda: d.popitem() if len(d) > 5 else None)
try:
    b[-5] = 12 % 256
except Exception as e:
    print(type(e).__name__, e)
try:
    del b[-6:8]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: d.pop(0, 0))
t(lambda: b.upper())
t(lambda: 5 in l)
t(lambda: b.strip(b'hd'))
try:
    del b[9:7]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l.append(26))
t(lambda: 56 in d)
t(lambda: l[11])
t(lambda: d.get(58))
t(lambda: s.intersection([25, 1]))
t(lambda: len(s))
t(lambda: len(s))
t(lambda: len(s))
t(lambda: s | {12, 26})
try:
    b[8] = 58 % 256
except Exception as e:
    print(type(e).__name__, e)
t(lambda: s.union([31]))
t(lambda: d[40])
t(lambda: b.split())
t(lambda: b.hex())
t(lambda: d.pop(38, 0))
t(lambda: b.replace(b'l', b'L'))
t(lambda: s.difference([-2]))
t(lambda: s.intersection_update(range(60)))
try:
    l[::1] = l[::1][::-1]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: d.update({59: 59}))
t(lambda: s.difference([35]))
try:
    b[-11:-3] = b'ab'
except Exception as e:
    print(type(e).__name__, e)
t(lambda: s.intersection_update(range(60)))
t(lambda: l * 2)
t(lambda: b.strip(b'hd'))
try:
    l[-9] = 24
except Exception as e:
    print(type(e).__name__, e)
t(lambda: b.upper())
t(lambda: len(l))
t(lambda: b[-8])
try:
    l[::1] = l[::1][::-1]
except Exception as e:
    print(type(e).__name__, e)
t(lambda: l[8:-3])
t(lambda: l.count(21))
t(lambda: l.reverse())
t(lambda: s.intersection_update(range(60)))
print(l, d, s, b)
