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
