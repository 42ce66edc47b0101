"""get_for_viewer_or_404 and found_or_404: one answer, 404, for a row that is missing, not the
viewer's, or named by a malformed key, and for a lookup that found nothing; a client's own rows,
by queryset and by a fixed statement."""

import uuid
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.http import Http404
from django.test import TestCase
from django.utils import timezone

from securebase.core.access import (
    clients_own,
    found_or_404,
    get_for_viewer_or_404,
    get_own_or_404,
    own_statement_rows,
    sees_own_rows,
)
from securebase.pause.models import PauseSession
from securebase.testing import Personas


class GetForViewerTests(Personas, TestCase):
    def test_it_returns_a_row_the_scoped_query_holds(self):
        mine = get_user_model().objects.filter(pk=self.ada.pk)

        assert get_for_viewer_or_404(mine, self.ada.pk) == self.ada

    def test_it_answers_404_for_a_row_outside_the_scope_and_for_a_missing_one(self):
        mine = get_user_model().objects.filter(pk=self.ada.pk)

        for key in (self.ben.pk, 10**9):
            with pytest.raises(Http404):
                get_for_viewer_or_404(mine, key)

    def test_it_answers_404_for_a_malformed_key(self):
        everyone = get_user_model().objects.all()

        for key in ("not-a-number", None, ["1"]):
            with pytest.raises(Http404):
                get_for_viewer_or_404(everyone, key)

    def test_it_looks_up_by_another_field(self):
        everyone = get_user_model().objects.all()

        assert get_for_viewer_or_404(everyone, self.ben.email, field="email") == self.ben


def test_found_or_404_passes_what_was_found_and_answers_404_for_nothing():
    assert found_or_404(0, "number") == 0
    assert found_or_404("", "word") == ""
    with pytest.raises(Http404, match=r"^No such questionnaire\.$"):
        found_or_404(None, "questionnaire")


def _pause(user, started_at=None):
    return PauseSession.objects.create(
        user=user,
        token=uuid.uuid4(),
        started_at=started_at or timezone.now(),
        urge="text",
        urge_before=5,
        anxiety_before=5,
    )


class OwnRowsTests(Personas, TestCase):
    def test_it_scopes_a_model_to_a_clients_own_rows(self):
        mine = _pause(self.ada)
        _pause(self.ben)

        assert list(clients_own(PauseSession, self.ada)) == [mine]

    def test_it_gives_no_rows_to_a_clinician_or_a_visitor(self):
        _pause(self.ada)

        for viewer in (self.theo, AnonymousUser()):
            assert not clients_own(PauseSession, viewer).exists()

    def test_it_says_who_sees_own_rows_as_the_scoped_query_does(self):
        for viewer in (self.ada, self.ben, self.theo, AnonymousUser()):
            scoped = clients_own(PauseSession, viewer)
            assert sees_own_rows(viewer) is not scoped.query.is_empty()

    def test_it_returns_an_own_row_with_its_owner_already_set(self):
        mine = _pause(self.ada)

        found = get_own_or_404(clients_own(PauseSession, self.ada), self.ada, mine.pk)

        assert found == mine
        with self.assertNumQueries(0):
            assert found.user is self.ada

    def test_it_answers_404_for_someone_elses_row(self):
        theirs = _pause(self.ben)

        with pytest.raises(Http404):
            get_own_or_404(clients_own(PauseSession, self.ada), self.ada, theirs.pk)


class OwnStatementTests(Personas, TestCase):
    WHOLE = "SELECT COUNT(*), 0 FROM pause_pausesession WHERE user_id = %s"
    SPLIT = (
        "SELECT COUNT(*), 0 FROM pause_pausesession WHERE user_id = %s AND started_at >= %s "
        "UNION ALL "
        "SELECT 0, COUNT(*) FROM pause_pausesession WHERE user_id = %s AND started_at < %s"
    )

    def test_it_runs_the_whole_statement_or_the_split_one_at_a_moment(self):
        now = timezone.now()
        for days_back in (3, 2, 1):
            _pause(self.ada, started_at=now - timedelta(days=days_back))
        _pause(self.ben, started_at=now)
        with self.assertNumQueries(1):
            assert own_statement_rows(
                PauseSession, self.ada.pk, whole=self.WHOLE, split=self.SPLIT, since=None
            ) == [(3, 0)]
        # A moment in another zone than the database's is the same moment (and one exactly
        # at a row's is from it on).
        second = (now - timedelta(days=2)).astimezone(ZoneInfo("Pacific/Kiritimati"))
        found = own_statement_rows(
            PauseSession, self.ada.pk, whole=self.WHOLE, split=self.SPLIT, since=second
        )
        assert sorted(found) == [(0, 1), (2, 0)]
