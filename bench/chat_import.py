"""Benchmark: the command-line analysis of large chat exports, beside a floor and the aims.

Generates exports with our own generator (multi-line messages, media placeholders, system
lines, bursts of messages, replies that wait overnight, emoji): two-person WhatsApp
(Android, or iOS with --style ios) and the same conversation as Telegram Desktop JSON. Each
command runs in a child process; printed are its wall time, the CPU time of all its
processes, and its peak memory: the resident size (RSS) of the largest process and the
proportional set size (Pss) of the whole process tree, which counts pages that forked
workers share with the command once rather than once each.

Every figure stands beside a floor measured in the same run, alternately with it: reading
the file in the parser's 8 MB chunks and running one regex over it that finds every message
(`read_and_regex()`). On a shared machine the seconds move with the load; the ratio to the
floor moves much less. The aims (the issue's) are printed beside the figures:

    .venv/bin/python bench/chat_import.py                  # the three rows of the issue
    .venv/bin/python bench/chat_import.py whatsapp-1m      # one of them
    .venv/bin/python bench/chat_import.py --sizes 100000 --style ios
    .venv/bin/python bench/chat_import.py --keep /tmp/chats  # keep the generated files
    .venv/bin/python bench/chat_import.py --compare ../previous  # the same files through
                                                         # another checkout, alternately

The figures are printed, never asserted: machines differ.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
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
    options = [str(path), "--me", ME, "--json", "--max-mb", "2000"]
    if (root / "manage.py").exists() and (
        root / "securebase/chat_analysis/management/commands/analyze_chat.py"
    ).exists():
        return [python, "manage.py", "analyze_chat", *options]
    return [python, "-m", "securebase.chat_analysis", *options]


def floor_command(path: Path, style: str) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), "--floor", style, str(path)]


def read_and_regex(style: str, path: Path) -> int:
    """The floor: read the file in the parser's 8 MB chunks and run one regex over it that
    finds every message (the WhatsApp header regex's split, or each Telegram message's
    "type" key), keeping nothing. No parser can do less."""
    if style == "telegram":
        regex = re.compile(rb'"type": "(\w+)"')
        found = 0
        with path.open("rb") as file:
            while chunk := file.read(8 << 20):
                found += sum(1 for _ in regex.finditer(chunk))
        return found
    sys.path.insert(0, str(ROOT))  # this tree's engine, not an installed copy
    from securebase.chat_analysis.engine.parsers.headers import header_regex

    with path.open("rb") as file:
        head = file.read(64 * 1024).decode(errors="ignore")
        file.seek(0)
        regex = header_regex(head)
        found, carry = 0, b"\n"
        while chunk := file.read(8 << 20):
            data = carry + chunk
            cut = data.rfind(b"\n")
            found += len(regex.split(data[:cut])) // 5
            carry = data[cut:]
    return found


# What the issue asks of each export: wall seconds, times the floor, peak Pss of the tree.
ROWS = {
    "whatsapp-1m": ("android", 1_000_000, 1.2, 3.0, None),
    "telegram-1m": ("telegram", 1_000_000, 3.0, None, None),
    "whatsapp-3m": ("android", 3_000_000, None, None, 400),
}


def aim_text(seconds: float | None, ratio: float | None, memory: int | None) -> str:
    aims = []
    if seconds:
        aims.append(f"≤ {seconds:g} s")
    if ratio:
        aims.append(f"≤ {ratio:g}× the floor")
    if memory:
        aims.append(f"≤ {memory} MiB Pss")
    return "aim " + " and ".join(aims) if aims else "no aim"


def report(label: str, runs: list, floor: float | None, aim: tuple) -> None:
    walls = sorted(run[0] for run in runs)
    cpus = sorted(run[5] for run in runs)
    median = walls[len(walls) // 2]
    ratio = f" = {median / floor:.1f}× the floor" if floor else ""
    print(
        f"  {label:<10} wall {walls[0]:.2f} s best, {median:.2f} s median of {len(runs)}{ratio}; "
        f"CPU {cpus[0]:.2f} s (all processes); peak {max(r[1] for r in runs):.0f} MiB RSS "
        f"(largest process), {max(r[2] for r in runs):.0f} MiB Pss (whole tree)"
        + (f"   [{aim_text(*aim)}]" if aim else "")
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", nargs="*", help=f"which of {', '.join(ROWS)} (default all)")
    parser.add_argument("--sizes", type=int, nargs="+", help="instead of the rows: these sizes")
    parser.add_argument("--style", choices=["android", "ios", "telegram"], default="android")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each command")
    parser.add_argument("--keep", type=Path, help="write the exports here and keep them")
    parser.add_argument(
        "--compare",
        type=Path,
        help="another checkout of the project (say, the previous version) to run the same "
        "files through, alternately, for figures measured under the same load",
    )
    parser.add_argument("--floor", nargs=2, metavar=("STYLE", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.floor:
        read_and_regex(args.floor[0], Path(args.floor[1]))
        return

    if args.sizes:
        plan = [
            (f"{args.style}-{size}", (args.style, size, None, None, None)) for size in args.sizes
        ]
    else:
        unknown = set(args.rows) - set(ROWS)
        if unknown:
            parser.error(
                f"unknown rows {', '.join(sorted(unknown))}; choose from {', '.join(ROWS)}"
            )
        plan = [(name, ROWS[name]) for name in args.rows or ROWS]
    folder = args.keep or Path(tempfile.mkdtemp(prefix="chat-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"command: {' '.join(analysis_command(Path('FILE')))}")
    print(f"load average at the start: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    try:
        for name, (style, size, *aim) in plan:
            suffix = "json" if style == "telegram" else "txt"
            path = folder / f"{style}-{size}.{suffix}"
            if not path.exists():
                generate(path, size, style=style)
            mib = path.stat().st_size / 2**20
            trees = [("this tree", ROOT)] + ([("previous", args.compare)] if args.compare else [])
            measured: dict[str, list] = {"floor": []} | {label: [] for label, _ in trees}
            # Alternate the commands run by run, so that all of them see the same load.
            for _ in range(args.repeat):
                measured["floor"].append(measure(floor_command(path, style)))
                for label, root in trees:
                    measured[label].append(measure(analysis_command(path, root), root))
            print(f"{name}: {size:,} messages, {style}, {mib:.1f} MiB file")
            for label, runs in measured.items():
                for *_, code, err, _cpu in runs:
                    if code != 0:
                        print(f"  {label}: failed (exit {code})\n{err}")
                        sys.exit(1)
            floor = sorted(run[0] for run in measured["floor"])[len(measured["floor"]) // 2]
            report("floor", measured["floor"], None, ())
            for label, runs in measured.items():
                if label != "floor":
                    report(label, runs, floor, tuple(aim) if label == "this tree" else ())
        print(f"load average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
