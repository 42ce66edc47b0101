"""Pausing Python's cyclic garbage collector while a chat is analysed.

Parsing and the report build a few lists with hundreds of thousands of numbers and create no
reference cycles. The cyclic collector would still walk every element of those lists each
time it runs, which costs seconds on a large chat; reference counting frees everything anyway.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Disable the cyclic collector inside the block (re-enabled after, if it was on)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
