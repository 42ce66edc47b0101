from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "securebase.core"
    verbose_name = "Core"

    def ready(self):
        from securebase.core import checks  # noqa: F401 - registers the system checks
