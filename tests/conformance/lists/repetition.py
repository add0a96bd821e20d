# Sequence repetition with * and *= on lists, tuples and strings, including shared references.
print([1, 2] * 3, 3 * [0], [1] * 0, [1] * -1, (1, 2) * 2, "ab" * 3, 2 * (None,))
row = [0] * 4
board = [row] * 3
board[0][0] = "X"
print(board)
board2 = [[0] * 4 for _ in range(3)]
board2[0][0] = "X"
print(board2)
a = [1, 2]
b = a
a *= 2
print(a, b, a is b)
t = (1,)
u = t
t *= 3
print(t, u, t is u)
s = "x"
s *= 5
print(s)
big = [None] * 1000
print(len(big), big.count(None), big[999])
pattern = "-=" * 10 + "-"
print(pattern, len(pattern))
nested = [[1, 2]] * 2 + [[1, 2]]
nested[0].append(3)
print(nested, nested[0] is nested[1], nested[0] is nested[2])
print([[]] * 2 == [[], []], [1, 2] * 2 == [1, 2, 1, 2], [x for x in [7] * 3])
def times(n):
    return [n] * n
print([times(i) for i in range(4)], sum(times(5)), len(times(10)))
try:
    [1] * 1.5
except TypeError as e:
    print("TypeError:", e)
class Times:
    def __index__(self):
        return 2
print([1, 2] * Times(), "ab" * Times(), (0,) * Times())
