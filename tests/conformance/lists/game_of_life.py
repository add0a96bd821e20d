# Conway's Game of Life on a small toroidal grid of lists, run for a few generations.
W, H = 12, 8
def empty():
    return [[0] * W for _ in range(H)]
def place(grid, cells, ox, oy):
    for x, y in cells:
        grid[(oy + y) % H][(ox + x) % W] = 1
def neighbours(grid, x, y):
    total = 0
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            if dx or dy:
                total += grid[(y + dy) % H][(x + dx) % W]
    return total
def step(grid):
    new = empty()
    for y in range(H):
        for x in range(W):
            n = neighbours(grid, x, y)
            new[y][x] = 1 if n == 3 or (n == 2 and grid[y][x]) else 0
    return new
def show(grid):
    return "\n".join("".join("#" if c else "." for c in row) for row in grid)
glider = [(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)]
blinker = [(0, 0), (1, 0), (2, 0)]
g = empty()
place(g, glider, 0, 0)
place(g, blinker, 8, 5)
history = []
for gen in range(5):
    print(f"generation {gen}: {sum(map(sum, g))} alive")
    print(show(g))
    history.append(show(g))
    g = step(g)
for _ in range(43):
    g = step(g)
print("after 48 generations:", sum(map(sum, g)), "alive")
print(show(g))
print(history[0] == history[4], len(set(history)))
