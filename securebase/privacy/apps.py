from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    name = "securebase.privacy"
    verbose_name = "Privacy"
