"""Whole public pages kept for signed-out visitors (core/pagecache.py): served from the copy
when nothing about the visitor could change them, never to anyone else, fresh after an edit."""

from datetime import timedelta

import time_machine
from django.conf import settings
from django.core.cache import cache, caches
from django.db import connection
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import Client, TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import path as route
from django.urls import reverse
from django.utils import timezone

from securebase.articles.models import Article
from securebase.core import pagecache, safety
from securebase.core.tests.test_every_page import ENGLISH_FOOTER, FOOTER
from securebase.testing import Personas

ARTICLE = "/learn/understanding-anxious-attachment/"
PUBLIC_PAGES = [
    "/",
    "/learn/",
    ARTICLE,
    reverse("practice:services"),
    reverse("practice:privacy"),
    reverse("practice:help"),
]


def fetch(client: Client, path: str, **headers):
    """The response, and the SQL run to answer it."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, headers=headers)
    return response, [query["sql"] for query in queries.captured_queries]


def served_from_copy(response, queries) -> bool:
    """No template rendered, and nothing read but the shared cache (the generation): the
    database cache's table without REDIS_URL, nothing at all with it."""
    table = settings.CACHES["default"].get("LOCATION", "")
    return not response.templates and all(table in sql for sql in queries)


def article() -> Article:
    return Article.objects.get(slug="understanding-anxious-attachment")


class KeptCopyTests(Personas, TestCase):
    def test_it_answers_the_second_visitor_from_the_kept_copy(self):
        for path in PUBLIC_PAGES:
            first, _ = fetch(Client(), path)
            assert first.status_code == 200 and first.templates, path
            second, queries = fetch(Client(), path)
            assert served_from_copy(second, queries), (path, queries)
            assert second.content == first.content, path

    def test_it_puts_no_csrf_token_and_sets_no_cookie_on_a_public_page(self):
        for path in PUBLIC_PAGES:
            for response, _ in (fetch(Client(), path), fetch(Client(), path)):
                page = response.text
                assert "csrfmiddlewaretoken" not in page and "X-CSRFToken" not in page, path
                assert not response.cookies, (path, response.cookies)

    def test_it_keeps_the_crisis_footer_in_every_kept_copy(self):
        for path in PUBLIC_PAGES:
            fetch(Client(), path)
            response, queries = fetch(Client(), path)
            assert served_from_copy(response, queries), path
            for marker in FOOTER + ENGLISH_FOOTER:
                assert marker in response.text, (path, marker)

    def test_it_leaves_no_post_form_on_a_kept_page(self):
        # Such a form would need a CSRF token; a page that asks for one is never kept
        # (PageAskingForATokenTests), so every form on a kept page works without one.
        for path in PUBLIC_PAGES:
            fetch(Client(), path)
            response, queries = fetch(Client(), path)
            assert served_from_copy(response, queries), path
            assert 'method="post"' not in response.text.lower(), path

    def test_it_says_the_page_varies_by_cookie_and_language(self):
        fetch(Client(), "/")
        response, queries = fetch(Client(), "/")
        assert served_from_copy(response, queries)
        vary = {part.strip() for part in response["Vary"].split(",")}
        assert {"Cookie", "Accept-Language"} <= vary
        assert "Cache-Control" not in response

    def test_it_never_gives_the_signed_out_copy_to_a_signed_in_person(self):
        fetch(Client(), "/")
        self.client.force_login(self.ada)
        response, queries = fetch(self.client, "/")
        assert not served_from_copy(response, queries)
        assert "Log out" in response.text and ">Log in<" not in response.text
        assert "no-store" in response["Cache-Control"]
        # ...and what a signed-in person was shown is never kept for visitors.
        visitor, _ = fetch(Client(), "/")
        assert ">Log in<" in visitor.text and "Log out" not in visitor.text

    def test_it_shows_the_crisis_panel_waiting_in_a_visitors_session(self):
        fetch(Client(), "/")
        fetch(Client(), "/")
        session = self.client.session
        session[safety.SESSION_KEY] = {"saved": False, "language": "en", "concern": "self"}
        session.save()
        response, queries = fetch(self.client, "/")
        assert not served_from_copy(response, queries)
        assert 'class="crisis-panel" role="alert"' in response.text
        assert 'class="crisis-panel"' not in fetch(Client(), "/")[0].text

    def test_it_renders_the_page_for_a_visitor_with_any_other_cookie(self):
        fetch(Client(), "/")
        for name in (settings.SESSION_COOKIE_NAME, "messages", "anything"):
            visitor = Client()
            visitor.cookies[name] = "something"
            response, queries = fetch(visitor, "/")
            assert response.status_code == 200
            assert not served_from_copy(response, queries), name

    def test_it_renders_the_page_for_htmx_a_query_string_or_a_head(self):
        fetch(Client(), "/learn/")
        assert not served_from_copy(*fetch(Client(), "/learn/", HX_Request="true"))
        assert not served_from_copy(*fetch(Client(), "/learn/?page=1"))
        with CaptureQueriesContext(connection) as queries:
            head = Client().head("/learn/")
        assert not served_from_copy(head, [query["sql"] for query in queries.captured_queries])

    def test_it_gives_a_csrf_cookie_holder_the_same_copy(self):
        fetch(Client(), "/")
        visitor = Client()
        visitor.cookies[settings.CSRF_COOKIE_NAME] = "x" * 32
        assert served_from_copy(*fetch(visitor, "/"))


