"""The plain sentences on the trends page, checked against data with a known answer.

Each expected figure is worked out in the comment beside the data.
"""

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from securebase.checkins import insights, trends
from securebase.checkins.stats import Day
from securebase.checkins.trends import CheckinFact, Evidence
from securebase.pause.summary import PauseFact, summarize_pauses

LA = ZoneInfo("America/Los_Angeles")
TODAY = date(2025, 3, 31)
NOW = datetime(2025, 3, 31, 21, 0, tzinfo=LA)


def checkin(day, anxiety, *, hour=12, triggers=(), behaviors=None):
    return CheckinFact(
        datetime(day.year, day.month, day.day, hour, tzinfo=LA),
        anxiety,
        tuple(triggers),
        behaviors or {},
    )


def days_back(n):
    return TODAY - timedelta(days=n)


def texts(result):
    return [i.text for i in result.insights]


def by_key(result, key):
    return next(i for i in result.insights if i.key == key)


def slow_reply_data(with_values, without_values):
    facts = []
    n = 0
    for value in with_values:
        facts.append(checkin(days_back(n), value, triggers=["slow_reply"]))
        n += 1
    for value in without_values:
        facts.append(checkin(days_back(n), value))
        n += 1
    return facts


def test_it_states_how_much_higher_anxiety_runs_on_days_with_a_trigger():
    # Slow-reply days: 7,7,7,7,7,7,6 -> 48/7 = 6.857 -> 6.9.
    # Other days: 4,5,5,5,5 -> 24/5 = 4.8. Difference 6.9 - 4.8 = 2.1.
    facts = slow_reply_data([7, 7, 7, 7, 7, 7, 6], [4, 5, 5, 5, 5])
    result = trends.summarize_practice(facts, None, now=NOW, tz=LA)
    insight = by_key(result, "trigger-slow_reply")
    assert insight.text == (
        "On days you noted a slow reply, your anxiety averaged 2.1 points higher than on "
        "other days."
    )
    assert insight.evidence == (
        Evidence("Days with “A slow reply”", "7"),
        Evidence("Average anxiety on those days", "6.9"),
        Evidence("Other days with a check-in", "5"),
        Evidence("Average anxiety on other days", "4.8"),
    )


def test_it_uses_the_days_mean_when_a_day_has_several_check_ins():
    # Twenty days back a slow reply shows in one of two check-ins, 9 and 3 (a day mean
    # of 6); with four more 6s the slow-reply days average 6.0. Other days: five 4s.
    # Difference 2.0.
    facts = slow_reply_data([6, 6, 6, 6], [4, 4, 4, 4, 4])
    facts.append(checkin(days_back(20), 9, hour=8, triggers=["slow_reply"]))
    facts.append(checkin(days_back(20), 3, hour=20))
    result = trends.summarize_practice(facts, None, now=NOW, tz=LA)
    insight = by_key(result, "trigger-slow_reply")
    assert "2.0 points higher" in insight.text
    assert insight.evidence[0].value == "5"
    assert insight.evidence[1].value == "6.0"


def test_it_says_lower_when_a_trigger_goes_with_calmer_days():
    facts = [checkin(days_back(n), 3, triggers=["social_media"]) for n in range(5)]
    facts += [checkin(days_back(n), 5) for n in range(5, 10)]
    result = trends.summarize_practice(facts, None, now=NOW, tz=LA)
    assert by_key(result, "trigger-social_media").text == (
        "On days you noted something on social media, your anxiety averaged 2.0 points lower "
        "than on other days."
    )


def test_it_stays_silent_below_the_minimum_number_of_days():
    # Four slow-reply days are one short of the minimum, however large the difference.
    facts = slow_reply_data([9, 9, 9, 9], [1, 1, 1, 1, 1, 1])
    result = trends.summarize_practice(facts, None, now=NOW, tz=LA)
    assert not any(i.key.startswith("trigger-") for i in result.insights)


