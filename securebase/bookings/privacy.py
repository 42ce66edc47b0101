"""The booking part of a person's data export."""

from __future__ import annotations

from securebase.bookings.models import Booking


def export_user_data(user) -> dict:
    """Consultations booked while signed in as `user`, with what they told us, in plain text.

    The clinician's private note is not part of it: it is the clinician's working note, not
    something the client gave us. A safety follow-up marker is: when it was marked and when the
    clinician reviewed it (which screen rule matched stays with the clinician's audit record).
    """

    def moment(value):
        return value.isoformat() if value else None

    return {
        "consultations": [
            {
                "clinician": booking.clinician.display_name,
                "format": booking.format,
                "status": booking.status,
                "starts_at": moment(booking.starts_at),
                "ends_at": moment(booking.ends_at),
                "name": booking.full_name,
                "email": booking.email,
                "phone": booking.phone,
                "contact_method": booking.contact_method,
                "what_brings_you_here": booking.reason,
                "time_zone": booking.client_time_zone,
                "contact_consent_at": moment(booking.contact_consent_at),
                "california_attested_at": moment(booking.california_attested_at),
                "telehealth_consent_at": moment(booking.telehealth_consent_at),
                "telehealth_consent_version": booking.telehealth_consent_version,
                "telehealth_consent_language": booking.telehealth_consent_language,
                "language": booking.language,
                "address_during_consultation": booking.session_address,
                "emergency_contact": booking.emergency_contact,
                "cancelled_at": moment(booking.cancelled_at),
                "created_at": moment(booking.created_at),
                "safety_follow_up": _follow_up(booking, moment),
            }
            for booking in Booking.objects.filter(client=user)
            .select_related("clinician__user", "safety_follow_up")
            .order_by("starts_at")
        ]
    }


def _follow_up(booking: Booking, moment) -> dict | None:
    follow_up = getattr(booking, "safety_follow_up", None)
    if follow_up is None:
        return None
    return {"marked_at": moment(follow_up.flagged_at), "reviewed_at": moment(follow_up.reviewed_at)}
