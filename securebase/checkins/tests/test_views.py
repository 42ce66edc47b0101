"""Check-in pages: saving, double submits, same-day editing, the risk panel, privacy."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime

import time_machine
from django.test import TestCase
from django.urls import reverse

from securebase.checkins.models import Checkin
from securebase.core.authorship import author_token, same_author
from securebase.core.safety import SESSION_KEY
from securebase.testing import PASSWORD, Personas, login_verified

RISKY = "Everyone would be better off without me."
# 23:30 on Sunday 9 March 2025 in Los Angeles (PDT, UTC-7) is already 10 March in UTC.
LATE_SUNDAY = datetime(2025, 3, 10, 6, 30, tzinfo=UTC)
JUST_AFTER_MIDNIGHT = datetime(2025, 3, 10, 7, 10, tzinfo=UTC)  # 00:10 Monday in LA


def form_data(**overrides) -> dict:
    data = {
        "token": str(uuid.uuid4()),
        "anxiety": "7",
        "emotions_worried": ["anxious", "insecure"],
        "emotions_hurt": ["lonely"],
        "triggers": ["slow_reply"],
        "behavior_excessive_contact": "resisted",
        "behavior_checking": "acted",
        "behavior_keeping_score": "",
        "helped": ["breathing"],
        "note": "Waited two hours before replying.",
    }
    data.update(overrides)
    return data


def make_checkin(user, *, at=LATE_SUNDAY, note="private words", **fields) -> Checkin:
    values = {"anxiety": 5, "emotions": ["calm"], "triggers": [], "behaviors": {}, "helped": []}
    values.update(fields)
    return Checkin.objects.create(
        user=user, created_at=at, updated_at=at, note=note, token=uuid.uuid4(), **values
    )


class StartTests(Personas, TestCase):
    def test_it_explains_check_ins_to_a_signed_out_visitor(self):
        response = self.client.get(reverse("checkins:start"))
        assert response.status_code == 200
        self.assertContains(response, "log in")
        self.assertContains(response, reverse("pause:start"))
        self.assertNotContains(response, '<form method="post" action="/check-in/"')

    def test_it_shows_help_to_a_signed_out_visitor_without_saying_anything_was_saved(self):
        response = self.client.post(reverse("checkins:start"), form_data(note=RISKY))
        self.assertContains(response, "crisis-panel")
        self.assertContains(response, "What you wrote has not been saved or sent to anyone.")
        assert not Checkin.objects.exists()

    def test_it_answers_a_clinician_the_same_on_every_check_in_page(self):
        login_verified(self.client, self.theo)
        for name in ("checkins:start", "checkins:history", "checkins:trends"):
            assert self.client.get(reverse(name)).status_code == 404, name

    def test_it_shows_the_form_with_a_fresh_token_each_time(self):
        self.client.force_login(self.ada)
        first = self.client.get(reverse("checkins:start"))
        second = self.client.get(reverse("checkins:start"))
        assert first.status_code == 200
        self.assertTemplateUsed(first, "checkins/form.html")
        assert first.context["form"].initial["token"] != second.context["form"].initial["token"]
        self.assertContains(first, "How anxious do you feel right now?")
        self.assertContains(first, "Down on myself")
        self.assertContains(first, "Asking for reassurance again and again")


class RecordTests(Personas, TestCase):
    def setUp(self):
        self.client.force_login(self.ada)

    @time_machine.travel(LATE_SUNDAY, tick=False)
    def test_it_saves_a_check_in_and_shows_it(self):
        response = self.client.post(reverse("checkins:start"), form_data())
        checkin = Checkin.objects.get(user=self.ada)
        self.assertRedirects(
            response,
            reverse("checkins:detail", args=[checkin.pk]),
            fetch_redirect_response=False,
        )
        assert checkin.anxiety == 7
        assert checkin.emotions == ["anxious", "insecure", "lonely"]
        assert checkin.triggers == ["slow_reply"]
        assert checkin.behaviors == {"excessive_contact": "resisted", "checking": "acted"}
        assert checkin.helped == ["breathing"]
        assert checkin.note == "Waited two hours before replying."
        assert checkin.created_at == LATE_SUNDAY
        page = self.client.get(response.url)
        self.assertContains(page, "Saved. Thank you for checking in")
        self.assertContains(page, "Sunday, March 9 at 11:30 PM")
        self.assertContains(page, "Anxious, Insecure, Lonely")
        self.assertContains(page, "Checking their social media or location")

    def test_it_saves_a_double_submit_once(self):
        data = form_data()
        first = self.client.post(reverse("checkins:start"), data)
        second = self.client.post(reverse("checkins:start"), data)
        assert Checkin.objects.filter(user=self.ada).count() == 1
        assert first.url == second.url
        self.assertContains(self.client.get(second.url), "already saved")

    def test_it_allows_several_check_ins_a_day(self):
        self.client.post(reverse("checkins:start"), form_data())
        self.client.post(reverse("checkins:start"), form_data(anxiety="3"))
        assert sorted(Checkin.objects.values_list("anxiety", flat=True)) == [3, 7]

    def test_it_keeps_everything_typed_when_the_anxiety_is_missing(self):
        response = self.client.post(reverse("checkins:start"), form_data(anxiety=""))
        assert response.status_code == 200
        assert not Checkin.objects.exists()
        self.assertContains(response, "Choose a number from 0 to 10")
        self.assertContains(response, "Waited two hours before replying.")
        self.assertContains(
            response, 'value="lonely" class="chip-input" id="id_emotions_hurt_0" checked'
        )

    def test_it_refuses_values_outside_the_vocabulary_and_scale(self):
        response = self.client.post(
            reverse("checkins:start"),
            form_data(anxiety="11", triggers=["made_up"], behavior_checking="sometimes"),
        )
        form = response.context["form"]
        assert set(form.errors) == {"anxiety", "triggers", "behavior_checking"}
        assert not Checkin.objects.exists()

    def test_it_refuses_a_note_longer_than_the_limit(self):
        response = self.client.post(reverse("checkins:start"), form_data(note="x" * 4001))
        assert "note" in response.context["form"].errors
        assert not Checkin.objects.exists()

    def test_it_shows_the_crisis_panel_after_a_risky_note_and_keeps_the_note(self):
        response = self.client.post(reverse("checkins:start"), form_data(note=RISKY), follow=True)
        assert Checkin.objects.get().note == RISKY
        self.assertContains(response, "crisis-panel")
        self.assertContains(response, "You don't have to carry this alone")
        # Once shown, the panel does not follow the person around.
        self.assertNotContains(self.client.get(reverse("checkins:history")), "crisis-panel")

    def test_it_shows_the_crisis_panel_after_a_repeated_risky_submit(self):
        data = form_data(note=RISKY)
        self.client.post(reverse("checkins:start"), data)
        # A double tap: the second request's stale copy of the session overwrote the flag.
        session = self.client.session
        del session[SESSION_KEY]
        session.save()
        response = self.client.post(reverse("checkins:start"), data, follow=True)
        assert Checkin.objects.count() == 1
        self.assertContains(response, "crisis-panel")

    def test_it_shows_no_panel_after_an_everyday_note(self):
        response = self.client.post(
            reverse("checkins:start"), form_data(note="I'm dying to see him tonight"), follow=True
        )
        self.assertNotContains(response, "crisis-panel")


class EditTests(Personas, TestCase):
    def setUp(self):
        self.client.force_login(self.ada)

    def test_it_changes_a_check_in_on_the_same_day(self):
        checkin = make_checkin(self.ada)
        with time_machine.travel(datetime(2025, 3, 10, 6, 50, tzinfo=UTC), tick=False):
            page = self.client.get(reverse("checkins:edit", args=[checkin.pk]))
            self.assertContains(page, "private words")
            response = self.client.post(
                reverse("checkins:edit", args=[checkin.pk]), form_data(anxiety="2", note="Better.")
            )
        self.assertRedirects(
            response, reverse("checkins:detail", args=[checkin.pk]), fetch_redirect_response=False
        )
        checkin.refresh_from_db()
        assert (checkin.anxiety, checkin.note) == (2, "Better.")
        assert checkin.created_at == LATE_SUNDAY
        assert Checkin.objects.count() == 1

    def test_it_locks_a_check_in_once_the_persons_day_is_over(self):
        # Still 10 March in UTC, but past midnight in Los Angeles, where Ada lives.
        checkin = make_checkin(self.ada)
        with time_machine.travel(JUST_AFTER_MIDNIGHT, tick=False):
            response = self.client.get(reverse("checkins:edit", args=[checkin.pk]))
            self.assertRedirects(
                response,
                reverse("checkins:detail", args=[checkin.pk]),
                fetch_redirect_response=False,
            )
            detail = self.client.get(response.url)
        self.assertContains(detail, "can be changed only on the day they were made")
        self.assertNotContains(detail, reverse("checkins:edit", args=[checkin.pk]))

    def test_it_follows_the_persons_own_time_zone(self):
        self.ada.time_zone = "Europe/London"
        self.ada.save()
        checkin = make_checkin(self.ada)  # 06:30 on 10 March in London
        with time_machine.travel(JUST_AFTER_MIDNIGHT, tick=False):
            response = self.client.get(reverse("checkins:edit", args=[checkin.pk]))
        assert response.status_code == 200

    def test_it_keeps_what_was_typed_when_the_day_ends_mid_edit(self):
        checkin = make_checkin(self.ada)
        with time_machine.travel(JUST_AFTER_MIDNIGHT, tick=False):
            response = self.client.post(
                reverse("checkins:edit", args=[checkin.pk]),
                form_data(anxiety="4", note="Typed just before midnight."),
            )
            assert response.status_code == 409
            self.assertContains(response, "stays as it was", status_code=409)
            self.assertContains(response, "Typed just before midnight.", status_code=409)
            self.assertContains(response, "Save as a new check-in for today", status_code=409)
            checkin.refresh_from_db()
            assert (checkin.anxiety, checkin.note) == (5, "private words")
            # The offered button posts the same answers, with a fresh token, as a new check-in.
            form = response.context["form"]
            resend = {**form.data.dict(), **{k: form.data.getlist(k) for k in form.data}}
            self.client.post(reverse("checkins:start"), resend)
        new = Checkin.objects.exclude(pk=checkin.pk).get()
        assert (new.anxiety, new.note) == (4, "Typed just before midnight.")
        assert new.created_at == JUST_AFTER_MIDNIGHT

    def test_it_deletes_a_check_in(self):
        checkin = make_checkin(self.ada)
        page = self.client.get(reverse("checkins:delete", args=[checkin.pk]))
        self.assertContains(page, "Delete this check-in?")
        response = self.client.post(reverse("checkins:delete", args=[checkin.pk]))
        self.assertRedirects(response, reverse("checkins:history"))
        assert not Checkin.objects.filter(pk=checkin.pk).exists()


class ExpiredSessionTests(Personas, TestCase):
    def test_it_keeps_a_check_in_submitted_after_the_session_ended(self):
        data = {**form_data(note="Written slowly."), "draft_author": author_token(self.ada)}
        response = self.client.post(reverse("checkins:start"), data)
        assert response.status_code == 200
        self.assertContains(response, "You were signed out before this check-in could be saved")
        assert not Checkin.objects.exists()
        self.client.post(
            reverse("accounts:login"), {"username": self.ada.email, "password": PASSWORD}
        )
        form_page = self.client.get(reverse("checkins:start"))
        self.assertContains(form_page, "not saved until you press Save")
        self.assertContains(form_page, "Written slowly.")
        assert not Checkin.objects.exists()
        self.client.post(reverse("checkins:start"), form_page.context["form"].data)
        assert Checkin.objects.get(user=self.ada).note == "Written slowly."
        # Taken once: a later visit starts from a blank form.
        self.assertNotContains(self.client.get(reverse("checkins:start")), "Written slowly.")

    def test_it_never_puts_a_late_check_in_in_front_of_someone_else(self):
        data = {**form_data(note="Mine alone."), "draft_author": author_token(self.ada)}
        self.client.post(reverse("checkins:start"), data)
        self.client.force_login(self.ben)
        self.assertNotContains(self.client.get(reverse("checkins:start")), "Mine alone.")

    def test_the_check_in_form_carries_its_writers_token(self):
        self.client.force_login(self.ada)
        page = self.client.get(reverse("checkins:start"))
        # The token carries a timestamp, so compare what it names, not its text.
        token = re.search(r'name="draft_author" value="([^"]+)"', page.content.decode())
        assert token and same_author(token.group(1), self.ada)
        assert not same_author(token.group(1), self.ben)


class HistoryTests(Personas, TestCase):
    def test_it_lists_only_ones_own_check_ins_in_constant_queries(self):
        for n in range(3):
            make_checkin(self.ada, anxiety=n)
        make_checkin(self.ben, anxiety=9)
        self.client.force_login(self.ada)
        self.client.get(reverse("checkins:history"))  # warm the session
        # Session, user, count, one page; the session is not written (expiry moved < 1 min).
        with self.assertNumQueries(4):
            response = self.client.get(reverse("checkins:history"))
        assert len(response.context["rows"]) == 3
        self.assertNotContains(response, "Anxiety 9/10")
        for _ in range(40):
            make_checkin(self.ada, anxiety=3)
        with self.assertNumQueries(4):
            self.client.get(reverse("checkins:history"))


class PrivacyTests(Personas, TestCase):
    """Ben may see nothing of Ada's: every view with an id answers 404, for every method."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.checkin = make_checkin(cls.ada, note="Ada's own words")

    def test_it_answers_404_to_someone_else_for_every_check_in_view(self):
        self.client.force_login(self.ben)
        for name in ("checkins:detail", "checkins:edit", "checkins:delete"):
            url = reverse(name, args=[self.checkin.pk])
            assert self.client.get(url).status_code == 404, name
            if name != "checkins:detail":
                assert self.client.post(url, form_data()).status_code == 404, name
        self.checkin.refresh_from_db()
        assert self.checkin.note == "Ada's own words"

    def test_it_answers_404_to_a_clinician(self):
        login_verified(self.client, self.theo)
        assert (
            self.client.get(reverse("checkins:detail", args=[self.checkin.pk])).status_code == 404
        )
        assert self.client.get(reverse("checkins:trends")).status_code == 404
        assert self.client.get(reverse("checkins:export", args=["json"])).status_code == 404

    def test_it_sends_a_signed_out_visitor_to_log_in(self):
        response = self.client.get(reverse("checkins:detail", args=[self.checkin.pk]))
        assert response.status_code == 302
        assert reverse("accounts:login") in response.url

    def test_it_keeps_other_peoples_data_out_of_trends_and_exports(self):
        self.client.force_login(self.ben)
        trends = self.client.get(reverse("checkins:trends"))
        assert trends.context["trends"].checkins == 0
        for kind in ("json", "csv"):
            body = self.client.get(reverse("checkins:export", args=[kind])).content.decode()
            assert "Ada's own words" not in body
