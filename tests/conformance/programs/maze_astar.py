# Solving a text maze with A* search (Manhattan heuristic) and drawing the path.
import heapq
MAZE = """
#####################
#S....#.......#.....#
#.###.#.#####.#.###.#
#...#...#...#...#...#
###.#####.#.#####.###
#...#.....#.....#...#
#.###.#########.###.#
#.....#.......#....E#
#####################
"""
rows = MAZE.strip().splitlines()
W = max(map(len, rows))
grid = [list(row.ljust(W, "#")) for row in rows]
H = len(grid)
find = lambda ch: next((r, c) for r in range(H) for c in range(W) if grid[r][c] == ch)
start, goal = find("S"), find("E")
def neighbours(pos):
    r, c = pos
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < H and 0 <= nc < W and grid[nr][nc] != "#":
            yield nr, nc
def astar(start, goal):
    h = lambda p: abs(p[0] - goal[0]) + abs(p[1] - goal[1])
    frontier = [(h(start), 0, start)]
    came, cost = {start: None}, {start: 0}
    expanded = 0
    while frontier:
        _, g, cur = heapq.heappop(frontier)
        if g > cost[cur]:
            continue
        expanded += 1
        if cur == goal:
            break
        for nxt in neighbours(cur):
            if g + 1 < cost.get(nxt, 10 ** 9):
                cost[nxt] = g + 1
                came[nxt] = cur
                heapq.heappush(frontier, (g + 1 + h(nxt), g + 1, nxt))
    if goal not in came:
        return None, expanded
    path, node = [], goal
    while node:
        path.append(node)
        node = came[node]
    return path[::-1], expanded
path, expanded = astar(start, goal)
print("start", start, "goal", goal, "path length", len(path) - 1, "expanded", expanded)
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
turns = sum(1 for a, b, c in zip(path, path[1:], path[2:]) if (b[0] - a[0], b[1] - a[1]) != (c[0] - b[0], c[1] - b[1]))
print("turns:", turns)
grid[7][18] = "#"
grid[6][19] = "#"
blocked, exp2 = astar(start, goal)
print("after blocking:", blocked, exp2)
