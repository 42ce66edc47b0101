from django.test import TestCase
from django.urls import reverse

from securebase.core.middleware import CONTENT_SECURITY_POLICY


class SecurityHeaderTests(TestCase):
    def test_it_sends_a_strict_content_security_policy(self):
        response = self.client.get(reverse("practice:home"))
        policy = response["Content-Security-Policy"]
        assert policy == CONTENT_SECURITY_POLICY
        assert "default-src 'self'" in policy
        assert "script-src 'self'" in policy
        assert "unsafe-inline" not in policy
        assert "http" not in policy  # no third-party origin at all

    def test_it_denies_framing_and_sniffing(self):
        response = self.client.get(reverse("practice:home"))
        assert response["X-Frame-Options"] == "DENY"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "same-origin"

    def test_it_loads_nothing_from_another_origin_in_the_page_source(self):
        body = self.client.get(reverse("practice:home")).text
        for attribute in ('src="http', "src='http", 'href="//', "@import"):
            assert attribute not in body
        assert "/static/django_htmx/htmx-2.min.js" in body


class CrisisLinkTests(TestCase):
    def test_it_offers_tap_to_call_and_tap_to_text_links(self):
        body = self.client.get(reverse("practice:home")).text
        assert '<a href="tel:988">Call 988</a>' in body
        assert '<a href="sms:988">Text 988</a>' in body
        assert '<a href="sms:988?&amp;body=AYUDA">Envía AYUDA al 988</a>' in body
        assert 'href="sms:741741?&amp;body=HOME"' in body
        assert 'href="tel:911"' in body
        assert "This site is not for emergencies" in body

    def test_it_links_need_help_now_from_every_page_header(self):
        body = self.client.get(reverse("articles:list")).text
        assert f'<a class="help-now" href="{reverse("practice:help")}">Need help now?</a>' in body
