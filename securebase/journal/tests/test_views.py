"""Journal and no-contact views: privacy, saving, races and the crisis panel."""

import re
import uuid
from datetime import UTC, date, datetime

import time_machine
from django.contrib.sessions.models import Session
from django.test import TestCase
from django.urls import reverse

from securebase.core.authorship import author_token, same_author
from securebase.core.safety import SESSION_KEY
from securebase.journal import services
from securebase.journal.models import Entry, NoContactPlan, NoContactReason, NoContactSlip
from securebase.testing import Personas, login_verified

# 20:00 on 10 March in Los Angeles (the personas' time zone) is already 11 March in UTC.
EVENING_IN_LA = datetime(2026, 3, 11, 4, 0, tzinfo=UTC)


class JournalFixtures(Personas):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.entry, _ = services.create_entry(
            user=cls.ada,
            body="When he went quiet I felt seven years old again.",
            prompt="roots/the-pattern-now",
            submission_key=uuid.uuid4(),
        )
        cls.plan = services.start_no_contact(user=cls.ada, started_on=date(2026, 3, 1))
        cls.slip, _ = services.log_slip(
            user=cls.ada,
            happened_on=date(2026, 3, 5),
            note="Looked at his stories after a long day.",
            restart_count=False,
            submission_key=uuid.uuid4(),
        )
        cls.reason, _ = services.add_reason(
            user=cls.ada, text="I deserve someone who answers.", submission_key=uuid.uuid4()
        )


class PrivacyTests(JournalFixtures, TestCase):
    def ada_urls(self):
        return [
            ("get", reverse("journal:entry", args=[self.entry.pk])),
            ("get", reverse("journal:entry_edit", args=[self.entry.pk])),
            ("post", reverse("journal:entry_edit", args=[self.entry.pk])),
            ("get", reverse("journal:entry_delete", args=[self.entry.pk])),
            ("post", reverse("journal:entry_delete", args=[self.entry.pk])),
            ("post", reverse("journal:no_contact_slip_delete", args=[self.slip.pk])),
            ("post", reverse("journal:no_contact_reason_delete", args=[self.reason.pk])),
        ]

    def test_it_answers_404_to_ben_for_every_one_of_adas_records(self):
        login_verified(self.client, self.ben)
        for method, url in self.ada_urls():
            data = {"body": "ben was here", "version": 1} if method == "post" else None
            response = getattr(self.client, method)(url, data)
            assert response.status_code == 404, (method, url)
        self.entry.refresh_from_db()
        assert self.entry.body == "When he went quiet I felt seven years old again."
        assert NoContactSlip.objects.filter(pk=self.slip.pk).exists()
        assert NoContactReason.objects.filter(pk=self.reason.pk).exists()

    def test_bens_own_pages_show_nothing_of_adas(self):
        login_verified(self.client, self.ben)
        for name in ["journal:start", "journal:entries", "journal:no_contact"]:
            page = self.client.get(reverse(name)).content.decode()
            assert "seven years old" not in page, name
            assert "deserve someone who answers" not in page, name
            assert "Looked at his stories" not in page, name
            assert "Counting from" not in page, name

    def test_it_answers_404_to_clinicians_everywhere(self):
        login_verified(self.client, self.theo)
        urls = [
            reverse("journal:start"),
            reverse("journal:entries"),
            reverse("journal:write"),
            reverse("journal:write_prompt", args=["breakup", "unsent-letter"]),
            reverse("journal:no_contact"),
            reverse("journal:no_contact_stop"),
            *(url for _, url in self.ada_urls()),
        ]
        for url in urls:
            assert self.client.get(url).status_code in (404, 405), url
        assert self.client.get(reverse("journal:entry", args=[self.entry.pk])).status_code == 404

    def test_it_sends_anonymous_visitors_to_sign_in(self):
        for name in ["journal:start", "journal:entries", "journal:write", "journal:no_contact"]:
            response = self.client.get(reverse(name))
            assert response.status_code == 302
            assert response["Location"].startswith(reverse("accounts:login"))

    def test_the_database_holds_no_plaintext_of_any_journal_text(self):
        from django.db import connection

        secrets = ["seven years old", "Looked at his stories", "someone who answers"]
        with connection.cursor() as cursor:
            for table in [
                Entry._meta.db_table,
                NoContactSlip._meta.db_table,
                NoContactReason._meta.db_table,
            ]:
                cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
                dump = repr(cursor.fetchall())
                for secret in secrets:
                    assert secret not in dump, (table, secret)


