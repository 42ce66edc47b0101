from django.apps import AppConfig


class JournalConfig(AppConfig):
    name = "securebase.journal"
    verbose_name = "Journal"
