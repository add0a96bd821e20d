def loops(n):
    total = 0
    for i in range(n):
        if i % 2:
            continue
        elif i > 10:
            break
        total += i
    else:
        total = -1
    while n > 0:
        n -= 1
    return total

def conditions(a, b, c):
    if a and b or not c:
        return 1
    x = a if b else c
    return 1 + (a if c else b), a < b <= c, x
