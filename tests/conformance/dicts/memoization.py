# Memoizing recursive functions with a dict, compared with the naive versions' call counts.
calls = {"naive": 0, "memo": 0}
def fib_naive(n):
    calls["naive"] += 1
    return n if n < 2 else fib_naive(n - 1) + fib_naive(n - 2)
memo = {}
def fib_memo(n):
    calls["memo"] += 1
    if n in memo:
        return memo[n]
    result = n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)
    memo[n] = result
    return result
print(fib_naive(20), fib_memo(20), calls)
print(fib_memo(150), len(memo))
def make_memo(f):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = f(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
@make_memo
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(10, 10), grid_paths(16, 16), len(grid_paths.cache))
@make_memo
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same"), ("intention", "execution")]:
    print(a, b, edit_distance(a, b))
@make_memo
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print([partitions(n, n) for n in range(1, 16)], partitions(60, 60))
coins_memo = {}
def ways(amount, coins):
    key = (amount, len(coins))
    if key in coins_memo:
        return coins_memo[key]
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    coins_memo[key] = ways(amount - coins[0], coins) + ways(amount, coins[1:])
    return coins_memo[key]
print(ways(100, [50, 25, 10, 5, 1]), ways(300, [200, 100, 50, 20, 10, 5, 2, 1]))
