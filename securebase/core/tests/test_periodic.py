"""Periodic commands run on every server at once do their work once (core/periodic.py).

Threads stand in for servers: each has its own database connection, as two processes would,
so on PostgreSQL the advisory lock and elsewhere the cache entry decide for real.
"""

import threading
import time
from datetime import timedelta
from io import StringIO
from unittest import mock

import time_machine
from django.core import mail
from django.core.management import call_command
from django.db import connections
from django.test import TransactionTestCase

from securebase.bookings import emails
from securebase.bookings.models import Reminder
from securebase.bookings.tests.helpers import book, la, open_hours
from securebase.core.periodic import run_alone
from securebase.testing import make_client, make_clinician

NOW = la(2026, 4, 1, 8, 0)
START = la(2026, 4, 3, 10, 0)


def in_threads(*functions):
    """Run each function in its own thread (its own connection), all released at once."""
    start = threading.Barrier(len(functions))
    results: list = [None] * len(functions)

    def run(index, function):
        try:
            start.wait()
            results[index] = function()
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=item) for item in enumerate(functions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def command(name, *args):
    out = StringIO()
    call_command(name, *args, stdout=out)
    return out.getvalue()


class RunAloneTests(TransactionTestCase):
    def test_it_lets_one_of_two_holders_in_at_a_time(self):
        inside = threading.Event()
        leave = threading.Event()

        def first():
            with run_alone("job") as alone:
                inside.set()
                leave.wait(10)
                return alone

        def second():
            inside.wait(10)
            with run_alone("job") as alone:
                leave.set()
                return alone

        assert in_threads(first, second) == [True, False]

    def test_it_releases_the_lock_when_the_run_ends(self):
        def twice():
            with run_alone("job") as first:
                pass
            with run_alone("job") as second:
                pass
            return first, second

        assert in_threads(twice) == [(True, True)]

    def test_it_keeps_different_jobs_apart(self):
        def both():
            with run_alone("one") as one, run_alone("two") as two:
                return one, two

        assert in_threads(both) == [(True, True)]


class ConcurrentReminderTests(TransactionTestCase):
    def setUp(self):
        theo = make_clinician()
        make_client()
        open_hours(theo)
        with time_machine.travel(NOW, tick=False):
            book(theo, START, now=NOW)
        mail.outbox.clear()

    def test_it_sends_one_email_when_two_servers_run_the_command_at_once(self):
        send = emails.send_reminder

        def slow_send(booking):
            # Long enough that the second server starts while the first is still sending.
            time.sleep(1)
            send(booking)

        with (
            time_machine.travel(START - timedelta(hours=23)),
            mock.patch.object(emails, "send_reminder", slow_send),
        ):
            outputs = in_threads(
                lambda: command("send_due_reminders"), lambda: command("send_due_reminders")
            )

        assert len(mail.outbox) == 1
        assert sorted("skipped" in output for output in outputs) == [False, True]
        assert any("1 reminder(s) sent" in output for output in outputs)
        assert Reminder.objects.get().attempts == 1


class PurgeCommandTests(TransactionTestCase):
    def _while_another_server_holds(self, job, name):
        holding = threading.Event()
        done = threading.Event()

        def other_server():
            with run_alone(job):
                holding.set()
                done.wait(20)

        def this_server():
            holding.wait(10)
            try:
                return command(name)
            finally:
                done.set()

        return in_threads(other_server, this_server)[1]

    def test_it_skips_the_records_purge_while_another_server_runs_it(self):
        output = self._while_another_server_holds("purge_expired_records", "purge_expired_records")
        assert "Another server is purging records of care; skipped." in output

    def test_it_leaves_pending_analyses_to_the_server_purging_them(self):
        from django.utils import timezone

        from securebase.chat_analysis.models import PendingAnalysis

        long_ago = timezone.now() - timedelta(hours=2)
        PendingAnalysis.objects.create(
            token="t" * 32, created_at=long_ago, expires_at=long_ago, payload=b"x"
        )
        output = self._while_another_server_holds("purge_chat_uploads", "purge_chat_uploads")
        assert output.startswith("Deleted 0 expired pending chat analyses")
        assert PendingAnalysis.objects.count() == 1

        assert command("purge_chat_uploads").startswith("Deleted 1 expired")
        assert PendingAnalysis.objects.count() == 0
