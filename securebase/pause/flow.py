"""Where a pause in progress keeps its answers between steps.

A signed-in client's pause is a PauseSession row, and its steps live under /pause/<pk>/.
Anyone else — a visitor without an account, or a clinician trying the tool — keeps nothing on
the server: the answers so far travel with the page as an encrypted, short-lived ``f``
parameter, so the access log holds only ciphertext and the pause disappears with the tab.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from urllib.parse import urlencode

from cryptography.fernet import InvalidToken
from django.urls import reverse

from securebase.core import encryption
from securebase.pause.models import PauseSession

PARAM = "f"
# A pause is minutes long; six hours leaves room for a long urge-surf and a slow return.
CARRY_SECONDS = 6 * 60 * 60


class FlowExpired(Exception):
    """The anonymous pause's parameter is missing, tampered with, or too old."""


@dataclass(frozen=True)
class Carry:
    urge: str
    urge_before: int
    anxiety_before: int
    exercise: str = ""
    urge_after: int | None = None
    anxiety_after: int | None = None
    outcome: str = ""


def seal(carry: Carry) -> str:
    """Encrypt an anonymous pause's answers for the next URL."""
    return encryption.fernet().encrypt(json.dumps(asdict(carry)).encode()).decode("ascii")


def unseal(token: str | None) -> Carry:
    """Read an anonymous pause's answers back; FlowExpired if they cannot be trusted."""
    if not token:
        raise FlowExpired
    try:
        payload = json.loads(encryption.fernet().decrypt(token.encode("ascii"), ttl=CARRY_SECONDS))
        return Carry(**payload)
    except (InvalidToken, ValueError, TypeError, UnicodeError) as error:
        raise FlowExpired from error


@dataclass(frozen=True)
class Flow:
    """A pause in progress: either a saved session or an anonymous carry (never both)."""

    session: PauseSession | None = None
    carry: Carry | None = None

    @property
    def saved(self) -> bool:
        return self.session is not None

    @property
    def state(self) -> PauseSession | Carry:
        return self.session if self.session is not None else self.carry

    def url(self, step: str, /, *, exercise: str = "", **query) -> str:
        """The URL of ``step`` ("choose", "exercise", "after", "done") within this pause.

        ``exercise`` names the exercise page for "exercise", and is passed along as a query
        parameter for the other steps (the "after" form records it).
        """
        kwargs = {"exercise": exercise} if step == "exercise" else {}
        if exercise and step != "exercise":
            query = {"exercise": exercise, **query}
        if self.session is not None:
            path = reverse(f"pause:session_{step}", kwargs={"pk": self.session.pk, **kwargs})
        else:
            path = reverse(f"pause:{step}", kwargs=kwargs)
            if self.carry is not None:
                query = {PARAM: seal(self.carry), **query}
        return f"{path}?{urlencode(query)}" if query else path

    def with_carry(self, **changes) -> Flow:
        return Flow(carry=replace(self.carry, **changes))


STANDALONE = Flow()


def anonymous_flow(request, *, required: bool) -> Flow:
    """The anonymous pause named by the request's ``f`` parameter.

    Without one, a standalone exercise (``required=False``) or FlowExpired (``required=True``).
    """
    token = request.GET.get(PARAM) or request.POST.get(PARAM)
    if not token and not required:
        return STANDALONE
    return Flow(carry=unseal(token))
