from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from securebase.core.features import CLINIC_HOME, CLINICIANS, HomeCard, Link
from securebase.core.retention import KeptRecord


class BookingsConfig(AppConfig):
    name = "securebase.bookings"
    verbose_name = _("Consultation booking")
    clinic_glance = "securebase.bookings.glance.clinic_glance"
    url_prefix = "book/"
    home_cards = (
        HomeCard(
            _("Talk to someone"),
            _("A free, no-pressure 15-minute consultation with one of our clinicians."),
            (Link(_("Book a consultation"), "bookings:start"),),
            order=60,
        ),
        HomeCard(
            _("Consultations"),
            _("Requests, today’s and upcoming consultations, and your availability."),
            (
                Link(_("Consultations"), "bookings:clinic"),
                Link(_("Availability and booking settings"), "bookings:clinic_settings"),
            ),
            order=10,
            home=CLINIC_HOME,
            audience=CLINICIANS,
        ),
    )
    records_of_care = (
        KeptRecord(
            model="bookings.Booking",
            description=_(
                "Consultations and sessions: times, what you told us when booking, your "
                "consents, the clinician's notes, and any safety follow-up and its review"
            ),
            person="client",
            email="email",
            contact="starts_at",
        ),
    )