def test_it_does_not_turn_a_small_difference_into_a_claim():
    # 5.4 against 5.0: below the half-point threshold.
    facts = slow_reply_data([5, 5, 6, 6, 5], [5, 5, 5, 5, 5])
    result = trends.summarize_practice(facts, None, now=NOW, tz=LA)
    assert not any(i.key.startswith("trigger-") for i in result.insights)


def test_it_orders_trigger_sentences_by_the_size_of_the_difference():
    facts = []
    # Days 0-4: conflict, anxiety 8. Days 5-9: slow reply, anxiety 6. Days 10-14: neither, 4.
    # Conflict: 8.0 against (6*5 + 4*5)/10 = 5.0 -> 3.0 higher.
    # Slow reply: 6.0 against (8*5 + 4*5)/10 = 6.0 -> no sentence.
    facts += [checkin(days_back(n), 8, triggers=["conflict"]) for n in range(5)]
    facts += [checkin(days_back(n), 6, triggers=["slow_reply"]) for n in range(5, 10)]
    facts += [checkin(days_back(n), 4) for n in range(10, 15)]
    result = trends.summarize_practice(facts, None, now=NOW, tz=LA)
    trigger_keys = [i.key for i in result.insights if i.key.startswith("trigger-")]
    assert trigger_keys == ["trigger-conflict"]
    assert "3.0 points higher" in by_key(result, "trigger-conflict").text


def test_it_compares_the_last_four_weeks_with_the_four_before():
    # Recent window: 4 March to 31 March. Earlier window: 4 February to 3 March.
    recent = [checkin(days_back(n), 4) for n in range(6)]
    recent.append(checkin(date(2025, 3, 4), 5))  # first day of the recent window
    # Recent: six 4s and a 5 -> 29/7 = 4.14 -> 4.1.
    earlier = [checkin(days_back(40 + n), 6) for n in range(6)]
    earlier.append(checkin(date(2025, 3, 3), 7))  # last day of the earlier window
    # Earlier: six 6s and a 7 -> 43/7 = 6.14 -> 6.1. Change -2.0.
    old = [checkin(date(2025, 1, 1), 0)]  # outside both windows: ignored
    result = trends.summarize_practice(recent + earlier + old, None, now=NOW, tz=LA)
    insight = by_key(result, "anxiety-change")
    assert insight.text == (
        "Over the last four weeks your anxiety averaged 4.1, 2.0 points lower than in the "
        "four weeks before."
    )
    assert [e.value for e in insight.evidence] == ["7", "4.1", "7", "6.1"]


def test_it_calls_a_small_change_about_the_same():
    # Recent: seven 5s = 5.0. Earlier: six 5s and a 6 = 36/7 = 5.14 -> 5.1. Change -0.1.
    recent = [checkin(days_back(n), 5) for n in range(7)]
    earlier = [checkin(days_back(30 + n), 6 if n == 0 else 5) for n in range(7)]
    result = trends.summarize_practice(recent + earlier, None, now=NOW, tz=LA)
    assert by_key(result, "anxiety-change").text == (
        "Over the last four weeks your anxiety averaged 5.0, about the same as in the four "
        "weeks before (5.1)."
    )


def test_it_needs_a_week_of_check_in_days_in_each_window():
    recent = [checkin(days_back(n), 4) for n in range(7)]
    earlier = [checkin(days_back(30 + n), 6) for n in range(6)]
    result = trends.summarize_practice(recent + earlier, None, now=NOW, tz=LA)
    assert all(i.key != "anxiety-change" for i in result.insights)


def test_it_reports_the_share_of_protest_behaviors_resisted():
    acted = {"excessive_contact": "acted"}
    resisted = {"excessive_contact": "resisted"}
    both_resisted = {"checking": "resisted", "reassurance_seeking": "resisted"}
    # Recent: days 0-2 two resisted each (6), days 3-4 one acted each (2): 6 of 8 = 75%.
    recent = [checkin(days_back(n), 5, behaviors=both_resisted) for n in range(3)]
    recent += [checkin(days_back(n), 5, behaviors=acted) for n in (3, 4)]
    # Earlier: two resisted, three acted: 2 of 5 = 40%.
    earlier = [checkin(days_back(n), 5, behaviors=resisted) for n in (30, 31)]
    earlier += [checkin(days_back(n), 5, behaviors=acted) for n in (32, 33, 34)]
    result = trends.summarize_practice(recent + earlier, None, now=NOW, tz=LA)
    insight = by_key(result, "resisted-share")
    assert insight.text == (
        "In the last four weeks you resisted 6 of the 8 protest behaviors you noticed (75%), "
        "up from 40% before."
    )
    assert [e.value for e in insight.evidence] == ["6", "2", "2", "3"]


