"""Plain sentences about a person's own practice, each with the numbers behind it.

A sentence is only offered when there is enough data for it not to mislead; below the
minimums the trends page shows the charts and tables alone. Sentences describe, never
diagnose or judge, and a difference too small to matter is not turned into a claim.

Sentences say what was observed, never what caused it. A person's own ratings are not an
experiment: the days and pauses being compared differ in many ways besides the one named. So
"on pauses where you used X, your anxiety was on average N points lower afterwards", never
"X lowered your anxiety". Every comparison needs its minimum count on each side and a
difference of at least ``MIN_NOTABLE_DIFFERENCE``.

Pure module: no Django import.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from securebase.checkins import vocabulary
from securebase.checkins.stats import Day
from securebase.core.numbers import mean, percent, round1

if TYPE_CHECKING:
    from securebase.pause.summary import PauseSummary

# Minimums. A trigger comparison needs enough days on both sides for one odd day not to
# carry it; a window comparison needs about a check-in every four days in each window.
MIN_DAYS_EACH_SIDE = 5
# The smallest difference in average anxiety (points on the 0-10 scale) that any sentence
# reports as a difference; anything smaller is "about the same" or not mentioned.
MIN_NOTABLE_DIFFERENCE = Decimal("0.5")
WINDOW_DAYS = 28
MIN_DAYS_PER_WINDOW = 7
MIN_MARKS_PER_WINDOW = 5
MIN_RATED_PAUSES = 5
MIN_DECIDED_PAUSES = 5
MIN_RATED_PER_EXERCISE = 3


@dataclass(frozen=True)
class Evidence:
    label: str
    value: str


@dataclass(frozen=True)
class Insight:
    key: str
    text: str
    evidence: tuple[Evidence, ...]


def practice_insights(
    days: Mapping[date, Day], pause: PauseSummary | None, *, today: date
) -> tuple[Insight, ...]:
    """Every sentence the data supports, most general first.

    ``days`` are one person's check-in days in their time zone; ``today`` is their local
    date (the recent windows end on it). ``pause`` is None when the pause tool is not installed.
    """
    found: list[Insight | None] = [anxiety_change(days, today=today)]
    found.extend(trigger_differences(days))
    found.append(resisted_share_change(days, today=today))
    if pause is not None:
        found.append(pause_anxiety_drop(pause))
        found.append(urges_waited_out(pause))
        found.append(largest_exercise_drop(pause))
    return tuple(insight for insight in found if insight is not None)


def _fmt(value: Decimal) -> str:
    return f"{value:.1f}"


def _window(days: Mapping[date, Day], first: date, last: date) -> list[Day]:
    # Looked up date by date: the cost follows the window, not the length of the history.
    found = (days.get(first + timedelta(days=n)) for n in range((last - first).days + 1))
    return [day for day in found if day is not None]


def anxiety_change(days: Mapping[date, Day], *, today: date) -> Insight | None:
    """Average anxiety over the last four weeks against the four weeks before."""
    recent_start = today - timedelta(days=WINDOW_DAYS - 1)
    earlier_start = recent_start - timedelta(days=WINDOW_DAYS)
    recent = _window(days, recent_start, today)
    earlier = _window(days, earlier_start, recent_start - timedelta(days=1))
    if len(recent) < MIN_DAYS_PER_WINDOW or len(earlier) < MIN_DAYS_PER_WINDOW:
        return None
    now_avg = round1(mean(d.mean for d in recent))
    before_avg = round1(mean(d.mean for d in earlier))
    change = now_avg - before_avg
    if change == 0:
        tail = "the same as in the four weeks before"
    elif abs(change) < MIN_NOTABLE_DIFFERENCE:
        tail = f"about the same as in the four weeks before ({_fmt(before_avg)})"
    else:
        direction = "lower" if change < 0 else "higher"
        tail = f"{_fmt(abs(change))} points {direction} than in the four weeks before"
    return Insight(
        key="anxiety-change",
        text=f"Over the last four weeks your anxiety averaged {_fmt(now_avg)}, {tail}.",
        evidence=(
            Evidence("Days with a check-in, last four weeks", str(len(recent))),
            Evidence("Average anxiety, last four weeks", _fmt(now_avg)),
            Evidence("Days with a check-in, the four weeks before", str(len(earlier))),
            Evidence("Average anxiety, the four weeks before", _fmt(before_avg)),
        ),
    )


def trigger_differences(days: Mapping[date, Day]) -> list[Insight]:
    """For each trigger: average anxiety on days it was noted against days it was not.

    Only triggers with enough days on both sides and a difference of at least half a point;
    largest difference first.
    """
    found: list[tuple[Decimal, int, Insight]] = []
    seen = {key for day in days.values() for key in day.triggers}
    order = {t.key: i for i, t in enumerate(vocabulary.TRIGGERS)}
    for key in seen:
        with_it = [d.mean for d in days.values() if key in d.triggers]
        without = [d.mean for d in days.values() if key not in d.triggers]
        if len(with_it) < MIN_DAYS_EACH_SIDE or len(without) < MIN_DAYS_EACH_SIDE:
            continue
        avg_with, avg_without = round1(mean(with_it)), round1(mean(without))
        difference = avg_with - avg_without
        if abs(difference) < MIN_NOTABLE_DIFFERENCE:
            continue
        term = vocabulary.term_for("trigger", key)
        direction = "higher" if difference > 0 else "lower"
        insight = Insight(
            key=f"trigger-{key}",
            text=(
                f"On days you noted {term.phrase}, your anxiety averaged "
                f"{_fmt(abs(difference))} points {direction} than on other days."
            ),
            evidence=(
                Evidence(f"Days with “{term.label}”", str(len(with_it))),
                Evidence("Average anxiety on those days", _fmt(avg_with)),
                Evidence("Other days with a check-in", str(len(without))),
                Evidence("Average anxiety on other days", _fmt(avg_without)),
            ),
        )
        found.append((abs(difference), order.get(key, len(order)), insight))
    found.sort(key=lambda item: (-item[0], item[1]))
    return [insight for _, _, insight in found]


def resisted_share_change(days: Mapping[date, Day], *, today: date) -> Insight | None:
    """Share of noticed protest behaviors that were resisted: last four weeks against before."""
    recent_start = today - timedelta(days=WINDOW_DAYS - 1)
    earlier_start = recent_start - timedelta(days=WINDOW_DAYS)
    recent = _window(days, recent_start, today)
    earlier = _window(days, earlier_start, recent_start - timedelta(days=1))
    r_resisted = sum(len(d.resisted) for d in recent)
    r_total = r_resisted + sum(len(d.acted) for d in recent)
    e_resisted = sum(len(d.resisted) for d in earlier)
    e_total = e_resisted + sum(len(d.acted) for d in earlier)
    if r_total < MIN_MARKS_PER_WINDOW or e_total < MIN_MARKS_PER_WINDOW:
        return None
    now_pct, before_pct = percent(r_resisted, r_total), percent(e_resisted, e_total)
    if now_pct == before_pct:
        comparison = "the same share as in the four weeks before"
    else:
        comparison = f"{'up' if now_pct > before_pct else 'down'} from {before_pct}% before"
    return Insight(
        key="resisted-share",
        text=(
            f"In the last four weeks you resisted {r_resisted} of the {r_total} protest "
            f"behaviors you noticed ({now_pct}%), {comparison}."
        ),
        evidence=(
            Evidence("Resisted, last four weeks", str(r_resisted)),
            Evidence("Acted on, last four weeks", str(r_total - r_resisted)),
            Evidence("Resisted, the four weeks before", str(e_resisted)),
            Evidence("Acted on, the four weeks before", str(e_total - e_resisted)),
        ),
    )


def pause_anxiety_drop(pause: PauseSummary) -> Insight | None:
    """How anxiety changed across a pause, on average, once enough pauses were rated."""
    if pause.rated < MIN_RATED_PAUSES:
        return None
    before = Decimal(str(pause.mean_anxiety_before))
    after = Decimal(str(pause.mean_anxiety_after))
    drop = before - after
    if abs(drop) < MIN_NOTABLE_DIFFERENCE:
        text = "On average your anxiety was about the same before and after a pause."
    elif drop > 0:
        text = f"After a pause, your anxiety was {_fmt(drop)} points lower on average."
    else:
        text = (
            f"After a pause, your anxiety was {_fmt(-drop)} points higher on average. "
            "Some urges need more than one pause, and that is all right."
        )
    return Insight(
        key="pause-drop",
        text=text,
        evidence=(
            Evidence("Pauses rated before and after", str(pause.rated)),
            Evidence("Average anxiety before", _fmt(before)),
            Evidence("Average anxiety after", _fmt(after)),
        ),
    )


def urges_waited_out(pause: PauseSummary) -> Insight | None:
    """How many of the urges a person paused for they waited out."""
    if pause.decided < MIN_DECIDED_PAUSES:
        return None
    return Insight(
        key="waited-out",
        text=(
            f"You waited out {pause.waited} of the {pause.decided} urges you paused for "
            f"({pause.waited_percent}%)."
        ),
        evidence=(
            Evidence("Waited", str(pause.waited)),
            Evidence("Chose something else", str(pause.other)),
            Evidence("Sent it anyway", str(pause.sent)),
        ),
    )


def largest_exercise_drop(pause: PauseSummary) -> Insight | None:
    """The exercise after which anxiety was, on average, clearly lowest relative to before.

    Among exercises rated before and after at least ``MIN_RATED_PER_EXERCISE`` times, and only
    when its average drop is at least ``MIN_NOTABLE_DIFFERENCE`` and larger than the next one's
    by at least as much. Worded as what was observed, not as what the exercise did.
    """
    tried = [e for e in pause.by_exercise if e.rated >= MIN_RATED_PER_EXERCISE]
    if len(tried) < 2:
        return None
    tried.sort(key=lambda e: Decimal(str(e.mean_drop)), reverse=True)
    best, runner_up = tried[0], tried[1]
    best_drop = Decimal(str(best.mean_drop))
    margin = best_drop - Decimal(str(runner_up.mean_drop))
    if best_drop < MIN_NOTABLE_DIFFERENCE or margin < MIN_NOTABLE_DIFFERENCE:
        return None
    return Insight(
        key="largest-exercise-drop",
        text=(
            f"On the {best.rated} pauses where you used {best.phrase}, your anxiety was on "
            f"average {_fmt(best_drop)} points lower afterwards than before: "
            f"{_fmt(margin)} points more of a drop than with {runner_up.phrase}, the next "
            "largest. Other things may have differed between those pauses, so this shows "
            "what went together, not what worked."
        ),
        evidence=tuple(
            Evidence(
                f"{e.label} ({e.rated} rated)",
                f"{_fmt(Decimal(str(e.mean_before)))} → {_fmt(Decimal(str(e.mean_after)))}",
            )
            for e in tried
        ),
    )
