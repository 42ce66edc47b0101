"""A visitor pages through the library and opens an article from the second page."""

from datetime import timedelta

from django.utils import timezone
from playwright.sync_api import expect

from securebase.articles.models import Article
from securebase.testing import BrowserTestCase


class LibraryPagesTests(BrowserTestCase):
    def test_it_pages_through_the_library(self):
        now = timezone.now()
        for n in range(11):
            Article.objects.create(
                title=f"Note {n:02d}",
                slug=f"note-{n:02d}",
                summary="A short note.",
                body="word " * 250,
                status=Article.Status.PUBLISHED,
                published_at=now - timedelta(hours=n + 1),
            )
        page = self.page
        page.goto(self.live_url("/learn/"))
        pages = page.get_by_role("navigation", name="Pages of articles")
        expect(pages.get_by_text("Page 1 of 2")).to_be_visible()
        expect(page.get_by_role("link", name="Note 00")).to_be_visible()
        pages.get_by_role("link", name="Older articles").click()
        expect(pages.get_by_text("Page 2 of 2")).to_be_visible()
        page.get_by_role("link", name="Note 10").click()
        expect(page.get_by_role("heading", level=1, name="Note 10")).to_be_visible()
        page.go_back()
        pages.get_by_role("link", name="Newer articles").click()
        expect(page.get_by_role("link", name="Note 00")).to_be_visible()
        expect(page.get_by_text("2 min read").first).to_be_visible()
