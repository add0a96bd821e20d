# The format-spec mini-language applied to floats, including inf and nan.
values = [0.0, -0.0, 1.0, 3.14159, -2.5, 1234.5678, 0.000123456, 1e21, 1.5e-7, 100.0, 0.5]
specs = ["", "f", ".2f", "10.3f", "<10.1f", "^10.1f", "+.1f", " .1f", "010.2f", "e", ".3e", "E",
         "g", ".3g", "G", ".10g", "%", ".1%", ",.2f", "_.3f", "#.0f", ".0f", "#g"]
for v in values:
    print(repr(v))
    print("  " + " ".join(f"[{format(v, s)}]" for s in specs[:12]))
    print("  " + " ".join(f"[{format(v, s)}]" for s in specs[12:]))
for v in [float("inf"), float("-inf"), float("nan")]:
    print(" ".join(f"[{format(v, s)}]" for s in ["", "f", ".2e", "10g", "<8", "+", "%", "F", "E", "010.1f"]))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"), format(1.005, ".2f"))
print(format(123456789.0, ".3g"), format(123456789.0, "g"), format(1e-5, "g"), format(1e-4, "g"), format(1e16, "g"))
print(format(0.1, ".20f"), format(1 / 3, ".17g"), format(2 / 3, ".1f"), format(9.995, ".2f"), format(9.9951, ".2f"))
print(format(1e100, ".2e"), format(123.456, "015,.2f"), format(-1.5, "=+10.2f"), format(1.5, "*>10"))
print("{:.3}".format(3.14159), "{:.3}".format(1234.5), "{:10.2}|".format(0.000345), "{:}".format(1e16))
print(format(5e-324, "g"), format(1.7976931348623157e308, ".3e"), format(0.1 + 0.2, ".17f"))
prices = [3.5, 12.25, 0.999, 1234.5]
for p in prices:
    print(f"|{p:>10.2f}|{p:<10.1f}|{p:^10.3e}|{p:+09.2f}|{p:,.1f}|")
print(f"{sum(prices):.2f}", f"{max(prices) / min(prices):.4g}", f"{0.5:.0%}", f"{2 / 3:.3%}")
