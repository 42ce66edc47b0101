"""The care team's pieces on other apps' pages (declared in CareConfig.page_slots)."""

from __future__ import annotations

from django.template.loader import render_to_string

from securebase.accounts.guards import is_client
from securebase.care import homework, queries


def journal_entry(request, *, entry) -> str:
    """On a client's journal entry: share this one entry with each clinician, or stop."""
    sharing = queries.entry_sharing(request.user, entry)
    if not sharing:
        return ""
    return render_to_string(
        "care/_share_entry.html", {"entry": entry, "sharing": sharing}, request=request
    )


def clinic_booking(request, *, booking) -> str:
    """On a consultation the clinician sees: invite the person to the app by their email."""
    if not queries.is_clinician(request.user):
        return ""
    return render_to_string("care/_invite_from_booking.html", {"booking": booking}, request=request)


def client_home(request) -> str:
    """On a client's home: their homework, and the way to "who can see what"."""
    user = request.user
    if not is_client(user):
        return ""
    connected = queries.sharing_on_page(request)
    # Homework comes only from active relationships: with none, there is nothing to look up.
    assignments = homework.describe_all(list(queries.homework_for(user)[:20])) if connected else []
    return render_to_string(
        "care/_home_card.html",
        {"assignments": assignments, "connected": connected},
        request=request,
    )
