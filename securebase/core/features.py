"""What each installed feature app adds to the shared pages, gathered from its ``AppConfig``.

A feature app (check-ins, the journal, bookings...) declares, as class attributes of its
``AppConfig``:

- ``url_prefix``: where its ``urls.py`` is mounted (``"journal/"``); ``securebase/urls.py``
  includes it only while the app is installed;
- ``nav_entries``: a tuple of :class:`NavEntry`, the links it adds to the main navigation;
- ``home_cards``: a tuple of :class:`HomeCard`, the cards it adds to a client's space
  (``home=CLIENT_HOME``) or to the clinic home (``home=CLINIC_HOME``);
- ``clinic_glance``: the dotted path of a function ``(viewer, *, now) -> list[Glance]``, what
  needs the clinician's attention today (the clinic home's "your day at a glance").

The site shell (``base.html``, the dashboard) renders whatever the installed apps declare, so
removing an app from ``INSTALLED_APPS`` removes its feature and leaves every other page working.

Words people read (a label, a card's title and text, a glance's title) are declared with
``gettext_lazy`` in the app (``NavEntry(_("Journal"), ...)``) and marked in its own catalog;
``nav_links`` and ``home_cards`` turn them into text when a page asks, in the page's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.apps import apps
from django.urls import include, path, reverse
from django.utils.functional import Promise
from django.utils.module_loading import import_string

# A label as an app declares it: plain text, or ``gettext_lazy`` text translated when shown.
Text = str | Promise

VISITOR = "visitor"
CLIENT = "client"
CLINICIAN = "clinician"
STAFF = "staff"
EVERYONE = frozenset({VISITOR, CLIENT, CLINICIAN, STAFF})
# Visitors see what clients use, so that they can learn what it is and sign up for it.
CLIENTS_AND_VISITORS = frozenset({VISITOR, CLIENT})
# Clinicians only: practice staff have no caseload (``accounts.guards.clinicians_only``).
CLINICIANS = frozenset({CLINICIAN})

CLIENT_HOME = "client"
CLINIC_HOME = "clinic"


@dataclass(frozen=True)
class Link:
    label: Text
    url_name: str


@dataclass(frozen=True)
class NavEntry:
    """One link in the main navigation; lower ``order`` comes first."""

    label: Text
    url_name: str
    order: int = 100
    audience: frozenset[str] = EVERYONE


@dataclass(frozen=True)
class HomeCard:
    """One card on a home page: a heading, a sentence and the links under it.

    ``audience`` works as for ``NavEntry``; ``staff_only`` means the admin flag ``is_staff``.
    """

    title: Text
    text: Text
    links: tuple[Link, ...]
    order: int = 100
    home: str = CLIENT_HOME
    staff_only: bool = False
    audience: frozenset[str] = EVERYONE


def declare_client_tool(
    title: Text,
    text: Text,
    links: dict[str, Text],
    *,
    nav_order: int,
    card_order: int,
    nav_label: Text | None = None,
    nav_audience: frozenset[str] = EVERYONE,
) -> tuple[tuple[NavEntry], tuple[HomeCard]]:
    """``nav_entries`` and ``home_cards`` for a tool clients use (a check-in, a pause...).

    The navigation entry, named ``nav_label`` (else ``title``), leads to the tool's start page,
    the first of ``links`` (URL name to label); the client's home gets one card with them all.
    Nothing is translated here: the app's lazy labels stay lazy until a page shows them.
    """
    label = title if nav_label is None else nav_label
    entry = NavEntry(label, next(iter(links)), order=nav_order, audience=nav_audience)
    card_links = tuple(Link(link_label, name) for name, link_label in links.items())
    return (entry,), (HomeCard(title, text, card_links, order=card_order),)


@dataclass(frozen=True)
class ResolvedLink:
    label: str
    url: str


@dataclass(frozen=True)
class ResolvedCard:
    title: str
    text: str
    links: tuple[ResolvedLink, ...]


def audience_of(user) -> str:
    """Which kind of viewer ``user`` is: a visitor, a client, a clinician or practice staff.

    Staff is the account's role, as for ``clinicians_only``: a clinician who may also use the
    admin (``is_staff``) is still a clinician.
    """
    if not getattr(user, "is_authenticated", False):
        return VISITOR
    if user.is_client:
        return CLIENT
    return CLINICIAN if user.is_clinician else STAFF


def _declared(attribute: str) -> list:
    found = []
    for config in apps.get_app_configs():
        found.extend(getattr(config, attribute, ()))
    return found


def nav_links(user) -> list[ResolvedLink]:
    """The main navigation for ``user``: every installed app's entries meant for them."""
    kind = audience_of(user)
    entries = sorted(
        (e for e in _declared("nav_entries") if kind in e.audience), key=lambda e: e.order
    )
    return [ResolvedLink(str(e.label), reverse(e.url_name)) for e in entries]


def home_cards(user, home: str) -> list[ResolvedCard]:
    """The cards installed apps add to ``home`` (``CLIENT_HOME`` or ``CLINIC_HOME``)."""
    staff = bool(getattr(user, "is_staff", False))
    kind = audience_of(user)
    cards = sorted(
        (
            c
            for c in _declared("home_cards")
            if c.home == home and (staff or not c.staff_only) and kind in c.audience
        ),
        key=lambda c: c.order,
    )
    return [
        ResolvedCard(
            str(c.title),
            str(c.text),
            tuple(ResolvedLink(str(x.label), reverse(x.url_name)) for x in c.links),
        )
        for c in cards
    ]


@dataclass(frozen=True)
class GlanceItem:
    """One line of a glance: what it is, and where to deal with it."""

    text: str
    url: str


@dataclass(frozen=True)
class Glance:
    """One part of the clinic home's day at a glance: a heading, a few items, and the page
    where the whole list lives. ``empty`` is what the part says when nothing needs attention.
    """

    title: str
    items: tuple[GlanceItem, ...]
    empty: str
    more: ResolvedLink
    order: int = 100
    # Shown first and marked when it has items: something that must not wait (safety).
    urgent: bool = False


def clinic_glance(user, *, now: datetime) -> list[Glance]:
    """What every installed app says needs ``user``'s (a clinician's) attention, in order.

    Each app's provider runs its own fixed number of queries, so the clinic home costs the
    same whatever the size of the practice.
    """
    found: list[Glance] = []
    for config in apps.get_app_configs():
        provider = getattr(config, "clinic_glance", None)
        if provider:
            found.extend(import_string(provider)(user, now=now))
    return sorted(found, key=lambda g: (not (g.urgent and g.items), g.order))


def feature_urls() -> list:
    """URL patterns of every installed app that declares a ``url_prefix``, in app order."""
    return [
        path(config.url_prefix, include(f"{config.name}.urls"))
        for config in apps.get_app_configs()
        if getattr(config, "url_prefix", None) is not None
    ]
