from django.apps import AppConfig


class CheckinsConfig(AppConfig):
    name = "securebase.checkins"
    verbose_name = "Check-ins"
