"""Benchmark: import and report on large two-person WhatsApp exports.

Generates Android-style WhatsApp exports of 100k and 1M messages with our own generator
(multi-line messages, media placeholders, system lines, bursts of messages, replies that
wait overnight, emoji) and runs the command-line analysis on each one in a child process,
printing the whole-process wall time and peak memory: the resident size (RSS) of the
largest process, and the proportional set size (Pss) of the whole process tree, which
counts pages that forked workers share with the command once rather than once each.

    .venv/bin/python bench/chat_import.py            # 100k and 1M messages
    .venv/bin/python bench/chat_import.py --sizes 20000 --style ios
    .venv/bin/python bench/chat_import.py --keep DIR  # keep the generated files in DIR
    .venv/bin/python bench/chat_import.py --compare ../previous  # the same files through
                                                         # another checkout, alternately

The figures are printed, never asserted: machines differ. The targets from the issue are
1M messages in under 4 s with a peak under 400 MiB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent

ME = "Sam Rivera"
THEM = "Alex 🌙"
WORDS = tuple(
    [
        "ok",
        "sure",
        "haha",
        "yes",
        "no",
        "maybe",
        "later",
        "tonight",
        "tomorrow",
        "coffee",
        "dinner",
        "work",
        "gym",
        "tired",
        "home",
        "love",
        "miss",
        "you",
        "me",
        "we",
        "are",
        "is",
        "the",
        "a",
        "so",
        "really",
        "just",
        "back",
        "soon",
        "running",
        "late",
        "train",
        "traffic",
        "sorry",
        "thanks",
        "great",
        "fine",
        "call",
        "text",
        "movie",
        "weekend",
        "plan",
        "sounds",
        "good",
        "night",
        "morning",
        "lol",
        "what",
        "when",
        "where",
        "why",
        "how",
        "can",
        "could",
        "would",
        "did",
        "do",
        "see",
        "talk",
        "meet",
        "busy",
        "free",
        "sleep",
        "early",
        "¿qué",
        "tal?",
        "café",
        "größe",
        "naïve",
    ]
)
EMOJI = ("😊", "😂", "❤️", "👍", "🙏", "😴", "🤔", "👩‍❤️‍👨", "🇨🇦")
SYSTEM_LINES = (
    "Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
    "WhatsApp, can read or listen to them. Tap to learn more.",
    "Your security code with Alex 🌙 changed. Tap to learn more.",
    "Alex 🌙 changed their phone number to a new number. Tap to message or add the new number.",
)


def sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(1, 18))
    text = " ".join(words)
    if rng.random() < 0.25:
        text += " " + rng.choice(EMOJI)
    if rng.random() < 0.15:
        text += "?"
    return text.capitalize()


def message_text(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.02:
        return "<Media omitted>"
    if roll < 0.07:
        return "\n".join(sentence(rng) for _ in range(rng.randint(2, 4)))
    return sentence(rng)


PACIFIC = ZoneInfo("America/Los_Angeles")


def exists_locally(moment: datetime) -> bool:
    """False for wall-clock times skipped when clocks spring forward (a phone never shows them)."""
    aware = moment.replace(tzinfo=PACIFIC)
    return aware.astimezone(UTC).astimezone(PACIFIC).replace(tzinfo=None) == moment


def header(moment: datetime, style: str) -> str:
    if style == "ios":
        hour = moment.hour % 12 or 12
        marker = "AM" if moment.hour < 12 else "PM"
        return f"[{moment:%d/%m/%Y}, {hour}:{moment:%M:%S}\u202f{marker}] "
    return f"{moment:%d/%m/%Y, %H:%M} - "


def conversation(count: int, *, seed: int = 1) -> Iterator[tuple[datetime, str | None, str]]:
    """(local time, sender, text) for `count` messages of a two-person chat, with a few
    system lines (sender None) among them."""
    rng = random.Random(seed)
    moment = datetime(2016, 3, 1, 9, 0)
    sender = ME
    written = 0
    yield moment, None, SYSTEM_LINES[0]
    while written < count:
        # A run: one person sends a burst of 1-5 messages a few seconds to minutes apart.
        for _ in range(min(count - written, 1 + int(rng.expovariate(0.9)))):
            moment += timedelta(seconds=rng.randint(2, 120))
            if not exists_locally(moment):
                moment += timedelta(hours=1)
            yield moment, sender, message_text(rng)
            written += 1
        if rng.random() < 0.0005:
            yield moment, None, rng.choice(SYSTEM_LINES)
        # The other person answers after a log-normal wait; late in the evening the
        # conversation stops until the next morning.
        if moment.hour >= 23:
            next_day = (moment + timedelta(days=1 + (rng.random() < 0.05) * 2)).date()
            moment = datetime.combine(next_day, datetime.min.time()) + timedelta(
                hours=7, minutes=rng.randint(0, 180)
            )
        else:
            moment += timedelta(seconds=min(int(rng.lognormvariate(5.5, 1.6)), 6 * 3600))
        if not exists_locally(moment):
            moment += timedelta(hours=1)
        sender = THEM if sender == ME else ME
        if rng.random() < 0.08:
            sender = THEM if sender == ME else ME  # the same person again: double text


def generate(path: Path, count: int, *, style: str = "android", seed: int = 1) -> None:
    """Write a two-person WhatsApp export of `count` messages (plus a few system lines)."""
    if style == "telegram":
        generate_telegram(path, count, seed=seed)
        return
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for moment, sender, text in conversation(count, seed=seed):
            if sender is None:
                out.write(header(moment, style) + text + "\n")
                continue
            if style == "ios" and text == "<Media omitted>":
                text = "\u200eimage omitted"
            out.write(f"{header(moment, style)}{sender}: {text}\n")


def generate_telegram(path: Path, count: int, *, seed: int = 1) -> None:
    """The same conversation as a Telegram Desktop single-chat JSON export (one-space
    indentation, `date` and `date_unixtime`, `text` and `text_entities`, as Desktop
    writes them; photos for placeholders, phone calls for system lines)."""
    ids = {ME: "user1000001", THEM: "user2000002"}
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.write(f'{{\n "name": "{THEM}",\n "type": "personal_chat",\n "id": 2000002,\n')
        out.write(' "messages": [\n')
        for number, (moment, sender, text) in enumerate(conversation(count, seed=seed)):
            stamp = str(int(moment.replace(tzinfo=PACIFIC).timestamp()))
            message: dict = {"id": number + 1}
            if sender is None:
                message.update(
                    type="service",
                    date=moment.isoformat(),
                    date_unixtime=stamp,
                    actor=THEM,
                    actor_id=ids[THEM],
                    action="phone_call",
                    duration_seconds=60 + number % 600,
                    text="",
                    text_entities=[],
                )
            else:
                message.update(
                    type="message",
                    date=moment.isoformat(),
                    date_unixtime=stamp,
                    **{"from": sender, "from_id": ids[sender]},
                )
                if number % 7 == 0 and number:
                    message["reply_to_message_id"] = number
                if text == "<Media omitted>":
                    message.update(
                        photo="(File not included. Change data exporting settings to download.)",
                        width=1280,
                        height=960,
                        text="",
                        text_entities=[],
                    )
                else:
                    message["text"] = text
                    message["text_entities"] = [{"type": "plain", "text": text}]
            body = json.dumps(message, ensure_ascii=False, indent=1)
            out.write(("" if number == 0 else ",\n") + "  " + body.replace("\n", "\n  "))
        out.write("\n ]\n}\n")


def tree_memory_kib(pid: int, field: str = "Pss:") -> int:
    """Memory of a process and all its descendants, from /proc (Linux); `field` is a line
    of smaps_rollup ("Pss:" or "Rss:").

    Proportional set size (Pss): a page shared by several processes is split between
    them, so pages a forked worker shares with its parent count once in the total. Summing
    resident sizes instead would count every shared page once per process.
    """
    total = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            with open(f"/proc/{current}/smaps_rollup") as rollup:
                for line in rollup:
                    if line.startswith(field):
                        total += int(line.split()[1])
                        break
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    pending.extend(int(child) for child in children.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


def measure(command: list[str], root: Path = ROOT) -> tuple[float, float, float, int, str, float]:
    """Run `command` in `root`; return wall seconds, the peak RSS of its largest process and
    the peak Pss of its whole process tree (MiB; the analysis forks workers), exit status,
    the end of stderr, and the CPU seconds (user + system) of the whole process tree."""
    env = dict(os.environ)
    env.setdefault("SECRET_KEY", "benchmark-only-" + os.urandom(16).hex())
    started = time.perf_counter()
    process = subprocess.Popen(  # noqa: S603 - our own interpreter and script
        command, cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env
    )
    peak_tree = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_tree
        while not done.is_set():
            peak_tree = max(peak_tree, tree_memory_kib(process.pid))
            # Reading Pss makes the kernel walk the page tables (a few milliseconds for a
            # large process), so sample less often than the run's phases last.
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stderr = process.stderr.read() if process.stderr else b""
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    code = os.waitstatus_to_exitcode(status)
    process.returncode = code
    # ru_maxrss is in KiB on Linux: the largest single process (the command or a worker).
    # On Linux the usage wait4() reports includes the children the process waited for.
    cpu = usage.ru_utime + usage.ru_stime
    return wall, usage.ru_maxrss / 1024, peak_tree / 1024, code, stderr.decode()[-2000:], cpu


def analysis_command(path: Path, root: Path = ROOT) -> list[str]:
    python = sys.executable
    if (root / "manage.py").exists() and (
        root / "securebase/chat_analysis/management/commands/analyze_chat.py"
    ).exists():
        return [python, "manage.py", "analyze_chat", str(path), "--me", ME, "--json"]
    return [python, "-m", "securebase.chat_analysis", str(path), "--me", ME, "--json"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--style", choices=["android", "ios"], default="android")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size; best is shown")
    parser.add_argument("--keep", type=Path, help="write the exports here and keep them")
    parser.add_argument(
        "--compare",
        type=Path,
        help="another checkout of the project (say, the previous version) to run the same "
        "files through, for figures measured under the same load",
    )
    args = parser.parse_args()

    folder = args.keep or Path(tempfile.mkdtemp(prefix="chat-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        print(f"command: {' '.join(analysis_command(Path('FILE')))}")
        for size in args.sizes:
            path = folder / f"whatsapp-{args.style}-{size}.txt"
            if not path.exists():
                generate(path, size, style=args.style)
            mib = path.stat().st_size / 2**20
            trees = [("this tree", ROOT)] + ([("previous", args.compare)] if args.compare else [])
            # Alternate the trees run by run, so that both see the same load.
            measured: dict[str, list] = {label: [] for label, _ in trees}
            for _ in range(args.repeat):
                for label, root in trees:
                    measured[label].append(measure(analysis_command(path, root), root))
            for label, runs in measured.items():
                for *_, code, err, _cpu in runs:
                    if code != 0:
                        print(f"{size:>9,} messages: the analysis failed (exit {code})\n{err}")
                        sys.exit(1)
                walls = sorted(run[0] for run in runs)
                cpus = sorted(run[5] for run in runs)
                print(
                    f"{size:>9,} messages ({mib:5.1f} MiB file), {label}: wall "
                    f"{walls[0]:.2f} s best, {walls[len(walls) // 2]:.2f} s median of "
                    f"{args.repeat}; CPU {cpus[0]:.2f} s best (all processes); peak memory "
                    f"{max(r[1] for r in runs):.0f} MiB RSS of the largest process, "
                    f"{max(r[2] for r in runs):.0f} MiB Pss of the whole process tree"
                )
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
