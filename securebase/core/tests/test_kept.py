"""Words sent as a session expired: kept for their writer, for a short while, for one form."""

import time_machine
from django.contrib.sessions.backends.signed_cookies import SessionStore
from django.test import TestCase

from securebase.core import kept
from securebase.core.authorship import author_token
from securebase.testing import Personas

NOW = 1_750_000_000


class KeptTests(Personas, TestCase):
    def keep(self, session, form="/journal/write/", writer=None):
        kept.keep(
            session, form=form, data={"body": "my words"}, author=author_token(writer or self.ada)
        )

    def test_it_gives_the_words_back_to_their_writer_once(self):
        session = SessionStore()
        self.keep(session)
        assert "my words" not in str(session[kept.SESSION_KEY])  # encrypted in the session
        assert kept.take(session, form="/journal/write/", user=self.ada) == {"body": "my words"}
        assert kept.take(session, form="/journal/write/", user=self.ada) is None

    def test_it_never_gives_them_to_someone_else(self):
        session = SessionStore()
        self.keep(session)
        assert kept.take(session, form="/journal/write/", user=self.ben) is None
        assert kept.SESSION_KEY not in session  # discarded, not left for the next person

    def test_it_leaves_words_kept_for_another_form(self):
        session = SessionStore()
        self.keep(session, form="/check-in/")
        assert kept.take(session, form="/journal/write/", user=self.ada) is None
        assert kept.take(session, form="/check-in/", user=self.ada) == {"body": "my words"}

    def test_it_forgets_them_after_the_keeping_time(self):
        session = SessionStore()
        with time_machine.travel(NOW, tick=False) as traveler:
            self.keep(session)
            traveler.shift(kept.KEEP_SECONDS + 1)
            assert kept.take(session, form="/journal/write/", user=self.ada) is None
