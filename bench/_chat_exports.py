"""Chat exports for the benchmarks, made by our own generator: a two-person conversation with
multi-line messages, media placeholders, system lines, bursts of messages, replies that wait
overnight and emoji, written as a WhatsApp export (Android, or iOS) or as Telegram Desktop
JSON. The same seed gives the same file, so two checkouts are measured on the same bytes.

Used by bench/chat_import.py (the import's speed) and bench/uploads.py (the upload's worst
files).
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

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
