"""Check-ins and trends in a real browser at phone width (360 px)."""

import uuid
from datetime import timedelta

from django.utils import timezone
from playwright.sync_api import expect

from securebase.checkins import rollups
from securebase.checkins.models import Checkin
from securebase.pause.models import PauseSession
from securebase.testing import BrowserTestCase, make_client


class CheckinBrowserTests(BrowserTestCase):
    def setUp(self):
        super().setUp()
        self.ada = make_client(email="ada@example.com", full_name="Ada Park")
        self.log_in(self.ada)
        self.interactions = 0
        self.console_errors = []
        self.page.on(
            "console", lambda msg: msg.type == "error" and self.console_errors.append(msg.text)
        )

    def tap(self, locator):
        self.interactions += 1
        locator.click()

    def type_into(self, locator, text):
        self.interactions += 1
        locator.fill(text)

    def go(self, path):
        self.interactions += 1
        self.page.goto(self.live_url(path))

    def test_a_client_checks_in_in_under_ten_interactions(self):
        page = self.page
        self.go("/check-in/")
        expect(page.get_by_role("heading", name="Check in", exact=True)).to_be_visible()
        self.assert_fits_width()
        # The 0-10 pills, six to a row, each within its own cell, also on a 320 px phone.
        self.assert_apart(".scale label")
        page.set_viewport_size({"width": 320, "height": 780})
        self.assert_apart(".scale label")
        page.set_viewport_size(self.viewport)
        anxiety = page.get_by_role("group", name="How anxious do you feel right now?")
        self.tap(anxiety.get_by_role("radio", name="6", exact=True))
        self.tap(page.get_by_role("checkbox", name="Anxious"))
        self.tap(page.get_by_role("checkbox", name="Lonely"))
        self.tap(page.get_by_role("checkbox", name="A slow reply"))
        texting = page.get_by_role("group", name="Texting or calling again and again")
        self.tap(texting.get_by_role("radio", name="Resisted"))
        self.type_into(
            page.get_by_label("Anything you want to remember"), "Put the phone in a drawer."
        )
        self.assert_fits_width()
        self.tap(page.get_by_role("button", name="Save check-in"))
        expect(page.get_by_text("Saved. Thank you for checking in")).to_be_visible()
        assert self.interactions < 10, self.interactions
        expect(page.get_by_text("Anxious, Lonely")).to_be_visible()
        expect(page.get_by_text("Put the phone in a drawer.")).to_be_visible()
        self.assert_fits_width()
        checkin = Checkin.objects.get(user=self.ada)
        assert checkin.anxiety == 6
        assert checkin.emotions == ["anxious", "lonely"]
        assert checkin.behaviors == {"excessive_contact": "resisted"}
        assert self.console_errors == []

    def test_protest_behaviors_are_in_view_without_opening_anything(self):
        page = self.page
        self.go("/check-in/")
        section = page.get_by_role("region", name="Protest behaviors today")
        expect(section).to_be_visible()
        assert page.locator("details").filter(has_text="Protest behaviors").count() == 0
        for name in ("Texting or calling again and again", "Withdrawing or going silent"):
            group = section.get_by_role("group", name=name)
            group.scroll_into_view_if_needed()
            expect(group.get_by_role("radio", name="Resisted")).to_be_visible()
            expect(group.get_by_role("radio", name="Acted on")).to_be_visible()
        self.assert_fits_width()

    def test_the_crisis_panel_appears_after_saving_a_risky_note(self):
        page = self.page
        page.goto(self.live_url("/check-in/"))
        page.get_by_role("group", name="How anxious do you feel right now?").get_by_role(
            "radio", name="9", exact=True
        ).click()
        page.get_by_label("Anything you want to remember").fill(
            "Honestly, everyone would be better off without me."
        )
        page.get_by_role("button", name="Save check-in").click()
        panel = page.get_by_role("alert")
        expect(panel).to_be_visible()
        expect(panel.get_by_role("heading")).to_have_text("You don't have to carry this alone")
        expect(panel.get_by_role("link", name="Call 988")).to_have_attribute("href", "tel:988")
        expect(panel.get_by_role("link", name="Text 988")).to_have_attribute("href", "sms:988")
        # The note was saved as written, and is right there on the page.
        expect(page.get_by_text("everyone would be better off without me")).to_be_visible()
        assert Checkin.objects.get(user=self.ada).anxiety == 9
        self.assert_fits_width()

    def test_a_client_sees_check_ins_pauses_and_journal_entries_on_trends(self):
        page = self.page
        page.goto(self.live_url("/check-in/"))
        page.get_by_role("group", name="How anxious do you feel right now?").get_by_role(
            "radio", name="7", exact=True
        ).click()
        page.get_by_role("checkbox", name="A conflict or argument").click()
        page.get_by_role("button", name="Save check-in").click()
        expect(page.get_by_text("Saved.")).to_be_visible()
        page.goto(self.live_url("/pause/"))
        page.get_by_role("radio", name="I want to ask if we're okay").click()
        page.get_by_role("group", name="How strong is the urge?").get_by_role(
            "radio", name="8", exact=True
        ).click()
        page.get_by_role("group", name="How anxious do you feel?").get_by_role(
            "radio", name="7", exact=True
        ).click()
        page.get_by_role("button", name="Next: choose what to do").click()
        page.get_by_role("link", name="A self-compassion break").click()
        page.get_by_role("link", name="I'm done: how am I now?").click()
        page.get_by_role("group", name="How strong is the urge now?").get_by_role(
            "radio", name="4", exact=True
        ).click()
        page.get_by_role("group", name="How anxious do you feel now?").get_by_role(
            "radio", name="3", exact=True
        ).click()
        page.get_by_role("radio", name="I waited").click()
        page.get_by_role("button", name="Finish the pause").click()
        page.goto(self.live_url("/journal/write/"))
        page.get_by_label("Your entry").fill("The pause helped more than I expected.")
        page.get_by_role("button", name="Save entry").click()
        expect(page.get_by_text("Saved. Only you can read it.")).to_be_visible()
        page.goto(self.live_url("/check-in/trends/"))
        expect(page.get_by_role("heading", name="Your trends")).to_be_visible()
        expect(page.get_by_text("1 entry on 1 day.")).to_be_visible()
        expect(page.get_by_role("img", name="Journal entries per week")).to_be_visible()
        expect(page.get_by_text("From 1 check-in on 1 day and 1 pause")).to_be_visible()
        expect(page.get_by_role("img", name="Anxiety over time, average per day")).to_be_visible()
        expect(
            page.get_by_role("img", name="Average anxiety before and after a pause")
        ).to_be_visible()
        page.get_by_text("Table: how often each trigger was noted").click()
        row = page.get_by_role("row", name="A conflict or argument")
        expect(row.get_by_role("cell")).to_have_text(["1", "1"])
        self.assert_fits_width()
        assert PauseSession.objects.get(user=self.ada).outcome == "waited"
        assert self.console_errors == []

    def test_a_long_practice_shows_recent_weeks_and_every_month_before_them(self):
        now = timezone.now()
        for days_ago in range(0, 240, 3):  # about eight months, a check-in every third day
            at = now - timedelta(days=days_ago)
            Checkin.objects.create(
                user=self.ada,
                created_at=at,
                updated_at=at,
                anxiety=days_ago % 10,
                triggers=["conflict"],
                behaviors={},
                token=uuid.uuid4(),
            )
        rollups.rebuild([self.ada])  # what the migration does for check-ins saved before it
        page = self.page
        page.goto(self.live_url("/check-in/trends/"))
        expect(page.get_by_text("“Month by month” covers all your check-ins")).to_be_visible()
        months = page.get_by_role("region", name="Month by month")
        expect(
            months.get_by_role("img", name="Anxiety month by month, average per month")
        ).to_be_visible()
        months.get_by_text("Table: month by month").click()
        # Eight or nine calendar months, each a row with its days and check-ins.
        rows = months.get_by_role("row")
        assert 9 <= rows.count() <= 10, rows.count()  # with the header row
        self.assert_fits_width()
        self.assert_accessible()
        assert self.console_errors == []


