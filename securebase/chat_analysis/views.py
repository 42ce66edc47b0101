from __future__ import annotations

import contextlib
import hashlib
from datetime import UTC, datetime, timedelta
from functools import wraps
from zoneinfo import ZoneInfo

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.files.uploadhandler import MemoryFileUploadHandler
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext, gettext_lazy
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from securebase.accounts.guards import clients_only, is_client
from securebase.accounts.zones import viewer_zone
from securebase.chat_analysis import pending, queries, services, uploads
from securebase.chat_analysis.engine import errors
from securebase.chat_analysis.engine.errors import ChatImportError
from securebase.chat_analysis.engine.parsers import parse_export
from securebase.chat_analysis.forms import PeopleForm, ReportForm, SaveForm, UploadForm
from securebase.chat_analysis.presentation import display
from securebase.chat_analysis.presentation.report import choose_people, report_data
from securebase.core import dates
from securebase.core.confirm import deletion_view
from securebase.core.throttling import limit_posts

EXPIRED = gettext_lazy(
    "That upload is no longer here: we keep the numbers from a chat for an hour at most, then "
    "delete them. Please upload the export again."
)


def _is_xhr(request) -> bool:
    return request.headers.get("X-Requested-With") == "XMLHttpRequest"


BUSY = gettext_lazy(
    "Several people are reading chats right now, so yours has to wait. Nothing from it was "
    "kept. Please try again in a minute."
)


def _parse_upload(upload, time_zone: str):
    """Parse an uploaded file where it lies: in memory, or in its encrypted spool."""
    upload.seek(0)
    return parse_export(
        upload.file, filename=upload.name, tz=ZoneInfo(time_zone), limits=uploads.limits()
    )


def _discard_uploads(request) -> None:
    """Close every uploaded file (an encrypted spool disappears as it closes)."""
    for upload in request.FILES.values():
        with contextlib.suppress(OSError, ValueError):
            upload.close()


@csrf_exempt  # checked by _start, once the upload handlers below are in place
@require_http_methods(["GET", "POST"])
@limit_posts("chat_upload")
def start(request):
    if request.method == "POST":
        # Never Django's temporary file: it would hold the chat in plain text on disk.
        request.upload_handlers = [
            MemoryFileUploadHandler(request),
            uploads.EncryptedUploadHandler(request),
        ]
    return _start(request)


@csrf_protect
def _start(request):
    limit = uploads.setting("CHAT_ANALYSIS_MAX_UPLOAD_BYTES")
    zone = viewer_zone(request.user).key
    form = UploadForm(limit=limit, time_zone=zone)
    status = 200
    if request.method == "POST":
        error = ""
        status = 400
        try:
            form = UploadForm(request.POST, request.FILES, limit=limit, time_zone=zone)
            if form.is_valid():
                try:
                    with uploads.analysis_slot():
                        conversations = _parse_upload(
                            form.cleaned_data["chat"], form.cleaned_data["time_zone"]
                        )
                except ChatImportError as exc:
                    error = exc.message
                    status = 503 if exc.code == "too_slow" else 400
                except uploads.Busy:
                    error, status = str(BUSY), 503
                else:
                    pending.keep(request.session, conversations)
                    target = reverse("chat_analysis:choose")
                    if _is_xhr(request):
                        return JsonResponse({"redirect": target})
                    return redirect(target)
            else:
                error = " ".join(e for problems in form.errors.values() for e in problems)
        finally:
            _discard_uploads(request)
        if _is_xhr(request):
            return JsonResponse({"error": error}, status=status)
        if error and not form.errors:
            form.add_error("chat", error)
    return render(
        request,
        "chat_analysis/start.html",
        {
            "form": form,
            "has_pending": pending.exists(request.session),
            "can_save": is_client(request.user),
            "too_large_message": errors.too_large(limit).message,
        },
        status=status,
    )


def _busy(request):
    context = {"heading": gettext("Please try again in a minute"), "message": BUSY, "retry": True}
    return render(request, "chat_analysis/problem.html", context, status=503)


def _out_of_range(request):
    context = {
        "heading": gettext("That date is out of range"),
        "message": gettext(
            "The date and time to measure from is too far in the past or the future. "
            "Please choose one between 1970 and 2200."
        ),
    }
    return render(request, "chat_analysis/problem.html", context, status=400)


