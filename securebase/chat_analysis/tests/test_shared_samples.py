"""Every export in the shared sample folders parses, with the counts their READMEs give.

The samples are other projects' test data and stay outside this repository; these tests
run where the folder lies beside the repository and skip elsewhere.
"""

from __future__ import annotations

import os
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from securebase.chat_analysis.engine.parsers import parse_export
from securebase.chat_analysis.presentation.report import wall_iso

REPOSITORY = Path(__file__).resolve().parents[3]
# Beside the repository, or beside the folder that holds a worktree of it; CHAT_SAMPLES
# names another place.
SAMPLES = next(
    (
        folder
        for folder in (
            Path(os.environ.get("CHAT_SAMPLES", REPOSITORY / "missing")),
            REPOSITORY.parent / "shared" / "chat-samples",
            REPOSITORY.parent.parent / "shared" / "chat-samples",
        )
        if folder.is_dir()
    ),
    REPOSITORY.parent / "shared" / "chat-samples",
)
UTC = ZoneInfo("UTC")

pytestmark = pytest.mark.skipif(
    not SAMPLES.is_dir(), reason=f"shared chat samples not found at {SAMPLES}"
)


def sample_names() -> list[str]:
    if not SAMPLES.is_dir():
        return []
    return sorted(
        str(path.relative_to(SAMPLES))
        for path in SAMPLES.rglob("*")
        if path.is_file() and path.name != "README.md"
    )


def parse(name: str):
    return parse_export(SAMPLES / name, tz=UTC)


@pytest.mark.parametrize("name", sample_names())
def test_it_parses_every_shared_sample(name):
    conversations = parse(name)
    assert conversations
    for conv in conversations:
        assert len(conv) >= 2
        assert len(conv.participants) >= 2
        assert list(conv.utc) == sorted(conv.utc)


CHAT_MINER_WHATSAPP = [
    "chatminer__whatsapp_android_ddmmyy_24h.txt",
    "chatminer__whatsapp_brackets_mmddyy_24h.txt",
    "chatminer__whatsapp_android_mmddyyyy_12h_es_am_pm.txt",
    "more/chatminer__whatsapp_android_yyyymmdd_24h.txt",
    "more/chatminer__whatsapp_android_mmddyy_24h.txt",
]


@pytest.mark.parametrize("name", CHAT_MINER_WHATSAPP)
def test_it_finds_the_six_messages_chat_miner_expects(name):
    # README: "6 user messages each; system lines and the `John Doe:.` line are dropped".
    [conv] = parse(name)
    assert len(conv) == 6
    assert conv.participants == ("John Doe", "Jahn Doe", "John-John Doe", "John Doe 🤓", "🤓")
    assert [wall_iso(w)[:10] for w in conv.wall] == [
        "2019-01-01",
        "2019-01-30",
        "2020-06-10",
        "2021-12-10",
        "2021-12-20",
        "2021-12-30",
    ]


@pytest.mark.parametrize(
    ("name", "messages", "people"),
    [
        ("more/whatstk__whatsapp_brackets_ddmmyy_dashes_24h_seconds_lorem.txt", 500, 4),
        ("more/whatstk__whatsapp_android_yyyymmdd_dashes_24h_lorem_merge1.txt", 300, 4),
        ("generated__whatsapp_ios_en_12h_nnbsp_lrm.txt", 60, 2),
        ("chatanalytics__messenger_2A_7M.json", 7, 2),
        ("chatanalytics__telegram_DM_2A_7M.json", 7, 2),
        ("more/chatanalytics__whatsapp_android_mdyy_24h_out_of_order_2A_5M.txt", 5, 2),
        ("more/chatanalytics__whatsapp_android_mdyy_24h_group_4A_11M.txt", 11, 5),
        ("more/chatanalytics__whatsapp_android_zip_4A_11M.zip", 11, 5),
        ("more/imessageexporter__imessage_html_example.html", 10, 3),
        ("timelinize__whatsapp_ios_brackets_lrm_crlf__chat.txt", 17, 4),
    ],
)
def test_it_counts_what_the_readmes_and_file_names_say(name, messages, people):
    [conv] = parse(name)
    assert len(conv) == messages
    assert len(conv.participants) == people


