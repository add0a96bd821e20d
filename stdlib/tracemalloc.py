"""Tracing of memory allocations (CPython's `tracemalloc`), over the native `_tracemalloc`.

The native module records, while tracing is on, each live allocation's size and the frames that
made it; `_get_traces()` returns them as `(domain, size, traceback, total_nframe)` tuples with
`traceback` a tuple of `(filename, lineno)`, most recent frame first. This module groups them
into statistics by line, file or whole traceback, compares snapshots, filters traces by filename
patterns, and prints everything as CPython does (`app.py:18: size=2528 B, count=79,
average=32 B`). Snapshot.dump/load use a JSON file (CPython uses pickle).
"""

import _tracemalloc
import linecache
import posixpath
from fnmatch import fnmatch
from functools import total_ordering
from _collections_abc import Sequence, Iterable

__all__ = ['BaseFilter', 'DomainFilter', 'Filter', 'Frame', 'Snapshot', 'Statistic', 'StatisticDiff',
           'Trace', 'Traceback', 'clear_traces', 'get_object_traceback', 'get_traceback_limit',
           'get_traced_memory', 'get_tracemalloc_memory', 'is_tracing', 'reset_peak', 'start',
           'stop', 'take_snapshot']

start = _tracemalloc.start
stop = _tracemalloc.stop
is_tracing = _tracemalloc.is_tracing
get_traced_memory = _tracemalloc.get_traced_memory
clear_traces = _tracemalloc.clear_traces
get_traceback_limit = _tracemalloc.get_traceback_limit
_get_traces = _tracemalloc._get_traces
_get_object_traceback = _tracemalloc._get_object_traceback


def reset_peak():
    """Set the peak of traced memory to the current size."""
    _tracemalloc.reset_peak()


def get_tracemalloc_memory():
    """Memory used by the tracemalloc module itself to store traces, in bytes."""
    native = getattr(_tracemalloc, 'get_tracemalloc_memory', None)
    return native() if native is not None else 0


def _format_size(size, sign):
    # B below 10 KiB; then KiB, MiB, ... with one decimal under 100 and none above.
    for unit in ('B', 'KiB', 'MiB', 'GiB', 'TiB'):
        if abs(size) < 100 and unit != 'B':
            return ('%+.1f %s' if sign else '%.1f %s') % (size, unit)
        if abs(size) < 10 * 1024 or unit == 'TiB':
            return ('%+.0f %s' if sign else '%.0f %s') % (size, unit)
        size /= 1024


class Statistic:
    """Memory allocated at one place (a line, file or traceback): total size and block count."""

    __slots__ = ('traceback', 'size', 'count')

    def __init__(self, traceback, size, count):
        self.traceback = traceback
        self.size = size
        self.count = count

    def __hash__(self):
        return hash((self.traceback, self.size, self.count))

    def __eq__(self, other):
        if not isinstance(other, Statistic):
            return NotImplemented
        return self.traceback == other.traceback and self.size == other.size and self.count == other.count

    def __str__(self):
        text = '%s: size=%s, count=%i' % (self.traceback, _format_size(self.size, False), self.count)
        if self.count:
            text += ', average=%s' % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return '<Statistic traceback=%r size=%i count=%i>' % (self.traceback, self.size, self.count)

    def _sort_key(self):
        return (self.size, self.count, self.traceback)


class StatisticDiff:
    """The difference between two snapshots' statistics for one place."""

    __slots__ = ('traceback', 'size', 'size_diff', 'count', 'count_diff')

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback = traceback
        self.size = size
        self.size_diff = size_diff
        self.count = count
        self.count_diff = count_diff

    def __hash__(self):
        return hash((self.traceback, self.size, self.size_diff, self.count, self.count_diff))

    def __eq__(self, other):
        if not isinstance(other, StatisticDiff):
            return NotImplemented
        return (self.traceback == other.traceback and self.size == other.size
                and self.size_diff == other.size_diff and self.count == other.count
                and self.count_diff == other.count_diff)

    def __str__(self):
        text = '%s: size=%s (%s), count=%i (%+i)' % (
            self.traceback, _format_size(self.size, False), _format_size(self.size_diff, True),
            self.count, self.count_diff)
        if self.count:
            text += ', average=%s' % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return '<StatisticDiff traceback=%r size=%i (%+i) count=%i (%+i)>' % (
            self.traceback, self.size, self.size_diff, self.count, self.count_diff)

    def _sort_key(self):
        return (abs(self.size_diff), self.size, abs(self.count_diff), self.count, self.traceback)


def _compare_grouped_stats(old_group, new_group):
    statistics = []
    for traceback, stat in new_group.items():
        previous = old_group.pop(traceback, None)
        if previous is not None:
            diff = StatisticDiff(traceback, stat.size, stat.size - previous.size, stat.count,
                                 stat.count - previous.count)
        else:
            diff = StatisticDiff(traceback, stat.size, stat.size, stat.count, stat.count)
        statistics.append(diff)
    for traceback, stat in old_group.items():
        statistics.append(StatisticDiff(traceback, 0, -stat.size, 0, -stat.count))
    return statistics


