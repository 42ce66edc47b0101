"""The commands the README names work as written on a checkout, with no settings exported."""

# These tests run the project's own scripts and the README's own lines (redirection included)
# against a loopback server they start themselves.
# ruff: noqa: S602, S603

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT.parent / "shared" / "chat-samples"


def _plain_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment of someone who just cloned the repository: no project settings."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DEBUG", "SECRET_KEY", "DATABASE_URL", "SITE_URL", "ADDRESS", "REDIS_URL"}
        and not key.startswith(("DJANGO_", "PYTEST_"))
    }
    env["SECUREBASE_VAR_DIR"] = str(tmp_path / "var")
    env.update(extra)
    return env


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_it_serves_on_the_address_given_and_links_follow_it(tmp_path):
    port = _free_port()
    address = f"127.0.0.1:{port}"
    proc = subprocess.Popen(
        [str(ROOT / "bin" / "serve")],
        cwd=ROOT,
        env=_plain_env(tmp_path, ADDRESS=address),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    lines: list[str] = []
    try:
        deadline = time.monotonic() + 120
        assert proc.stdout is not None
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            lines.append(line)
            if line.startswith("Serving on"):
                break
        assert f"Serving on http://{address} " in "".join(lines)
        body = ""
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://{address}/", timeout=5) as response:
                    body = response.read().decode()
                break
            except OSError:
                time.sleep(0.3)
        assert "988" in body
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        # Everything printed up to the first page served: the newcomer's first screen.
        rest, _ = proc.communicate(timeout=30)
    output = "".join(lines) + rest
    assert "Starting development server" in rest  # the server's own lines are read too
    assert "setuptools" not in output and "Editable installation" not in output
    assert "Applying " not in output
    assert "StatReloader" not in output and "Watching for file changes" not in output
    assert "Traceback" not in output


def test_it_builds_absolute_links_from_the_served_address(tmp_path):
    result = subprocess.run(
        [
            str(ROOT / "bin" / "manage"),
            "shell",
            "-c",
            "from django.conf import settings; print(settings.SITE_URL)",
        ],
        cwd=ROOT,
        env=_plain_env(tmp_path, ADDRESS="127.0.0.1:8101"),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert result.stdout.strip().splitlines()[-1] == "http://127.0.0.1:8101"


def _readme_command(name: str) -> str:
    readme = (ROOT / "README.md").read_text()
    match = re.search(rf"`(bin/manage {name}[^`]*)`", readme)
    assert match, f"the README names no `bin/manage {name}` line"
    return match.group(1)


def test_the_readme_screen_text_line_works(tmp_path):
    command = _readme_command("screen_text")
    review = tmp_path / "phrases.txt"
    review.write_text("I want to kill myself\nI had a calm day\n")
    command = command.replace("phrases.txt", str(review))
    result = subprocess.run(
        command,
        shell=True,
        cwd=ROOT,
        env=_plain_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["risk", "none"]


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="the shared chat samples are not beside the repo")
def test_the_readme_analyze_chat_line_works(tmp_path):
    command = _readme_command("analyze_chat")
    sample = SAMPLES / "rwhatsapp__whatsapp_android_ddmmyyyy_24h_sample.txt"
    # The README's line, with its placeholder filled in and its optional flags left out.
    command = command.split(" [", 1)[0].replace("FILE", str(sample))
    result = subprocess.run(
        command,
        shell=True,
        cwd=ROOT,
        env=_plain_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout.strip()
