from django.apps import AppConfig


class PracticeConfig(AppConfig):
    name = "securebase.practice"
    verbose_name = "The practice"
