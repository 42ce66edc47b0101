"""The clinician's side: dashboard, one consultation, decisions, availability and the ICS feed.

Every page here is for a signed-in clinician (two-factor is enforced by middleware) and shows
only their own consultations; anyone else gets 404.
"""

from __future__ import annotations

from functools import wraps

from django.apps import apps
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.views.decorators.http import require_POST, require_safe

from securebase.bookings import availability, decisions, ics, queries, services
from securebase.bookings.audit import record_booking_access, record_bookings_listed
from securebase.bookings.forms import (
    CancelForm,
    DeclineForm,
    NoteForm,
    OutcomeForm,
    OverrideForm,
    SettingsForm,
    WindowFormSet,
)
from securebase.bookings.models import Booking, Format, WeeklyWindow
from securebase.core import dates


@login_required
@require_safe
def dashboard(request):
    profile = queries.clinic_profile_of(request.user)
    now = timezone.now()
    overview = queries.clinic_overview(request.user, now=now)
    listed = [
        *overview.requests,
        *overview.today,
        *overview.upcoming,
        *overview.needs_outcome,
        *overview.recently_cancelled,
    ]
    record_bookings_listed(
        viewer=request.user, bookings=listed, action="listed on consultations dashboard"
    )
    context = {
        "profile": profile,
        "overview": overview,
        "follow_ups": queries.open_follow_ups(request.user),
        "practice_tz": queries.practice_tz(),
        "now": now,
        # Telehealth sessions show whether they were started (identity and place confirmed).
        "session_starts": apps.is_installed("securebase.records"),
    }
    return render(request, "bookings/clinic/dashboard.html", context)


def _booking_page(request, booking: Booking, *, status: int = 200, **forms):
    # Visitors who booked signed out are audited too, by the email they gave.
    record_booking_access(
        viewer=request.user, booking=booking, action="viewed consultation booking"
    )
    context = {
        "booking": booking,
        "follow_up": getattr(booking, "safety_follow_up", None),
        "practice_tz": queries.practice_tz(),
        "now": timezone.now(),
        "cancel_form": forms.get("cancel_form") or CancelForm(),
        "decline_form": forms.get("decline_form") or DeclineForm(),
        "note_form": forms.get("note_form") or NoteForm(initial={"note": booking.private_note}),
        "outcome_form": OutcomeForm(),
    }
    return render(request, "bookings/clinic/booking.html", context, status=status)


@login_required
@require_safe
def booking_detail(request, uid):
    queries.clinic_profile_of(request.user)
    booking = queries.access_booking(request.user, uid)
    return _booking_page(request, booking)


def _decision(form_class=None, form_name: str = ""):
    """A clinician's decision on one booking they may see, then back to its page.

    The view calls ``decide(request, booking)``, or, given a form, ``decide(request, booking,
    cleaned_data)`` once the form is valid (an invalid one brings the booking page back, 400,
    with its errors). What ``decide`` returns is the success message; a ``BookingStateError``
    it raises is shown as the error instead.
    """

    def wrap(decide):
        @login_required
        @require_POST
        @wraps(decide)
        def view(request, uid):
            queries.clinic_profile_of(request.user)
            booking = queries.access_booking(request.user, uid)
            data = ()
            if form_class is not None:
                form = form_class(request.POST)
                if not form.is_valid():
                    return _booking_page(request, booking, status=400, **{form_name: form})
                data = (form.cleaned_data,)
            try:
                said = decide(request, booking, *data)
            except services.BookingStateError as refused:
                messages.error(request, str(refused))
            else:
                messages.success(request, said)
            return redirect("bookings:clinic_booking", uid=booking.uid)

        return view

    return wrap


@_decision()
def confirm(request, booking):
    decisions.confirm_booking(booking=booking, now=timezone.now())
    return gettext("Confirmed. The client has been emailed an invitation.")


@_decision(DeclineForm, "decline_form")
def decline(request, booking, data):
    decisions.decline_booking(booking=booking, message=data["message"], now=timezone.now())
    return gettext("Declined. The client has been emailed.")


@_decision(CancelForm, "cancel_form")
def cancel(request, booking, data):
    _, changed = services.cancel_booking(
        booking=booking,
        by=Booking.CancelledBy.CLINICIAN,
        message=data["message"],
        now=timezone.now(),
    )
    if not changed:
        raise services.BookingStateError(gettext("This consultation was already cancelled."))
    return gettext("Cancelled. The client has been emailed.")


@_decision()
def follow_up_reviewed(request, booking):
    follow_up = getattr(booking, "safety_follow_up", None)
    if follow_up is None:
        raise Http404("This consultation has no safety follow-up.")
    if not decisions.mark_follow_up_reviewed(
        follow_up=follow_up, reviewer=request.user, now=timezone.now()
    ):
        raise services.BookingStateError(gettext("This follow-up was already marked reviewed."))
    return gettext("Marked reviewed. The time and your name are recorded.")


@_decision()
def outcome(request, booking):
    form = OutcomeForm(request.POST)
    if not form.is_valid():
        raise services.BookingStateError(gettext("Choose completed or no-show."))
    decisions.record_outcome(
        booking=booking, status=form.cleaned_data["outcome"], now=timezone.now()
    )
    return gettext("Outcome saved.")


