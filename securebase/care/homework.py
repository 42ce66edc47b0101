"""What a clinician can assign as homework, and where the client goes to do it.

The choices come from each feature's own lists (articles, journal prompts, pause exercises,
the check-in vocabulary, the questionnaires offered), so a new prompt or questionnaire can be
assigned without a change here.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse

from securebase.articles.queries import published_articles
from securebase.assessments.catalog import get_instrument, offered_instruments
from securebase.care.models import Assignment
from securebase.checkins import vocabulary
from securebase.journal import prompts
from securebase.pause import exercises

Kind = Assignment.Kind
SEPARATOR = "|"


def choices() -> list[tuple[str, list[tuple[str, str]]]]:
    """Grouped (value, label) pairs for the assignment form; value is "kind|target"."""

    def value(kind: str, target: str) -> str:
        return f"{kind}{SEPARATOR}{target}"

    articles = published_articles().values_list("slug", "title")
    return [
        (
            "Read an article",
            [(value(Kind.ARTICLE, slug), f"Read: {title}") for slug, title in articles],
        ),
        (
            "Write to a journal prompt",
            [
                (value(Kind.JOURNAL_PROMPT, p.key), f"Write: {p.title}")
                for track in prompts.TRACKS
                for p in track.prompts
            ],
        ),
        (
            "Practice a pause exercise",
            [
                (value(Kind.PAUSE_EXERCISE, e.key), f"Practice: {e.label}")
                for e in exercises.EXERCISES
            ],
        ),
        (
            "Notice in check-ins",
            [
                (value(Kind.NOTICE, f"trigger:{t.key}"), f"Notice the trigger: {t.label}")
                for t in vocabulary.TRIGGERS
            ]
            + [
                (value(Kind.NOTICE, f"behavior:{b.key}"), f"Notice the urge: {b.label}")
                for b in vocabulary.PROTEST_BEHAVIORS
            ],
        ),
        (
            "Retake a questionnaire",
            [
                (value(Kind.QUESTIONNAIRE, i.slug), f"Retake: {i.short_name}")
                for i in offered_instruments()
            ],
        ),
    ]


def split(value: str) -> tuple[str, str]:
    kind, _, target = value.partition(SEPARATOR)
    return kind, target


@dataclass(frozen=True)
class Described:
    text: str  # "Practice: Paced breathing"
    url: str  # where the client does it


def describe_all(assignments: list[Assignment]) -> list[tuple[Assignment, Described]]:
    """Each assignment with its words and link; one query for any article titles."""
    slugs = {a.target for a in assignments if a.kind == Kind.ARTICLE}
    titles = (
        dict(published_articles().filter(slug__in=slugs).values_list("slug", "title"))
        if slugs
        else {}
    )
    return [(a, describe(a, article_titles=titles)) for a in assignments]


def describe(assignment: Assignment, *, article_titles: dict[str, str] | None = None) -> Described:
    """The assignment in words, and the page where the client can do it."""
    kind, target = assignment.kind, assignment.target
    if kind == Kind.ARTICLE:
        if article_titles is None:
            article_titles = dict(
                published_articles().filter(slug=target).values_list("slug", "title")
            )
        title = article_titles.get(target, target.replace("-", " "))
        return Described(f"Read: {title}", reverse("care:homework_open", args=[assignment.pk]))
    if kind == Kind.JOURNAL_PROMPT:
        prompt = prompts.prompt_for_key(target)
        track, _, slug = target.partition("/")
        return Described(
            f"Write: {prompt.title}", reverse("journal:write_prompt", args=[track, slug])
        )
    if kind == Kind.PAUSE_EXERCISE:
        return Described(
            f"Practice: {exercises.label_for('exercise', target)}", reverse("pause:start")
        )
    if kind == Kind.NOTICE:
        family, _, key = target.partition(":")
        if family == "trigger":
            text = f"Notice the trigger: {vocabulary.label_for('trigger', key)}"
        else:
            text = f"Notice the urge: {vocabulary.label_for('behavior', key)}"
        return Described(text, reverse("checkins:start"))
    instrument = get_instrument(target)
    name = instrument.short_name if instrument else target.upper()
    return Described(f"Retake: {name}", reverse("assessments:instructions", args=[target]))


def article_url(assignment: Assignment) -> str:
    return reverse("articles:detail", kwargs={"slug": assignment.target})
