"""The care team's part of a person's data export.

For a client: their relationships, every grant with when it was turned on and off, their
homework, and every audit row about them (who looked at what, when). For a clinician: the
invitations they sent and the relationships they were in (no client data).
"""

from __future__ import annotations

from securebase.care import registry
from securebase.care.models import Assignment, CareRelationship, Grant, Invitation
from securebase.privacy.models import AuditEvent


def _area_label(key: str) -> str:
    area = registry.area(key)
    return area.label if area else key.replace("_", " ")


def _when(moment) -> str | None:
    return moment.isoformat() if moment else None


def export_user_data(user) -> dict:
    relationships = CareRelationship.objects.filter(client=user).select_related("clinician")
    return {
        "relationships": [
            {
                "clinician": rel.clinician.get_full_name(),
                "clinician_email": rel.clinician.email,
                "started_at": _when(rel.started_at),
                "ended_at": _when(rel.ended_at),
                "ended_by": rel.ended_by,
                "grants": [
                    {
                        "area": "Journal entry" if grant.entry_id else _area_label(grant.area),
                        "journal_entry_written_at": _when(grant.entry.created_at)
                        if grant.entry_id
                        else None,
                        "turned_on_at": _when(grant.granted_at),
                        "turned_off_at": _when(grant.revoked_at),
                        "turned_off_because": grant.get_closed_because_display()
                        if grant.revoked_at
                        else None,
                    }
                    for grant in Grant.objects.filter(relationship=rel)
                    .select_related("entry")
                    .order_by("granted_at", "pk")
                ],
                "homework": [
                    {
                        "kind": a.get_kind_display(),
                        "target": a.target,
                        "note": a.note,
                        "due_on": a.due_on.isoformat() if a.due_on else None,
                        "assigned_at": _when(a.assigned_at),
                        "done_at": _when(a.done_at),
                        "done_how": a.get_done_how_display() if a.done_at else None,
                    }
                    for a in Assignment.objects.filter(relationship=rel).order_by("assigned_at")
                ],
            }
            for rel in relationships
        ],
        "access_log": [
            {
                "at": _when(event.at),
                "who": event.viewer_email,
                "what": event.action,
                "where": event.detail,
            }
            for event in AuditEvent.objects.filter(subject=user).order_by("at", "pk")
        ],
        "invitations_sent": [
            {
                "email": inv.email,
                "sent_at": _when(inv.created_at),
                "status": inv.get_status_display(),
            }
            for inv in Invitation.objects.filter(clinician=user).order_by("created_at")
        ],
        "clients": [
            {
                "client_email": rel.client.email if rel.client else rel.client_email,
                "started_at": _when(rel.started_at),
                "ended_at": _when(rel.ended_at),
            }
            for rel in CareRelationship.objects.filter(clinician=user).select_related("client")
        ],
    }
