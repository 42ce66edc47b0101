"""Run the risk screen over lines of text, or measure it on labeled phrase sets."""

from __future__ import annotations

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from securebase.core.risk import screen_name, screen_text
from securebase.core.risk.evaluation import (
    PARTS,
    SHIPPED,
    evaluate,
    format_evaluation,
    load_phrases,
)


class Command(BaseCommand):
    help = (
        "Read lines on standard input and print 'risk' or 'none' for each, in order. "
        "With --explain, add the warning sign and rule after tabs; with --details, also the "
        "language, the concern (self or others) and the evidence. "
        "With --evaluate [FILE ...], print recall and false-alarm rates per language and "
        "warning sign for the tuning and held-aside parts of labeled phrase files (the "
        "shipped English and Spanish sets when no file is named)."
    )
    # Lets tests pass a file object in place of standard input.
    stealth_options = ("stdin",)

    def add_arguments(self, parser):
        parser.add_argument(
            "--explain",
            action="store_true",
            help="Also print which category and rule matched (tab-separated).",
        )
        parser.add_argument(
            "--details",
            action="store_true",
            help="With --explain: also print language, concern and evidence (tab-separated).",
        )
        parser.add_argument(
            "--evaluate",
            nargs="*",
            metavar="FILE",
            help="Labeled phrase files (language, label, sign, part, text; tab-separated).",
        )
        parser.add_argument(
            "--part",
            choices=PARTS,
            help="With --evaluate, measure only this part (tuning while the rules and model are "
            "being changed, so the held-aside figures are not seen until a run is over).",
        )
        parser.add_argument(
            "--show-tuning-mistakes",
            action="store_true",
            help="With --evaluate, list the tuning phrases the screen got wrong (never the "
            "held-aside ones, so no one tunes the screen on them).",
        )

    def handle(self, *args, **options):
        if options["evaluate"] is not None:
            self.evaluate(options["evaluate"], options["show_tuning_mistakes"], options["part"])
            return
        source = options.get("stdin") or sys.stdin
        for line in source:
            result = screen_text(line.rstrip("\n"))
            verdict = "risk" if result.matched else "none"
            fields = [verdict]
            if options["explain"] and result.matched:
                fields += [result.category or "", result.rule or ""]
            if options["explain"] and options["details"]:
                fields += [result.language, result.concern or "", " | ".join(result.evidence)]
            self.stdout.write("\t".join(fields))

    def evaluate(self, files: list[str], show_mistakes: bool, part: str | None = None) -> None:
        paths = [Path(name) for name in files] or list(SHIPPED)
        phrases = []
        for path in paths:
            try:
                phrases.extend(load_phrases(path))
            except (OSError, ValueError) as error:
                raise CommandError(str(error)) from error
        if part is not None:
            phrases = [phrase for phrase in phrases if phrase.part == part]
        result = evaluate(phrases, lambda text: screen_text(text).matched)
        self.stdout.write(f"screen: {screen_name()}")
        for line in format_evaluation(result):
            self.stdout.write(line)
        if show_mistakes:
            for phrase in result.tuning_misses:
                self.stdout.write(f"missed\t{phrase.language}\t{phrase.sign}\t{phrase.text}")
            for phrase in result.tuning_false_alarms:
                self.stdout.write(f"flagged\t{phrase.language}\t{phrase.sign}\t{phrase.text}")
