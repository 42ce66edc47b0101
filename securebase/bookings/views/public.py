"""The visitor's side: choose, pick a time, give details, confirmation, cancel and reschedule."""

from __future__ import annotations

import secrets
import uuid
from datetime import UTC, date, datetime, timedelta
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from securebase.accounts.zones import zone_choices
from securebase.bookings import emails, ics, links, queries, services, slots
from securebase.bookings.forms import (
    NOT_IN_CALIFORNIA,
    DetailsForm,
    PickerForm,
    SlotChoiceForm,
    StartForm,
    within_range,
)
from securebase.bookings.models import Booking, Format
from securebase.core.safety import screen_for_risk
from securebase.core.throttling import limit_posts

DAYS_PER_PAGE = 7
SUBMISSION_SECRET = "bookings_submission_secret"  # noqa: S105 - a session key name


def _listed_clinicians(fmt: str | None = None):
    return [row.clinician for row in queries.bookable_settings(fmt=fmt)]


def _client_zone(request, asked: str) -> tuple[ZoneInfo, bool]:
    """The zone to show times in, and whether the visitor chose it (or their account says it)."""
    if asked:
        return ZoneInfo(asked), True
    if request.user.is_authenticated:
        return request.user.tzinfo, True
    return queries.practice_tz(), False


