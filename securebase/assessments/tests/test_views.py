"""Taking the questionnaire: pages, session answers, validation, results, saving."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from unittest import mock

import time_machine
from django.core import mail
from django.test import TestCase
from django.urls import reverse

from securebase.accounts.models import User
from securebase.assessments import scoring
from securebase.assessments.models import AssessmentResult
from securebase.assessments.tests.helpers import (
    ECR_R,
    ECR_S,
    answer_everything,
    draft_answers,
    page_ids,
    page_url,
    post_page,
    run_of,
)
from securebase.testing import PASSWORD, Personas, link_path

ALL_FIVES = {"anxiety": "4.8", "avoidance": "3.7"}  # 86/18 and 66/18, see test_scoring.py


class StartTests(Personas, TestCase):
    def test_it_offers_both_questionnaires_without_an_account(self):
        response = self.client.get(reverse("assessments:start"))
        assert response.status_code == 200
        self.assertContains(response, "Start the ECR-R")
        self.assertContains(response, "Start the ECR-S")
        self.assertContains(response, "ECR-R: 36 statements")
        self.assertContains(response, "ECR-S: 12 statements")
        self.assertContains(response, "No account is needed.")

    def test_it_shows_the_instructions_before_the_first_item(self):
        response = self.client.get(reverse("assessments:instructions", args=["ecr-r"]))
        self.assertContains(response, "Before you begin")
        self.assertContains(response, "how you generally experience relationships")
        self.assertContains(
            response,
            '1 (<span lang="en">Strongly disagree</span>) to '
            '7 (<span lang="en">Strongly agree</span>)',
        )
        self.assertContains(response, f'href="{page_url("ecr-r", 1)}"')
        self.assertNotContains(response, ECR_R.items[0].text)

    def test_it_answers_404_for_an_unknown_questionnaire_or_page(self):
        assert self.client.get("/assessment/ecr-x/").status_code == 404
        assert self.client.get(page_url("ecr-r", 7)).status_code == 404
        assert self.client.get(page_url("ecr-s", 3)).status_code == 404
        assert self.client.get(page_url("ecr-r", 0)).status_code == 404


class PageTests(Personas, TestCase):
    def test_it_shows_items_in_published_order_a_few_per_page(self):
        response = self.client.get(page_url("ecr-r", 1))
        html = response.content.decode()
        positions = [html.index(ECR_R.item(i).text.replace("'", "&#x27;")) for i in range(1, 7)]
        assert positions == sorted(positions)
        assert ECR_R.item(7).text not in html
        self.assertContains(response, "page 1 of 6")
        self.assertContains(response, '<progress id="progress-bar" max="36" value="0">')
        # Radio groups are fieldsets with the statement as the legend.
        self.assertContains(
            response, '<legend><span class="item-number">1.</span> <span lang="en">I&#x27;m afraid'
        )
        self.assertContains(response, 'type="radio" name="item_1" id="item_1-7" value="7"')
        self.assertNotContains(response, "style=")

    def test_it_continues_the_numbering_on_later_pages(self):
        response = self.client.get(page_url("ecr-r", 4))
        self.assertContains(response, '<span class="item-number">19.</span>')
        self.assertContains(response, ECR_R.item(19).text.replace("'", "&#x27;"))

    def test_it_keeps_answers_in_the_session_across_a_reload(self):
        post_page(self.client, ECR_R, 1, {i: 3 for i in page_ids(ECR_R, 1)})
        post_page(self.client, ECR_R, 2, {7: 6, 8: 2}, move="back")  # half a page, then back

        reloaded = self.client.get(page_url("ecr-r", 2))
        self.assertContains(reloaded, 'id="item_7-6" value="6" checked')
        self.assertContains(reloaded, 'id="item_8-2" value="2" checked')
        self.assertContains(reloaded, '<progress id="progress-bar" max="36" value="8">')
        first = self.client.get(page_url("ecr-r", 1))
        for item_id in page_ids(ECR_R, 1):
            self.assertContains(first, f'id="item_{item_id}-3" value="3" checked')

    def test_it_lets_an_answer_be_changed(self):
        post_page(self.client, ECR_R, 1, {i: 3 for i in page_ids(ECR_R, 1)})
        post_page(self.client, ECR_R, 1, {**{i: 3 for i in page_ids(ECR_R, 1)}, 2: 7})
        assert draft_answers(self.client, "ecr-r")[2] == 7
        self.assertContains(
            self.client.get(page_url("ecr-r", 1)), 'id="item_2-7" value="7" checked'
        )

    def test_it_moves_back_without_requiring_answers(self):
        post_page(self.client, ECR_R, 1, {i: 3 for i in page_ids(ECR_R, 1)})
        response = post_page(self.client, ECR_R, 2, {}, move="back")
        self.assertRedirects(response, page_url("ecr-r", 1))
        response = post_page(self.client, ECR_R, 1, {}, move="back")
        self.assertRedirects(response, reverse("assessments:instructions", args=["ecr-r"]))

    def test_it_flags_an_unanswered_item_and_keeps_the_others(self):
        answers = {i: 4 for i in page_ids(ECR_R, 1)}
        del answers[3]
        response = post_page(self.client, ECR_R, 1, answers)

        assert response.status_code == 200
        self.assertContains(response, "One statement still needs an answer")
        self.assertContains(response, '<a href="#item-3">Statement 3</a>')
        self.assertContains(response, 'class="item field-error" id="item-3"')
        self.assertContains(response, 'aria-describedby="item-3-error"')
        self.assertContains(response, "Please choose an answer for this statement.", count=1)
        self.assertContains(response, 'id="item_1-4" value="4" checked')
        assert draft_answers(self.client, "ecr-r") == answers

    def test_it_rejects_a_forged_value_of_9_and_loses_nothing(self):
        post_page(self.client, ECR_R, 1, {i: 2 for i in page_ids(ECR_R, 1)})
        before = draft_answers(self.client, "ecr-r")

        response = post_page(self.client, ECR_R, 1, {**{i: 5 for i in page_ids(ECR_R, 1)}, 4: 9})

        assert response.status_code == 400
        self.assertContains(response, "This page wasn", status_code=400)
        self.assertContains(response, "answer(s) outside 1-7 for item(s): 4", status_code=400)
        assert draft_answers(self.client, "ecr-r") == before
        assert AssessmentResult.objects.count() == 0

    def test_it_rejects_an_unknown_item_id(self):
        response = post_page(self.client, ECR_R, 1, {i: 2 for i in page_ids(ECR_R, 1)} | {99: 3})
        self.assertContains(response, "unknown item id(s): 99", status_code=400)
        assert draft_answers(self.client, "ecr-r") == {}

    def test_it_rejects_an_item_that_is_not_on_the_page(self):
        response = post_page(self.client, ECR_R, 1, {i: 2 for i in page_ids(ECR_R, 1)} | {30: 3})
        self.assertContains(response, "not on this page: 30", status_code=400)

    def test_it_rejects_a_field_sent_twice(self):
        self.client.get(page_url("ecr-r", 1))
        response = self.client.post(
            page_url("ecr-r", 1),
            {"item_1": ["2", "7"], "run": run_of(self.client, "ecr-r"), "move": "next"},
        )
        self.assertContains(response, "more than one answer for item(s): 1", status_code=400)

    def test_it_rejects_a_value_that_is_not_a_number(self):
        response = post_page(self.client, ECR_S, 1, {1: "4; drop"})
        self.assertContains(response, "not whole numbers for item(s): 1", status_code=400)

    def test_it_autosaves_answers_as_they_are_chosen(self):
        self.client.get(page_url("ecr-r", 2))
        response = self.client.post(
            reverse("assessments:autosave", args=["ecr-r", 2]), {"item_7": "5", "item_9": "1"}
        )
        assert response.status_code == 200
        assert response.json() == {"answered": 2, "total": 36}
        assert draft_answers(self.client, "ecr-r") == {7: 5, 9: 1}

    def test_autosave_rejects_a_forged_value(self):
        self.client.get(page_url("ecr-r", 2))
        response = self.client.post(
            reverse("assessments:autosave", args=["ecr-r", 2]), {"item_7": "9"}
        )
        assert response.status_code == 400
        assert "outside 1-7" in response.json()["error"]
        assert draft_answers(self.client, "ecr-r") == {}

    def test_an_empty_post_loses_nothing(self):
        post_page(self.client, ECR_S, 1, {i: 4 for i in page_ids(ECR_S, 1)})
        response = self.client.post(page_url("ecr-s", 1), {})
        self.assertRedirects(response, page_url("ecr-s", 2))
        assert draft_answers(self.client, "ecr-s") == dict.fromkeys(page_ids(ECR_S, 1), 4)

    def test_it_sends_a_finish_with_earlier_blanks_back_to_them(self):
        # Page 1 answered, then the last page reached by its address, skipping pages 2-5.
        post_page(self.client, ECR_R, 1, {i: 4 for i in page_ids(ECR_R, 1)})
        response = post_page(self.client, ECR_R, 6, {i: 4 for i in page_ids(ECR_R, 6)})
        self.assertRedirects(
            response, page_url("ecr-r", 2) + "?check=1", fetch_redirect_response=False
        )
        page = self.client.get(page_url("ecr-r", 2) + "?check=1")
        self.assertContains(page, "6 statements still need an answer")
        self.assertContains(page, "A few statements still need an answer")

    def test_restart_forgets_the_answers(self):
        post_page(self.client, ECR_S, 1, {i: 4 for i in page_ids(ECR_S, 1)})
        instructions = self.client.get(reverse("assessments:instructions", args=["ecr-s"]))
        self.assertContains(instructions, "already answered 6 of 12")
        self.assertContains(instructions, f'href="{page_url("ecr-s", 2)}"')
        response = self.client.post(reverse("assessments:restart", args=["ecr-s"]))
        self.assertRedirects(response, page_url("ecr-s", 1))
        assert draft_answers(self.client, "ecr-s") == {}


class AnonymousResultTests(Personas, TestCase):
    def test_it_scores_an_anonymous_visitor_and_stores_nothing(self):
        response = answer_everything(self.client, ECR_R, lambda i: 5)
        self.assertRedirects(response, reverse("assessments:pending"))
        assert AssessmentResult.objects.count() == 0
        # The answers live only in a session that ends after two idle hours, not two weeks.
        assert self.client.session.get_expiry_age() == 2 * 60 * 60

        result = self.client.get(reverse("assessments:pending"))
        self.assertContains(
            result,
            f'<p class="score-value">{ALL_FIVES["anxiety"]}</p>',
        )
        self.assertContains(
            result,
            f'<p class="score-value">{ALL_FIVES["avoidance"]}</p>',
        )
        self.assertContains(result, "<svg")
        self.assertContains(result, "not a diagnosis")
        self.assertContains(result, "interpretation aid")
        self.assertContains(result, "Anxious\N{EN DASH}preoccupied")
        self.assertContains(result, '<th scope="row">Anxiety</th><td>4.8</td>')
        self.assertContains(result, "Create an account to save this result")
        self.assertNotContains(result, "style=")
        # The answers in progress are gone; only the finished result waits in the session.
        assert draft_answers(self.client, "ecr-r") == {}

    def test_it_explains_each_dimension_and_links_the_tool_that_helps(self):
        answer_everything(self.client, ECR_R, lambda i: 5)
        result = self.client.get(reverse("assessments:pending"))
        for phrase in ("Reply-time worry", "Reassurance seeking", "Protest behaviors"):
            self.assertContains(result, phrase)
        for name in ("chat_analysis:start", "pause:start", "checkins:start", "bookings:start"):
            self.assertContains(result, f'href="{reverse(name)}"')
        self.assertContains(result, "free 15-minute consultation")
        self.assertContains(result, "Fraley, R. C., Waller, N. G., &amp; Brennan, K. A. (2000)")

    def test_it_shows_no_percentiles_without_norms(self):
        answer_everything(self.client, ECR_R, lambda i: 5)
        result = self.client.get(reverse("assessments:pending"))
        self.assertNotContains(result, "Percentile")
        self.assertNotContains(result, "higher than about")
        self.assertContains(result, "no verified norms")

    def test_it_shows_percentiles_when_the_instrument_has_norms(self):
        data = json.loads((scoring.INSTRUMENTS_DIR / "ecr-r.json").read_text())
        data = copy.deepcopy(data)
        data["norms"] = {
            "source": "a test sample",
            "scales": {"anxiety": {"mean": 4.78, "sd": 1}, "avoidance": {"mean": 2.67, "sd": 1}},
        }
        normed = scoring.parse_instrument(data, slug="ecr-r")
        with mock.patch("securebase.assessments.views.get_instrument", return_value=normed):
            answer_everything(self.client, normed, lambda i: 5)
            result = self.client.get(reverse("assessments:pending"))
        # Anxiety 86/18 = 4.78 sits on the norm mean: 50. Avoidance 3.67 is 1 SD above: 84.
        self.assertContains(result, "higher than about 50%")
        self.assertContains(result, "higher than about 84%")
        self.assertContains(result, 'compare your scores with <span lang="en">a test sample</span>')

    def test_the_short_form_runs_through_the_same_pages(self):
        response = self.client.get(page_url("ecr-s", 1))
        self.assertContains(response, "page 1 of 2")
        self.assertContains(
            response, '<span class="scale-value">4</span> <span class="scale-label">Neutral</span>'
        )
        self.assertContains(
            response, '<span class="scale-value">2</span> <span class="scale-label">Disagree</span>'
        )
        # Cycling 1..7 by id gives 4.5 and 5.0 (worked out in test_scoring.py).
        answer_everything(self.client, ECR_S, lambda i: (i - 1) % 7 + 1)
        result = self.client.get(reverse("assessments:pending"))
        self.assertContains(result, '<th scope="row">Anxiety</th><td>4.5</td>')
        self.assertContains(result, '<th scope="row">Avoidance</th><td>5.0</td>')
        self.assertContains(result, "Wei, M., Russell, D. W.")

    def test_it_explains_when_there_is_no_result_waiting(self):
        response = self.client.get(reverse("assessments:pending"))
        self.assertContains(response, "No result to show", status_code=404)


class SavingTests(Personas, TestCase):
    def test_a_logged_in_client_gets_every_result_saved_with_its_date(self):
        with time_machine.travel(datetime(2025, 3, 4, 17, 30, tzinfo=UTC), tick=False):
            self.client.force_login(self.ada)
            response = answer_everything(self.client, ECR_R, lambda i: 5)
            result = AssessmentResult.objects.get()
            self.assertRedirects(response, reverse("assessments:result", args=[result.pk]))
            page = self.client.get(reverse("assessments:result", args=[result.pk]))
        assert result.client == self.ada
        assert result.instrument == "ecr-r"
        assert result.taken_at == datetime(2025, 3, 4, 17, 30, tzinfo=UTC)
        assert str(result.anxiety) == "4.778"
        assert str(result.avoidance) == "3.667"
        assert result.answers == dict.fromkeys(range(1, 37), 5)

        self.assertContains(page, '<th scope="row">Anxiety</th><td>4.8</td>')
        # Ada's time zone is Los Angeles: 17:30 UTC is 9:30 in the morning there.
        self.assertContains(page, "Mar 4, 2025, 9:30 AM")

        with time_machine.travel(datetime(2025, 4, 1, 17, 0, tzinfo=UTC), tick=False):
            self.client.force_login(self.ada)
            answer_everything(self.client, ECR_S, lambda i: 4)
        assert AssessmentResult.objects.filter(client=self.ada).count() == 2

    def test_a_double_submit_saves_one_result(self):
        self.client.force_login(self.ada)
        answer_everything(self.client, ECR_S, lambda i: 3)
        # The same last page again, as a second click or a resent form would send it.
        self.client.get(page_url("ecr-s", 2))  # starts a new, empty draft; the old run is done
        saved = AssessmentResult.objects.get()
        response = self.client.post(
            page_url("ecr-s", 2),
            {**{f"item_{i}": "3" for i in page_ids(ECR_S, 2)}, "run": str(saved.run_id)},
        )
        self.assertRedirects(response, reverse("assessments:result", args=[saved.pk]))
        assert AssessmentResult.objects.count() == 1

    def test_an_anonymous_result_is_saved_after_signing_up(self):
        answer_everything(self.client, ECR_R, lambda i: 5)
        result_page = self.client.get(reverse("assessments:pending"))
        save_url = reverse("assessments:save")
        signup_url = f"{reverse('accounts:signup')}?next=%2Fassessment%2Fresult%2Fsave%2F"
        self.assertContains(result_page, f'href="{signup_url}"')

        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(
                signup_url,
                {
                    "full_name": "Cleo",
                    "email": "cleo@example.com",
                    "time_zone": "America/Los_Angeles",
                    "password1": PASSWORD,
                    "password2": PASSWORD,
                    "next": save_url,
                },
            )
        # The account is made from the link in the email, in the same browser.
        response = self.client.post(link_path(mail.outbox[0], "/signup/confirm/"))
        self.assertRedirects(response, save_url)
        cleo = User.objects.get(email="cleo@example.com")
        confirm = self.client.get(save_url)
        self.assertContains(confirm, "anxiety <strong>4.8</strong>, avoidance <strong>3.7</strong>")
        assert AssessmentResult.objects.count() == 0  # asking is not saving

        response = self.client.post(save_url)
        self.assertRedirects(response, reverse("assessments:history"))
        saved = AssessmentResult.objects.get()
        assert saved.client == cleo
        assert self.client.session["assessments"].get("pending") is None
        # Saving twice saves once.
        self.client.post(save_url)
        assert AssessmentResult.objects.count() == 1

    def test_an_existing_client_can_log_in_and_save(self):
        answer_everything(self.client, ECR_S, lambda i: 6)
        self.client.force_login(self.ben)  # as the login page would, keeping the session
        self.client.post(reverse("assessments:save"))
        assert AssessmentResult.objects.get().client == self.ben

    def test_saving_with_nothing_waiting_says_so(self):
        self.client.force_login(self.ada)
        response = self.client.post(reverse("assessments:save"), follow=True)
        self.assertContains(response, "There is no unsaved result in this browser")
        assert AssessmentResult.objects.count() == 0

    def test_saving_needs_an_account(self):
        response = self.client.post(reverse("assessments:save"))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("accounts:login"))

    def test_a_clinician_result_is_not_saved(self):
        from securebase.testing import login_verified

        login_verified(self.client, self.theo)
        response = answer_everything(self.client, ECR_S, lambda i: 2)
        self.assertRedirects(response, reverse("assessments:pending"))
        page = self.client.get(reverse("assessments:pending"))
        self.assertContains(page, "Results are kept only for client accounts")
        response = self.client.post(reverse("assessments:save"))
        self.assertContains(response, "Results are kept only for client accounts")
        assert AssessmentResult.objects.count() == 0
