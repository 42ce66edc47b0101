"""What a person's saved pauses add up to: how anxiety and urges changed, and how they ended.

Pure module: no Django import. ``pause.queries.pause_facts`` reads the facts; the check-in
trends page shows the summary when the pause tool is installed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from securebase.core.numbers import mean, percent, round1
from securebase.core.wording import gettext
from securebase.pause import exercises


@dataclass(frozen=True)
class PauseFact:
    """One saved pause session. Ratings are 0-10 or None when skipped."""

    at: datetime
    exercise: str
    anxiety_before: int | None = None
    anxiety_after: int | None = None
    urge_before: int | None = None
    urge_after: int | None = None
    outcome: str | None = None


@dataclass(frozen=True)
class ExerciseSummary:
    key: str
    label: str
    phrase: str
    sessions: int
    rated: int  # sessions with an anxiety rating both before and after
    mean_before: float | None
    mean_after: float | None
    mean_drop: float | None


@dataclass(frozen=True)
class PauseSummary:
    sessions: int
    rated: int
    mean_anxiety_before: float | None
    mean_anxiety_after: float | None
    mean_anxiety_drop: float | None
    urge_rated: int
    mean_urge_before: float | None
    mean_urge_after: float | None
    mean_urge_drop: float | None
    waited: int
    sent: int
    other: int
    waited_percent: int | None  # of sessions with an outcome
    by_exercise: tuple[ExerciseSummary, ...]
    # Pauses started before the summary's start (``since``), counted but in no figure above.
    earlier: int = 0

    @property
    def total(self) -> int:
        """Every pause saved: those summarized and those before the start."""
        return self.sessions + self.earlier

    @property
    def decided(self) -> int:
        return self.waited + self.sent + self.other

    @property
    def undecided(self) -> int:
        """Pauses left before saying how they ended."""
        return self.sessions - self.decided


def summarize_pauses(pauses: Iterable[PauseFact], *, since: datetime | None = None) -> PauseSummary:
    """Average change in anxiety and urge from before to after, and how pauses ended.

    A drop is the rounded mean before minus the rounded mean after, over the sessions rated
    both times; positive means calmer afterwards. With ``since``, only the pauses started at
    or after it are summarized; the others are counted as ``earlier``.
    """
    pauses = list(pauses)
    earlier = 0
    if since is not None:
        recent = [p for p in pauses if p.at >= since]
        earlier, pauses = len(pauses) - len(recent), recent
    outcomes = {exercises.WAITED: 0, exercises.SENT: 0, exercises.OTHER: 0}
    for p in pauses:
        if p.outcome in outcomes:
            outcomes[p.outcome] += 1
    anxiety = _before_after([(p.anxiety_before, p.anxiety_after) for p in pauses])
    urge = _before_after([(p.urge_before, p.urge_after) for p in pauses])
    per_exercise = {}
    for choice in exercises.EXERCISES:
        mine = [p for p in pauses if p.exercise == choice.key]
        rated = _before_after([(p.anxiety_before, p.anxiety_after) for p in mine])
        per_exercise[choice.key] = (len(mine), rated)
    return _assemble(len(pauses), outcomes, anxiety, urge, per_exercise, earlier=earlier)


def _before_after(
    pairs: list[tuple[int | None, int | None]],
) -> tuple[int, float | None, float | None, float | None]:
    rated = [(b, a) for b, a in pairs if b is not None and a is not None]
    if not rated:
        return 0, None, None, None
    before = round1(mean(b for b, _ in rated))
    after = round1(mean(a for _, a in rated))
    return len(rated), float(before), float(after), float(before - after)


@dataclass(frozen=True)
class PauseGroup:
    """Pauses sharing an exercise and an outcome, counted (what a database can add up).

    ``rated`` counts those with an anxiety rating before and after, and the totals add
    those ratings; ``urge_*`` the same for the urge.
    """

    exercise: str
    outcome: str | None
    sessions: int
    rated: int = 0
    anxiety_before_total: int = 0
    anxiety_after_total: int = 0
    urge_rated: int = 0
    urge_before_total: int = 0
    urge_after_total: int = 0


def _means(
    rated: int, before: int, after: int
) -> tuple[int, float | None, float | None, float | None]:
    if not rated:
        return 0, None, None, None
    mean_before = round1(Decimal(before) / Decimal(rated))
    mean_after = round1(Decimal(after) / Decimal(rated))
    return rated, float(mean_before), float(mean_after), float(mean_before - mean_after)


def summarize_pause_groups(groups: Iterable[PauseGroup], *, earlier: int = 0) -> PauseSummary:
    """What ``summarize_pauses`` gives, from pauses already counted per exercise and outcome
    (and ``earlier``, the pauses before its start, counted apart).

    The trends page reads these groups (``pause.queries.pause_summary``): a few rows
    whatever the number of pauses. The tests hold it to ``summarize_pauses``.
    """
    groups = list(groups)
    outcomes = {exercises.WAITED: 0, exercises.SENT: 0, exercises.OTHER: 0}
    for g in groups:
        if g.outcome in outcomes:
            outcomes[g.outcome] += g.sessions

    def totals(mine: list[PauseGroup], urge: bool = False) -> tuple[int, int, int]:
        if urge:
            parts = [(g.urge_rated, g.urge_before_total, g.urge_after_total) for g in mine]
        else:
            parts = [(g.rated, g.anxiety_before_total, g.anxiety_after_total) for g in mine]
        return sum(p[0] for p in parts), sum(p[1] for p in parts), sum(p[2] for p in parts)

    anxiety = _means(*totals(groups))
    urge = _means(*totals(groups, urge=True))
    per_exercise = {}
    for choice in exercises.EXERCISES:
        mine = [g for g in groups if g.exercise == choice.key]
        per_exercise[choice.key] = (sum(g.sessions for g in mine), _means(*totals(mine)))
    sessions = sum(g.sessions for g in groups)
    return _assemble(sessions, outcomes, anxiety, urge, per_exercise, earlier=earlier)


Rated = tuple[int, float | None, float | None, float | None]


def _assemble(
    sessions: int,
    outcomes: dict[str, int],
    anxiety: Rated,
    urge: Rated,
    per_exercise: dict[str, tuple[int, Rated]],
    *,
    earlier: int,
) -> PauseSummary:
    """The summary from its parts, however they were counted: ``anxiety`` and ``urge`` as
    (rated, mean before, mean after, drop), ``per_exercise`` as (sessions, anxiety) by key."""
    decided = sum(outcomes.values())
    by_exercise = tuple(
        ExerciseSummary(
            choice.key,
            gettext(choice.label),
            gettext(choice.phrase),
            per_exercise[choice.key][0],
            *per_exercise[choice.key][1],
        )
        for choice in exercises.EXERCISES
    )
    return PauseSummary(
        sessions=sessions,
        rated=anxiety[0],
        mean_anxiety_before=anxiety[1],
        mean_anxiety_after=anxiety[2],
        mean_anxiety_drop=anxiety[3],
        urge_rated=urge[0],
        mean_urge_before=urge[1],
        mean_urge_after=urge[2],
        mean_urge_drop=urge[3],
        waited=outcomes[exercises.WAITED],
        sent=outcomes[exercises.SENT],
        other=outcomes[exercises.OTHER],
        waited_percent=percent(outcomes[exercises.WAITED], decided) if decided else None,
        by_exercise=by_exercise,
        earlier=earlier,
    )
