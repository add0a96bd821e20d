"""Binary heaps kept in plain lists (CPython's `heapq` module).

A heap is a list where `heap[k] <= heap[2*k+1]` and `heap[k] <= heap[2*k+2]`, so `heap[0]` is the
smallest item. The sift procedures are the ones CPython uses (items are moved, not swapped, and
`_siftup` first walks the hole down to a leaf along the smaller children, then bubbles the new
item up), so every function makes the same comparisons and leaves the list in the same order as
CPython's. The `*_max` functions (public since 3.14) keep the largest item first.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest',
           'heappushpop', 'heappush_max', 'heappop_max', 'heapify_max', 'heapreplace_max',
           'heappushpop_max']


def _check_list(heap, name):
    if not isinstance(heap, list):
        raise TypeError('%s() argument 1 must be list, not %s' % (name, type(heap).__name__))


def _siftdown(heap, startpos, pos):
    # Move heap[pos] up towards startpos while it is smaller than its parent.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    # Walk the hole at pos down to a leaf, always through the smaller child, then put the
    # displaced item in the hole and let it bubble back up.
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


def heappush(heap, item, /):
    """Push item onto heap, keeping the heap invariant."""
    _check_list(heap, 'heappush')
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop and return the smallest item of heap."""
    _check_list(heap, 'heappop')
    if not heap:
        raise IndexError('index out of range')
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item, /):
    """Pop and return the smallest item, then push item (the heap size is unchanged)."""
    _check_list(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item, /):
    """Push item, then pop and return the smallest item; faster than the two calls."""
    _check_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(heap, /):
    """Rearrange the list into a heap, in place, in linear time."""
    _check_list(heap, 'heapify')
    for i in reversed(range(len(heap) // 2)):
        _siftup(heap, i)


def heappush_max(heap, item, /):
    """Push item onto a max-heap."""
    _check_list(heap, 'heappush_max')
    heap.append(item)
    _siftdown_max(heap, 0, len(heap) - 1)


def heappop_max(heap, /):
    """Pop and return the largest item of a max-heap."""
    _check_list(heap, 'heappop_max')
    if not heap:
        raise IndexError('index out of range')
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup_max(heap, 0)
        return returnitem
    return lastelt


def heapreplace_max(heap, item, /):
    """Pop and return the largest item of a max-heap, then push item."""
    _check_list(heap, 'heapreplace_max')
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return returnitem


def heappushpop_max(heap, item, /):
    """Push item onto a max-heap, then pop and return the largest item."""
    _check_list(heap, 'heappushpop_max')
    if heap and item < heap[0]:
        item, heap[0] = heap[0], item
        _siftup_max(heap, 0)
    return item


def heapify_max(heap, /):
    """Rearrange the list into a max-heap, in place."""
    _check_list(heap, 'heapify_max')
    for i in reversed(range(len(heap) // 2)):
        _siftup_max(heap, i)


# The private names older code (and CPython's own modules) use.
_heappop_max = heappop_max
_heapreplace_max = heapreplace_max
_heapify_max = heapify_max


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator, lazily.

    Items that compare equal come out in the order of the inputs they came from. With reverse=True
    the inputs must be sorted largest first.
    """
    if reverse:
        make_heap, pop, replace, direction = heapify_max, heappop_max, heapreplace_max, -1
    else:
        make_heap, pop, replace, direction = heapify, heappop, heapreplace, 1
    heap = []
    if key is None:
        # Entries are [value, tie-breaking order, iterator]; the order keeps equal values stable.
        for order, iterable in enumerate(iterables):
            it = iter(iterable)
            for value in it:
                heap.append([value, order * direction, it])
                break
        make_heap(heap)
        while len(heap) > 1:
            entry = heap[0]
            yield entry[0]
            for value in entry[2]:
                entry[0] = value
                replace(heap, entry)
                break
            else:
                pop(heap)
        if heap:
            value, _order, it = heap[0]
            yield value
            yield from it
        return
    # Entries are [key, order, value, iterator].
    for order, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            heap.append([key(value), order * direction, value, it])
            break
    make_heap(heap)
    while len(heap) > 1:
        entry = heap[0]
        yield entry[2]
        for value in entry[3]:
            entry[0] = key(value)
            entry[2] = value
            replace(heap, entry)
            break
        else:
            pop(heap)
    if heap:
        _key, _order, value, it = heap[0]
        yield value
        yield from it


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, smallest first: sorted(iterable, key=key)[:n]."""
    if n == 1:
        missing = object()
        result = min(iter(iterable), default=missing, key=key)
        return [] if result is missing else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    it = iter(iterable)
    # Keep the n best seen so far in a max-heap whose top is the worst of them; the counter in
    # each entry keeps equal items in input order and stops comparisons reaching the items.
    if key is None:
        result = [(elem, i) for i, elem in zip(range(n), it)]
        if not result:
            return result
        heapify_max(result)
        top = result[0][0]
        order = n
        for elem in it:
            if elem < top:
                heapreplace_max(result, (elem, order))
                top = result[0][0]
                order += 1
        result.sort()
        return [elem for elem, _order in result]
    result = [(key(elem), i, elem) for i, elem in zip(range(n), it)]
    if not result:
        return result
    heapify_max(result)
    top = result[0][0]
    order = n
    for elem in it:
        k = key(elem)
        if k < top:
            heapreplace_max(result, (k, order, elem))
            top = result[0][0]
            order += 1
    result.sort()
    return [elem for _k, _order, elem in result]


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, largest first: sorted(iterable, key=key, reverse=True)[:n]."""
    if n == 1:
        missing = object()
        result = max(iter(iterable), default=missing, key=key)
        return [] if result is missing else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    it = iter(iterable)
    # A min-heap of the n best; counters run downwards so that after the final reverse sort
    # equal items keep their input order.
    if key is None:
        result = [(elem, i) for i, elem in zip(range(0, -n, -1), it)]
        if not result:
            return result
        heapify(result)
        top = result[0][0]
        order = -n
        for elem in it:
            if top < elem:
                heapreplace(result, (elem, order))
                top = result[0][0]
                order -= 1
        result.sort(reverse=True)
        return [elem for elem, _order in result]
    result = [(key(elem), i, elem) for i, elem in zip(range(0, -n, -1), it)]
    if not result:
        return result
    heapify(result)
    top = result[0][0]
    order = -n
    for elem in it:
        k = key(elem)
        if top < k:
            heapreplace(result, (k, order, elem))
            top = result[0][0]
            order -= 1
    result.sort(reverse=True)
    return [elem for _k, _order, elem in result]
