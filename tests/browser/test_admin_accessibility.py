"""The admin pages a clinician uses to write articles pass axe-core at phone and desktop width."""

from __future__ import annotations

from securebase.articles import demo
from securebase.articles.models import Article
from securebase.privacy.services import record_access
from securebase.records.models import DocumentTemplate
from securebase.testing import BrowserTestCase, make_client, make_clinician


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

    def test_the_practice_pages_an_owner_clinician_uses_have_no_violations(self):
        # A clinician who runs the practice (staff and superuser) edits the consent documents,
        # the clinician profiles and accounts, and reads the audit trail.
        owner = make_clinician(email="owner@example.com", full_name="Olu Owner")
        owner.is_staff = owner.is_superuser = True
        owner.save(update_fields=["is_staff", "is_superuser"])
        client = make_client(email="ada@example.com")
        record_access(viewer=owner, subject=client, subject_email=client.email, action="viewed")
        document = DocumentTemplate.objects.order_by("pk").first()
        self.log_in(owner)
        for path in (
            "/admin/records/documenttemplate/",
            f"/admin/records/documenttemplate/{document.pk}/change/",
            "/admin/practice/clinicianprofile/",
            f"/admin/practice/clinicianprofile/{owner.clinician_profile.pk}/change/",
            "/admin/accounts/user/",
            f"/admin/accounts/user/{client.pk}/change/",
            "/admin/privacy/auditevent/",
        ):
            for width in (1280, 360):
                self.page.set_viewport_size({"width": width, "height": 900})
                self.page.goto(self.live_url(path))
                assert self.page.locator("#content").count(), path
                self.assert_accessible()
