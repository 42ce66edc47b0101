"""What a clinician can assign as homework, and where the client goes to do it.

The choices come from each feature's own lists (articles, journal prompts, pause exercises,
the check-in vocabulary, the questionnaires offered), so a new prompt or questionnaire can be
assigned without a change here. Each kind is offered only while its feature app is installed
(its modules are imported inside the functions); homework of a kind whose app was removed is
still described, without a link.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.apps import apps
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from securebase.care.models import Assignment

Kind = Assignment.Kind
SEPARATOR = "|"
# The app each kind of homework is done in.
KIND_APPS = {
    Kind.ARTICLE: "securebase.articles",
    Kind.JOURNAL_PROMPT: "securebase.journal",
    Kind.PAUSE_EXERCISE: "securebase.pause",
    Kind.NOTICE: "securebase.checkins",
    Kind.QUESTIONNAIRE: "securebase.assessments",
}


def offered(kind: str) -> bool:
    """Whether homework of ``kind`` can be done here: its app is installed."""
    return apps.is_installed(KIND_APPS[kind])


def _value(kind: str, target: str) -> str:
    return f"{kind}{SEPARATOR}{target}"


def _article_choices() -> list[tuple[str, str]]:
    from securebase.articles.queries import published_articles

    articles = published_articles().values_list("slug", "title")
    return [
        (_value(Kind.ARTICLE, slug), gettext("Read: %(title)s") % {"title": title})
        for slug, title in articles
    ]


def _journal_choices() -> list[tuple[str, str]]:
    from securebase.journal import prompts

    return [
        (_value(Kind.JOURNAL_PROMPT, p.key), gettext("Write: %(title)s") % {"title": p.title})
        for track in prompts.TRACKS
        for p in track.prompts
    ]


def _pause_choices() -> list[tuple[str, str]]:
    from securebase.pause import exercises

    return [
        (_value(Kind.PAUSE_EXERCISE, e.key), gettext("Practice: %(name)s") % {"name": e.label})
        for e in exercises.EXERCISES
    ]


def _notice_choices() -> list[tuple[str, str]]:
    from securebase.checkins import vocabulary

    return [
        (
            _value(Kind.NOTICE, f"trigger:{t.key}"),
            gettext("Notice the trigger: %(name)s") % {"name": t.label},
        )
        for t in vocabulary.TRIGGERS
    ] + [
        (
            _value(Kind.NOTICE, f"behavior:{b.key}"),
            gettext("Notice the urge: %(name)s") % {"name": b.label},
        )
        for b in vocabulary.PROTEST_BEHAVIORS
    ]


def _questionnaire_choices() -> list[tuple[str, str]]:
    from securebase.assessments.catalog import offered_instruments

    return [
        (_value(Kind.QUESTIONNAIRE, i.slug), gettext("Retake: %(name)s") % {"name": i.short_name})
        for i in offered_instruments()
    ]


GROUPS = (
    (Kind.ARTICLE, _("Read an article"), _article_choices),
    (Kind.JOURNAL_PROMPT, _("Write to a journal prompt"), _journal_choices),
    (Kind.PAUSE_EXERCISE, _("Practice a pause exercise"), _pause_choices),
    (Kind.NOTICE, _("Notice in check-ins"), _notice_choices),
    (Kind.QUESTIONNAIRE, _("Retake a questionnaire"), _questionnaire_choices),
)


def choices() -> list[tuple[str, list[tuple[str, str]]]]:
    """Grouped (value, label) pairs for the assignment form; value is "kind|target"."""
    return [(label, build()) for kind, label, build in GROUPS if offered(kind)]


def split(value: str) -> tuple[str, str]:
    kind, _, target = value.partition(SEPARATOR)
    return kind, target


@dataclass(frozen=True)
class Described:
    text: str  # "Practice: Paced breathing"
    url: str  # where the client does it ("" when its app is not installed)


def _article_titles(slugs: set[str]) -> dict[str, str]:
    if not slugs or not offered(Kind.ARTICLE):
        return {}
    from securebase.articles.queries import published_articles

    return dict(published_articles().filter(slug__in=slugs).values_list("slug", "title"))


def describe_all(assignments: list[Assignment]) -> list[tuple[Assignment, Described]]:
    """Each assignment with its words and link; one query for any article titles."""
    titles = _article_titles({a.target for a in assignments if a.kind == Kind.ARTICLE})
    return [(a, describe(a, article_titles=titles)) for a in assignments]


def describe(assignment: Assignment, *, article_titles: dict[str, str] | None = None) -> Described:
    """The assignment in words, and the page where the client can do it."""
    kind, target = assignment.kind, assignment.target
    if not offered(kind):
        return Described(f"{Kind(kind).label}: {target}", "")
    if kind == Kind.ARTICLE:
        if article_titles is None:
            article_titles = _article_titles({target})
        title = article_titles.get(target, target.replace("-", " "))
        # Articles are written in English (a Spanish version, where there is one, is offered on
        # the article's page): the title is marked as English on a page in any language.
        english_title = format_html('<span lang="en">{}</span>', title)
        return Described(
            format_html(gettext("Read: {title}"), title=english_title),
            reverse("care:homework_open", args=[assignment.pk]),
        )
    if kind == Kind.JOURNAL_PROMPT:
        from securebase.journal import prompts

        prompt = prompts.prompt_for_key(target)
        track, _, slug = target.partition("/")
        return Described(
            gettext("Write: %(title)s") % {"title": prompt.title},
            reverse("journal:write_prompt", args=[track, slug]),
        )
    if kind == Kind.PAUSE_EXERCISE:
        from securebase.pause import exercises

        return Described(
            gettext("Practice: %(name)s") % {"name": exercises.label_for("exercise", target)},
            reverse("pause:start"),
        )
    if kind == Kind.NOTICE:
        from securebase.checkins import vocabulary

        family, _, key = target.partition(":")
        if family == "trigger":
            text = gettext("Notice the trigger: %(name)s") % {
                "name": vocabulary.label_for("trigger", key)
            }
        else:
            text = gettext("Notice the urge: %(name)s") % {
                "name": vocabulary.label_for("behavior", key)
            }
        return Described(text, reverse("checkins:start"))
    from securebase.assessments.catalog import get_instrument

    instrument = get_instrument(target)
    name = instrument.short_name if instrument else target.upper()
    return Described(
        gettext("Retake: %(name)s") % {"name": name},
        reverse("assessments:instructions", args=[target]),
    )
