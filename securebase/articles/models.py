from __future__ import annotations

import math
import re

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

WORDS_PER_MINUTE = 200
_WORD = re.compile(r"\w+")


class ArticleQuerySet(models.QuerySet["Article"]):
    def published(self) -> ArticleQuerySet:
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=timezone.now())


class Article(models.Model):
    """A psychoeducation article written by the practice's clinicians, in Markdown."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"

    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    summary = models.CharField(
        max_length=300, help_text="One or two sentences; used in lists and as the meta description."
    )
    body = models.TextField(help_text="Markdown. Headings start at ##.")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
        limit_choices_to={"role": "clinician"},
        help_text="Leave empty to credit the clinical team.",
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    published_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    # The body's word count, kept with it so lists can show the reading time without
    # loading every body (queries.listed_articles defers it).
    words = models.PositiveIntegerField(default=0, editable=False)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at"]
        indexes = [models.Index(fields=["status", "published_at"])]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        self.words = count_words(self.body)
        if kwargs.get("update_fields") is not None and "body" in kwargs["update_fields"]:
            kwargs["update_fields"] = {*kwargs["update_fields"], "words"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("articles:detail", kwargs={"slug": self.slug})

    @property
    def byline(self) -> str:
        return self.author.get_full_name() if self.author else "The Secure Base clinical team"

    @property
    def reading_minutes(self) -> int:
        """Minutes to read the body; from the count stored with it once the article is saved."""
        words = self.words if self.pk is not None else count_words(self.body)
        return max(1, math.ceil(words / WORDS_PER_MINUTE))


def count_words(text: str) -> int:
    """Words in ``text`` as the reading time counts them (runs of letters and digits)."""
    return len(_WORD.findall(text))
