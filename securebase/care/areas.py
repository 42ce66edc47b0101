"""The areas of a client's practice a clinician can be given access to.

Pure module: no Django import. Each area says in plain words what a clinician sees when the
client turns it on, and what they never see; the "who can see what" page shows these words
before the switch, so consent is given to something specific.

The journal is not an area: entries are shared one at a time from the entry itself
(``JOURNAL_ENTRY`` below names those grants).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# Marked for the Spanish catalog; pages translate the words when they show them. The audit
# log keeps the English.
from securebase.core.wording import gettext_noop as _

CHECKINS = "checkins"
BEHAVIORS = "behaviors"
PAUSES = "pauses"
ASSESSMENTS = "assessments"
NO_CONTACT = "no_contact"
REALITY_CHECK = "reality_check"
SAFETY_PLAN = "safety_plan"
JOURNAL_ENTRY = "journal_entry"

SAFETY_PLAN_APP = "securebase.safetyplan"
CHECKINS_APP = "securebase.checkins"
PAUSE_APP = "securebase.pause"
ASSESSMENTS_APP = "securebase.assessments"
JOURNAL_APP = "securebase.journal"
REALITY_CHECK_APP = "securebase.chat_analysis"


@dataclass(frozen=True)
class Area:
    key: str
    label: str
    sees: str  # what the clinician sees, in plain words
    never: str  # what stays private even with the area on
    requires_app: str = ""  # offered only while this app is installed

    @property
    def action(self) -> str:
        """The audit log's wording for one look at this area."""
        return f"viewed {self.label.lower()}"


AREAS: tuple[Area, ...] = (
    Area(
        CHECKINS,
        _("Check-ins and trends"),
        _(
            "Your anxiety ratings (0 to 10) by day or by week and month by month, as the "
            "average, lowest and highest, in a chart and a table; how many check-ins you made and "
            "on which days; and which triggers you noted and how often."
        ),
        _("Your check-in notes, emotions and what helped."),
        requires_app=CHECKINS_APP,
    ),
    Area(
        BEHAVIORS,
        _("Protest behaviors"),
        _(
            "Which protest behaviors you marked in check-ins as resisted or acted on, counted per "
            "week and per behavior."
        ),
        _("Your check-in notes and anything else you wrote."),
        requires_app=CHECKINS_APP,
    ),
    Area(
        PAUSES,
        _("Pause history"),
        _(
            "Each pause you saved: its date, the urge, the exercise, your ratings before and after "
            "and how it ended, with the averages."
        ),
        _("Any message you wrote instead of sending it."),
        requires_app=PAUSE_APP,
    ),
    Area(
        ASSESSMENTS,
        _("Assessment history"),
        _(
            "Your questionnaire results over time: each date and score, with the chart and the "
            "change since your first result. For the PHQ-9 and GAD-7 that includes the totals, "
            "their ranges and whether a change is reliable, and a safety marker if you answer the "
            "PHQ-9's question about thoughts of being better off dead or of hurting yourself with "
            'anything but "Not at all". They can also schedule questionnaires for you.'
        ),
        _("Your answers to the individual questions."),
        requires_app=ASSESSMENTS_APP,
    ),
    Area(
        NO_CONTACT,
        _("No-contact tracker"),
        _(
            "Whether you are keeping no contact, the day you started, your count of days and the "
            "dates of any slips you logged."
        ),
        _("Your notes on slips and your reasons."),
        requires_app=JOURNAL_APP,
    ),
    Area(
        REALITY_CHECK,
        _("Reality-check summaries"),
        _(
            "The numbers of each reality check you saved: how many messages, reply times and how "
            "they changed."
        ),
        _("Any message text or names: saved summaries hold numbers only."),
        requires_app=REALITY_CHECK_APP,
    ),
    Area(
        SAFETY_PLAN,
        _("Safety plan"),
        _(
            "Your safety plan as you wrote it: warning signs, what helps, people and places, and "
            "who to call."
        ),
        _("Nothing is hidden from this area: it is the whole plan."),
        requires_app=SAFETY_PLAN_APP,
    ),
)

# Not switchable: the audit wording for one look at a single shared journal entry.
JOURNAL_ENTRY_AREA = Area(
    JOURNAL_ENTRY,
    _("Shared journal entry"),
    _("One journal entry you chose to share, in full, until you stop sharing it."),
    _("Every entry you have not shared."),
)


def offered_areas(installed_apps: Iterable[str]) -> tuple[Area, ...]:
    """The areas whose features are installed, in the order the pages show them."""
    installed = set(installed_apps)
    return tuple(a for a in AREAS if not a.requires_app or a.requires_app in installed)
