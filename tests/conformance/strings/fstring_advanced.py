# f-strings beyond the basics: nested replacement fields, conversions with specs, triple quotes.
import math
values = [math.pi, math.e, 2 ** 0.5]
for width in (8, 12):
    for prec in (2, 5):
        print("|".join(f"{v:{width}.{prec}f}" for v in values))
align = {"left": "<", "right": ">", "center": "^"}
for name, sym in align.items():
    print(f"[{name:{sym}12}] [{name!r:{sym}14}]")
user = {"name": "Lin", "tags": ["admin", "ops"], "score": 97.456}
report = f"""
User:  {user['name']}
Tags:  {', '.join(user['tags'])}
Score: {user['score']:.1f} ({'pass' if user['score'] > 50 else 'fail'})
"""
print(report.strip())
print(f"{'{'}{user['name']}{'}'}", f"{{{user['name']}}}")
print(f"{len(user)=}", f"{user['score'] = :>10.2f}", f"{math.floor(user['score'])=}")
matrix = [[1, 2, 3], [4, 5, 6]]
print("\n".join(" ".join(f"{x:3d}" for x in row) for row in matrix))
print(f"{3.0:g} {3.5:g} {1e-7:g} {123456789:e} {0.5:.0%} {255:#06x} {255:c}")
n = 7
print(f"{n:b} {n:o} {n:x} {n:>{n}} {n:*<{n}}|")
nested = f"outer {f'inner {n * 2}'} done"
print(nested)
fmt = ".3f"
print(f"{math.pi:{fmt}}", f"{math.tau:>{10}{fmt}}")
lst = [10, 20]
print(f"{lst[0] + lst[1]}", f"{lst!s:>12}", f"{(lambda x: x * 2)(21)}", f"{[*lst, 30]}")
print(f"{'yes' if n > 5 else 'no'}", f"{n if n % 2 else -n}", f"{n:{'>' if n > 5 else '<'}5}|")
