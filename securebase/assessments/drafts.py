"""Questionnaire state kept in the visitor's session: answers in progress and a finished result
waiting to be saved.

Nothing here touches the database: an anonymous visitor's answers live only in their session
and disappear with it. The session is passed in as a mapping; every change reassigns the top
key so Django notices the session changed.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from datetime import datetime

SESSION_KEY = "assessments"
# How many finished runs to remember for recognizing a repeated "finish" submission.
REMEMBERED_RUNS = 10


@dataclass(frozen=True)
class Draft:
    instrument: str
    run_id: uuid.UUID
    answers: dict[int, int]


@dataclass(frozen=True)
class PendingResult:
    """A finished, scored questionnaire of someone without a saved history (yet)."""

    instrument: str
    run_id: uuid.UUID
    answers: dict[int, int]
    taken_at: datetime
    # The language the items were shown in.
    language: str = "en"


def _state(session: Mapping) -> dict:
    state = session.get(SESSION_KEY)
    return dict(state) if isinstance(state, dict) else {}


def _save(session: MutableMapping, state: dict) -> None:
    session[SESSION_KEY] = state


def _answers(raw: object) -> dict[int, int]:
    if not isinstance(raw, dict):
        return {}
    return {int(k): int(v) for k, v in raw.items()}


def get_draft(session: Mapping, slug: str) -> Draft | None:
    """The answers in progress for instrument `slug`, or None if none were started."""
    entry = _state(session).get("drafts", {}).get(slug)
    if not entry:
        return None
    return Draft(
        instrument=slug, run_id=uuid.UUID(entry["run"]), answers=_answers(entry["answers"])
    )


def start_draft(session: MutableMapping, slug: str) -> Draft:
    """Return the draft for `slug`, starting an empty one (with a fresh run id) if needed."""
    draft = get_draft(session, slug)
    if draft is not None:
        return draft
    draft = Draft(instrument=slug, run_id=uuid.uuid4(), answers={})
    _write_draft(session, draft)
    return draft


def save_answers(session: MutableMapping, slug: str, answers: Mapping[int, int]) -> Draft:
    """Merge `answers` (already validated) into the draft for `slug`; later answers win."""
    draft = start_draft(session, slug)
    merged = {**draft.answers, **answers}
    draft = Draft(instrument=slug, run_id=draft.run_id, answers=merged)
    _write_draft(session, draft)
    return draft


def discard_draft(session: MutableMapping, slug: str) -> None:
    """Forget the answers in progress for `slug` (finished, or started over)."""
    state = _state(session)
    drafts = dict(state.get("drafts", {}))
    if drafts.pop(slug, None) is not None:
        state["drafts"] = drafts
        _save(session, state)


def _write_draft(session: MutableMapping, draft: Draft) -> None:
    state = _state(session)
    drafts = dict(state.get("drafts", {}))
    drafts[draft.instrument] = {
        "run": str(draft.run_id),
        "answers": {str(k): v for k, v in sorted(draft.answers.items())},
    }
    state["drafts"] = drafts
    _save(session, state)


def set_pending(session: MutableMapping, pending: PendingResult) -> None:
    """Keep one finished result in the session until it is saved or replaced."""
    state = _state(session)
    state["pending"] = {
        "instrument": pending.instrument,
        "run": str(pending.run_id),
        "answers": {str(k): v for k, v in sorted(pending.answers.items())},
        "taken_at": pending.taken_at.isoformat(),
        "language": pending.language,
    }
    _save(session, state)


def get_pending(session: Mapping) -> PendingResult | None:
    """The finished result waiting in this session, or None."""
    entry = _state(session).get("pending")
    if not entry:
        return None
    return PendingResult(
        instrument=entry["instrument"],
        run_id=uuid.UUID(entry["run"]),
        answers=_answers(entry["answers"]),
        taken_at=datetime.fromisoformat(entry["taken_at"]),
        language=entry.get("language", "en"),
    )


def clear_pending(session: MutableMapping) -> None:
    """Forget the waiting result (it was saved, or the visitor moved on)."""
    state = _state(session)
    if state.pop("pending", None) is not None:
        _save(session, state)


def remember_finished(session: MutableMapping, run_id: uuid.UUID, result_id: int | None) -> None:
    """Note that run `run_id` is finished (and saved as `result_id`, None if only pending)."""
    state = _state(session)
    finished = dict(state.get("finished", {}))
    finished[str(run_id)] = result_id
    # Dicts keep insertion order: drop the oldest runs.
    state["finished"] = dict(list(finished.items())[-REMEMBERED_RUNS:])
    _save(session, state)


def finished_run(session: Mapping, run: str) -> tuple[bool, int | None]:
    """Whether run `run` (as posted) already finished, and the saved result's id if any."""
    finished = _state(session).get("finished", {})
    if run in finished:
        return True, finished[run]
    return False, None