class SpanishCheckinBrowserTests(BrowserTestCase):
    """A Spanish-speaking client checks in and reads their trends, at phone width."""

    locale = "es-US"

    def setUp(self):
        super().setUp()
        self.ada = make_client(email="ada@example.com", full_name="Ada Park", language="es")
        self.log_in(self.ada)
        self.console_errors = []
        self.page.on(
            "console", lambda msg: msg.type == "error" and self.console_errors.append(msg.text)
        )

    def test_a_client_checks_in_and_sees_their_trends_in_spanish(self):
        page = self.page
        page.goto(self.live_url("/check-in/"))
        expect(page.locator("html")).to_have_attribute("lang", "es")
        expect(page.get_by_role("heading", name="Registra cómo estás", exact=True)).to_be_visible()
        self.assert_fits_width()
        self.assert_accessible()
        anxiety = page.get_by_role("group", name="¿Cuánta ansiedad sientes ahora mismo?")
        anxiety.get_by_role("radio", name="6", exact=True).click()
        page.get_by_role("checkbox", name="Soledad").click()
        page.get_by_role("checkbox", name="Un conflicto o una discusión").click()
        texting = page.get_by_role("group", name="Escribir o llamar una y otra vez")
        texting.get_by_role("radio", name="Resistí").click()
        page.get_by_label("Algo que quieras recordar").fill("Guardé el teléfono en un cajón.")
        page.get_by_role("button", name="Guardar registro").click()
        expect(page.get_by_text("Guardado. Gracias por darte un momento")).to_be_visible()
        expect(page.get_by_text("Guardé el teléfono en un cajón.")).to_be_visible()
        self.assert_fits_width()
        self.assert_accessible()
        checkin = Checkin.objects.get(user=self.ada)
        assert checkin.emotions == ["lonely"]
        assert checkin.triggers == ["conflict"]
        assert checkin.behaviors == {"excessive_contact": "resisted"}

        page.get_by_role("link", name="Ve tus tendencias").click()
        expect(page.get_by_role("heading", name="Tus tendencias", exact=True)).to_be_visible()
        expect(page.get_by_text("Según 1 registro en 1 día")).to_be_visible()
        expect(
            page.get_by_role("img", name="Ansiedad con el tiempo, promedio por día")
        ).to_be_visible()
        expect(
            page.get_by_role("img", name="Detonantes: cuántos días se anotó cada uno")
        ).to_be_visible()
        page.get_by_text("Tabla: cuántas veces se anotó cada detonante").click()
        row = page.get_by_role("row", name="Un conflicto o una discusión")
        expect(row.get_by_role("cell")).to_have_text(["1", "1"])
        page.get_by_text("Tabla: por conducta, semanas recientes").click()
        behavior = page.get_by_role("row", name="Escribir o llamar una y otra vez")
        expect(behavior.get_by_role("cell")).to_have_text(["1", "0"])
        self.assert_fits_width()
        self.assert_accessible()
        assert self.console_errors == []