class LanguageTests(TestCase):
    def test_it_never_gives_a_spanish_reader_the_english_copy_or_the_reverse(self):
        english, _ = fetch(Client(), ARTICLE)
        spanish, queries = fetch(Client(), ARTICLE, Accept_Language="es-US,es;q=0.9")
        assert not served_from_copy(spanish, queries)
        assert '<html lang="es"' in spanish.text and '<html lang="en"' in english.text
        again, queries = fetch(Client(), ARTICLE, Accept_Language="es")
        assert served_from_copy(again, queries) and again.content == spanish.content
        back, queries = fetch(Client(), ARTICLE)
        assert served_from_copy(back, queries) and back.content == english.content

    def test_it_gives_the_language_cookie_the_copy_in_its_language(self):
        fetch(Client(), "/", Accept_Language="es")
        chose_spanish = Client()
        chose_spanish.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
        response, queries = fetch(chose_spanish, "/", Accept_Language="en")
        assert served_from_copy(response, queries) and '<html lang="es"' in response.text
        chose_english = Client()
        chose_english.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
        response, _ = fetch(chose_english, "/", Accept_Language="es")
        assert '<html lang="en"' in response.text

    def test_the_switch_still_answers_with_a_redirect(self):
        fetch(Client(), "/")
        response = Client().get("/?lang=es")
        assert response.status_code == 302 and response.cookies[settings.LANGUAGE_COOKIE_NAME]


class FreshnessTests(TestCase):
    def setUp(self):
        for path in ("/", "/learn/", ARTICLE):
            fetch(Client(), path)

    def test_it_shows_an_edited_article_once_the_edit_is_committed(self):
        edited = article()
        with self.captureOnCommitCallbacks() as callbacks:
            edited.title = "A retitled article"
            edited.body = "A body written again."
            edited.save()
        # Until the commit every visitor keeps getting the copy of the committed content.
        assert "A retitled article" not in fetch(Client(), ARTICLE)[0].text
        for callback in callbacks:
            callback()
        for path in ("/", "/learn/", ARTICLE):
            response, queries = fetch(Client(), path)
            assert not served_from_copy(response, queries), path
            assert "A retitled article" in response.text, path
        assert "A body written again." in fetch(Client(), ARTICLE)[0].text

    def test_it_lists_a_published_article_and_drops_a_deleted_one(self):
        with self.captureOnCommitCallbacks(execute=True):
            Article.objects.create(
                title="Fresh words",
                slug="fresh-words",
                summary="New.",
                body="Hello.",
                status=Article.Status.PUBLISHED,
            )
        assert "Fresh words" in fetch(Client(), "/")[0].text
        assert "Fresh words" in fetch(Client(), "/learn/")[0].text
        with self.captureOnCommitCallbacks(execute=True):
            article().delete()
        assert fetch(Client(), ARTICLE)[0].status_code == 404
        assert "Understanding anxious attachment" not in fetch(Client(), "/learn/")[0].text

    def test_a_new_generation_starts_when_the_old_one_is_gone(self):
        before = pagecache.generation()
        assert pagecache.generation() == before
        cache.delete(pagecache.GENERATION_KEY)
        caches[pagecache.PAGES_CACHE].delete(pagecache.LOCAL_GENERATION_KEY)
        assert pagecache.generation() != before
        assert not served_from_copy(*fetch(Client(), "/"))

    def test_a_worker_reads_another_servers_new_generation_within_a_second(self):
        with time_machine.travel(timezone.now(), tick=False) as traveller:
            before = pagecache.generation()
            cache.set(pagecache.GENERATION_KEY, "set-by-another-server", 60)
            assert pagecache.generation() == before
            assert served_from_copy(*fetch(Client(), ARTICLE))
            traveller.shift(pagecache.RECHECK_SECONDS + 0.01)
            assert pagecache.generation() == "set-by-another-server"
            assert not served_from_copy(*fetch(Client(), ARTICLE))


class ScheduledArticleTests(TestCase):
    def test_a_generation_ends_when_the_next_scheduled_article_comes_due(self):
        now = timezone.now()
        assert pagecache.next_scheduled_change(now) is None
        assert pagecache.seconds_until(None, now) == 24 * 60 * 60
        due = now + timedelta(hours=1, milliseconds=300)
        Article.objects.create(
            title="Later",
            slug="later",
            summary="Soon.",
            body="Soon.",
            status=Article.Status.PUBLISHED,
            published_at=due,
        )
        Article.objects.create(
            title="Draft",
            slug="draft",
            summary="Never.",
            body="Never.",
            published_at=now + timedelta(minutes=5),
        )
        assert pagecache.next_scheduled_change(now) == due
        # Just past the moment, so the next generation already lists the article.
        assert pagecache.seconds_until(due, now) == 3601
        assert pagecache.seconds_until(now + timedelta(days=3), now) == 24 * 60 * 60


def asks_for_a_token(request):
    if request.method == "POST":
        return HttpResponse("posted")
    return HttpResponse(
        f'<form method="post"><input name="csrfmiddlewaretoken" value="{get_token(request)}">'
    )


urlpatterns = [route("form/", pagecache.public_page(asks_for_a_token))]


@override_settings(ROOT_URLCONF=__name__)
class PageAskingForATokenTests(TestCase):
    def test_it_never_keeps_a_page_whose_form_needs_a_token_and_the_form_works(self):
        visitor = Client(enforce_csrf_checks=True)
        first = visitor.get("/form/")
        token = first.text.split('value="', 1)[1].split('"', 1)[0]
        assert first.cookies[settings.CSRF_COOKIE_NAME]
        second = Client().get("/form/")
        assert second.cookies[settings.CSRF_COOKIE_NAME]
        assert second.text != first.text  # rendered again: a token of its own
        assert visitor.post("/form/", {"csrfmiddlewaretoken": token}).text == "posted"
