# Sets of coordinates: a turtle walk, visited cells, flood fill and bounding boxes.
moves = "RRUULDDDLLLUUUURRRRRDD"
dirs = {"R": (1, 0), "L": (-1, 0), "U": (0, 1), "D": (0, -1)}
x = y = 0
visited = {(0, 0)}
revisits = []
for m in moves:
    dx, dy = dirs[m]
    x, y = x + dx, y + dy
    if (x, y) in visited:
        revisits.append((x, y))
    visited.add((x, y))
print(len(moves), len(visited), revisits, (x, y))
xs = [p[0] for p in visited]
ys = [p[1] for p in visited]
print(min(xs), max(xs), min(ys), max(ys))
for row in range(max(ys), min(ys) - 1, -1):
    print("".join("S" if (c, row) == (0, 0) else "#" if (c, row) in visited else "." for c in range(min(xs), max(xs) + 1)))
maze = [
    "#########",
    "#...#...#",
    "#.#.#.#.#",
    "#.#...#.#",
    "#.#####.#",
    "#...#...#",
    "#########",
]
open_cells = {(r, c) for r, row in enumerate(maze) for c, ch in enumerate(row) if ch == "."}
def flood(start):
    seen = {start}
    frontier = [start]
    while frontier:
        r, c = frontier.pop()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if (nr, nc) in open_cells and (nr, nc) not in seen:
                seen.add((nr, nc))
                frontier.append((nr, nc))
    return seen
region = flood((1, 1))
print(len(open_cells), len(region), open_cells - region == set(), sorted(region)[:5])
neighbours = {p: sum((p[0] + dr, p[1] + dc) in open_cells for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0))) for p in open_cells}
print(sorted(p for p, n in neighbours.items() if n == 1), sorted(p for p, n in neighbours.items() if n >= 3))
a = {(i, j) for i in range(3) for j in range(3)}
b = {(i + 1, j + 1) for i in range(3) for j in range(3)}
print(sorted(a & b), len(a | b), sorted(a - b))
