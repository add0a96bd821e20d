"""Utilities for `with` statements (CPython's `contextlib`), without the async variants.

`contextmanager` turns a generator into a context manager: the code before `yield` is
`__enter__`, the code after is `__exit__`, and an exception in the `with` body is thrown into the
generator at the `yield`. The rules for what the generator may do (yield exactly once, swallow or
re-raise the exception) and the errors for breaking them are CPython's.
"""

import builtins
import sys
from abc import ABC, abstractmethod
from functools import wraps
from _collections_abc import _check_methods

__all__ = ['contextmanager', 'closing', 'nullcontext', 'AbstractContextManager', 'ContextDecorator',
           'ExitStack', 'redirect_stdout', 'redirect_stderr', 'suppress', 'chdir']

_BaseExceptionGroup = getattr(builtins, 'BaseExceptionGroup', None)


class AbstractContextManager(ABC):
    """An ABC for classes with __enter__ (which returns self by default) and __exit__."""

    __slots__ = ()

    def __enter__(self):
        return self

    @abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _check_methods(C, '__enter__', '__exit__')
        return NotImplemented

    def __class_getitem__(cls, item):
        return cls


class ContextDecorator:
    """A base class that lets a context manager also be used as a function decorator: the
    decorated function runs inside `with self._recreate_cm():`."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


def _set_traceback(exc, traceback):
    try:
        exc.__traceback__ = traceback
    except (AttributeError, TypeError):
        pass


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """The context manager @contextmanager returns."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, '__doc__', None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # Each use as a decorator needs a fresh generator.
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        # The arguments are only needed to recreate the manager; drop them now.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                self.gen.close()
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # The generator swallowed the exception (returning normally): suppress it, unless
            # the StopIteration is the very exception the body raised.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                _set_traceback(exc, traceback)
                return False
            # A StopIteration from the body, turned into RuntimeError by the generator machinery.
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                _set_traceback(value, traceback)
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            _set_traceback(exc, traceback)
            return False
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


def contextmanager(func):
    """Decorator turning a generator function into a context manager factory:

        @contextmanager
        def opened(path):
            f = open(path)
            try:
                yield f
            finally:
                f.close()
    """
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """closing(thing): calls thing.close() when the block ends; `as` gives thing."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    """A context manager that does nothing; `as` gives enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Send sys.stdout to another file-like object for the duration of the block."""
    _stream = 'stdout'


class redirect_stderr(_RedirectStream):
    """Send sys.stderr to another file-like object for the duration of the block."""
    _stream = 'stderr'


class suppress(AbstractContextManager):
    """suppress(*exceptions): swallow the listed exceptions raised in the block."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return
        if issubclass(exctype, self._exceptions):
            return True
        if _BaseExceptionGroup is not None and issubclass(exctype, _BaseExceptionGroup):
            match, rest = excinst.split(self._exceptions)
            if rest is None:
                return True
            raise rest
        return False


class chdir(AbstractContextManager):
    """Change the working directory for the duration of the block (needs os.chdir)."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


def _current_exception():
    getter = getattr(sys, 'exception', None)
    if getter is not None:
        return getter()
    getter = getattr(sys, 'exc_info', None)
    if getter is not None:
        return getter()[1]
    return None


class ExitStack(AbstractContextManager):
    """A stack of exit callbacks and context managers, unwound (last in, first out) when the
    `with` block ends or close() is called; an exception one callback raises is seen by the
    next, and a callback returning true suppresses the exception."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Move every callback to a new ExitStack and return it; this one becomes empty."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Add an exit callback with __exit__'s signature, or an object with __exit__."""
        exit_method = getattr(type(exit), '__exit__', None)
        if exit_method is None:
            self._exit_callbacks.append(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enter a context manager and push its __exit__; return what __enter__ returned."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError("'%s.%s' object does not support the context manager protocol"
                            % (cls.__module__, cls.__qualname__)) from None
        result = enter(cm)
        self._push_cm_exit(cm, exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run at unwinding (it can't suppress exceptions)."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append(_exit_wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        def _exit_wrapper(exc_type, exc, tb):
            return cm_exit(cm, exc_type, exc, tb)
        _exit_wrapper.__self__ = cm
        self._exit_callbacks.append(_exit_wrapper)

    def close(self):
        """Unwind the stack now."""
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        exc = exc_details[1]
        received_exc = exc is not None
        # The exception being handled around the with statement, where the chain must stop.
        frame_exc = _current_exception()

        def fix_context(new_exc, old_exc):
            # Make new_exc's context chain end at old_exc, not at frame_exc.
            while True:
                context = new_exc.__context__
                if context is None or context is old_exc:
                    return
                if context is frame_exc:
                    break
                new_exc = context
            new_exc.__context__ = old_exc

        suppressed = False
        pending_raise = False
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            try:
                if exc is None:
                    details = (None, None, None)
                else:
                    details = (type(exc), exc, exc.__traceback__)
                if cb(*details):
                    suppressed = True
                    pending_raise = False
                    exc = None
            except BaseException as new_exc:
                fix_context(new_exc, exc)
                pending_raise = True
                exc = new_exc
        if pending_raise:
            fixed_context = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = fixed_context
                raise
        return received_exc and suppressed
