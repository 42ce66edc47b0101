"""No log line carries what a person typed.

Every kind of free text the site takes (check-in note, journal entry, no-contact reason and
slip, pause and its unsent message, asking directly, safety plan, booking details, sign-up
name and email, login and password-reset emails, a chat export, the clinician's invitation
email, a homework note and a private booking note) is filled with a marker through the real
views, with every logger at DEBUG writing into one buffer; the marker must appear in none of
it. The mail server refuses every message with an error that names the recipient, as real ones
do, so the paths that log a failed send are exercised too.
"""

from __future__ import annotations

import io
import logging
import re
import smtplib
from contextlib import contextmanager
from datetime import datetime, time, timedelta
from html.parser import HTMLParser
from urllib.parse import urlencode, urlsplit
from zoneinfo import ZoneInfo

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.mail.backends.base import BaseEmailBackend
from django.test import TestCase, override_settings

from securebase.bookings.models import Booking
from securebase.bookings.tests.helpers import open_hours
from securebase.care.tests.helpers import connect
from securebase.testing import PASSWORD, Personas, login_verified

MARKER = "Zqxmarker"
LA = ZoneInfo("America/Los_Angeles")


class RefusingBackend(BaseEmailBackend):
    """A mail server that refuses every recipient, naming them in the error (as SMTP does)."""

    def send_messages(self, messages):
        addresses = [r for message in messages for r in message.to]
        recipients = {r: (550, f"5.1.1 <{r}>: user unknown".encode()) for r in addresses}
        raise smtplib.SMTPRecipientsRefused(recipients)


