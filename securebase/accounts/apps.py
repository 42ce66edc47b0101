from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "securebase.accounts"
    verbose_name = "Accounts"
    # The settings page's time zone search reads the system's zone list once per process.
    hooks = {"warm_up": "securebase.accounts.zones.other_zone_names"}
