"""FIFO, LIFO and priority queues (CPython's `queue`), for a runtime without threads.

Supported: `Queue(maxsize=0)`, `LifoQueue`, `PriorityQueue`, `SimpleQueue`, the exceptions
`Empty`, `Full` and `ShutDown`; `put`/`get` with their `block` and `timeout` arguments,
`put_nowait`/`get_nowait`, `qsize`/`empty`/`full`, `task_done`/`join`, `shutdown(immediate)`,
the `_init`/`_qsize`/`_put`/`_get` hooks for subclasses, and `Queue[int]` generic aliases.

Vivarium has no threads, so nothing can change a queue while a call waits on it. Behaviour that
CPython shows (non-blocking calls, timeouts) is kept; the waits that would never end in CPython
end at once with an exception instead:

- `get()` on an empty queue with `timeout=None` raises `Empty` immediately (CPython would block
  forever); with a timeout it sleeps for the timeout, then raises `Empty`, as CPython does.
- `put()` on a full queue likewise raises `Full` immediately, or after the timeout.
- `join()` returns at once when every item has been marked with `task_done()`, and otherwise
  raises `RuntimeError` (CPython would block forever).

A negative timeout is a `ValueError`, exactly where CPython checks it.
"""

import heapq
import time
from collections import deque
from types import GenericAlias

__all__ = ['Empty', 'Full', 'ShutDown', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    """Raised by a get that finds the queue empty (get(block=False), get_nowait(), timeouts)."""


class Full(Exception):
    """Raised by a put that finds the queue full (put(block=False), put_nowait(), timeouts)."""


class ShutDown(Exception):
    """Raised by put() on a queue that was shut down, and by get() once it is also empty."""


def _check_timeout(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


def _wait_in_vain(timeout):
    # No other thread exists to make room or supply an item, so waiting can only end in failure;
    # a finite timeout is still honoured so that programs take as long as they do in CPython.
    if timeout:
        time.sleep(timeout)


class _Alias:
    """Stands in for types.GenericAlias where the runtime can't create one from Python code."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, _Alias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __repr__(self):
        return '%s[%s]' % (_type_repr(self.__origin__), ', '.join(_type_repr(a) for a in self.__args__))


def _type_repr(obj):
    # How GenericAlias shows its parts: builtins by bare name, other classes by dotted path.
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    return repr(obj)


def _class_getitem(cls, item):
    """`Queue[int]`: a generic alias, for type hints."""
    try:
        return GenericAlias(cls, item)
    except TypeError:
        return _Alias(cls, item)


class Queue:
    """A first-in, first-out queue holding at most `maxsize` items (no limit when <= 0)."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # Items put but not yet reported done with task_done(); join() waits for zero.
        self.unfinished_tasks = 0
        self.is_shutdown = False

    __class_getitem__ = classmethod(_class_getitem)

    # -- the storage, overridable by subclasses ------------------------------------------------

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    # -- the public interface ----------------------------------------------------------------

    def qsize(self):
        """The number of items in the queue."""
        return self._qsize()

    def empty(self):
        """True if the queue holds no items."""
        return not self._qsize()

    def full(self):
        """True if the queue has a maximum size and holds that many items."""
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Add `item` to the queue.

        When the queue is full: with block=False raise Full; with a timeout, raise Full after it
        has passed; with neither, raise Full at once (there is no thread that could make room).
        """
        if self.is_shutdown:
            raise ShutDown
        if self.maxsize > 0 and self._qsize() >= self.maxsize:
            if block:
                if timeout is not None:
                    _check_timeout(timeout)
                    _wait_in_vain(timeout)
            raise Full
        elif block and timeout is not None and self.maxsize > 0:
            # CPython validates the timeout of a bounded queue even when there is room.
            _check_timeout(timeout)
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        """Remove and return the next item.

        When the queue is empty: with block=False raise Empty; with a timeout, raise Empty after
        it has passed; with neither, raise Empty at once (no thread could ever put an item).
        A queue that was shut down raises ShutDown once it is empty.
        """
        if self.is_shutdown and not self._qsize():
            raise ShutDown
        if block and timeout is not None:
            _check_timeout(timeout)
        if not self._qsize():
            if block:
                _wait_in_vain(timeout)
            raise Empty
        return self._get()

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    def task_done(self):
        """Mark one item taken with get() as processed (for join())."""
        if self.unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1

    def join(self):
        """Return once every item put has been marked done with task_done().

        Without threads no one else can call task_done(), so if some items are unfinished this
        raises RuntimeError instead of blocking forever.
        """
        if self.unfinished_tasks:
            raise RuntimeError('join() would block forever: %d unfinished task(s) and no other '
                               'thread to call task_done()' % self.unfinished_tasks)

    def shutdown(self, immediate=False):
        """Refuse further puts; gets drain what is left, then raise ShutDown.

        With immediate=True the remaining items are discarded (each counting as done).
        """
        self.is_shutdown = True
        if immediate:
            while self._qsize():
                self._get()
                if self.unfinished_tasks > 0:
                    self.unfinished_tasks -= 1


class LifoQueue(Queue):
    """A last-in, first-out queue (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class PriorityQueue(Queue):
    """A queue that always hands out its smallest item first (items are often (priority, data))."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heapq.heappush(self.queue, item)

    def _get(self):
        return heapq.heappop(self.queue)


class SimpleQueue:
    """An unbounded first-in, first-out queue without task tracking."""

    def __init__(self):
        self._queue = deque()

    __class_getitem__ = classmethod(_class_getitem)

    def put(self, item, block=True, timeout=None):
        """Add `item`; never blocks (the arguments exist for compatibility with Queue)."""
        self._queue.append(item)

    def put_nowait(self, item):
        """put(item, block=False)."""
        self.put(item, block=False)

    def get(self, block=True, timeout=None):
        """Remove and return the oldest item; an empty queue raises Empty as Queue.get does."""
        if block and timeout is not None:
            _check_timeout(timeout)
        if not self._queue:
            if block:
                _wait_in_vain(timeout)
            raise Empty
        return self._queue.popleft()

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    def empty(self):
        """True if the queue holds no items."""
        return not self._queue

    def qsize(self):
        """The number of items in the queue."""
        return len(self._queue)
