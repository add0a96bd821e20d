# Literals: numbers, strings, bytes, escapes, concatenation.
0
00
7
1_000_000
0x1F
0X_ff
0o17
0O7_7
0b1010
0B_1
123456789012345678901234567890
1.
.5
1.5
1e10
1E-10
1.5e+3
1_0.0_1e1_0
09.5
0e0
'single'
"double"
'''triple
single'''
"""triple
double"""
'it\'s'
"say \"hi\""
'\n\t\\\a\b\f\v\r\0'
'\123\x41\u00e9\U0001F600'
'\N{LATIN SMALL LETTER E WITH ACUTE}\N{SNOWMAN}'
'\d\w\q'
'line \
continued'
r'raw\n\d'
R"raw\""
u'unicode'
b'bytes'
B"\x00\xff\n\101"
rb'\x'
Br'\d'
bR'\\'
'adjacent' "strings" '''are''' """joined"""
b'adj' B'bytes'
'mixed' f'{x}' 'with f'
'é€😀'
b''
''
