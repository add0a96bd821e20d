"""Timing small pieces of code (CPython's `timeit`).

Supported: `default_timer` (`time.perf_counter`), `Timer(stmt, setup, timer, globals)` with
`timeit`, `repeat`, `autorange` and `print_exc`, and the module-level `timeit()` and `repeat()`.
`stmt` and `setup` may be strings or callables (or a mix). As in CPython, string statements are
compiled once into a function whose loop runs the statement `number` times, so only the statement
itself (plus the loop) is timed; they see `globals` (this module's namespace when omitted) and the
setup's local names. The garbage collector is switched off while timing and switched back on
afterwards if it was on. The command-line interface (`python -m timeit`, `main()`) is not provided.
"""

import gc
import itertools
import time

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

default_timer = time.perf_counter
default_number = 1000000
default_repeat = 5

# The file name given to compiled statements, so tracebacks (and print_exc) can show their lines.
_SOURCE_NAME = '<timeit-src>'

# The timing function. `{setup}` and `{stmt}` are replaced by the (indented) code; a callable
# stmt/setup is reached through the `_stmt`/`_setup` parameters instead. The loop variable is
# unused; iterating over itertools.repeat(None, number) is the cheapest loop there is.
_TEMPLATE = '''
def inner(_it, _timer{params}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
'''


def _indent(code, spaces):
    # Continuation lines of a multi-line statement must line up with the first one.
    return code.replace('\n', '\n' + ' ' * spaces)


class Timer:
    """Times how long `stmt` takes to run, after `setup` has run once per timing."""

    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _module_globals() if globals is None else globals
        params = ''
        if isinstance(setup, str):
            # Compile on its own first so a syntax error points at the setup, not the template.
            compile(setup, _SOURCE_NAME, 'exec')
            setup_code = _indent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            params += ', _setup=_setup'
            setup_code = '_setup()'
        else:
            raise ValueError('setup is neither a string nor callable')
        if isinstance(stmt, str):
            # Checked alone too: inside the template, a `return` or `yield` would be accepted
            # and silently change what is timed.
            compile(stmt, _SOURCE_NAME, 'exec')
            stmt_code = _indent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            params += ', _stmt=_stmt'
            stmt_code = '_stmt()'
        else:
            raise ValueError('stmt is neither a string nor callable')
        source = _TEMPLATE.format(stmt=stmt_code, setup=setup_code, params=params)
        self.src = source
        code = compile(source, _SOURCE_NAME, 'exec')
        exec(code, global_ns, local_ns)
        self.inner = local_ns['inner']

    def print_exc(self, file=None):
        """Print the traceback of the exception being handled, showing the timed code's lines.

        Use it as `except: t.print_exc()`. The compiled source is registered with linecache so
        the traceback can quote the lines of `stmt` and `setup`.
        """
        import linecache
        import traceback
        if self.src is not None:
            linecache.cache[_SOURCE_NAME] = (len(self.src), None, self.src.split('\n'), _SOURCE_NAME)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds (a float) taken to run the statement `number` times, setup excluded."""
        it = itertools.repeat(None, number)
        gc_was_on = gc.isenabled()
        # Collections would add noise that belongs to no particular statement.
        gc.disable()
        try:
            timing = self.inner(it, self.timer)
        finally:
            if gc_was_on:
                gc.enable()
        return timing

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` results of timeit(number); the minimum is the meaningful one."""
        results = []
        for _ in range(repeat):
            results.append(self.timeit(number))
        return results

    def autorange(self, callback=None):
        """Find a loop count (1, 2, 5, 10, 20, 50, ...) that takes at least 0.2 seconds.

        Returns (number, time_taken); `callback(number, time_taken)` is called after each try.
        """
        scale = 1
        while True:
            for step in (1, 2, 5):
                number = scale * step
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            scale *= 10


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


def _module_globals():
    # Statements timed without explicit globals run in this module's namespace, as in CPython.
    return globals()
