"""The shared two-step delete: a GET shows the confirmation page, only a POST deletes."""

from __future__ import annotations

from django.conf import settings
from django.contrib.messages import get_messages
from django.http import Http404, HttpResponse
from django.test import TestCase, override_settings
from django.urls import include, path

from securebase import urls as site_urls
from securebase.accounts.guards import clients_only
from securebase.core.confirm import deletion_view
from securebase.testing import login_verified, make_client, make_clinician

NOTES: dict[int, dict] = {}
PAGE = "{{ note.title }}|{{ shout }}"


def access_note(viewer, pk: int) -> dict:
    note = NOTES.get(pk)
    if note is None or note["owner"] != viewer.pk:
        raise Http404("No such note.")
    return note


access_note.__module__ = "securebase.notes.queries"  # as if an app called "notes" owned it


def delete_note(*, note: dict) -> None:
    del NOTES[note["pk"]]


def _page_extra(request, note) -> dict:
    return {"shout": note["title"].upper()}


urlpatterns = [
    path(
        "notes/<int:pk>/delete/",
        deletion_view(access_note, delete_note, done="Gone.", then="notes", extra=_page_extra),
    ),
    path(
        "notes/<int:pk>/forget/",
        deletion_view(access_note, delete_note, done="Gone."),
    ),
    path(
        "client-notes/<int:pk>/delete/",
        deletion_view(access_note, delete_note, done="Gone.", then="notes", guard=clients_only),
    ),
    path("notes/", lambda request: HttpResponse("notes"), name="notes"),
    path(
        "notes/", include(([path("history/", lambda r: HttpResponse(), name="history")], "notes"))
    ),
    *site_urls.urlpatterns,
]

# The project's templates, with the made-up app's delete page in front of them.
TEMPLATES = [
    {
        **settings.TEMPLATES[0],
        "APP_DIRS": False,
        "OPTIONS": {
            **settings.TEMPLATES[0]["OPTIONS"],
            "loaders": [
                ("django.template.loaders.locmem.Loader", {"notes/delete.html": PAGE}),
                "django.template.loaders.filesystem.Loader",
                "django.template.loaders.app_directories.Loader",
            ],
        },
    }
]


@override_settings(ROOT_URLCONF=__name__, TEMPLATES=TEMPLATES)
class DeletionViewTests(TestCase):
    def setUp(self):
        self.ada = make_client()
        NOTES.clear()
        NOTES[1] = {"pk": 1, "owner": self.ada.pk, "title": "mine"}
        self.client.force_login(self.ada)

    def test_it_shows_the_apps_delete_page_with_the_record_named_as_its_thing(self):
        response = self.client.get("/notes/1/delete/")
        assert response.status_code == 200
        assert response.content.decode() == "mine|MINE"
        assert 1 in NOTES

    def test_it_deletes_only_on_post_then_says_so_and_goes_on(self):
        response = self.client.post("/notes/1/delete/")
        assert response.status_code == 302
        assert response["Location"] == "/notes/"
        assert NOTES == {}
        assert [str(m) for m in get_messages(response.wsgi_request)] == ["Gone."]

    def test_by_default_it_goes_on_to_the_apps_history(self):
        response = self.client.post("/notes/1/forget/")
        assert response["Location"] == "/notes/history/"

    def test_someone_elses_record_is_not_found_and_stays(self):
        NOTES[2] = {"pk": 2, "owner": self.ada.pk + 1000, "title": "theirs"}
        assert self.client.get("/notes/2/delete/").status_code == 404
        assert self.client.post("/notes/2/delete/").status_code == 404
        assert 2 in NOTES

    def test_only_get_and_post_are_answered(self):
        assert self.client.put("/notes/1/delete/").status_code == 405
        assert 1 in NOTES

    def test_a_visitor_is_sent_to_sign_in_first(self):
        self.client.logout()
        response = self.client.post("/notes/1/delete/")
        assert response.status_code == 302
        assert "/notes/1/delete/" in response["Location"]
        assert 1 in NOTES

    def test_the_guard_keeps_out_who_it_keeps_out(self):
        theo = make_clinician()
        login_verified(self.client, theo)
        NOTES[3] = {"pk": 3, "owner": theo.pk, "title": "his"}
        assert self.client.post("/client-notes/3/delete/").status_code == 404
        assert 3 in NOTES
        assert self.client.post("/notes/3/delete/").status_code == 302  # signed in is enough
        assert 3 not in NOTES
