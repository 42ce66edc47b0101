"""The Spanish version of an article: who gets it, what a list says when there is none."""

from xml.etree import ElementTree

from django.conf import settings
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.test import TestCase
from django.urls import reverse

from securebase.articles.models import Article
from securebase.testing import login_verified, make_clinician

SEEDED = "understanding-anxious-attachment"
COOKIE = settings.LANGUAGE_COOKIE_NAME


def english_only(**fields) -> Article:
    return Article.objects.create(
        **{
            "title": "Protest behaviors",
            "slug": "protest-behaviors",
            "summary": "Why we reach out again and again when someone feels far away.",
            "body": "## Why we protest\n\n" + "word " * 450,
            "status": Article.Status.PUBLISHED,
            **fields,
        }
    )


class ArticleLanguageTests(TestCase):
    """Article.text_in: the reader's version when it exists, else the English one."""

    def setUp(self):
        self.article = Article(
            title="Protest behaviors",
            summary="English summary.",
            body="word " * 250,
            title_es="Conductas de protesta",
            summary_es="Resumen en español.",
            body_es="palabra " * 450,
        )

    def test_it_gives_a_spanish_reader_the_spanish_version(self):
        text = self.article.text_in("es")
        assert (text.language, text.in_reader_language) == ("es", True)
        assert (text.title, text.summary) == ("Conductas de protesta", "Resumen en español.")
        assert text.body == "palabra " * 450
        assert text.reading_minutes == 3

    def test_it_gives_an_english_reader_the_english_article(self):
        text = self.article.text_in("en")
        assert (text.language, text.in_reader_language) == ("en", True)
        assert (text.title, text.reading_minutes) == ("Protest behaviors", 2)

    def test_it_falls_back_to_english_and_says_so_when_there_is_no_spanish_version(self):
        self.article.title_es = self.article.summary_es = self.article.body_es = ""
        text = self.article.text_in("es")
        assert (text.language, text.in_reader_language) == ("en", False)
        assert text.title == "Protest behaviors"

    def test_it_reads_a_regional_code_and_no_language_sensibly(self):
        assert self.article.text_in("es-MX").language == "es"
        assert self.article.text_in(None).language == "en"
        assert self.article.text_in("fr").language == "en"

    def test_it_keeps_the_spanish_word_count_with_the_spanish_body(self):
        article = english_only()
        assert article.words_es == 0
        article.title_es, article.summary_es = "Conductas de protesta", "Por qué insistimos."
        article.body_es = "palabra " * 401
        article.save(update_fields=["title_es", "summary_es", "body_es"])
        listed = Article.objects.only("words", "words_es").get(pk=article.pk)
        assert (listed.words, listed.words_es) == (453, 401)
        assert listed.text_in("es").reading_minutes == 3

    def test_a_spanish_version_is_whole_or_absent(self):
        article = english_only()
        article.title_es = "Solo el título"
        with self.assertRaises(ValidationError):
            article.full_clean()
        with self.assertRaises(IntegrityError):
            article.save()


class SeededSpanishArticleTests(TestCase):
    def test_the_first_article_has_a_whole_spanish_version(self):
        article = Article.objects.get(slug=SEEDED)
        assert article.has_spanish_version
        assert article.title_es == "Entender el apego ansioso"
        for heading in (
            "Qué es el apego ansioso",
            "Cómo se nota",
            "Por qué las rupturas duelen tanto",
            "Cómo empieza la sanación",
        ):
            assert f"## {heading}" in article.body_es
        # As long as the English: a rewrite of the whole article, not a summary of it.
        assert article.words_es >= article.words * 0.9

    def test_each_spanish_section_ends_with_the_same_link_as_the_english(self):
        article = Article.objects.get(slug=SEEDED)
        body = article.body_es.split("\n---")[0]
        sections = body.split("\n## ")[1:]
        assert len(sections) == 4
        for section in sections:
            last_line = section.strip().splitlines()[-1]
            assert last_line.startswith("[") and "](/" in last_line, section[:40]
        for path in ("/assessment/", "/check-in/", "/pause/", "/reality-check/", "/book/"):
            assert f"]({path})" in body

    def test_it_credits_the_same_research_and_marks_english_titles_as_english(self):
        article = Article.objects.get(slug=SEEDED)
        for source in ("Bowlby", "Ainsworth", "Hazan y Shaver, 1987", "Fraley, 2002", "## Fuentes"):
            assert source in article.body_es, source
        response = self.client.get(article.get_absolute_url(), headers={"accept-language": "es"})
        assert '<em lang="en">Attached</em>' in response.text
        assert '<li lang="en">Hazan, C., &amp; Shaver, P. (1987)' in response.text


