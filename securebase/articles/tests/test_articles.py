from datetime import timedelta
from xml.etree import ElementTree

from django.conf import settings
from django.db import connection
from django.test import Client, TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from securebase.articles.models import Article
from securebase.core.markdown import render_markdown
from securebase.testing import Personas

SEEDED = "understanding-anxious-attachment"


class SeededArticleTests(TestCase):
    def test_it_ships_the_first_article_with_every_section(self):
        article = Article.objects.get(slug=SEEDED)
        assert article.status == Article.Status.PUBLISHED
        for heading in (
            "What anxious attachment is",
            "How it shows up",
            "Why breakups hurt so much",
            "How healing begins",
        ):
            assert f"## {heading}" in article.body

    def test_it_ends_each_section_with_a_link_to_the_part_of_the_app_that_helps(self):
        body = Article.objects.get(slug=SEEDED).body.split("\n---")[0]
        sections = body.split("\n## ")[1:]
        assert len(sections) == 4
        for section in sections:
            last_line = section.strip().splitlines()[-1]
            assert last_line.startswith("[") and "](/" in last_line, section[:40]
        for path in ("/assessment/", "/check-in/", "/pause/", "/reality-check/", "/book/"):
            assert f"]({path})" in body
            assert self.client.get(path).status_code == 200

    def test_it_credits_the_research_it_rests_on(self):
        body = Article.objects.get(slug=SEEDED).body
        for source in (
            "Bowlby",
            "Ainsworth",
            "Hazan and Shaver, 1987",
            "Fraley, Waller and Brennan, 2000",
            "Amir Levine and Rachel Heller",
            "*Attached* (2010)",
            "## Sources",
        ):
            assert source in body, source
        assert "early experience is one influence among several" in body
        assert "Self-soothing instead of seeking reassurance" not in body

    def test_the_sources_come_after_the_sections_and_render(self):
        article = Article.objects.get(slug=SEEDED)
        tail = article.body.split("\n---")[1]
        assert "## Sources" in tail
        response = self.client.get(reverse("articles:detail", args=[SEEDED]))
        self.assertContains(response, "Romantic love conceptualized as an attachment process")


class ArticlePageTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.draft = Article.objects.create(
            title="Work in progress",
            slug="work-in-progress",
            summary="Not yet.",
            body="Still writing.",
            status=Article.Status.DRAFT,
        )
        cls.scheduled = Article.objects.create(
            title="Next week",
            slug="next-week",
            summary="Soon.",
            body="Soon.",
            status=Article.Status.PUBLISHED,
            published_at=timezone.now() + timedelta(days=7),
        )

    def test_it_lists_published_articles_only(self):
        response = self.client.get(reverse("articles:list"))
        assert "Understanding anxious attachment" in response.text
        assert "Work in progress" not in response.text
        assert "Next week" not in response.text

    def test_it_renders_the_article_with_meta_and_open_graph_tags(self):
        response = self.client.get(reverse("articles:detail", args=[SEEDED]))
        article = Article.objects.get(slug=SEEDED)
        assert response.status_code == 200
        assert f'<meta name="description" content="{article.summary}">' in response.text
        assert '<meta property="og:type" content="article">' in response.text
        assert '<meta property="og:title" content="Understanding anxious attachment">' in (
            response.text
        )
        assert "<h2>How healing begins</h2>" in response.text
        assert f"{article.reading_minutes} min read" in response.text

    def test_it_hides_drafts_from_visitors_and_clients(self):
        url = reverse("articles:detail", args=["work-in-progress"])
        assert self.client.get(url).status_code == 404
        self.client.force_login(self.ada)
        assert self.client.get(url).status_code == 404

    def test_it_estimates_reading_time_from_the_word_count(self):
        article = Article(body="word " * 401)
        assert article.reading_minutes == 3

    def test_it_runs_few_queries_for_the_home_page_and_the_article(self):
        # Beyond the shared cache's own reads (core/pagecache.py's generation; none with Redis).
        self.client.get("/")  # warm caches that are not about this page
        assert database_reads(lambda: self.client.get(reverse("practice:home"))) == []
        url = reverse("articles:detail", args=[SEEDED])
        assert len(database_reads(lambda: Client().get(url))) == 1
        assert database_reads(lambda: Client().get(url)) == []

    def test_it_publishes_an_atom_feed(self):
        response = self.client.get(reverse("articles:feed"))
        assert response["Content-Type"].startswith("application/atom+xml")
        feed = ElementTree.fromstring(response.content)
        ns = {"atom": "http://www.w3.org/2005/Atom"}
        titles = [e.text for e in feed.findall("atom:entry/atom:title", ns)]
        assert titles == ["Understanding anxious attachment"]

    def test_it_publishes_a_sitemap_with_the_article(self):
        response = self.client.get("/sitemap.xml")
        assert response.status_code == 200
        assert f"/learn/{SEEDED}/" in response.text
        assert "work-in-progress" not in response.text


