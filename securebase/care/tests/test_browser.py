"""The care team end to end in a real browser, at phone width (360 px) and on a desktop.

A clinician invites after a consultation; the client accepts, shares check-ins and checks in;
the clinician sees the trend on the caseload and assigns a pause exercise; the client does it
and the clinician sees it done; the client turns check-ins off and the clinician's next look
is a 404; the client sees both looks under "Who has looked".
"""

from __future__ import annotations

from datetime import timedelta

from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from securebase.bookings.tests.helpers import LA, book, la, open_hours
from securebase.care.models import Assignment
from securebase.care.tests.helpers import token_in
from securebase.privacy.models import AuditEvent
from securebase.testing import BrowserTestCase, make_client, make_clinician


def checked_long_ago(user, at) -> None:
    """A check-in saved at ``at``, its day counted as the services count it."""
    import uuid

    from securebase.checkins import rollups
    from securebase.checkins.models import Checkin

    saved = Checkin.objects.create(
        user=user,
        created_at=at,
        updated_at=at,
        anxiety=8,
        behaviors={"checking": "acted"},
        token=uuid.uuid4(),
    )
    rollups.refresh_days(user, [saved.local_day(user.tzinfo)])


class CareJourneyTests(BrowserTestCase):
    def setUp(self):
        super().setUp()
        self.theo = make_clinician()
        self.ada = make_client(email="ada@example.com", full_name="Ada Park")
        open_hours(self.theo)
        day = (timezone.now() + timedelta(days=2)).astimezone(LA).date()
        start = la(day.year, day.month, day.day, 10, 0)
        self.booking = book(self.theo, start, now=timezone.now(), email="ada@example.com")
        self.log_in(self.theo)
        self.clinician = self.page
        self.client_context = self.browser.new_context(viewport=self.viewport)
        self.client_context.set_default_timeout(15_000)
        self.addCleanup(self.client_context.close)
        self.person = self.client_context.new_page()
        self.sign_in(self.client_context, self.ada)

    def sign_in(self, context, user):
        from django.conf import settings
        from django.test import Client

        from securebase.testing import _verified_session

        client = Client()
        _verified_session(client, user)
        cookie = client.cookies[settings.SESSION_COOKIE_NAME]
        context.add_cookies(
            [{"name": cookie.key, "value": cookie.value, "url": self.live_server_url}]
        )

    def fits(self, page):
        """No sideways scrolling at this width, and no axe-core violation, on ``page``."""
        self.assert_fits_width(page)
        self.assert_accessible(page)

    def test_invite_share_check_in_assign_complete_revoke_and_see_every_look(self):
        theo, ada = self.clinician, self.person

        # The clinician invites from the consultation, with the email the person gave.
        theo.goto(self.live_url(f"/book/clinic/{self.booking.uid}/"))
        theo.get_by_role("button", name="Invite to Secure Base").click()
        expect(theo.get_by_text("Invitation sent to ada@example.com")).to_be_visible()
        token = token_in(mail.outbox[-1])

        # The client accepts: nothing is shared until she turns an area on.
        ada.goto(self.live_url(f"/care/invitation/{token}/"))
        expect(ada.get_by_text("Nothing is shared yet")).to_be_visible()
        self.fits(ada)
        ada.get_by_role("button", name="Accept").click()
        expect(ada.get_by_role("heading", name="Who can see what")).to_be_visible()
        self.fits(ada)
        ada.get_by_role("link", name="Turn on… check-ins and trends for Theo Alvarez").click()
        expect(ada.get_by_text("Theo Alvarez will see:")).to_be_visible()
        expect(
            ada.get_by_role("heading", name="Preview: exactly what Theo will see")
        ).to_be_visible()
        self.fits(ada)
        ada.get_by_role("button", name="Turn on check-ins and trends").click()
        expect(
            ada.get_by_text("Theo Alvarez can now see your check-ins and trends.")
        ).to_be_visible()
        # One "Turn off" among the "Turn on…": every switch keeps to the right of its area's
        # name, however long the name.
        ada.wait_for_function(
            """() => {
                const rights = [...document.querySelectorAll(".switch-list li")].map(
                    li => li.lastElementChild.getBoundingClientRect().right);
                return rights.length > 3 && Math.max(...rights) - Math.min(...rights) < 1;
            }""",
            timeout=5000,
        )

        # She checks in.
        ada.goto(self.live_url("/check-in/"))
        ada.get_by_role("group", name="How anxious do you feel right now?").get_by_role(
            "radio", name="6", exact=True
        ).click()
        ada.get_by_role("button", name="Save check-in").click()
        expect(ada.get_by_text("Saved. Thank you for checking in")).to_be_visible()
        # And, from before the recent weeks, a check-in of last year with a behavior acted on.
        checked_long_ago(self.ada, timezone.now() - timedelta(days=200))

        # The clinician sees the trend on the caseload, then assigns a pause exercise.
        theo.goto(self.live_url("/care/clients/"))
        expect(theo.locator(".trend-text")).to_contain_text("1 of the last 14 days with a check-in")
        expect(theo.get_by_role("img", name="Anxiety, last 14 days")).to_be_visible()
        self.fits(theo)
        theo.get_by_role("link", name="Ada Park").click()
        expect(theo.get_by_role("heading", name="Check-ins and trends")).to_be_visible()
        # The table beside the anxiety chart lists her day, as on her own trends page.
        theo.get_by_text("Table: average anxiety per day").click()
        expect(theo.get_by_role("table", name="Average anxiety per day, 0 to 10")).to_contain_text(
            "6.0"
        )
        # Every check-in month by month, as on her page, without the protest behaviors (another
        # area, not shared).
        expect(theo.get_by_text("“Month by month” covers every check-in.")).to_be_visible()
        theo.get_by_text("Table: month by month").click()
        months = theo.get_by_role("table").filter(has_text="Days with a check-in")
        expect(months).to_contain_text("8.0")
        expect(months).not_to_contain_text("Acted on")
        self.fits(theo)
        theo.get_by_role("link", name="Assign homework").click()
        expect(
            theo.get_by_text("you see its status on their page and your caseload")
        ).to_be_visible()
        theo.get_by_label("What to do").select_option(label="Practice: Paced breathing")
        theo.get_by_role("button", name="Assign").click()
        expect(theo.get_by_text("Practice: Paced breathing")).to_be_visible()
        expect(theo.get_by_text("Not done yet")).to_be_visible()

        # The client sees it on her home page and does it.
        ada.goto(self.live_url("/home/"))
        self.fits(ada)
        ada.get_by_role("link", name="Practice: Paced breathing").click()
        ada.get_by_role("radio", name="I want to text them").click()
        ada.get_by_role("group", name="How strong is the urge?").get_by_role(
            "radio", name="7", exact=True
        ).click()
        ada.get_by_role("group", name="How anxious do you feel?").get_by_role(
            "radio", name="6", exact=True
        ).click()
        ada.get_by_role("button", name="Next: choose what to do").click()
        ada.get_by_role("link", name="Paced breathing").click()
        ada.get_by_role("link", name="I'm done: how am I now?").click()
        ada.get_by_role("group", name="How strong is the urge now?").get_by_role(
            "radio", name="3", exact=True
        ).click()
        ada.get_by_role("group", name="How anxious do you feel now?").get_by_role(
            "radio", name="3", exact=True
        ).click()
        ada.get_by_role("radio", name="I waited").click()
        ada.get_by_role("button", name="Finish the pause").click()
        assert Assignment.objects.get().done_how == "did_it"

        # The clinician sees it done.
        theo.reload()
        expect(theo.get_by_text("Done ", exact=False).first).to_be_visible()
        expect(theo.get_by_text("Not done yet")).to_have_count(0)

        # The client turns check-ins off; the clinician's next look is a 404.
        ada.goto(self.live_url("/care/sharing/"))
        ada.get_by_role("button", name="Turn off check-ins and trends for Theo Alvarez").click()
        expect(ada.get_by_text("can no longer see your check-ins and trends")).to_be_visible()
        looks_before = AuditEvent.objects.filter(subject=self.ada).count()
        response = theo.goto(self.live_url(f"/care/clients/{self.ada.pk}/checkins/"))
        assert response.status == 404
        assert AuditEvent.objects.filter(subject=self.ada).count() == looks_before

        # She sees both looks: the caseload and the client page.
        ada.reload()
        looked = ada.get_by_role("table", name="Every look at your data, newest first")
        rows = looked.get_by_role("row", name="Theo Alvarez Viewed check-ins and trends")
        # Every page that showed her check-ins: the caseload once, her page each time it loaded.
        expected = AuditEvent.objects.filter(subject=self.ada, viewer=self.theo).count()
        assert expected >= 2
        expect(rows).to_have_count(expected)
        expect(rows.filter(has_text="caseload")).to_have_count(1)
        expect(rows.filter(has_text="client page")).to_have_count(expected - 1)
        self.fits(ada)


class CareJourneyDesktopTests(CareJourneyTests):
    viewport = {"width": 1280, "height": 900}
