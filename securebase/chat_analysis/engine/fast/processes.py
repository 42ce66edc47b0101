"""A function run in a forked child process (`fork_call()`), and the garbage collector
paused around a whole command-line run (`gc_paused()`). Command line only: a web request
never forks and never switches the collector off."""

from __future__ import annotations

import gc
import os
import pickle
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import Any


class Forked:
    """`function(*args)` running in a forked child; `result()` waits for its value."""

    def __init__(self, function: Callable[..., Any], args: tuple) -> None:
        self.function, self.args = function, args
        self.pid: int | None = None
        self.read_end = -1

    def start(self) -> Forked:
        try:
            read_end, write_end = os.pipe()
        except OSError:
            return self
        # A larger pipe (Linux) lets the child hand over a result of megabytes with fewer
        # switches between the two processes.
        with suppress(ImportError, OSError, AttributeError):
            import fcntl

            fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, 1 << 20)
        try:
            pid = os.fork()
        except OSError:
            os.close(read_end)
            os.close(write_end)
            return self
        if pid == 0:  # the child never returns from here
            os.close(read_end)
            self._run_child(write_end)
        os.close(write_end)
        self.pid, self.read_end = pid, read_end
        return self

    def _run_child(self, write_end: int) -> None:
        # Leave with os._exit() whatever happens, so that none of the parent's clean-up
        # (atexit handlers, open files, a test runner) runs twice.
        status = 0
        try:
            payload = pickle.dumps(
                ("ok", self.function(*self.args)), protocol=pickle.HIGHEST_PROTOCOL
            )
        except BaseException:  # the parent does the work itself
            payload, status = pickle.dumps(("failed", None)), 1
        try:
            view = memoryview(payload)
            while view:
                view = view[os.write(write_end, view) :]
        finally:
            os._exit(status)

    def result(self) -> Any:
        """The child's value; if there is no child or it failed, the function's value
        computed here (so the outcome never depends on whether the fork worked)."""
        if self.pid is None:
            return self.function(*self.args)
        chunks = []
        try:
            while data := os.read(self.read_end, 1 << 20):
                chunks.append(data)
        except OSError:
            chunks = []
        finally:
            self._reap()
        try:
            # The bytes come from our own child process, never from outside.
            outcome = pickle.loads(b"".join(chunks))  # noqa: S301
        except Exception:  # a child that died before writing everything
            outcome = ("failed", None)
        if outcome[0] == "ok":
            return outcome[1]
        return self.function(*self.args)

    def cancel(self) -> None:
        """Stop the child, if it is still running, and forget it."""
        if self.pid is not None:
            with suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
            self._reap()

    def _reap(self) -> None:
        with suppress(OSError):
            os.close(self.read_end)
        with suppress(ChildProcessError):
            os.waitpid(self.pid, 0)
        self.pid = None


def fork_call(function: Callable[..., Any], *args: Any) -> Forked:
    """Start `function(*args)` in a forked child and return at once; `.result()` gives its
    value, computed in this process instead if the child could not start or failed.

    The child inherits this process's memory, so nothing is sent to it, and sends back only
    its (picklable) result. Command line only: forking a multi-threaded web server process
    is not safe.
    """
    return Forked(function, args).start()


# -- the garbage collector ------------------------------------------------------------------


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector off inside the block (back on after, if it was on).

    Parsing builds lists of hundreds of thousands of small objects and no reference cycles;
    the collector would still walk them every time it runs. Reference counting frees
    everything anyway. Command line only: a web server's other threads and requests must
    keep their collector.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
