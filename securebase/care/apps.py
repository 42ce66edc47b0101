from django.apps import AppConfig


class CareConfig(AppConfig):
    name = "securebase.care"
    verbose_name = "Care team"
    url_prefix = "care/"
    page_slots = {
        "journal_entry": "securebase.care.slots.journal_entry",
        "clinic_booking": "securebase.care.slots.clinic_booking",
    }

    hooks = {"activity_done": "securebase.care.hooks.activity_done"}

    def ready(self):
        from securebase.care.panels import register_built_in

        register_built_in()
