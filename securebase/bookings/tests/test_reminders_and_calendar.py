"""Reminder rows and the send_due_reminders command; calendar attachments in the emails."""

from datetime import timedelta
from io import StringIO
from unittest import mock

import time_machine
from django.core import mail
from django.core.management import CommandError, call_command
from django.test import TestCase
from icalendar import Calendar

from securebase.bookings import decisions, services
from securebase.bookings.models import Booking, Reminder
from securebase.bookings.tests.helpers import AfterCommit, book, la, open_hours
from securebase.testing import Personas

NOW = la(2026, 4, 1, 8, 0)
START = la(2026, 4, 3, 10, 0)
REASON = "Private words about my relationship."


def run_command(*args) -> str:
    out = StringIO()
    call_command("send_due_reminders", *args, stdout=out)
    return out.getvalue()


def calendar_of(message):
    attachments = [a for a in message.attachments if a[0].endswith(".ics")]
    assert len(attachments) == 1
    _, content, mimetype = attachments[0]
    calendar = Calendar.from_ical(content)
    (event,) = calendar.walk("VEVENT")
    return calendar, event, mimetype


class ReminderTests(AfterCommit, Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        open_hours(cls.theo, video_link="https://video.example/theo")

    def setUp(self):
        with time_machine.travel(NOW, tick=False):
            self.booking = book(self.theo, START, now=NOW, reason=REASON)
        mail.outbox.clear()

    def test_it_makes_a_reminder_due_24_hours_before(self):
        reminder = Reminder.objects.get()

        assert reminder.booking == self.booking
        assert reminder.due_at == START - timedelta(hours=24)
        assert reminder.sent_at is None

    def test_it_sends_nothing_before_the_reminder_is_due(self):
        with time_machine.travel(START - timedelta(hours=24, minutes=1), tick=False):
            run_command()

        assert mail.outbox == []

    def test_it_sends_one_email_when_run_twice(self):
        with time_machine.travel(START - timedelta(hours=23), tick=False):
            first = run_command()
            second = run_command()

        assert len(mail.outbox) == 1
        assert "1 reminder(s) sent" in first
        assert "0 reminder(s) sent" in second
        reminder = Reminder.objects.get()
        assert reminder.sent_at == START - timedelta(hours=23)
        assert reminder.attempts == 1

    def test_it_puts_only_time_format_and_links_in_the_reminder(self):
        with time_machine.travel(START - timedelta(hours=23), tick=False):
            run_command()

        (message,) = mail.outbox
        assert message.to == ["ada@example.com"]
        assert "Friday, April 3, 2026 at 10:00 AM PDT" in message.body
        assert "Telehealth" in message.body
        assert "/book/cancel/" in message.body
        assert REASON not in message.body
        assert "Ada" not in message.body

    def test_it_sends_no_reminder_for_a_cancelled_booking(self):
        services.cancel_booking(booking=self.booking, by="client", now=NOW)
        mail.outbox.clear()

        with time_machine.travel(START - timedelta(hours=23), tick=False):
            run_command()

        assert mail.outbox == []

    def test_it_skips_a_reminder_row_whose_booking_is_no_longer_confirmed(self):
        # Even if a row survived (say, a booking cancelled by an older version of the code).
        Booking.objects.filter(pk=self.booking.pk).update(status=Booking.Status.CANCELLED)

        with time_machine.travel(START - timedelta(hours=23), tick=False):
            run_command()

        assert mail.outbox == []

    def test_it_moves_the_reminder_with_a_rescheduled_booking(self):
        new_start = la(2026, 4, 10, 15, 0)
        with time_machine.travel(START - timedelta(hours=23), tick=False):
            run_command()
        mail.outbox.clear()

        with time_machine.travel(START - timedelta(hours=22), tick=False):
            services.reschedule_booking(
                booking=self.booking, starts_at=new_start, now=START - timedelta(hours=22)
            )
        reminder = Reminder.objects.get()
        with time_machine.travel(new_start - timedelta(hours=25), tick=False):
            run_command()
            not_yet = [m for m in mail.outbox if m.subject.startswith("Reminder")]
        with time_machine.travel(new_start - timedelta(hours=23), tick=False):
            run_command()

        assert reminder.due_at == new_start - timedelta(hours=24)
        assert reminder.sent_at is None
        assert not_yet == []
        (sent,) = [m for m in mail.outbox if m.subject.startswith("Reminder")]
        assert "Friday, April 10, 2026 at 3:00 PM PDT" in sent.body

    def test_it_retries_a_reminder_that_failed_to_send(self):
        due = START - timedelta(hours=23)
        with (
            time_machine.travel(due, tick=False),
            mock.patch(
                "securebase.bookings.emails.EmailMessage.send", side_effect=OSError("no route")
            ),
            self.assertRaises(CommandError),
        ):
            run_command()
        failed = Reminder.objects.get()
        with time_machine.travel(due + timedelta(minutes=1), tick=False):
            run_command()

        assert failed.sent_at is None
        assert failed.attempts == 1
        assert failed.last_error == "no route"
        assert len(mail.outbox) == 1
        assert Reminder.objects.get().sent_at is not None

    def test_it_keeps_checking_with_every(self):
        with (
            time_machine.travel(START - timedelta(hours=23), tick=False),
            mock.patch(
                "securebase.bookings.management.commands.send_due_reminders.time.sleep"
            ) as sleep,
        ):
            output = run_command("--every", "60", "--max-runs", "3")

        assert output.count("reminder(s) sent") == 3
        assert [call.args for call in sleep.call_args_list] == [(60,), (60,)]
        assert len(mail.outbox) == 1

    def test_it_refuses_a_zero_interval(self):
        with self.assertRaises(CommandError):
            run_command("--every", "0")


@time_machine.travel(NOW, tick=False)
class CalendarEmailTests(AfterCommit, Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        open_hours(cls.theo, video_link="https://video.example/theo")

    def test_it_attaches_an_invitation_that_parses(self):
        booking = book(self.theo, START, now=NOW)

        calendar, event, mimetype = calendar_of(mail.outbox[0])

        assert calendar["METHOD"] == "REQUEST"
        assert mimetype == "text/calendar; method=REQUEST"
        assert str(event["UID"]) == f"{booking.uid}@127.0.0.1"
        assert event["SEQUENCE"] == 0
        assert event.decoded("DTSTART") == START
        assert event.decoded("DTEND") == START + timedelta(minutes=15)
        assert str(event["LOCATION"]) == "https://video.example/theo"
        assert "Private" not in str(event.get("DESCRIPTION"))

    def test_it_keeps_the_uid_and_raises_the_sequence_on_reschedule(self):
        booking = book(self.theo, START, now=NOW)
        _, first, _ = calendar_of(mail.outbox[0])
        mail.outbox.clear()

        with self.captureOnCommitCallbacks(execute=True):
            services.reschedule_booking(booking=booking, starts_at=la(2026, 4, 6, 9), now=NOW)

        to_client = next(m for m in mail.outbox if m.to == ["ada@example.com"])
        _, second, _ = calendar_of(to_client)
        assert str(second["UID"]) == str(first["UID"])
        assert second["SEQUENCE"] == first["SEQUENCE"] + 1
        assert second.decoded("DTSTART") == la(2026, 4, 6, 9)

    def test_it_sends_method_cancel_on_cancellation(self):
        booking = book(self.theo, START, now=NOW)
        _, first, _ = calendar_of(mail.outbox[0])
        mail.outbox.clear()

        with self.captureOnCommitCallbacks(execute=True):
            services.cancel_booking(booking=booking, by="clinician", message="I'm unwell.", now=NOW)

        (to_client,) = mail.outbox
        calendar, event, mimetype = calendar_of(to_client)
        assert calendar["METHOD"] == "CANCEL"
        assert mimetype == "text/calendar; method=CANCEL"
        assert str(event["UID"]) == str(first["UID"])
        assert event["STATUS"] == "CANCELLED"
        assert event["SEQUENCE"] > first["SEQUENCE"]
        assert "I'm unwell." in to_client.body

    def test_it_sends_no_invitation_until_a_request_is_confirmed(self):
        row = self.theo.clinician_profile.booking_settings
        row.approval = "request"
        row.save()

        booking = book(self.theo, START, now=NOW)
        pending_emails = list(mail.outbox)
        mail.outbox.clear()
        with self.captureOnCommitCallbacks(execute=True):
            decisions.confirm_booking(booking=booking, now=NOW)

        assert all(m.attachments == [] for m in pending_emails)
        (confirmation,) = mail.outbox
        calendar, _, _ = calendar_of(confirmation)
        assert calendar["METHOD"] == "REQUEST"
        assert Reminder.objects.get(booking=booking).due_at == START - timedelta(hours=24)
