from django.apps import AppConfig


class BookingsConfig(AppConfig):
    name = "securebase.bookings"
    verbose_name = "Consultation booking"
