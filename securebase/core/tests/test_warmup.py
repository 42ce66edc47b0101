"""The server's first process loads what its workers need and freezes it before forking."""

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.template import engines

from securebase.core import risk, warmup

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def unfreeze():
    yield
    gc.unfreeze()


def test_the_project_templates_are_listed_and_third_party_ones_are_not():
    names = warmup.project_template_names()
    assert "base.html" in names
    assert "checkins/trends.html" in names
    assert "measures/email/waiting.txt" in names
    # Only the project's own: Django's admin templates are not listed, the site's one
    # override of them is.
    assert "admin/base_site.html" in names
    assert "admin/change_form.html" not in names
    assert names == sorted(set(names))


def test_preparing_compiles_every_template_calls_the_hooks_and_freezes(monkeypatch, unfreeze):
    compiled, hooks = [], []
    engine = engines["django"]
    real_get_template = engine.get_template
    monkeypatch.setattr(engine, "get_template", lambda name: compiled.append(name))
    monkeypatch.setattr(warmup, "call_hooks", lambda name, **facts: hooks.append(name))
    gc.unfreeze()
    risk.rules_for.cache_clear()

    count = warmup.prepare_workers()

    assert risk.rules_for.cache_info().currsize == len(risk.LANGUAGES)  # compiled ahead
    assert compiled == warmup.project_template_names()
    assert count == len(compiled)
    assert hooks == ["warm_up"]
    assert gc.get_freeze_count() > 0
    assert gc.isenabled()
    # Every listed template really compiles on its own.
    monkeypatch.setattr(engine, "get_template", real_get_template)
    for name in compiled:
        real_get_template(name)


def test_a_template_that_does_not_compile_is_skipped_and_the_server_still_starts(
    monkeypatch, unfreeze, caplog
):
    from django.template import TemplateSyntaxError

    names = warmup.project_template_names()

    def get_template(name):
        if name == "base.html":
            raise TemplateSyntaxError("'care_tags' is not a registered tag library")

    monkeypatch.setattr(engines["django"], "get_template", get_template)
    monkeypatch.setattr(warmup, "call_hooks", lambda name, **facts: None)

    assert warmup.prepare_workers() == len(names) - 1
    assert "Template base.html not compiled ahead: TemplateSyntaxError" in caplog.text


def test_every_warm_up_hook_names_a_function_that_runs():
    from django.apps import apps
    from django.utils.module_loading import import_string

    declared = [
        config.hooks["warm_up"]
        for config in apps.get_app_configs()
        if "warm_up" in getattr(config, "hooks", {})
    ]
    assert len(declared) >= 3
    for dotted in declared:
        assert import_string(dotted)() is not None


def test_a_worker_forked_after_preparing_finds_pages_ready_and_little_to_collect(tmp_path):
    """In a fresh interpreter: prepare, then count what the collector still tracks."""
    script = (
        "import gc, django, os\n"
        "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'securebase.settings')\n"
        "django.setup()\n"
        "from securebase.core.warmup import prepare_workers\n"
        "prepare_workers()\n"
        "from django.template import engines\n"
        "loader = engines['django'].engine.template_loaders[0]\n"
        "cached = getattr(loader, 'get_template_cache', None)\n"
        "if cached is None:\n"
        "    cached = loader.loaders[0].get_template_cache\n"
        "print(len(gc.get_objects()), gc.get_freeze_count(), len(cached))\n"
    )
    result = subprocess.run(  # noqa: S603 (our own interpreter, fixed arguments)
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**os.environ, "DEBUG": "1", "SECUREBASE_VAR_DIR": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    tracked, frozen, cached = map(int, result.stdout.split()[-3:])
    assert frozen > 50_000
    assert tracked < 1_000
    assert cached >= len(warmup.project_template_names())


def test_starting_the_site_compiles_no_risk_rule(tmp_path):
    """A command (a reminder run, a chat analysis) starts without compiling the risk rules;
    the first screen compiles them."""
    code = (
        "import sys, django; django.setup(); "
        "assert 'securebase.core.risk.rules_en' not in sys.modules, 'compiled at start'; "
        "from securebase.core.risk import screen_text; "
        "assert screen_text('I want to kill myself').matched; "
        "assert screen_text('ya no quiero vivir, me quiero morir').language == 'es'; "
        "assert 'securebase.core.risk.rules_es' in sys.modules"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "securebase.settings"}
    env.update(SECRET_KEY="test-only", SECUREBASE_VAR_DIR=str(tmp_path))
    command = [sys.executable, "-c", code]
    subprocess.run(command, check=True, env=env, cwd=ROOT, timeout=120)  # noqa: S603 - our own code


def test_a_command_starts_without_the_pdf_writer_or_the_booking_services(tmp_path):
    """Setting Django up (the admin loads every app's admin module) and loading the URLs, as a
    reminder run does for its links, leaves fpdf2 and the booking services' emails, calendar
    files and risk screen unloaded; preparing a server's workers loads the PDF writer."""
    code = (
        "import sys, django; django.setup(); "
        "assert 'securebase.bookings.services' not in sys.modules, 'booking services at setup'; "
        "from django.urls import get_resolver; get_resolver().url_patterns; "
        "assert 'fpdf' not in sys.modules, 'fpdf with the URLs'; "
        "from securebase.core.warmup import prepare_workers; prepare_workers(); "
        "assert 'securebase.records.pdf' in sys.modules, 'not warmed up'"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "securebase.settings"}
    env.update(SECRET_KEY="test-only", SECUREBASE_VAR_DIR=str(tmp_path), DEBUG="1")
    command = [sys.executable, "-c", code]
    subprocess.run(command, check=True, env=env, cwd=ROOT, timeout=120)  # noqa: S603 - our own code