class DeleteOwnRecordBrowserTests(BrowserTestCase):
    """The two-step delete every app shares (``core.confirm.deletion_view``), without
    JavaScript and by keyboard: "Keep it" keeps, "Delete it" deletes and says so."""

    def test_a_client_deletes_a_check_in_after_confirming(self):
        ada = make_client()
        now = timezone.now()
        keep, drop = (
            Checkin.objects.create(
                user=ada,
                created_at=now - timedelta(hours=hours),
                updated_at=now - timedelta(hours=hours),
                anxiety=anxiety,
                behaviors={},
                note=note,
                token=uuid.uuid4(),
            )
            for hours, anxiety, note in ((5, 3, "keep this one"), (2, 7, "this one goes"))
        )
        self.use_context_without_javascript()
        self.log_in(ada)
        page = self.page
        page.goto(self.live_url(f"/check-in/{drop.pk}/"))
        page.get_by_role("link", name="Delete", exact=True).click()
        expect(page.get_by_role("heading", name="Delete this check-in?")).to_be_visible()
        self.assert_fits_width()
        page.get_by_role("link", name="Keep it").click()
        assert Checkin.objects.filter(pk=drop.pk).exists()
        expect(page.get_by_text("this one goes")).to_be_visible()
        page.get_by_role("link", name="Delete", exact=True).click()
        page.get_by_role("button", name="Delete it").focus()
        page.keyboard.press("Enter")
        expect(page.get_by_text("That check-in is deleted.")).to_be_visible()
        assert page.url.endswith("/check-in/history/")
        assert list(Checkin.objects.filter(user=ada)) == [keep]