@total_ordering
class Frame:
    """One frame of a traceback: filename and lineno."""

    __slots__ = ('_frame',)

    def __init__(self, frame):
        self._frame = frame

    @property
    def filename(self):
        return self._frame[0]

    @property
    def lineno(self):
        return self._frame[1]

    def __eq__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame == other._frame

    def __lt__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame < other._frame

    def __hash__(self):
        return hash(self._frame)

    def __str__(self):
        return '%s:%s' % (self.filename, self.lineno)

    def __repr__(self):
        return '<Frame filename=%r lineno=%r>' % (self.filename, self.lineno)


@total_ordering
class Traceback(Sequence):
    """The frames of an allocation, oldest first (the raw data is most recent first); str()
    is the most recent frame, 'file:line'."""

    __slots__ = ('_frames', '_total_nframe')

    def __init__(self, frames, total_nframe=None):
        self._frames = tuple(reversed(frames))
        self._total_nframe = total_nframe

    @property
    def total_nframe(self):
        return self._total_nframe

    def __len__(self):
        return len(self._frames)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(Frame(trace) for trace in self._frames[index])
        return Frame(self._frames[index])

    def __contains__(self, frame):
        return frame._frame in self._frames

    def __hash__(self):
        return hash(self._frames)

    def __eq__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames == other._frames

    def __lt__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames < other._frames

    def __str__(self):
        return str(self[0])

    def __repr__(self):
        text = '<Traceback %s' % (tuple(self),)
        if self._total_nframe is None:
            return text + '>'
        return text + ' total_nframe=%s>' % self.total_nframe

    def format(self, limit=None, most_recent_first=False):
        """Lines like a Python traceback: '  File "x.py", line 3' and the source line."""
        lines = []
        if limit is not None:
            frames = self[-limit:] if limit > 0 else self[:limit]
        else:
            frames = self
        if most_recent_first:
            frames = reversed(frames)
        for frame in frames:
            lines.append('  File "%s", line %s' % (frame.filename, frame.lineno))
            line = linecache.getline(frame.filename, frame.lineno).strip()
            if line:
                lines.append('    %s' % line)
        return lines


def get_object_traceback(obj):
    """The Traceback where obj was allocated, or None if tracing didn't see it."""
    frames = _get_object_traceback(obj)
    if frames is not None:
        return Traceback(frames)
    return None


class Trace:
    """One traced memory block: domain, size and traceback."""

    __slots__ = ('_trace',)

    def __init__(self, trace):
        self._trace = trace

    @property
    def domain(self):
        return self._trace[0]

    @property
    def size(self):
        return self._trace[1]

    @property
    def traceback(self):
        return Traceback(*self._trace[2:])

    def __eq__(self, other):
        if not isinstance(other, Trace):
            return NotImplemented
        return self._trace == other._trace

    def __hash__(self):
        return hash(self._trace)

    def __str__(self):
        return '%s: %s' % (self.traceback, _format_size(self.size, False))

    def __repr__(self):
        return '<Trace domain=%s size=%s, traceback=%r>' % (
            self.domain, _format_size(self.size, False), self.traceback)


class _Traces(Sequence):
    def __init__(self, traces):
        self._traces = traces

    def __len__(self):
        return len(self._traces)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(Trace(trace) for trace in self._traces[index])
        return Trace(self._traces[index])

    def __contains__(self, trace):
        return trace._trace in self._traces

    def __eq__(self, other):
        if not isinstance(other, _Traces):
            return NotImplemented
        return self._traces == other._traces

    def __repr__(self):
        return '<Traces len=%s>' % len(self)


def _normalize_filename(filename):
    filename = posixpath.normcase(filename)
    if filename.endswith('.pyc'):
        filename = filename[:-1]
    return filename


class BaseFilter:
    """Base class of Filter and DomainFilter: `inclusive` says whether matches are kept."""

    def __init__(self, inclusive):
        self.inclusive = inclusive

    def _match(self, trace):
        raise NotImplementedError


class Filter(BaseFilter):
    """Keep (inclusive) or drop traces whose most recent frame (or any frame, with all_frames)
    matches a filename pattern (fnmatch) and optionally a line number and domain."""

    def __init__(self, inclusive, filename_pattern, lineno=None, all_frames=False, domain=None):
        super().__init__(inclusive)
        self.inclusive = inclusive
        self._filename_pattern = _normalize_filename(filename_pattern)
        self.lineno = lineno
        self.all_frames = all_frames
        self.domain = domain

    @property
    def filename_pattern(self):
        return self._filename_pattern

    def _match_frame_impl(self, filename, lineno):
        filename = _normalize_filename(filename)
        if not fnmatch(filename, self._filename_pattern):
            return False
        if self.lineno is None:
            return True
        return lineno == self.lineno

    def _match_frame(self, filename, lineno):
        return self._match_frame_impl(filename, lineno) ^ (not self.inclusive)

    def _match_traceback(self, traceback):
        if self.all_frames:
            if any(self._match_frame_impl(filename, lineno) for filename, lineno in traceback):
                return self.inclusive
            return not self.inclusive
        filename, lineno = traceback[0]
        return self._match_frame(filename, lineno)

    def _match(self, trace):
        domain, size, traceback, total_nframe = trace
        result = self._match_traceback(traceback)
        if self.domain is not None:
            if self.inclusive:
                return result and domain == self.domain
            return result or domain != self.domain
        return result


