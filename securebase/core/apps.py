from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "securebase.core"
    verbose_name = "Core"

    def ready(self):
        from django.utils.translation import get_language, gettext, ngettext

        from securebase.core import (
            checks,  # noqa: F401 - registers the system checks
            wording,
        )

        # Pure modules (trends, the pause summary, the chat engine) speak the page's language.
        wording.install(gettext, ngettext, get_language)
