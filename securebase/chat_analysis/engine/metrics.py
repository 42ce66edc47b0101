"""All report numbers for one conversation: `analyze()`.

Definitions (also in docs/chat-analysis.md):

* A **run** is a maximal sequence of consecutive messages by one person. A **reply time** is
  the start of a run minus the end of the other person's previous run, so a burst of five
  messages waiting for an answer counts once, from its last message.
* Night, quantiles and the rest of the reply statistics: `replies.py`; the current silence:
  `silence.py`; double texting, who starts and reassurance seeking: `habits.py`.
* In a group chat only the two chosen people's messages are used; the others are ignored.

The columns are handled whole through `fast` (numpy), never in a loop per message. All
times are seconds; `wall` columns are local wall-clock time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from . import fast
from .conversation import Conversation
from .habits import (
    CONVERSATION_GAP,
    DoubleTexting,
    Reassurance,
    Starters,
    double_texting,
    month_of,
    months_between,
    reassurance,
    starters,
)
from .replies import (
    HISTOGRAM_EDGES,
    MIN_REPLIES,
    NIGHT_END,
    NIGHT_MINIMUM,
    NIGHT_START,
    Cell,
    MonthValue,
    ReplyStats,
    Summary,
    night_flags,
    quantile,
    reply_stats,
    spans_night,
)
from .silence import Silence, current_silence, format_duration, share_in_words, silence_sentence

__all__ = [
    "CONVERSATION_GAP",
    "HISTOGRAM_EDGES",
    "MIN_REPLIES",
    "NIGHT_END",
    "NIGHT_MINIMUM",
    "NIGHT_START",
    "Cell",
    "DoubleTexting",
    "Metrics",
    "MonthValue",
    "Reassurance",
    "ReplyStats",
    "Silence",
    "Starters",
    "Summary",
    "analyze",
    "format_duration",
    "month_of",
    "months_between",
    "quantile",
    "share_in_words",
    "silence_sentence",
    "spans_night",
]

# Below this many messages the report takes a few milliseconds: not worth a second process.
PARALLEL_MIN_MESSAGES = 1_000_000


@dataclass(frozen=True)
class Metrics:
    me: str
    them: str
    messages_me: int
    messages_them: int
    first_wall: int
    last_wall: int
    their_replies: ReplyStats
    my_replies: ReplyStats
    silence: Silence | None
    silence_note: str
    double_texting_me: DoubleTexting
    double_texting_them: DoubleTexting
    starters: Starters
    reassurance: Reassurance


class _Columns:
    """The conversation's columns restricted to me and them (all rows for two people), as
    numpy arrays."""

    def __init__(self, conv: Conversation, me: int, them: int) -> None:
        self.utc = fast.column(conv.utc)
        self.wall = fast.column(conv.wall)
        self.sender = fast.column(conv.sender, "uint16")
        self.kind = fast.column(conv.kind, "uint8")
        if len(conv.participants) > 2:
            rows = fast.positions((self.sender == me) | (self.sender == them))
            self.utc, self.wall = self.utc[rows], self.wall[rows]
            self.sender, self.kind = self.sender[rows], self.kind[rows]


def analyze(conv: Conversation, *, me: int, them: int, now: datetime, workers: int = 1) -> Metrics:
    """All report numbers for `me` and `them` (participant indices) as of aware `now`.

    `workers` > 1 lets a large chat's report compute my half in a second process (command
    line only; see `fast.fork_call()`). Raises ValueError when me and them are the same
    person or either sent nothing.
    """
    if me == them:
        raise ValueError("me and them must be different people")
    cols = _Columns(conv, me, them)
    senders, utc, wall = cols.sender, cols.utc, cols.wall
    n = len(senders)
    counts_me = fast.count_equal(senders, me)
    if not counts_me or counts_me == n:
        raise ValueError("both people must have sent messages")
    # A new run starts wherever the sender changes; the previous run ended just before.
    changes = fast.change_points(senders)
    diffs = fast.differences(utc)  # time since the previous message
    gaps = diffs[changes - 1]
    starts = wall[changes - 1]  # when each wait started
    night = night_flags(starts, gaps)
    # Only me and them are left in the columns, so runs alternate between us. Run k is mine
    # when k is even and I wrote first, or odd and they did; reply k starts run k + 1.
    me_first = int(senders[0]) == me
    my_runs = slice(0 if me_first else 1, None, 2)
    their_runs = slice(1 if me_first else 0, None, 2)
    my_replies = slice(their_runs.start, None, 2)
    their_replies = slice(my_runs.start, None, 2)
    run_starts = fast.column([0, *changes.tolist()])
    run_lengths = fast.differences([*run_starts.tolist(), n])

    def my_half() -> tuple[ReplyStats, DoubleTexting]:
        return (
            reply_stats(gaps[my_replies], starts[my_replies], night[my_replies]),
            double_texting(run_lengths[my_runs], run_starts[my_runs], wall),
        )

    pending = None
    if workers > 1 and n >= PARALLEL_MIN_MESSAGES:
        pending = fast.fork_call(my_half)
    their_gaps, their_night = gaps[their_replies], night[their_replies]
    last = n - 1
    silence, note = current_silence(
        last_sender_is_me=int(senders[last]) == me,
        last_utc=int(utc[last]),
        last_wall=int(wall[last]),
        now=now,
        gaps=their_gaps,
        night=their_night,
    )
    # Photos, calls and the like have no text; reassurance counts my text messages.
    my_other_kinds = fast.count_equal((senders == me) & (cols.kind != 0), 1)
    my_stats, double_texting_me = pending.result() if pending else my_half()
    return Metrics(
        me=conv.participants[me],
        them=conv.participants[them],
        messages_me=counts_me,
        messages_them=n - counts_me,
        first_wall=int(wall[0]),
        last_wall=int(wall[last]),
        their_replies=reply_stats(their_gaps, starts[their_replies], their_night),
        my_replies=my_stats,
        silence=silence,
        silence_note=note,
        double_texting_me=double_texting_me,
        double_texting_them=double_texting(run_lengths[their_runs], run_starts[their_runs], wall),
        starters=starters(senders, wall, diffs, me=me, them=them),
        reassurance=reassurance(
            conv.reassurance,
            conv.sender,
            conv.wall,
            me=me,
            my_text_messages=counts_me - my_other_kinds,
            first_wall=int(wall[0]),
            last_wall=int(wall[last]),
        ),
    )
