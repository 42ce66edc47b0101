"""Computing one part of a large report in a second process (command line only).

After parsing, the report is plain CPU-bound Python on one core; on a machine with two or
more, a forked child can compute one half (my replies) while the parent computes the rest.
The child inherits the parent's memory, so nothing has to be sent to it; it sends back only
its small result. As with parallel parsing, only the command line does this: forking a
multi-threaded web server process is not safe.

If the child cannot be started or fails in any way, the parent computes the same part
itself, so the result never depends on whether the fork worked.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable
from typing import Any


class ForkedCall:
    """`function(*args)` started in a forked child; `result()` waits for it."""

    def __init__(self, function: Callable[..., Any], *args: Any) -> None:
        self.function = function
        self.args = args
        self.pid: int | None = None
        self.read_end = -1
        try:
            read_end, write_end = os.pipe()
        except OSError:
            return
        try:
            pid = os.fork()
        except OSError:
            os.close(read_end)
            os.close(write_end)
            return
        if pid == 0:
            self._run_child(read_end, write_end)
        os.close(write_end)
        self.pid, self.read_end = pid, read_end

    def _run_child(self, read_end: int, write_end: int) -> None:
        # Leave with os._exit() whatever happens, so that none of the parent's clean-up
        # code (atexit handlers, open files, a test runner) runs twice.
        status = 0
        try:
            os.close(read_end)
            value = self.function(*self.args)
            payload = pickle.dumps(("ok", value), protocol=pickle.HIGHEST_PROTOCOL)
        except BaseException:  # the parent computes the part itself
            payload = pickle.dumps(("failed", None))
            status = 1
        try:
            view = memoryview(payload)
            while view:
                view = view[os.write(write_end, view) :]
        finally:
            os._exit(status)

    def result(self) -> Any:
        """The child's result, or the function's, computed here if the child failed."""
        if self.pid is None:
            return self.function(*self.args)
        chunks = []
        try:
            while data := os.read(self.read_end, 1 << 20):
                chunks.append(data)
        except OSError:
            chunks = []
        finally:
            os.close(self.read_end)
            os.waitpid(self.pid, 0)
            self.pid = None
        try:
            # The bytes come from our own child process, never from outside.
            outcome = pickle.loads(b"".join(chunks))  # noqa: S301
        except Exception:  # a child that died before writing everything
            outcome = ("failed", None)
        if outcome[0] == "ok":
            return outcome[1]
        return self.function(*self.args)
