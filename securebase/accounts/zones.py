"""Time zones: the short list people pick from, and the zone a viewer sees times in.

Every menu of time zones (account settings, booking, the reality check) starts with
``COMMON_ZONES``, spelled once here.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from securebase.core import dates

# The zones most people here will want, first; any other IANA zone is accepted too.
COMMON_ZONES: tuple[tuple[str, str], ...] = (
    ("America/Los_Angeles", _("Pacific time (Los Angeles)")),
    ("America/Denver", _("Mountain time (Denver)")),
    ("America/Phoenix", _("Arizona (Phoenix)")),
    ("America/Chicago", _("Central time (Chicago)")),
    ("America/New_York", _("Eastern time (New York)")),
    ("America/Anchorage", _("Alaska (Anchorage)")),
    ("Pacific/Honolulu", _("Hawaii (Honolulu)")),
    ("Europe/London", _("United Kingdom (London)")),
    ("Europe/Paris", _("Central Europe (Paris)")),
    ("Asia/Tokyo", _("Japan (Tokyo)")),
    ("Australia/Sydney", _("Eastern Australia (Sydney)")),
    ("UTC", "UTC"),
)


@cache
def known_zones() -> frozenset[str]:
    """Every IANA time zone name this system knows."""
    return frozenset(available_timezones())


def is_known_zone(name: str) -> bool:
    return name in known_zones()


def zone_choices(current: str = "") -> list[tuple[str, str]]:
    """The common zones, with ``current`` (a valid zone not among them) offered first."""
    choices = list(COMMON_ZONES)
    if current and current not in dict(choices) and is_known_zone(current):
        choices.insert(0, (current, current.replace("_", " ")))
    return choices


def all_zone_choices() -> list[tuple[str, object]]:
    """The common zones, then every other named zone, as two groups of a select menu."""
    others = [(zone, zone) for zone in other_zone_names()]
    return [(_("Common"), list(COMMON_ZONES)), (_("All time zones"), others)]


@cache
def other_zone_names() -> tuple[str, ...]:
    """Every named zone ("Region/City") not in ``COMMON_ZONES``, sorted: what the search offers."""
    common = {zone for zone, _label in COMMON_ZONES}
    return tuple(sorted(zone for zone in known_zones() if zone not in common and "/" in zone))


@cache
def _zones_by_folded_name() -> dict[str, str]:
    return {zone.casefold(): zone for zone in known_zones()}


@cache
def _zones_by_city() -> dict[str, list[str]]:
    by_city: dict[str, list[str]] = {}
    for zone in other_zone_names():
        by_city.setdefault(zone.rsplit("/", 1)[-1].casefold(), []).append(zone)
    for zone, _label in COMMON_ZONES:
        by_city.setdefault(zone.rsplit("/", 1)[-1].casefold(), []).append(zone)
    return by_city


def find_zone(typed: str) -> str | None:
    """The IANA zone a person typed, or None: "america/bogota", "America/Bogota" and
    "Bogota" (a city that names exactly one zone) all give "America/Bogota"; spaces count as
    underscores ("Los Angeles")."""
    text = "_".join(typed.strip().split()).casefold()
    if not text:
        return None
    if text in _zones_by_folded_name():
        return _zones_by_folded_name()[text]
    matches = _zones_by_city().get(text, [])
    return matches[0] if len(matches) == 1 else None


def practice_zone() -> ZoneInfo:
    """The practice's own time zone (``PRACTICE_TIME_ZONE``)."""
    return ZoneInfo(settings.PRACTICE_TIME_ZONE)


def viewer_zone(user) -> ZoneInfo:
    """The zone ``user`` sees times in: their own when signed in, else the practice's."""
    if getattr(user, "is_authenticated", False):
        return user.tzinfo
    return practice_zone()


def local_time(user, moment: datetime) -> datetime:
    """``moment`` (aware) in ``user``'s zone (``viewer_zone``)."""
    return moment.astimezone(viewer_zone(user))


def practice_time_text(moment: datetime | None) -> str:
    """``moment`` as the practice reads it, zone named: "Dec 2, 2026, 6:00 PM PST"
    (record names in the admin, logs a person reads); "" for None."""
    if moment is None:
        return ""
    return dates.moment_text(moment, practice_zone(), name_zone=True)