def test_it_needs_five_noticed_behaviors_in_each_window():
    acted = {"excessive_contact": "acted"}
    recent = [checkin(days_back(n), 5, behaviors=acted) for n in range(5)]
    earlier = [checkin(days_back(n), 5, behaviors=acted) for n in (30, 31, 32, 33)]
    result = trends.summarize_practice(recent + earlier, None, now=NOW, tz=LA)
    assert all(i.key != "resisted-share" for i in result.insights)


def pause(exercise, before, after, outcome="waited"):
    return PauseFact(datetime(2025, 3, 1, tzinfo=UTC), exercise, before, after, None, None, outcome)


def test_it_reports_the_average_drop_across_a_pause():
    # Before: 8,7,6,9,7 = 37/5 = 7.4. After: 5,4,6,5,3 = 23/5 = 4.6. Drop 2.8.
    pauses = [
        pause("breathing", 8, 5),
        pause("grounding", 7, 4),
        pause("breathing", 6, 6),
        pause("urge_surfing", 9, 5),
        pause("self_compassion", 7, 3),
        pause("breathing", 9, None),  # not re-rated: left out of the average
    ]
    result = trends.summarize_practice([], summarize_pauses(pauses), now=NOW, tz=LA)
    insight = by_key(result, "pause-drop")
    assert insight.text == "After a pause, your anxiety was 2.8 points lower on average."
    assert [e.value for e in insight.evidence] == ["5", "7.4", "4.6"]


def test_it_needs_five_rated_pauses_for_the_drop():
    pauses = [pause("breathing", 8, 5) for _ in range(4)]
    result = trends.summarize_practice([], summarize_pauses(pauses), now=NOW, tz=LA)
    assert all(i.key != "pause-drop" for i in result.insights)


def test_it_counts_the_urges_waited_out():
    # Four waited, one sent, one other: 4 of 6 = 66.7% -> 67%.
    outcomes = ["waited", "waited", "sent", "waited", "other", "waited"]
    pauses = [pause("breathing", None, None, outcome) for outcome in outcomes]
    pauses.append(pause("breathing", None, None, None))  # closed before choosing: not counted
    result = trends.summarize_practice([], summarize_pauses(pauses), now=NOW, tz=LA)
    insight = by_key(result, "waited-out")
    assert insight.text == "You waited out 4 of the 6 urges you paused for (67%)."
    assert [e.value for e in insight.evidence] == ["4", "1", "1"]


def test_it_says_what_was_observed_after_each_exercise_not_what_it_did():
    # Breathing: before 8,7,6 = 7.0; after 4,4,3 = 11/3 = 3.7; drop 3.3.
    # Grounding: before 6,7,5 = 6.0; after 5,5,4 = 14/3 = 4.7; drop 1.3.
    # Urge surfing was rated only twice: not compared.
    pauses = [
        pause("breathing", 8, 4),
        pause("breathing", 7, 4),
        pause("breathing", 6, 3),
        pause("grounding", 6, 5),
        pause("grounding", 7, 5),
        pause("grounding", 5, 4),
        pause("urge_surfing", 10, 0),
        pause("urge_surfing", 10, 0),
    ]
    result = trends.summarize_practice([], summarize_pauses(pauses), now=NOW, tz=LA)
    insight = by_key(result, "largest-exercise-drop")
    # Margin: 3.3 - 1.3 = 2.0.
    assert insight.text == (
        "On the 3 pauses where you used paced breathing, your anxiety was on average 3.3 "
        "points lower afterwards than before: 2.0 points more of a drop than with 5-4-3-2-1 "
        "grounding, the next largest. Other things may have differed between those pauses, "
        "so this shows what went together, not what worked."
    )
    assert "lowered" not in insight.text
    assert insight.evidence == (
        Evidence("Paced breathing (3 rated)", "7.0 → 3.7"),
        Evidence("5-4-3-2-1 grounding (3 rated)", "6.0 → 4.7"),
    )


