"""Error pages for requests the middleware never finished with.

A request refused before the authentication middleware ran (a Host header not in
ALLOWED_HOSTS, say) has no ``user`` and may have no ``session``; its error page must still
render, with the crisis resources, instead of turning into a 500.
"""

from django.core.cache import caches
from django.core.exceptions import PermissionDenied
from django.test import RequestFactory, TestCase, override_settings
from django.views.defaults import permission_denied

from securebase.practice.views import bad_request, not_found, server_error

CRISIS_FOOTER = 'id="crisis-heading"'


@override_settings(DEBUG=False, ALLOWED_HOSTS=["testserver"])
class ErrorPagesWithoutUserTests(TestCase):
    def setUp(self):
        # A cached footer or header would hide a failure to render them.
        caches["fragments"].clear()

    def test_it_answers_an_unknown_host_with_the_400_page_and_crisis_footer(self):
        response = self.client.get("/", headers={"host": "evil.example"})
        assert response.status_code == 400
        self.assertTemplateUsed(response, "400.html")
        assert CRISIS_FOOTER in response.text
        assert 'href="tel:988"' in response.text

    def test_it_renders_every_error_page_for_a_request_without_user_or_session(self):
        request = RequestFactory().get("/somewhere")
        assert not hasattr(request, "user") and not hasattr(request, "session")
        for response, status in [
            (bad_request(request, exception=None), 400),
            (permission_denied(request, exception=PermissionDenied()), 403),
            (not_found(request, exception=None), 404),
            (server_error(request), 500),
        ]:
            assert response.status_code == status
            text = response.content.decode()
            assert CRISIS_FOOTER in text, status
            assert 'href="tel:988"' in text, status
