"""What the clinic home shows of consultations (``core.features.clinic_glance``): today's,
the requests waiting for an answer, and the safety markers not yet reviewed.
"""

from __future__ import annotations

from datetime import datetime

from django.urls import reverse
from django.utils.translation import gettext

from securebase.bookings import queries
from securebase.bookings.audit import record_bookings_listed
from securebase.bookings.models import Booking
from securebase.bookings.templatetags.booking_time import clock, day_name
from securebase.core.features import Glance, GlanceItem, ResolvedLink

# A glance shows a few; the consultations page has the whole list.
SHOWN = 5


def _item(booking: Booking, tz, *, with_day: bool) -> GlanceItem:
    when = clock(booking.starts_at, tz)
    if with_day:
        when = f"{day_name(booking.starts_at, tz)}, {when}"
    text = f"{when} · {booking.full_name} · {booking.get_format_display()}"
    return GlanceItem(text, reverse("bookings:clinic_booking", args=[booking.uid]))


def clinic_glance(viewer, *, now: datetime) -> list[Glance]:
    """Today's consultations, waiting requests and open safety markers of ``viewer`` (a
    clinician), in two queries; each person listed gets an audit row, as on the dashboard."""
    overview = queries.clinic_overview(viewer, now=now)
    # Each glance shows the first few of its list, and only those are listed in the audit trail.
    follow_ups = queries.open_follow_ups(viewer)[:SHOWN]
    today, requests = overview.today[:SHOWN], overview.requests[:SHOWN]
    tz = queries.practice_tz()
    more = ResolvedLink(gettext("All consultations"), reverse("bookings:clinic"))
    glances = [
        Glance(
            gettext("Safety markers to review"),
            tuple(_item(b, tz, with_day=True) for b in follow_ups),
            gettext("No safety marker is waiting for review."),
            more,
            order=5,
            urgent=True,
        ),
        Glance(
            gettext("Today’s consultations"),
            tuple(_item(b, tz, with_day=False) for b in today),
            gettext("No consultation today."),
            more,
            order=10,
        ),
        Glance(
            gettext("Requests waiting for your answer"),
            tuple(_item(b, tz, with_day=True) for b in requests),
            gettext("No request is waiting."),
            more,
            order=11,
        ),
    ]
    shown = {b.uid: b for b in (*follow_ups, *today, *requests)}
    if shown:
        record_bookings_listed(
            viewer=viewer, bookings=shown.values(), action="listed on clinic home"
        )
    return glances
