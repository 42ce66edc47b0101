"""Slots and hooks: other apps add to a page or hear of an event only through AppConfig."""

from types import SimpleNamespace
from unittest import mock

from django.apps import apps
from django.test import RequestFactory, SimpleTestCase
from django.utils.html import format_html

from securebase.core.hooks import call_hooks
from securebase.core.slots import slot_html

HEARD = []


def listener(**facts):
    HEARD.append(facts)


def piece(request, *, thing):
    return format_html("<p>{}</p>", thing)


def careless(request, *, thing):
    return f"<p>{thing}</p>"


def fake_configs():
    return [
        SimpleNamespace(hooks={"done": f"{__name__}.listener"}, page_slots={}),
        SimpleNamespace(page_slots={"spot": f"{__name__}.piece"}),
        SimpleNamespace(page_slots={"raw": f"{__name__}.careless"}),
        SimpleNamespace(),
    ]


class SlotsAndHooksTests(SimpleTestCase):
    def test_a_hook_reaches_every_listener_and_nothing_else(self):
        HEARD.clear()
        with mock.patch.object(apps, "get_app_configs", fake_configs):
            call_hooks("done", user_id=1)
            call_hooks("nobody_listens", user_id=2)
        assert HEARD == [{"user_id": 1}]

    def test_a_slot_renders_what_apps_add_and_nothing_when_none_do(self):
        request = RequestFactory().get("/")
        with mock.patch.object(apps, "get_app_configs", fake_configs):
            assert slot_html("spot", request, thing="<b>") == "<p>&lt;b&gt;</p>"
            # A piece not marked safe is escaped, never trusted.
            assert slot_html("raw", request, thing="x") == "&lt;p&gt;x&lt;/p&gt;"
            assert slot_html("empty", request) == ""
