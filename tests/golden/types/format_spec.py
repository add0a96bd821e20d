def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

specs_int = ["", "d", "5", "<5", ">5", "^5", "=5", "*^7", "+", " ", "-", "+5", "05", "08,", "08_", ",", "_", "_x", "_b", "#x", "#X", "#o", "#b", "#010x", "x", "c", "n", "e", ".2f", "%", "g", "010,", "0=10", "z", "#", ".3", "=+8", "0>8", "0<8", "0^9,", "15,d", ",.2f", "-^+9", "#_o", "012_b", "s", "^#10x", "0", "00", "+010,"]
for v in [0, 7, -7, 1234567, -1234567, 255, 2**70]:
    for s in specs_int:
        try:
            print(repr(s), v, repr(format(v, s)))
        except Exception as e:
            print(repr(s), v, type(e).__name__ + ":", e)
specs_f = ["", "f", ".2f", "10.3f", "<10.2f", "e", ".3e", "E", "g", ".3g", "G", ".0f", ".0e", "#.0f", "#.0e", "#g", "#.3g", "%", ".1%", "+.2f", " .2f", "010.2f", ",.2f", "_.3f", ",", ".2", ".10", "n", ".3n", "z.1f", "=+10.2f", "0=10.2f", "012,.2f", "x", "d", "#", ".2g", "015.4e", "^12.3e", "r", ".1", ".0", "10", "<", "0,.0f", ".30f", ".17g", ".0g", "#.0g", "#.1g"]
for v in [0.0, -0.0, 1.5, -2.5, 3.14159265, 1234567.891, 1e16, 1.5e-7, 123456789012345678.0, float('inf'), float('-inf'), float('nan'), 0.5, 2.675, 1e100, 100.0, 0.1, -0.00001]:
    for s in specs_f:
        try:
            print(repr(s), v, repr(format(v, s)))
        except Exception as e:
            print(repr(s), v, type(e).__name__ + ":", e)
specs_s = ["", "s", "10", "<10", ">10", "^10", "*^10", ".2", "10.2", "=10", "+", "#", "05", "d", ",", "_", "z"]
for v in ["hello", "", "héllo"]:
    for s in specs_s:
        try:
            print(repr(s), v, repr(format(v, s)))
        except Exception as e:
            print(repr(s), v, type(e).__name__ + ":", e)
for v in [True, False, None, [1, 2], (1,)]:
    for s in ["", "d", "5", "^5", "s", "x", ".1f"]:
        try:
            print(repr(s), v, repr(format(v, s)))
        except Exception as e:
            print(repr(s), v, type(e).__name__ + ":", e)
