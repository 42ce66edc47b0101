"""Benchmark: the library (`/learn/`) with many articles, against its previous implementation.

Run: .venv/bin/python bench/library.py [--articles 300] [--runs 50]

It builds a throwaway SQLite database in a temporary folder and publishes ``--articles``
articles of about 1,500 words each, half with a Spanish version. Then it requests the first
page of `/learn/` through Django's test client with the caches of rendered pages switched
off (so every request is rendered and reads the database), two ways, interleaved, in the
same run:

* now: paginated (``articles.views.PAGE_SIZE`` a page), the list's query deferring the
  bodies (``articles.queries.listed_articles``);
* previous: every published article on one page, each with its English and Spanish body,
  as the list read them when the issue was filed.

Printed for each: the median time, the queries, the articles shown and loaded, and the
characters of article text loaded; and the aim (issue 17): paginated, loading only what the
list shows. Figures are printed, never asserted; the behavior is asserted in
securebase/articles/tests (pagination, and no body fetched for the list).
"""

from __future__ import annotations

import argparse
import contextlib
import random
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _baseline import BARE_PATH, interleaved, start_test_site, statements  # noqa: E402

DUMMY = "django.core.cache.backends.dummy.DummyCache"
WORDS = (
    "attachment closeness distance reply message evening breathe notice worry trust partner "
    "pause feeling body calm steady friend week morning question answer kind patient"
)
PALABRAS = (
    "apego cercanía distancia respuesta mensaje noche respirar notar preocupación confianza "
    "pareja pausa sentimiento cuerpo calma amiga semana mañana pregunta paciencia"
)


def text(rng: random.Random, vocabulary: str, count: int) -> str:
    """``count`` words of ``vocabulary`` in paragraphs under two headings: filler with a
    body's length."""
    words = vocabulary.split()
    paragraphs = [
        " ".join(rng.choice(words) for _ in range(150)).capitalize() + "."
        for _ in range(count // 150)
    ]
    halves = ("\n\n".join(paragraphs[:5]), "\n\n".join(paragraphs[5:]))
    return "## One\n\n{}\n\n## Two\n\n{}".format(*halves)


def publish(count: int) -> None:
    """Publish ``count`` generated articles, dated a day apart, the newest yesterday."""
    from django.utils import timezone

    from securebase.articles.models import Article

    rng = random.Random(17)
    now = timezone.now()
    for n in range(count):
        spanish = n % 2 == 0
        article = Article(
            title=f"Article {n}",
            slug=f"article-{n}",
            summary="A generated article for the benchmark.",
            body=text(rng, WORDS, 1500),
            title_es=f"Artículo {n}" if spanish else "",
            summary_es="Un artículo generado para la prueba." if spanish else "",
            body_es=text(rng, PALABRAS, 1500) if spanish else "",
            status=Article.Status.PUBLISHED,
            published_at=now - timedelta(days=n + 1),
        )
        article.save()


@contextlib.contextmanager
def previous_implementation():
    """The list as it was: one page of every published article, bodies loaded."""
    from securebase.articles import queries, views

    listed, size = views.listed_articles, views.PAGE_SIZE
    views.listed_articles, views.PAGE_SIZE = queries.published_articles, 1_000_000
    try:
        yield
    finally:
        views.listed_articles, views.PAGE_SIZE = listed, size


@contextlib.contextmanager
def loads_counted(seen: dict[str, int]):
    """Count the articles one block loads and the characters of article text they carry."""
    from django.db.models.signals import post_init

    from securebase.articles.models import Article

    def count(sender, instance, **kwargs):
        seen["articles"] += 1
        deferred = instance.get_deferred_fields()
        seen["characters"] += sum(
            len(getattr(instance, name)) for name in ("body", "body_es") if name not in deferred
        )

    post_init.connect(count, sender=Article)
    try:
        yield
    finally:
        post_init.disconnect(count, sender=Article)


def one_request(client, path: str) -> dict[str, int]:
    seen = {"articles": 0, "characters": 0}
    with loads_counted(seen):
        response, executed = statements(client, path)
    assert response.status_code == 200, path
    seen["queries"] = len(executed)
    seen["shown"] = response.content.count(b'<li class="card">')
    seen["bytes"] = len(response.content)
    return seen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="securebase-bench-") as var_dir:
        start_test_site(var_dir)
        from django.conf import settings
        from django.db import connection
        from django.test import Client
        from django.test.utils import override_settings
        from django.urls import reverse

        from securebase.articles.models import Article

        made = time.perf_counter()
        publish(args.articles)
        print(
            f"published {args.articles} articles of about 1,500 words (half also in Spanish) "
            f"in {time.perf_counter() - made:.1f} s, {Article.objects.published().count()} in "
            f"all ({connection.vendor}); every request rendered (page caches off), "
            f"{args.runs} interleaved rounds"
        )
        client = Client()
        path = reverse("articles:list")
        uncached = {**settings.CACHES, "fragments": {"BACKEND": DUMMY}, "pages": {"BACKEND": DUMMY}}
        with override_settings(CACHES=uncached):
            now = one_request(client, path)
            with previous_implementation():
                before = one_request(client, path)
            (bare, _), (now_ms, _), (before_ms, _) = interleaved(
                client, [BARE_PATH, path, (path, previous_implementation)], args.runs
            )
        met = now["articles"] == now["shown"] and now["characters"] == 0
        print(f"bare 'ok' view: median {bare:.2f} ms")
        for name, figures, ms in (("now", now, now_ms), ("previous", before, before_ms)):
            print(
                f"{name:8s} median {ms:6.2f} ms ({ms / bare:.1f}x the bare view), "
                f"{figures['queries']} queries, {figures['shown']} articles shown, "
                f"{figures['articles']} loaded, {figures['characters']:,} characters of text "
                f"loaded, page {figures['bytes'] / 1024:.0f} KiB"
            )
        print(
            f"aim: paginated, loading only what the list shows ({'met' if met else 'NOT met'}); "
            f"now {before_ms / now_ms:.1f}x faster than the previous list"
        )


if __name__ == "__main__":
    main()
