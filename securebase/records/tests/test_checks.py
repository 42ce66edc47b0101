"""`check --deploy` warns about the decisions only the practice can make, until it makes them."""

from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.test import SimpleTestCase, TestCase, override_settings
from django.urls import reverse

from securebase.records.checks import check_practice_decisions
from securebase.testing import make_client

DECIDED = {
    "ECR_PERMISSION": "non-commercial",
    "TELEHEALTH_PLATFORM": "Doxy.me",
    "TELEHEALTH_DATA_HANDLING": "Nothing is recorded.",
}


class PracticeDecisionCheckTests(SimpleTestCase):
    @override_settings(**{**DECIDED, "ECR_PERMISSION": ""})
    def test_it_warns_while_the_ecr_permission_is_unset(self):
        (warning,) = check_practice_decisions(None)
        assert warning.id == "securebase.W101"
        assert "ECR_PERMISSION" in warning.msg

    @override_settings(**{**DECIDED, "TELEHEALTH_PLATFORM": ""})
    def test_it_warns_while_the_video_platform_is_unnamed(self):
        (warning,) = check_practice_decisions(None)
        assert warning.id == "securebase.W102"

    @override_settings(**DECIDED)
    def test_it_is_quiet_once_decided(self):
        assert check_practice_decisions(None) == []

    @override_settings(**{**DECIDED, "ECR_PERMISSION": ""})
    def test_the_deploy_check_fails_at_warning_level(self):
        with self.assertRaisesMessage(SystemCheckError, "securebase.W101"):
            call_command("check", "--deploy", "--fail-level", "WARNING")


class AssessmentsEitherWayTests(TestCase):
    def test_the_assessment_pages_work_whatever_the_setting(self):
        ada = make_client()
        self.client.force_login(ada)
        for value in ("", "granted", "non-commercial"):
            with self.subTest(value=value), override_settings(ECR_PERMISSION=value):
                assert self.client.get(reverse("assessments:start")).status_code == 200