class DomainFilter(BaseFilter):
    """Keep (inclusive) or drop the traces of one address-space domain."""

    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self._domain = domain

    @property
    def domain(self):
        return self._domain

    def _match(self, trace):
        domain, size, traceback, total_nframe = trace
        return (domain == self.domain) ^ (not self.inclusive)


class Snapshot:
    """The traces recorded at one moment (take_snapshot()), to group into statistics and
    compare with another snapshot."""

    def __init__(self, traces, traceback_limit):
        self.traces = _Traces(traces)
        self.traceback_limit = traceback_limit

    def dump(self, filename):
        """Write the snapshot to a file (JSON; Snapshot.load reads it back)."""
        import json
        data = {'traceback_limit': self.traceback_limit,
                'traces': [[d, s, [list(f) for f in tb], n] for d, s, tb, n in self.traces._traces]}
        with open(filename, 'w') as fp:
            fp.write(json.dumps(data))

    @staticmethod
    def load(filename):
        """Read a snapshot written by dump()."""
        import json
        with open(filename) as fp:
            data = json.loads(fp.read())
        traces = [(d, s, tuple((f[0], f[1]) for f in tb), n) for d, s, tb, n in data['traces']]
        return Snapshot(traces, data['traceback_limit'])

    def _filter_trace(self, include_filters, exclude_filters, trace):
        if include_filters and not any(f._match(trace) for f in include_filters):
            return False
        if exclude_filters and any(not f._match(trace) for f in exclude_filters):
            return False
        return True

    def filter_traces(self, filters):
        """A new Snapshot with the traces the filters keep (a copy if filters is empty)."""
        if not isinstance(filters, Iterable):
            raise TypeError('filters must be a list of filters, not %s' % type(filters).__name__)
        if filters:
            include_filters = [f for f in filters if f.inclusive]
            exclude_filters = [f for f in filters if not f.inclusive]
            new_traces = [trace for trace in self.traces._traces
                          if self._filter_trace(include_filters, exclude_filters, trace)]
        else:
            new_traces = list(self.traces._traces)
        return Snapshot(new_traces, self.traceback_limit)

    def _group_by(self, key_type, cumulative):
        if key_type not in ('traceback', 'filename', 'lineno'):
            raise ValueError('unknown key_type: %r' % (key_type,))
        if cumulative and key_type not in ('lineno', 'filename'):
            raise ValueError('cumulative mode cannot by used with key type %r' % key_type)
        stats = {}
        tracebacks = {}

        def add(key, frames, size):
            traceback = tracebacks.get(key)
            if traceback is None:
                traceback = tracebacks[key] = Traceback(frames)
            stat = stats.get(traceback)
            if stat is None:
                stats[traceback] = Statistic(traceback, size, 1)
            else:
                stat.size += size
                stat.count += 1

        for domain, size, trace_traceback, total_nframe in self.traces._traces:
            if not cumulative:
                if key_type == 'traceback':
                    frames = trace_traceback
                elif key_type == 'lineno':
                    frames = trace_traceback[:1]
                else:
                    frames = ((trace_traceback[0][0], 0),)
                add(trace_traceback, frames, size)
            else:
                # Every frame of the traceback gets the allocation.
                for frame in trace_traceback:
                    frames = (frame,) if key_type == 'lineno' else ((frame[0], 0),)
                    add(frame, frames, size)
        return stats

    def statistics(self, key_type, cumulative=False):
        """Statistics grouped by 'lineno', 'filename' or 'traceback', biggest first."""
        statistics = list(self._group_by(key_type, cumulative).values())
        statistics.sort(reverse=True, key=Statistic._sort_key)
        return statistics

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        """StatisticDiffs between old_snapshot and this one, biggest change first."""
        new_group = self._group_by(key_type, cumulative)
        old_group = old_snapshot._group_by(key_type, cumulative)
        statistics = _compare_grouped_stats(old_group, new_group)
        statistics.sort(reverse=True, key=StatisticDiff._sort_key)
        return statistics


def take_snapshot():
    """A Snapshot of the current traces; tracing must be on."""
    if not is_tracing():
        raise RuntimeError('the tracemalloc module must be tracing memory allocations to take a snapshot')
    return Snapshot(_get_traces(), get_traceback_limit())
