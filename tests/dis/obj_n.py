import dis
def f(obj):
    n = len(obj)
    print(obj, n)
    return n
dis.dis(f)
