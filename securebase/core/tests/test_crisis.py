"""The one list of crisis resources, and every call or text link the site renders from it."""

import html
import re
from pathlib import Path

import pytest
from django.test import TestCase

from securebase.core import crisis
from securebase.core.templatetags.crisis import resource_cards

PACKAGE = Path(__file__).resolve().parents[2]
LINK = re.compile(r'href="((?:tel|sms):[^"]*)"')
KNOWN = {contact.href for contact in crisis.all_contacts()}


def links_in(page: str) -> list[str]:
    return [html.unescape(href) for href in LINK.findall(page)]


@pytest.mark.parametrize(
    ("href", "language"),
    [
        ("tel:988", "en"),
        ("sms:988", "en"),
        ("tel:988", "es"),  # press 2 for Spanish
        ("sms:988?&body=AYUDA", "es"),
        ("sms:741741?&body=HOME", "en"),
        ("sms:741741?&body=AYUDA", "es"),
        ("tel:911", "en"),
        ("tel:911", "es"),
        ("tel:18664887386", "en"),
        ("tel:18007997233", "en"),
        ("sms:88788?&body=START", "en"),
        ("sms:88788?&body=START", "es"),
    ],
)
def test_the_list_holds_each_way_in_for_its_language(href, language):
    offered = {
        contact.href for resource in crisis.RESOURCES for contact in resource.contacts_in(language)
    }
    assert href in offered


def test_every_link_is_a_plain_number_with_an_optional_keyword():
    for contact in crisis.all_contacts():
        assert re.fullmatch(r"tel:\d{3,11}|sms:\d{3,6}(\?&body=[A-Z]+)?", contact.href), contact


def test_the_spanish_labels_say_to_press_2_and_to_text_ayuda():
    labels = [contact.label("es") for contact in crisis.SPANISH_OPTIONS]
    assert labels == ["Llama al 988 y marca 2", "Envía AYUDA al 988", "Envía AYUDA al 741741"]


def test_threats_to_others_put_911_then_the_domestic_violence_hotline_first():
    order = [resource.key for resource in crisis.resources_for(crisis.OTHERS)]
    assert order[:2] == ["911", "domestic-violence"]
    assert sorted(order) == sorted(resource.key for resource in crisis.RESOURCES)
    assert crisis.resources_for(crisis.SELF) == crisis.RESOURCES


def test_danger_from_someone_else_puts_911_then_the_domestic_violence_hotline_first():
    order = [resource.key for resource in crisis.resources_for(crisis.DANGER)]
    assert order[:2] == ["911", "domestic-violence"]
    assert sorted(order) == sorted(resource.key for resource in crisis.RESOURCES)


def test_an_unknown_concern_reads_as_the_writers_own():
    assert [crisis.concern_or_default(c) for c in ("danger", "others", "self")] == [
        "danger",
        "others",
        "self",
    ]
    assert crisis.concern_or_default("?") == crisis.concern_or_default(None) == "self"


def test_an_unknown_language_reads_as_english():
    assert crisis.language_or_default("fr") == "en"
    assert crisis.language_or_default(None) == "en"
    assert resource_cards("fr") == resource_cards("en")


def test_no_template_writes_a_crisis_number_by_hand():
    # Only the list's own partials may hold tel:/sms: links (a client's phone, templated, is
    # not a crisis number); every other link must come from the list through the tags.
    for path in PACKAGE.rglob("templates/**/*.html"):
        for href in links_in(path.read_text(encoding="utf-8")):
            assert "{{" in href or href in KNOWN, f"{path}: {href} is not in core/crisis.py"


class RenderedLinksTests(TestCase):
    def test_the_help_page_offers_every_contact_in_both_languages_and_nothing_else(self):
        page = self.client.get("/help-now/").content.decode()
        found = links_in(page)
        assert set(found) == KNOWN
        spanish = page.split('<section lang="es"', 1)[1]
        assert "Envía AYUDA al 741741" in spanish
        assert "Llama al 988 y marca 2" in spanish

    def test_the_footer_shows_every_resource_and_the_spanish_options(self):
        page = self.client.get("/").content.decode()
        footer = page.split('<footer class="site-footer"', 1)[1]
        assert set(links_in(footer)) == KNOWN
        spanish = footer.split('<p lang="es">', 1)[1].split("</p>", 1)[0]
        assert links_in(spanish) == [c.href for c in crisis.SPANISH_OPTIONS]

    def test_each_footer_line_names_its_number_once(self):
        # "Emergency: Call 911", never "Emergency: 911: Call 911".
        for language in ("en", "es"):
            page = self.client.get(f"/?lang={language}", follow=True).content.decode()
            footer = page.split('<footer class="site-footer"', 1)[1].split("</ul>", 1)[0]
            for line in re.findall(r"<li>(.*?)</li>", footer, re.S):
                words = re.sub(r"<[^>]+>", "", html.unescape(line))
                assert not re.search(r"\d: ", words), words  # a number, then its number again

    def test_the_error_page_carries_the_same_footer(self):
        from securebase.practice.views import server_error

        page = server_error(None).content.decode()
        assert set(links_in(page)) == KNOWN
