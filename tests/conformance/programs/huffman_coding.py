# Huffman codes: build the tree with heapq, encoding to bits, decoding, and compression ratio.
import heapq
from collections import Counter
def build_codes(text):
    freq = Counter(text)
    heap = [(n, i, ch) for i, (ch, n) in enumerate(sorted(freq.items()))]
    heapq.heapify(heap)
    counter = len(heap)
    if len(heap) == 1:
        return {heap[0][2]: "0"}
    while len(heap) > 1:
        n1, _, left = heapq.heappop(heap)
        n2, _, right = heapq.heappop(heap)
        heapq.heappush(heap, (n1 + n2, counter, (left, right)))
        counter += 1
    codes = {}
    def walk(node, prefix):
        if isinstance(node, str):
            codes[node] = prefix
        else:
            walk(node[0], prefix + "0")
            walk(node[1], prefix + "1")
    walk(heap[0][2], "")
    return codes
def encode(text, codes):
    return "".join(codes[ch] for ch in text)
def decode(bits, codes):
    reverse = {v: k for k, v in codes.items()}
    out, cur = [], ""
    for b in bits:
        cur += b
        if cur in reverse:
            out.append(reverse[cur])
            cur = ""
    return "".join(out)
text = "this is an example of a huffman tree, built for this example text"
codes = build_codes(text)
for ch, code in sorted(codes.items(), key=lambda kv: (len(kv[1]), kv[0])):
    print(repr(ch), code)
bits = encode(text, codes)
print(len(text) * 8, "bits ->", len(bits), "bits", f"({len(bits) / (len(text) * 8):.1%})")
print(bits[:64])
print(decode(bits, codes) == text)
packed = int(bits, 2).to_bytes((len(bits) + 7) // 8, "big")
print(len(packed), packed[:8].hex())
for sample in ["aaaa", "ab", "mississippi river"]:
    c = build_codes(sample)
    e = encode(sample, c)
    print(repr(sample), sorted(c.items()), e, decode(e, c) == sample)
