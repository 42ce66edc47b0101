from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "securebase.accounts"
    verbose_name = "Accounts"
