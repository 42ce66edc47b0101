from __future__ import annotations

from importlib import import_module

from django.apps import apps


def export_user_data(user) -> dict:
    """Everything the site holds about ``user``, as JSON-ready data, keyed by app label.

    Each app that keeps a person's data offers ``<app>.privacy.export_user_data(user)``; this
    gathers them so a new app is included by existing, not by editing this function.
    """
    data: dict = {
        "account": {
            "email": user.email,
            "name": user.full_name,
            "time_zone": user.time_zone,
            "language": user.language,
            "role": user.role,
            "joined": user.date_joined.isoformat(),
        }
    }
    for config in apps.get_app_configs():
        if not config.name.startswith("securebase."):
            continue
        try:
            module = import_module(f"{config.name}.privacy")
        except ModuleNotFoundError as error:
            if error.name != f"{config.name}.privacy":
                raise
            continue
        data[config.label] = module.export_user_data(user)
    return data
