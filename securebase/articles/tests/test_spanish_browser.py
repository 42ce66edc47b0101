"""A Spanish-speaking visitor on a phone switches the site to Spanish and reads the library."""

from playwright.sync_api import expect

from securebase.testing import BrowserTestCase


class SpanishVisitorTests(BrowserTestCase):
    locale = "es-US"

    def test_it_switches_to_spanish_and_reads_the_first_article_in_spanish(self):
        page = self.page
        # Someone chose English on this browser before, though it asks for Spanish.
        page.goto(self.live_url("/?lang=en"))
        expect(page.locator("html")).to_have_attribute("lang", "en")
        expect(page.get_by_role("heading", level=1)).to_have_text(
            "When closeness feels like something you could lose at any moment"
        )

        page.get_by_role("link", name="Español").click()
        expect(page.locator("html")).to_have_attribute("lang", "es")
        expect(page.get_by_role("heading", level=1)).to_have_text(
            "Cuando la cercanía se siente como algo que podrías perder en cualquier momento"
        )
        expect(page.get_by_role("heading", name="De nuestra biblioteca")).to_be_visible()
        self.assert_accessible()

        page.get_by_role("navigation", name="Principal").get_by_role("link", name="Aprende").click()
        expect(page.get_by_role("heading", level=1, name="Aprende")).to_be_visible()
        expect(page.get_by_text("min de lectura").first).to_be_visible()
        self.assert_accessible()

        page.get_by_role("link", name="Entender el apego ansioso").click()
        expect(page.locator("html")).to_have_attribute("lang", "es")
        expect(page.get_by_role("heading", level=1)).to_have_text("Entender el apego ansioso")
        healing = page.get_by_role("heading", level=2, name="Cómo empieza la sanación")
        healing.scroll_into_view_if_needed()
        expect(healing).to_be_visible()
        expect(
            page.get_by_role("link", name="Reserva una consulta gratis de 15 minutos")
        ).to_be_visible()
        self.assert_accessible()
        # The page fits the phone's width: nothing scrolls sideways.
        self.assert_fits_width()