class WritingTests(JournalFixtures, TestCase):
    def setUp(self):
        login_verified(self.client, self.ada)

    def test_the_home_page_offers_both_tracks_and_recent_entries(self):
        response = self.client.get(reverse("journal:start"))
        page = response.content.decode()
        assert response.status_code == 200
        assert "Roots" in page and "After a breakup" in page
        assert "A letter you will not send" in page
        assert "seven years old" in page

    def test_it_saves_a_guided_entry_and_shows_it(self):
        url = reverse("journal:write_prompt", args=["breakup", "what-you-miss"])
        page = self.client.get(url).content.decode()
        assert "Missing someone" in page
        response = self.client.post(
            url, {"body": "Sunday pancakes.", "submission_key": uuid.uuid4()}
        )
        entry = Entry.objects.filter(user=self.ada).latest("created_at")
        assert response["Location"] == reverse("journal:entry", args=[entry.pk])
        assert entry.body == "Sunday pancakes."
        assert entry.prompt == "breakup/what-you-miss"
        detail = self.client.get(response["Location"]).content.decode()
        assert "Sunday pancakes." in detail and "What you miss" in detail

    def test_it_saves_a_free_entry(self):
        self.client.post(reverse("journal:write"), {"body": "Free", "submission_key": uuid.uuid4()})
        entry = Entry.objects.filter(user=self.ada).latest("created_at")
        assert (entry.body, entry.prompt) == ("Free", "")

    def test_it_answers_404_for_a_prompt_that_does_not_exist(self):
        url = reverse("journal:write_prompt", args=["roots", "no-such-prompt"])
        assert self.client.get(url).status_code == 404

    def test_a_double_submit_saves_one_entry(self):
        data = {"body": "Only once, please.", "submission_key": uuid.uuid4()}
        first = self.client.post(reverse("journal:write"), data)
        second = self.client.post(reverse("journal:write"), data)
        assert first["Location"] == second["Location"]
        assert Entry.objects.filter(user=self.ada).count() == 2  # the fixture and this one

    def test_an_empty_entry_gets_a_clear_error(self):
        response = self.client.post(
            reverse("journal:write"), {"body": "   ", "submission_key": uuid.uuid4()}
        )
        assert response.status_code == 200
        assert "Write at least a few words" in response.content.decode()
        assert Entry.objects.filter(user=self.ada).count() == 1

    def test_it_edits_an_entry(self):
        url = reverse("journal:entry_edit", args=[self.entry.pk])
        response = self.client.post(url, {"body": "Rewritten.", "version": self.entry.version})
        assert response.status_code == 302
        self.entry.refresh_from_db()
        assert self.entry.body == "Rewritten."
        assert self.entry.version == 2

    def test_a_stale_edit_keeps_both_texts_and_overwrites_nothing(self):
        url = reverse("journal:entry_edit", args=[self.entry.pk])
        services.update_entry(entry=self.entry, body="Saved from my phone.", expected_version=1)
        response = self.client.post(url, {"body": "Typed on my laptop.", "version": 1})
        page = response.content.decode()
        assert response.status_code == 200
        assert "changed somewhere else" in page
        assert "Saved from my phone." in page and "Typed on my laptop." in page
        self.entry.refresh_from_db()
        assert self.entry.body == "Saved from my phone."
        # Saving again from the conflict page is a deliberate choice and goes through.
        self.client.post(url, {"body": "Typed on my laptop.", "version": self.entry.version})
        self.entry.refresh_from_db()
        assert self.entry.body == "Typed on my laptop."

    def test_it_deletes_an_entry_after_asking(self):
        url = reverse("journal:entry_delete", args=[self.entry.pk])
        assert "cannot be undone" in self.client.get(url).content.decode()
        assert self.client.post(url)["Location"] == reverse("journal:entries")
        assert not Entry.objects.filter(pk=self.entry.pk).exists()
        # A second click on Delete finds nothing to delete.
        assert self.client.post(url).status_code == 404

    def test_the_entry_list_uses_a_constant_number_of_queries(self):
        for n in range(15):
            services.create_entry(
                user=self.ada, body=f"entry {n}", prompt="", submission_key=uuid.uuid4()
            )
        self.client.get(reverse("journal:entries"))  # warm the session
        # Session and user, count and one page of entries: the same for 1 or 1,000 entries.
        # The session is not written: its expiry moved by less than a minute.
        with self.assertNumQueries(4):
            response = self.client.get(reverse("journal:entries"))
        assert response.content.decode().count('class="card"') == 16


