"""Reliable change between two totals of a symptom measure (Jacobson & Truax, 1991).

Pure domain code: standard library only, no Django.

The reliable change index divides the difference between two scores by the standard error of
that difference, ``S_diff = sqrt(2) * SD * sqrt(1 - r)``, where ``SD`` is the standard deviation
of a reference sample and ``r`` the measure's reliability (both cited in the instrument's data
file). An index beyond ±1.96 means a change that measurement error alone would produce less
than 5% of the time. Where the measure has a clinical cut-off, a reliable change that also
crosses it is called clinically significant, as Jacobson and Truax propose.

The words describe scores, never people: "reliable improvement" means the total fell by more
than measurement error explains; it is not a diagnosis, nor its absence.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from securebase.core.wording import gettext_noop

# Two-tailed 95%: the criterion Jacobson and Truax (1991) use.
CRITICAL_Z = 1.96

IMPROVEMENT = "improvement"
DETERIORATION = "deterioration"
NO_CHANGE = "none"

WORDS = {
    IMPROVEMENT: gettext_noop("Reliable improvement"),
    DETERIORATION: gettext_noop("Reliable deterioration"),
    NO_CHANGE: gettext_noop("No reliable change"),
}
# Arrows a person reads with the words, never instead of them.
ARROWS = {IMPROVEMENT: "↓", DETERIORATION: "↑", NO_CHANGE: "→"}


@dataclass(frozen=True)
class ReliableChange:
    first: int
    last: int
    # last - first, in points of the total.
    delta: int
    index: float
    # The smallest difference in points that counts as reliable (a whole number of points).
    threshold_points: int
    # IMPROVEMENT, DETERIORATION or NO_CHANGE.
    direction: str
    clinically_significant: bool

    @property
    def words(self) -> str:
        return WORDS[self.direction]

    @property
    def arrow(self) -> str:
        return ARROWS[self.direction]

    @property
    def size(self) -> int:
        """How many points the total moved, whichever way."""
        return abs(self.delta)

    @property
    def delta_text(self) -> str:
        if self.delta > 0:
            return f"up {self.delta}"
        if self.delta < 0:
            return f"down {-self.delta}"
        return "no change"


def difference_standard_error(*, sd: float, reliability: float) -> float:
    """S_diff = sqrt(2) × SE, with SE = sd × sqrt(1 − reliability) (Jacobson & Truax, 1991)."""
    if not sd > 0 or not 0 < reliability < 1:
        raise ValueError("sd must be positive and reliability between 0 and 1")
    return math.sqrt(2) * sd * math.sqrt(1 - reliability)


def reliable_change_points(*, sd: float, reliability: float) -> int:
    """The smallest whole-point change whose index is beyond 1.96."""
    s_diff = difference_standard_error(sd=sd, reliability=reliability)
    points = math.ceil(CRITICAL_Z * s_diff)
    # Exactly on the criterion is not beyond it.
    return points + 1 if points / s_diff <= CRITICAL_Z else points


def reliable_change(
    *,
    first: int,
    last: int,
    sd: float,
    reliability: float,
    cutoff: int | None = None,
    higher_is_worse: bool = True,
) -> ReliableChange:
    """Classify the change from `first` to `last` (two totals of one measure).

    `cutoff` is the published clinical cut-off (a total at or above it is in the clinical
    range); a reliable change from one side of it to the other is clinically significant.
    With `higher_is_worse` (symptom measures) a fall is an improvement.
    """
    s_diff = difference_standard_error(sd=sd, reliability=reliability)
    delta = last - first
    index = delta / s_diff
    if abs(index) > CRITICAL_Z:
        better = (delta < 0) == higher_is_worse
        direction = IMPROVEMENT if better else DETERIORATION
    else:
        direction = NO_CHANGE
    crossed = False
    if cutoff is not None and direction != NO_CHANGE:
        crossed = (first >= cutoff) != (last >= cutoff)
    return ReliableChange(
        first=first,
        last=last,
        delta=delta,
        index=index,
        threshold_points=reliable_change_points(sd=sd, reliability=reliability),
        direction=direction,
        clinically_significant=crossed,
    )
