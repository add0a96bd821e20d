# Graphs as dicts of sets: BFS shortest paths, DFS order, connected components, topological sort.
from collections import deque
edges = [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5), (6, 7), (8, 8)]
graph = {}
for a, b in edges:
    graph.setdefault(a, set()).add(b)
    graph.setdefault(b, set()).add(a)
print({k: sorted(v) for k, v in sorted(graph.items())})
def bfs(start):
    dist = {start: 0}
    parent = {start: None}
    q = deque([start])
    while q:
        u = q.popleft()
        for v in sorted(graph[u]):
            if v not in dist:
                dist[v] = dist[u] + 1
                parent[v] = u
                q.append(v)
    return dist, parent
dist, parent = bfs(1)
print(dist)
def path_to(v):
    out = []
    while v is not None:
        out.append(v)
        v = parent[v]
    return out[::-1]
print(path_to(5), path_to(1))
def dfs(start, seen=None):
    seen = [] if seen is None else seen
    seen.append(start)
    for v in sorted(graph[start]):
        if v not in seen:
            dfs(v, seen)
    return seen
print(dfs(1), dfs(6))
def components():
    seen = set()
    comps = []
    for node in sorted(graph):
        if node not in seen:
            comp = dfs(node)
            seen.update(comp)
            comps.append(sorted(comp))
    return comps
print(components())
deps = {"app": {"lib", "utils"}, "lib": {"core"}, "utils": {"core", "log"}, "core": set(), "log": set(), "tests": {"app"}}
def toposort(deps):
    indeg = {k: 0 for k in deps}
    for k, vs in deps.items():
        for v in vs:
            indeg[k] += 1
    users = {k: [] for k in deps}
    for k, vs in deps.items():
        for v in vs:
            users[v].append(k)
    ready = sorted(k for k, d in indeg.items() if d == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for u in sorted(users[n]):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
                ready.sort()
    return order
print(toposort(deps))
degree = {k: len(v) for k, v in graph.items()}
print(sorted(degree.items(), key=lambda kv: (-kv[1], kv[0])))