def test_it_reorders_the_out_of_order_message_instead_of_a_negative_gap():
    [conv] = parse("more/chatanalytics__whatsapp_android_mdyy_24h_out_of_order_2A_5M.txt")
    assert [wall_iso(w)[11:16] for w in conv.wall] == ["12:00", "12:01", "12:02", "12:02", "12:03"]
    assert all(b >= a for a, b in zip(conv.utc, conv.utc[1:], strict=False))


def test_it_reads_the_zipped_copy_like_the_plain_one():
    [plain] = parse("more/chatanalytics__whatsapp_android_mdyy_24h_group_4A_11M.txt")
    [zipped] = parse("more/chatanalytics__whatsapp_android_zip_4A_11M.zip")
    assert (zipped.participants, zipped.utc, zipped.length) == (
        plain.participants,
        plain.utc,
        plain.length,
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "chatminer__whatsapp_android_mmddyyyy_12h_es_am_pm.txt",
            ["11:25", "20:49", "15:55", "10:10", "12:10", "22:01"],
        ),
        (
            "more/chatminer_hist__whatsapp_android_mdyyyy_nocomma_12h_pm_dots.txt",
            ["23:30", "21:34", "21:30", "11:30"],
        ),
        ("more/chatminer_hist__whatsapp_android_ddmmyy_12h_nbsp.txt", ["22:37"] * 3),
        (
            "more/chatminer_hist__whatsapp_brackets_ddmmyy_12h_seconds_pm.txt",
            ["23:37", "12:37", "13:37", "14:37"],
        ),
    ],
)
def test_it_puts_p_m_times_in_the_afternoon_and_evening(name, expected):
    [conv] = parse(name)
    assert [wall_iso(w)[11:16] for w in conv.wall] == expected


def test_it_reads_english_12_hour_exports():
    [android] = parse("more/whatsr__whatsapp_android_en_12h.txt")
    [ios] = parse("whatsr__whatsapp_ios_en_12h_brackets_seconds.txt")
    assert wall_iso(android.wall[0]) == "2018-01-29T12:24:00"  # 12:24 PM
    assert wall_iso(android.wall[2]) == "2018-01-29T23:33:00"  # 11:33 PM
    assert wall_iso(ios.wall[-1]) == "2018-01-30T00:23:03"  # the odd "00:23:03 AM"
    assert "2018-01-30T00:00:03" in [wall_iso(w) for w in ios.wall]  # 12:00:03 AM
    assert len(android) == len(ios) == 42


def test_it_reads_the_same_chat_in_four_whatsr_variants_alike():
    names = [
        "whatsr__whatsapp_android_de_24h_bom.txt",
        "more/whatsr__whatsapp_ios_de_24h_brackets_bom.txt",
        "more/whatsr__whatsapp_ios_de_12h_brackets_bom.txt",
        "more/whatsr__whatsapp_ios_en_24h_brackets_seconds.txt",
    ]
    shapes = set()
    for name in names:
        [conv] = parse(name)
        shapes.add((conv.participants, tuple(count_by_sender(conv))))
    assert shapes == {(("Mallory", "Dave", "Alice", "Bob", "Carol"), (1, 4, 13, 19, 5))}


def test_it_reads_telegram_exports_of_one_chat_and_of_all_data():
    [single] = parse("chatminer__telegram_single_export.json")
    [batch] = parse("more/chatminer__telegram_batch_export.json")
    assert single.participants == batch.participants == ("Author 1", "Author 2")
    assert list(single.utc) == list(batch.utc) == [1544006350, 1544006964]
    assert single.length[1] == len("Link:https://telegram.org/")


def test_it_reads_messenger_with_a_bom_newest_first():
    [conv] = parse("chatanalytics__messenger_2A_7M.json")
    assert conv.participants == ("Bob", "Alice")
    assert list(conv.utc) == sorted(conv.utc)


def count_by_sender(conv) -> list[int]:
    return [conv.sender.count(i) for i in range(len(conv.participants))]