def _needs_chat(view):
    """Run ``view`` with the chat the session holds, as its second argument; when it is gone
    (expired or forgotten), back to the start page, saying so."""

    @wraps(view)
    def with_chat(request, *args, **kwargs):
        loaded = pending.load(request.session)
        if loaded is None:
            messages.info(request, EXPIRED)
            return redirect("chat_analysis:start")
        return view(request, loaded, *args, **kwargs)

    return with_chat


def _report_query(request) -> str:
    """The report's own parameters from this request's query string, encoded again."""
    return urlencode({k: v for k, v in request.GET.items() if k in ReportForm.base_fields})


def _chat_index(request, loaded) -> int:
    try:
        index = int(request.GET.get("chat", request.POST.get("chat", 0)))
    except ValueError:
        raise Http404("No such chat.") from None
    if not 0 <= index < len(loaded.conversations):
        raise Http404("No such chat.")
    return index


@require_http_methods(["GET", "POST"])
@_needs_chat
def choose(request, loaded):
    index = _chat_index(request, loaded)
    conv = loaded.conversations[index]
    form = PeopleForm(request.POST or None, participants=conv.participants)
    if request.method == "POST" and form.is_valid():
        query = urlencode({"chat": index, **form.cleaned_data})
        return redirect(f"{reverse('chat_analysis:ready')}?{query}")
    if request.method == "GET":
        try:
            me, them, guessed = choose_people(conv)
            form.initial = {"them": them} if guessed else {"me": me, "them": them}
        except ValueError:
            pass
    return render(
        request,
        "chat_analysis/choose.html",
        {"form": form, "conv": conv, "chat": index, "chats": loaded.conversations},
    )


def _chosen(loaded, form):
    """The chat and the two people (indices) a valid ReportForm names; Http404 for a chat or
    a person that is not in the upload, or one person chosen twice."""
    index = form.cleaned_data["chat"] or 0
    if index >= len(loaded.conversations):
        raise Http404("No such chat.")
    conv = loaded.conversations[index]
    me, them = form.cleaned_data["me"], form.cleaned_data["them"]
    if me == them or max(me, them) >= len(conv.participants):
        raise Http404("No such people in this chat.")
    return conv, me, them


def _report_context(request, loaded, form) -> dict:
    """Report data and display context, from a valid ReportForm; Http404 for bad numbers."""
    conv, me, them = _chosen(loaded, form)
    tz = _viewer_zone(request, conv)
    as_of = form.cleaned_data.get("as_of")
    now = timezone.now() if as_of is None else _aware(as_of, tz)
    if not 1970 <= now.astimezone(UTC).year < 2200:  # the engine's range of message times
        raise ValueError("moment out of range")
    with uploads.analysis_slot():
        data = report_data(conv, me=me, them=them, now=now)
    view = display.build(data, me=conv.participants[me], them=conv.participants[them])
    return {
        "data": data,
        "view": view,
        "conv": conv,
        "now": now.astimezone(tz),
        "viewer_zone": dates.zone_label(tz),
    }


def _viewer_zone(request, conv) -> ZoneInfo:
    """The zone "your local time" means: a signed-in person's own, else the zone chosen
    for the export at upload. Times typed on the report are read in it and shown in it."""
    if request.user.is_authenticated:
        return request.user.tzinfo
    return ZoneInfo(conv.time_zone)


# Measuring the same chat again within this time brings a gentle offer of a pause first.
REMEASURE_WINDOW = timedelta(hours=3)
MEASURED_KEY = "chat_analysis_measured"


def _fingerprint(conv, me: int, them: int) -> str:
    """A short hash of the chat's times and the two people: the same chat uploaded again
    gives the same value; nothing of the chat can be read back from it."""
    digest = hashlib.sha256(conv.utc.tobytes())
    digest.update(f"{me}:{them}:{len(conv.participants)}".encode())
    return digest.hexdigest()[:16]


def _measured_recently(request, fingerprint: str) -> datetime | None:
    """When this session last measured this chat, if within REMEASURE_WINDOW."""
    seen = request.session.get(MEASURED_KEY)
    if not isinstance(seen, dict) or not isinstance(seen.get(fingerprint), str):
        return None
    try:
        when = datetime.fromisoformat(seen[fingerprint])
    except ValueError:
        return None
    return when if timezone.now() - when < REMEASURE_WINDOW else None


