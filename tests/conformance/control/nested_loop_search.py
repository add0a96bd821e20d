# Searching 2D structures with nested loops: flags, for-else, generators and early returns.
grid = [
    [3, 8, 1, 9],
    [5, 0, 7, 2],
    [6, 4, 11, 10],
]
def find_flag(g, target):
    found = False
    pos = None
    for r, row in enumerate(g):
        for c, v in enumerate(row):
            if v == target:
                found = True
                pos = (r, c)
                break
        if found:
            break
    return pos
def find_else(g, target):
    for r, row in enumerate(g):
        for c, v in enumerate(row):
            if v == target:
                break
        else:
            continue
        return (r, c)
    return None
def find_gen(g, target):
    return next(((r, c) for r, row in enumerate(g) for c, v in enumerate(row) if v == target), None)
for t in [0, 9, 11, 12]:
    print(t, find_flag(grid, t), find_else(grid, t), find_gen(grid, t))
def saddle_points(g):
    out = []
    for r, row in enumerate(g):
        for c, v in enumerate(row):
            if v == max(row) and v == min(g[i][c] for i in range(len(g))):
                out.append((r, c, v))
    return out
print(saddle_points(grid), saddle_points([[9, 8, 7], [5, 3, 2], [6, 6, 7]]))
words = ["cat", "dog", "bird"]
board = ["xcatx", "dxoxg", "birdy", "zzzzz"]
def word_positions(board, word):
    hits = []
    for r, line in enumerate(board):
        c = line.find(word)
        if c != -1:
            hits.append(("row", r, c))
    for c in range(len(board[0])):
        col = "".join(line[c] for line in board)
        r = col.find(word)
        if r != -1:
            hits.append(("col", r, c))
    return hits
for w in words:
    print(w, word_positions(board, w))
count = 0
for a in range(1, 10):
    for b in range(a, 10):
        for c in range(b, 10):
            if a + b + c == 12:
                count += 1
print("triples summing to 12:", count)
