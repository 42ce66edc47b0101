"""The site shell in Spanish: the crisis footer and panel, the error pages and the dates.

A visitor picks Spanish with the language cookie the switcher sets. Every page here is also
read by the Spanish-page guard (conftest), which fails on any English sentence left in it.
"""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.http import HttpResponse, HttpResponseRedirect
from django.template import engines
from django.test import TestCase, override_settings
from django.urls import include, path
from django.utils import formats, timezone, translation

from securebase.core import crisis, dates, safety
from securebase.core.features import NavEntry, nav_links

LA = ZoneInfo("America/Los_Angeles")
NY = ZoneInfo("America/New_York")
# 02:00 UTC on Thursday Dec 3, 2026: 6:00 PM on Wednesday Dec 2 at the practice (Los Angeles).
MOMENT = datetime(2026, 12, 3, 2, 0, tzinfo=UTC)

DATES_PAGE = engines["django"].from_string(
    '{% extends "base.html" %}{% load dates %}{% block content %}'
    '<p id="day">{% day when %}</p><p id="weekday">{% weekday when %}</p>'
    '<p id="long">{% long_day when %}</p><p id="moment">{% moment when zone=True %}</p>'
    '<p id="booked">{% long_moment when %}</p>{% endblock %}'
)


def dates_page(request):
    return HttpResponse(DATES_PAGE.render({"when": MOMENT}, request))


def boom(request):
    raise RuntimeError("a bug")


def risky_note(request):
    # Stands in for a page that keeps what was written, then screens it.
    safety.screen_for_risk(request, request.POST.get("note"), saved=True)
    return HttpResponseRedirect("/no-such-page/")


urlpatterns = [
    path("test-dates/", dates_page),
    path("test-boom/", boom),
    path("test-note/", risky_note),
    path("", include("securebase.urls")),
]
handler404 = "securebase.practice.views.not_found"
handler500 = "securebase.practice.views.server_error"


def links_in(page: str) -> list[str]:
    found = re.findall(r'href="((?:tel|sms):[^"]*|https://988lifeline\.org/chat)"', page)
    return [html.unescape(href) for href in found]


def footer_of(page: str) -> str:
    return page.split('<footer class="site-footer"', 1)[1].split("</footer>", 1)[0]


def text_of(page: str, element_id: str) -> str:
    return page.split(f'id="{element_id}">', 1)[1].split("<", 1)[0]


class SpanishVisitor(TestCase):
    def setUp(self):
        self.client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"


@override_settings(ROOT_URLCONF=__name__)
class CrisisFooterInSpanishTests(SpanishVisitor):
    def test_it_shows_every_resource_in_spanish_on_a_spanish_page(self):
        page = self.client.get("/no-such-page/").content.decode()
        assert '<html lang="es">' in page
        footer = footer_of(page)
        assert "Si estás en crisis" in footer
        assert "<strong>988 Línea de Prevención del Suicidio y Crisis</strong>" in footer
        assert '<a href="tel:988">Llama al 988 y marca 2</a>' in footer
        assert "Envía AYUDA al 741741" in footer
        assert '<a href="tel:911">Llama al 911</a>' in footer
        assert "Más formas de recibir ayuda ahora" in footer
        # The English-only services (texting HOME, 988 without AYUDA, the English chat) stay out.
        spanish_ways = {c.href for r in crisis.RESOURCES for c in r.contacts_in(crisis.SPANISH)}
        assert set(links_in(footer)) == spanish_ways
        assert "body=HOME" not in footer

    def test_it_keeps_the_spanish_options_line_marked_as_spanish(self):
        footer = footer_of(self.client.get("/no-such-page/").content.decode())
        options = footer.split('<p lang="es"><strong>En español:</strong>', 1)[1].split("</p>")[0]
        assert links_in(options) == [c.href for c in crisis.SPANISH_OPTIONS]
        # The footer itself takes the page's language: no lang of its own, no English marker.
        assert '<section class="crisis" aria-labelledby="crisis-heading">' in footer
        assert 'lang="en"' not in footer

    def test_an_english_page_keeps_the_english_footer_and_the_spanish_line(self):
        self.client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
        page = self.client.get("/no-such-page/").content.decode()
        footer = footer_of(page)
        assert '<html lang="en">' in page
        assert "If you are in crisis" in footer
        assert '<a href="tel:988">Call 988</a>' in footer
        assert '<p lang="es"><strong>En español:</strong>' in footer
        assert "More ways to get help now" in footer