def _note_measured(request, fingerprint: str) -> None:
    cutoff = timezone.now() - REMEASURE_WINDOW
    seen = request.session.get(MEASURED_KEY)
    seen = dict(seen) if isinstance(seen, dict) else {}
    kept = {}
    for key, value in seen.items():
        try:
            if datetime.fromisoformat(value) > cutoff:
                kept[key] = value
        except (TypeError, ValueError):
            continue
    kept[fingerprint] = timezone.now().isoformat()
    request.session[MEASURED_KEY] = kept


def _aware(moment: datetime, tz: ZoneInfo) -> datetime:
    if timezone.is_aware(moment):
        moment = timezone.make_naive(moment, timezone.get_current_timezone())
    return moment.replace(tzinfo=tz)


def _report(request, loaded, template: str):
    form = ReportForm(request.GET)
    if not form.is_valid():
        if set(form.errors) <= {"as_of"}:
            messages.error(
                request, gettext("That date and time could not be read; showing now instead.")
            )
            query = {k: v for k, v in request.GET.items() if k != "as_of"}
            return redirect(f"{request.path}?{urlencode(query)}")
        return redirect("chat_analysis:choose")
    try:
        context = _report_context(request, loaded, form)
    except uploads.Busy:
        return _busy(request)
    except (OverflowError, ValueError):
        return _out_of_range(request)
    query = _report_query(request)
    fingerprint = _fingerprint(context["conv"], form.cleaned_data["me"], form.cleaned_data["them"])
    context.update(
        as_of_form=form,
        query=query,
        save_form=SaveForm(initial=dict(request.GET.items())),
        can_save=is_client(request.user),
        measured_before=_measured_recently(request, fingerprint),
    )
    _note_measured(request, fingerprint)
    return render(request, template, context)


@require_safe
@_needs_chat
def ready(request, loaded):
    """One screen between choosing the people and the report: the pause tool first, if
    the person wants it, and "Measure now" one tap away. Never blocks."""
    form = ReportForm(request.GET)
    if not form.is_valid():
        return redirect("chat_analysis:choose")
    conv, me, them = _chosen(loaded, form)
    return render(
        request,
        "chat_analysis/ready.html",
        {
            "report_url": f"{reverse('chat_analysis:report')}?{_report_query(request)}",
            "them": display.name_tag(conv.participants[them]),
            "measured_before": _measured_recently(request, _fingerprint(conv, me, them)),
        },
    )


@require_safe
@_needs_chat
def report(request, loaded):
    return _report(request, loaded, "chat_analysis/report.html")


@require_safe
@_needs_chat
def report_print(request, loaded):
    return _report(request, loaded, "chat_analysis/print.html")


@require_POST
def forget(request):
    pending.forget(request.session)
    messages.success(request, gettext("Done: the numbers from that chat have been deleted."))
    return redirect("chat_analysis:start")


@clients_only
@require_POST
@_needs_chat
def save(request, loaded):
    form = SaveForm(request.POST)
    if not form.is_valid():
        return redirect("chat_analysis:choose")
    try:
        context = _report_context(request, loaded, form)
    except uploads.Busy:
        return _busy(request)
    summary = services.save_summary(
        user=request.user, data=context["data"], token=form.cleaned_data["token"]
    )
    messages.success(request, gettext("Saved: only the numbers were kept, none of the messages."))
    return redirect("chat_analysis:saved_detail", pk=summary.pk)


@clients_only
@require_safe
def saved_list(request):
    return render(
        request, "chat_analysis/saved_list.html", {"summaries": queries.summary_list(request.user)}
    )


@login_required
@require_safe
def saved_detail(request, pk: int):
    summary = queries.access_summary(request.user, pk)
    view = display.build(summary.numbers, me=gettext("You"), them=gettext("Them"))
    return render(
        request,
        "chat_analysis/saved_detail.html",
        {"summary": summary, "data": summary.numbers, "view": view},
    )


saved_delete = deletion_view(
    queries.access_summary,
    services.delete_summary,
    done=gettext_lazy("That summary has been deleted."),
    then="chat_analysis:saved",
)
