"""bin/serve-production (gunicorn with gunicorn.conf.py) runs Django's checks before it serves."""

# These tests run the project's own script against loopback.
# ruff: noqa: S603

from __future__ import annotations

import importlib.util
import os
import subprocess
from pathlib import Path

from tests.commands.test_readme_commands import ROOT, _free_port, _plain_env


def test_it_refuses_to_start_several_servers_on_a_key_file_from_var(tmp_path: Path):
    env = _plain_env(
        tmp_path,
        DEBUG="false",
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="127.0.0.1",
        SEVERAL_SERVERS="true",
    )
    env.pop("FIELD_ENCRYPTION_KEYS", None)

    result = subprocess.run(
        [ROOT / "bin" / "serve-production", "--bind", f"127.0.0.1:{_free_port()}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode != 0
    assert "securebase.E002" in result.stderr + result.stdout
    assert not (tmp_path / "var" / "field-encryption.key").exists()


def test_each_worker_starts_the_risk_encoder_before_it_serves(monkeypatch):
    # The encoder cannot be inherited from the master (its threads do not survive the fork),
    # so each worker starts it in post_worker_init rather than on someone's first screen.
    from securebase.core.risk import encoder

    started = []
    monkeypatch.setattr(encoder, "load_encoder", lambda: started.append(os.getpid()))
    spec = importlib.util.spec_from_file_location("gunicorn_conf", ROOT / "gunicorn.conf.py")
    conf = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(conf)

    conf.post_worker_init(worker=None)

    assert started == [os.getpid()]
