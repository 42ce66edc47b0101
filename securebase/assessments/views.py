"""Self-assessment pages: take a questionnaire, see the result, keep a history."""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from securebase.accounts.guards import is_client
from securebase.accounts.zones import local_time
from securebase.assessments import drafts, languages, queries, services
from securebase.assessments.catalog import get_instrument, offered_instruments
from securebase.assessments.forms import field_name, read_page
from securebase.assessments.presenting import history_summary, result_page, short_datetime
from securebase.assessments.scoring import AnswerError, Instrument, format_score, score
from securebase.core.access import found_or_404
from securebase.core.confirm import deletion_view
from securebase.core.questionnaires import keep_answers_briefly

ITEMS_PER_PAGE = 6


@require_safe
def start(request):
    """Explains the questionnaires and lets the visitor choose one."""
    choices = []
    for instrument in offered_instruments():
        draft = drafts.get_draft(request.session, instrument.slug)
        choices.append(
            {
                "instrument": instrument,
                "answered": len(draft.answers) if draft else 0,
                "minutes": max(2, round(len(instrument.items) / 4)),
                **languages.items_context(languages.shown(instrument)),
            }
        )
    return render(request, "assessments/start.html", {"choices": choices})


@require_safe
@never_cache
def instructions(request, slug: str):
    """The instrument's own instructions, then a way in (or back in, or over). The items are
    in the page's language only where the data cites a published translation; otherwise the
    page says so in its own language and offers them in English (languages.py)."""
    instrument = languages.shown(found_or_404(get_instrument(slug), "questionnaire"))
    draft = drafts.get_draft(request.session, slug)
    answered = len(draft.answers) if draft else 0
    return render(
        request,
        "assessments/instructions.html",
        {
            "instrument": instrument,
            "answered": answered,
            "resume_page": _first_open_page(instrument, draft.answers if draft else {}),
            "page_count": len(instrument.pages(ITEMS_PER_PAGE)),
            "low_label": instrument.response_scale.label_for(instrument.response_scale.low),
            "high_label": instrument.response_scale.label_for(instrument.response_scale.high),
            **languages.items_context(instrument),
        },
    )


@require_POST
def restart(request, slug: str):
    """Forget the answers in progress for this questionnaire and begin again."""
    found_or_404(get_instrument(slug), "questionnaire")
    drafts.discard_draft(request.session, slug)
    return redirect("assessments:page", slug=slug, number=1)


def _first_open_page(instrument: Instrument, answers: dict[int, int]) -> int:
    for number, items in enumerate(instrument.pages(ITEMS_PER_PAGE), start=1):
        if any(item.id not in answers for item in items):
            return number
    return len(instrument.pages(ITEMS_PER_PAGE))


@require_http_methods(["GET", "POST"])
@never_cache
def page(request, slug: str, number: int):
    """One page of statements. POST keeps the answers in the session, then moves on or back.

    A page with a blank answer is shown again with the blanks marked and every answer kept;
    a forged page (a value outside the scale, a stranger's item id) is refused as a whole with
    status 400 and nothing already saved changes.
    """
    instrument = languages.shown(found_or_404(get_instrument(slug), "questionnaire"))
    pages = instrument.pages(ITEMS_PER_PAGE)
    if not 1 <= number <= len(pages):
        raise Http404("No such page.")
    items = pages[number - 1]
    keep_answers_briefly(request)

    if request.method == "GET":
        draft = drafts.start_draft(request.session, slug)
        flagged = (
            {item.id for item in items if item.id not in draft.answers}
            if request.GET.get("check")
            else set()
        )
        return _render_page(request, instrument, number, draft, flagged=flagged)

    done, result_id = drafts.finished_run(request.session, request.POST.get("run", ""))
    if done:
        # This run already finished (a repeated or late submit): show its result again.
        return _redirect_to_outcome(result_id)

    submitted = read_page(instrument, items, request.POST)
    if submitted.rejected:
        draft = drafts.start_draft(request.session, slug)
        return _render_page(
            request, instrument, number, draft, problem=submitted.problem, status=400
        )
    draft = drafts.save_answers(request.session, slug, submitted.answers)

    if request.POST.get("move") == "back":
        if number == 1:
            return redirect("assessments:instructions", slug=slug)
        return redirect("assessments:page", slug=slug, number=number - 1)
    # Blanks are judged against everything kept so far, not only this POST.
    missing = {item.id for item in items if item.id not in draft.answers}
    if missing:
        return _render_page(request, instrument, number, draft, flagged=missing)
    if number < len(pages):
        return redirect("assessments:page", slug=slug, number=number + 1)
    return _finish(request, instrument, draft)


