"""Telegram, Messenger, Instagram, CSV and iMessage: our own fixtures, checked by hand."""

from __future__ import annotations

from datetime import UTC as UTC_TZ
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from securebase.chat_analysis.engine.conversation import Conversation, Kind
from securebase.chat_analysis.engine.parsers import parse_export
from securebase.chat_analysis.engine.parsers.meta import repair_mojibake
from securebase.chat_analysis.engine.parsers.telegram import text_of
from securebase.chat_analysis.presentation.report import wall_iso

FIXTURES = Path(__file__).parent / "fixtures"
UTC = ZoneInfo("UTC")
PACIFIC = ZoneInfo("America/Los_Angeles")
T, M, D, C = Kind.TEXT, Kind.MEDIA, Kind.DELETED, Kind.CALL


def utc_iso(conv: Conversation) -> list[str]:
    return [datetime.fromtimestamp(u, UTC_TZ).strftime("%Y-%m-%dT%H:%M:%S") for u in conv.utc]


def senders(conv: Conversation) -> list[str]:
    return [conv.participants[s] for s in conv.sender]


def test_it_reads_a_telegram_chat_with_mixed_dates_and_entity_text():
    [conv] = parse_export(FIXTURES / "telegram_result.json", tz=UTC)
    assert conv.source_format == "telegram"
    assert conv.title == "Noa"
    assert conv.them_hint == "Noa"  # a personal chat is named after the other person
    assert conv.participants == ("Eli", "Noa")
    # joined_telegram is a notice; the phone call counts as Eli reaching out.
    assert senders(conv) == ["Eli", "Noa", "Noa", "Eli", "Noa"]
    assert utc_iso(conv) == [
        "2024-04-01T09:00:00",
        "2024-04-01T09:30:00",  # no date_unixtime: its local "date" is used
        "2024-04-01T09:31:00",
        "2024-04-01T20:00:00",
        "2024-04-01T20:05:00",
    ]
    assert bytes(conv.kind) == bytes([T, T, M, C, T])
    assert conv.length[1] == len("Morning! Coffee?")  # entities joined
    assert conv.reassurance == ((4, 1),)  # "are you mad at me?"


def test_it_reads_telegram_local_dates_in_the_given_time_zone():
    [conv] = parse_export(FIXTURES / "telegram_result.json", tz=PACIFIC)
    # 09:30 local on 1 April (PDT, UTC-7) is 16:30 UTC, after the 09:31 UTC photo.
    assert utc_iso(conv)[1:3] == ["2024-04-01T09:31:00", "2024-04-01T16:30:00"]
    assert wall_iso(conv.wall[0]) == "2024-04-01T02:00:00"


def test_it_reads_a_telegram_export_of_all_data_as_one_conversation_per_chat():
    conversations = parse_export(FIXTURES / "telegram_all.json", tz=UTC)
    # "Saved Messages" has only its owner in it, so it is not a conversation.
    assert [c.title for c in conversations] == ["Book club", "Noa"]
    club, noa = conversations
    assert club.participants == ("Ana", "Eli Park", "Noa")
    assert noa.participants == ("Eli Park", "Noa")
    assert noa.me_hint == club.me_hint == "Eli Park"  # the export's owner
    assert noa.them_hint == "Noa"
    assert utc_iso(noa) == ["2024-04-01T09:00:00", "2024-04-01T09:10:00"]


def test_it_joins_telegram_text_entities():
    assert text_of("plain") == "plain"
    assert text_of([{"type": "bold", "text": "Hi"}, " there", {"type": "link"}]) == "Hi there"
    assert text_of(None) == ""


def test_it_reads_messenger_newest_first_and_repairs_mojibake():
    [conv] = parse_export(FIXTURES / "messenger_message_1.json", tz=UTC)
    assert conv.source_format == "messenger"
    assert conv.participants == ("Kai", "José")
    assert conv.title == conv.them_hint == "José"
    # Oldest first after parsing; the "Subscribe" notice is gone.
    assert senders(conv) == ["Kai", "José", "Kai", "Kai", "José"]
    assert utc_iso(conv) == [
        "2023-11-14T19:26:40",
        "2023-11-14T22:13:20",
        "2023-11-14T22:14:00",
        "2023-11-14T22:15:00",
        "2023-11-14T22:20:00",
    ]
    assert bytes(conv.kind) == bytes([D, T, T, M, T])
    assert conv.length[4] == len("See you at the café 😊") == 21


def test_it_repairs_mojibake_only_where_there_is_some():
    assert repair_mojibake("caf\u00c3\u00a9") == "café"
    assert repair_mojibake("café") == "café"  # already right: left alone
    assert repair_mojibake("日本") == "日本"


def test_it_reads_instagram_direct_messages():
    [conv] = parse_export(FIXTURES / "instagram_message_1.json", tz=UTC)
    assert conv.source_format == "instagram"
    assert conv.participants == ("tomas", "mira.k")
    assert utc_iso(conv) == ["2024-03-09T16:00:00", "2024-03-09T16:05:00", "2024-03-09T16:10:00"]
    assert conv.length[1] == len("ok 👍")


def test_it_reads_a_generic_csv():
    [conv] = parse_export(FIXTURES / "chat.csv", tz=UTC)
    assert conv.source_format == "csv"
    assert conv.participants == ("Ana", "Bo")
    assert senders(conv) == ["Ana", "Bo", "Ana", "Bo", "Ana"]
    assert utc_iso(conv) == [
        "2024-06-01T08:00:00",  # ISO with Z
        "2024-06-01T08:20:00",  # ISO with an offset
        "2024-06-01T09:00:00",  # Unix seconds
        "2024-06-01T09:15:00",  # Unix milliseconds
        "2024-06-01T09:20:00",  # local time, here UTC
    ]
    assert conv.length[1] == len("Hi!\nOn my way")  # a quoted line break
    assert conv.skipped == 1  # "not a time"


def test_it_reads_an_imessage_html_export():
    [conv] = parse_export(FIXTURES / "imessage_export.html", tz=UTC)
    assert conv.source_format == "imessage"
    assert conv.me_hint == "Me"
    assert conv.participants == ("Me", "+15550001111")
    # Announcements and reactions are not messages; the threaded reply is.
    assert [wall_iso(w) for w in conv.wall] == [
        "2024-02-03T21:15:02",
        "2024-02-03T21:40:02",
        "2024-02-03T21:41:02",
        "2024-02-04T00:05:02",
    ]
    assert bytes(conv.kind) == bytes([T, T, M, T])
    assert conv.length[1] == len("No! Just busy & tired")
    assert conv.length[3] == len("Good night x")  # the edited text, not the first draft
    assert conv.reassurance == ((0, 2),)  # "Did I say something wrong"


def test_it_keeps_no_message_text_in_a_conversation():
    for name in ("WhatsApp Chat with Sam.txt", "telegram_result.json", "chat.csv"):
        [conv] = parse_export(FIXTURES / name, tz=UTC)
        blob = conv.to_bytes()
        restored = Conversation.from_bytes(blob)
        assert restored == conv
        import zlib

        raw = zlib.decompress(blob)
        for phrase in (b"Media", b"Coffee", b"love", b"tired", b"mad"):
            assert phrase not in raw