class SpanishReaderPageTests(TestCase):
    """Pages in Spanish; the SpanishPageGuard fails any English outside lang="en"."""

    @classmethod
    def setUpTestData(cls):
        cls.untranslated = english_only()

    def setUp(self):
        self.client.cookies[COOKIE] = "es"

    def test_the_list_shows_the_spanish_version_and_says_when_there_is_none(self):
        response = self.client.get(reverse("articles:list"))
        assert '<html lang="es">' in response.text
        self.assertContains(response, ">Entender el apego ansioso</a>")
        self.assertNotContains(response, "Understanding anxious attachment")
        self.assertContains(
            response,
            f'<a href="{self.untranslated.get_absolute_url()}" lang="en">Protest behaviors</a>',
        )
        self.assertContains(response, "Disponible solo en inglés.", count=1)
        self.assertContains(response, f'<p lang="en">{self.untranslated.summary}</p>')
        self.assertContains(response, "3 min de lectura")

    def test_the_list_loads_no_body_in_either_language(self):
        response = self.client.get(reverse("articles:list"))
        for article in response.context["page"].object_list:
            assert {"body", "body_es"} <= article.get_deferred_fields()

    def test_the_first_article_reads_in_spanish(self):
        response = self.client.get(reverse("articles:detail", args=[SEEDED]))
        assert "<h1>Entender el apego ansioso</h1>" in response.text
        assert "<h2>Cómo empieza la sanación</h2>" in response.text
        assert '<meta property="og:title" content="Entender el apego ansioso">' in response.text
        assert "How healing begins" not in response.text
        assert "de lectura" in response.text

    def test_an_article_without_a_spanish_version_is_shown_in_english_marked_as_such(self):
        response = self.client.get(self.untranslated.get_absolute_url())
        assert response.status_code == 200
        self.assertContains(response, "Este artículo está disponible solo en inglés.")
        self.assertContains(response, '<div lang="en">\n    <h1>Protest behaviors</h1>', html=False)
        self.assertContains(response, "<h2>Why we protest</h2>")

    def test_an_english_reader_still_reads_english(self):
        self.client.cookies[COOKIE] = "en"
        response = self.client.get(reverse("articles:detail", args=[SEEDED]))
        assert "<h1>Understanding anxious attachment</h1>" in response.text
        assert 'lang="en"' not in response.text.split("<main", 1)[1]
        listing = self.client.get(reverse("articles:list"))
        self.assertNotContains(listing, "English only")

    def test_the_home_page_lists_articles_in_the_readers_language(self):
        english = self.client_class().get(reverse("practice:home"))
        assert "Understanding anxious attachment" in english.text
        # The cached English fragment must not be served to a Spanish reader.
        spanish = self.client.get(reverse("practice:home"))
        assert "Entender el apego ansioso" in spanish.text
        assert "disponible solo en inglés" in spanish.text
        assert '<span lang="en">Why we reach out again' in spanish.text

    def test_the_feed_is_in_the_readers_language(self):
        response = self.client.get(reverse("articles:feed"))
        feed = ElementTree.fromstring(response.content)
        ns = {"atom": "http://www.w3.org/2005/Atom"}
        assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "es"
        titles = [e.text for e in feed.findall("atom:entry/atom:title", ns)]
        assert titles == ["Protest behaviors (en inglés)", "Entender el apego ansioso"]
        assert feed.find("atom:title", ns).text.endswith(": artículos")


class SpanishVersionAdminTests(TestCase):
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

    def form(self, **fields):
        return {
            "title": "Protest behaviors",
            "slug": "protest-behaviors",
            "summary": "What they are.",
            "body": "## Why we protest\n\nWhen someone feels far away...",
            "title_es": "",
            "summary_es": "",
            "body_es": "",
            "author": self.writer.pk,
            "status": "published",
            "published_at_0": "2026-11-01",
            "published_at_1": "09:00:00",
            **fields,
        }

    def test_a_clinician_adds_a_spanish_version_and_previews_it(self):
        response = self.client.post(
            reverse("admin:articles_article_add"),
            self.form(
                title_es="Conductas de protesta",
                summary_es="Qué son.",
                body_es="## Por qué protestamos\n\nCuando alguien se siente *lejos*...",
            ),
        )
        assert response.status_code == 302, response.content[:2000]
        article = Article.objects.get(slug="protest-behaviors")
        assert article.has_spanish_version and article.words_es == 8
        change = self.client.get(reverse("admin:articles_article_change", args=[article.pk]))
        assert '<div class="article-preview" lang="es"><h2>Por qué protestamos</h2>' in (
            change.text
        )
        changelist = self.client.get(
            reverse("admin:articles_article_changelist"), {"q": "protesta"}
        )
        self.assertContains(changelist, "Protest behaviors")

    def test_half_a_spanish_version_is_refused_with_a_reason(self):
        response = self.client.post(
            reverse("admin:articles_article_add"), self.form(title_es="Conductas de protesta")
        )
        assert response.status_code == 200
        self.assertContains(response, "A Spanish version needs a Spanish title, summary and text")
        assert not Article.objects.filter(slug="protest-behaviors").exists()
