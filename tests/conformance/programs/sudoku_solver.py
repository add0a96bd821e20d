# A backtracking Sudoku solver with constraint sets, solving a puzzle and validating the result.
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""
grid = [[0 if c == "." else int(c) for c in row] for row in PUZZLE.split()]
rows = [set(r) - {0} for r in grid]
cols = [set(grid[r][c] for r in range(9)) - {0} for c in range(9)]
boxes = [set() for _ in range(9)]
for r in range(9):
    for c in range(9):
        if grid[r][c]:
            boxes[r // 3 * 3 + c // 3].add(grid[r][c])
empties = [(r, c) for r in range(9) for c in range(9) if grid[r][c] == 0]
steps = 0
def candidates(r, c):
    return set(range(1, 10)) - rows[r] - cols[c] - boxes[r // 3 * 3 + c // 3]
def solve():
    global steps
    if not empties:
        return True
    best = min(empties, key=lambda rc: len(candidates(*rc)))
    empties.remove(best)
    r, c = best
    b = r // 3 * 3 + c // 3
    for v in sorted(candidates(r, c)):
        steps += 1
        grid[r][c] = v
        rows[r].add(v)
        cols[c].add(v)
        boxes[b].add(v)
        if solve():
            return True
        rows[r].discard(v)
        cols[c].discard(v)
        boxes[b].discard(v)
    grid[r][c] = 0
    empties.append(best)
    return False
print("empty cells:", len(empties))
print("solved:", solve(), "steps:", steps)
for r in range(9):
    line = " ".join(str(v) for v in grid[r])
    print(line[:5] + " | " + line[6:11] + " | " + line[12:])
    if r in (2, 5):
        print("-" * 21)
def valid(g):
    units = [g[r] for r in range(9)]
    units += [[g[r][c] for r in range(9)] for c in range(9)]
    units += [[g[br + r][bc + c] for r in range(3) for c in range(3)] for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all(sorted(u) == list(range(1, 10)) for u in units)
print("valid:", valid(grid), "checksum:", sum(v * (i + 1) for i, row in enumerate(grid) for v in row))