def _render_page(request, instrument, number, draft, *, flagged=(), problem="", status=200):
    pages = instrument.pages(ITEMS_PER_PAGE)
    items = pages[number - 1]
    first_position = sum(len(p) for p in pages[: number - 1]) + 1
    scale = instrument.response_scale
    questions = [
        {
            "item": item,
            "position": first_position + offset,
            "name": field_name(item.id),
            "chosen": draft.answers.get(item.id),
            "flagged": item.id in flagged,
            "options": [{"value": v, "label": scale.label_for(v)} for v in scale.points],
        }
        for offset, item in enumerate(items)
    ]
    return render(
        request,
        "assessments/page.html",
        {
            "instrument": instrument,
            "number": number,
            "page_count": len(pages),
            "is_last": number == len(pages),
            "questions": questions,
            "flagged": [q for q in questions if q["flagged"]],
            "problem": problem,
            "run_id": draft.run_id,
            "answered": len(draft.answers),
            "total": len(instrument.items),
            **languages.items_context(instrument),
        },
        status=status,
    )


@require_POST
def autosave(request, slug: str, number: int):
    """Keep answers as they are chosen (the page's script posts here), so a reload loses
    nothing even before "Next". Answers the progress counts as JSON; a forged page is 400."""
    instrument = found_or_404(get_instrument(slug), "questionnaire")
    pages = instrument.pages(ITEMS_PER_PAGE)
    if not 1 <= number <= len(pages):
        raise Http404("No such page.")
    keep_answers_briefly(request)
    submitted = read_page(instrument, pages[number - 1], request.POST)
    if submitted.rejected:
        return JsonResponse({"error": submitted.problem}, status=400)
    draft = drafts.save_answers(request.session, slug, submitted.answers)
    return JsonResponse({"answered": len(draft.answers), "total": len(instrument.items)})


def _finish(request, instrument: Instrument, draft: drafts.Draft):
    try:
        score(instrument, draft.answers)
    except AnswerError as error:
        # Blanks on an earlier page (reached by a bookmark or the address bar): go there.
        first_missing = error.missing[0] if error.missing else instrument.item_ids[0]
        for number, items in enumerate(instrument.pages(ITEMS_PER_PAGE), start=1):
            if any(item.id == first_missing for item in items):
                messages.warning(
                    request, _("A few statements still need an answer. They are marked below.")
                )
                url = reverse(
                    "assessments:page", kwargs={"slug": instrument.slug, "number": number}
                )
                return redirect(f"{url}?check=1")
    # A client's result is saved now; anyone else's waits in the session (None: no result id).
    result_id = None
    if is_client(request.user):
        result, _created = services.record_result(
            client=request.user, instrument=instrument, answers=draft.answers, run_id=draft.run_id
        )
        result_id = result.pk
    else:
        drafts.set_pending(
            request.session,
            drafts.PendingResult(
                instrument=instrument.slug,
                run_id=draft.run_id,
                answers=draft.answers,
                taken_at=timezone.now(),
                language=instrument.items_language,
            ),
        )
    drafts.discard_draft(request.session, instrument.slug)
    drafts.remember_finished(request.session, draft.run_id, result_id)
    return _redirect_to_outcome(result_id)


def _redirect_to_outcome(result_id: int | None):
    if result_id is not None:
        return redirect("assessments:result", result_id=result_id)
    return redirect("assessments:pending")


