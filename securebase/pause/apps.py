from django.apps import AppConfig


class PauseConfig(AppConfig):
    name = "securebase.pause"
    verbose_name = "Pause"
