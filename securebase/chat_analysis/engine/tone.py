"""Tone of a message as a rough signal, from VADER (Hutto & Gilbert, 2014).

VADER is a word-list sentiment model built for short social-media text. Its compound score
runs from -1 (most negative) to +1 (most positive). It misreads sarcasm, in-jokes and most
languages other than English, so the report calls it a rough signal and only ever compares a
person's message with their own other messages.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache


@cache
def _analyzer():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def score_tones(texts: Iterable[str | None]) -> list[float | None]:
    """VADER compound score for each text (None stays None), rounded to 4 places."""
    analyzer = None
    scores: list[float | None] = []
    for text in texts:
        if text is None or not text.strip():
            scores.append(None if text is None else 0.0)
            continue
        if analyzer is None:
            analyzer = _analyzer()
        # VADER's cost grows with length; the first 2,000 characters carry the tone.
        scores.append(round(analyzer.polarity_scores(text[:2000])["compound"], 4))
    return scores
