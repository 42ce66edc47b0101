"""Train the encoder's classifier on the tuning phrases and write ``data/encoder_head.npz``.

Needs the optional extras ``encoder`` (the sentence encoder) and ``train`` (scikit-learn):

    python -m securebase.core.risk.encoder_training

Run it after ``securebase.core.risk.training`` (the word model), since the thresholds are chosen
for the average of the two models' scores, the same honest way as the word model's own:
five-fold cross-validation on the tuning phrases gives every phrase a score from classifiers
that did not see it (the same folds for both models), and each language's threshold is the
lowest at which the rules and that average together flag at most ``MAX_FALSE_ALARMS`` of the
language's everyday tuning phrases. The held-aside phrases are never read here.

The classifier is scikit-learn's ``SVC`` with a radial kernel; ``encoder.Head`` computes its
decision function with NumPy alone, so the app needs no scikit-learn. On the tuning phrases'
cross-validation a logistic regression over the embeddings did worse than the word model (about
half the warning signs at 3% false alarms), while the radial kernel, averaged with the word
model, did better than the word model alone; see docs/safety.md.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

from securebase.core.risk import encoder
from securebase.core.risk.training import (
    FOLDS,
    choose_thresholds,
    cross_validated_figures,
    cross_validated_scores,
    digest,
    training_examples,
)

# The SVM's soft-margin penalty; 1 and 100 did no better on the cross-validation.
PENALTY = 10.0
BATCH = 64


def embed_all(engine: object, texts: Sequence[str]) -> np.ndarray:
    """Embeddings of many texts, a batch at a time."""
    starts = range(0, len(texts), BATCH)
    return np.vstack([encoder.embed(engine, list(texts[i : i + BATCH])) for i in starts])


def fit(vectors: np.ndarray, labels: np.ndarray) -> encoder.Head:
    """An RBF-kernel SVM with balanced class weights, as an ``encoder.Head`` (no thresholds)."""
    from sklearn.svm import SVC  # the ``train`` extra; imported only when training

    # scikit-learn's "scale": one over the number of features times the variance of the data.
    gamma = 1.0 / (vectors.shape[1] * float(vectors.astype(np.float64).var()))
    svm = SVC(C=PENALTY, kernel="rbf", gamma=gamma, class_weight="balanced")
    svm.fit(vectors, labels)
    return encoder.Head(
        support=svm.support_vectors_.astype(np.float32),
        coefficients=svm.dual_coef_[0].astype(np.float32),
        intercept=float(svm.intercept_[0]),
        gamma=gamma,
        thresholds={},
        package_version=encoder.installed_version() or "",
        trained_on="",
    )


def cross_validated_head_scores(vectors: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Each phrase's score from a classifier trained on the other folds (the word model's
    folds: phrase ``i`` is in fold ``i % FOLDS``)."""
    scores = np.zeros(len(labels))
    fold_of = np.arange(len(labels)) % FOLDS
    for fold in range(FOLDS):
        held = fold_of == fold
        scores[held] = fit(vectors[~held], labels[~held]).scores(vectors[held])
    return scores


def main(argv: Sequence[str] = ()) -> None:
    """Train on the tuning phrases and write the classifier (or to the path given)."""
    from securebase.core import risk  # the package's entry point, imported late on purpose

    output = Path(argv[0]) if argv else encoder.HEAD_PATH
    examples = training_examples(risk.canonical_text)
    vectors = embed_all(encoder.open_engine(), [e.canonical for e in examples])
    labels = np.array([e.risk for e in examples])
    words = np.array(cross_validated_scores(examples))
    meanings = cross_validated_head_scores(vectors, labels)
    ruled = [risk.rule_hit(e.text) is not None for e in examples]
    combined = list((words + meanings) / 2)
    thresholds = choose_thresholds(examples, combined, ruled)
    head = fit(vectors, labels)
    encoder.save_head(replace(head, thresholds=thresholds, trained_on=digest(examples)), output)
    print(
        f"{len(examples)} tuning phrases, {len(head.coefficients)} support vectors, "
        f"thresholds {thresholds} -> {output}"
    )
    print("five-fold cross-validated, at those thresholds (model = the average of both):")
    for line in cross_validated_figures(examples, combined, ruled, thresholds):
        print("  " + line)


if __name__ == "__main__":
    main(sys.argv[1:])