@override_settings(ROOT_URLCONF=__name__)
class CrisisPanelLanguageTests(SpanishVisitor):
    def panel(self) -> str:
        page = self.client.get("/no-such-page/").content.decode()
        return page.split('class="crisis-panel"', 1)[1].split("</section>", 1)[0]

    def test_english_words_on_a_spanish_page_get_the_panel_in_spanish(self):
        self.client.post("/test-note/", {"note": "I want to end it all"})
        panel = self.panel()
        assert 'lang="es"' in panel
        assert "No tienes que cargar con esto a solas" in panel
        assert "Lo que escribiste quedó guardado." in panel
        assert "Llama al 988 y marca 2" in panel

    def test_spanish_words_on_an_english_page_get_the_panel_in_spanish(self):
        self.client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
        self.client.post("/test-note/", {"note": "Ya no quiero vivir. Quiero suicidarme."})
        page = self.client.get("/no-such-page/").content.decode()
        panel = page.split('class="crisis-panel"', 1)[1].split("</section>", 1)[0]
        assert '<html lang="en">' in page
        assert 'lang="es"' in panel
        assert "No tienes que cargar con esto a solas" in panel
        assert "You don't have to carry this alone" not in panel

    def test_english_words_on_an_english_page_get_the_panel_in_english(self):
        self.client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
        self.client.post("/test-note/", {"note": "I want to end it all"})
        page = self.client.get("/no-such-page/").content.decode()
        panel = page.split('class="crisis-panel"', 1)[1].split("</section>", 1)[0]
        assert 'lang="en"' in panel
        assert "You don't have to carry this alone" in panel

    def test_a_panel_without_words_speaks_the_pages_language(self):
        with translation.override("es"):
            request = type("Request", (), {"session": {}})()
            safety.show_crisis_panel(request, saved=False)
        assert request.session[safety.SESSION_KEY]["language"] == "es"


@override_settings(ROOT_URLCONF=__name__)
class ErrorPagesInSpanishTests(SpanishVisitor):
    def test_the_404_page(self):
        response = self.client.get("/no-such-page/")
        assert response.status_code == 404
        page = response.content.decode()
        assert "<title>Página no encontrada · " in page
        assert "No encontramos esa página" in page
        assert "Ir a la página de inicio" in page
        assert "¿Necesitas ayuda ahora?" in page

    def test_the_500_page(self):
        self.client.raise_request_exception = False
        response = self.client.get("/test-boom/")
        assert response.status_code == 500
        page = response.content.decode()
        assert '<html lang="es">' in page
        assert "Algo salió mal de nuestro lado" in page
        assert "El problema es nuestro, no tuyo." in page
        assert "Si estás en crisis" in page
        assert 'href="sms:988?&amp;body=AYUDA"' in page

    def test_the_429_page(self):
        limits = {**settings.RATE_LIMITS, "signup": {"address": "0/h"}}
        with override_settings(RATE_LIMITS=limits):
            response = self.client.post("/accounts/signup/", {"email": "x@example.com"})
        assert response.status_code == 429
        page = response.content.decode()
        assert "Espera un poco antes de volver a intentarlo" in page
        assert "No hiciste nada malo y no se perdió nada" in page
        assert f'translate="no">{settings.PRACTICE["email"]}</a>' in page
        assert "Si necesitas ayuda ahora mismo" in page


