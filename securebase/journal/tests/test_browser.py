"""The journal in a real browser at phone width."""

from playwright.sync_api import expect

from securebase.journal.models import Entry
from securebase.testing import BrowserTestCase, make_client


class JournalBrowserTests(BrowserTestCase):
    def setUp(self):
        super().setUp()
        self.ada = make_client(email="ada@example.com", full_name="Ada Park")
        self.log_in(self.ada)

    def test_it_writes_a_guided_entry_on_a_phone(self):
        page = self.page
        page.goto(self.live_url("/journal/"))
        expect(page.get_by_role("heading", name="Your journal")).to_be_visible()
        self.assert_fits_width()
        page.get_by_role("link", name="What you miss").click()
        expect(page.get_by_label("What you miss")).to_be_visible()
        self.assert_fits_width()
        page.get_by_label("What you miss").fill("Sunday pancakes and his terrible puns.")
        page.get_by_role("button", name="Save entry").click()
        expect(page.get_by_text("Saved. Only you can read it.")).to_be_visible()
        expect(page.get_by_text("Sunday pancakes and his terrible puns.")).to_be_visible()
        self.assert_fits_width()
        entry = Entry.objects.get(user=self.ada)
        assert (entry.prompt, entry.body) == (
            "breakup/what-you-miss",
            "Sunday pancakes and his terrible puns.",
        )
        expect(page.get_by_role("alert")).to_have_count(0)
        page.get_by_role("link", name="All entries").click()
        expect(page.get_by_role("link", name="What you miss")).to_be_visible()
        self.assert_fits_width()

    def test_saving_a_risky_note_shows_the_crisis_panel_and_keeps_the_note(self):
        page = self.page
        page.goto(self.live_url("/journal/write/"))
        page.get_by_label("Your entry").fill(
            "Honestly I think everyone would be better off without me."
        )
        page.get_by_role("button", name="Save entry").click()
        panel = page.get_by_role("alert")
        expect(panel).to_be_visible()
        expect(panel.get_by_role("heading")).to_have_text("You don't have to carry this alone")
        expect(panel.get_by_role("link", name="Call 988")).to_have_attribute("href", "tel:988")
        expect(panel.get_by_role("link", name="Text 988")).to_have_attribute("href", "sms:988")
        expect(panel.get_by_role("link", name="Text HOME to 741741")).to_have_attribute(
            "href", "sms:741741?&body=HOME"
        )
        expect(panel.get_by_role("link", name="911")).to_have_attribute("href", "tel:911")
        # Nothing is blocked: the saved note is right there, and the page works as usual.
        expect(page.get_by_text("everyone would be better off without me")).to_be_visible()
        self.assert_fits_width()
        page.get_by_role("link", name="All entries").click()
        expect(page.get_by_role("alert")).to_have_count(0)

    def test_words_about_someone_hurting_the_writer_put_911_and_the_hotline_first(self):
        page = self.page
        page.goto(self.live_url("/journal/write/"))
        page.get_by_label("Your entry").fill(
            "I know I should leave but I love him. Last night he put his hands around my neck."
        )
        page.get_by_role("button", name="Save entry").click()
        panel = page.get_by_role("alert")
        expect(panel.get_by_role("heading")).to_have_text(
            "If someone is hurting or threatening you, you deserve to be safe"
        )
        links = panel.get_by_role("link")
        expect(links.nth(0)).to_have_attribute("href", "tel:911")
        expect(links.nth(1)).to_have_attribute("href", "tel:18007997233")
        expect(links.nth(2)).to_have_attribute("href", "sms:88788?&body=START")
        expect(panel.get_by_role("link", name="Call 988")).to_be_visible()
        expect(page.get_by_text("he put his hands around my neck")).to_be_visible()
        self.assert_fits_width()
        self.assert_accessible()

        # Spanish words get the same panel in Spanish, whatever the page's language.
        page.goto(self.live_url("/journal/write/"))
        page.get_by_label("Your entry").fill("Me dijo que si lo dejo me mata. No sé qué hacer.")
        page.get_by_role("button", name="Save entry").click()
        panel = page.get_by_role("alert")
        expect(panel).to_have_attribute("lang", "es")
        expect(panel.get_by_role("heading")).to_have_text(
            "Si alguien te lastima o te amenaza, mereces estar a salvo"
        )
        expect(panel.get_by_role("link").nth(0)).to_have_text("Llama al 911")
        expect(panel.get_by_role("link").nth(1)).to_have_text("Llama al 1-800-799-7233")
        self.assert_fits_width()
