# ASCII Mandelbrot and Julia sets: float arithmetic in tight loops, with an escape-count checksum.
CHARS = " .:-=+*#%@"
def mandel(cx, cy, limit=60):
    x = y = 0.0
    for i in range(limit):
        x2, y2 = x * x, y * y
        if x2 + y2 > 4.0:
            return i
        y = 2 * x * y + cy
        x = x2 - y2 + cx
    return limit
def julia(zx, zy, cx=-0.8, cy=0.156, limit=60):
    for i in range(limit):
        if zx * zx + zy * zy > 4.0:
            return i
        zx, zy = zx * zx - zy * zy + cx, 2 * zx * zy + cy
    return limit
def render(fn, x0, x1, y0, y1, w, h):
    rows, total = [], 0
    for j in range(h):
        y = y0 + (y1 - y0) * j / (h - 1)
        line = []
        for i in range(w):
            x = x0 + (x1 - x0) * i / (w - 1)
            n = fn(x, y)
            total += n
            line.append(CHARS[min(n, 59) * len(CHARS) // 60])
        rows.append("".join(line))
    return rows, total
rows, total = render(mandel, -2.2, 0.8, -1.2, 1.2, 64, 24)
print("\n".join(rows))
print("mandelbrot checksum:", total)
rows, total = render(julia, -1.6, 1.6, -1.0, 1.0, 64, 16)
print("\n".join(rows))
print("julia checksum:", total)
inside = sum(1 for j in range(50) for i in range(50) if mandel(-2 + 2.5 * i / 49, -1.25 + 2.5 * j / 49) == 60)
print("area estimate:", round(inside / 2500 * 6.25, 4))
