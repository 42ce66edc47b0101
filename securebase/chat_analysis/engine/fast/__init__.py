"""Every speed trick of the reality-check engine, behind plain functions.

The parsers and metrics work on columns of a million numbers, and a plain Python loop that
long costs seconds and a Python object per number. Each function here does the same work
as the short plain loop in its docstring, on numpy arrays (one machine number per message,
the loop in compiled code), or in a second process; `tests/test_fast.py` checks each one
against that plain loop with generated inputs (`tests/test_fast_phrases.py` for
`phrasescan`). Nothing outside this package imports numpy,
forks, touches the garbage collector, or decodes JSON with orjson. Callers use the names
below as `fast.<name>`; the modules only split the package by kind:

* `columns`: the Conversation's `array` columns as numpy arrays (runs, differences, sorts,
  groups, months).
* `jsonitems`: a Telegram export's messages decoded by orjson, many at once, where the
  document's indentation shows where they end.
* `phrasescan`: a regex of rare phrases tried only where numpy finds one of the literal
  beginnings every match has, not at every space.
* `processes`: `fork_call()`, one function run in a forked child (command line only), and
  `gc_paused()`, the cyclic garbage collector paused around a whole command-line run (a web
  request never switches it off).
"""

from .columns import (
    Column,
    add_per_run,
    bin_counts,
    change_points,
    column,
    count_below,
    count_equal,
    counts_by_key,
    differences,
    map_distinct,
    month_keys,
    positions,
    sort_split_by_flag,
    sorted_groups,
    spans_night_many,
    stable_order,
    to_array,
)
from .jsonitems import (
    BATCH_BYTES,
    batch_end,
    decode_items,
    item_closing,
    last_item_end,
    next_item_end,
)
from .phrasescan import rare_matches
from .processes import Forked, fork_call, gc_paused

__all__ = [
    "BATCH_BYTES",
    "Column",
    "Forked",
    "add_per_run",
    "batch_end",
    "bin_counts",
    "change_points",
    "column",
    "count_below",
    "count_equal",
    "counts_by_key",
    "decode_items",
    "differences",
    "fork_call",
    "gc_paused",
    "item_closing",
    "last_item_end",
    "map_distinct",
    "month_keys",
    "next_item_end",
    "positions",
    "rare_matches",
    "sort_split_by_flag",
    "sorted_groups",
    "spans_night_many",
    "stable_order",
    "to_array",
]
