# The format-spec mini-language applied to integers.
specs = ["", "d", "5d", "<5d", "^5d", ">5d", "05d", "+d", "-d", " d", "+05d", "=+6d", "*^7d", "_>6d",
         "x", "X", "#x", "#X", "#010x", "o", "#o", "b", "#b", "#012b", ",", "_", "10,", "_x", "_b", "c"]
for n in [0, 7, 42, -42, 255, 65, 1234567]:
    out = []
    for spec in specs:
        if spec == "c" and not 32 <= n < 256:
            continue
        out.append(f"[{format(n, spec)}]")
    print(n, " ".join(out))
print(format(10 ** 25, ","), format(-(10 ** 25), "_"), format(2 ** 64, "x"), format(-255, "#x"))
print(format(12, "e"), format(12, ".2f"), format(12, "%"), format(12, "g"), format(-3, ".1e"))
print(format(True, "d"), format(True, ">5"), format(False, "#x"), f"{True:5}|{True!s:5}|")
print("{:=^+11,}".format(1234567), "{:08,}".format(1234), "{:,}".format(-1000))
for bad in ["s", ".2d", "z"]:
    try:
        format(5, bad)
    except ValueError as e:
        print("ValueError:", e)
widths = [1, 4, 9]
for w in widths:
    print(f"|{5:{w}}|{-5:<{w}}|{5:0{w}}|{5:+^{w}}|")
