# Format specs applied to strings: width, fill, alignment, truncation by precision.
words = ["", "a", "hello", "longer text here"]
specs = ["", "10", "<10", ">10", "^10", "*^10", "-<8", ".3", "10.3", ">10.2", "^9.4", "_>6", "s"]
for w in words:
    print(repr(w), " ".join(f"[{format(w, s)}]" for s in specs))
print("[{:>12}] [{:<12}] [{:^12}]".format("right", "left", "center"))
print("[{0:#^15}] [{0:.^15.3}]".format("abcdefgh"))
print(f"[{'x'!r:>6}] [{'x'!s:>6}] [{'é'!a:>8}]")
for bad in ["d", "=5", "+"]:
    try:
        format("text", bad)
    except ValueError as e:
        print("ValueError:", e)
rows = [("Name", "Qty", "Price"), ("widget", "12", "3.50"), ("gizmo", "4", "10.00"), ("thingamajig", "100", "0.25")]
w0 = max(len(r[0]) for r in rows)
for r in rows:
    print(f"{r[0]:<{w0}} | {r[1]:>5} | {r[2]:>7}")
print(format("tab\there", "^14"), format("abc", ""), format(None, ""), format([1, 2], ""))
print(format(None, ">6") if False else "skip", str.format("{:>3}", "x"))
menu = {"espresso": 2.5, "cappuccino": 3.75, "tea": 1.8}
width = max(map(len, menu)) + 2
for item, price in menu.items():
    print(f"{item.title():.<{width}}{price:>6.2f}")
