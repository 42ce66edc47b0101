"""The records app's listeners (declared in RecordsConfig.hooks; see core/hooks.py)."""

from __future__ import annotations

from datetime import datetime

from securebase.records import services


def consultation_completed(*, booking, now: datetime) -> None:
    """A consultation was marked completed: send the intake packet if the practice asks to."""
    services.send_packet_after_consultation(booking=booking, now=now)


def warm_up():
    """Load the PDF writer, which the signed-copy download imports on its first use; returns
    the function that writes a signed copy."""
    from securebase.records import pdf

    return pdf.signed_pdf
