from django.apps import AppConfig


class RecordsConfig(AppConfig):
    name = "securebase.records"
    verbose_name = "Clinical records"
