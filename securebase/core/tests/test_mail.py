import logging
import smtplib

from django.core import mail
from django.core.mail import EmailMessage
from django.test import SimpleTestCase, override_settings

from securebase.core.mail import send_quietly

LOGGER = logging.getLogger("securebase.tests.mail")
REFUSING = "securebase.core.tests.test_no_personal_data_in_logs.RefusingBackend"


class SendQuietlyTests(SimpleTestCase):
    def message(self):
        return EmailMessage("Your consultation", "text", to=["ada.private@example.com"])

    def test_it_sends_and_says_so(self):
        assert send_quietly(self.message(), logger=LOGGER, what="a test email") is True
        assert len(mail.outbox) == 1

    @override_settings(EMAIL_BACKEND=REFUSING)
    def test_a_refused_address_is_logged_by_class_only_and_raises_nothing(self):
        with self.assertLogs(LOGGER, "ERROR") as logs:
            sent = send_quietly(self.message(), logger=LOGGER, what="a test email")
        assert sent is False
        assert logs.output == [
            "ERROR:securebase.tests.mail:could not send a test email: SMTPRecipientsRefused"
        ]
        assert "ada.private" not in "".join(logs.output)


def test_the_refusing_backend_really_refuses():
    with override_settings(EMAIL_BACKEND=REFUSING):
        try:
            EmailMessage("s", "t", to=["x@example.com"]).send()
        except smtplib.SMTPRecipientsRefused:
            return
    raise AssertionError("the backend sent the message")
