"""Who is asking, for the limits on what one client may do.

Login failures are counted by django-axes (see securebase/accounts/throttling.py), which reads
the client's address through `client_ip`.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest

from securebase.core.addresses import client_address


def client_ip(request: HttpRequest) -> str:
    """The visitor's address, reading X-Forwarded-For only as far as the settings trust it."""
    return client_address(
        request.META.get("REMOTE_ADDR", ""),
        request.META.get("HTTP_X_FORWARDED_FOR", ""),
        trusted_hops=settings.TRUSTED_PROXY_COUNT,
        trusted_networks=settings.TRUSTED_PROXY_NETWORKS,
    )
