"""Take each optional feature app out of the site, and every remaining page still renders.

A feature app is one that mounts its URLs through ``url_prefix`` (``core.features``). For each,
``testing.site_without`` removes it from ``INSTALLED_APPS`` and builds the URLconf afresh from
``securebase/urls.py`` (which mounts only installed apps); the test then walks every
argument-free page as a visitor, a client and a clinician, and checks that nothing links to the
missing feature.
"""

from __future__ import annotations

import re

from django.apps import apps
from django.test import TestCase

from securebase.core.tests.test_every_page import argument_free_paths
from securebase.testing import Personas, login_verified, site_without


def optional_apps() -> list[tuple[str, str]]:
    """(app name, URL prefix) of every installed feature app."""
    return [
        (config.name, config.url_prefix)
        for config in apps.get_app_configs()
        if getattr(config, "url_prefix", None)
    ]


class SiteWithoutEachAppTests(Personas, TestCase):
    def test_it_knows_the_feature_apps(self):
        names = {name for name, _ in optional_apps()}
        assert {
            "securebase.articles",
            "securebase.bookings",
            "securebase.assessments",
            "securebase.checkins",
            "securebase.pause",
            "securebase.journal",
            "securebase.chat_analysis",
        } <= names

    def test_it_renders_every_page_without_each_feature_app(self):
        for name, prefix in optional_apps():
            with self.subTest(app=name):
                self.walk_without(name, prefix)

    def walk_without(self, name: str, prefix: str) -> None:
        with site_without(name):
            paths = argument_free_paths()
            assert not [p for p in paths if p.startswith(f"/{prefix}")], name
            link = re.compile(rf'href="/{re.escape(prefix)}')
            for visitor in ("visitor", "client", "clinician"):
                self.client.logout()
                if visitor == "client":
                    self.client.force_login(self.ada)
                elif visitor == "clinician":
                    login_verified(self.client, self.theo)
                rendered = 0
                for path in paths:
                    response = self.client.get(path, follow=True)
                    if not response.get("Content-Type", "").startswith("text/html"):
                        continue
                    assert response.status_code in {200, 404, 405}, (name, visitor, path)
                    body = response.content.decode()
                    assert not link.search(body), f"{path} links to {name} ({visitor})"
                    rendered += "<html" in body[:2048]
                assert rendered >= 10, (name, visitor, rendered)
