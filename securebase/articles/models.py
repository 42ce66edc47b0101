from __future__ import annotations

import math
import re

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

WORDS_PER_MINUTE = 200
_WORD = re.compile(r"\w+")
ENGLISH = "en"
SPANISH = "es"


class ArticleQuerySet(models.QuerySet["Article"]):
    def published(self) -> ArticleQuerySet:
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=timezone.now())


class Article(models.Model):
    """A psychoeducation article written by the practice's clinicians, in Markdown.

    English is the article's own language; a clinician may add a Spanish version (``*_es``),
    which Spanish readers then get instead (``text_in``).
    """

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    summary = models.CharField(
        _("summary"),
        max_length=300,
        help_text=_("One or two sentences; used in lists and as the meta description."),
    )
    body = models.TextField(_("text"), help_text=_("Markdown. Headings start at ##."))
    title_es = models.CharField(_("Spanish title"), max_length=200, blank=True)
    summary_es = models.CharField(
        _("Spanish summary"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences, in Spanish."),
    )
    body_es = models.TextField(
        _("Spanish text"),
        blank=True,
        help_text=_(
            "Markdown, written in Spanish by a clinician (tú, warm and plain). Leave the "
            "three Spanish fields empty and Spanish readers see the English article, marked "
            "as available in English only."
        ),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
        limit_choices_to={"role": "clinician"},
        verbose_name=_("author"),
        help_text=_("Leave empty to credit the clinical team."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    published_at = models.DateTimeField(_("published at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    # The body's word count (and the Spanish body's), kept with it so lists can show the
    # reading time without loading every body (queries.listed_articles defers them).
    words = models.PositiveIntegerField(default=0, editable=False)
    words_es = models.PositiveIntegerField(default=0, editable=False)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at"]
        indexes = [models.Index(fields=["status", "published_at"])]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        constraints = [
            # A Spanish version is whole or absent: a title alone would promise a text that
            # is not there.
            models.CheckConstraint(
                condition=Q(title_es="", summary_es="", body_es="")
                | (~Q(title_es="") & ~Q(summary_es="") & ~Q(body_es="")),
                name="articles_spanish_version_whole_or_absent",
                violation_error_message=_(
                    "A Spanish version needs a Spanish title, summary and text; fill in all "
                    "three, or leave all three empty."
                ),
            )
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        self.words = count_words(self.body)
        self.words_es = count_words(self.body_es)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            counted = {"body": "words", "body_es": "words_es"}
            kwargs["update_fields"] = {
                *update_fields,
                *(counted[name] for name in update_fields if name in counted),
            }
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("articles:detail", kwargs={"slug": self.slug})

    @property
    def byline(self) -> str:
        if self.author:
            return self.author.get_full_name()
        return gettext("The Secure Base clinical team")

    @property
    def has_spanish_version(self) -> bool:
        # The constraint keeps the three fields together, so the title tells (and a list,
        # which loads no bodies, can ask).
        return bool(self.title_es)

    def text_in(self, language: str | None) -> ArticleText:
        """The article as a reader of ``language`` reads it (see ``ArticleText``)."""
        return ArticleText(self, language or ENGLISH)

    @property
    def reading_minutes(self) -> int:
        """Minutes to read the body; from the count stored with it once the article is saved."""
        words = self.words if self.pk is not None else count_words(self.body)
        return reading_minutes(words)


class ArticleText:
    """An article in the version one reader gets: theirs when it exists, else the English.

    ``language`` is the language of the text given (``"en"`` or ``"es"``); when it differs
    from the reader's, the page says so and marks the text with ``lang``.
    """

    def __init__(self, article: Article, reader_language: str):
        self.article = article
        self.reader_language = reader_language.split("-")[0].lower()
        spanish = self.reader_language == SPANISH and article.has_spanish_version
        self.language = SPANISH if spanish else ENGLISH

    @property
    def in_reader_language(self) -> bool:
        return self.language == self.reader_language

    @property
    def title(self) -> str:
        return self.article.title_es if self.language == SPANISH else self.article.title

    @property
    def summary(self) -> str:
        return self.article.summary_es if self.language == SPANISH else self.article.summary

    @property
    def body(self) -> str:
        return self.article.body_es if self.language == SPANISH else self.article.body

    @property
    def reading_minutes(self) -> int:
        if self.language == ENGLISH:
            return self.article.reading_minutes
        article = self.article
        words = article.words_es if article.pk is not None else count_words(article.body_es)
        return reading_minutes(words)


def reading_minutes(words: int) -> int:
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


def count_words(text: str) -> int:
    """Words in ``text`` as the reading time counts them (runs of letters and digits)."""
    return len(_WORD.findall(text))
