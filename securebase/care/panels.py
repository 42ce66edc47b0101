"""The built-in blocks of the clinician's client page, one per area.

Each reads the client's data through the feature's own query (called with the client, whose
data it is) and hands it to the feature's own summaries and charts, so the clinician sees the
same figures the client sees. The caller has checked the grant and writes the audit row.
Registered in CareConfig.ready() and drawn only while its feature app is installed (the
feature's modules are imported inside the functions, so care works without any of them); other
apps add theirs the same way (registry.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from django.apps import apps
from django.utils.translation import gettext

from securebase.care import areas, registry

RECENT_PAUSES = 30
RECENT_SUMMARIES = 10


def _trends(client, *, tz: tzinfo, now: datetime, memo: dict):
    """The check-ins as the client's own trends page shows them (``checkins.presenting``),
    computed once per page (``memo``). Pauses are left out: the pause panel draws its own
    (``pauses_context``)."""
    from securebase.checkins.history import window_start
    from securebase.checkins.presenting import practice_view
    from securebase.pause.summary import summarize_pauses

    key = ("trends",)
    if key not in memo:
        today = now.astimezone(tz).date()
        # The panels show no sentences about the client's patterns: they are left out.
        view = practice_view(
            client,
            tz,
            today=today,
            since=window_start(today),
            pause=summarize_pauses([]),
            journal_days=(),
            insights=False,
            own=False,
        )
        memo[key] = {
            "trends": view.trends,
            "history": view.history,
            "since": view.since,
            "windowed": view.checkins_before,
            "charts": view.charts,
            "month_chart": view.month_chart,
            "tables": view.tables,
            "p": view.trends.pause,
        }
    return dict(memo[key])


def checkins_context(client, *, tz: tzinfo, now: datetime, memo: dict, **_) -> dict:
    return _trends(client, tz=tz, now=now, memo=memo)


def behaviors_context(client, *, tz: tzinfo, now: datetime, memo: dict, **_) -> dict:
    return _trends(client, tz=tz, now=now, memo=memo)


@dataclass(frozen=True)
class PauseLine:
    """One row of the latest pauses table, its choices already in words."""

    started_at: datetime
    urge: str
    exercise: str
    anxiety_before: int | None
    anxiety_after: int | None
    outcome: str


def pause_lines(pauses) -> list[PauseLine]:
    """The table's rows for ``pauses``, each choice in the words ``get_<field>_display`` gives.

    Those look the words up by building the field's whole list of choices again on every
    call, three times a row; here each list is built once for the table.
    """
    from securebase.pause.models import PauseSession

    words = {
        name: {key: str(label) for key, label in PauseSession._meta.get_field(name).flatchoices}
        for name in ("urge", "exercise", "outcome")
    }
    return [
        PauseLine(
            started_at=pause.started_at,
            urge=words["urge"].get(pause.urge, pause.urge),
            exercise=words["exercise"].get(pause.exercise, pause.exercise),
            anxiety_before=pause.anxiety_before,
            anxiety_after=pause.anxiety_after,
            outcome=words["outcome"].get(pause.outcome, pause.outcome),
        )
        for pause in pauses
    ]


def pauses_context(client, **_) -> dict:
    """The pause summary with the trends page's pause charts and table rows, none of the
    check-ins' (the panel draws only the pause partials)."""
    from securebase.checkins.report import pause_charts, rated_exercises
    from securebase.pause.queries import pause_history, pause_summary

    pause = pause_summary(client)
    change, outcomes = pause_charts(pause, own=False)
    return {
        "p": pause,
        "charts": {"pause_change": change, "pause_outcomes": outcomes},
        "tables": {"pause_exercises": rated_exercises(pause)},
        "pauses": pause_lines(pause_history(client)[:RECENT_PAUSES]),
    }


def assessments_context(client, *, tz: tzinfo, **_) -> dict:
    from securebase.assessments.presenting import history_summary
    from securebase.assessments.queries import history_for

    return history_summary(history_for(client), tz=tz)


def no_contact_context(client, *, now: datetime, **_) -> dict:
    from securebase.journal.queries import no_contact_plan_for, slips_visible_to, stretch_for

    plan = no_contact_plan_for(client)
    if plan is None:
        return {"plan": None}
    return {
        "plan": plan,
        "stretch": stretch_for(client, plan, now=now),
        "slip_days": list(slips_visible_to(client).values_list("happened_on", flat=True)),
    }


def reality_check_context(client, **_) -> dict:
    from securebase.chat_analysis.presentation import display
    from securebase.chat_analysis.queries import summaries_visible_to

    summaries = list(summaries_visible_to(client)[:RECENT_SUMMARIES])
    latest = summaries[0] if summaries else None
    return {
        "summaries": summaries,
        "latest": latest,
        "view": display.build(latest.numbers, me=gettext("The client"), them=gettext("Them"))
        if latest
        else None,
        "data": latest.numbers if latest else None,
        "as_of_form": None,
    }


# area key: (template, context); an area's app (areas.AREAS' requires_app) must be installed.
BUILT_IN = {
    areas.CHECKINS: ("care/areas/checkins.html", checkins_context),
    areas.BEHAVIORS: ("care/areas/behaviors.html", behaviors_context),
    areas.PAUSES: ("care/areas/pauses.html", pauses_context),
    areas.ASSESSMENTS: ("care/areas/assessments.html", assessments_context),
    areas.NO_CONTACT: ("care/areas/no_contact.html", no_contact_context),
    areas.REALITY_CHECK: ("care/areas/reality_check.html", reality_check_context),
}


def register_built_in() -> None:
    """Register the panel of each built-in area, drawn only while its feature app is installed.

    The check-ins app draws the trends of the check-ins, behaviors and pauses panels, so a pause
    panel needs it too. Results shared through the assessments area become records of care
    when the client's account is closed.
    """
    for area in areas.AREAS:
        if area.key not in BUILT_IN:
            continue
        requires = (area.requires_app,)
        if area.key == areas.PAUSES:
            requires += (areas.CHECKINS_APP,)
        template, context = BUILT_IN[area.key]
        registry.register_panel(area.key, template=template, context=context, requires=requires)
    if apps.is_installed(areas.ASSESSMENTS_APP):
        from securebase.assessments.services import keep_shared_results

        registry.register_shared_records(areas.ASSESSMENTS, keep_shared_results)
