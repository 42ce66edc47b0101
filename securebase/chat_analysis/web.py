"""Settings the web pages and the command share."""

from __future__ import annotations

from django.conf import settings

DEFAULT_MAX_UPLOAD_BYTES = 200_000_000


def max_upload_bytes() -> int:
    """The upload limit: CHAT_ANALYSIS_MAX_UPLOAD_BYTES, 200 MB unless configured."""
    return int(getattr(settings, "CHAT_ANALYSIS_MAX_UPLOAD_BYTES", DEFAULT_MAX_UPLOAD_BYTES))
