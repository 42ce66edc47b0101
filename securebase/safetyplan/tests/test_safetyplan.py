"""The safety plan: kept encrypted, edited and deleted by its owner, exported, and first in
the crisis panel."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from django.db import connection
from django.test import TestCase
from django.urls import reverse

from securebase.core import safety
from securebase.privacy.exports import export_user_data
from securebase.privacy.services import delete_account
from securebase.safetyplan import services
from securebase.safetyplan.models import SafetyPlan
from securebase.safetyplan.steps import FIELDS, STEPS
from securebase.testing import Personas, login_verified

NOW = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)
RISKY = "Everyone would be better off without me."


def answers(**overrides) -> dict[str, str]:
    values = {
        "warning_signs": "Checking his profile at 2am",
        "coping_strategies": "Cold shower, the breathing pacer",
        "distractions": "The climbing gym; the library",
        "people_to_ask": "Maya 555-0101",
        "professionals": "Dr. Alvarez 555-0199",
        "safer_environment": "Give the pills to Maya to keep",
        "reasons_for_living": "My niece Lucía",
    }
    values.update(overrides)
    return values


def panel_of(page: str) -> str:
    return page.split('class="crisis-panel"', 1)[1].split("</section>\n", 1)[0]


class StepsTests(TestCase):
    def test_it_follows_the_stanley_brown_order_with_reasons_for_living(self):
        assert FIELDS == (
            "warning_signs",
            "coping_strategies",
            "distractions",
            "people_to_ask",
            "professionals",
            "safer_environment",
            "reasons_for_living",
        )
        for step in STEPS:
            assert step.title.en and step.title.es and step.prompt.en and step.prompt.es
            assert hasattr(SafetyPlan, step.field)


class ServiceTests(Personas, TestCase):
    def test_it_creates_then_replaces_the_plan_keeping_one_per_person(self):
        first = services.save_plan(user=self.ada, answers=answers(), now=NOW)
        later = datetime(2026, 3, 3, tzinfo=UTC)
        second = services.save_plan(
            user=self.ada, answers={"reasons_for_living": "  My dog  "}, now=later
        )
        assert first.pk == second.pk
        second.refresh_from_db()
        assert second.reasons_for_living == "My dog"
        assert second.warning_signs == ""
        assert (second.created_at, second.updated_at) == (NOW, later)
        assert SafetyPlan.objects.count() == 1

    def test_it_keeps_every_step_encrypted_at_rest(self):
        plan = services.save_plan(user=self.ada, answers=answers(), now=NOW)
        columns = ", ".join(FIELDS)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {columns} FROM safetyplan_safetyplan WHERE id = %s",  # noqa: S608
                [plan.pk],
            )
            stored = cursor.fetchone()
        for field, raw in zip(FIELDS, stored, strict=True):
            assert raw and answers()[field] not in raw, field

    def test_it_deletes_the_plan(self):
        services.save_plan(user=self.ada, answers=answers(), now=NOW)
        assert services.delete_plan(user=self.ada) is True
        assert services.delete_plan(user=self.ada) is False
        assert not SafetyPlan.objects.exists()


class PageTests(Personas, TestCase):
    def test_a_visitor_sees_a_blank_plan_to_print_and_how_to_keep_one(self):
        response = self.client.get(reverse("safetyplan:plan"))
        assert response.status_code == 200
        self.assertContains(response, "A personal safety plan")
        self.assertContains(response, 'class="plan-blank"', count=len(STEPS))
        self.assertContains(response, f"{reverse('accounts:login')}?next=")
        self.assertContains(response, "safetyplan/safetyplan.css")

    def test_a_visitor_is_sent_to_log_in_to_edit(self):
        response = self.client.get(reverse("safetyplan:edit"))
        assert response.status_code == 302
        assert response.url.startswith(reverse("accounts:login"))

    def test_a_client_makes_reads_and_edits_their_plan(self):
        self.client.force_login(self.ada)
        self.assertContains(self.client.get(reverse("safetyplan:plan")), "Make your safety plan")
        response = self.client.post(reverse("safetyplan:edit"), answers())
        assert response.status_code == 302
        page = self.client.get(response.url)
        self.assertContains(page, "Your safety plan is saved.")
        for text in answers().values():
            self.assertContains(page, text)
        # The crisis lines sit under the professionals step, from the one list.
        self.assertContains(page, 'href="tel:988"')
        form = self.client.get(reverse("safetyplan:edit"))
        assert form.context["form"].initial["reasons_for_living"] == "My niece Lucía"

    def test_it_refuses_an_empty_plan(self):
        self.client.force_login(self.ada)
        response = self.client.post(
            reverse("safetyplan:edit"), answers(**dict.fromkeys(FIELDS, ""))
        )
        assert response.status_code == 200
        self.assertContains(response, "Write something in at least one step")
        assert not SafetyPlan.objects.exists()

    def test_each_person_sees_only_their_own_plan(self):
        services.save_plan(user=self.ada, answers=answers(), now=NOW)
        self.client.force_login(self.ben)
        page = self.client.get(reverse("safetyplan:plan"))
        self.assertNotContains(page, "My niece Lucía")
        self.assertContains(page, "Make your safety plan")
        self.client.post(reverse("safetyplan:edit"), answers(reasons_for_living="Ben's reasons"))
        assert SafetyPlan.objects.get(user=self.ada).reasons_for_living == "My niece Lucía"

    def test_a_client_deletes_their_plan_by_post_only(self):
        services.save_plan(user=self.ada, answers=answers(), now=NOW)
        self.client.force_login(self.ada)
        assert self.client.get(reverse("safetyplan:delete")).status_code == 405
        response = self.client.post(reverse("safetyplan:delete"), follow=True)
        self.assertContains(response, "Your safety plan is deleted.")
        assert not SafetyPlan.objects.exists()

    def test_it_is_one_tap_from_need_help_now_and_from_the_header(self):
        self.client.force_login(self.ada)
        plan_link = f'href="{reverse("safetyplan:plan")}"'
        help_page = self.client.get(reverse("practice:help")).content.decode()
        assert plan_link in help_page.split("<main", 1)[1]
        header = self.client.get("/").content.decode().split("</header>", 1)[0]
        assert plan_link in header

    def test_it_offers_a_card_on_the_clients_home(self):
        self.client.force_login(self.ada)
        self.assertContains(self.client.get(reverse("dashboard:home")), "Open your safety plan")

    def test_the_printout_leaves_the_site_around_it_out(self):
        from django.contrib.staticfiles import finders

        with open(finders.find("safetyplan/safetyplan.css"), encoding="utf-8") as handle:
            css = handle.read()
        assert "@media print" in css
        assert ".crisis-panel" in css.split("@media print", 1)[1]


class PrivacyTests(Personas, TestCase):
    def test_the_export_holds_the_plan_in_plain_text(self):
        services.save_plan(user=self.ada, answers=answers(), now=NOW)
        exported = export_user_data(self.ada)["safetyplan"]["safety_plan"]
        assert [step["text"] for step in exported["steps"]] == list(answers().values())
        assert export_user_data(self.ben)["safetyplan"] == {"safety_plan": None}

    def test_deleting_the_account_deletes_the_plan(self):
        services.save_plan(user=self.ada, answers=answers(), now=NOW)
        delete_account(user=self.ada)
        assert not SafetyPlan.objects.exists()


class CrisisPanelTests(Personas, TestCase):
    def risky_checkin(self):
        # Any view that screens words will do; the check-in is the one people use most.
        import uuid

        self.client.post(
            reverse("checkins:start"),
            {"token": str(uuid.uuid4()), "anxiety": "8", "note": RISKY},
        )
        return self.client.get("/").content.decode()

    def test_the_persons_own_plan_comes_first_in_the_panel(self):
        services.save_plan(
            user=self.ada, answers=answers(warning_signs="", distractions=""), now=NOW
        )
        self.client.force_login(self.ada)
        panel = panel_of(self.risky_checkin())
        assert panel.index("Your safety plan") < panel.index("You don't have to carry this alone")
        assert panel.index("Cold shower") < panel.index('href="tel:988"')
        assert "My niece Lucía" in panel
        assert "Warning signs" not in panel  # empty steps are left out
        assert f'href="{reverse("safetyplan:plan")}"' in panel

    def test_the_plan_speaks_the_panels_language(self):
        services.save_plan(user=self.ada, answers=answers(), now=NOW)
        self.client.force_login(self.ada)
        session = self.client.session
        session[safety.SESSION_KEY] = {"saved": True, "language": "es", "concern": "self"}
        session.save()
        panel = panel_of(self.client.get("/").content.decode())
        assert panel.index("Tu plan de seguridad") < panel.index("No tienes que cargar")
        assert "Mis razones para vivir" in panel

    def test_the_plan_does_not_lead_when_someone_else_is_hurting_the_person(self):
        services.save_plan(user=self.ada, answers=answers(), now=NOW)
        self.client.force_login(self.ada)
        session = self.client.session
        session[safety.SESSION_KEY] = {"saved": True, "language": "en", "concern": "danger"}
        session.save()
        panel = panel_of(self.client.get("/").content.decode())
        assert "Your safety plan" not in panel and "My niece Lucía" not in panel
        assert "If someone is hurting or threatening you" in panel
        assert re.findall(r'href="(tel:[^"]+)"', panel)[0] == "tel:911"

    def test_no_plan_means_no_plan_in_the_panel(self):
        self.client.force_login(self.ada)
        panel = panel_of(self.risky_checkin())
        assert "Your safety plan" not in panel
        assert "You don't have to carry this alone" in panel

    def test_a_clinician_with_a_plan_of_their_own_sees_it_too(self):
        services.save_plan(user=self.theo, answers=answers(), now=NOW)
        login_verified(self.client, self.theo)
        session = self.client.session
        session[safety.SESSION_KEY] = {"saved": True}
        session.save()
        assert "My niece Lucía" in panel_of(self.client.get("/").content.decode())


class CareTeamTests(Personas, TestCase):
    def test_a_clinician_sees_the_plan_only_while_the_client_shares_it(self):
        from securebase.care.tests.helpers import connect

        services.save_plan(user=self.ada, answers=answers(), now=NOW)
        login_verified(self.client, self.theo)
        relationship = connect(self.ada, self.theo)
        page = reverse("care:client", args=[self.ada.pk])
        self.assertNotContains(self.client.get(page), "My niece Lucía")
        from securebase.care import registry
        from securebase.care import services as care

        care.set_area(
            relationship=relationship, area=registry.area("safety_plan"), on=True, now=NOW
        )
        response = self.client.get(page)
        self.assertContains(response, "7. My reasons for living")
        self.assertContains(response, "My niece Lucía")
