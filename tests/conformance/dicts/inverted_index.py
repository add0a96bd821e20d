# An inverted index over small documents, with AND/OR queries and tf-idf-like ranking.
import math
docs = {
    1: "the quick brown fox jumps over the lazy dog",
    2: "the lazy cat sleeps all day",
    3: "a quick brown dog outpaces a quick red fox",
    4: "dogs and cats living together",
    5: "the fox and the hound",
}
index = {}
for doc_id, text in docs.items():
    for pos, word in enumerate(text.split()):
        index.setdefault(word, {}).setdefault(doc_id, []).append(pos)
for word in ["quick", "fox", "the", "lazy", "zebra"]:
    print(word, index.get(word, {}))
def search_and(*words):
    sets = [set(index.get(w, {})) for w in words]
    return sorted(set.intersection(*sets)) if sets else []
def search_or(*words):
    return sorted(set().union(*(index.get(w, {}) for w in words)))
print(search_and("quick", "fox"), search_and("the", "lazy"), search_and("fox", "cat"))
print(search_or("cat", "cats", "hound"), search_or("nothing"))
def phrase(p):
    words = p.split()
    hits = []
    for doc_id in search_and(*words):
        for start in index[words[0]][doc_id]:
            if all(start + i in index[w][doc_id] for i, w in enumerate(words)):
                hits.append((doc_id, start))
    return hits
print(phrase("quick brown"), phrase("the lazy"), phrase("brown fox"))
N = len(docs)
def score(query):
    scores = {}
    for w in query.split():
        postings = index.get(w, {})
        if not postings:
            continue
        idf = math.log(N / len(postings))
        for doc_id, positions in postings.items():
            scores[doc_id] = scores.get(doc_id, 0) + len(positions) * idf
    return sorted(((round(s, 4), d) for d, s in scores.items()), reverse=True)
print(score("quick fox"))
print(score("lazy dog"))
vocab = sorted(index)
print(len(vocab), vocab[:8], max(index, key=lambda w: sum(len(p) for p in index[w].values())))
