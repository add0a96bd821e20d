# Freeing a linked list of a million nodes must not overflow the Rust stack: deallocation of
# nested objects is deferred past a fixed depth (CPython's "trashcan").
class Node:
    __slots__ = ("next",)
    def __init__(self, next):
        self.next = next

head = None
for i in range(1000000):
    head = Node(head)
del head
print("instances freed")

lst = None
for i in range(1000000):
    lst = [lst]
lst = None
print("nested lists freed")

t = ()
for i in range(300000):
    t = (t,)
del t
print("nested tuples freed")
