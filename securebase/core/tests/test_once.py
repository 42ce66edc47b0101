"""Create once by a submission key: a form sent twice saves one row."""

import uuid
from unittest import mock

from django.db import IntegrityError
from django.test import TestCase
from django.utils import timezone

from securebase.core.once import create_once
from securebase.pause.models import PauseSession
from securebase.testing import Personas


class CreateOnceTests(Personas, TestCase):
    def build(self, token):
        return lambda: PauseSession(
            user=self.ada,
            token=token,
            started_at=timezone.now(),
            urge="text",
            urge_before=5,
            anxiety_before=5,
        )

    def test_it_creates_the_row_the_first_time_and_finds_it_the_second(self):
        token = uuid.uuid4()
        lookup = {"user": self.ada, "token": token}
        first, created = create_once(PauseSession, lookup=lookup, build=self.build(token))
        again, created_again = create_once(PauseSession, lookup=lookup, build=self.build(token))
        assert (created, created_again) == (True, False)
        assert again.pk == first.pk
        assert PauseSession.objects.count() == 1

    def test_it_returns_the_winner_when_two_copies_race(self):
        token = uuid.uuid4()
        winner = self.build(token)()
        winner.save()
        lookup = {"user": self.ada, "token": token}
        # The first lookup misses (the other copy was not committed yet); the save collides.
        real_filter = PauseSession._default_manager.filter
        calls = []

        def filter_missing_once(**kwargs):
            calls.append(kwargs)
            return real_filter(pk=-1) if len(calls) == 1 else real_filter(**kwargs)

        with mock.patch.object(PauseSession._default_manager, "filter", filter_missing_once):
            row, created = create_once(PauseSession, lookup=lookup, build=self.build(token))
        assert (row.pk, created) == (winner.pk, False)
        assert PauseSession.objects.count() == 1

    def test_it_raises_an_integrity_error_that_is_not_a_race(self):
        token = uuid.uuid4()
        with (
            mock.patch.object(PauseSession, "save", side_effect=IntegrityError),
            self.assertRaises(IntegrityError),
        ):
            create_once(
                PauseSession, lookup={"user": self.ada, "token": token}, build=self.build(token)
            )
