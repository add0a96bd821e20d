def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
A = 0.0; B = float('inf')
t(lambda: A < B)
t(lambda: divmod(A, B))
t(lambda: round(A, 5))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -float('inf'); B = 0.0
t(lambda: A % B)
A = -2.0; B = 1e16
t(lambda: A <= B)
A = 0; B = 1
t(lambda: A < B)
A = 0.945766686508376; B = 1e16
t(lambda: A + B)
A = 0; B = 9007199254740993
t(lambda: A - B)
t(lambda: divmod(A, B))
t(lambda: round(A, 5))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -2.0; B = 5
t(lambda: A << B)
A = float('nan'); B = 0.5
t(lambda: A // B)
A = -0.045294941317024495; B = -999999999999999999999999999997
t(lambda: A ^ B)
A = -999999999999999999999999999997; B = 0.3257922086096563
t(lambda: A - B)
A = -3; B = 256
t(lambda: A != B)
t(lambda: divmod(A, B))
t(lambda: round(A, 5))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 100000000000000000007; B = 1
t(lambda: A << B)
A = -5; B = float('nan')
t(lambda: A - B)
A = -float('inf'); B = 121681573983506128460597544826
t(lambda: A + B)
A = -0.7537079015513963; B = 256
t(lambda: A < B)
A = -1102159988818876387007122878912; B = 360497489711909247375108364868
t(lambda: A == B)
t(lambda: divmod(A, B))
t(lambda: round(A, -2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 9007199254740993; B = -1.5
t(lambda: A != B)
A = 1026059531627823215076089397422; B = 1
t(lambda: A >> B)
A = 1e300; B = 1e300
t(lambda: A // B)
A = 7; B = 0
t(lambda: A << B)
A = -844067.406503912; B = 2
t(lambda: A > B)
t(lambda: divmod(A, B))
t(lambda: round(A, 5))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 100000000000000000007; B = 7
t(lambda: A / B)
A = float('nan'); B = float('inf')
t(lambda: A / B)
A = 0.5; B = 63
t(lambda: A ** B)
A = 255; B = 64
t(lambda: A << B)
A = -999999999999999999999999999997; B = 2
t(lambda: A > B)
t(lambda: divmod(A, B))
t(lambda: round(A, 5))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 2; B = 123456.789
t(lambda: A // B)
A = 2147483648; B = 2147483648
t(lambda: A % B)
A = 703571.4599804755; B = 5e-324
t(lambda: A > B)
A = 9007199254740993; B = -999999999999999999999999999997
t(lambda: A == B)
A = -9223372036854775808; B = 64
t(lambda: A << B)
t(lambda: divmod(A, B))
t(lambda: round(A, 0))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = float('nan'); B = 2147483648
t(lambda: A <= B)
A = 0; B = -0.0
t(lambda: A ^ B)
A = -1; B = float('inf')
t(lambda: A % B)
A = 18446744073709551616; B = -1.5
t(lambda: A & B)
A = 123456.789; B = 404459498741852046674169965265
t(lambda: A - B)
t(lambda: divmod(A, B))
t(lambda: round(A, 1))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -float('inf'); B = 18446744073709551616
t(lambda: A / B)
A = -1.5; B = -1.5
t(lambda: A == B)
A = 5e-324; B = 3
t(lambda: A ** B)
A = 2.675; B = -610369.9096264688
t(lambda: A - B)
A = 18446744073709551616; B = -1
t(lambda: A >> B)
t(lambda: divmod(A, B))
t(lambda: round(A, 2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 256; B = 64
t(lambda: A >> B)
A = -5; B = 9223372036854775807
t(lambda: A // B)
A = 2.675; B = 64
t(lambda: A >> B)
A = -float('inf'); B = 18446744073709551616
t(lambda: A > B)
A = 0.0; B = -3
t(lambda: A <= B)
t(lambda: divmod(A, B))
t(lambda: round(A, 5))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 1e-300; B = 123456.789
t(lambda: A < B)
A = -5; B = float('nan')
t(lambda: A ^ B)
A = 1e-300; B = 64
t(lambda: A ** B)
A = -999999999999999999999999999997; B = -5
t(lambda: A < B)
A = 2.675; B = float('nan')
t(lambda: A == B)
t(lambda: divmod(A, B))
t(lambda: round(A, -2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 1e-300; B = -0.0
t(lambda: A % B)
A = 18446744073709551616; B = 5e-324
t(lambda: A ^ B)
A = 2.675; B = -999999999999999999999999999997
t(lambda: A <= B)
A = -float('inf'); B = 9007199254740993
t(lambda: A != B)
A = -1; B = 10
t(lambda: A ** B)
t(lambda: divmod(A, B))
t(lambda: round(A, 2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -3; B = 0.0
t(lambda: A % B)
A = 1e16; B = 18446744073709551616
t(lambda: A + B)
A = 255; B = 658051.8794846998
t(lambda: A ^ B)
A = -999999999999999999999999999997; B = 255
t(lambda: A > B)
A = 1; B = 3
t(lambda: A ** B)
t(lambda: divmod(A, B))
t(lambda: round(A, 2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 100000000000000000007; B = 0
t(lambda: A >> B)
A = -0.6470671554137399; B = -9223372036854775808
t(lambda: A <= B)
A = 5e-324; B = 9223372036854775807
t(lambda: A <= B)
A = 3.14159; B = 2
t(lambda: A >= B)
A = -0.0; B = 0.5
t(lambda: A | B)
t(lambda: divmod(A, B))
t(lambda: round(A, 5))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 255; B = -5
t(lambda: A & B)
A = 2; B = -1
t(lambda: A >> B)
A = -74909; B = 1e300
t(lambda: A | B)
A = 0.5; B = 1e-300
t(lambda: A // B)
A = 0.5; B = 1
t(lambda: A - B)
t(lambda: divmod(A, B))
t(lambda: round(A, 20))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 18446744073709551616; B = 3.14159
t(lambda: A / B)
A = -2.0; B = -1
t(lambda: A ^ B)
A = 5e-324; B = 256
t(lambda: A + B)
A = 2.675; B = 7
t(lambda: A % B)
A = 0.5; B = -2.0
t(lambda: A | B)
t(lambda: divmod(A, B))
t(lambda: round(A, 1))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 255; B = -0.6427155447964366
t(lambda: A | B)
A = float('inf'); B = 63
t(lambda: A ** B)
A = -9223372036854775808; B = 247111
t(lambda: A % B)
A = 0.0; B = -1
t(lambda: A ** B)
A = 256; B = 1
t(lambda: A >> B)
t(lambda: divmod(A, B))
t(lambda: round(A, 2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -2.0; B = -1.5
t(lambda: A < B)
A = 0; B = -312364
t(lambda: A != B)
A = 565632.50974173; B = 123456.789
t(lambda: A != B)
A = -6; B = 3.14159
t(lambda: A + B)
A = 5e-324; B = 2
t(lambda: A ** B)
t(lambda: divmod(A, B))
t(lambda: round(A, 5))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 18446744073709551616; B = 1e16
t(lambda: A * B)
A = 123456.789; B = float('nan')
t(lambda: A > B)
A = 9007199254740993; B = 18446744073709551616
t(lambda: A >= B)
A = 0.0; B = float('nan')
t(lambda: A ^ B)
A = 256; B = 100000000000000000007
t(lambda: A != B)
t(lambda: divmod(A, B))
t(lambda: round(A, 5))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 2.675; B = -3
t(lambda: A == B)
A = 9223372036854775807; B = -2.0
t(lambda: A % B)
A = float('inf'); B = 256
t(lambda: A != B)
A = -5; B = -2.0
t(lambda: A < B)
A = 123456.789; B = -2.0
t(lambda: A & B)
t(lambda: divmod(A, B))
t(lambda: round(A, 5))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 1e-300; B = 0
t(lambda: A ** B)
A = -1.5; B = 499233742057018152473641342355
t(lambda: A | B)
A = 5e-324; B = 63
t(lambda: A ** B)
A = 1e-300; B = 2147483648
t(lambda: A / B)
A = 7; B = 0
t(lambda: A >> B)
t(lambda: divmod(A, B))
t(lambda: round(A, 5))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 18446744073709551616; B = -6
t(lambda: A / B)
A = 0.7631080740399216; B = 2
t(lambda: A * B)
A = 0; B = -float('inf')
t(lambda: A - B)
A = -1; B = -6
t(lambda: A + B)
A = float('inf'); B = 0.5
t(lambda: A / B)
t(lambda: divmod(A, B))
t(lambda: round(A, 0))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 3.14159; B = float('nan')
t(lambda: A + B)
A = -6; B = -9223372036854775808
t(lambda: A + B)
A = 1e-300; B = -1
t(lambda: A << B)
A = -1; B = 2.675
t(lambda: A & B)
A = -1; B = 3.14159
t(lambda: A % B)
t(lambda: divmod(A, B))
t(lambda: round(A, 20))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 1e-300; B = -812797.265144015
t(lambda: A == B)
A = 3.14159; B = 7
t(lambda: A // B)
A = 256; B = 5e-324
t(lambda: A >= B)
A = 996280313753033336119070662180; B = -6
t(lambda: A != B)
A = -0.0; B = 64
t(lambda: A << B)
t(lambda: divmod(A, B))
t(lambda: round(A, 2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -1.5; B = 1e300
t(lambda: A < B)
A = 2; B = 9223372036854775807
t(lambda: A < B)
A = -5; B = -0.1814175254150041
t(lambda: A & B)
A = float('nan'); B = -1
t(lambda: A >> B)
A = 2147483648; B = 0.5
t(lambda: A ^ B)
t(lambda: divmod(A, B))
t(lambda: round(A, 0))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 1e300; B = 63
t(lambda: A >> B)
A = 123456.789; B = 9007199254740993
t(lambda: A == B)
A = -1.5; B = float('nan')
t(lambda: A ^ B)
A = 360161017514096945601648604401; B = 5e-324
t(lambda: A == B)
A = 0.7010480255828879; B = 1
t(lambda: A * B)
t(lambda: divmod(A, B))
t(lambda: round(A, 0))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 100000000000000000007; B = float('nan')
t(lambda: A & B)
A = 0.0; B = 5e-324
t(lambda: A & B)
A = -5; B = 256
t(lambda: A > B)
A = 574170461957529827951872995799; B = 0.05332594912363642
t(lambda: A >= B)
A = -float('inf'); B = -1
t(lambda: A >> B)
t(lambda: divmod(A, B))
t(lambda: round(A, 20))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 1e300; B = -0.12523849809334964
t(lambda: A % B)
A = -1; B = -5
t(lambda: A != B)
A = 100000000000000000007; B = 1
t(lambda: A >> B)
A = -1; B = -1
t(lambda: A != B)
A = 0.07442691328578821; B = 0
t(lambda: A // B)
t(lambda: divmod(A, B))
t(lambda: round(A, 5))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -0.45059848113000434; B = 18446744073709551616
t(lambda: A + B)
A = 2.675; B = 1e300
t(lambda: A > B)
A = 1e16; B = 1e300
t(lambda: A / B)
A = float('nan'); B = 1e16
t(lambda: A > B)
A = 9007199254740993; B = 1e-300
t(lambda: A & B)
t(lambda: divmod(A, B))
t(lambda: round(A, -2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 1e300; B = -999999999999999999999999999997
t(lambda: A & B)
A = 0.0; B = 3.14159
t(lambda: A < B)
A = -6; B = -3
t(lambda: A | B)
A = 1e16; B = 5e-324
t(lambda: A <= B)
A = 1e16; B = -1
t(lambda: A // B)
t(lambda: divmod(A, B))
t(lambda: round(A, 2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -6; B = -308951
t(lambda: A - B)
A = 100000000000000000007; B = 2147483648
t(lambda: A > B)
A = 1; B = 1e16
t(lambda: A ^ B)
A = 256; B = 18446744073709551616
t(lambda: A >= B)
A = 0; B = -6
t(lambda: A / B)
t(lambda: divmod(A, B))
t(lambda: round(A, -1))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 1e16; B = 256
t(lambda: A != B)
A = 0.5; B = 9007199254740993
t(lambda: A <= B)
A = 2.675; B = 1e300
t(lambda: A >= B)
A = 487321; B = 655027
t(lambda: A & B)
A = -0.16063423824879308; B = 3.14159
t(lambda: A + B)
t(lambda: divmod(A, B))
t(lambda: round(A, 1))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -849184; B = 1
t(lambda: A * B)
A = 123456.789; B = 64
t(lambda: A >> B)
A = 0.0; B = 1e300
t(lambda: A + B)
A = float('nan'); B = -999999999999999999999999999997
t(lambda: A ^ B)
A = 255; B = 688289.4938688052
t(lambda: A * B)
t(lambda: divmod(A, B))
t(lambda: round(A, 20))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 18446744073709551616; B = 63
t(lambda: A >> B)
A = 255; B = 9007199254740993
t(lambda: A ^ B)
A = 7; B = -6
t(lambda: A - B)
A = 2147483648; B = -0.5
t(lambda: A ** B)
A = 0; B = 9223372036854775807
t(lambda: A / B)
t(lambda: divmod(A, B))
t(lambda: round(A, 1))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -931264618018410786749661773778; B = 0.0
t(lambda: A * B)
A = -1.5; B = 123456.789
t(lambda: A > B)
A = 2; B = 7
t(lambda: A // B)
A = 2147483648; B = -5
t(lambda: A * B)
A = -1174290083629727216128851234406; B = float('nan')
t(lambda: A % B)
t(lambda: divmod(A, B))
t(lambda: round(A, 0))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 1e-300; B = 0.0
t(lambda: A != B)
A = -1.5; B = -3
t(lambda: A * B)
A = 9007199254740993; B = -6
t(lambda: A & B)
A = -5; B = -9223372036854775808
t(lambda: A ^ B)
A = 1e16; B = -1
t(lambda: A + B)
t(lambda: divmod(A, B))
t(lambda: round(A, 20))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 2.675; B = float('nan')
t(lambda: A < B)
A = -1.5; B = -613899
t(lambda: A != B)
A = -999999999999999999999999999997; B = -2.0
t(lambda: A / B)
A = 1e300; B = 0.5
t(lambda: A < B)
A = -3; B = 1
t(lambda: A - B)
t(lambda: divmod(A, B))
t(lambda: round(A, 0))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 2147483648; B = 3.14159
t(lambda: A & B)
A = -999999999999999999999999999997; B = -0.0
t(lambda: A * B)
A = 0.5; B = 256
t(lambda: A & B)
A = 0.6111961755025066; B = -2.0
t(lambda: A % B)
A = -float('inf'); B = -9223372036854775808
t(lambda: A <= B)
t(lambda: divmod(A, B))
t(lambda: round(A, 0))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 123456.789; B = -1.5
t(lambda: A // B)
A = 9223372036854775807; B = 2147483648
t(lambda: A < B)
A = -5; B = 9223372036854775807
t(lambda: A <= B)
A = 123456.789; B = 1e-300
t(lambda: A != B)
A = 123456.789; B = -0.0
t(lambda: A // B)
t(lambda: divmod(A, B))
t(lambda: round(A, 20))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 3.14159; B = 64
t(lambda: A >> B)
A = 0; B = 0
t(lambda: A >= B)
A = -621893624259867339200141874731; B = -6
t(lambda: A <= B)
A = 1e16; B = -316973.21653889294
t(lambda: A * B)
A = -1.5; B = 256
t(lambda: A >= B)
t(lambda: divmod(A, B))
t(lambda: round(A, -2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 2; B = -513584.58675773
t(lambda: A - B)
A = -2.0; B = float('inf')
t(lambda: A ^ B)
A = -1; B = -float('inf')
t(lambda: A < B)
A = 2147483648; B = -542323.8295652552
t(lambda: A > B)
A = 0; B = 123456.789
t(lambda: A / B)
t(lambda: divmod(A, B))
t(lambda: round(A, -1))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 2147483648; B = 5e-324
t(lambda: A >= B)
A = -float('inf'); B = 255
t(lambda: A + B)
A = 100000000000000000007; B = 63
t(lambda: A >> B)
A = -float('inf'); B = 1e300
t(lambda: A < B)
A = 0.12129419195246194; B = 0.5
t(lambda: A ** B)
t(lambda: divmod(A, B))
t(lambda: round(A, 2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -2.0; B = float('nan')
t(lambda: A < B)
A = -209686.83476166497; B = 0
t(lambda: A << B)
A = 1e300; B = -float('inf')
t(lambda: A & B)
A = 7; B = 256
t(lambda: A + B)
A = float('inf'); B = 1e-300
t(lambda: A - B)
t(lambda: divmod(A, B))
t(lambda: round(A, 2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 1e300; B = 9007199254740993
t(lambda: A > B)
A = -0.5619897856001521; B = -6
t(lambda: A - B)
A = -1.5; B = -246626.25740392867
t(lambda: A <= B)
A = 9007199254740993; B = -1.5
t(lambda: A % B)
A = -0.0; B = 1e-300
t(lambda: A >= B)
t(lambda: divmod(A, B))
t(lambda: round(A, -1))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -1.5; B = 1e-300
t(lambda: A - B)
A = 9223372036854775807; B = -5
t(lambda: A - B)
A = -1; B = 2
t(lambda: A == B)
A = 7; B = 0.5
t(lambda: A ** B)
A = 256; B = 255
t(lambda: A ^ B)
t(lambda: divmod(A, B))
t(lambda: round(A, 2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = float('nan'); B = float('nan')
t(lambda: A ^ B)
A = 123456.789; B = -float('inf')
t(lambda: A - B)
A = 256; B = 9223372036854775807
t(lambda: A - B)
A = 0.41323872152720753; B = 256
t(lambda: A % B)
A = -9223372036854775808; B = -0.5
t(lambda: A ** B)
t(lambda: divmod(A, B))
t(lambda: round(A, 0))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 2; B = 1e300
t(lambda: A - B)
A = 18446744073709551616; B = 1e-300
t(lambda: A <= B)
A = 3.14159; B = 2.675
t(lambda: A | B)
A = -747942.0531750758; B = -2.0
t(lambda: A > B)
A = 1002247309291132888973748814923; B = 0
t(lambda: A >> B)
t(lambda: divmod(A, B))
t(lambda: round(A, 2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = float('inf'); B = -2
t(lambda: A ** B)
A = -0.8434228111612236; B = -1
t(lambda: A & B)
A = 18446744073709551616; B = -2.0
t(lambda: A + B)
A = 255; B = 256
t(lambda: A * B)
A = 1e-300; B = 5
t(lambda: A << B)
t(lambda: divmod(A, B))
t(lambda: round(A, 20))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 1e-300; B = -2.0
t(lambda: A + B)
A = 123456.789; B = 123456.789
t(lambda: A == B)
A = -5; B = 0.5
t(lambda: A ** B)
A = 7; B = 1e16
t(lambda: A >= B)
A = 709185; B = 1e-300
t(lambda: A | B)
t(lambda: divmod(A, B))
t(lambda: round(A, 2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 0.5; B = -float('inf')
t(lambda: A ^ B)
A = -0.0; B = -2.0
t(lambda: A & B)
A = 18446744073709551616; B = 100
t(lambda: A << B)
A = 2; B = 0
t(lambda: A << B)
A = 2.675; B = 100
t(lambda: A >> B)
t(lambda: divmod(A, B))
t(lambda: round(A, 5))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -1; B = 85522
t(lambda: A != B)
A = -2.0; B = -float('inf')
t(lambda: A != B)
A = float('inf'); B = -0.0
t(lambda: A / B)
A = 5e-324; B = 931684.7185936009
t(lambda: A | B)
A = -5; B = float('nan')
t(lambda: A == B)
t(lambda: divmod(A, B))
t(lambda: round(A, 5))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -0.15451907307584967; B = 0.0
t(lambda: A - B)
A = 5e-324; B = -5
t(lambda: A & B)
A = 7; B = 9007199254740993
t(lambda: A + B)
A = 255; B = 1e16
t(lambda: A * B)
A = 2147483648; B = float('nan')
t(lambda: A != B)
t(lambda: divmod(A, B))
t(lambda: round(A, 2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -1; B = 123456.789
t(lambda: A < B)
A = 890980; B = float('inf')
t(lambda: A >= B)
A = -0.0; B = -0.0
t(lambda: A // B)
A = -3; B = 0
t(lambda: A < B)
A = -999999999999999999999999999997; B = float('nan')
t(lambda: A % B)
t(lambda: divmod(A, B))
t(lambda: round(A, 0))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 5e-324; B = 1
t(lambda: A << B)
A = -9223372036854775808; B = 10
t(lambda: A ** B)
A = -1; B = 1e16
t(lambda: A - B)
A = -121894275832696912047867535626; B = 7
t(lambda: A ^ B)
A = 2.675; B = 2.675
t(lambda: A <= B)
t(lambda: divmod(A, B))
t(lambda: round(A, 20))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 1; B = 7
t(lambda: A == B)
A = 3.14159; B = 2.675
t(lambda: A <= B)
A = 3.14159; B = -999999999999999999999999999997
t(lambda: A - B)
A = 690719.9888329031; B = -2
t(lambda: A ** B)
A = 7; B = 2147483648
t(lambda: A + B)
t(lambda: divmod(A, B))
t(lambda: round(A, 0))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 2.675; B = 3.14159
t(lambda: A == B)
A = 470550.0132359166; B = 2147483648
t(lambda: A ^ B)
A = -6; B = 1
t(lambda: A / B)
A = 1e16; B = 3
t(lambda: A ** B)
A = 0.5; B = -6
t(lambda: A * B)
t(lambda: divmod(A, B))
t(lambda: round(A, 0))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 1e16; B = 2.675
t(lambda: A - B)
A = 2; B = 7
t(lambda: A >= B)
A = -0.0; B = -2.0
t(lambda: A != B)
A = float('nan'); B = 2
t(lambda: A ^ B)
A = 673203; B = 0.0
t(lambda: A <= B)
t(lambda: divmod(A, B))
t(lambda: round(A, -2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -1; B = 5
t(lambda: A << B)
A = -9223372036854775808; B = 738495.4021643281
t(lambda: A != B)
A = 7; B = 5e-324
t(lambda: A + B)
A = -5; B = 1e300
t(lambda: A ^ B)
A = 2.675; B = 5
t(lambda: A >> B)
t(lambda: divmod(A, B))
t(lambda: round(A, 0))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 2.675; B = 2147483648
t(lambda: A / B)
A = 0.5; B = 833594
t(lambda: A > B)
A = float('nan'); B = 1
t(lambda: A << B)
A = 1e-300; B = 123456.789
t(lambda: A | B)
A = 0; B = 123456.789
t(lambda: A <= B)
t(lambda: divmod(A, B))
t(lambda: round(A, -1))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -942894; B = 9223372036854775807
t(lambda: A % B)
A = -0.0; B = 1
t(lambda: A != B)
A = 18446744073709551616; B = 0.0
t(lambda: A // B)
A = 256; B = -0.15062899354253267
t(lambda: A == B)
A = 2.675; B = 118531
t(lambda: A & B)
t(lambda: divmod(A, B))
t(lambda: round(A, 0))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 2147483648; B = 63
t(lambda: A << B)
A = 1e16; B = -824839771091054911369831947424
t(lambda: A < B)
A = 3.14159; B = 63
t(lambda: A << B)
A = float('inf'); B = -10429.984694986953
t(lambda: A ^ B)
A = 0.5; B = -float('inf')
t(lambda: A % B)
t(lambda: divmod(A, B))
t(lambda: round(A, 1))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 1; B = float('inf')
t(lambda: A ^ B)
A = -0.30299864536139176; B = 64
t(lambda: A >> B)
A = 9007199254740993; B = -6
t(lambda: A <= B)
A = float('inf'); B = 63
t(lambda: A << B)
A = -0.29397784824525797; B = -2.0
t(lambda: A ^ B)
t(lambda: divmod(A, B))
t(lambda: round(A, 5))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 3.14159; B = 9223372036854775807
t(lambda: A & B)
A = -5; B = 0.5
t(lambda: A ^ B)
A = 0; B = float('nan')
t(lambda: A ^ B)
A = 18446744073709551616; B = -float('inf')
t(lambda: A - B)
A = 3.14159; B = float('inf')
t(lambda: A ^ B)
t(lambda: divmod(A, B))
t(lambda: round(A, 2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 5e-324; B = 144533
t(lambda: A & B)
A = 0; B = 1e16
t(lambda: A / B)
A = 9223372036854775807; B = -1.5
t(lambda: A != B)
A = 7; B = 5e-324
t(lambda: A ^ B)
A = 255; B = -999999999999999999999999999997
t(lambda: A != B)
t(lambda: divmod(A, B))
t(lambda: round(A, 2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -155710953243710980035247616793; B = 1e-300
t(lambda: A < B)
A = float('inf'); B = 64
t(lambda: A << B)
A = -777326558571230693974925651832; B = -2.0
t(lambda: A > B)
A = -2.0; B = 0.0
t(lambda: A == B)
A = 255; B = 18446744073709551616
t(lambda: A <= B)
t(lambda: divmod(A, B))
t(lambda: round(A, 20))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 255; B = 5e-324
t(lambda: A * B)
A = -0.0; B = 9007199254740993
t(lambda: A != B)
A = -2.0; B = -0.19407649111306724
t(lambda: A > B)
A = -5; B = 1e300
t(lambda: A * B)
A = 256; B = 100
t(lambda: A >> B)
t(lambda: divmod(A, B))
t(lambda: round(A, 20))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 18446744073709551616; B = 63
t(lambda: A ** B)
A = 123456.789; B = 211719
t(lambda: A + B)
A = -9223372036854775808; B = 2147483648
t(lambda: A + B)
A = -1; B = -5
t(lambda: A <= B)
A = 256; B = 9007199254740993
t(lambda: A + B)
t(lambda: divmod(A, B))
t(lambda: round(A, -2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 9223372036854775807; B = 5e-324
t(lambda: A & B)
A = 2.675; B = 1e16
t(lambda: A != B)
A = -1; B = float('inf')
t(lambda: A // B)
A = -1.5; B = -2.0
t(lambda: A != B)
A = 9007199254740993; B = float('inf')
t(lambda: A % B)
t(lambda: divmod(A, B))
t(lambda: round(A, 0))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 0.5; B = 2147483648
t(lambda: A // B)
A = 9223372036854775807; B = 0.0
t(lambda: A * B)
A = 255; B = 3.14159
t(lambda: A * B)
A = -6; B = 0.5
t(lambda: A + B)
A = -0.0; B = 2147483648
t(lambda: A & B)
t(lambda: divmod(A, B))
t(lambda: round(A, 2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 5e-324; B = 797425
t(lambda: A * B)
A = 9007199254740993; B = -float('inf')
t(lambda: A - B)
A = 1e300; B = 63
t(lambda: A >> B)
A = 2.675; B = 9007199254740993
t(lambda: A == B)
A = 255; B = 1e300
t(lambda: A % B)
t(lambda: divmod(A, B))
t(lambda: round(A, 1))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -0.0; B = -9223372036854775808
t(lambda: A | B)
A = -float('inf'); B = 1e16
t(lambda: A == B)
A = 604456.5595947227; B = 9223372036854775807
t(lambda: A < B)
A = 0; B = 255
t(lambda: A ^ B)
A = 123456.789; B = -1
t(lambda: A // B)
t(lambda: divmod(A, B))
t(lambda: round(A, 5))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 0; B = -9223372036854775808
t(lambda: A < B)
A = 123456.789; B = -5
t(lambda: A - B)
A = 2; B = -float('inf')
t(lambda: A + B)
A = 812746.1443468186; B = 1.5
t(lambda: A ** B)
A = -5; B = -1
t(lambda: A >> B)
t(lambda: divmod(A, B))
t(lambda: round(A, 20))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -999999999999999999999999999997; B = 9007199254740993
t(lambda: A == B)
A = -5; B = 7
t(lambda: A >= B)
A = float('nan'); B = 0
t(lambda: A ** B)
A = 256; B = 9007199254740993
t(lambda: A - B)
A = -5; B = 1e-300
t(lambda: A > B)
t(lambda: divmod(A, B))
t(lambda: round(A, 1))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 729976; B = -5
t(lambda: A == B)
A = 2.675; B = 100000000000000000007
t(lambda: A <= B)
A = 2.675; B = -5
t(lambda: A < B)
A = 1e-300; B = -999999999999999999999999999997
t(lambda: A % B)
A = 2.675; B = 1243627847362428152034123019918
t(lambda: A ^ B)
t(lambda: divmod(A, B))
t(lambda: round(A, 2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 0; B = -1
t(lambda: A // B)
A = 2; B = 9223372036854775807
t(lambda: A | B)
A = 265388; B = 5e-324
t(lambda: A ^ B)
A = 1; B = -0.0
t(lambda: A & B)
A = -float('inf'); B = -9223372036854775808
t(lambda: A * B)
t(lambda: divmod(A, B))
t(lambda: round(A, -1))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -9223372036854775808; B = 1e16
t(lambda: A < B)
A = -0.0; B = 0
t(lambda: A >> B)
A = 207601.21668015188; B = 9007199254740993
t(lambda: A / B)
A = -0.50889950719606; B = 0.5
t(lambda: A ** B)
A = -6; B = 1
t(lambda: A ^ B)
t(lambda: divmod(A, B))
t(lambda: round(A, 0))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -3; B = -9223372036854775808
t(lambda: A <= B)
A = -1; B = -float('inf')
t(lambda: A | B)
A = -1.5; B = 63
t(lambda: A >> B)
A = 2.675; B = -9223372036854775808
t(lambda: A * B)
A = -5; B = 9223372036854775807
t(lambda: A == B)
t(lambda: divmod(A, B))
t(lambda: round(A, -2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 1e-300; B = float('nan')
t(lambda: A * B)
A = 0.0; B = -9223372036854775808
t(lambda: A >= B)
A = -3; B = 9007199254740993
t(lambda: A <= B)
A = 123456.789; B = 1e16
t(lambda: A + B)
A = 123456.789; B = 0
t(lambda: A << B)
t(lambda: divmod(A, B))
t(lambda: round(A, -1))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -2.0; B = 18446744073709551616
t(lambda: A * B)
A = 2147483648; B = -1
t(lambda: A << B)
A = 0.5; B = 123456.789
t(lambda: A | B)
A = 18446744073709551616; B = 1e16
t(lambda: A > B)
A = 123456.789; B = 123456.789
t(lambda: A < B)
t(lambda: divmod(A, B))
t(lambda: round(A, 5))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -0.4933246318893507; B = 9007199254740993
t(lambda: A ^ B)
A = 1e16; B = 123456.789
t(lambda: A // B)
A = -0.0; B = 64
t(lambda: A >> B)
A = 255; B = 123456.789
t(lambda: A + B)
A = -0.0; B = 0
t(lambda: A / B)
t(lambda: divmod(A, B))
t(lambda: round(A, 5))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -0.45774244271776166; B = 18446744073709551616
t(lambda: A >= B)
A = -1127760430660646777370002123712; B = 0
t(lambda: A // B)
A = -0.0; B = 100
t(lambda: A >> B)
A = 256; B = 2.675
t(lambda: A - B)
A = 100000000000000000007; B = 7
t(lambda: A != B)
t(lambda: divmod(A, B))
t(lambda: round(A, 2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -999999999999999999999999999997; B = -999999999999999999999999999997
t(lambda: A & B)
A = -0.9249642338417625; B = 0.5
t(lambda: A != B)
A = 255; B = 0.5
t(lambda: A ^ B)
A = 18446744073709551616; B = -0.0
t(lambda: A <= B)
A = -2.0; B = -1
t(lambda: A == B)
t(lambda: divmod(A, B))
t(lambda: round(A, -1))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 2; B = 0.0
t(lambda: A == B)
A = 9007199254740993; B = 9223372036854775807
t(lambda: A + B)
A = 5e-324; B = 1e16
t(lambda: A > B)
A = -5; B = -9223372036854775808
t(lambda: A >= B)
A = 2147483648; B = 779724.6866311033
t(lambda: A / B)
t(lambda: divmod(A, B))
t(lambda: round(A, 2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 1e-300; B = 256
t(lambda: A * B)
A = 123456.789; B = -1
t(lambda: A >> B)
A = 5e-324; B = -3
t(lambda: A % B)
A = 9007199254740993; B = 7
t(lambda: A & B)
A = -2.0; B = -1
t(lambda: A >> B)
t(lambda: divmod(A, B))
t(lambda: round(A, 5))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 2; B = -1.5
t(lambda: A & B)
A = -1; B = float('inf')
t(lambda: A + B)
A = 2.675; B = 2147483648
t(lambda: A - B)
A = 256; B = 668179045497682798500594239278
t(lambda: A > B)
A = 1e-300; B = 64
t(lambda: A >> B)
t(lambda: divmod(A, B))
t(lambda: round(A, 20))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -6; B = 275922798630918199560768712127
t(lambda: A <= B)
A = -2.0; B = 256
t(lambda: A > B)
A = 18446744073709551616; B = float('inf')
t(lambda: A ^ B)
A = 9007199254740993; B = 256
t(lambda: A == B)
A = 3.14159; B = 2.675
t(lambda: A // B)
t(lambda: divmod(A, B))
t(lambda: round(A, 2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -5; B = -float('inf')
t(lambda: A | B)
A = -9223372036854775808; B = 2
t(lambda: A < B)
A = 0.5; B = -float('inf')
t(lambda: A / B)
A = -float('inf'); B = float('inf')
t(lambda: A | B)
A = 321415.4174396314; B = 0
t(lambda: A ** B)
t(lambda: divmod(A, B))
t(lambda: round(A, 1))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 3.14159; B = 256
t(lambda: A | B)
A = 1e300; B = 18446744073709551616
t(lambda: A % B)
A = 7; B = -0.0
t(lambda: A | B)
A = 256; B = -5
t(lambda: A >= B)
A = 1; B = -9223372036854775808
t(lambda: A * B)
t(lambda: divmod(A, B))
t(lambda: round(A, 0))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = float('nan'); B = 9007199254740993
t(lambda: A & B)
A = -6; B = 256
t(lambda: A != B)
A = 5e-324; B = -999999999999999999999999999997
t(lambda: A / B)
A = 18446744073709551616; B = 123456.789
t(lambda: A & B)
A = 3.14159; B = 100
t(lambda: A >> B)
t(lambda: divmod(A, B))
t(lambda: round(A, 5))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 1e300; B = 256
t(lambda: A >= B)
A = 2; B = -1.5
t(lambda: A > B)
A = 886881017556376004489462232098; B = 1
t(lambda: A >> B)
A = 256; B = -9223372036854775808
t(lambda: A ^ B)
A = 2.675; B = 1
t(lambda: A ^ B)
t(lambda: divmod(A, B))
t(lambda: round(A, -2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -6; B = 64
t(lambda: A >> B)
A = 123456.789; B = 5
t(lambda: A >> B)
A = -5; B = 1e16
t(lambda: A != B)
A = -5; B = 256
t(lambda: A != B)
A = float('nan'); B = 385384.80401586066
t(lambda: A != B)
t(lambda: divmod(A, B))
t(lambda: round(A, 0))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = float('inf'); B = -857197552972043932817660920420
t(lambda: A // B)
A = -0.0; B = 63
t(lambda: A >> B)
A = 2; B = 2.675
t(lambda: A - B)
A = -0.0; B = 255
t(lambda: A != B)
A = 100000000000000000007; B = 1e-300
t(lambda: A >= B)
t(lambda: divmod(A, B))
t(lambda: round(A, 5))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -1.5; B = 0
t(lambda: A >> B)
A = -9223372036854775808; B = 256
t(lambda: A / B)
A = -9223372036854775808; B = 9223372036854775807
t(lambda: A & B)
A = 5e-324; B = 3.14159
t(lambda: A // B)
A = 1; B = -1
t(lambda: A != B)
t(lambda: divmod(A, B))
t(lambda: round(A, -2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 9007199254740993; B = 5
t(lambda: A >> B)
A = 1e300; B = 2.675
t(lambda: A <= B)
A = -999999999999999999999999999997; B = float('nan')
t(lambda: A % B)
A = -586253495578947949605856296944; B = 778940
t(lambda: A != B)
A = -1.5; B = -9223372036854775808
t(lambda: A % B)
t(lambda: divmod(A, B))
t(lambda: round(A, 5))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 7; B = 9007199254740993
t(lambda: A | B)
A = -1.5; B = float('nan')
t(lambda: A & B)
A = 7; B = -3
t(lambda: A * B)
A = 3.14159; B = 3.14159
t(lambda: A + B)
A = 1e-300; B = 1
t(lambda: A << B)
t(lambda: divmod(A, B))
t(lambda: round(A, 20))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 18446744073709551616; B = -0.13285400947314185
t(lambda: A ^ B)
A = float('nan'); B = 1
t(lambda: A >> B)
A = -6; B = -1.5
t(lambda: A < B)
A = -1.5; B = 3.14159
t(lambda: A > B)
A = 256; B = 255
t(lambda: A / B)
t(lambda: divmod(A, B))
t(lambda: round(A, 0))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 841458362021047807710733644372; B = 0
t(lambda: A + B)
A = 2.675; B = 1
t(lambda: A >> B)
A = -5; B = 256
t(lambda: A & B)
A = 0.0; B = 1e300
t(lambda: A + B)
A = 1e300; B = -2.0
t(lambda: A < B)
t(lambda: divmod(A, B))
t(lambda: round(A, 0))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -5; B = 1
t(lambda: A < B)
A = 0; B = -float('inf')
t(lambda: A ^ B)
A = 0.0; B = 7
t(lambda: A > B)
A = -258192.49161644245; B = 123456.789
t(lambda: A != B)
A = 2; B = 256
t(lambda: A // B)
t(lambda: divmod(A, B))
t(lambda: round(A, -2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -0.5668395954375696; B = 0.0
t(lambda: A | B)
A = 3.14159; B = 5e-324
t(lambda: A | B)
A = 5e-324; B = 0.9682027199785883
t(lambda: A > B)
A = 0.0; B = 256
t(lambda: A + B)
A = 5e-324; B = -6
t(lambda: A - B)
t(lambda: divmod(A, B))
t(lambda: round(A, 1))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -9223372036854775808; B = 2
t(lambda: A * B)
A = 1e16; B = -2.0
t(lambda: A ^ B)
A = float('nan'); B = float('nan')
t(lambda: A <= B)
A = 123456.789; B = -9223372036854775808
t(lambda: A <= B)
A = -9223372036854775808; B = 3.14159
t(lambda: A & B)
t(lambda: divmod(A, B))
t(lambda: round(A, -2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -1.5; B = 63
t(lambda: A ** B)
A = -6; B = -6
t(lambda: A * B)
A = 5e-324; B = -999999999999999999999999999997
t(lambda: A | B)
A = -3; B = 2
t(lambda: A >= B)
A = 9007199254740993; B = 123456.789
t(lambda: A ^ B)
t(lambda: divmod(A, B))
t(lambda: round(A, 20))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 1e-300; B = 1e300
t(lambda: A < B)
A = 100000000000000000007; B = 0.0
t(lambda: A & B)
A = 123456.789; B = -float('inf')
t(lambda: A <= B)
A = 123456.789; B = 7
t(lambda: A + B)
A = 2147483648; B = 3.14159
t(lambda: A ^ B)
t(lambda: divmod(A, B))
t(lambda: round(A, -1))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -5; B = -float('inf')
t(lambda: A ^ B)
A = -1; B = 100
t(lambda: A << B)
A = float('nan'); B = 0.8096423680617657
t(lambda: A > B)
A = 5e-324; B = 255
t(lambda: A <= B)
A = 9007199254740993; B = 9007199254740993
t(lambda: A > B)
t(lambda: divmod(A, B))
t(lambda: round(A, -2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 123456.789; B = 256
t(lambda: A == B)
A = -1.5; B = 1
t(lambda: A / B)
A = 2147483648; B = 2
t(lambda: A ** B)
A = 9223372036854775807; B = -1
t(lambda: A ^ B)
A = -9223372036854775808; B = 0.0
t(lambda: A // B)
t(lambda: divmod(A, B))
t(lambda: round(A, -2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 1e16; B = 1e-300
t(lambda: A & B)
A = -2.0; B = 1e-300
t(lambda: A % B)
A = -3; B = -2.0
t(lambda: A & B)
A = -1.5; B = 3.14159
t(lambda: A | B)
A = 9007199254740993; B = 3.14159
t(lambda: A & B)
t(lambda: divmod(A, B))
t(lambda: round(A, 2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 1e16; B = 125197
t(lambda: A == B)
A = -3; B = -2.0
t(lambda: A & B)
A = -6; B = 0.0
t(lambda: A <= B)
A = 0.5; B = -2.0
t(lambda: A * B)
A = 3.14159; B = 2
t(lambda: A != B)
t(lambda: divmod(A, B))
t(lambda: round(A, 5))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -3; B = 1e300
t(lambda: A + B)
A = -999999999999999999999999999997; B = 123456.789
t(lambda: A != B)
A = -999999999999999999999999999997; B = 3.14159
t(lambda: A < B)
A = -1009082562809234486143033871962; B = 0
t(lambda: A >> B)
A = -5; B = -0.811149443353332
t(lambda: A >= B)
t(lambda: divmod(A, B))
t(lambda: round(A, 1))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -999999999999999999999999999997; B = float('inf')
t(lambda: A / B)
A = 123456.789; B = float('nan')
t(lambda: A + B)
A = -1.5; B = float('nan')
t(lambda: A > B)
A = 18446744073709551616; B = -3
t(lambda: A ^ B)
A = -1; B = -3
t(lambda: A + B)
t(lambda: divmod(A, B))
t(lambda: round(A, -2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 100000000000000000007; B = 0.5
t(lambda: A < B)
A = -float('inf'); B = 63
t(lambda: A << B)
A = 255; B = 0.5
t(lambda: A // B)
A = -798771.9461028866; B = 0
t(lambda: A ** B)
A = 1084465580240780843653563950237; B = 0
t(lambda: A >= B)
t(lambda: divmod(A, B))
t(lambda: round(A, -2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 1e-300; B = 1
t(lambda: A | B)
A = -1; B = float('inf')
t(lambda: A <= B)
A = -2.0; B = float('inf')
t(lambda: A == B)
A = float('nan'); B = 64
t(lambda: A << B)
A = 1e16; B = 1e300
t(lambda: A != B)
t(lambda: divmod(A, B))
t(lambda: round(A, 1))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -2.0; B = float('nan')
t(lambda: A * B)
A = 1e-300; B = -1
t(lambda: A << B)
A = -2.0; B = 18446744073709551616
t(lambda: A - B)
A = -6; B = 0.0
t(lambda: A - B)
A = -0.0; B = 3.14159
t(lambda: A != B)
t(lambda: divmod(A, B))
t(lambda: round(A, 2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -1.5; B = float('inf')
t(lambda: A & B)
A = 1e-300; B = 5e-324
t(lambda: A * B)
A = -0.6127424920174827; B = 63
t(lambda: A << B)
A = 1; B = 1.5
t(lambda: A ** B)
A = 1e16; B = 18446744073709551616
t(lambda: A // B)
t(lambda: divmod(A, B))
t(lambda: round(A, 5))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 7; B = 2147483648
t(lambda: A | B)
A = 1e300; B = 0
t(lambda: A >> B)
A = -2.0; B = 0.07666675522357158
t(lambda: A > B)
A = 18446744073709551616; B = 0.5817540069650902
t(lambda: A < B)
A = 255; B = -424915
t(lambda: A * B)
t(lambda: divmod(A, B))
t(lambda: round(A, -2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 1; B = 0.5
t(lambda: A % B)
A = 0.0; B = 7
t(lambda: A != B)
A = -0.0; B = -float('inf')
t(lambda: A ^ B)
A = 123456.789; B = 0.5
t(lambda: A < B)
A = float('inf'); B = 1e16
t(lambda: A > B)
t(lambda: divmod(A, B))
t(lambda: round(A, 1))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -0.0; B = -1.5
t(lambda: A % B)
A = 0.5; B = 0
t(lambda: A ^ B)
A = 1; B = float('nan')
t(lambda: A + B)
A = 2147483648; B = 64
t(lambda: A << B)
A = 0; B = 2
t(lambda: A + B)
t(lambda: divmod(A, B))
t(lambda: round(A, -2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -3; B = 1e16
t(lambda: A <= B)
A = -66775; B = 100000000000000000007
t(lambda: A + B)
A = -0.9152543400059452; B = float('inf')
t(lambda: A == B)
A = -6; B = 63
t(lambda: A ** B)
A = 255; B = 0.5
t(lambda: A ^ B)
t(lambda: divmod(A, B))
t(lambda: round(A, 20))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -1.5; B = 18446744073709551616
t(lambda: A / B)
A = 9223372036854775807; B = 100
t(lambda: A << B)
A = -float('inf'); B = 255
t(lambda: A & B)
A = -999999999999999999999999999997; B = -0.0
t(lambda: A > B)
A = 1e-300; B = -3
t(lambda: A ^ B)
t(lambda: divmod(A, B))
t(lambda: round(A, 20))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 255; B = 64
t(lambda: A >> B)
A = 0.7926416812250077; B = 3.14159
t(lambda: A > B)
A = float('nan'); B = 255
t(lambda: A <= B)
A = -566113; B = 3.14159
t(lambda: A + B)
A = 256; B = 255
t(lambda: A - B)
t(lambda: divmod(A, B))
t(lambda: round(A, 2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 18446744073709551616; B = -2.0
t(lambda: A * B)
A = 1e300; B = 2
t(lambda: A == B)
A = 5e-324; B = -float('inf')
t(lambda: A & B)
A = 2; B = -5
t(lambda: A * B)
A = 2147483648; B = -1.5
t(lambda: A > B)
t(lambda: divmod(A, B))
t(lambda: round(A, -2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 255; B = 0
t(lambda: A ** B)
A = float('inf'); B = -0.0
t(lambda: A ^ B)
A = -5; B = 64
t(lambda: A >> B)
A = 256; B = -9223372036854775808
t(lambda: A <= B)
A = 966434; B = float('nan')
t(lambda: A - B)
t(lambda: divmod(A, B))
t(lambda: round(A, 2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = float('nan'); B = -0.2093999773930253
t(lambda: A // B)
A = -1.5; B = 1e16
t(lambda: A == B)
A = 0; B = float('inf')
t(lambda: A >= B)
A = 0.43228454208908085; B = 2.675
t(lambda: A % B)
A = 1e16; B = 256
t(lambda: A * B)
t(lambda: divmod(A, B))
t(lambda: round(A, 20))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = 18446744073709551616; B = 100000000000000000007
t(lambda: A == B)
A = 2; B = float('nan')
t(lambda: A > B)
A = -999999999999999999999999999997; B = -6
t(lambda: A / B)
A = 0.5; B = 256
t(lambda: A <= B)
A = -3; B = 18446744073709551616
t(lambda: A * B)
t(lambda: divmod(A, B))
t(lambda: round(A, 0))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = -2.0; B = -5
t(lambda: A * B)
A = 123456.789; B = -3
t(lambda: A // B)
A = -3; B = -2.0
t(lambda: A >= B)
A = 255; B = -2
t(lambda: A ** B)
A = 1e16; B = -2.0
t(lambda: A != B)
t(lambda: divmod(A, B))
t(lambda: round(A, -2))
t(lambda: (round(A), int(A), float(A), hash(A), str(A), abs(A), -(A)))
A = float('nan'); B = -849070.144350766
t(lambda: A != B)
A = 7; B = -0.5
t(lambda: A ** B)
