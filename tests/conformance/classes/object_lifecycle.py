# __del__ runs when the last reference goes away (reference counting makes it deterministic).
class Resource:
    live = 0
    def __init__(self, name):
        self.name = name
        Resource.live += 1
        print(f"  open {name} (live={Resource.live})")
    def __del__(self):
        Resource.live -= 1
        print(f"  close {self.name} (live={Resource.live})")
print("create and delete")
r = Resource("a")
del r
print("rebinding a name frees the old object")
r = Resource("b")
r = Resource("c")
print("after rebinding")
del r
print("objects in a list die with the list")
items = [Resource("x"), Resource("y")]
items.pop()
print("popped one")
items = None
print("function locals die at return")
def use():
    tmp = Resource("tmp")
    return tmp.name
print("returned", use())
print("two references keep it alive")
a = Resource("shared")
b = a
del a
print("  deleted a, still alive")
del b
print("temporaries die immediately")
Resource("temp").name
print("end of program section, live =", Resource.live)
