"""Fixed keys for demo rows, so that seeding the demo again refreshes the same rows.

Each demo row is found again by a UUID made from a readable name ("checkin-3"), never by a
random one: running ``seed_demo`` twice leaves the same number of rows, moved to today's dates.
"""

from __future__ import annotations

import uuid

_NAMESPACE = uuid.UUID("6f1c2b7e-1b1e-4c1a-9d8e-5ecb0a5e0016")


def demo_key(name: str) -> uuid.UUID:
    """The UUID a demo row named ``name`` always has (the same on every machine)."""
    return uuid.uuid5(_NAMESPACE, name)