def test_it_names_no_exercise_on_a_tie():
    pauses = [pause("breathing", 8, 6) for _ in range(3)] + [
        pause("grounding", 7, 5) for _ in range(3)
    ]
    result = trends.summarize_practice([], summarize_pauses(pauses), now=NOW, tz=LA)
    assert all(i.key != "largest-exercise-drop" for i in result.insights)


def test_it_names_no_exercise_when_the_margin_is_under_the_minimum_difference():
    # Breathing 8 -> 5, a drop of 3.0; grounding 8 -> 5,5,6 = 5.3, a drop of 2.7: the margin,
    # 0.3, is under the minimum difference, so no exercise is singled out.
    pauses = [pause("breathing", 8, 5) for _ in range(3)] + [
        pause("grounding", 8, 5),
        pause("grounding", 8, 5),
        pause("grounding", 8, 6),
    ]
    result = trends.summarize_practice([], summarize_pauses(pauses), now=NOW, tz=LA)
    assert Decimal("0.3") < insights.MIN_NOTABLE_DIFFERENCE
    assert all(i.key != "largest-exercise-drop" for i in result.insights)


def test_it_names_no_exercise_below_the_minimum_count():
    pauses = [pause("breathing", 9, 1) for _ in range(insights.MIN_RATED_PER_EXERCISE - 1)] + [
        pause("grounding", 7, 6) for _ in range(3)
    ]
    result = trends.summarize_practice([], summarize_pauses(pauses), now=NOW, tz=LA)
    assert all(i.key != "largest-exercise-drop" for i in result.insights)


def test_a_tiny_average_change_across_pauses_is_about_the_same():
    # Before 5 each; after 5,5,5,5,3 = 4.6: drop 0.4, under the minimum difference.
    pauses = [pause("breathing", 5, 5) for _ in range(4)] + [pause("breathing", 5, 3)]
    result = trends.summarize_practice([], summarize_pauses(pauses), now=NOW, tz=LA)
    assert by_key(result, "pause-drop").text == (
        "On average your anxiety was about the same before and after a pause."
    )


def test_it_lists_sentences_in_a_stable_order():
    facts = slow_reply_data([7, 7, 7, 7, 7, 7, 6], [4, 5, 5, 5, 5])
    pauses = [pause("breathing", 8, 5) for _ in range(5)]
    result = trends.summarize_practice(facts, summarize_pauses(pauses), now=NOW, tz=LA)
    assert [i.key for i in result.insights] == ["trigger-slow_reply", "pause-drop", "waited-out"]


def test_without_insights_the_summary_is_the_same_but_for_the_sentences():
    facts = slow_reply_data([7, 7, 7, 7, 7, 7, 6], [4, 5, 5, 5, 5])
    pause = summarize_pauses([])
    full = trends.summarize_practice(facts, pause, now=NOW, tz=LA)
    assert full.insights
    days = trends.group_by_day(facts, LA)
    bare = trends.summarize_days(days, pause, today=TODAY, insights=False)
    assert bare.insights == ()
    assert replace(bare, insights=full.insights) == full


def test_it_splits_the_last_four_weeks_from_the_four_before():
    every_day = {days_back(n): Day(days_back(n), checkins=1) for n in range(70)}
    recent, earlier = insights.recent_and_earlier(every_day, today=TODAY)
    assert [d.day for d in recent] == [date(2025, 3, 4) + timedelta(days=n) for n in range(28)]
    assert [d.day for d in earlier] == [date(2025, 2, 4) + timedelta(days=n) for n in range(28)]
    del every_day[date(2025, 3, 4)]
    assert len(insights.recent_and_earlier(every_day, today=TODAY)[0]) == 27
