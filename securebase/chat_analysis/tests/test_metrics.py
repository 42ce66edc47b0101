"""Report numbers on fixtures whose answers were worked out by hand (in the comments)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from securebase.chat_analysis.engine import metrics
from securebase.chat_analysis.engine.metrics import (
    Cell,
    Summary,
    analyze,
    format_duration,
    quantile,
    share_in_words,
    spans_night,
)
from securebase.chat_analysis.engine.parsers import parse_export
from securebase.chat_analysis.presentation.report import render_text, report_data, wall_iso

FIXTURES = Path(__file__).parent / "fixtures"
UTC = ZoneInfo("UTC")
H = 3600


@pytest.fixture(scope="module")
def sam():
    """Robin (me) and Sam (them), 14-16 March 2024. Runs, with times:

    Robin 21:00 | Sam 21:02, 21:03 | Robin 21:10, 21:11 | Sam 21:41 |
    Robin 12:05 (15th) | Sam 13:05 | Robin 23:30 | Sam 08:30 (16th)
    """
    [conv] = parse_export(FIXTURES / "WhatsApp Chat with Sam.txt", tz=UTC)
    return analyze(conv, me=0, them=1, now=datetime(2024, 3, 16, 9, 0, tzinfo=UTC))


def test_it_measures_their_reply_times_on_runs(sam):
    # Sam answered after 2 min (21:00->21:02), 30 min (21:11->21:41), 60 min
    # (12:05->13:05), and 9 h overnight (23:30->08:30).
    replies = sam.their_replies
    # Daytime [120, 1800, 3600]: median 1800; q1 at position 0.5 = 120 + 0.5 * 1680;
    # q3 at 1.5 = 1800 + 0.5 * 1800; p90 at 1.8 = 1800 + 0.8 * 1800.
    assert replies.day == Summary(count=3, median=1800, q1=960, q3=2700, p90=3240)
    assert replies.overnight == Summary(count=1, median=32400, q1=32400, q3=32400, p90=32400)
    # All four: median (1800 + 3600) / 2; q1 at 0.75 = 120 + 0.75 * 1680; q3 at 2.25 =
    # 3600 + 0.25 * 28800; p90 at 2.7 = 3600 + 0.7 * 28800.
    assert replies.all == Summary(count=4, median=2700, q1=1380, q3=10800, p90=23760)
    # Bins: [120, 300) holds 120; [1200, 2400) 1800; [2400, 5400) 3600; [6 h, 12 h) 32400.
    assert replies.histogram == (0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 0)


def test_it_measures_my_reply_times(sam):
    # Robin answered after 7 min (21:03->21:10), 14 h 24 min overnight (21:41->12:05) and
    # 10 h 25 min in the day (13:05->23:30, which never touches 01:00-06:00).
    replies = sam.my_replies
    # [420, 37500]: median 18960; q1 = 420 + 0.25 * 37080; q3 = 420 + 0.75 * 37080;
    # p90 = 420 + 0.9 * 37080.
    assert replies.day == Summary(count=2, median=18960, q1=9690, q3=28230, p90=33792)
    assert replies.overnight.count == 1
    assert replies.overnight.median == 51840


def test_it_buckets_replies_by_when_the_wait_started(sam):
    cells = {(c.weekday, c.hour): c for c in sam.their_replies.heatmap if c.count}
    # 14 March 2024 was a Thursday (weekday 3), the 15th a Friday.
    assert cells == {
        (3, 21): Cell(weekday=3, hour=21, count=2, median=960),
        (4, 12): Cell(weekday=4, hour=12, count=1, median=3600),
        (4, 23): Cell(weekday=4, hour=23, count=1, median=32400),
    }
    [month] = sam.their_replies.monthly
    assert (month.month, month.count, month.median) == ("2024-03", 4, 2700)


def test_it_counts_double_texting_and_who_starts(sam):
    assert sam.double_texting_me.runs_2_plus == 1  # 21:10 and 21:11
    assert sam.double_texting_me.runs_3_plus == 0
    assert sam.double_texting_me.longest == 2
    assert wall_iso(sam.double_texting_me.longest_started) == "2024-03-14T21:10:00"
    assert sam.double_texting_me.monthly == (("2024-03", 1, 0),)
    assert sam.double_texting_them.runs_2_plus == 1
    # Starts: the first message (Robin), 12:05 after 14 h (Robin), 23:30 after 10 h
    # (Robin), 08:30 after 9 h (Sam).
    assert (sam.starters.me, sam.starters.them) == (3, 1)


def test_it_scores_no_single_message_of_theirs():
    """No tone and no length percentile of their latest message: the report is about
    time, not about the words of someone who never agreed to be scored."""
    [conv] = parse_export(FIXTURES / "WhatsApp Chat with Sam.txt", tz=UTC)
    data = report_data(conv, me=0, them=1, now=datetime(2024, 3, 16, 9, 0, tzinfo=UTC))
    text = json.dumps(data) + render_text(data)
    assert "latest_message" not in data
    assert "tone" not in text.lower()
    assert "percentile" not in json.dumps(data["their_replies"])
    assert "Their latest" not in text


def test_it_counts_reassurance_seeking_in_my_messages(sam):
    assert sam.reassurance.total == 1
    assert sam.reassurance.messages == 1
    assert sam.reassurance.my_text_messages == 5
    assert sam.reassurance.by_category == (1, 0, 0, 0, 0, 0)
    assert sam.reassurance.monthly == (("2024-03", 1),)


def test_it_has_no_silence_when_they_wrote_last(sam):
    assert sam.silence is None
    assert "They sent the last message" in sam.silence_note
    assert (sam.messages_me, sam.messages_them) == (5, 5)


def chat_with_replies(delays: list[int], *, last_from_me_at: str) -> bytes:
    """Me asks at 10:00 each day; they answer after each delay; my last message is given."""
    lines = []
    for day, delay in enumerate(delays, start=1):
        lines.append(f"2024-05-{day:02d}, 10:00:00 - Me: question {day}")
        answer = datetime(2024, 5, day, 10) + __import__("datetime").timedelta(seconds=delay)
        lines.append(f"{answer:%Y-%m-%d, %H:%M:%S} - Them: answer {day}")
    lines.append(f"{last_from_me_at} - Me: and now?")
    return ("\n".join(lines) + "\n").encode()


def test_it_places_the_current_silence_among_their_replies():
    delays = [60, 120, 300, 600, 1800, 3600]
    text = chat_with_replies(delays, last_from_me_at="2024-05-20, 10:00:00")
    [conv] = parse_export(text, filename="chat.txt", tz=UTC)
    metrics = analyze(conv, me=0, them=1, now=datetime(2024, 5, 20, 10, 30, tzinfo=UTC))
    silence = metrics.silence
    assert silence.seconds == 1800
    assert not silence.spans_night
    assert (silence.compared_with, silence.compared_count) == ("day", 6)
    assert silence.typical == 450  # (300 + 600) / 2
    assert silence.percentile == pytest.approx(66.7)  # 4 of 6 came sooner
    assert silence.longer_share == pytest.approx(1 / 6, abs=1e-4)  # one took longer
    assert silence.summary == (
        "It has been 30 minutes since your last message; they usually reply in about "
        "7 minutes, and about 1 in 6 of their replies took longer than this, so this is "
        "within their normal."
    )


def test_it_says_what_the_data_shows_when_a_silence_is_longer_than_ever_before():
    text = chat_with_replies([60, 120, 300, 600, 1800], last_from_me_at="2024-05-20, 10:00:00")
    [conv] = parse_export(text, filename="chat.txt", tz=UTC)
    metrics = analyze(conv, me=0, them=1, now=datetime(2024, 5, 20, 14, 0, tzinfo=UTC))
    assert metrics.silence.percentile == 100.0
    assert metrics.silence.summary.startswith(
        "It has been 4 hours since your last message, longer than any of their 5 replies"
    )
    # What the data shows and that it cannot say why: no reassurance, no reading of rejection.
    assert metrics.silence.summary.endswith("That is unusual for them. The numbers cannot say why.")
    assert "nothing to do with you" not in metrics.silence.summary


def test_it_compares_an_overnight_silence_with_all_replies_when_few_were_overnight():
    text = chat_with_replies([60, 120, 300, 600, 1800], last_from_me_at="2024-05-20, 23:00:00")
    [conv] = parse_export(text, filename="chat.txt", tz=UTC)
    metrics = analyze(conv, me=0, them=1, now=datetime(2024, 5, 21, 8, 0, tzinfo=UTC))
    assert metrics.silence.spans_night
    assert metrics.silence.compared_with == "all"  # no overnight replies to compare with


def test_it_refuses_to_measure_silence_before_the_last_message():
    text = chat_with_replies([60] * 6, last_from_me_at="2024-05-20, 10:00:00")
    [conv] = parse_export(text, filename="chat.txt", tz=UTC)
    metrics = analyze(conv, me=0, them=1, now=datetime(2024, 5, 20, 9, 0, tzinfo=UTC))
    assert metrics.silence is None
    assert "before your last message" in metrics.silence_note


def test_it_uses_only_the_two_chosen_people_in_a_group():
    [conv] = parse_export(FIXTURES / "android_24h_dmy.txt", tz=UTC)
    maya, leo = conv.participants.index("Maya"), conv.participants.index("Leo")
    metrics = analyze(conv, me=maya, them=leo, now=datetime(2023, 2, 1, tzinfo=UTC))
    # Without Noor: Maya 08:20 | Leo 08:25, 08:26 | Maya 13 Jan 19:05 | Leo 19:30.
    assert metrics.their_replies.all.count == 2
    assert metrics.their_replies.all.median == (300 + 1500) / 2
    assert (metrics.messages_me, metrics.messages_them) == (2, 3)


@pytest.mark.parametrize(
    ("start", "seconds", "expected"),
    [
        ("23:00", 9 * H, True),  # 01:00-06:00 all inside
        ("02:00", int(2.5 * H), True),  # exactly 2.5 h of night
        ("04:00", 3 * H, False),  # only 04:00-06:00 is night
        ("13:00", int(10.5 * H), False),  # ends 23:30
        ("12:00", 14 * H, False),  # ends 02:00: one hour of night
        ("12:00", 24 * H, True),  # a day or more always spans a night
    ],
)
def test_it_decides_which_waits_span_the_night(start, seconds, expected):
    hour, minute = map(int, start.split(":"))
    assert spans_night(10 * 86400 + hour * H + minute * 60, seconds) is expected


def test_it_interpolates_quantiles_between_ranks():
    assert quantile([], 0.5) is None
    assert quantile([7], 0.9) == 7
    assert quantile([60, 120, 300, 600], 0.5) == 210
    assert quantile([60, 120, 300, 600], 0.25) == 105
    assert quantile([60, 120, 300, 600], 0.9) == 510


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (45, "45 seconds"),
        (60, "1 minute"),
        (450, "7 minutes"),
        (3 * H + 20 * 60, "3 hours 20 minutes"),
        (11 * H + 20 * 60, "11 hours"),
        (2 * 86400 + 4 * H, "2 days 4 hours"),
        (9 * 86400, "9 days"),
    ],
)
def test_it_says_durations_in_words(seconds, words):
    assert format_duration(seconds) == words


def test_it_says_shares_in_words():
    assert share_in_words(0.2) == "about 1 in 5"
    assert share_in_words(0.6) == "about 6 in 10"
    assert share_in_words(0) == "none"


def test_it_gives_the_same_report_when_half_is_computed_in_a_second_process(monkeypatch):
    [conv] = parse_export(FIXTURES / "WhatsApp Chat with Sam.txt", tz=UTC)
    now = datetime(2024, 3, 16, 9, 0, tzinfo=UTC)
    alone = analyze(conv, me=0, them=1, now=now)
    monkeypatch.setattr(metrics, "PARALLEL_MIN_MESSAGES", 1)
    assert analyze(conv, me=0, them=1, now=now, workers=2) == alone
