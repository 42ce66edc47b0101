from django.contrib.auth.models import Permission
from django.test import TestCase
from django.urls import reverse

from securebase.articles.models import Article
from securebase.testing import login_verified, make_clinician


class ArticleAdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.writer = make_clinician(email="writer@example.com", full_name="Dr. Writer")
        cls.writer.is_staff = True
        cls.writer.save()
        cls.writer.user_permissions.add(
            *Permission.objects.filter(content_type__app_label="articles")
        )

    def setUp(self):
        login_verified(self.client, self.writer)

    def test_it_lets_a_clinician_write_a_draft_and_preview_it(self):
        response = self.client.post(
            reverse("admin:articles_article_add"),
            {
                "title": "Protest behaviors",
                "slug": "protest-behaviors",
                "summary": "What they are and why they make sense.",
                "body": "## Why we protest\n\nWhen someone feels *far away*...",
                "author": self.writer.pk,
                "status": "draft",
                "published_at_0": "2026-11-01",
                "published_at_1": "09:00:00",
            },
        )
        assert response.status_code == 302, response.content[:2000]
        article = Article.objects.get(slug="protest-behaviors")
        change = self.client.get(reverse("admin:articles_article_change", args=[article.pk]))
        assert "<h2>Why we protest</h2>" in change.text
        assert "<em>far away</em>" in change.text
        # Drafts are visible to staff on the site itself, marked as drafts.
        page = self.client.get(article.get_absolute_url())
        assert page.status_code == 200
        assert "Draft: only clinicians and staff can see this page." in page.text

    def test_it_shows_the_admin_only_after_two_factor(self):
        self.client.logout()
        self.client.force_login(self.writer)
        response = self.client.get(reverse("admin:articles_article_changelist"))
        assert response.status_code == 302
        assert response.url.startswith(reverse("accounts:two_factor_verify"))
