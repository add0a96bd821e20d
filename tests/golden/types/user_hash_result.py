# A user __hash__ result that fits a machine word is hash()'s answer as it is; -1 becomes -2 and
# bigger ints are reduced like hash(int) (so enum members hash like their names).
class A:
    def __hash__(self): return hash("RED")
print(hash(A()) == hash("RED"))
class Big:
    def __hash__(self): return 5777941356370746238
print(hash(Big()))
class MinusOne:
    def __hash__(self): return -1
print(hash(MinusOne()))
class Huge:
    def __hash__(self): return 2**70
print(hash(Huge()) == hash(2**70), hash(Huge()))
class NotInt:
    def __hash__(self): return 1.5
try:
    hash(NotInt())
except TypeError as e:
    print("TypeError:", e)
