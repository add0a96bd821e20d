"""Functions to run when the interpreter exits (CPython's `atexit`).

`viv` calls `_run_exitfuncs()` once the main program has finished (normally, by an uncaught
exception or by `sys.exit()`), if this module was imported. Functions run last registered first;
an exception in one is reported and the others still run.
"""

import sys

_callbacks = []


def register(func, *args, **kwargs):
    """Runs `func(*args, **kwargs)` at exit; returns `func`, so it works as a decorator."""
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    """Forgets every registration of `func` (compared with ==)."""
    _callbacks[:] = [entry for entry in _callbacks if entry[0] != func]


def _ncallbacks():
    return len(_callbacks)


def _clear():
    _callbacks.clear()


def _run_exitfuncs():
    """Runs and forgets the registered functions, last first. A SystemExit from one of them is
    re-raised once all have run (so it sets the exit status); other exceptions are reported."""
    exit_exc = None
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except SystemExit as e:
            exit_exc = e
        except BaseException as e:
            import traceback
            print(f'Exception ignored in atexit callback: {func!r}', file=sys.stderr)
            # The report starts at the callback: this function's own frame is not news.
            traceback.print_exception(e.with_traceback(e.__traceback__.tb_next), file=sys.stderr)
    if exit_exc is not None:
        raise exit_exc