class RenderingTests(TestCase):
    def test_it_strips_scripts_styles_and_images(self):
        html = render_markdown(
            "Hi <script>alert(1)</script> <img src='https://tracker.example/x.png'> "
            '<p style="color:red" onclick="x()">styled</p> [site](javascript:alert(1))'
        )
        assert "<script" not in html
        assert "<img" not in html
        assert "style=" not in html
        assert "onclick" not in html
        assert "javascript:" not in html

    def test_it_keeps_headings_lists_emphasis_and_safe_links(self):
        html = render_markdown("## Title\n\n- *one*\n- **two**\n\n[book](/book/)")
        assert "<h2>Title</h2>" in html
        assert "<em>one</em>" in html
        assert "<strong>two</strong>" in html
        assert '<a href="/book/" rel="noopener noreferrer">book</a>' in html


class ArticleListTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        now = timezone.now()
        for n in range(12):
            Article.objects.create(
                title=f"Article {n:02d}",
                slug=f"article-{n:02d}",
                summary=f"Summary {n:02d}.",
                body="word " * (200 * (n % 3) + 150),
                status=Article.Status.PUBLISHED,
                published_at=now - timedelta(days=n + 1),
            )

    def test_it_lists_ten_articles_a_page_with_links_between_pages(self):
        first = self.client.get(reverse("articles:list"))
        assert [a.slug for a in first.context["page"].object_list][:3] == [
            SEEDED,
            "article-00",
            "article-01",
        ]
        assert len(first.context["page"].object_list) == 10
        self.assertContains(first, '<nav aria-label="Pages of articles"')
        self.assertContains(first, 'href="?page=2"')
        second = self.client.get(reverse("articles:list"), {"page": 2})
        assert [a.slug for a in second.context["page"].object_list] == [
            "article-09",
            "article-10",
            "article-11",
        ]

    def test_it_loads_no_article_body_for_the_list_and_still_shows_reading_time(self):
        self.client.get(reverse("articles:list"))  # warm caches that are not about this page
        with self.assertNumQueries(2):  # count, one page (a query string: rendered, not kept)
            response = self.client.get(reverse("articles:list"), {"page": 1})
        for article in response.context["page"].object_list:
            assert "body" in article.get_deferred_fields()
        self.assertContains(response, "2 min read")  # 350 words
        self.assertContains(response, "3 min read")  # 550 words

    def test_it_keeps_the_word_count_with_the_body(self):
        article = Article.objects.get(slug="article-00")
        article.body = "word " * 401
        article.save(update_fields=["body"])
        listed = Article.objects.only("words").get(pk=article.pk)
        assert (listed.words, listed.reading_minutes) == (401, 3)


def database_reads(request) -> list[str]:
    """The SQL ``request()`` runs, less reads of the database cache's own table."""
    table = settings.CACHES["default"].get("LOCATION", "")
    with CaptureQueriesContext(connection) as queries:
        request()
    return [query["sql"] for query in queries.captured_queries if table not in query["sql"]]
