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
from securebase.core.wording import gettext

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


def recent_and_earlier(days: Mapping[date, Day], *, today: date) -> tuple[list[Day], list[Day]]:
    """The days with a check-in in the last ``WINDOW_DAYS`` up to ``today`` (a local date) and
    in the ``WINDOW_DAYS`` before them, each oldest first: what a "last four weeks against the
    four before" sentence compares."""
    recent_start = today - timedelta(days=WINDOW_DAYS - 1)
    earlier_start = recent_start - timedelta(days=WINDOW_DAYS)
    recent = _window(days, recent_start, today)
    return recent, _window(days, earlier_start, recent_start - timedelta(days=1))


def anxiety_change(days: Mapping[date, Day], *, today: date) -> Insight | None:
    """Average anxiety over the last four weeks against the four weeks before."""
    recent, earlier = recent_and_earlier(days, today=today)
    if len(recent) < MIN_DAYS_PER_WINDOW or len(earlier) < MIN_DAYS_PER_WINDOW:
        return None
    now_avg = round1(mean(d.mean for d in recent))
    before_avg = round1(mean(d.mean for d in earlier))
    change = now_avg - before_avg
    if change == 0:
        text = gettext(
            "Over the last four weeks your anxiety averaged %(now)s, "
            "the same as in the four weeks before."
        )
    elif abs(change) < MIN_NOTABLE_DIFFERENCE:
        text = gettext(
            "Over the last four weeks your anxiety averaged %(now)s, "
            "about the same as in the four weeks before (%(before)s)."
        )
    elif change < 0:
        text = gettext(
            "Over the last four weeks your anxiety averaged %(now)s, "
            "%(change)s points lower than in the four weeks before."
        )
    else:
        text = gettext(
            "Over the last four weeks your anxiety averaged %(now)s, "
            "%(change)s points higher than in the four weeks before."
        )
    numbers = {"now": _fmt(now_avg), "before": _fmt(before_avg), "change": _fmt(abs(change))}
    return Insight(
        key="anxiety-change",
        text=text % numbers,
        evidence=(
            Evidence(gettext("Days with a check-in, last four weeks"), str(len(recent))),
            Evidence(gettext("Average anxiety, last four weeks"), _fmt(now_avg)),
            Evidence(gettext("Days with a check-in, the four weeks before"), str(len(earlier))),
            Evidence(gettext("Average anxiety, the four weeks before"), _fmt(before_avg)),
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
        if difference > 0:
            text = gettext(
                "On days you noted %(trigger)s, your anxiety averaged "
                "%(difference)s points higher than on other days."
            )
        else:
            text = gettext(
                "On days you noted %(trigger)s, your anxiety averaged "
                "%(difference)s points lower than on other days."
            )
        insight = Insight(
            key=f"trigger-{key}",
            text=text % {"trigger": gettext(term.phrase), "difference": _fmt(abs(difference))},
            evidence=(
                Evidence(
                    gettext("Days with “%(trigger)s”") % {"trigger": gettext(term.label)},
                    str(len(with_it)),
                ),
                Evidence(gettext("Average anxiety on those days"), _fmt(avg_with)),
                Evidence(gettext("Other days with a check-in"), str(len(without))),
                Evidence(gettext("Average anxiety on other days"), _fmt(avg_without)),
            ),
        )
        found.append((abs(difference), order.get(key, len(order)), insight))
    found.sort(key=lambda item: (-item[0], item[1]))
    return [insight for _, _, insight in found]


def resisted_share_change(days: Mapping[date, Day], *, today: date) -> Insight | None:
    """Share of noticed protest behaviors that were resisted: last four weeks against before."""
    recent, earlier = recent_and_earlier(days, today=today)
    r_resisted = sum(len(d.resisted) for d in recent)
    r_total = r_resisted + sum(len(d.acted) for d in recent)
    e_resisted = sum(len(d.resisted) for d in earlier)
    e_total = e_resisted + sum(len(d.acted) for d in earlier)
    if r_total < MIN_MARKS_PER_WINDOW or e_total < MIN_MARKS_PER_WINDOW:
        return None
    now_pct, before_pct = percent(r_resisted, r_total), percent(e_resisted, e_total)
    if now_pct == before_pct:
        text = gettext(
            "In the last four weeks you resisted %(resisted)s of the %(total)s protest "
            "behaviors you noticed (%(percent)s%%), the same share as in the four weeks before."
        )
    elif now_pct > before_pct:
        text = gettext(
            "In the last four weeks you resisted %(resisted)s of the %(total)s protest "
            "behaviors you noticed (%(percent)s%%), up from %(before)s%% before."
        )
    else:
        text = gettext(
            "In the last four weeks you resisted %(resisted)s of the %(total)s protest "
            "behaviors you noticed (%(percent)s%%), down from %(before)s%% before."
        )
    numbers = {"resisted": r_resisted, "total": r_total, "percent": now_pct, "before": before_pct}
    return Insight(
        key="resisted-share",
        text=text % numbers,
        evidence=(
            Evidence(gettext("Resisted, last four weeks"), str(r_resisted)),
            Evidence(gettext("Acted on, last four weeks"), str(r_total - r_resisted)),
            Evidence(gettext("Resisted, the four weeks before"), str(e_resisted)),
            Evidence(gettext("Acted on, the four weeks before"), str(e_total - e_resisted)),
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
        text = gettext("On average your anxiety was about the same before and after a pause.")
    elif drop > 0:
        text = gettext("After a pause, your anxiety was %(change)s points lower on average.") % {
            "change": _fmt(drop)
        }
    else:
        text = gettext(
            "After a pause, your anxiety was %(change)s points higher on average. "
            "Some urges need more than one pause, and that is all right."
        ) % {"change": _fmt(-drop)}
    return Insight(
        key="pause-drop",
        text=text,
        evidence=(
            Evidence(gettext("Pauses rated before and after"), str(pause.rated)),
            Evidence(gettext("Average anxiety before"), _fmt(before)),
            Evidence(gettext("Average anxiety after"), _fmt(after)),
        ),
    )


def urges_waited_out(pause: PauseSummary) -> Insight | None:
    """How many of the urges a person paused for they waited out."""
    if pause.decided < MIN_DECIDED_PAUSES:
        return None
    return Insight(
        key="waited-out",
        text=gettext(
            "You waited out %(waited)s of the %(decided)s urges you paused for (%(percent)s%%)."
        )
        % {"waited": pause.waited, "decided": pause.decided, "percent": pause.waited_percent},
        evidence=(
            Evidence(gettext("Waited"), str(pause.waited)),
            Evidence(gettext("Chose something else"), str(pause.other)),
            Evidence(gettext("Sent it anyway"), str(pause.sent)),
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
        text=gettext(
            "On the %(rated)s pauses where you used %(exercise)s, your anxiety was on "
            "average %(drop)s points lower afterwards than before: "
            "%(margin)s points more of a drop than with %(next)s, the next "
            "largest. Other things may have differed between those pauses, so this shows "
            "what went together, not what worked."
        )
        % {
            "rated": best.rated,
            "exercise": best.phrase,
            "drop": _fmt(best_drop),
            "margin": _fmt(margin),
            "next": runner_up.phrase,
        },
        evidence=tuple(
            Evidence(
                gettext("%(exercise)s (%(rated)s rated)") % {"exercise": e.label, "rated": e.rated},
                f"{_fmt(Decimal(str(e.mean_before)))} → {_fmt(Decimal(str(e.mean_after)))}",
            )
            for e in tried
        ),
    )
