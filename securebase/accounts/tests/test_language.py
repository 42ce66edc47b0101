"""The language switcher on every page, the account's language, and the browser's preference."""

from django.conf import settings
from django.test import RequestFactory, TestCase

from securebase.accounts.language import address_without_switch
from securebase.testing import Personas

COOKIE = settings.LANGUAGE_COOKIE_NAME


class LanguageTests(Personas, TestCase):
    def test_a_visitor_gets_the_browsers_language(self):
        response = self.client.get("/", headers={"accept-language": "es-MX,es;q=0.9,en;q=0.5"})
        assert '<html lang="es">' in response.text
        assert response["Content-Language"] == "es"
        assert 'href="?lang=en"' in response.text

    def test_english_is_the_default(self):
        response = self.client.get("/")
        assert '<html lang="en">' in response.text
        assert 'href="?lang=es"' in response.text

    def test_the_switch_link_keeps_the_page_and_its_other_parameters(self):
        response = self.client.get("/learn/?page=2&lang=es")
        assert response.status_code == 302
        assert response["Location"] == "/learn/?page=2"
        cookie = response.cookies[COOKIE]
        assert cookie.value == "es"
        assert cookie["samesite"] == "Lax"
        assert cookie["httponly"]
        follow = self.client.get("/")
        assert '<html lang="es">' in follow.text

    def test_the_switch_never_sends_anyone_to_another_site(self):
        for path in ["//elsewhere.example/", "/\\elsewhere.example/", "///elsewhere.example/x"]:
            request = RequestFactory().get("/?lang=es&page=2")
            request.path = path  # as a server hands over a path that begins with slashes
            location = address_without_switch(request)
            assert location.startswith("/") and not location.startswith(("//", "/\\")), location
            assert location.endswith("elsewhere.example/?page=2") or location.endswith("/x?page=2")

    def test_an_unknown_language_changes_nothing(self):
        response = self.client.get("/?lang=fr")
        assert response.status_code == 302
        assert response["Location"] == "/"
        assert COOKIE not in response.cookies

    def test_switching_while_signed_in_is_remembered_in_the_account(self):
        self.client.force_login(self.ada)
        self.client.get("/?lang=es")
        self.ada.refresh_from_db()
        assert self.ada.language == "es"
        # On another device, with no cookie and an English browser, the account wins.
        other = self.client_class()
        other.force_login(self.ada)
        response = other.get("/", headers={"accept-language": "en-US"})
        assert '<html lang="es">' in response.text
        assert response.cookies[COOKIE].value == "es"

    def test_a_post_with_the_parameter_is_not_a_switch(self):
        self.client.force_login(self.ada)
        self.client.post("/accounts/logout/?lang=es")
        self.ada.refresh_from_db()
        assert self.ada.language == "en"
