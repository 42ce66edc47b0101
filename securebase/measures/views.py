"""Symptom questionnaires (PHQ-9, GAD-7): take one, read the result, follow it over time."""

from __future__ import annotations

import json
import uuid
from datetime import datetime

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from securebase.accounts.guards import is_client
from securebase.accounts.zones import local_time
from securebase.assessments import languages
from securebase.assessments.catalog import get_measure, measure_instruments
from securebase.assessments.forms import field_name, read_page
from securebase.assessments.presenting import short_date, short_datetime
from securebase.assessments.scoring import Instrument, score
from securebase.core.access import found_or_404
from securebase.core.confirm import deletion_view
from securebase.core.questionnaires import keep_answers_briefly
from securebase.core.safety import show_crisis_panel
from securebase.measures import fhir, queries, services, sharing
from securebase.measures.exports import response_resources, results_csv
from securebase.measures.presenting import series_context
from securebase.measures.reading import TOTAL, read_series

PENDING_KEY = "measures_pending"


def _local(request, moment):
    return local_time(request.user, moment)


@require_safe
def start(request):
    """The symptom questionnaires, and a client's way to their results."""
    return render(
        request,
        "measures/start.html",
        {
            "choices": [
                {"instrument": i, **languages.items_context(languages.shown(i))}
                for i in measure_instruments()
            ],
            "sharing": _sharing_clinicians(request.user),
        },
    )


def _sharing_clinicians(user) -> list:
    """Clinicians this client shares questionnaire results with (names for the notice)."""
    return sharing.clinicians_seeing(user)


def _questions(instrument: Instrument, answers: dict[int, int], flagged: set[int]) -> list[dict]:
    return [
        {
            "item": item,
            "position": item.id,
            "name": field_name(item.id),
            "chosen": answers.get(item.id),
            "flagged": item.id in flagged,
            "options": [
                {"value": v, "label": instrument.labels_for(item).get(v, str(v))}
                for v in instrument.response_scale.points
            ],
        }
        for item in instrument.items
    ]


def _render_form(
    request, instrument, *, answers=None, flagged=(), problem="", run_id="", status=200
):
    questions = _questions(instrument, answers or {}, set(flagged))
    return render(
        request,
        "measures/take.html",
        {
            "instrument": instrument,
            "questions": questions,
            "flagged": [q for q in questions if q["flagged"]],
            "problem": problem,
            "run_id": run_id or uuid.uuid4(),
            "sharing": _sharing_clinicians(request.user),
            "saves": is_client(request.user),
            **languages.items_context(instrument),
        },
        status=status,
    )


@require_http_methods(["GET", "POST"])
@never_cache
def take(request, slug: str):
    """The whole questionnaire on one page. POST scores it: a client's result is saved, anyone
    else's is kept in their session only. An answer above "not at all" to an item with a safety
    flag (PHQ-9 item 9) shows the crisis panel on the very next page, whoever answered."""
    instrument = languages.shown(found_or_404(get_measure(slug), "questionnaire"))
    keep_answers_briefly(request)
    if request.method == "GET":
        return _render_form(request, instrument)
    try:
        run_id = uuid.UUID(request.POST.get("run", ""))
    except ValueError:
        run_id = uuid.uuid4()
    submitted = read_page(instrument, instrument.items, request.POST)
    if submitted.rejected:
        return _render_form(
            request, instrument, problem=submitted.problem, run_id=run_id, status=400
        )
    missing = [i for i in submitted.missing if instrument.item(i).required]
    if missing:
        return _render_form(
            request, instrument, answers=submitted.answers, flagged=missing, run_id=run_id
        )
    scored = score(instrument, submitted.answers)
    user = request.user
    if scored.flags:
        # A client's answers are saved below; anyone else's stay in their session only.
        show_crisis_panel(request, saved=is_client(user))
    if is_client(user):
        result, _created = services.record_measure(
            client=user, instrument=instrument, answers=submitted.answers, run_id=run_id
        )
        return redirect("measures:result", result_id=result.pk)
    request.session[PENDING_KEY] = {
        "instrument": instrument.slug,
        "answers": {str(k): v for k, v in submitted.answers.items()},
        "taken_at": timezone.now().isoformat(),
        "language": instrument.items_language,
    }
    return redirect("measures:pending")