def _pending(request) -> tuple[drafts.PendingResult | None, Instrument | None]:
    """The result waiting in this session and its questionnaire in the language it was
    answered in; (None, None) when there is none, or its questionnaire is no longer offered."""
    pending = drafts.get_pending(request.session)
    instrument = get_instrument(pending.instrument) if pending else None
    if pending is None or instrument is None:
        return None, None
    return pending, languages.answered_in(instrument, pending.language)


@require_safe
@never_cache
def pending_result(request):
    """The result just finished by someone whose result is not (yet) saved."""
    pending, instrument = _pending(request)
    if pending is None:
        return render(request, "assessments/no_pending.html", status=404)
    scored = score(instrument, pending.answers)
    save_url = reverse("assessments:save")
    return render(
        request,
        "assessments/result.html",
        {
            **_result_context(
                request,
                instrument,
                scored["anxiety"].mean,
                scored["avoidance"].mean,
                pending.taken_at,
            ),
            "pending": True,
            "signup_url": f"{reverse('accounts:signup')}?{urlencode({'next': save_url})}",
            "login_url": f"{reverse('accounts:login')}?{urlencode({'next': save_url})}",
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
@never_cache
def save_pending(request):
    """After signing up or logging in: save the result waiting in this session to the
    history. GET asks; POST saves (a repeated POST saves nothing twice)."""
    pending, instrument = _pending(request)
    if pending is None:
        messages.info(
            request,
            _(
                "There is no unsaved result in this browser. Results are kept only until the "
                "browser session ends; you are welcome to take the questionnaire again."
            ),
        )
        return redirect("assessments:history")
    if not request.user.is_client:
        return render(request, "assessments/save.html", {"not_client": True})
    if request.method == "POST":
        result, _created = services.record_result(
            client=request.user,
            instrument=instrument,
            answers=pending.answers,
            run_id=pending.run_id,
            taken_at=pending.taken_at,
        )
        drafts.clear_pending(request.session)
        drafts.remember_finished(request.session, pending.run_id, result.pk)
        messages.success(request, _("Your result is saved to your history."))
        return redirect("assessments:history")
    scored = score(instrument, pending.answers)
    return render(
        request,
        "assessments/save.html",
        {
            "instrument": instrument,
            "anxiety": scored["anxiety"].display,
            "avoidance": scored["avoidance"].display,
            "taken_label": short_datetime(local_time(request.user, pending.taken_at)),
        },
    )


@login_required
@require_safe
@never_cache
def result_detail(request, result_id: int):
    """One saved result of the viewer's own (404 for anyone else's)."""
    result = queries.access_result(request.user, result_id)
    questionnaire = found_or_404(get_instrument(result.instrument), "questionnaire")
    instrument = languages.answered_in(questionnaire, result.items_language)
    return render(
        request,
        "assessments/result.html",
        {
            **_result_context(
                request, instrument, result.anxiety, result.avoidance, result.taken_at
            ),
            "result": result,
        },
    )


def _result_context(request, instrument: Instrument, anxiety, avoidance, taken_at) -> dict:
    return {
        **languages.items_context(instrument),
        **result_page(
            instrument,
            anxiety=anxiety,
            avoidance=avoidance,
            moment=local_time(request.user, taken_at),
            tr=translation,
        ),
    }


@login_required
@require_safe
@never_cache
def history(request):
    """The viewer's results over time: a chart of both scores, a table, the change since the
    first result. One query for the results, however many there are."""
    results = queries.history_for(request.user)
    return render(
        request,
        "assessments/history.html",
        {
            # The table's rows, the chart and the change since the first result.
            **history_summary(results, tz=request.user.tzinfo, tr=translation),
            "mixed_instruments": len({r.instrument for r in results}) > 1,
            "is_client": request.user.is_client,
        },
    )


def _delete_page(request, result) -> dict:
    """What the confirmation page shows of the result: when it was taken and its scores."""
    taken = local_time(request.user, result.taken_at)
    scores = {"anxiety": format_score(result.anxiety), "avoidance": format_score(result.avoidance)}
    return {"taken_label": short_datetime(taken), **scores}


delete = deletion_view(
    queries.access_result,
    services.delete_result,
    done=gettext_lazy("That result is deleted."),
    extra=_delete_page,
)
