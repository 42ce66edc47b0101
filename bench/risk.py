"""Benchmark: start-up and per-entry time of the risk screen, and its size on disk.

Imports the screen in a fresh process, compiles each language's rules (as the web server's
warm-up does before its workers start; a command that never screens skips it), loads the
model with the first screen, then times screening three kinds of
text: a short check-in note, a journal entry of about 80 words in English, and one in Spanish.
Where the optional sentence encoder is installed it then does the same with the encoder on
(``SECUREBASE_RISK_ENCODER``), in the same run, so the two screens' figures sit side by side,
and times the encoder's score of one sentence pair on its own: an entry pays it for each pair of
neighboring sentences whose word score passes the encoder's gate.

    .venv/bin/python bench/risk.py
    .venv/bin/python bench/risk.py --runs 500

The figures are printed, never asserted: machines differ. The aim from the issue is a few
milliseconds per typical entry; securebase/core/tests/test_risk_screen.py asserts a loose
20 ms of processor time for the fastest of 30 screens, so a large regression fails. Wall
time is printed too: on a shared machine it is longer whenever other processes hold the
processor.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TEXTS = {
    "check-in note (9 words)": "Tired today, missed him at lunch, went for a walk.",
    "English journal entry (81 words)": (
        "Work was long today and he still has not texted back. I made pasta and watched two "
        "episodes of the show we used to watch together. My sister called and we talked about "
        "her wedding plans, which was nice but also hard. I keep checking his stories even "
        "though I told myself I would stop. Tomorrow I have therapy and I want to talk about "
        "why I keep going back. I feel tired but okay, mood maybe 5 out of 10."
    ),
    "Spanish journal entry (60 words)": (
        "Hoy fue un día largo y él todavía no me escribe. Hice pasta y vi dos capítulos de la "
        "serie que veíamos juntos. Mi hermana me llamó para hablar de su boda, bonito pero "
        "difícil. Sigo viendo sus historias aunque me prometí dejar de hacerlo. Mañana tengo "
        "terapia y quiero hablar de por qué siempre regreso. Estoy cansada pero bien."
    ),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()

    os.environ["SECUREBASE_RISK_ENCODER"] = "off"
    start = time.perf_counter()
    from securebase.core import risk
    from securebase.core.risk import encoder

    imported = time.perf_counter()
    for language in risk.LANGUAGES:
        risk.rules_for(language)
    compiled = time.perf_counter()
    risk.screen_text("first screen loads the model")
    loaded = time.perf_counter()
    print(f"import: {1000 * (imported - start):.0f} ms")
    print(f"compiling the rules of both languages: {1000 * (compiled - imported):.0f} ms")
    print(f"first screen (reads data/model.json): {1000 * (loaded - compiled):.0f} ms")

    print(f"screen: {risk.screen_name()}")
    time_texts(risk, args.runs)
    if encoder.installed_version() is not None:
        os.environ["SECUREBASE_RISK_ENCODER"] = "on"
        encoder.forget()
        begin = time.perf_counter()
        name = risk.screen_name()  # starts the engine
        started = time.perf_counter() - begin
        print(f"screen: {name}\nstarting the encoder: {1000 * started:.0f} ms")
        time_texts(risk, args.runs)
        time_embedding(encoder.load_encoder(), args.runs)

    package = Path(risk.__file__).parent
    code = sum(p.stat().st_size for p in package.glob("*.py"))
    data = sum(p.stat().st_size for p in (package / "data").iterdir())
    print(
        f"on disk: code {code / 1024:.0f} KiB, data {data / 1024:.0f} KiB (models and phrase sets)"
    )


def time_texts(risk, runs: int) -> None:
    """Median processor and wall time of screening each text, ``runs`` times."""
    for name, text in TEXTS.items():
        wall, cpu = [], []
        for _ in range(runs):
            begin, begin_cpu = time.perf_counter(), time.process_time()
            risk.screen_text(text)
            wall.append(time.perf_counter() - begin)
            cpu.append(time.process_time() - begin_cpu)
        print(
            f"{name}: median {statistics.median(cpu) * 1000:.2f} ms of processor time, "
            f"{statistics.median(wall) * 1000:.2f} ms of wall time over {runs} runs"
        )


# Two sentences of the English entry: what the encoder embeds for each pair of neighboring
# sentences whose word score passes its gate. Whether an entry has such a pair depends on the
# word model of the run, so the cost of one pair is timed on its own as well.
PAIR = (
    "I keep checking his stories even though I told myself I would stop. Tomorrow I have "
    "therapy and I want to talk about why I keep going back."
)


def time_embedding(found, runs: int) -> None:
    """Median wall time of the encoder's score for one sentence pair, ``runs`` times."""
    if found is None:
        return
    wall = []
    for _ in range(runs):
        begin = time.perf_counter()
        found.scores([PAIR])
        wall.append(time.perf_counter() - begin)
    print(
        f"embedding one sentence pair: median {statistics.median(wall) * 1000:.2f} ms of wall time"
    )


if __name__ == "__main__":
    main()
