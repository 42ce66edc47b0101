"""Cached pieces of public pages: the same for every visitor, never stale, never personal."""

from django.test import TestCase
from django.urls import reverse

from securebase.articles.models import Article
from securebase.testing import Personas


class CachedShellTests(Personas, TestCase):
    def test_it_never_shows_a_signed_out_header_to_a_signed_in_person(self):
        assert "Log in" in self.client.get("/").text  # caches the signed-out header
        self.client.force_login(self.ada)
        page = self.client.get("/").text
        assert "Log out" in page and ">Log in<" not in page

    def test_it_keeps_the_crisis_footer_and_a_fresh_csrf_token_on_pages_not_kept_whole(self):
        # Public pages kept whole carry no token (test_public_pages.py); every other page does.
        self.client.get("/")
        first = self.client.get(reverse("practice:clinicians"))
        second = self.client.get(reverse("accounts:login"))
        for response in (first, second):
            assert 'id="crisis-heading"' in response.text
            assert str(response.context["csrf_token"]) in response.text

    def test_it_lists_an_article_on_the_home_page_as_soon_as_it_is_published(self):
        self.client.get("/")
        article = Article.objects.create(
            title="Fresh words",
            slug="fresh-words",
            summary="New.",
            body="Hello there.",
            status=Article.Status.DRAFT,
        )
        assert "Fresh words" not in self.client.get("/").text
        # The home page is kept whole for visitors until the change is committed.
        with self.captureOnCommitCallbacks(execute=True):
            article.status = Article.Status.PUBLISHED
            article.save()
        assert "Fresh words" in self.client.get("/").text
        with self.captureOnCommitCallbacks(execute=True):
            article.title = "Fresher words"
            article.save()
        assert "Fresher words" in self.client.get("/").text
        with self.captureOnCommitCallbacks(execute=True):
            article.body = "Changed body."
            article.save()
        detail = self.client.get(article.get_absolute_url()).text
        assert "Changed body." in detail and "Hello there." not in detail
