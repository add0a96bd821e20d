# String indexing and slicing with every combination of start, stop and step.
s = "0123456789"
print(s[0], s[9], s[-1], s[-10], s[3:7], s[:4], s[6:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[7:2:-1], s[7:2:-2], s[2:7:-1], s[-1:-4:-1])
print(s[100:], s[:100], s[-100:3], s[5:2], s[3:3], repr(s[10:]), s[-100:100:3])
print(s[1:9:3], s[9:0:-3], s[::10], s[::-10], s[::100])
word = "racecar"
print(word == word[::-1], "python"[::-1], "python"[1:-1], "python"[-2:])
text = "Hello, World"
for i in range(0, len(text), 4):
    print(repr(text[i:i + 4]))
print([text[i] for i in range(len(text)) if i % 3 == 0])
try:
    print(s[10])
except IndexError as e:
    print("IndexError:", e)
try:
    print(s[::0])
except ValueError as e:
    print("ValueError:", e)
sl = slice(2, 8, 2)
print(s[sl], sl.start, sl.stop, sl.step, sl.indices(5), slice(None, None, -1).indices(10))
print(s[slice(3)], s[slice(-2, None)], slice(1, 2) == slice(1, 2), repr(slice(1, None)))
def rotate(text, n):
    n %= len(text)
    return text[n:] + text[:n]
print(rotate("abcdef", 2), rotate("abcdef", -1), rotate("abcdef", 13))
def chunks(text, n):
    return [text[i:i + n] for i in range(0, len(text), n)]
print(chunks("abcdefghij", 3), chunks("", 2))
print("".join(ch for i, ch in enumerate("interleave") if i % 2 == 0))
