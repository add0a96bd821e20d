# generator.close(): GeneratorExit inside the generator, finally blocks, and ignoring close.
def worker(name):
    print(f"  {name}: start")
    try:
        while True:
            yield f"{name} working"
    except GeneratorExit:
        print(f"  {name}: got GeneratorExit")
        raise
    finally:
        print(f"  {name}: finally")
w = worker("w1")
print(next(w), next(w))
w.close()
print(next(w, "w1 closed"))
w.close()
w2 = worker("w2")
w2.close()
print("closing an unstarted generator runs nothing")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refusing"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
r = returns_on_close()
next(r)
r.close()
print("closed after returning from GeneratorExit handler:", next(r, "exhausted"))
def lines():
    print("  open resource")
    try:
        for i in range(10):
            yield f"line {i}"
    finally:
        print("  close resource")
for line in lines():
    print(line)
    if line.endswith("2"):
        break
print("after loop")
gen = lines()
print(next(gen))
del gen
print("after del")
with_list = list(lines())
print(len(with_list))
