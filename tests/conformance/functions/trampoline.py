# Turning deep recursion into iteration: explicit stacks and a trampoline of thunks.
def sum_to_recursive(n):
    return 0 if n == 0 else n + sum_to_recursive(n - 1)
def sum_to_iterative(n):
    total = 0
    while n:
        total += n
        n -= 1
    return total
def trampoline(result):
    while callable(result):
        result = result()
    return result
def sum_to_tramp(n, acc=0):
    if n == 0:
        return acc
    return lambda: sum_to_tramp(n - 1, acc + n)
print(sum_to_recursive(300), sum_to_iterative(300), trampoline(sum_to_tramp(300)))
print(trampoline(sum_to_tramp(50000)), sum_to_iterative(50000))
def even(n):
    return True if n == 0 else (lambda: odd(n - 1))
def odd(n):
    return False if n == 0 else (lambda: even(n - 1))
print(trampoline(even(10001)), trampoline(odd(10001)))
def tree_depth_stack(tree):
    best = 0
    stack = [(tree, 1)]
    while stack:
        node, d = stack.pop()
        if node is None:
            continue
        best = max(best, d)
        stack.append((node[0], d + 1))
        stack.append((node[1], d + 1))
    return best
deep = None
for _ in range(5000):
    deep = (deep, None)
print(tree_depth_stack(deep), tree_depth_stack(((None, None), None)))
def ackermann_stack(m, n):
    stack = [m]
    while stack:
        m = stack.pop()
        if m == 0:
            n += 1
        elif n == 0:
            n = 1
            stack.append(m - 1)
        else:
            n -= 1
            stack.append(m - 1)
            stack.append(m)
    return n
print(ackermann_stack(2, 3), ackermann_stack(3, 3))
