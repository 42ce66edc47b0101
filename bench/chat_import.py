"""Benchmark: the command-line analysis of large chat exports, beside a floor and the aims.

Generates exports with our own generator (bench/_chat_exports.py: multi-line messages, media
placeholders, system lines, bursts of messages, replies that wait overnight, emoji):
two-person WhatsApp (Android, or iOS with --style ios) and the same conversation as Telegram
Desktop JSON. Each command runs in a child process; printed are its wall time, the CPU time
of all its processes, and its peak memory: the resident size (RSS) of the largest process
and the proportional set size (Pss) of the whole process tree, which counts pages that
forked workers share with the command once rather than once each.

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
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

# Run as a script, this folder is first on the path: the generator is a sibling module.
from _chat_exports import ME, generate

ROOT = Path(__file__).resolve().parent.parent


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