@_decision(NoteForm, "note_form")
def note(request, booking, data):
    services.save_private_note(booking=booking, note=data["note"])
    return gettext("Note saved.")


# --- Availability settings ------------------------------------------------------------------


def _own_settings(request):
    """The signed-in clinician's booking settings, made with the defaults on first use."""
    return availability.ensure_booking_settings(clinician=queries.clinic_profile_of(request.user))


def _practice_today():
    return timezone.now().astimezone(queries.practice_tz()).date()


def _settings_page(request, row, *, status=200, **forms):
    windows = WeeklyWindow.objects.filter(settings=row).order_by("weekday", "start_time")
    today = _practice_today()
    context = {
        "row": row,
        "settings_form": forms.get("settings_form") or SettingsForm(instance=row),
        "window_formset": forms.get("window_formset")
        or WindowFormSet(
            initial=[
                {
                    "weekday": w.weekday,
                    "start_time": w.start_time,
                    "end_time": w.end_time,
                    "in_person": w.in_person,
                    "telehealth": w.telehealth,
                }
                for w in windows
            ],
            prefix="hours",
        ),
        "override_form": forms.get("override_form") or OverrideForm(today=today),
        "overrides": row.overrides.filter(date__gte=today),
        "feed_url": request.build_absolute_uri(reverse("bookings:feed", args=[row.feed_token])),
        "practice_tz": queries.practice_tz(),
        "formats": Format,
    }
    return render(request, "bookings/clinic/settings.html", context, status=status)


@login_required
@require_safe
def settings_page(request):
    row = _own_settings(request)
    return _settings_page(request, row)


def _settings_change(change):
    """A change to the signed-in clinician's booking settings, then back to the settings page.

    The view calls ``change(request, row, ...)`` with their settings row; it returns the
    success message, or the settings page again (400) when a form has errors.
    """

    @login_required
    @require_POST
    @wraps(change)
    def view(request, *args, **kwargs):
        said = change(request, _own_settings(request), *args, **kwargs)
        if isinstance(said, HttpResponse):
            return said
        messages.success(request, said)
        return redirect("bookings:clinic_settings")

    return view


@_settings_change
def save_rules(request, row):
    form = SettingsForm(request.POST, instance=row)
    if not form.is_valid():
        row.refresh_from_db()
        return _settings_page(request, row, status=400, settings_form=form)
    availability.update_booking_settings(row=row, values=form.cleaned_data)
    return gettext("Booking rules saved.")


@_settings_change
def save_hours(request, row):
    formset = WindowFormSet(request.POST, prefix="hours")
    if not formset.is_valid():
        return _settings_page(request, row, status=400, window_formset=formset)
    # Untouched blank rows have no cleaned data; ticked "Delete" rows are dropped.
    windows = [
        form.spec()
        for form in formset.forms
        if form.cleaned_data and not form.cleaned_data.get("DELETE")
    ]
    availability.replace_weekly_windows(row=row, windows=windows)
    return gettext("Weekly hours saved.")


@_settings_change
def add_override(request, row):
    form = OverrideForm(request.POST, today=_practice_today())
    if not form.is_valid():
        return _settings_page(request, row, status=400, override_form=form)
    data = form.cleaned_data
    availability.set_date_override(
        row=row,
        day=data["date"],
        day_off=data["day_off"],
        start_time=data["start_time"],
        end_time=data["end_time"],
        in_person=data["in_person"],
        telehealth=data["telehealth"],
    )
    return gettext("Saved the change for %(day)s.") % {
        "day": dates.long_date(data["date"], year=False)
    }


@_settings_change
def remove_override(request, row, override_id: int):
    if not availability.remove_date_override(row=row, override_id=override_id):
        raise Http404
    return gettext("Removed. That date follows your weekly hours again.")


@_settings_change
def regenerate_feed(request, row):
    availability.regenerate_feed_token(row=row)
    return gettext("New calendar link made. The old one no longer works.")


@require_safe
def feed(request, token: str):
    """The clinician's subscribable calendar. The secret token is the only key; events name no
    client, because calendar services outside the practice fetch this file."""
    now = timezone.now()
    row, bookings = queries.feed_for_token(token, now=now)
    # No one is signed in when a calendar service fetches this: write it in the clinician's
    # own language.
    language = row.clinician.user.language or settings.LANGUAGE_CODE
    with translation.override(language):
        data = _feed(request, row, bookings, now=now)
    response = HttpResponse(data, content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, max-age=300"
    return response


def _feed(request, row, bookings, *, now) -> bytes:
    events = [
        ics.CalendarEvent(
            uid=f"{booking.uid}@{request.get_host().split(':')[0]}",
            sequence=booking.sequence,
            start=booking.starts_at,
            end=booking.ends_at,
            summary=(
                gettext("Free consultation (%(format)s)")
                % {"format": str(Format(booking.format).label).lower()}
                if booking.status == Booking.Status.CONFIRMED
                else gettext("Consultation request awaiting your decision")
            ),
            url=request.build_absolute_uri(reverse("bookings:clinic_booking", args=[booking.uid])),
        )
        for booking in bookings
    ]
    name = gettext("Consultations · %(clinician)s") % {"clinician": row.clinician.display_name}
    return ics.feed(events, name=name, now=now)
