"""The records app's pieces on other apps' pages (declared in RecordsConfig.page_slots)."""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils import timezone

from securebase.accounts.guards import is_client
from securebase.bookings.models import Booking
from securebase.bookings.queries import practice_tz
from securebase.records import queries


def clinic_booking(request, *, booking: Booking) -> str:
    """On a consultation the clinician sees: the telehealth start step, and sending documents."""
    if not request.user.is_clinician:
        return ""
    context = {
        "booking": booking,
        "started": queries.session_start_of(booking),
        "practice_tz": practice_tz(),
        "show_start": booking.is_telehealth
        and booking.status in (Booking.Status.CONFIRMED, Booking.Status.COMPLETED),
        "now": timezone.now(),
    }
    return render_to_string("records/_clinic_booking.html", context, request=request)


def client_home(request) -> str:
    """On a client's home: how many documents wait for their signature, if any."""
    user = request.user
    if not is_client(user):
        return ""
    waiting = queries.outstanding_count(user)
    if not waiting:
        return ""
    return render_to_string("records/_client_home.html", {"waiting": waiting}, request=request)


def care_client(request, *, client, relationship) -> str:
    """On the care team's client page: the documents this clinician sent the client, and
    sending more. The page already checked the relationship (``care.queries.access_client``)."""
    documents = queries.documents_sent_to(client, by=request.user)
    return render_to_string(
        "records/_care_client.html", {"client": client, "documents": documents}, request=request
    )
