"""WhatsApp and signal-export text: our own fixtures, one per quirk, checked by hand."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from securebase.chat_analysis.engine.conversation import Kind
from securebase.chat_analysis.engine.parsers import parse_export
from securebase.chat_analysis.engine.parsers.builder import WallToUtc
from securebase.chat_analysis.engine.parsers.dates import (
    MARK,
    SPACE,
    decide_days,
    seconds_of_day,
    seconds_of_day_many,
)
from securebase.chat_analysis.engine.parsers.whatsapp import build_header_regex
from securebase.chat_analysis.engine.phrases import reassurance_categories
from securebase.chat_analysis.presentation.report import wall_iso

FIXTURES = Path(__file__).parent / "fixtures"
UTC = ZoneInfo("UTC")
T, M, D, C = Kind.TEXT, Kind.MEDIA, Kind.DELETED, Kind.CALL


def parse_one(name_or_bytes, *, tz=UTC, filename=""):
    if isinstance(name_or_bytes, bytes):
        conversations = parse_export(name_or_bytes, filename=filename, tz=tz)
    else:
        conversations = parse_export(FIXTURES / name_or_bytes, tz=tz)
    assert len(conversations) == 1
    return conversations[0]


def walls(conv):
    return [wall_iso(w) for w in conv.wall]


def senders(conv):
    return [conv.participants[s] for s in conv.sender]


def test_it_reads_an_android_us_12_hour_export():
    conv = parse_one("WhatsApp Chat with Sam.txt")
    assert conv.source_format == "whatsapp"
    assert conv.participants == ("Robin", "Sam")
    assert conv.them_hint == "Sam"  # from the file name
    assert len(conv) == 10  # 11 header lines, one of them the encryption notice
    assert senders(conv) == ["Robin", "Sam", "Sam", "Robin", "Robin"] + ["Sam", "Robin"] * 2 + [
        "Sam"
    ]
    assert walls(conv)[0] == "2024-03-14T21:00:00"  # 9:00 PM is in the evening
    assert walls(conv)[-1] == "2024-03-16T08:30:00"
    assert bytes(conv.kind) == bytes([T, T, M, T, T, T, T, T, T, T])
    # "Yes!\nCan't wait": the continuation line and its line break belong to the message.
    assert conv.length[1] == len("Yes!\nCan't wait") == 15
    assert conv.length[2] == 0  # <Media omitted> has no text
    assert conv.reassurance == ((4, 0),)  # "are we okay?"; "Are we still on" is not one


def test_it_reads_an_android_24_hour_group_export_with_notices_and_a_bom():
    conv = parse_one("android_24h_dmy.txt")
    assert conv.participants == ("Maya", "Leo", "Noor")
    # Encryption notice, "created group", "added" and "left" are notices, not messages.
    assert len(conv) == 6
    assert count_by_sender(conv) == [2, 3, 1]
    # 13/01/2023 can only be day-first, so 02/01/2023 is the 2nd of January.
    assert walls(conv)[0] == "2023-01-02T08:20:00"
    assert walls(conv)[-1] == "2023-01-13T19:30:00"
    assert bytes(conv.kind) == bytes([T, T, M, T, D, M])
    # A blank line inside a message is kept: 31 + 1 + 12 + 1 + 0 + 1 + 34 characters.
    assert conv.length[0] == 80
    assert conv.length[3] == len("Lorem : ipsum, count me in")  # a colon in the text


def test_it_reads_ios_12_hour_times_with_narrow_spaces_and_marks():
    conv = parse_one("ios_12h_nnbsp.txt")
    assert conv.participants == ("Ari", "Jules 🌙")
    # The notices written as if Jules sent them start with U+200E and are dropped.
    assert len(conv) == 7
    assert walls(conv) == [
        "2023-11-05T23:59:10",
        "2023-11-06T00:01:05",  # 12:01:05 AM is just after midnight
        "2023-11-06T00:01:30",
        "2023-11-06T00:02:00",
        "2023-11-06T12:15:00",  # 12:15:00 PM is just after noon
        "2023-11-06T12:16:00",
        "2023-11-06T13:17:53",
    ]
    assert bytes(conv.kind) == bytes([T, T, M, M, C, T, D])
    assert conv.length[5] == len("Sorry!\nCall you back in 5")


def test_it_reads_spanish_a_m_and_p_m_with_no_break_spaces():
    conv = parse_one("android_es_12h.txt")
    assert conv.participants == ("Lucía", "Marta")
    assert walls(conv) == [
        "2024-02-14T23:58:00",
        "2024-02-15T00:03:00",
        "2024-02-15T12:30:00",
        "2024-02-15T13:15:00",
    ]
    assert bytes(conv.kind) == bytes([T, T, M, T])


def test_it_reads_german_notices_and_placeholders():
    conv = parse_one("android_de_24h.txt")
    assert conv.participants == ("Jonas", "Lena")
    assert len(conv) == 4
    assert bytes(conv.kind) == bytes([T, M, M, T])
    assert walls(conv)[0] == "2024-01-29T12:26:00"
    assert walls(conv)[-1] == "2024-01-30T09:00:00"


def test_it_reads_ios_year_first_with_crlf_and_marks_before_headers():
    conv = parse_one("ios_ymd_crlf.txt")
    assert conv.participants == ("Kim", "Lee")
    assert len(conv) == 5
    assert walls(conv) == [
        "2024-03-01T10:00:00",
        "2024-03-01T10:05:30",
        "2024-03-01T10:06:00",
        "2024-03-02T08:00:00",
        "2024-03-02T08:00:30",
    ]
    assert bytes(conv.kind) == bytes([T, M, T, T, T])
    assert conv.length[2] == len("Sorry, voice note.\nListen when you can")  # no \r
    assert conv.length[4] == len("Morning!")  # nor the final line end


def test_it_reads_signal_export_text():
    conv = parse_one("signal-chat.md")
    assert conv.source_format == "signal"
    assert conv.participants == ("Ren", "Ida")
    assert walls(conv) == ["2024-05-01T09:00:00", "2024-05-01T09:45:00", "2024-05-01T09:46:00"]
    assert conv.length[1] == len("Of course!\nWhy?")
    assert conv.reassurance == ((0, 0),)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("12/31/21, 9:05 PM - ", "2021-12-31T21:05:00"),
        ("31/12/2021, 21:05 - ", "2021-12-31T21:05:00"),
        ("31.12.21, 21:05 - ", "2021-12-31T21:05:00"),
        ("2021-12-31, 21:05 - ", "2021-12-31T21:05:00"),
        ("2021/12/31, 21:05. - ", "2021-12-31T21:05:00"),  # a dot after the time
        ("12/31/2021 9:05 p.m. - ", "2021-12-31T21:05:00"),  # no comma
        ("12/31/2021 9:05 p. m. - ", "2021-12-31T21:05:00"),
        ("31/12/2021, 9:05\u00a0p.\u00a0m. - ", "2021-12-31T21:05:00"),
        ("[31/12/21 21:05:09] ", "2021-12-31T21:05:09"),
        ("[31-12-21 21:05:09] ", "2021-12-31T21:05:09"),
        ("[12/31/21, 9:05:09 PM] ", "2021-12-31T21:05:09"),
        ("[31/12/2021, 9:05:09\u202fPM] ", "2021-12-31T21:05:09"),
        ("\u200e[31/12/2021, 9:05:09\u202fPM] ", "2021-12-31T21:05:09"),
        ("\ufeff[\ufeff31.12.21, 21:05:09] ", "2021-12-31T21:05:09"),
        ("[31/12/21 1:37:00 p.m.] ", "2021-12-31T13:37:00"),
        ("[31/12/21 13:37:00 p.m.] ", "2021-12-31T13:37:00"),  # hour past 12 with "p.m."
        ("31/12/21, 12:05 a.m. - ", "2021-12-31T00:05:00"),
        ("31/12/21, 00:08 a. m. - ", "2021-12-31T00:08:00"),
        ("31/12/21, 9:05 nachm. - ", "2021-12-31T21:05:00"),
        ("2021/12/31 下午9:05 - ", "2021-12-31T21:05:00"),
    ],
)
def test_it_reads_every_header_shape(header, expected):
    text = f"{header}Ana: first\n{header.replace('05', '06')}Ben: second\n"
    conv = parse_one(text.encode(), filename="chat.txt")
    assert senders(conv) == ["Ana", "Ben"]
    assert walls(conv)[0] == expected


def test_it_decides_the_day_month_order_once_for_the_whole_file():
    # Only the third header says the file is day-first; the first two obey it too.
    text = "01/02/24, 10:00 - Ana: a\n03/02/24, 10:00 - Ben: b\n13/02/24, 10:00 - Ana: c\n"
    conv = parse_one(text.encode(), filename="chat.txt")
    assert walls(conv) == ["2024-02-01T10:00:00", "2024-02-03T10:00:00", "2024-02-13T10:00:00"]
    # ...and here only the last header says month-first.
    text = "01/02/24, 10:00 - Ana: a\n03/02/24, 10:00 - Ben: b\n03/13/24, 10:00 - Ana: c\n"
    conv = parse_one(text.encode(), filename="chat.txt")
    assert walls(conv) == ["2024-01-02T10:00:00", "2024-03-02T10:00:00", "2024-03-13T10:00:00"]


def test_it_breaks_an_ambiguous_date_order_by_which_runs_forwards():
    month_first_runs_forward = [b"01/12/24", b"02/01/24", b"02/02/24"]
    # Day-first reads 1 Dec, 2 Jan, 2 Feb (goes back once); month-first reads 12 Jan,
    # 1 Feb, 2 Feb (always forwards), so month-first wins.
    days = decide_days(month_first_runs_forward, [0, 1, 2])
    assert [wall_iso(d * 86400)[:10] for d in days] == ["2024-01-12", "2024-02-01", "2024-02-02"]
    day_first_runs_forward = [b"12/01/24", b"01/02/24", b"02/02/24"]
    days = decide_days(day_first_runs_forward, [0, 1, 2])
    assert [wall_iso(d * 86400)[:10] for d in days] == ["2024-01-12", "2024-02-01", "2024-02-02"]
    # When both orders run forwards, day-first is the tie-break.
    days = decide_days([b"09/10/22", b"10/10/22"], [0, 1])
    assert [wall_iso(d * 86400)[:10] for d in days] == ["2022-10-09", "2022-10-10"]


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        (b"9:05", 9 * 3600 + 5 * 60),
        (b"9:05 PM", 21 * 3600 + 5 * 60),
        (b"12:00 PM", 12 * 3600),
        (b"12:00 AM", 0),
        (b"12:30 a.\xc2\xa0m.", 30 * 60),
        (b"11:59:59 p. m.", 86399),
        (b"00:04:03 AM", 4 * 60 + 3),
        (b"25:00", None),
        (b"10:61", None),
    ],
)
def test_it_parses_times_of_day(value, seconds):
    assert seconds_of_day(value) == seconds


def test_it_skips_and_counts_impossible_dates():
    text = "31/12/21, 10:00 - Ana: a\n32/13/21, 10:00 - Ben: b\n31/12/21, 10:05 - Ben: c\n"
    conv = parse_one(text.encode(), filename="chat.txt")
    assert len(conv) == 2
    assert conv.skipped == 1


def test_it_orders_messages_by_time_not_by_file_position():
    text = "1/1/21, 12:00 - A: Hi\n1/1/21, 12:03 - B: x\n1/1/21, 12:02 - A: later line\n"
    conv = parse_one(text.encode(), filename="chat.txt")
    assert walls(conv) == ["2021-01-01T12:00:00", "2021-01-01T12:02:00", "2021-01-01T12:03:00"]
    assert senders(conv) == ["A", "A", "B"]


def test_it_turns_local_times_into_utc_with_the_given_time_zone():
    text = "2024-03-09, 12:00 - A: winter\n2024-03-11, 12:00 - B: summer\n"
    conv = parse_one(text.encode(), filename="chat.txt", tz=ZoneInfo("America/Los_Angeles"))
    assert walls(conv) == ["2024-03-09T12:00:00", "2024-03-11T12:00:00"]
    # Daylight saving time began on 10 March 2024: 12:00 was 20:00 UTC, then 19:00 UTC.
    assert [datetime.fromtimestamp(u, UTC).hour for u in conv.utc] == [20, 19]


def test_it_reads_a_zip_with_media_beside_the_chat(tmp_path):
    import zipfile

    path = tmp_path / "WhatsApp Chat - Sam.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        text = (FIXTURES / "WhatsApp Chat with Sam.txt").read_text()
        archive.writestr("_chat.txt", text.replace("\n", "\r\n"))
        archive.writestr("00000003-PHOTO-2024-03-14-21-03-00.jpg", b"\xff\xd8\xff\xe0" + b"0" * 64)
    conv = parse_export(path, tz=UTC)[0]
    assert conv.participants == ("Robin", "Sam")
    assert len(conv) == 10
    assert conv.length[1] == 15  # CRLF inside the zip does not add characters
    assert conv.them_hint == "Sam"  # from the zip's name


@given(
    st.lists(
        st.text(alphabet=" :.0123456789aApPmM\u202f\u00a0午後vorm", max_size=14).map(str.encode),
        unique=True,
    )
)
@example([b"9:05 PM", "12:00\u202fa.m.".encode(), "午後3:07:09".encode(), b"25:00", b"x", b""])
def test_it_reads_many_times_at_once_like_one_at_a_time(values):
    assert seconds_of_day_many(values) == [seconds_of_day(value) for value in values]


def _plain_header_regex(style: str, marked: bool) -> re.Pattern[bytes]:
    """The header regex spelt plainly, with `?`, `*` and `{1,2}`: the fast one must split
    every text exactly as this one does."""
    invisible = rb"(?:\xef\xbb\xbf|\xe2\x80[\x8e\x8f])*"
    clock = rb"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
    if marked:
        clock = rb"(?:" + MARK + SPACE + rb"?)?" + clock + rb"(?:" + SPACE + rb"?" + MARK + rb")?"
    opening = {"bracket": rb"\[", "dash": b"", "either": rb"\[?"}[style]
    closing = {"bracket": rb"\] ", "dash": rb" - ", "either": rb"(?:\] | - )"}[style]
    return re.compile(
        rb"\n" + invisible + opening + invisible + rb"(\d{1,4}[./-]\d{1,2}[./-]\d{1,4})"
        + invisible + rb"[.,]?" + SPACE + rb"{1,2}(" + clock + rb")" + invisible + rb"\.?"
        + closing + rb"(?:([^\n:]{1,200}):(?: |(?=\n)|\Z))?"
    )  # fmt: skip


_PIECES = [
    b"\n", b"[", b"] ", b" - ", b"31/12/21", b"1.2.2024", b"2024-05-01", b",", b" ",
    "\u202f".encode(), "\u00a0".encode(), "\u200e".encode(), "\ufeff".encode(), b"9:05",
    b"21.05", b":07", b"PM", b"a. m.", "午後".encode(), b"Alex", b": ", b"hi", b":", b".",
]  # fmt: skip


def _slot(*choices: str) -> st.SearchStrategy[bytes]:
    return st.sampled_from([choice.encode() for choice in choices])


# Header-shaped lines: each slot holds what a header may have there, or nothing, or a
# near miss, so that the headers both regexes must agree on actually occur.
_HEADER = st.tuples(
    _slot("\n"),
    _slot("", "\u200e", "\ufeff\u200f"),
    _slot("", "["),
    _slot("", "\u200e"),
    _slot("31/12/21", "1.2.2024", "2024-05-01", "12/31", "1/1/1/1"),
    _slot("", "\u200e"),
    _slot("", ",", "."),
    _slot(" ", "\u202f", "  ", "\u00a0 ", ""),
    _slot("", "AM ", "午後"),
    _slot("9:05", "21.05", "9:5", "123:05"),
    _slot("", ":07", ".07"),
    _slot("", " PM", "\u202fa. m.", "pm", "nachm."),
    _slot("", "\u200e"),
    _slot("", "."),
    _slot("] ", " - ", "]", " -"),
    _slot("", "Alex: ", "Alex:", "Alex 🌙: hi: there", "You added Alex"),
    _slot("", "hi", "line\nmore"),
).map(b"".join)


@given(
    st.lists(st.one_of(_HEADER, st.sampled_from(_PIECES)), max_size=30).map(b"".join),
    st.sampled_from(["bracket", "dash", "either"]),
    st.booleans(),
)
def test_it_splits_with_the_fast_header_regex_as_with_the_plain_one(text, style, marked):
    fast = build_header_regex(style, marked)
    assert fast.split(text) == _plain_header_regex(style, marked).split(text)


def count_by_sender(conv) -> list[int]:
    return [conv.sender.count(i) for i in range(len(conv.participants))]


PHRASES = (
    "are we okay",
    "are you still mad at me",
    "are you still ignoring me",
    "why are you ignoring me",
    "do you hate me",
    "did i say something",
    "do you still love me",
    "am i being clingy",
    "is everything alright",
)


@pytest.mark.parametrize("phrase", PHRASES)
def test_it_finds_the_same_reassurance_phrases_as_the_per_message_rules(phrase):
    """The WhatsApp scan over whole chunks and the per-message rules other formats use
    agree on every phrase: no scan branch finds what the rules cannot label."""
    text = f"1/2/24, 09:00 - Robin: So {phrase}?\n1/2/24, 09:05 - Sam: hm\n"
    [conv] = parse_export(text.encode(), filename="chat.txt", tz=UTC)
    expected = reassurance_categories(f"So {phrase}?")
    assert expected
    assert [category for _, category in conv.reassurance] == expected


NOTICES = (
    "Disappearing messages were turned off.",
    "Disappearing messages were turned on.",
    "Alex turned on disappearing messages. New messages will disappear from this chat 7 days "
    "after they're sent, except when kept.",
    "Selbstlöschende Nachrichten wurden deaktiviert.",
    "Los mensajes temporales se desactivaron.",
    "Les messages éphémères ont été désactivés.",
    "As mensagens temporárias foram desativadas.",
    "I messaggi effimeri sono stati disattivati.",
    "Verdwijnende berichten zijn uitgeschakeld.",
    "Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
    "WhatsApp, can read or listen to them.",
    "Your security code with Alex changed. Tap to learn more.",
    "Alex changed their phone number to a new number. Tap to message or add the new number.",
)


@pytest.mark.parametrize("mark", ["\u200e", ""], ids=["marked", "unmarked"])
@pytest.mark.parametrize("notice", NOTICES)
def test_it_drops_ios_notices_written_with_the_chats_name(notice, mark):
    """iOS writes notices as if the chat's name had sent them, usually (not always) behind
    an invisible mark; none of them is a message from that person."""
    if not mark and notice.startswith(("Your security", "Alex changed", "Alex turned")):
        pytest.skip("only marked forms of notices that name someone are recognised")
    text = (
        "[14/03/2024, 09:00:00] Robin: Hi\n"
        f"[14/03/2024, 09:01:00] Alex: {mark}{notice}\n"
        "[14/03/2024, 09:05:00] Alex: Hello\n"
    )
    [conv] = parse_export(text.encode(), filename="_chat.txt", tz=UTC)
    assert len(conv) == 2
    assert count_by_sender(conv) == [1, 1]


@pytest.mark.parametrize(
    "zone", ["America/Los_Angeles", "Europe/Berlin", "Australia/Lord_Howe", "America/Santiago"]
)
def test_it_turns_wall_clock_times_into_utc_like_one_by_one_on_days_the_clocks_change(zone):
    to_utc = WallToUtc(ZoneInfo(zone))
    walls = []
    for year in (1979, 2021):
        first_day = (datetime(year, 1, 1) - datetime(1970, 1, 1)).days
        changing = [
            day for day in range(first_day, first_day + 366) if to_utc.day_offset(day) is None
        ]
        walls += [day * 86400 + second for day in changing for second in range(0, 86400, 450)]
    assert walls
    assert [to_utc(wall) for wall in walls] == [wall - to_utc.offset_at(wall) for wall in walls]
