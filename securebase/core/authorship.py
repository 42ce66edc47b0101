"""Who wrote a form that arrives after its writer's session has ended.

Forms that keep words sent while signed out (journal, check-ins) carry a signed token naming
their writer. The words are offered back only to that same person after they sign in, never
to whoever signs in next on a shared device.
"""

from __future__ import annotations

from django.core import signing

SALT = "securebase.draft-author"
FIELD = "draft_author"


def author_token(user) -> str:
    """A tamper-proof token naming ``user``, for a hidden form field."""
    return signing.dumps(user.pk, salt=SALT)


def same_author(token: str | None, user) -> bool:
    """True when ``token`` (from a form) was made for ``user``; False for anything else."""
    if not token or not getattr(user, "is_authenticated", False):
        return False
    try:
        return signing.loads(token, salt=SALT) == user.pk
    except signing.BadSignature:
        return False
