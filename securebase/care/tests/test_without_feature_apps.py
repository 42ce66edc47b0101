"""The care team's pages keep working with any feature app taken out of the site.

Ada shares every area with Theo and has homework of every kind; then each feature app in turn
is removed (``testing.site_without``). The caseload, the client page, the homework form and
Ada's home still answer, offer nothing of the missing app, and link nowhere into it.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from django.test import TestCase
from django.urls import reverse

from securebase.care import areas, homework, services
from securebase.care.models import Assignment
from securebase.care.tests.helpers import connect, give_data
from securebase.testing import Personas, login_verified, site_without

NOW = datetime(2026, 3, 2, 17, 0, tzinfo=UTC)
FEATURE_APPS = {
    "securebase.checkins": "check-in/",
    "securebase.pause": "pause/",
    "securebase.journal": "journal/",
    "securebase.assessments": "assessment/",
    "securebase.chat_analysis": "reality-check/",
    "securebase.articles": "learn/",
    "securebase.bookings": "book/",
    "securebase.measures": "questionnaires/",
    "securebase.safetyplan": "safety-plan/",
}
HOMEWORK = [
    (Assignment.Kind.ARTICLE, "understanding-anxious-attachment"),
    (Assignment.Kind.JOURNAL_PROMPT, "roots/early-care"),
    (Assignment.Kind.PAUSE_EXERCISE, "breathing"),
    (Assignment.Kind.NOTICE, "trigger:slow_reply"),
    (Assignment.Kind.QUESTIONNAIRE, "ecr-s"),
]


class WithoutFeatureAppsTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        give_data(cls.ada, now=NOW)
        keys = [area.key for area in areas.AREAS]
        cls.relationship = connect(cls.ada, cls.theo, areas=keys, now=NOW)
        for kind, target in HOMEWORK:
            services.assign_homework(relationship=cls.relationship, kind=kind, target=target)

    def test_every_page_answers_without_each_feature_app(self):
        pages = [
            reverse("care:caseload"),
            reverse("care:client", args=[self.ada.pk]),
            reverse("care:assign", args=[self.ada.pk]),
        ]
        for app, prefix in FEATURE_APPS.items():
            with self.subTest(app=app), site_without(app):
                link = re.compile(rf'href="/{re.escape(prefix)}')
                login_verified(self.client, self.theo)
                for path in pages:
                    response = self.client.get(path)
                    assert response.status_code == 200, (app, path)
                    assert not link.search(response.content.decode()), (app, path)
                self.client.force_login(self.ada)
                for path in (reverse("dashboard:home"), reverse("care:sharing")):
                    response = self.client.get(path)
                    assert response.status_code == 200, (app, path)
                    assert not link.search(response.content.decode()), (app, path)

    def test_homework_of_a_missing_app_is_neither_offered_nor_linked(self):
        with site_without("securebase.pause"):
            assert not homework.offered(Assignment.Kind.PAUSE_EXERCISE)
            groups = [label for label, _ in homework.choices()]
            assert "Practice a pause exercise" not in groups
            assert "Read an article" in groups
            pause = Assignment.objects.get(kind=Assignment.Kind.PAUSE_EXERCISE)
            described = homework.describe(pause)
            assert (described.text, described.url) == (
                "Practice a pause exercise: breathing",
                "",
            )
            self.client.force_login(self.ada)
            response = self.client.get(reverse("care:homework_open", args=[pause.pk]))
            assert response.status_code == 404

    def test_the_client_page_draws_only_the_areas_whose_apps_are_installed(self):
        login_verified(self.client, self.theo)
        with site_without("securebase.checkins"):
            response = self.client.get(reverse("care:client", args=[self.ada.pk]))
            shown = [block["area"].key for block in response.context["blocks"]]
            assert areas.CHECKINS not in shown and areas.BEHAVIORS not in shown
            assert areas.ASSESSMENTS in shown
        response = self.client.get(reverse("care:client", args=[self.ada.pk]))
        assert areas.CHECKINS in [block["area"].key for block in response.context["blocks"]]
