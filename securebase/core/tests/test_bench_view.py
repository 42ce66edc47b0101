import importlib

from django.test import TestCase, override_settings
from django.urls import clear_url_caches

import securebase.urls


def reload_urls():
    importlib.reload(securebase.urls)
    clear_url_caches()


class BenchViewTests(TestCase):
    def test_it_is_not_mounted_by_default(self):
        assert self.client.get("/bench-ok/").status_code == 404

    def test_it_answers_ok_through_the_whole_stack_when_asked_for(self):
        self.addCleanup(reload_urls)
        with override_settings(BENCH_OK_VIEW=True):
            reload_urls()
            response = self.client.get("/bench-ok/")
        assert response.status_code == 200
        assert response.content == b"ok"
        # It went through the site's middleware (the CSP header is ours).
        assert "default-src 'self'" in response["Content-Security-Policy"]
