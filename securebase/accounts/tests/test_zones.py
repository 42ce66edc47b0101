"""Time zones: one short list, and the zone each viewer sees times in."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from django.contrib.auth.models import AnonymousUser
from django.test import SimpleTestCase, override_settings

from securebase.accounts.models import User
from securebase.accounts.zones import (
    COMMON_ZONES,
    all_zone_choices,
    find_zone,
    is_known_zone,
    local_time,
    viewer_zone,
    zone_choices,
)


class ZoneTests(SimpleTestCase):
    def test_it_spells_each_common_zone_once(self):
        names = [zone for zone, _ in COMMON_ZONES]
        assert len(names) == len(set(names))
        assert all(is_known_zone(zone) for zone in names)
        assert dict(COMMON_ZONES)["Europe/London"] == "United Kingdom (London)"

    def test_it_offers_the_viewer_s_own_zone_first_when_it_is_not_common(self):
        assert zone_choices("Asia/Kolkata")[0] == ("Asia/Kolkata", "Asia/Kolkata")
        assert zone_choices("Europe/London") == list(COMMON_ZONES)
        assert zone_choices("Not/A_Zone") == list(COMMON_ZONES)

    def test_it_groups_every_other_zone_after_the_common_ones(self):
        common, others = all_zone_choices()
        assert common == ("Common", list(COMMON_ZONES))
        assert ("Asia/Kolkata", "Asia/Kolkata") in others[1]
        assert ("Europe/London", "Europe/London") not in others[1]

    @override_settings(PRACTICE_TIME_ZONE="America/Chicago")
    def test_it_shows_a_visitor_the_practice_s_zone_and_a_person_their_own(self):
        assert viewer_zone(AnonymousUser()) == ZoneInfo("America/Chicago")
        person = User(email="x@example.com", time_zone="Europe/London")
        assert viewer_zone(person) == ZoneInfo("Europe/London")
        moment = datetime(2025, 7, 1, 12, tzinfo=UTC)
        assert local_time(person, moment).hour == 13
        assert local_time(AnonymousUser(), moment).hour == 7


def test_it_finds_a_zone_however_it_is_typed():
    assert find_zone("America/Bogota") == "America/Bogota"
    assert find_zone("  america/bogota ") == "America/Bogota"
    assert find_zone("Bogota") == "America/Bogota"
    assert find_zone("los angeles") == "America/Los_Angeles"
    assert find_zone("UTC") == "UTC"


def test_it_finds_nothing_for_an_unknown_or_ambiguous_name():
    assert find_zone("") is None
    assert find_zone("Atlantis") is None
    assert find_zone("America") is None
