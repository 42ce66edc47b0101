"""The command-line report, without Django (`python -m securebase.chat_analysis`)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from securebase.chat_analysis.cli import main, run

FIXTURES = Path(__file__).parent / "fixtures"
SAM = str(FIXTURES / "WhatsApp Chat with Sam.txt")


def report(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    import argparse

    from securebase.chat_analysis.cli import add_arguments

    parser = argparse.ArgumentParser()
    add_arguments(parser)
    run(parser.parse_args(list(args)), out=out)
    return 0, out.getvalue()


def test_it_prints_json_with_the_hand_worked_numbers():
    code, out = report(SAM, "--json", "--tz", "UTC", "--as-of", "2024-03-16T09:00:00")
    assert code == 0
    data = json.loads(out)
    assert (data["me"], data["them"]) == ("Robin", "Sam")  # Sam named by the file name
    assert data["messages"] == {"me": 5, "them": 5}
    assert data["their_replies"]["day"]["count"] == 3
    assert data["their_replies"]["day"]["median"] is None  # fewer than 5 replies
    assert data["my_replies"]["overnight"]["count"] == 1
    assert data["current_silence"] is None
    assert data["reassurance"]["total"] == 1
    assert data["as_of"] == "2024-03-16T09:00:00+00:00"


def test_it_prints_a_readable_text_report():
    code, out = report(SAM, "--me", "robin", "--tz", "UTC")
    assert code == 0
    assert "Their replies:" in out
    assert "daytime:   3 replies: too few to say what is usual (5 needed)" in out


def test_it_says_who_to_pick_in_a_group(capsys):
    code = main([str(FIXTURES / "android_24h_dmy.txt"), "--me", "Maya"])
    assert code == 1
    assert "group chat" in capsys.readouterr().err


def test_it_prints_the_import_error_for_a_bad_file(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main([str(empty)]) == 1
    assert "The file is empty" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("make", "args", "says"),
    [
        (lambda tmp: tmp, [], "is a folder"),
        (lambda tmp: (os.mkfifo(tmp / "pipe"), tmp / "pipe")[1], [], "not a regular file"),
        (lambda tmp: SAM, ["--max-mb", "nan"], "--max-mb must be a positive number"),
        (lambda tmp: SAM, ["--max-mb", "-5"], "--max-mb must be a positive number"),
        (lambda tmp: SAM, ["--max-mb", "0"], "--max-mb must be a positive number"),
        (lambda tmp: tmp / "missing.txt", [], "No such file"),
    ],
    ids=["folder", "fifo", "nan", "negative", "zero", "missing"],
)
def test_it_refuses_what_it_cannot_read_with_a_message_and_status(
    tmp_path, capsys, make, args, says
):
    target = make(tmp_path)
    assert main([str(target), *args]) == 2  # returns at once: a pipe is never opened
    err = capsys.readouterr().err
    assert says in err
    assert "Traceback" not in err


def test_the_management_command_exits_with_the_same_status(tmp_path):
    with pytest.raises(CommandError) as raised:
        call_command("analyze_chat", str(tmp_path))
    assert raised.value.returncode == 2
    assert "is a folder" in str(raised.value)


# manage.py runs analyze_chat before Django's start-up; what it prints must not differ.
ROOT = Path(__file__).resolve().parents[3]


def _manage(*args: str, **environ: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DEBUG": "true", **environ}
    return subprocess.run(  # noqa: S603 - our own manage.py, arguments from this test
        [sys.executable, "-X", "importtime", "manage.py", "analyze_chat", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_manage_py_prints_the_same_report_as_the_command_without_starting_django():
    args = [SAM, "--json", "--tz", "UTC", "--as-of", "2024-05-01T21:30"]
    ran = _manage(*args)
    assert ran.returncode == 0, ran.stderr
    out = io.StringIO()
    call_command("analyze_chat", *args, stdout=out)
    assert json.loads(ran.stdout) == json.loads(out.getvalue())
    imported = {line.rsplit("|", 1)[-1].strip() for line in ran.stderr.splitlines()}
    # No app's models were loaded, nor Django's settings machinery (asyncio and the rest):
    # the settings module is read directly (the next test checks its defaults are used).
    assert "django.db.models" not in imported
    assert "django.contrib.admin.sites" not in imported
    assert "django.conf" not in imported
    assert "asyncio" not in imported


def test_manage_py_takes_its_defaults_from_the_settings_as_the_command_does(settings):
    # Without --tz the export's local times are read in the practice's time zone: a change
    # of zone moves the reply-time heatmap's hours.
    args = [SAM, "--json", "--as-of", "2024-05-01T21:30"]
    reports = []
    for zone in ("Asia/Tokyo", "America/New_York"):
        ran = _manage(*args, PRACTICE_TIME_ZONE=zone)
        assert ran.returncode == 0, ran.stderr
        settings.PRACTICE_TIME_ZONE = zone
        out = io.StringIO()
        call_command("analyze_chat", *args, stdout=out)
        assert json.loads(ran.stdout) == json.loads(out.getvalue()), zone
        reports.append(ran.stdout)
    assert reports[0] != reports[1]


def test_manage_py_reports_an_error_as_a_command_error_with_its_status(tmp_path):
    ran = _manage(str(tmp_path))
    assert ran.returncode == 2
    assert ran.stderr.splitlines()[-1].startswith("CommandError: ")
    assert "is a folder" in ran.stderr
    assert "Traceback" not in ran.stderr
