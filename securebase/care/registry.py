"""What other apps add to the care team's pages, registered from their AppConfig.ready().

- ``register_panel(area, template=..., context=..., requires=())``: a block on the clinician's
  client page for one area, drawn only while the app defining ``context`` and the apps in
  ``requires`` are installed (every registration below likewise follows its app).
  ``context(client, *, tz, now, memo, **_)`` reads the client's data (the caller has already
  checked the grant and writes the audit row) and returns the template's context; ``memo`` is
  a dict shared by the panels of one page, to build a shared summary once. The
  built-in panels (panels.py) register the same way; measures can add its questionnaires to
  the assessments area, and the safety-plan app its plan to the safety-plan area.
- ``register_area(area)``: a new area that clients can switch on per clinician.
- ``register_caseload_facts(kind, func)``: ``func(clinician, client_ids)`` returns
  ``{client_id: [short text, ...]}`` for the caseload's "questionnaires due" (``DUE``),
  "latest questionnaires" (``SCORES``) or "safety markers" (``MARKERS``) column. It must run
  a fixed number of queries however many clients there are, and only for clients who share
  the area it reads (see ``queries.clients_sharing``). A ``func`` that takes ``memo`` gets a
  dict shared by the columns of one page, so what two columns read is read once.
- ``register_shared_records(area, keep)``: rows of the client's that a clinician could see
  through ``area`` become records of care. When a client's account is closed,
  ``keep(client, *, until, name, email)`` is called with the end of the last period the area
  was shared (``until``); it marks the rows taken up to then as kept with ``name`` and
  ``email`` (see ``KeptRecord.otherwise``) and returns how many.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass

from django.apps import apps

from securebase.care.areas import Area, offered_areas

DUE = "due"
MARKERS = "markers"
SCORES = "scores"


def _owner(func: Callable) -> tuple[str, ...]:
    """The installed app whose module defines ``func``: what it needs to stay installed."""
    config = apps.get_containing_app_config(func.__module__)
    return (config.name,) if config is not None else ()


def _installed(required: tuple[str, ...]) -> bool:
    return all(apps.is_installed(app) for app in required)


def _takes_memo(func: Callable) -> bool:
    parameters = inspect.signature(func).parameters.values()
    return any(p.name == "memo" or p.kind is p.VAR_KEYWORD for p in parameters)


@dataclass(frozen=True)
class Panel:
    area: str
    template: str
    context: Callable[..., dict]
    requires: tuple[str, ...] = ()  # apps that must be installed for it to be drawn

    def build(self, client, *, tz, now, memo: dict) -> dict:
        """The panel's context; ``memo`` goes only to a function that takes it."""
        if _takes_memo(self.context):
            return self.context(client, tz=tz, now=now, memo=memo)
        return self.context(client, tz=tz, now=now)


_extra_areas: list[Area] = []
_panels: dict[str, list[Panel]] = {}
_shared_records: dict[str, list[Callable[..., int]]] = {}
_caseload_facts: dict[str, list[Callable[..., dict[int, list[str]]]]] = {
    DUE: [],
    MARKERS: [],
    SCORES: [],
}


def register_area(area: Area) -> None:
    if all(a.key != area.key for a in _extra_areas):
        _extra_areas.append(area)


def register_panel(
    area: str, *, template: str, context: Callable[..., dict], requires: tuple[str, ...] = ()
) -> None:
    panels = _panels.setdefault(area, [])
    if all(p.template != template for p in panels):
        panels.append(Panel(area, template, context, (*_owner(context), *requires)))


def register_shared_records(area: str, keep: Callable[..., int]) -> None:
    keepers = _shared_records.setdefault(area, [])
    if keep not in keepers:
        keepers.append(keep)


def register_caseload_facts(kind: str, func: Callable[..., dict[int, list[str]]]) -> None:
    if func not in _caseload_facts[kind]:
        _caseload_facts[kind].append(func)


def areas() -> tuple[Area, ...]:
    """Every area a client can switch on here: the installed built-ins, then registered ones."""
    installed = [config.name for config in apps.get_app_configs()]
    return offered_areas(installed) + tuple(_extra_areas)


def area(key: str) -> Area | None:
    return next((a for a in areas() if a.key == key), None)


def panels_for(area_key: str) -> list[Panel]:
    """The panels of ``area_key`` whose required apps are installed now."""
    return [panel for panel in _panels.get(area_key, ()) if _installed(panel.requires)]


def caseload_facts(kind: str) -> list[Callable[..., dict[int, list[str]]]]:
    """The providers of one caseload column whose apps are installed now."""
    return [func for func in _caseload_facts[kind] if _installed(_owner(func))]


def caseload_facts_for(
    func: Callable[..., dict[int, list[str]]], clinician, client_ids: list[int], *, memo: dict
) -> dict[int, list[str]]:
    """What one provider of a caseload column gives; ``memo`` only to a ``func`` that takes it."""
    if _takes_memo(func):
        return func(clinician, client_ids, memo=memo)
    return func(clinician, client_ids)


def shared_records() -> dict[str, list[Callable[..., int]]]:
    """Per area, the ``keep`` functions of the apps installed now."""
    return {
        key: [keep for keep in keepers if _installed(_owner(keep))]
        for key, keepers in _shared_records.items()
    }
