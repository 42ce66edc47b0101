"""Production's static storage points a JavaScript module's imports at the hashed names."""

import re
from pathlib import Path

from django.core.files.storage import FileSystemStorage

from securebase.core.staticfiles import StaticFilesStorage

PAUSE_STATIC = Path(__file__).resolve().parents[2] / "pause" / "static"
MODULES = ("pause/widget.js", "pause/pacer.js", "pause/surf-timer.js")


def test_each_exercise_script_imports_the_hashed_widget_it_was_written_with(tmp_path):
    storage = StaticFilesStorage(location=tmp_path, base_url="/static/")
    source = FileSystemStorage(location=PAUSE_STATIC)
    for name in MODULES:
        with source.open(name) as file:
            storage.save(name, file)
    problems = [
        result
        for _, _, result in storage.post_process({n: (source, n) for n in MODULES})
        if isinstance(result, Exception)
    ]
    assert problems == []
    widget = storage.stored_name("pause/widget.js")
    assert re.fullmatch(r"pause/widget\.[0-9a-f]{12}\.js", widget)
    for script in ("pause/pacer.js", "pause/surf-timer.js"):
        text = (tmp_path / storage.stored_name(script)).read_text()
        assert f'from "./{Path(widget).name}"' in text, script
        assert 'from "./widget.js"' not in text
