"""The check-in vocabulary: stable keys, scannable groups, readable fallbacks."""

import subprocess
import sys

import pytest

from securebase.checkins import vocabulary


@pytest.mark.parametrize(
    "terms",
    [vocabulary.EMOTIONS, vocabulary.TRIGGERS, vocabulary.PROTEST_BEHAVIORS, vocabulary.HELPED],
)
def test_it_never_repeats_a_key(terms):
    keys = [t.key for t in terms]
    assert len(keys) == len(set(keys))
    assert all(key.replace("_", "").isalnum() and key.islower() for key in keys)


def test_it_keeps_emotion_groups_short_enough_to_scan():
    assert 15 <= len(vocabulary.EMOTIONS) <= 30
    assert all(2 <= len(group.terms) <= 6 for group in vocabulary.EMOTION_GROUPS)
    for word in ("anxious", "lonely", "rejected", "ashamed", "angry", "hopeful", "calm"):
        assert word in vocabulary.keys("emotion")


def test_it_offers_the_triggers_and_behaviors_the_practice_asked_for():
    assert len(vocabulary.TRIGGERS) == 7
    assert len(vocabulary.PROTEST_BEHAVIORS) == 8
    assert [mark for mark, _ in vocabulary.BEHAVIOR_MARKS] == ["", "resisted", "acted"]


def test_it_names_an_unknown_key_instead_of_failing():
    term = vocabulary.term_for("trigger", "late_night_scrolling")
    assert term.label == "Late night scrolling"
    assert term.phrase == "late night scrolling"
    assert vocabulary.label_for("emotion", "calm") == "Calm"


def test_it_gives_every_trigger_a_phrase_for_sentences():
    assert all(t.phrase and t.phrase == t.phrase.lower() for t in vocabulary.TRIGGERS)


def test_it_keeps_the_pure_modules_free_of_django():
    code = (
        "import sys\n"
        "import securebase.checkins.trends, securebase.checkins.charts\n"
        "import securebase.checkins.insights, securebase.checkins.vocabulary\n"
        "import securebase.checkins.stats, securebase.checkins.activity\n"
        "import securebase.checkins.report\n"
        "import securebase.pause.exercises, securebase.pause.summary\n"
        "loaded = [m for m in sys.modules if m == 'django' or m.startswith('django.')]\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)  # noqa: S603
