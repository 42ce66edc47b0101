"""Reply times and the other numbers in the reality-check report.

Definitions (also in docs/chat-analysis.md):

* A **run** is a maximal sequence of consecutive messages by one person. A **reply time** is
  the start of a run minus the end of the other person's previous run, so a burst of five
  messages waiting for an answer counts once, from its last message.
* A wait **spans the night** when at least 2½ hours of it fall between 01:00 and 06:00 local
  time, or when it lasts a day or more. Such replies are summarised separately: a night's
  sleep is not a slow reply.
* Quantiles use linear interpolation between the closest ranks (the common "type 7"
  definition): for sorted values v and q in [0, 1], position (n - 1)·q.
* In a group chat only the two chosen people's messages are used; the others are ignored.

Everything works on the Conversation's columns with C-level `map`/`compress` where a loop
would run a million times. All times are seconds; `wall` columns are local wall-clock time.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import compress, islice, repeat
from operator import add, eq, floordiv, ge, le, mod, sub

from . import fast
from .conversation import Conversation

NIGHT_START = 1 * 3600
NIGHT_END = 6 * 3600
NIGHT_MINIMUM = int(2.5 * 3600)
CONVERSATION_GAP = 6 * 3600
# Histogram bin edges in seconds, roughly doubling: an even spacing on a log time axis.
HISTOGRAM_EDGES = (
    0,
    60,
    2 * 60,
    5 * 60,
    10 * 60,
    20 * 60,
    40 * 60,
    90 * 60,
    3 * 3600,
    6 * 3600,
    12 * 3600,
    24 * 3600,
    2 * 86400,
    4 * 86400,
)
# Below this many messages a report takes well under a second: not worth a second process.
PARALLEL_MIN_MESSAGES = 200_000
# The one threshold for small samples, for the web report and analyze_chat alike: the report
# (presentation/report.py) shows no median, quartile, percentile or "usually" from fewer
# replies than this, and a silence is compared only with at least this many of theirs.
MIN_REPLIES = 5
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


@dataclass(frozen=True)
class Summary:
    """A distribution of durations (seconds). Quantiles are None when there are no values."""

    count: int
    median: float | None
    q1: float | None
    q3: float | None
    p90: float | None


@dataclass(frozen=True)
class Cell:
    """One hour-of-day × weekday cell: how many replies and their median (seconds)."""

    weekday: int  # Monday = 0
    hour: int
    count: int
    median: float | None


@dataclass(frozen=True)
class MonthValue:
    month: str  # "2024-03"
    count: int
    median: float | None


@dataclass(frozen=True)
class ReplyStats:
    """Reply times of one person to the other."""

    day: Summary  # replies whose wait did not span the night
    overnight: Summary  # replies whose wait spanned the night
    all: Summary
    histogram: tuple[int, ...]  # counts per HISTOGRAM_EDGES bin, all replies
    heatmap: tuple[Cell, ...]  # by local weekday and hour the wait started, all replies
    monthly: tuple[MonthValue, ...]  # by the local month the wait started, all replies


@dataclass(frozen=True)
class Silence:
    """The current wait for their answer to my last message, as of `now`."""

    seconds: int
    spans_night: bool
    compared_with: str  # "day", "overnight" or "all": which of their replies
    compared_count: int
    typical: float | None  # median of the compared replies
    percentile: float | None  # % of compared replies that came sooner than this
    longer_share: float | None  # fraction of compared replies that took longer
    summary: str


@dataclass(frozen=True)
class DoubleTexting:
    """Runs of two or more of one person's messages with no answer in between."""

    runs_2_plus: int
    runs_3_plus: int
    longest: int
    longest_started: int | None  # wall-clock seconds of the longest run's first message
    monthly: tuple[tuple[str, int, int], ...]  # (month, runs 2+, runs 3+)


@dataclass(frozen=True)
class Starters:
    """Who writes first after a gap of 6 hours or more (and the chat's first message)."""

    me: int
    them: int
    monthly: tuple[tuple[str, int, int], ...]  # (month, me, them)


@dataclass(frozen=True)
class Reassurance:
    """Reassurance-seeking phrases in my messages."""

    total: int
    messages: int  # my text messages containing at least one
    my_text_messages: int
    by_category: tuple[int, ...]
    monthly: tuple[tuple[str, int], ...]


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


