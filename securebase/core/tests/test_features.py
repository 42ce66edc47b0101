"""The feature registry: navigation and home cards come from the installed apps' AppConfigs."""

from django.contrib.auth.models import AnonymousUser
from django.test import TestCase
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from securebase.accounts.models import User
from securebase.core.features import (
    CLIENT_HOME,
    CLIENTS_AND_VISITORS,
    CLINIC_HOME,
    EVERYONE,
    HomeCard,
    Link,
    NavEntry,
    audience_of,
    declare_client_tool,
    home_cards,
    nav_links,
)
from securebase.testing import PASSWORD, Personas, login_verified, site_without


class FeatureRegistryTests(Personas, TestCase):
    def nav_labels(self, user) -> list[str]:
        return [link.label for link in nav_links(user)]

    def test_it_tells_visitors_clients_and_clinicians_apart(self):
        assert audience_of(AnonymousUser()) == "visitor"
        assert audience_of(self.ada) == "client"
        assert audience_of(self.theo) == "clinician"

    def test_it_tells_practice_staff_from_clinicians(self):
        staff = User.objects.create_user(
            email="desk@example.com", password=PASSWORD, role=User.Role.STAFF
        )
        assert audience_of(staff) == "staff"
        self.theo.is_staff = True  # a clinician who may use the admin is still a clinician
        assert audience_of(self.theo) == "clinician"

    def test_staff_see_only_links_that_open_for_them(self):
        staff = User.objects.create_user(
            email="desk@example.com", password=PASSWORD, role=User.Role.STAFF
        )
        links = nav_links(staff) + [
            link for card in home_cards(staff, CLINIC_HOME) for link in card.links
        ]
        labels = [link.label for link in links]
        assert "Clients" not in labels and "Intake documents" not in labels
        assert "Learn" in labels
        assert "Clients" in self.nav_labels(self.theo)
        TOTPDevice.objects.create(user=staff, name="Authenticator app", confirmed=True)
        login_verified(self.client, staff)
        assert self.client.get(reverse("care:caseload")).status_code == 404
        for link in links:
            if link.url.startswith("/admin/"):
                continue
            assert self.client.get(link.url).status_code != 404, link

    def test_it_orders_the_navigation_by_each_entry_s_order(self):
        assert self.nav_labels(self.ada) == [
            "Learn",
            "Assess",
            "Check in",
            "Pause",
            "Reality check",
            "Journal",
        ]

    def test_it_leaves_client_only_tools_out_of_a_clinician_s_navigation(self):
        labels = self.nav_labels(self.theo)
        assert "Journal" not in labels
        assert "Check in" not in labels
        assert "Learn" in labels

    def test_it_gives_each_home_the_cards_meant_for_it(self):
        client_titles = [card.title for card in home_cards(self.ada, CLIENT_HOME)]
        assert client_titles[:2] == ["Check in", "Pause"]
        assert "Consultations" not in client_titles
        clinic_titles = [card.title for card in home_cards(self.theo, CLINIC_HOME)]
        assert clinic_titles[0] == "Consultations"
        assert "Articles" not in clinic_titles  # theo is not staff: no article editing

    def test_it_shows_staff_only_cards_to_staff(self):
        self.theo.is_staff = True
        clinic_titles = [card.title for card in home_cards(self.theo, CLINIC_HOME)]
        assert clinic_titles[0] == "Consultations"
        assert "Articles" in clinic_titles

    def test_it_renders_the_client_home_from_the_cards(self):
        self.client.force_login(self.ada)
        response = self.client.get(reverse("dashboard:home"))
        assert response.status_code == 200
        assert f'href="{reverse("pause:history")}"' in response.text
        assert f'href="{reverse("checkins:trends")}"' in response.text

    def test_it_renders_the_clinician_s_nav_without_a_journal_link(self):
        login_verified(self.client, self.theo)
        response = self.client.get(reverse("dashboard:clinician_home"))
        assert f'href="{reverse("bookings:clinic")}"' in response.text
        assert f'href="{reverse("journal:start")}"' not in response.text

    def test_it_forgets_an_app_that_is_not_installed(self):
        with site_without("securebase.pause"):
            assert "Pause" not in self.nav_labels(self.ada)
            assert "Pause" not in [card.title for card in home_cards(self.ada, CLIENT_HOME)]
        assert "Pause" in self.nav_labels(self.ada)


def test_a_client_tool_s_navigation_leads_to_the_first_link_of_its_card():
    nav, cards = declare_client_tool(
        "Pause",
        "For the moment the urge arrives.",
        {"pause:start": "Take a pause", "pause:history": "Your pauses"},
        nav_order=40,
        card_order=20,
        nav_audience=CLIENTS_AND_VISITORS,
    )
    assert nav == (NavEntry("Pause", "pause:start", order=40, audience=CLIENTS_AND_VISITORS),)
    assert cards == (
        HomeCard(
            "Pause",
            "For the moment the urge arrives.",
            (Link("Take a pause", "pause:start"), Link("Your pauses", "pause:history")),
            order=20,
        ),
    )
    named, _ = declare_client_tool(
        "Self-assessment",
        "See how it changes.",
        {"assessments:start": "Take it"},
        nav_order=20,
        card_order=30,
        nav_label="Assess",
    )
    assert named[0].label == "Assess" and named[0].audience == EVERYONE