class CrisisPanelTests(JournalFixtures, TestCase):
    def setUp(self):
        login_verified(self.client, self.ada)

    def test_a_risky_entry_is_saved_and_the_next_page_shows_the_panel(self):
        response = self.client.post(
            reverse("journal:write"),
            {"body": "Everyone would be better off without me.", "submission_key": uuid.uuid4()},
            follow=True,
        )
        page = response.content.decode()
        assert 'class="crisis-panel" role="alert"' in page
        assert "Everyone would be better off without me." in page  # saved and shown as written

    def test_a_repeated_risky_submit_still_shows_the_panel(self):
        def lose_the_flag():
            # A double tap: the second request's stale copy of the session overwrote it.
            session = self.client.session
            del session[SESSION_KEY]
            session.save()

        sends = [
            (
                reverse("journal:write"),
                {
                    "body": "Everyone would be better off without me.",
                    "submission_key": uuid.uuid4(),
                },
            ),
            (
                reverse("journal:no_contact_slip"),
                {
                    "happened_on": "2026-03-06",
                    "note": "I wrote goodbye letters to my family.",
                    "submission_key": uuid.uuid4(),
                },
            ),
            (
                reverse("journal:no_contact_reason"),
                {
                    "text": "If I go back I will end up wanting to die.",
                    "submission_key": uuid.uuid4(),
                },
            ),
        ]
        for url, data in sends:
            self.client.post(url, data)
            lose_the_flag()
            response = self.client.post(url, data, follow=True)
            assert 'class="crisis-panel" role="alert"' in response.content.decode(), url
        assert Entry.objects.filter(user=self.ada).count() == 2
        assert NoContactSlip.objects.filter(user=self.ada).count() == 2
        assert NoContactReason.objects.filter(user=self.ada).count() == 2

    def test_an_everyday_entry_shows_no_panel(self):
        response = self.client.post(
            reverse("journal:write"),
            {"body": "I'm dying to see him on Friday.", "submission_key": uuid.uuid4()},
            follow=True,
        )
        assert "crisis-panel" not in response.content.decode()

    def test_editing_an_entry_into_risky_words_shows_the_panel(self):
        response = self.client.post(
            reverse("journal:entry_edit", args=[self.entry.pk]),
            {"body": "I don't want to be alive anymore.", "version": 1},
            follow=True,
        )
        assert "crisis-panel" in response.content.decode()

    def test_slip_notes_and_reasons_are_screened_too(self):
        self.client.post(
            reverse("journal:no_contact_slip"),
            {
                "happened_on": "2026-03-06",
                "note": "I wrote goodbye letters to my family.",
                "submission_key": uuid.uuid4(),
            },
        )
        assert "crisis-panel" in self.client.get(reverse("journal:no_contact")).content.decode()
        self.client.post(
            reverse("journal:no_contact_reason"),
            {"text": "If I go back I will end up wanting to die.", "submission_key": uuid.uuid4()},
        )
        assert "crisis-panel" in self.client.get(reverse("journal:no_contact")).content.decode()


