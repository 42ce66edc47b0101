"""Words saved once by a submission key: screened on every copy, thanked once."""

from __future__ import annotations

import pytest
from django.contrib.messages import constants, get_messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.contrib.sessions.backends.db import SessionStore
from django.test import RequestFactory

from securebase.core import safety
from securebase.core.receipts import acknowledge

WORRYING = "I want to kill myself"


def _request():
    request = RequestFactory().post("/anything/")
    request.session = SessionStore()
    request._messages = FallbackStorage(request)
    return request


def _said(request) -> list[tuple[int, str]]:
    return [(m.level, m.message) for m in get_messages(request)]


@pytest.mark.parametrize("created", [True, False])
def test_it_screens_the_words_whether_or_not_this_copy_saved_them(created):
    request = _request()
    acknowledge(request, WORRYING, created=created, said="Saved.")
    assert safety.pop_crisis_panel(request) == safety.Panel(saved=True)


def test_it_thanks_the_copy_that_saved():
    request = _request()
    acknowledge(request, "A calm day", created=True, said="Saved.", again="Already saved.")
    assert _said(request) == [(constants.SUCCESS, "Saved.")]
    assert safety.pop_crisis_panel(request) is None


def test_it_says_again_to_a_repeated_copy():
    request = _request()
    acknowledge(request, "A calm day", created=False, said="Saved.", again="Already saved.")
    assert _said(request) == [(constants.INFO, "Already saved.")]


def test_it_says_nothing_to_a_repeated_copy_without_again():
    request = _request()
    acknowledge(request, None, created=False, said="Saved.")
    assert _said(request) == []
