"""The pause tool: the anonymous flow keeps nothing, a client's flow is saved, privacy holds."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import time_machine
from django.test import TestCase
from django.urls import reverse

from securebase.pause import exercises
from securebase.pause.flow import Carry, seal
from securebase.pause.models import PauseSession
from securebase.testing import Personas, login_verified

RISKY = "I don't want to be alive anymore."
STARTED = datetime(2025, 5, 2, 3, 15, tzinfo=UTC)


def start_data(**overrides) -> dict:
    data = {"token": str(uuid.uuid4()), "urge": "text", "urge_before": "8", "anxiety_before": "7"}
    data.update(overrides)
    return data


def after_data(**overrides) -> dict:
    data = {"exercise": "breathing", "urge_after": "4", "anxiety_after": "3", "outcome": "waited"}
    data.update(overrides)
    return data


def make_pause(user, **fields) -> PauseSession:
    values = {
        "started_at": STARTED,
        "urge": "check",
        "urge_before": 9,
        "anxiety_before": 8,
        "token": uuid.uuid4(),
    }
    values.update(fields)
    return PauseSession.objects.create(user=user, **values)


class AnonymousFlowTests(Personas, TestCase):
    def test_it_runs_a_whole_pause_without_keeping_anything(self):
        start = self.client.get(reverse("pause:start"))
        self.assertContains(start, "nothing from this pause is saved")
        response = self.client.post(reverse("pause:start"), start_data())
        assert response.status_code == 302
        assert response.url.startswith(reverse("pause:choose") + "?f=")
        # The ratings travel encrypted: the URL does not show them.
        assert "urge" not in response.url
        assert "anxiety" not in response.url
        choose = self.client.get(response.url)
        self.assertContains(choose, "Urge 8 of 10, anxiety 7 of 10")
        breathing_url = choose.context["options"][0][1]
        breathing = self.client.get(breathing_url)
        self.assertContains(breathing, "Breathe in gently through your nose while you count to 4")
        after = self.client.get(breathing.context["after_url"])
        self.assertContains(after, "Before, you rated the urge 8 and your anxiety 7")
        finished = self.client.post(breathing.context["after_url"], after_data())
        assert finished.url.startswith(reverse("pause:done"))
        done = self.client.get(finished.url)
        self.assertContains(done, "You waited.")
        self.assertContains(done, "<td>8</td><td>4</td>", html=False)
        self.assertContains(done, "Paced breathing")
        assert not PauseSession.objects.exists()

    def test_it_starts_over_gently_when_the_pause_link_is_spoiled_or_old(self):
        carry = seal(Carry(urge="ask", urge_before=6, anxiety_before=5))
        spoiled = self.client.get(reverse("pause:after") + "?f=" + carry[:-4] + "AAAA")
        self.assertRedirects(spoiled, reverse("pause:start"), fetch_redirect_response=False)
        with time_machine.travel(datetime.now(tz=UTC) + timedelta(hours=7)):
            old = self.client.get(reverse("pause:after") + "?f=" + carry)
        assert old.status_code == 302
        page = self.client.get(reverse("pause:start"))
        self.assertContains(page, "That pause has ended")
        assert self.client.get(reverse("pause:done")).status_code == 302
        for step in ("choose", "after", "done"):
            response = self.client.get(reverse(f"pause:{step}") + "?f=spoiled")
            self.assertRedirects(response, reverse("pause:start"), fetch_redirect_response=False)
        breathing = reverse("pause:exercise", args=["breathing"]) + "?f=spoiled"
        self.assertRedirects(
            self.client.get(breathing), reverse("pause:start"), fetch_redirect_response=False
        )

    def test_it_lets_anyone_use_every_exercise_on_its_own(self):
        for choice in exercises.EXERCISES:
            query = {"step": 5} if choice.key == "grounding" else {}
            response = self.client.get(reverse("pause:exercise", args=[choice.key]), query)
            assert response.status_code == 200, choice.key
            if choice.key != "unsent_message":
                self.assertContains(response, "Rate the urge and start a pause")
        assert self.client.get(reverse("pause:exercise", args=["juggling"])).status_code == 404

    def test_it_screens_an_anonymous_unsent_message_and_keeps_none_of_it(self):
        url = reverse("pause:exercise", args=["unsent_message"])
        response = self.client.post(url, {"message": RISKY}, follow=True)
        self.assertContains(response, "Written, and unsent")
        self.assertContains(response, "crisis-panel")
        # It keeps nothing, so the panel must not say the words were saved.
        self.assertContains(response, "What you wrote has not been saved or sent to anyone.")
        self.assertNotContains(response, "What you wrote has been saved.")
        assert not PauseSession.objects.exists()

    def test_it_carries_the_unsent_message_step_without_the_message(self):
        carry = seal(Carry(urge="text", urge_before=9, anxiety_before=9))
        url = reverse("pause:exercise", args=["unsent_message"]) + "?f=" + carry
        response = self.client.post(url, {"message": "Why haven't you answered me?", "f": carry})
        assert response.url.startswith(reverse("pause:after"))
        assert "answered" not in response.url
        after = self.client.get(response.url)
        assert after.context["form"].initial["exercise"] == "unsent_message"


class ClientFlowTests(Personas, TestCase):
    def setUp(self):
        self.client.force_login(self.ada)

    @time_machine.travel(STARTED, tick=False)
    def test_it_saves_a_clients_pause_step_by_step(self):
        response = self.client.post(reverse("pause:start"), start_data())
        session = PauseSession.objects.get(user=self.ada)
        assert response.url == reverse("pause:session_choose", args=[session.pk])
        assert (session.urge, session.urge_before, session.anxiety_before) == ("text", 8, 7)
        assert session.started_at == STARTED
        choose = self.client.get(response.url)
        surf_url = dict((c.key, url) for c, url in choose.context["options"])["urge_surfing"]
        assert surf_url == reverse("pause:session_exercise", args=[session.pk, "urge_surfing"])
        surf = self.client.get(surf_url)
        self.assertContains(surf, "Set a timer for 15 minutes")
        finished = self.client.post(surf.context["after_url"], after_data(exercise="urge_surfing"))
        assert finished.url == reverse("pause:session_done", args=[session.pk])
        session.refresh_from_db()
        assert (session.exercise, session.urge_after, session.anxiety_after) == (
            "urge_surfing",
            4,
            3,
        )
        assert session.outcome == "waited"
        assert session.finished_at == STARTED
        done = self.client.get(finished.url)
        self.assertContains(done, "Urge surfing")
        self.assertContains(done, "See your trends")

    def test_it_starts_one_pause_from_a_double_submit(self):
        data = start_data()
        first = self.client.post(reverse("pause:start"), data)
        second = self.client.post(reverse("pause:start"), data)
        assert first.url == second.url
        assert PauseSession.objects.count() == 1

    def test_it_keeps_the_start_answers_when_one_is_missing(self):
        response = self.client.post(reverse("pause:start"), start_data(urge_before=""))
        assert response.status_code == 200
        self.assertContains(response, "a rough guess is fine")
        assert response.context["form"]["urge"].value() == "text"
        assert not PauseSession.objects.exists()

    def test_it_keeps_the_unsent_message_encrypted_and_screens_it(self):
        session = make_pause(self.ada)
        url = reverse("pause:session_exercise", args=[session.pk, "unsent_message"])
        response = self.client.post(url, {"message": RISKY})
        assert response.url.startswith(reverse("pause:session_after", args=[session.pk]))
        session.refresh_from_db()
        assert session.unsent_message == RISKY
        assert session.exercise == "unsent_message"
        after = self.client.get(response.url)
        self.assertContains(after, "crisis-panel")
        self.assertContains(after, "What you wrote has been saved.")
        detail = self.client.get(reverse("pause:session_done", args=[session.pk]))
        self.assertContains(detail, "The message you didn't send")
        self.assertContains(detail, "be alive anymore")

    def test_it_refuses_an_empty_unsent_message(self):
        session = make_pause(self.ada)
        url = reverse("pause:session_exercise", args=[session.pk, "unsent_message"])
        response = self.client.post(url, {"message": "  "})
        self.assertContains(response, "Write something first")

    def test_it_falls_back_to_the_usual_pace_for_numbers_out_of_range(self):
        url = reverse("pause:exercise", args=["breathing"])
        response = self.client.get(url, {"inhale": "30", "exhale": "6", "minutes": "2"})
        self.assertContains(response, "using the usual pace")
        assert (response.context["inhale"], response.context["cycles"]) == (4, 12)
        custom = self.client.get(url, {"inhale": "5", "exhale": "7", "minutes": "3"})
        self.assertContains(custom, 'data-inhale="5" data-exhale="7" data-cycles="15"')
        self.assertContains(custom, "Repeat 15 times — about 3 minutes")

    def test_it_walks_grounding_one_sense_at_a_time(self):
        url = reverse("pause:exercise", args=["grounding"])
        self.assertContains(self.client.get(url), "Five things you can see")
        self.assertContains(self.client.get(url, {"step": "3"}), "Three things you can hear")
        last = self.client.get(url, {"step": "99"})
        self.assertContains(last, "One thing you can taste")
        self.assertNotContains(last, "Next sense")
        self.assertContains(self.client.get(url, {"step": "x"}), "Five things you can see")

    def test_it_lists_and_deletes_ones_own_pauses(self):
        mine = make_pause(self.ada)
        make_pause(self.ben, urge="ask")
        history = self.client.get(reverse("pause:history"))
        assert list(history.context["page"].object_list) == [mine]
        self.client.post(reverse("pause:delete", args=[mine.pk]))
        assert not PauseSession.objects.filter(user=self.ada).exists()


class PrivacyTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.pause = make_pause(cls.ada, unsent_message="Ada's unsent words")

    def test_it_answers_404_to_someone_else_for_every_pause_view(self):
        self.client.force_login(self.ben)
        pk = self.pause.pk
        urls = [
            reverse("pause:session_done", args=[pk]),
            reverse("pause:session_choose", args=[pk]),
            reverse("pause:session_after", args=[pk]),
            reverse("pause:delete", args=[pk]),
            *(reverse("pause:session_exercise", args=[pk, c.key]) for c in exercises.EXERCISES),
        ]
        for url in urls:
            assert self.client.get(url).status_code == 404, url
        posts = [
            (reverse("pause:session_after", args=[pk]), after_data()),
            (reverse("pause:delete", args=[pk]), {}),
            (reverse("pause:session_exercise", args=[pk, "unsent_message"]), {"message": "x"}),
        ]
        for url, data in posts:
            assert self.client.post(url, data).status_code == 404, url
        self.pause.refresh_from_db()
        assert self.pause.unsent_message == "Ada's unsent words"
        assert self.pause.outcome == ""

    def test_it_sends_a_signed_out_visitor_to_sign_in_for_every_saved_step(self):
        pk = self.pause.pk
        urls = [
            reverse("pause:session_done", args=[pk]),
            reverse("pause:session_choose", args=[pk]),
            reverse("pause:session_after", args=[pk]),
            reverse("pause:delete", args=[pk]),
            *(reverse("pause:session_exercise", args=[pk, c.key]) for c in exercises.EXERCISES),
        ]
        login = reverse("accounts:login")
        for url in urls:
            response = self.client.get(url)
            assert response.status_code == 302, url
            assert response.url.startswith(login), url
        response = self.client.post(
            reverse("pause:session_exercise", args=[pk, "unsent_message"]), {"message": "x"}
        )
        assert response.url.startswith(login)
        self.pause.refresh_from_db()
        assert self.pause.unsent_message == "Ada's unsent words"

    def test_it_does_not_save_a_clinicians_pause(self):
        login_verified(self.client, self.theo)
        response = self.client.post(reverse("pause:start"), start_data())
        assert response.url.startswith(reverse("pause:choose") + "?f=")
        assert not PauseSession.objects.filter(user=self.theo).exists()


class AskDirectlyTests(Personas, TestCase):
    """Asking for closeness directly: a draft to copy, and nothing kept for anyone."""

    url = reverse("pause:ask_directly")
    parts = {
        "feel": "a bit far from you this week",
        "like": "some time just the two of us",
        "ask": "Could we have dinner on Friday?",
    }
    draft = (
        "I'm feeling a bit far from you this week. I'd like some time just the two of us. "
        "Could we have dinner on Friday?"
    )

    def test_it_is_offered_next_to_the_urges_and_among_the_exercises(self):
        for name in ("pause:start", "pause:choose"):
            response = self.client.get(reverse(name))
            self.assertContains(response, f'href="{self.url}"')
            self.assertContains(response, "I want to ask for closeness directly")

    def test_it_turns_the_three_parts_into_a_draft_on_the_page(self):
        response = self.client.post(self.url, self.parts)
        self.assertContains(response, "Your message")
        self.assertContains(response, self.draft.replace("'", "&#x27;"))
        self.assertContains(response, "data-copy-button hidden")

    def test_it_keeps_nothing_for_a_visitor(self):
        self.client.post(self.url, self.parts)
        self.assertEqual(PauseSession.objects.count(), 0)
        self.assertNotIn("sessionid", self.client.cookies)
        self.assertEqual(dict(self.client.session), {})

    def test_it_keeps_nothing_for_a_signed_in_client_either(self):
        login_verified(self.client, self.ada)
        response = self.client.post(self.url, self.parts)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(PauseSession.objects.count(), 0)
        self.assertNotIn("dinner", str(dict(self.client.session)))

    def test_it_asks_for_what_they_would_like_and_the_ask(self):
        response = self.client.post(self.url, {"feel": "lonely"})
        self.assertNotContains(response, "Your message")
        self.assertContains(response, "This field is required.", count=2)

    def test_risky_words_bring_the_crisis_panel(self):
        response = self.client.post(self.url, {**self.parts, "feel": RISKY}, follow=True)
        self.assertContains(response, "crisis-panel")


class DonePageTests(TestCase):
    def test_waiting_is_not_called_the_skill_every_time(self):
        carry = Carry(
            urge="ask",
            urge_before=8,
            anxiety_before=7,
            urge_after=3,
            anxiety_after=2,
            outcome="waited",
            exercise="breathing",
        )
        response = self.client.get(reverse("pause:done"), {"f": seal(carry)})
        self.assertNotContains(response, "That's the skill, growing")
        self.assertContains(response, "Waiting isn't the goal every time")
        self.assertContains(response, reverse("pause:ask_directly"))


class SelfCompassionCreditTests(TestCase):
    def test_it_credits_kristin_neff(self):
        response = self.client.get(
            reverse("pause:exercise", kwargs={"exercise": "self_compassion"})
        )
        self.assertContains(response, "Kristin Neff")
