# Classes whose __iter__ is a generator method: re-iterable containers and lazy views.
class Deck:
    suits = "SHDC"
    ranks = "A23456789TJQK"
    def __iter__(self):
        for s in self.suits:
            for r in self.ranks:
                yield r + s
    def __len__(self):
        return len(self.suits) * len(self.ranks)
d = Deck()
cards = list(d)
print(len(d), cards[:5], cards[-3:], "QH" in d, list(d) == cards)
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()
    def bfs(self):
        queue = [self]
        while queue:
            node = queue.pop(0)
            yield node.value
            queue.extend(node.children)
t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6, Tree(7))))
print(list(t), list(t.leaves()), list(t.bfs()), sum(t), max(t))
class Range:
    def __init__(self, start, stop, step=1):
        self.start, self.stop, self.step = start, stop, step
    def __iter__(self):
        i = self.start
        while (i < self.stop) if self.step > 0 else (i > self.stop):
            yield i
            i += self.step
    def __reversed__(self):
        items = list(self)
        for i in range(len(items) - 1, -1, -1):
            yield items[i]
r = Range(0, 10, 3)
print(list(r), list(reversed(r)), list(Range(5, 0, -2)), list(Range(0, 1, 0.25)))
class Lines:
    def __init__(self, text):
        self.text = text
    def __iter__(self):
        start = 0
        while True:
            end = self.text.find("\n", start)
            if end == -1:
                if start < len(self.text):
                    yield self.text[start:]
                return
            yield self.text[start:end]
            start = end + 1
print(list(Lines("a\nbb\n\nccc")), list(Lines("")), list(Lines("x\n")))
it1, it2 = iter(t), iter(t)
print(next(it1), next(it1), next(it2))
