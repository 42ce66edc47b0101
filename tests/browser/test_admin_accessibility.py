"""The admin pages a clinician uses to write articles pass axe-core at phone and desktop width."""

from __future__ import annotations

from securebase.articles import demo
from securebase.articles.models import Article
from securebase.testing import BrowserTestCase, make_clinician


class AdminAccessibilityTests(BrowserTestCase):
    viewport = {"width": 1280, "height": 900}

    def test_the_article_pages_a_clinician_uses_have_no_violations(self):
        theo = make_clinician()
        theo.is_staff = True
        theo.save(update_fields=["is_staff"])
        demo.seed(clinicians=[theo], client=None)  # the article permissions the demo grants
        article = Article.objects.order_by("pk").first()
        self.log_in(theo)
        for path in (
            "/admin/",
            "/admin/articles/article/",
            "/admin/articles/article/add/",
            f"/admin/articles/article/{article.pk}/change/",
        ):
            for width in (1280, 360):
                self.page.set_viewport_size({"width": width, "height": 900})
                self.page.goto(self.live_url(path))
                assert self.page.locator("#content").count()
                self.assert_accessible()
