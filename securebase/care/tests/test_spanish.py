"""The care team in Spanish: emails in the recipient's language (an invitation to someone
without an account in the language the clinician chose, by default the page's), and every
page rendered in Spanish (the test suite's SpanishPageGuard fails any English sentence
outside lang="en" or translate="no")."""

from __future__ import annotations

import time_machine
from django.conf import settings
from django.core import mail
from django.test import TestCase
from django.urls import reverse

from securebase.bookings.tests.helpers import la
from securebase.care import areas, caseload, services, sparkline
from securebase.care.models import Assignment, Invitation
from securebase.care.tests.helpers import connect, token_in
from securebase.testing import Personas, login_verified

NOW = la(2026, 4, 1, 8, 0)
SPANISH = {settings.LANGUAGE_COOKIE_NAME: "es"}


@time_machine.travel(NOW, tick=False)
class SpanishEmailTests(Personas, TestCase):
    def invite(self, data: dict, cookies: dict | None = None) -> Invitation:
        login_verified(self.client, self.theo)
        if cookies:
            self.client.cookies.load(cookies)
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(reverse("care:invite"), data)
        assert response.status_code == 302
        return Invitation.objects.get()

    def test_the_clinician_picks_spanish_for_someone_without_an_account(self):
        invitation = self.invite({"email": "rosa@example.com", "language": "es"})
        assert invitation.language == "es"
        (message,) = mail.outbox
        assert message.subject.endswith(": tienes una invitación esperándote")
        assert "te invitó a conectarte en la aplicación" in message.body
        assert token_in(message)

    def test_the_invitation_language_defaults_to_the_page_language(self):
        self.theo.language = ""
        self.theo.save(update_fields=["language"])
        invitation = self.invite({"email": "rosa@example.com"}, cookies=SPANISH)
        assert invitation.language == "es"
        assert "Hola:" in mail.outbox[0].body

    def test_an_account_holders_language_wins_over_the_clinicians_pick(self):
        self.ada.language = "es"
        self.ada.save(update_fields=["language"])
        invitation = self.invite({"email": "ada@example.com", "language": "en"})
        assert invitation.language == "es"
        assert "Hola:" in mail.outbox[0].body
        mail.outbox.clear()
        invitation.delete()
        invitation = self.invite({"email": "ben@example.com", "language": "es"})
        assert invitation.language == "en"
        assert mail.outbox[0].body.startswith("Hello,")

    def test_the_invite_form_offers_the_language_starting_from_the_page(self):
        self.theo.language = "es"
        self.theo.save(update_fields=["language"])
        login_verified(self.client, self.theo)
        page = self.client.get(reverse("care:invite")).content.decode()
        assert "Idioma del correo de invitación" in page
        assert '<option value="es" selected>' in page

    def test_something_new_goes_out_in_each_recipients_language(self):
        self.ada.language = "es"
        self.ada.save(update_fields=["language"])
        relationship = connect(self.ada, self.theo)
        mail.outbox.clear()
        with self.captureOnCommitCallbacks(execute=True):
            services.assign_homework(
                relationship=relationship,
                kind=Assignment.Kind.PAUSE_EXERCISE,
                target="breathing",
                note="",
                due_on=None,
            )
            services.end_relationship(relationship=relationship, by=self.ada)
        to_ada, to_theo = mail.outbox
        assert to_ada.to == ["ada@example.com"]
        assert to_ada.subject.endswith(": hay algo nuevo para ti")
        assert "Hay algo nuevo para ti" in to_ada.body
        assert to_theo.to == ["theo@example.com"]
        assert to_theo.subject.endswith(": something new for you")


def test_the_trend_in_words_follows_the_page_language():
    from django.utils import translation

    values = [None, 4.0, None, 6.5]
    with translation.override("es"):
        words = caseload.trend_words(values)
    assert words == (
        "2 de los últimos 4 días con registro; ansiedad promedio de 4 el primer día y 6.5 el "
        "más reciente; mínima 4, máxima 6.5 (de 0 a 10)."
    )
    with translation.override("en"):
        assert caseload.trend_words(values) == sparkline.describe(values)


@time_machine.travel(NOW, tick=False)
class SpanishPageTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        for person in (cls.ada, cls.theo):
            person.language = "es"
            person.save(update_fields=["language"])
        # No area is shared: the areas' panels are drawn by their own apps' templates, which
        # those apps translate (core/tests/test_every_page.py renders them in Spanish).
        cls.relationship = connect(cls.ada, cls.theo, now=NOW)
        services.assign_homework(
            relationship=cls.relationship,
            kind=Assignment.Kind.PAUSE_EXERCISE,
            target="breathing",
            note="Try it before bed, then tell me how it went.",
            due_on=NOW.date(),
        )
        from securebase.articles.models import Article

        services.assign_homework(
            relationship=cls.relationship,
            kind=Assignment.Kind.ARTICLE,
            target=Article.objects.get().slug,
            note="",
            due_on=None,
        )

    def test_the_clients_pages_are_in_spanish(self):
        self.client.force_login(self.ada)
        sharing = self.client.get(reverse("care:sharing"))
        self.assertContains(sharing, "Quién puede ver qué")
        self.assertContains(sharing, "Registros del día y tendencias")
        switch = self.client.get(
            reverse("care:switch", args=[self.relationship.pk, areas.REALITY_CHECK])
        )
        self.assertContains(switch, "¿Activar resúmenes de tus revisiones de la realidad para")
        self.assertContains(switch, "No hay revisiones de la realidad guardadas.")
        end = self.client.get(reverse("care:end_as_client", args=[self.relationship.pk]))
        self.assertContains(end, "Terminar la conexión")

    def test_the_clinicians_pages_are_in_spanish(self):
        login_verified(self.client, self.theo)
        listing = self.client.get(reverse("care:caseload"))
        self.assertContains(listing, "Tus clientes")
        self.assertContains(listing, "No compartido")
        page = self.client.get(reverse("care:client", args=[self.ada.pk]))
        self.assertContains(page, "Conectados desde el")
        self.assertContains(page, '<span translate="no">Try it before bed')
        end = self.client.get(reverse("care:end_as_clinician", args=[self.ada.pk]))
        self.assertContains(end, "Terminar la conexión")

    def test_the_invitation_pages_are_in_spanish(self):
        with self.captureOnCommitCallbacks(execute=True):
            services.invite(clinician=self.theo, email="rosa@example.com", language="es")
        token = token_in(mail.outbox[-1])
        self.client.cookies.load(SPANISH)
        signed_out = self.client.get(reverse("care:invitation", args=[token]))
        self.assertContains(signed_out, "te invitó a conectarte")
        bad = self.client.get(reverse("care:invitation", args=["not-a-token"]))
        assert bad.status_code == 400
        self.assertContains(bad, "no es válido", status_code=400)

    def test_the_homework_card_on_the_clients_home_is_in_spanish(self):
        # The home page around it belongs to the dashboard; the card alone is checked here.
        from django.test import RequestFactory
        from django.utils import translation

        from securebase.care.slots import client_home
        from securebase.core.untranslated import english_on_page

        request = RequestFactory().get("/home/")
        request.user = self.ada
        with translation.override("es"):
            card = client_home(request)
        assert "De tu terapeuta" in card and "Marcar como hecha" in card
        assert 'Leer: <span lang="en">' in card  # the article's title, in English
        assert '<span class="muted" translate="no">“Try it before bed' in card
        assert english_on_page(card) == []
