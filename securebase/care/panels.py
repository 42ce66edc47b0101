"""The built-in blocks of the clinician's client page, one per area.

Each reads the client's data through the feature's own query (called with the client, whose
data it is) and hands it to the feature's own summaries and charts, so the clinician sees the
same figures the client sees. The caller has checked the grant and writes the audit row.
Registered in CareConfig.ready(); other apps add theirs the same way (registry.py).
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from securebase.assessments.presenting import history_summary
from securebase.assessments.queries import history_for
from securebase.care import areas, registry
from securebase.chat_analysis.presentation import display
from securebase.chat_analysis.queries import summaries_visible_to
from securebase.checkins.queries import checkin_facts
from securebase.checkins.report import build_charts
from securebase.checkins.trends import summarize_practice
from securebase.journal.queries import no_contact_plan_for, slips_visible_to, stretch_for
from securebase.pause.queries import pause_history, pause_summary
from securebase.pause.summary import summarize_pauses

RECENT_PAUSES = 30
RECENT_SUMMARIES = 10


def _trends(client, *, tz: tzinfo, now: datetime, checkins: bool, pauses: bool, memo: dict):
    """The trends summary and charts, computed once per page for each kind (``memo``)."""
    key = ("trends", checkins, pauses)
    if key not in memo:
        summary = summarize_practice(
            checkin_facts(client) if checkins else [],
            pause_summary(client) if pauses else summarize_pauses([]),
            now=now,
            tz=tz,
            journal_days=(),
        )
        memo[key] = {"trends": summary, "charts": build_charts(summary), "p": summary.pause}
    return dict(memo[key])


def checkins_context(client, *, tz: tzinfo, now: datetime, memo: dict, **_) -> dict:
    return _trends(client, tz=tz, now=now, checkins=True, pauses=False, memo=memo)


def behaviors_context(client, *, tz: tzinfo, now: datetime, memo: dict, **_) -> dict:
    return _trends(client, tz=tz, now=now, checkins=True, pauses=False, memo=memo)


def pauses_context(client, *, tz: tzinfo, now: datetime, memo: dict, **_) -> dict:
    context = _trends(client, tz=tz, now=now, checkins=False, pauses=True, memo=memo)
    context["pauses"] = list(pause_history(client)[:RECENT_PAUSES])
    return context


def assessments_context(client, *, tz: tzinfo, **_) -> dict:
    return history_summary(history_for(client), tz=tz)


def no_contact_context(client, *, now: datetime, **_) -> dict:
    plan = no_contact_plan_for(client)
    if plan is None:
        return {"plan": None}
    return {
        "plan": plan,
        "stretch": stretch_for(client, plan, now=now),
        "slip_days": list(slips_visible_to(client).values_list("happened_on", flat=True)),
    }


def reality_check_context(client, **_) -> dict:
    summaries = list(summaries_visible_to(client)[:RECENT_SUMMARIES])
    latest = summaries[0] if summaries else None
    return {
        "summaries": summaries,
        "latest": latest,
        "view": display.build(latest.numbers, me="The client", them="Them") if latest else None,
        "data": latest.numbers if latest else None,
        "as_of_form": None,
    }


def register_built_in() -> None:
    registry.register_panel(
        areas.CHECKINS, template="care/areas/checkins.html", context=checkins_context
    )
    registry.register_panel(
        areas.BEHAVIORS, template="care/areas/behaviors.html", context=behaviors_context
    )
    registry.register_panel(areas.PAUSES, template="care/areas/pauses.html", context=pauses_context)
    registry.register_panel(
        areas.ASSESSMENTS, template="care/areas/assessments.html", context=assessments_context
    )
    registry.register_panel(
        areas.NO_CONTACT, template="care/areas/no_contact.html", context=no_contact_context
    )
    registry.register_panel(
        areas.REALITY_CHECK,
        template="care/areas/reality_check.html",
        context=reality_check_context,
    )
