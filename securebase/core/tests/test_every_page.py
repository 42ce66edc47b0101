"""Walk the URLconf and render every page that needs no arguments, as three kinds of visitor.

Every full HTML page must show the crisis footer (the CrisisFooterGuard installed by conftest
fails any test that renders one without it; these tests also check it directly).
"""

from django.conf import settings
from django.test import RequestFactory, TestCase
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import translation

from securebase.articles.models import Article
from securebase.practice.views import server_error
from securebase.testing import Personas, login_verified

FOOTER = [
    'href="tel:988"',
    'href="tel:911"',
    "741741",
    'href="sms:988?&amp;body=AYUDA"',
    'href="sms:741741?&amp;body=AYUDA"',
]
# Texting 988 without a keyword is the English service: English pages only.
ENGLISH_FOOTER = ['href="sms:988"']


def argument_free_paths() -> list[str]:
    """Every URL in the URLconf that can be reversed without arguments."""
    paths: list[str] = []

    def walk(patterns, namespace: str | None):
        for entry in patterns:
            if isinstance(entry, URLResolver):
                inner = entry.namespace or namespace
                if entry.namespace and namespace and entry.namespace != namespace:
                    inner = f"{namespace}:{entry.namespace}"
                walk(entry.url_patterns, inner)
            elif isinstance(entry, URLPattern) and entry.name:
                if entry.pattern.regex.groups:
                    continue
                name = f"{namespace}:{entry.name}" if namespace else entry.name
                try:
                    paths.append(reverse(name))
                except Exception:  # noqa: S112 - patterns with converters need arguments
                    continue

    walk(get_resolver().url_patterns, None)
    return sorted(set(paths))


class EveryPageTests(Personas, TestCase):
    def assert_footer(self, response, path):
        body = response.content.decode()
        spanish = '<html lang="es"' in body[:200]
        for marker in FOOTER if spanish else FOOTER + ENGLISH_FOOTER:
            assert marker in body, f"{path} has no {marker}"

    def render_all(self, visitor: str) -> int:
        rendered = 0
        paths = [*argument_free_paths(), Article.objects.get().get_absolute_url()]
        for path in paths:
            response = self.client.get(path, follow=True)
            if not response.get("Content-Type", "").startswith("text/html"):
                continue
            assert response.status_code in {200, 404, 405}, (visitor, path, response.status_code)
            if b"<html" in response.content[:2048]:
                self.assert_footer(response, path)
                rendered += 1
        return rendered

    def test_it_walks_a_non_trivial_number_of_pages(self):
        assert len(argument_free_paths()) >= 20

    def test_it_shows_the_footer_on_every_page_to_a_visitor(self):
        assert self.render_all("anonymous") >= 15

    def test_it_shows_the_footer_on_every_page_to_a_client(self):
        self.client.force_login(self.ada)
        assert self.render_all("client") >= 15

    def test_it_shows_the_footer_on_every_page_to_a_clinician(self):
        login_verified(self.client, self.theo)
        assert self.render_all("clinician") >= 15

    # In Spanish: SpanishPageGuard (conftest) fails any page that shows an English sentence.
    def test_every_page_is_in_spanish_for_a_visitor(self):
        self.client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
        assert self.render_all("anonymous") >= 15

    def test_every_page_is_in_spanish_for_a_client(self):
        self.ada.language = "es"
        self.ada.save(update_fields=["language"])
        self.client.force_login(self.ada)
        assert self.render_all("client") >= 15

    def test_every_page_is_in_spanish_for_a_clinician(self):
        self.theo.language = "es"
        self.theo.save(update_fields=["language"])
        login_verified(self.client, self.theo)
        assert self.render_all("clinician") >= 15

    def test_it_shows_a_friendly_404_with_the_footer(self):
        response = self.client.get("/no-such-page/")
        assert response.status_code == 404
        assert "We couldn’t find that page" in response.text
        self.assert_footer(response, "/no-such-page/")

    def test_it_has_a_500_page_with_the_footer(self):
        # The page speaks the active language (LocaleMiddleware's, in a real request).
        with translation.override("en"):
            response = server_error(RequestFactory().get("/"))
        assert response.status_code == 500
        assert "Something went wrong" in response.text
        self.assert_footer(response, "500")
