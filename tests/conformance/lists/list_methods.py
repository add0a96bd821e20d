# Every list method: append, extend, insert, remove, pop, clear, index, count, sort, reverse, copy.
lst = [3, 1, 4]
lst.append(1)
lst.extend([5, 9])
lst.extend((2, 6))
lst.extend(range(2))
lst.extend("ab")
print(lst, len(lst))
lst.insert(0, "first")
lst.insert(100, "last")
lst.insert(-1, "penultimate")
lst.insert(-100, "very first")
print(lst)
lst.remove("a")
lst.remove(1)
print(lst, lst.count(1), lst.count("zzz"), lst.index(5), lst.index(1, 4), lst.index(2, 0, 20))
print(lst.pop(), lst.pop(0), lst.pop(1), lst.pop(-2), lst)
nums = [n for n in lst if isinstance(n, int)]
print(nums)
c = nums.copy()
nums.sort()
print(nums, c)
nums.reverse()
print(nums)
nums.sort(reverse=True)
print(nums)
c.clear()
print(c, len(c))
for bad in [lambda: [].pop(), lambda: [1].remove(2), lambda: [1].pop(5)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    [1, 2].index(3)
except ValueError:
    print("ValueError from index")
words = ["pear", "Apple", "fig", "banana"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
print(words.sort(), [].copy(), list.__name__)
a = [1, 2]
a.extend(a)
print(a)
a.append(a[:])
print(a)
x = [[0]] * 3
x[0].append(1)
print(x)
