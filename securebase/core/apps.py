from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "securebase.core"
    verbose_name = "Core"
