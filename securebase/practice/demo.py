"""The demo practice that ``seed_demo`` builds: who exists, with what details.

Other apps add their own demo data (availability, sample history) through an optional
``<app>/demo.py`` offering ``seed(*, clinicians, client)``; it must be idempotent too.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module

from django.apps import apps
from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice

from securebase.accounts.models import User
from securebase.accounts.services import replace_backup_codes
from securebase.practice.models import ClinicianProfile

DEMO_PASSWORD = "demo-password-2026"  # noqa: S105 - printed for the demo on purpose
# Fixed so that a newcomer can pass the two-factor step without an authenticator app.
DEMO_BACKUP_CODES = ["11112222", "33334444", "55556666", "77778888", "99990000"]

CLINICIANS = [
    {
        "email": "maya.chen@demo.example",
        "full_name": "Dr. Maya Chen",
        "profile": {
            "slug": "maya-chen",
            "pronouns": "she/her",
            "license_type": ClinicianProfile.License.PSYCHOLOGIST,
            "license_number": "PSY 00000 (demo)",
            "languages": ["English"],
            "approach": (
                "I help people who feel anxious in relationships understand the alarm that "
                "goes off when someone feels far away, and build steadier ways to respond "
                "to it. Our work is collaborative, curious and paced to you."
            ),
            "display_order": 1,
        },
    },
    {
        "email": "lucia.ramirez@demo.example",
        "full_name": "Lucía Ramírez, LMFT",
        "profile": {
            "slug": "lucia-ramirez",
            "pronouns": "she/her",
            "license_type": ClinicianProfile.License.LMFT,
            "license_number": "LMFT 00000 (demo)",
            "languages": ["English", "Spanish"],
            "approach": (
                "I work with adults navigating breakups, jealousy and the fear of being left, "
                "in English or Spanish. We look at where the pattern began and practice "
                "new ways of asking for closeness."
            ),
            "display_order": 2,
        },
    },
]
CLIENT = {"email": "client@demo.example", "full_name": "Sam Demo"}


@dataclass(frozen=True)
class DemoPractice:
    clinicians: list[User]
    client: User
    backup_codes: list[str]


@transaction.atomic
def seed_demo_practice() -> DemoPractice:
    """Create or refresh the demo practice. Running it again changes nothing but passwords
    and backup codes, which are reset to the printed values."""
    clinicians = []
    for spec in CLINICIANS:
        user, _ = User.objects.update_or_create(
            email=spec["email"],
            defaults={
                "full_name": spec["full_name"],
                "role": User.Role.CLINICIAN,
                "is_staff": True,
            },
        )
        user.set_password(DEMO_PASSWORD)
        user.save(update_fields=["password"])
        ClinicianProfile.objects.update_or_create(user=user, defaults=spec["profile"])
        if not TOTPDevice.objects.filter(user=user, confirmed=True).exists():
            TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)
        replace_backup_codes(user=user, codes=DEMO_BACKUP_CODES)
        clinicians.append(user)

    client, _ = User.objects.update_or_create(
        email=CLIENT["email"], defaults={"full_name": CLIENT["full_name"], "role": "client"}
    )
    client.set_password(DEMO_PASSWORD)
    client.save(update_fields=["password"])

    for config in apps.get_app_configs():
        if config.name.startswith("securebase.") and config.label != "practice":
            try:
                module = import_module(f"{config.name}.demo")
            except ModuleNotFoundError as error:
                if error.name != f"{config.name}.demo":
                    raise
                continue
            module.seed(clinicians=clinicians, client=client)
    return DemoPractice(clinicians=clinicians, client=client, backup_codes=DEMO_BACKUP_CODES)
