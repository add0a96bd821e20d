# A singly linked list class with the full set of container and comparison dunders.
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push(it)
    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        node = self.head
        self.head = node.next
        self.size -= 1
        return node.value
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LinkedList index out of range")
    def __contains__(self, value):
        return any(v == value for v in self)
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def __add__(self, other):
        return LinkedList(list(self) + list(other))
    def __reversed__(self):
        return iter(list(self)[::-1])
    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
    def __repr__(self):
        return "LinkedList([" + " -> ".join(map(repr, self)) + "])"
ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), ll[0], ll[-1], 2 in ll, 9 in ll, list(reversed(ll)))
ll.reverse()
print(ll, ll.pop(), ll, ll == LinkedList([2, 1, 0]), ll + LinkedList("ab"))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
empty = LinkedList()
print(empty, len(empty), bool(empty), list(empty))
try:
    empty.pop()
except IndexError as e:
    print("IndexError:", e)
big = LinkedList(range(10000))
print(len(big), big[9999], sum(big))
big.reverse()
print(big[0], big[-1])