class _Forms(HTMLParser):
    """The POST forms of a page: action, and each field's type, name, value and options."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict] = []
        self._form: dict | None = None
        self._select: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and (a.get("method") or "").lower() == "post":
            self._form = {"action": a.get("action") or "", "fields": []}
            self.forms.append(self._form)
        elif self._form is None:
            return
        elif tag == "input" and a.get("name"):
            self._form["fields"].append(
                (a.get("type", "text"), a["name"], a.get("value", ""), "checked" in a)
            )
        elif tag == "textarea" and a.get("name"):
            self._form["fields"].append(("textarea", a["name"], "", False))
        elif tag == "select" and a.get("name"):
            self._select = a["name"]
            self._form["fields"].append(("select", a["name"], None, False))
        elif tag == "option" and self._select and a.get("value"):
            fields = self._form["fields"]
            if fields[-1][2] is None or "selected" in a:
                fields[-1] = ("select", self._select, a["value"], False)

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None


def filled(page: str, *, field: str) -> tuple[str, dict]:
    """The action of the page's form that has `field`, and its fields filled with the marker:
    every text box, a marker address in every email box, the first choice of every radio
    group and select, every checkbox ticked, hidden fields as they are."""
    parser = _Forms()
    parser.feed(page)
    form = next(f for f in parser.forms if any(name == field for _, name, _, _ in f["fields"]))
    data: dict[str, list[str]] = {}
    for kind, name, value, checked in form["fields"]:
        if kind in ("hidden", "submit"):
            if kind == "hidden" or not data.get(name):
                data.setdefault(name, []).append(value)
        elif kind in ("text", "textarea", "search"):
            data[name] = [f"{MARKER} {name} words"]
        elif kind == "email":
            data[name] = [f"{MARKER.lower()}.{name}@example.com"]
        elif kind == "tel":
            data[name] = ["310 555 0101"]
        elif kind == "password":
            data[name] = [PASSWORD]
        elif kind == "date":
            data[name] = [datetime.now(LA).date().isoformat()]
        elif kind == "number":
            data[name] = [value or "3"]
        elif kind == "radio":
            if name not in data or checked:
                data[name] = [value]
        elif kind == "checkbox":
            data.setdefault(name, []).append(value or "on")
        elif kind == "select" and value is not None:
            data[name] = [value]
    return form["action"], data


@contextmanager
def every_log_line():
    """Every logger at DEBUG, every record written (with its traceback) into one buffer."""
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.setLevel(logging.DEBUG)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    loggers = [logging.getLogger()] + [
        logging.getLogger(name) for name in list(logging.root.manager.loggerDict)
    ]
    saved = [(logger, logger.level, logger.disabled) for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
        logger.disabled = False
        logger.addHandler(handler)
    try:
        yield buffer
    finally:
        for logger, level, disabled in saved:
            logger.removeHandler(handler)
            logger.setLevel(level)
            logger.disabled = disabled


@override_settings(
    EMAIL_BACKEND="securebase.core.tests.test_no_personal_data_in_logs.RefusingBackend",
    RATE_LIMITS_ENABLED=True,
)
class NoPersonalDataInLogsTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        open_hours(cls.theo)
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
            connect(cls.ada, cls.theo)

    def submit(self, url: str, *, field: str, expect=(302,), **extra):
        """Fill the form at `url` that has `field` with the marker and send it."""
        page = self.client.get(url)
        assert page.status_code == 200, f"{url}: {page.status_code}"
        action, data = filled(page.content.decode(), field=field)
        # Emails go out after commit: run those callbacks, as a real request would.
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(action or url, {**data, **extra})
        assert response.status_code in expect, f"{url}: {response.status_code}\n" + "\n".join(
            re.findall(r'class="[^"]*error[^"]*"[^>]*>([^<]+)', response.text)
        )
        return response

    def test_it_logs_no_word_anyone_typed(self):
        day = datetime.now(LA).date() + timedelta(days=3)

        def booking_url(hour: int) -> str:
            start = datetime.combine(day, time(hour), LA).isoformat()
            return "/book/details/?" + urlencode(
                {"clinician": "any", "format": "in_person", "start": start}
            )

        with every_log_line() as logs:
            # A visitor: booking, sign-up, login, password reset, a chat export.
            self.submit(booking_url(10), field="reason")
            # The other-zone box takes a zone name; the marker there would be refused.
            self.submit("/accounts/signup/", field="full_name", other_time_zone="")
            self.submit("/accounts/login/", field="username", expect=(200,))
            self.submit("/accounts/password-reset/", field="email")
            chat = "\n".join(
                f"0{day}/03/25, 1{day}:00 - {MARKER} {'Sam' if day % 2 else 'Alex'}: "
                f"{MARKER} message {day}"
                for day in range(1, 9)
            )
            upload = SimpleUploadedFile("chat.txt", chat.encode(), content_type="text/plain")
            page = self.client.get("/reality-check/").content.decode()
            _, data = filled(page, field="time_zone")
            response = self.client.post("/reality-check/", {**data, "chat": upload})
            assert response.status_code == 302, response.status_code

            # Ada, a client: her own tools.
            login_verified(self.client, self.ada)
            self.submit("/check-in/", field="note")
            self.submit("/journal/write/", field="body")
            self.submit("/journal/no-contact/", field="started_on")
            self.submit("/journal/no-contact/", field="text")
            self.submit("/safety-plan/edit/", field="warning_signs")
            choose = self.submit("/pause/", field="urge")["Location"]
            pause = urlsplit(choose).path.removesuffix("choose/")
            self.submit(f"{pause}do/unsent_message/", field="message")
            # Asking directly saves nothing: it shows the draft back.
            draft = self.submit("/pause/ask/", field="feel", expect=(200,))
            self.assertContains(draft, f"{MARKER} feel words")
            self.submit(booking_url(11), field="reason")

            # Theo, a clinician: an invitation, a homework note, a private note on a booking.
            # The care emails are not sent quietly (a refusal is a server error; how that is
            # logged is the next test), so here the mail server accepts them.
            self.client.logout()
            login_verified(self.client, self.theo)
            with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
                self.submit("/care/invite/", field="email")
                self.submit(f"/care/clients/{self.ada.pk}/homework/", field="note")
            booking = Booking.objects.filter(client=self.ada).latest("created_at")
            self.submit(f"/book/clinic/{booking.uid}/", field="note")

        output = logs.getvalue()
        assert "Zqxmarker".lower() not in output.lower(), output
        assert "ada@example.com" not in output
        # The capture worked: the refused emails were logged, by class.
        assert "SMTPRecipientsRefused" in output


def test_it_logs_a_server_error_without_the_exceptions_text():
    # What Django does with an exception a view lets through (django.request, ERROR).
    with every_log_line() as logs:
        try:
            RefusingBackend().send_messages(
                [type("Message", (), {"to": [f"{MARKER}@example.com"]})()]
            )
        except smtplib.SMTPRecipientsRefused:
            logging.getLogger("django.request").error(
                "Internal Server Error: %s", "/care/invite/", exc_info=True
            )
    output = logs.getvalue()
    assert "Internal Server Error: /care/invite/" in output
    assert "smtplib.SMTPRecipientsRefused (message withheld from the log)" in output
    assert "in send_messages" in output  # the frames are still there
    assert MARKER.lower() not in output.lower()
