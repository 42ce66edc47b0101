"""Words people pick from a list: key, label and phrase, and a stand-in for unknown keys."""

from securebase.core.terms import Term, choices, stand_in


def test_it_derives_the_phrase_from_the_label():
    assert Term("slow_reply", "Slow reply").phrase == "slow reply"
    assert Term("x", "Paced breathing", "breathing slowly").phrase == "breathing slowly"


def test_it_names_an_unknown_key_readably():
    assert stand_in("late_night_scrolling") == Term(
        "late_night_scrolling", "Late night scrolling", "late night scrolling"
    )
    assert stand_in("  ").label == "Unnamed"


def test_it_offers_terms_as_choices():
    assert choices([Term("a", "Apple"), Term("b", "Bean")]) == [("a", "Apple"), ("b", "Bean")]


class _Translated:
    """Stands in for a lazy label: its text depends on the language active when shown."""

    language = "en"

    def __str__(self) -> str:
        return "Anxiety" if _Translated.language == "en" else "Ansiedad"


def test_a_label_translated_when_shown_gets_a_phrase_translated_when_shown():
    term = Term("anxiety", _Translated())
    assert str(term.phrase) == "anxiety"
    _Translated.language = "es"
    try:
        assert str(term.phrase) == "ansiedad"
        assert f"{term.phrase}" == "ansiedad"
    finally:
        _Translated.language = "en"
