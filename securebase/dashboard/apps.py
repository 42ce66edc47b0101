from django.apps import AppConfig


class DashboardConfig(AppConfig):
    name = "securebase.dashboard"
    verbose_name = "Dashboard"
