"""core.wording: pure modules answer in the page's language once an app installs Django's
gettext, and in plain English before."""

from django.utils import translation

from securebase.core import wording


def test_it_marks_words_without_translating_them():
    assert wording.gettext_noop("Nothing to show yet.") == "Nothing to show yet."


def test_it_speaks_the_active_language_once_installed():
    # CoreConfig.ready() installs Django's functions.
    with translation.override("es"):
        assert wording.gettext("Nothing to show yet.") == "Todavía no hay nada que mostrar."
        assert wording.ngettext("%(count)s entry", "%(count)s entries", 1) == "%(count)s entrada"
    with translation.override("en"):
        assert wording.gettext("Nothing to show yet.") == "Nothing to show yet."
        assert wording.ngettext("%(count)s entry", "%(count)s entries", 2) == "%(count)s entries"


def test_it_falls_back_to_english_before_django_is_set_up(monkeypatch):
    monkeypatch.setattr(wording, "_gettext", wording._same)
    monkeypatch.setattr(wording, "_ngettext", wording._same_plural)
    with translation.override("es"):
        assert wording.gettext("Nothing to show yet.") == "Nothing to show yet."
        assert wording.ngettext("one day", "%(n)s days", 1) == "one day"
        assert wording.ngettext("one day", "%(n)s days", 3) == "%(n)s days"
