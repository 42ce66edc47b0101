"""The visitor's side: choose, pick a time, give details, confirmation, cancel and reschedule."""

from __future__ import annotations

import secrets
import uuid
from datetime import date

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from securebase.accounts.zones import practice_zone, zone_choices
from securebase.bookings import emails, free_times, ics, links, presenting, services
from securebase.bookings.forms import (
    NOT_IN_CALIFORNIA,
    DetailsForm,
    PickerForm,
    SlotChoiceForm,
    StartForm,
    within_range,
)
from securebase.bookings.models import Booking, Format
from securebase.bookings.presenting import query
from securebase.core.safety import screen_for_risk
from securebase.core.throttling import limit_posts

SUBMISSION_SECRET = "bookings_submission_secret"  # noqa: S105 - a session key name


def _listed_clinicians(fmt: str | None = None):
    return [row.clinician for row in free_times.bookable_settings(fmt=fmt)]


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


def _page_language() -> str:
    """The language of the page being answered, as one of settings.LANGUAGES' codes."""
    code = (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0].lower()
    known = {known for known, _name in settings.LANGUAGES}
    return code if code in known else settings.LANGUAGE_CODE


@require_safe
def start(request):
    # Names, slugs and formats: the picker's slim reading serves this page too.
    clinicians = [row.clinician for row in free_times.bookable_settings(for_picker=True)]
    if request.GET:
        form = StartForm(request.GET, clinicians=clinicians)
        if form.is_valid():
            if form.outside_california:
                return render(request, "bookings/outside_california.html")
            data = form.cleaned_data
            params = query(clinician=data["clinician"], format=data["format"], tz=data["tz"])
            return redirect(f"{reverse('bookings:times')}?{params}")
    else:
        zone = request.user.time_zone if request.user.is_authenticated else ""
        form = StartForm(clinicians=clinicians, initial={"tz": zone or practice_zone().key})
        if not zone:
            # A visitor's own zone is unknown: the browser fills it in when it can.
            form.fields["tz"].widget.attrs["data-detect-time-zone"] = "fill"
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
    rows = free_times.bookable_settings(for_picker=True)
    form = PickerForm(request.GET, clinicians=[row.clinician for row in rows])
    if not form.is_valid():
        return redirect("bookings:start")
    data = form.cleaned_data
    slug, fmt = data["clinician"], data["format"]
    chosen = free_times.narrow(rows, clinician_slug=slug, fmt=fmt)
    tz, zone_known = presenting.client_zone(request, data["tz"])
    now = timezone.now()
    page = free_times.picker_page(
        free_times.schedules_for(chosen, now=now),
        fmt=fmt,
        now=now,
        tz=tz,
        start=data["week"],
        days=presenting.DAYS_FOR_FIRST_AVAILABLE
        if slug == free_times.ANY
        else presenting.DAYS_FOR_ONE_CLINICIAN,
    )
    times_path = reverse("bookings:times")
    context = presenting.picker_context(
        page,
        tz=tz,
        slot_links=presenting.TimeLinks(
            reverse("bookings:details"), clinician=slug, format=fmt, tz=data["tz"]
        ),
        page_links=presenting.TimeLinks(times_path, clinician=slug, format=fmt, tz=data["tz"]),
    )
    context.update(
        {
            "picker_action": times_path,
            "hidden": {"clinician": slug, "format": fmt},
            "jump_hidden": {"clinician": slug, "format": fmt, "tz": data["tz"]},
            "fmt": fmt,
            "format_label": Format(fmt).label,
            "clinician": next(
                (row.clinician for row in chosen if row.clinician.slug == slug), None
            ),
            "zone_known": zone_known,
            "zone_choices": zone_choices(tz.key),
            "change_url": f"{reverse('bookings:start')}?" + query(clinician=slug, format=fmt),
        }
    )
    template = "bookings/times.html#picker" if request.htmx else "bookings/times.html"
    return render(request, template, context)


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
    tz, _ = presenting.client_zone(request, picked["tz"])
    now = timezone.now()
    context = {
        **presenting.zone_context(tz),
        "fmt": fmt,
        "format_label": Format(fmt).label,
        "start": start_at,
        "clinician": next((c for c in clinicians if c.slug == slug), None),
        "times_url": f"{reverse('bookings:times')}?"
        + query(clinician=slug, format=fmt, tz=picked["tz"]),
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
                        language=_page_language(),
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
        check = free_times.check_time(clinician_slug=slug, fmt=fmt, starts_at=start_at, now=now)
        if not check.free:
            context["unavailable"] = services.SlotUnavailable(
                taken=check.offered, alternatives=check.alternatives
            )
        initial = {"submission_key": uuid.uuid4()}
        if request.user.is_authenticated:
            initial.update(full_name=request.user.full_name, email=request.user.email)
        form = DetailsForm(fmt=fmt, initial=initial)
    if "unavailable" in context:
        context["alternatives"] = presenting.alternatives(
            context["unavailable"].alternatives,
            presenting.TimeLinks(request.path, clinician=slug, format=fmt, tz=picked["tz"]),
        )
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


@never_cache
@require_safe
def booked(request, token: str):
    booking, error = _booking_from_link(request, token, links.VIEW)
    if error:
        return error
    return render(request, "bookings/booked.html", presenting.booking_context(booking))


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
                **presenting.booking_context(booking),
                "unavailable": unavailable,
                "times_url": f"{reverse('bookings:times')}?"
                + query(clinician=booking.clinician.slug, format=booking.format),
            }
            return render(request, "bookings/confirm_email.html", context, status=409)
        return redirect(links.path(booking, links.VIEW))
    if booking.status != Booking.Status.AWAITING_EMAIL:
        return redirect(links.path(booking, links.VIEW))
    return render(request, "bookings/confirm_email.html", presenting.booking_context(booking))


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
            messages.success(
                request, gettext("Your consultation is cancelled. We have emailed you.")
            )
        return redirect(request.path)
    return render(request, "bookings/cancel.html", presenting.booking_context(booking))


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def reschedule(request, token: str):
    booking, error = _booking_from_link(request, token, links.RESCHEDULE)
    if error:
        return error
    if not booking.is_active:
        return render(request, "bookings/link_expired.html", {"cancelled": True}, status=410)
    context = presenting.booking_context(booking)
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
            messages.success(
                request, gettext("Your consultation has a new time. We have emailed you.")
            )
            return redirect(links.path(booking, links.VIEW))

    rows = free_times.bookable_settings(clinician_slug=booking.clinician.slug, fmt=booking.format)
    week = None
    if request.GET.get("week"):
        try:
            week = within_range(date.fromisoformat(request.GET["week"]))
        except ValueError:
            week = None
    page = free_times.picker_page(
        free_times.schedules_for(rows, now=now),
        fmt=booking.format,
        now=now,
        tz=tz,
        start=week,
        days=presenting.DAYS_FOR_ONE_CLINICIAN,
        exclude_booking=booking.pk,
    )
    slot_links = presenting.TimeLinks(request.path, format=booking.format)
    context.update(
        presenting.picker_context(
            page, tz=tz, slot_links=slot_links, page_links=presenting.TimeLinks(request.path)
        )
    )
    context.update(
        {"chosen": chosen, "fmt": booking.format, "picker_action": request.path, "jump_hidden": {}}
    )
    if "unavailable" in context:
        context["alternatives"] = presenting.alternatives(
            context["unavailable"].alternatives, slot_links
        )
    template = "bookings/reschedule.html#picker" if request.htmx else "bookings/reschedule.html"
    return render(request, template, context, status=status)