# -- small pure helpers ---------------------------------------------------------------


def quantile(sorted_values: Sequence[float], q: float) -> float | None:
    """Linear-interpolation quantile of already sorted values (None if empty)."""
    n = len(sorted_values)
    if not n:
        return None
    position = (n - 1) * q
    low = int(position)
    high = min(low + 1, n - 1)
    fraction = position - low
    # Rounded to a millisecond so that worked examples compare exactly.
    return round(sorted_values[low] + (sorted_values[high] - sorted_values[low]) * fraction, 3)


def spans_night(start_wall: int, seconds: int) -> bool:
    """Whether a wait starting at local `start_wall` and lasting `seconds` spans the night."""
    if seconds >= 86400:
        return True
    if seconds < NIGHT_MINIMUM:
        return False
    end = start_wall + seconds
    midnight = start_wall - start_wall % 86400
    for day in (midnight, midnight + 86400):
        overlap = min(end, day + NIGHT_END) - max(start_wall, day + NIGHT_START)
        if overlap >= NIGHT_MINIMUM:
            return True
    return False


def month_of(wall: int) -> str:
    day = date.fromordinal(wall // 86400 + _EPOCH_ORDINAL)
    return f"{day.year:04d}-{day.month:02d}"


def months_between(first_wall: int, last_wall: int) -> list[str]:
    start = date.fromordinal(first_wall // 86400 + _EPOCH_ORDINAL)
    end = date.fromordinal(last_wall // 86400 + _EPOCH_ORDINAL)
    months = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append(f"{year:04d}-{month:02d}")
        month += 1
        if month == 13:
            year, month = year + 1, 1
    return months


class _MonthCache(dict):
    def __missing__(self, day: int) -> str:
        value = self[day] = month_of(day * 86400)
        return value


def months_for(walls: Sequence[int]) -> list[str]:
    """Month labels for many wall-clock times, computed once per distinct day."""
    cache = _MonthCache()
    return list(map(cache.__getitem__, map(floordiv, walls, repeat(86400))))


def format_duration(seconds: float) -> str:
    """A duration in words: "45 seconds", "12 minutes", "3 hours 20 minutes", "2 days"."""
    seconds = round(seconds)
    if seconds < 60:
        return _plural(seconds, "second")
    minutes = seconds // 60
    if minutes < 60:
        return _plural(minutes, "minute")
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        text = _plural(hours, "hour")
        return f"{text} {_plural(minutes, 'minute')}" if minutes and hours < 10 else text
    days, hours = divmod(hours, 24)
    text = _plural(days, "day")
    return f"{text} {_plural(hours, 'hour')}" if hours and days < 7 else text


def _plural(n: int, unit: str) -> str:
    return f"{n} {unit}" if n == 1 else f"{n} {unit}s"


def share_in_words(share: float) -> str:
    """0.2 -> "about 1 in 5"; 0.6 -> "about 6 in 10"."""
    if share <= 0:
        return "none"
    if share < 0.5:
        return f"about 1 in {max(2, round(1 / share))}"
    return f"about {round(share * 10)} in 10"


# -- the analysis -----------------------------------------------------------------------


class _Columns:
    """The conversation's columns restricted to me and them (all rows for two people)."""

    def __init__(self, conv: Conversation, me: int, them: int) -> None:
        if len(conv.participants) == 2:
            self.utc, self.wall, self.sender = conv.utc, conv.wall, conv.sender
            self.length, self.kind = conv.length, conv.kind
            self.rows = None
        else:
            pair = {me, them}
            rows = list(compress(range(len(conv.sender)), map(pair.__contains__, conv.sender)))
            self.rows = rows
            self.utc = list(map(conv.utc.__getitem__, rows))
            self.wall = list(map(conv.wall.__getitem__, rows))
            self.sender = list(map(conv.sender.__getitem__, rows))
            self.length = list(map(conv.length.__getitem__, rows))
            self.kind = bytes(map(conv.kind.__getitem__, rows))


def analyze(conv: Conversation, *, me: int, them: int, now: datetime, workers: int = 1) -> Metrics:
    """All report numbers for `me` and `them` (participant indices) as of aware `now`.

    `workers` > 1 lets a large chat's report use a second process (command line only; see
    `fast.fork_call()`). Raises ValueError when me and them are the same person or either sent
    nothing.
    """
    if me == them:
        raise ValueError("me and them must be different people")
    cols = _Columns(conv, me, them)
    senders = cols.sender
    n = len(senders)
    counts_me = senders.count(me)
    if not counts_me or counts_me == n:
        raise ValueError("both people must have sent messages")
    utc, wall = cols.utc, cols.wall
    # A new run starts wherever the sender changes; the previous run ended just before.
    changed = fast.changes(senders)
    changes = list(compress(range(1, n), changed))
    diffs = fast.differences(utc)  # time since the previous message
    gaps = list(compress(diffs, changed))
    starts = list(compress(wall, changed))  # when each wait started
    night = _night_flags(starts, gaps)
    # Only me and them are left in the columns, so runs alternate between us. Run k is mine
    # when k is even and I wrote first, or odd and they did; reply k starts run k + 1.
    me_first = senders[0] == me
    my_runs = slice(0 if me_first else 1, None, 2)
    their_runs = slice(1 if me_first else 0, None, 2)
    my_replies = slice(their_runs.start, None, 2)
    their_replies = slice(my_runs.start, None, 2)

    run_starts = [0, *changes]
    run_lengths = list(map(sub, [*changes, n], run_starts))
    # Rows that are photos, calls and the like: few, and excluded from lengths.
    not_text = list(compress(range(n), cols.kind))

    def second_half() -> tuple:
        # My replies and my double texting: about half of the report, and the half a
        # second process can compute.
        return (
            _reply_stats(gaps[my_replies], starts[my_replies], night[my_replies]),
            _double_texting(run_lengths[my_runs], run_starts[my_runs], wall),
        )

    pending = None
    if workers > 1 and n >= PARALLEL_MIN_MESSAGES:
        pending = fast.fork_call(second_half)
    their_gaps, their_night = gaps[their_replies], night[their_replies]
    silence, note = _silence(cols, me=me, now=now, gaps=their_gaps, night=their_night)
    their_stats = _reply_stats(their_gaps, starts[their_replies], their_night)
    double_texting_them = _double_texting(run_lengths[their_runs], run_starts[their_runs], wall)
    starters = _starters(cols, diffs, me=me, them=them)
    reassurance = _reassurance(conv, cols, not_text, me=me, messages=counts_me)
    my_stats, double_texting_me = pending.result() if pending else second_half()
    return Metrics(
        me=conv.participants[me],
        them=conv.participants[them],
        messages_me=counts_me,
        messages_them=n - counts_me,
        first_wall=wall[0],
        last_wall=wall[n - 1],
        their_replies=their_stats,
        my_replies=my_stats,
        silence=silence,
        silence_note=note,
        double_texting_me=double_texting_me,
        double_texting_them=double_texting_them,
        starters=starters,
        reassurance=reassurance,
    )


def _night_flags(starts: list[int], gaps: list[int]) -> list[bool]:
    flags = [False] * len(gaps)
    # Only waits of 2½ hours or more can span the night; they are a small minority.
    for i in compress(range(len(gaps)), map(ge, gaps, repeat(NIGHT_MINIMUM))):
        flags[i] = spans_night(starts[i], gaps[i])
    return flags


def _reply_stats(gaps: list[int], starts: list[int], night: list[bool]) -> ReplyStats:
    """Statistics of one person's replies: wait lengths, wall-clock starts, night flags."""
    ordered, day, overnight = fast.sort_split_by_flag(gaps, night)
    positions = [bisect_left(ordered, edge) for edge in HISTOGRAM_EDGES[1:]]
    # Weekday (Monday = 0) and hour of the wait's start as one number, 0..167: 1970-01-01
    # was a Thursday, so hour h since the epoch is hour (h + 72) % 168 of a Monday week.
    cells = map(mod, map(floordiv, map(add, starts, repeat(3 * 86400)), repeat(3600)), repeat(168))
    days = list(map(floordiv, starts, repeat(86400)))
    if all(map(le, days, islice(days, 1, None))):
        monthly = _monthly_medians_in_order(days, gaps)
    else:  # a clock change moved a wait back across midnight
        monthly = _monthly_medians(days, gaps)
    return ReplyStats(
        day=_summary_of_sorted(day),
        overnight=_summary_of_sorted(overnight),
        all=_summary_of_sorted(ordered),
        histogram=tuple(map(sub, [*positions, len(ordered)], [0, *positions])),
        heatmap=tuple(
            Cell(weekday=key // 24, hour=key % 24, count=count, median=median)
            for key, (count, median) in enumerate(_group_medians(cells, gaps, 7 * 24))
        ),
        monthly=monthly,
    )


def _group_medians(keys, values: list[int], groups: int) -> list[tuple[int, float | None]]:
    """(count, median) of `values` grouped by `keys` (ints in range(groups))."""
    return [
        (len(group), quantile(group, 0.5)) for group in fast.sorted_groups(keys, values, groups)
    ]


def _monthly_medians(days: list[int], gaps: list[int]) -> tuple[MonthValue, ...]:
    """Count and median of `gaps` by the local month of `days`, in any order."""
    months = list(map(_MonthIndexCache().__getitem__, days))
    first_month = min(months, default=0)
    month_count = max(months, default=0) - first_month + 1
    by_month = _group_medians(map(sub, months, repeat(first_month)), gaps, month_count)
    return tuple(
        MonthValue(month=_month_label(first_month + key), count=count, median=median)
        for key, (count, median) in enumerate(by_month)
        if count
    )


def _monthly_medians_in_order(days: list[int], gaps: list[int]) -> tuple[MonthValue, ...]:
    """The same as `_monthly_medians()` for `days` in increasing order: each month is then
    one slice, found by bisection and sorted on its own."""
    result = []
    start = 0
    while start < len(days):
        moment = date.fromordinal(days[start] + _EPOCH_ORDINAL)
        key = moment.year * 12 + moment.month - 1
        following = date(moment.year + moment.month // 12, moment.month % 12 + 1, 1)
        stop = bisect_left(days, following.toordinal() - _EPOCH_ORDINAL, start)
        group = sorted(gaps[start:stop])
        result.append(
            MonthValue(month=_month_label(key), count=len(group), median=quantile(group, 0.5))
        )
        start = stop
    return tuple(result)


def _summary_of_sorted(ordered: list[int]) -> Summary:
    return Summary(
        count=len(ordered),
        median=quantile(ordered, 0.5),
        q1=quantile(ordered, 0.25),
        q3=quantile(ordered, 0.75),
        p90=quantile(ordered, 0.9),
    )


class _MonthIndexCache(dict):
    """Local day number -> months since year 0 (year * 12 + month - 1)."""

    def __missing__(self, day: int) -> int:
        moment = date.fromordinal(day + _EPOCH_ORDINAL)
        value = self[day] = moment.year * 12 + moment.month - 1
        return value


def _month_label(key: int) -> str:
    return f"{key // 12:04d}-{key % 12 + 1:02d}"


def _silence(cols, *, me, now, gaps, night) -> tuple[Silence | None, str]:
    """The current silence, compared with their replies (`gaps`, `night`: theirs only)."""
    senders = cols.sender
    last = len(senders) - 1
    if senders[last] != me:
        return None, "They sent the last message, so there is no silence from them to measure."
    now_utc = int(now.timestamp())
    seconds = now_utc - cols.utc[last]
    if seconds < 0:
        return None, "The time given is before your last message."
    start_wall = cols.wall[last]
    overnight = spans_night(start_wall, seconds)
    their_gaps = list(gaps)  # sorted below; the caller's list stays in time order
    same_kind = list(compress(their_gaps, map(eq, night, repeat(overnight))))
    if len(same_kind) >= MIN_REPLIES:
        compared, label = same_kind, "overnight" if overnight else "day"
    else:
        compared, label = their_gaps, "all"
    compared.sort()
    if len(compared) < MIN_REPLIES:
        text = (
            f"It has been {format_duration(seconds)} since your last message; there are too "
            "few of their replies in this chat to say what is usual for them."
        )
        return Silence(seconds, overnight, label, len(compared), None, None, None, text), ""
    sooner = bisect_left(compared, seconds)
    longer = len(compared) - bisect_right(compared, seconds)
    percentile = 100.0 * sooner / len(compared)
    longer_share = longer / len(compared)
    typical = quantile(compared, 0.5)
    text = silence_sentence(
        seconds=seconds,
        typical=typical,
        longer=longer,
        total=len(compared),
        overnight=label == "overnight",
    )
    return (
        Silence(
            seconds=seconds,
            spans_night=overnight,
            compared_with=label,
            compared_count=len(compared),
            typical=typical,
            percentile=round(percentile, 1),
            longer_share=round(longer_share, 4),
            summary=text,
        ),
        "",
    )


def silence_sentence(
    *, seconds: int, typical: float, longer: int, total: int, overnight: bool
) -> str:
    """One calm sentence placing the current silence among their past replies.

    It says what the data shows and that it cannot say why: no reassurance that the reason
    has nothing to do with the person, and no reading of rejection either. A long silence
    gets a next step the person controls (shown beside it on the page)."""
    waited = format_duration(seconds)
    usual = format_duration(typical)
    kind = "overnight replies" if overnight else "replies"
    share = longer / total
    if share >= 0.1:
        return (
            f"It has been {waited} since your last message; they usually reply in about "
            f"{usual}, and {share_in_words(share)} of their {kind} took longer than this, so "
            "this is within their normal."
        )
    if longer:
        return (
            f"It has been {waited} since your last message, longer than most of their {kind} "
            f"(usually about {usual}), but {longer} of {total} took longer still, so it has "
            "happened before."
        )
    return (
        f"It has been {waited} since your last message, longer than any of their {total} "
        f"{kind} in this chat (usually about {usual}). That is unusual for them. The numbers "
        "cannot say why."
    )


def _double_texting(run_lengths: list[int], run_starts: list[int], wall) -> DoubleTexting:
    """One person's runs, given by their lengths and the index of their first message."""
    two_plus = list(map(ge, run_lengths, repeat(2)))
    multi_lengths = list(compress(run_lengths, two_plus))
    multi_walls = list(map(wall.__getitem__, compress(run_starts, two_plus)))
    months = months_for(multi_walls)
    per_month_2 = Counter(months)
    per_month_3 = Counter(compress(months, map(ge, multi_lengths, repeat(3))))
    longest = max(run_lengths, default=0)
    longest_started = multi_walls[multi_lengths.index(longest)] if longest >= 2 else None
    return DoubleTexting(
        runs_2_plus=len(multi_lengths),
        runs_3_plus=sum(per_month_3.values()),
        longest=longest,
        longest_started=longest_started,
        monthly=tuple((m, per_month_2[m], per_month_3[m]) for m in sorted(per_month_2)),
    )


def _starters(cols, diffs, *, me, them) -> Starters:
    n = len(cols.utc)
    starts = [0, *compress(range(1, n), map(ge, diffs, repeat(CONVERSATION_GAP)))]
    counts = {me: 0, them: 0}
    monthly: dict[str, list[int]] = {}
    for i in starts:
        who = cols.sender[i]
        counts[who] += 1
        entry = monthly.setdefault(month_of(cols.wall[i]), [0, 0])
        entry[0 if who == me else 1] += 1
    return Starters(
        me=counts[me],
        them=counts[them],
        monthly=tuple((m, v[0], v[1]) for m, v in sorted(monthly.items())),
    )


def _reassurance(conv: Conversation, cols, not_text, *, me: int, messages: int) -> Reassurance:
    mine = [(i, c) for i, c in conv.reassurance if conv.sender[i] == me]
    by_category = [0] * 6
    monthly: dict[str, int] = {}
    for i, category in mine:
        by_category[category] += 1
        month = month_of(conv.wall[i])
        monthly[month] = monthly.get(month, 0) + 1
    first, last = cols.wall[0], cols.wall[len(cols.wall) - 1]
    my_texts = messages - sum(1 for i in not_text if cols.sender[i] == me)
    return Reassurance(
        total=len(mine),
        messages=len({i for i, _ in mine}),
        my_text_messages=my_texts,
        by_category=tuple(by_category),
        monthly=tuple((m, monthly.get(m, 0)) for m in months_between(first, last)),
    )
