"""What a person is told after a form of their own words is saved once by its submission key.

A double tap sends the form twice: the first copy saves the row, the second finds it
(``core/once.py``). Both copies screen the words, because the first response, and the crisis
panel its session flag asked for, can be lost to the second request's copy of the session; only
the copy that saved thanks the person, and the other may say the row was already there.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest

from securebase.core.safety import screen_for_risk


def acknowledge(
    request: HttpRequest, words: str | None, *, created: bool, said: str, again: str = ""
) -> None:
    """Screen ``words`` just kept for the person, then say ``said`` if this request saved them,
    or ``again`` (when given) if an earlier copy of the form had."""
    screen_for_risk(request, words, saved=True)
    if created:
        messages.success(request, said)
    elif again:
        messages.info(request, again)