@override_settings(ROOT_URLCONF=__name__)
class DatesOnASpanishPageTests(SpanishVisitor):
    def test_a_visitor_reads_the_practices_time_in_spanish(self):
        page = self.client.get("/test-dates/").content.decode()
        assert text_of(page, "day") == "2 dic 2026"
        assert text_of(page, "weekday") == "mié, 2 dic 2026"
        assert text_of(page, "long") == "miércoles, 2 de diciembre de 2026"
        assert text_of(page, "moment") == "2 dic 2026, 6:00 p. m. PST"
        assert text_of(page, "booked") == "miércoles, 2 de diciembre de 2026, a las 6:00 p. m. PST"

    def test_an_english_page_keeps_the_us_style(self):
        self.client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
        page = self.client.get("/test-dates/").content.decode()
        assert text_of(page, "moment") == "Dec 2, 2026, 6:00 PM PST"
        assert text_of(page, "booked") == "Wednesday, December 2, 2026 at 6:00 PM PST"


@pytest.mark.parametrize("hour", range(24))
def test_djangos_spanish_formats_write_the_same_text_as_the_helper(hour):
    """The admin in Spanish (core/formats/es) and the helper agree to the letter."""
    moment = datetime(2026, 12, 3, hour, 7, tzinfo=UTC)
    with translation.override("es"), timezone.override(LA):
        local = timezone.template_localtime(moment)
        assert formats.localize(local) == dates.moment_text(
            moment, LA, name_zone=True, language="es"
        )
        assert formats.date_format(local, "DATE_FORMAT") == dates.short_date(
            moment, LA, language="es"
        )
        assert formats.time_format(local.time(), "TIME_FORMAT") == dates.clock(
            local.time(), language="es"
        )


@pytest.mark.parametrize("month", range(1, 13))
def test_djangos_spanish_month_and_weekday_names_match_the_helper(month):
    day = datetime(2026, month, 1, 12, tzinfo=UTC)
    with translation.override("es"):
        assert formats.date_format(day, "MONTH_DAY_FORMAT") == dates.month_day(
            day, UTC, language="es"
        )
        assert formats.date_format(day, r"l, j \d\e F \d\e Y") == dates.long_date(
            day, UTC, language="es"
        )


def test_numbers_in_spanish_are_written_as_in_the_us():
    with translation.override("es"):
        assert formats.localize(Decimal("2.5")) == "2.5"
        assert formats.localize(1234.5) == "1234.5"
        assert formats.number_format(1234567.25, 2, force_grouping=True) == "1,234,567.25"
        assert formats.get_format("FIRST_DAY_OF_WEEK") == 0
        # A person may type a date month first, as in the US; ISO always works.
        assert "%m/%d/%Y" in formats.get_format("DATE_INPUT_FORMATS")


def test_nav_labels_are_put_into_words_in_the_pages_language(monkeypatch):
    from django.utils.functional import lazy

    from securebase.core import features

    label = lazy(lambda: f"label-{translation.get_language()}", str)()
    entry = NavEntry(label, "practice:help", order=0)
    monkeypatch.setattr(features, "_declared", lambda attribute: [entry])
    with translation.override("es"):
        assert [link.label for link in nav_links(None)] == ["label-es"]
    with translation.override("en"):
        assert [link.label for link in nav_links(None)] == ["label-en"]


def test_the_crisis_tags_follow_the_page_unless_told(settings):
    from securebase.core.templatetags.crisis import crisis_footer, crisis_list

    with translation.override("es"):
        assert crisis_footer()["resources"][0]["name"] == crisis.LIFELINE.name.es
        assert crisis_list()["language"] == "es"
        assert crisis_list("en")["resources"][0]["name"] == crisis.LIFELINE.name.en
    with translation.override("en"):
        assert crisis_footer()["resources"][0]["name"] == crisis.LIFELINE.name.en


def test_ny_and_la_keep_their_own_clock_in_spanish():
    assert dates.clock(MOMENT, NY, name_zone=True, language="es") == "9:00 p. m. EST"
