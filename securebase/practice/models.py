from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

# The languages a profile lists, stored as written in English, named in the reader's.
LANGUAGE_NAMES = {"English": _("English"), "Spanish": _("Spanish")}


class ClinicianProfile(models.Model):
    """What the public sees about a clinician, and what booking needs to know of them."""

    class License(models.TextChoices):
        LMFT = "LMFT", _("Licensed Marriage and Family Therapist (LMFT)")
        LCSW = "LCSW", _("Licensed Clinical Social Worker (LCSW)")
        LPCC = "LPCC", _("Licensed Professional Clinical Counselor (LPCC)")
        PSYCHOLOGIST = "PSY", _("Licensed Psychologist (PsyD/PhD)")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="clinician_profile"
    )
    slug = models.SlugField(unique=True)
    pronouns = models.CharField(max_length=40, blank=True)
    license_type = models.CharField(max_length=8, choices=License.choices)
    license_number = models.CharField(max_length=40)
    languages = models.JSONField(default=list, help_text=_('For example ["English", "Spanish"].'))
    approach = models.TextField(help_text=_("How this clinician works, in a few sentences."))
    bio = models.TextField(blank=True)
    offers_in_person = models.BooleanField(default=True)
    offers_telehealth = models.BooleanField(default=True)
    is_listed = models.BooleanField(default=True, help_text=_("Shown on “Our clinicians”."))
    display_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["display_order", "slug"]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        return self.user.get_full_name()

    @property
    def initials(self) -> str:
        parts = [p for p in self.display_name.replace("Dr.", "").split() if p[:1].isalpha()]
        return "".join(p[0] for p in parts[:2]).upper() or "?"

    @property
    def languages_text(self) -> str:
        names = [str(LANGUAGE_NAMES.get(name, name)) for name in self.languages]
        return ", ".join(names) if names else gettext("English")
