# A discrete-event simulation using heapq as a priority queue of (time, seq, event).
import heapq
events = []
seq = 0
def schedule(t, name, action):
    global seq
    heapq.heappush(events, (t, seq, name, action))
    seq += 1
log = []
def arrive(t, who):
    log.append(f"{t:5.1f} {who} arrives")
    schedule(t + 2.5, who, serve)
def serve(t, who):
    log.append(f"{t:5.1f} {who} served")
    schedule(t + 1.0, who, leave)
def leave(t, who):
    log.append(f"{t:5.1f} {who} leaves")
for i, (t, who) in enumerate([(0.0, "ann"), (1.0, "bob"), (1.0, "cy"), (4.5, "di")]):
    schedule(t, who, arrive)
while events:
    t, _, who, action = heapq.heappop(events)
    action(t, who)
print("\n".join(log))
def dijkstra(graph, src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph.get(u, []):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dict(sorted(dist.items()))
g = {"A": [("B", 4), ("C", 1)], "C": [("B", 2), ("D", 7)], "B": [("D", 1)], "D": [("E", 3)]}
print(dijkstra(g, "A"), dijkstra(g, "D"))
def top_k_frequent(words, k):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return heapq.nsmallest(k, counts, key=lambda w: (-counts[w], w))
print(top_k_frequent("the cat and the hat and the bat sat".split(), 3))