class ExpiredSessionTests(JournalFixtures, TestCase):
    def test_words_sent_after_the_session_expired_wait_for_sign_in(self):
        url = reverse("journal:write_prompt", args=["breakup", "unsent-letter"])
        response = self.client.post(
            url,
            {
                "body": "Dear Sam, I kept the mug.",
                "submission_key": uuid.uuid4(),
                "draft_author": author_token(self.ada),
            },
        )
        assert response["Location"].startswith(reverse("accounts:login"))
        assert Entry.objects.count() == 1  # only the fixture: nothing saved while signed out
        for session in Session.objects.all():
            assert b"kept the mug" not in session.session_data.encode()
            assert "kept the mug" not in repr(session.get_decoded())
        login_verified(self.client, self.ada)
        page = self.client.get(url).content.decode()
        assert "Dear Sam, I kept the mug." in page
        assert "Welcome back" in page
        # Offered once: a later visit starts with an empty page again.
        assert "kept the mug" not in self.client.get(url).content.decode()

    def test_an_edit_sent_after_the_session_expired_waits_too_and_still_checks_the_version(self):
        url = reverse("journal:entry_edit", args=[self.entry.pk])
        self.client.post(
            url,
            {
                "body": "A kinder way to say it.",
                "version": 1,
                "draft_author": author_token(self.ada),
            },
        )
        services.update_entry(entry=self.entry, body="Changed on my phone.", expected_version=1)
        login_verified(self.client, self.ada)
        page = self.client.get(url).content.decode()
        assert "A kinder way to say it." in page
        response = self.client.post(url, {"body": "A kinder way to say it.", "version": 1})
        assert "changed somewhere else" in response.content.decode()
        self.entry.refresh_from_db()
        assert self.entry.body == "Changed on my phone."

    def test_a_draft_is_never_offered_to_someone_else_who_signs_in(self):
        url = reverse("journal:write")
        self.client.post(
            url,
            {
                "body": "Only for me to read.",
                "submission_key": uuid.uuid4(),
                "draft_author": author_token(self.ada),
            },
        )
        self.client.force_login(self.ben)
        assert "Only for me to read." not in self.client.get(url).content.decode()

    def test_a_draft_without_its_writers_token_is_not_offered(self):
        url = reverse("journal:write")
        self.client.post(url, {"body": "Who wrote this?", "submission_key": uuid.uuid4()})
        login_verified(self.client, self.ada)
        assert "Who wrote this?" not in self.client.get(url).content.decode()

    def test_the_form_carries_its_writers_token(self):
        login_verified(self.client, self.ada)
        page = self.client.get(reverse("journal:write")).content.decode()
        # The token carries a timestamp, so compare what it names, not its text.
        token = re.search(r'name="draft_author" value="([^"]+)"', page)
        assert token and same_author(token.group(1), self.ada)

    def test_a_draft_left_waiting_too_long_is_discarded(self):
        url = reverse("journal:write")
        with time_machine.travel(EVENING_IN_LA, tick=False) as traveler:
            self.client.post(
                url,
                {
                    "body": "Left on a shared laptop.",
                    "submission_key": uuid.uuid4(),
                    "draft_author": author_token(self.ada),
                },
            )
            traveler.shift(16 * 60)
            login_verified(self.client, self.ada)
            assert "Left on a shared laptop." not in self.client.get(url).content.decode()