def _result_context(request, instrument: Instrument, answers: dict[int, int], taken_at) -> dict:
    scored = score(instrument, answers)
    total = scored[TOTAL]
    low, high = instrument.total_range(TOTAL)
    rules = instrument.rules.get(TOTAL)
    unscored = [
        {
            "item": item,
            "answer": instrument.labels_for(item).get(answers[item.id], "")
            if item.id in answers
            else "",
        }
        for item in instrument.items
        if not item.scored
    ]
    return {
        "instrument": instrument,
        "total": total.total,
        "low": low,
        "high": high,
        "band": total.band,
        "bands": rules.bands if rules else (),
        "cutoff": rules.cutoff if rules else None,
        "safety_flags": scored.flags,
        "unscored": unscored,
        "taken_label": short_datetime(_local(request, taken_at)),
        **languages.items_context(instrument),
    }


@require_safe
@never_cache
def pending(request):
    """The result just finished by someone whose result is not saved (kept in the session)."""
    entry = request.session.get(PENDING_KEY)
    instrument = get_measure(entry["instrument"]) if entry else None
    if instrument is None:
        return render(request, "measures/no_pending.html", status=404)
    instrument = languages.answered_in(instrument, entry.get("language", "en"))
    answers = {int(k): int(v) for k, v in entry["answers"].items()}
    taken_at = datetime.fromisoformat(entry["taken_at"])
    return render(
        request,
        "measures/result.html",
        {**_result_context(request, instrument, answers, taken_at), "pending": True},
    )


@login_required
@require_safe
@never_cache
def result(request, result_id: int):
    """One of the viewer's own saved results, with its change from the one before."""
    saved = queries.access_result(request.user, result_id)
    questionnaire = found_or_404(get_measure(saved.instrument), "questionnaire")
    instrument = languages.answered_in(questionnaire, saved.items_language)
    earlier = (
        queries.own_results(request.user)
        .filter(instrument=saved.instrument, taken_at__lte=saved.taken_at)
        .exclude(pk=saved.pk)
        .order_by("-taken_at", "-id")
        .only("total", "taken_at")
        .first()
    )
    context = _result_context(request, instrument, saved.answers, saved.taken_at)
    if earlier is not None:
        series = read_series(
            instrument, [(earlier.taken_at, earlier.total), (saved.taken_at, saved.total)]
        )
        context["change"] = series.since_last
        context["previous_label"] = short_date(_local(request, earlier.taken_at))
    return render(request, "measures/result.html", {**context, "result": saved})


@login_required
@require_safe
@never_cache
def history(request):
    """The viewer's PHQ-9 and GAD-7 over time: chart, table, reliable change."""
    results = queries.history(queries.own_results(request.user))
    return render(
        request,
        "measures/history.html",
        {
            "sections": series_context(
                results, tz=request.user.tzinfo, chart_prefix="history", tr=translation
            ),
            "is_client": request.user.is_client,
            "subject": None,
        },
    )


def _delete_page(request, saved) -> dict:
    """What the confirmation page names: the questionnaire and when it was taken."""
    instrument = found_or_404(get_measure(saved.instrument), "questionnaire")
    return {
        "instrument": instrument,
        "taken_label": short_datetime(_local(request, saved.taken_at)),
    }


delete = deletion_view(
    queries.access_result,
    services.delete_measure,
    done=gettext_lazy("That result is deleted."),
    extra=_delete_page,
)


# --- exports ---------------------------------------------------------------------------------


@login_required
@require_safe
def export_csv(request):
    """Download the viewer's own results as CSV."""
    results = list(queries.own_results(request.user).order_by("taken_at", "id"))
    response = HttpResponse(results_csv(results), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="questionnaires.csv"'
    return response


def _fhir_json(data: dict, filename: str) -> HttpResponse:
    response = HttpResponse(
        json.dumps(data, indent=2, ensure_ascii=False),
        content_type="application/fhir+json; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
@require_safe
def export_fhir(request):
    """The viewer's results as a FHIR R4 Bundle: both Questionnaires, then every response."""
    results = list(queries.own_results(request.user).order_by("taken_at", "id"))
    resources = [
        fhir.questionnaire(i, base_url=settings.SITE_URL) for i in measure_instruments()
    ] + response_resources(results, subject_name=request.user.full_name or request.user.email)
    return _fhir_json(fhir.bundle(resources), "questionnaires-fhir.json")


@require_safe
def fhir_questionnaire(request, slug: str):
    """The FHIR R4 Questionnaire of one instrument (public: it holds no one's data)."""
    instrument = found_or_404(get_measure(slug), "questionnaire")
    return JsonResponse(
        fhir.questionnaire(instrument, base_url=settings.SITE_URL),
        content_type="application/fhir+json",
        json_dumps_params={"ensure_ascii": False},
    )