def _utc_param(moment: datetime) -> str:
    """A start time for a query string: UTC, to the minute ("2026-04-10T17:00Z")."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%MZ")


def _query(**params) -> str:
    return urlencode({k: v for k, v in params.items() if v not in (None, "")})


def _scoped_submission_key(request, posted: uuid.UUID | None) -> uuid.UUID | None:
    """The form's submission key bound to this browser session.

    Sent twice from one session, a form lands on the booking the first submit made; the same
    key posted from any other session derives a different key, so it is never a way to reach
    someone else's booking.
    """
    if posted is None:
        return None
    secret = request.session.get(SUBMISSION_SECRET)
    if secret is None:
        secret = secrets.token_hex(16)
        request.session[SUBMISSION_SECRET] = secret
    return uuid.uuid5(uuid.UUID(hex=secret), str(posted))


@require_safe
def start(request):
    clinicians = _listed_clinicians()
    if request.GET:
        form = StartForm(request.GET, clinicians=clinicians)
        if form.is_valid():
            if form.outside_california:
                return render(request, "bookings/outside_california.html")
            data = form.cleaned_data
            query = _query(clinician=data["clinician"], format=data["format"])
            return redirect(f"{reverse('bookings:times')}?{query}")
    else:
        form = StartForm(clinicians=clinicians)
    return render(
        request,
        "bookings/start.html",
        {"form": form, "clinicians": clinicians, "no_clinicians": not clinicians},
    )


@require_safe
def outside_california(request):
    return render(request, "bookings/outside_california.html")


@require_safe
def times(request):
    rows = queries.bookable_settings()
    form = PickerForm(request.GET, clinicians=[row.clinician for row in rows])
    if not form.is_valid():
        return redirect("bookings:start")
    data = form.cleaned_data
    now = timezone.now()
    chosen = queries.narrow(rows, clinician_slug=data["clinician"], fmt=data["format"])
    per_clinician = queries.free_times(
        queries.schedules_for(chosen, now=now), fmt=data["format"], now=now
    )
    free = slots.merge_free_slots(per_clinician)
    tz, zone_known = _client_zone(request, data["tz"])

    def slot_url(moment: datetime) -> str:
        query = _query(
            clinician=data["clinician"],
            format=data["format"],
            tz=data["tz"],
            start=_utc_param(moment),
        )
        return f"{reverse('bookings:details')}?{query}"

    def page_url(week: date) -> str:
        query = _query(clinician=data["clinician"], format=data["format"], tz=data["tz"], week=week)
        return f"{reverse('bookings:times')}?{query}"

    context = _picker_context(free, tz=tz, week=data["week"], slot_url=slot_url, page_url=page_url)
    clinician = next((c for c in per_clinician if c.slug == data["clinician"]), None)
    context.update(
        {
            "picker_action": reverse("bookings:times"),
            "hidden": {"clinician": data["clinician"], "format": data["format"]},
            "fmt": data["format"],
            "format_label": Format(data["format"]).label,
            "clinician": clinician,
            "zone_known": zone_known,
            "zone_choices": zone_choices(tz.key),
            "change_url": f"{reverse('bookings:start')}?"
            + _query(clinician=data["clinician"], format=data["format"]),
        }
    )
    template = "bookings/times.html#picker" if request.htmx else "bookings/times.html"
    return render(request, template, context)


def _picker_context(free, *, tz, week, slot_url, page_url) -> dict:
    """Seven days of free times from `week` (or from the first free day) in the zone `tz`."""
    days = slots.group_by_local_day(free, tz)
    first = min(days) if days else None
    start = week or first or timezone.now().astimezone(tz).date()
    end = start + timedelta(days=DAYS_PER_PAGE)
    shown = [
        {"date": day, "slots": [(moment, slot_url(moment)) for moment in moments]}
        for day, moments in days.items()
        if start <= day < end
    ]
    earlier = [day for day in days if day < start]
    later = [day for day in days if day >= end]
    practice = queries.practice_tz()
    return {
        "days": shown,
        "any_free": bool(days),
        "tz": tz,
        "same_zone": tz.key == practice.key,
        "practice_tz": practice,
        "week_start": start,
        "week_end": end - timedelta(days=1),
        "earlier_url": page_url(max(earlier[-1] - timedelta(days=DAYS_PER_PAGE - 1), earlier[0]))
        if earlier
        else "",
        "later_url": page_url(later[0]) if later else "",
    }


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
@limit_posts("booking", per_email=True)
def details(request):
    clinicians = _listed_clinicians()
    choice = SlotChoiceForm(request.GET, clinicians=clinicians)
    if not choice.is_valid():
        return redirect("bookings:start")
    picked = choice.cleaned_data
    fmt, slug, start_at = picked["format"], picked["clinician"], picked["start"]
    tz, _ = _client_zone(request, picked["tz"])
    now = timezone.now()
    context = {
        "fmt": fmt,
        "format_label": Format(fmt).label,
        "start": start_at,
        "tz": tz,
        "practice_tz": queries.practice_tz(),
        "same_zone": tz.key == queries.practice_tz().key,
        "clinician": next((c for c in clinicians if c.slug == slug), None),
        "times_url": f"{reverse('bookings:times')}?"
        + _query(clinician=slug, format=fmt, tz=picked["tz"]),
        "not_in_california": NOT_IN_CALIFORNIA,
        "telehealth": {
            "platform": settings.TELEHEALTH_PLATFORM,
            "data_handling": settings.TELEHEALTH_DATA_HANDLING,
        },
    }
    status = 200
    if request.method == "POST":
        form = DetailsForm(request.POST, fmt=fmt)
        if form.is_valid():
            data = form.cleaned_data
            try:
                booking = services.book_consultation(
                    clinician=slug,
                    fmt=fmt,
                    starts_at=start_at,
                    details=services.ClientDetails(
                        full_name=data["full_name"],
                        email=data["email"],
                        phone=data["phone"],
                        contact_method=data["contact_method"],
                        reason=data["reason"],
                        time_zone=tz.key,
                        in_california=data.get("in_california", False),
                        telehealth_consent=data.get("telehealth_consent", False),
                        session_address=data.get("session_address", ""),
                        emergency_contact=data.get("emergency_contact", ""),
                    ),
                    now=now,
                    client=request.user if request.user.is_authenticated else None,
                    submission_key=_scoped_submission_key(request, data["submission_key"]),
                    # A signed-in person's email is their account's; a visitor confirms theirs.
                    awaiting_email=not request.user.is_authenticated,
                )
            except services.SlotUnavailable as unavailable:
                context["unavailable"] = unavailable
                # The nearest times submit this form, so what was typed goes with the choice.
                context["keep_typed"] = True
                status = 409
            else:
                # After saving: the next page shows crisis resources if the words signal risk.
                screen_for_risk(request, booking.reason, saved=True)
                return redirect(links.path(booking, links.VIEW))
    else:
        check = queries.check_time(clinician_slug=slug, fmt=fmt, starts_at=start_at, now=now)
        if not check.free:
            context["unavailable"] = services.SlotUnavailable(
                taken=check.offered, alternatives=check.alternatives
            )
        initial = {"submission_key": uuid.uuid4()}
        if request.user.is_authenticated:
            initial.update(full_name=request.user.full_name, email=request.user.email)
        form = DetailsForm(fmt=fmt, initial=initial)
    if "unavailable" in context:
        context["alternatives"] = [
            (
                moment,
                f"{reverse('bookings:details')}?"
                + _query(
                    clinician=slug,
                    format=fmt,
                    tz=picked["tz"],
                    start=_utc_param(moment),
                ),
            )
            for moment in context["unavailable"].alternatives
        ]
    context["form"] = form
    return render(request, "bookings/details.html", context, status=status)


# --- Pages reached through the signed links in emails -----------------------------------------


def _booking_from_link(request, token: str, purpose: str):
    """(booking, None) for a good link, or (None, an error response): 400 tampered, 410 expired."""
    try:
        uid = links.read_token(token, purpose, now=timezone.now())
    except links.LinkTampered:
        return None, render(request, "bookings/link_invalid.html", status=400)
    except links.LinkExpired:
        return None, render(request, "bookings/link_expired.html", status=410)
    booking = (
        Booking.objects.select_related("clinician__user", "clinician__booking_settings")
        .filter(uid=uid)
        .first()
    )
    if booking is None:
        return None, render(request, "bookings/link_expired.html", status=410)
    return booking, None


def _booking_context(booking: Booking) -> dict:
    tz = emails.client_zone(booking)
    practice = queries.practice_tz()
    return {
        "booking": booking,
        "tz": tz,
        "practice_tz": practice,
        "same_zone": tz.key == practice.key,
        "video_link": booking.clinician.booking_settings.video_link
        if booking.is_telehealth and booking.status == Booking.Status.CONFIRMED
        else "",
        "cancel_url": links.path(booking, links.CANCEL) if booking.is_active else "",
        "reschedule_url": links.path(booking, links.RESCHEDULE) if booking.is_active else "",
        "calendar_url": reverse("bookings:calendar", args=[links.make_token(booking, links.VIEW)])
        if booking.status == Booking.Status.CONFIRMED
        else "",
        "hold_minutes": int(services.email_hold().total_seconds() // 60),
    }


@never_cache
@require_safe
def booked(request, token: str):
    booking, error = _booking_from_link(request, token, links.VIEW)
    if error:
        return error
    return render(request, "bookings/booked.html", _booking_context(booking))


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def confirm_email(request, token: str):
    """The link in a signed-out visitor's first email: a button confirms the address, which
    turns the short hold into their booking (a button, so a mail scanner confirms nothing)."""
    booking, error = _booking_from_link(request, token, links.CONFIRM_EMAIL)
    if error:
        return error
    if request.method == "POST":
        try:
            booking = services.confirm_booking_email(booking=booking, now=timezone.now())
        except services.SlotUnavailable as unavailable:
            context = {
                **_booking_context(booking),
                "unavailable": unavailable,
                "times_url": f"{reverse('bookings:times')}?"
                + _query(clinician=booking.clinician.slug, format=booking.format),
            }
            return render(request, "bookings/confirm_email.html", context, status=409)
        return redirect(links.path(booking, links.VIEW))
    if booking.status != Booking.Status.AWAITING_EMAIL:
        return redirect(links.path(booking, links.VIEW))
    return render(request, "bookings/confirm_email.html", _booking_context(booking))


@never_cache
@require_safe
def calendar_file(request, token: str):
    booking, error = _booking_from_link(request, token, links.VIEW)
    if error:
        return error
    if booking.status != Booking.Status.CONFIRMED:
        raise Http404
    data = ics.invitation(emails.calendar_event(booking), now=timezone.now())
    response = HttpResponse(data, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="consultation.ics"'
    return response


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def cancel(request, token: str):
    booking, error = _booking_from_link(request, token, links.CANCEL)
    if error:
        return error
    if request.method == "POST":
        booking, changed = services.cancel_booking(
            booking=booking, by=Booking.CancelledBy.CLIENT, now=timezone.now()
        )
        if changed:
            messages.success(request, "Your consultation is cancelled. We have emailed you.")
        return redirect(request.path)
    return render(request, "bookings/cancel.html", _booking_context(booking))


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def reschedule(request, token: str):
    booking, error = _booking_from_link(request, token, links.RESCHEDULE)
    if error:
        return error
    if not booking.is_active:
        return render(request, "bookings/link_expired.html", {"cancelled": True}, status=410)
    context = _booking_context(booking)
    tz = context["tz"]
    now = timezone.now()
    asked = SlotChoiceForm(request.POST or request.GET, clinicians=[booking.clinician])
    chosen = None
    if "start" in (request.POST or request.GET):
        chosen = asked.cleaned_data.get("start") if asked.is_valid() else None
    status = 200
    if request.method == "POST" and chosen is not None:
        try:
            booking = services.reschedule_booking(booking=booking, starts_at=chosen, now=now)
        except services.SlotUnavailable as unavailable:
            context["unavailable"] = unavailable
            status = 409
        except services.BookingStateError as refused:
            messages.error(request, str(refused))
            return redirect(request.path)
        else:
            messages.success(request, "Your consultation has a new time. We have emailed you.")
            return redirect(links.path(booking, links.VIEW))

    rows = queries.bookable_settings(clinician_slug=booking.clinician.slug, fmt=booking.format)
    per_clinician = queries.free_times(
        queries.schedules_for(rows, now=now),
        fmt=booking.format,
        now=now,
        exclude_booking=booking.pk,
    )
    free = slots.merge_free_slots(per_clinician)
    week = None
    if request.GET.get("week"):
        try:
            week = within_range(date.fromisoformat(request.GET["week"]))
        except ValueError:
            week = None
    context.update(
        _picker_context(
            free,
            tz=tz,
            week=week,
            slot_url=lambda moment: (
                f"{request.path}?" + _query(format=booking.format, start=_utc_param(moment))
            ),
            page_url=lambda day: f"{request.path}?{_query(week=day)}",
        )
    )
    context.update({"chosen": chosen, "fmt": booking.format})
    if "unavailable" in context:
        context["alternatives"] = [
            (
                m,
                f"{request.path}?" + _query(format=booking.format, start=_utc_param(m)),
            )
            for m in context["unavailable"].alternatives
        ]
    template = "bookings/reschedule.html#picker" if request.htmx else "bookings/reschedule.html"
    return render(request, template, context, status=status)