@time_machine.travel(EVENING_IN_LA, tick=False)
class NoContactTests(JournalFixtures, TestCase):
    def setUp(self):
        login_verified(self.client, self.ada)

    def test_it_counts_days_in_the_persons_time_zone(self):
        page = self.client.get(reverse("journal:no_contact")).content.decode()
        assert "9 days" in page  # 1 March to 10 March in Los Angeles
        assert "Looked at his stories" in page
        assert "I deserve someone who answers." in page

    def test_a_slip_keeps_the_count_unless_the_person_restarts_it(self):
        self.client.post(
            reverse("journal:no_contact_slip"),
            {"happened_on": "2026-03-08", "note": "", "submission_key": uuid.uuid4()},
        )
        assert "9 days" in self.client.get(reverse("journal:no_contact")).content.decode()
        self.client.post(
            reverse("journal:no_contact_slip"),
            {"happened_on": "2026-03-09", "restart_count": "on", "submission_key": uuid.uuid4()},
        )
        page = self.client.get(reverse("journal:no_contact")).content.decode()
        assert "1 day" in page and "Counting from Monday, March 9, 2026" in page

    def test_it_refuses_slips_in_the_future_or_before_the_start(self):
        for day in ["2026-03-11", "2026-02-27"]:
            response = self.client.post(
                reverse("journal:no_contact_slip"),
                {"happened_on": day, "submission_key": uuid.uuid4()},
            )
            assert response.status_code == 400
        assert NoContactSlip.objects.filter(user=self.ada).count() == 1

    def test_a_double_submitted_slip_is_logged_once(self):
        data = {"happened_on": "2026-03-07", "submission_key": uuid.uuid4()}
        self.client.post(reverse("journal:no_contact_slip"), data)
        self.client.post(reverse("journal:no_contact_slip"), data)
        assert NoContactSlip.objects.filter(user=self.ada).count() == 2

    def test_ben_starts_his_own_count_and_cannot_start_one_in_the_future(self):
        self.client.logout()
        login_verified(self.client, self.ben)
        response = self.client.post(reverse("journal:no_contact"), {"started_on": "2026-03-11"})
        assert response.status_code == 400
        assert "in the future" in response.content.decode()
        self.client.post(reverse("journal:no_contact"), {"started_on": "2026-03-10"})
        assert NoContactPlan.objects.get(user=self.ben).started_on == date(2026, 3, 10)
        assert "Day one" in self.client.get(reverse("journal:no_contact")).content.decode()

    def test_reasons_can_be_added_and_removed(self):
        self.client.post(
            reverse("journal:no_contact_reason"),
            {"text": "My sleep came back.", "submission_key": uuid.uuid4()},
        )
        assert NoContactReason.objects.filter(user=self.ada).count() == 2
        self.client.post(reverse("journal:no_contact_reason_delete", args=[self.reason.pk]))
        assert [r.text for r in NoContactReason.objects.filter(user=self.ada)] == [
            "My sleep came back."
        ]

    def test_removing_a_restarting_slip_restores_the_earlier_count(self):
        slip, _ = services.log_slip(
            user=self.ada,
            happened_on=date(2026, 3, 9),
            note="",
            restart_count=True,
            submission_key=uuid.uuid4(),
        )
        self.client.post(reverse("journal:no_contact_slip_delete", args=[slip.pk]))
        assert "9 days" in self.client.get(reverse("journal:no_contact")).content.decode()

    def test_stopping_deletes_the_tracker_and_keeps_the_journal(self):
        assert (
            "deletes your count"
            in self.client.get(reverse("journal:no_contact_stop")).content.decode()
        )
        self.client.post(reverse("journal:no_contact_stop"))
        assert not NoContactPlan.objects.filter(user=self.ada).exists()
        assert not NoContactSlip.objects.filter(user=self.ada).exists()
        assert not NoContactReason.objects.filter(user=self.ada).exists()
        assert Entry.objects.filter(user=self.ada).exists()


class RootsCareNoteTests(Personas, TestCase):
    """The roots prompts open with a trauma-aware note and a way to ground or get help."""

    def setUp(self):
        login_verified(self.client, self.ada)

    def assert_care_note(self, response):
        self.assertContains(response, "Go at your own pace")
        self.assertContains(response, f'href="{reverse("pause:exercise", args=["grounding"])}"')
        self.assertContains(response, f'<a href="{reverse("practice:help")}">Need help now?</a>')

    def test_every_roots_prompt_starts_with_the_note(self):
        for slug in ("early-care", "what-you-needed", "someone-steady", "the-pattern-now"):
            response = self.client.get(reverse("journal:write_prompt", args=["roots", slug]))
            self.assert_care_note(response)
            body = response.content.decode()
            self.assertLess(body.index("Go at your own pace"), body.index('class="lead"'))

    def test_the_roots_track_shows_it_on_the_journal_home(self):
        self.assert_care_note(self.client.get(reverse("journal:start")))

    def test_other_prompts_do_not(self):
        response = self.client.get(
            reverse("journal:write_prompt", args=["breakup", "unsent-letter"])
        )
        self.assertNotContains(response, "Go at your own pace")
        self.assertNotContains(self.client.get(reverse("journal:write")), "Go at your own pace")
