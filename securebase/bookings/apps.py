from django.apps import AppConfig

from securebase.core.features import CLINIC_HOME, CLINICIANS, HomeCard, Link
from securebase.core.retention import KeptRecord


class BookingsConfig(AppConfig):
    name = "securebase.bookings"
    verbose_name = "Consultation booking"
    clinic_glance = "securebase.bookings.glance.clinic_glance"
    url_prefix = "book/"
    home_cards = (
        HomeCard(
            "Talk to someone",
            "A free, no-pressure 15-minute consultation with one of our clinicians.",
            (Link("Book a consultation", "bookings:start"),),
            order=60,
        ),
        HomeCard(
            "Consultations",
            "Requests, today’s and upcoming consultations, and your availability.",
            (
                Link("Consultations", "bookings:clinic"),
                Link("Availability and booking settings", "bookings:clinic_settings"),
            ),
            order=10,
            home=CLINIC_HOME,
            audience=CLINICIANS,
        ),
    )
    records_of_care = (
        KeptRecord(
            model="bookings.Booking",
            description=(
                "Consultations and sessions: times, what you told us when booking, your "
                "consents, the clinician's notes, and any safety follow-up and its review"
            ),
            person="client",
            email="email",
            contact="starts_at",
        ),
    )
