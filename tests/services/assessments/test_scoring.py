"""Every instrument scored on reference answers worked out from its source's scoring rules: totals, bands, the item
and domain rules, and the actions each result proposes; malformed answers refused naming the question."""

from __future__ import annotations

import pytest

from app.services.assessments import instruments, scoring
from app.services.errors import ValidationError


def _all(inst, option_of):
    return {i.key: option_of(i) for i in inst.items}


def _phq(*points):
    keys = ["not_at_all", "several_days", "more_than_half", "nearly_every_day"]
    return {f"q{n + 1}": keys[p] for n, p in enumerate(points)}


def test_every_file_loads_with_source_licence_and_translations():
    found = instruments.load()
    assert {i.id for i in found.values()} == {"icope_step1", "phq9", "gds15", "frail", "steadi_stay_independent"}
    for inst in found.values():
        assert inst.source["url"].startswith("https://") and inst.reuse["summary"]
        assert all(set(i.text) >= {"fr", "de", "en"} for i in inst.items)
        assert all(set(o.text) >= {"fr", "de", "en"} for i in inst.items for o in i.options)


@pytest.mark.parametrize("points, total, band", [
    ((0,) * 9, 0, "minimal"),
    ((1, 1, 1, 1, 0, 0, 0, 0, 0), 4, "minimal"),        # Kroenke 2001: 0-4 minimal
    ((1, 1, 1, 1, 1, 0, 0, 0, 0), 5, "mild"),           # 5-9 mild
    ((2, 2, 2, 2, 1, 0, 0, 0, 0), 9, "mild"),
    ((2, 2, 2, 2, 2, 0, 0, 0, 0), 10, "moderate"),      # 10-14 moderate
    ((3, 3, 3, 3, 3, 0, 0, 0, 0), 15, "moderately_severe"),
    ((3, 3, 3, 3, 3, 2, 2, 0, 0), 19, "moderately_severe"),
    ((3, 3, 3, 3, 3, 2, 2, 1, 0), 20, "severe"),        # 20-27 severe
    ((3,) * 9, 27, "severe"),
])
def test_phq9_reference_answers(points, total, band):
    result = scoring.score(instruments.get("phq9"), _phq(*points))
    assert (result.score, result.band) == (total, band)


def test_phq9_item_9_proposes_a_safety_task_whatever_the_total():
    result = scoring.score(instruments.get("phq9"), _phq(0, 0, 0, 0, 0, 0, 0, 0, 1))
    assert (result.score, result.band, result.flags) == (1, "minimal", ("phq9_item9",))
    [safety] = result.actions
    assert (safety.kind, safety.pool_role, safety.priority) == ("task", "physician", "asap")
    moderate = scoring.score(instruments.get("phq9"), _phq(2, 2, 2, 2, 2, 0, 0, 0, 0))
    assert [a.kind for a in moderate.actions] == ["task", "care_plan_need"] and not moderate.flags


def test_gds15_reference_answers():
    gds = instruments.get("gds15")
    # the non-depressed answer to every question: yes to 1, 5, 7, 11, 13, no to the others
    happy = {"q1": "yes", "q5": "yes", "q7": "yes", "q11": "yes", "q13": "yes"}
    answers = {i.key: happy.get(i.key, "no") for i in gds.items}
    assert (scoring.score(gds, answers).score, scoring.score(gds, answers).band) == (0, "normal")
    answers.update(q1="no", q2="yes", q3="yes", q4="yes", q5="no")            # 5 depressive answers: > 5 not met
    assert (scoring.score(gds, answers).score, scoring.score(gds, answers).band) == (5, "normal")
    answers.update(q6="yes")                                                # 6: suggests depression
    assert (scoring.score(gds, answers).score, scoring.score(gds, answers).band) == (6, "suggestive")
    answers.update(q7="no", q8="yes", q9="yes", q10="yes")                  # 10: almost always depression
    assert (scoring.score(gds, answers).score, scoring.score(gds, answers).band) == (10, "depression")
    everything = {i.key: ("no" if i.key in happy else "yes") for i in gds.items}
    assert scoring.score(gds, everything).score == 15


@pytest.mark.parametrize("answers, total, band", [
    (dict(fatigue="none", resistance="no", ambulation="no", illnesses="no", weight_loss="no"), 0, "robust"),
    (dict(fatigue="some", resistance="yes", ambulation="no", illnesses="no", weight_loss="no"), 1, "pre_frail"),
    (dict(fatigue="most", resistance="yes", ambulation="no", illnesses="no", weight_loss="no"), 2, "pre_frail"),
    (dict(fatigue="all", resistance="yes", ambulation="yes", illnesses="no", weight_loss="no"), 3, "frail"),
    (dict(fatigue="all", resistance="yes", ambulation="yes", illnesses="yes", weight_loss="yes"), 5, "frail"),
])
def test_frail_reference_answers(answers, total, band):
    result = scoring.score(instruments.get("frail"), answers)
    assert (result.score, result.band) == (total, band)


def test_steadi_reference_answers():
    steadi = instruments.get("steadi_stay_independent")
    none = _all(steadi, lambda i: "no")
    assert (scoring.score(steadi, none).score, scoring.score(steadi, none).band) == (0, "lower_risk")
    fell = dict(none, q1="yes", q5="yes")                     # a fall counts 2, worry 1: 3, below 4
    assert (scoring.score(steadi, fell).score, scoring.score(steadi, fell).band) == (3, "lower_risk")
    fell["q2"] = "yes"                                        # cane or walker: 2 more
    result = scoring.score(steadi, fell)
    assert (result.score, result.band) == (5, "at_risk")
    assert {a.key for a in result.actions} == {"steadi_falls_assessment", "steadi_falls_need"}
    assert scoring.score(steadi, _all(steadi, lambda i: "yes")).score == 14


def test_icope_counts_positive_domains_and_proposes_step_2_for_each():
    icope = instruments.get("icope_step1")
    fine = dict(recall="all_three", orientation="correct", chair_rise="yes", weight_loss="no", appetite_loss="no",
                eye_problems="no", whisper="yes", down="no", interest="no")
    result = scoring.score(icope, fine)
    assert (result.score, result.band, result.actions) == (0, "no_domain", ())
    result = scoring.score(icope, dict(fine, recall="not_all", orientation="wrong", weight_loss="yes",
                                       appetite_loss="yes", chair_rise="no"))
    assert (result.score, result.band) == (3, "domains_positive")
    assert result.positive_domains == ("cognition", "mobility", "nutrition")
    assert [a.key for a in result.actions] == ["icope_step2_cognition", "icope_step2_mobility",
                                               "icope_step2_nutrition", "icope_nutrition_need"]
    worst = dict(recall="not_all", orientation="wrong", chair_rise="no", weight_loss="yes", appetite_loss="yes",
                 eye_problems="yes", whisper="no", down="yes", interest="yes")
    assert scoring.score(icope, worst).score == 6


def test_bad_answers_are_refused_naming_the_question():
    phq = instruments.get("phq9")
    answers = _phq(*(0,) * 9)
    del answers["q4"]
    with pytest.raises(ValidationError) as err:
        scoring.score(phq, answers)
    assert (err.value.field, err.value.code, err.value.params["item"]) == ("answers", "assessments.missing_answer",
                                                                           "q4")
    with pytest.raises(ValidationError) as err:
        scoring.score(phq, dict(_phq(*(0,) * 9), q4="sometimes"))
    assert err.value.code == "assessments.unknown_option" and err.value.params == {"item": "q4", "number": 4, "value": "sometimes"}
    with pytest.raises(ValidationError) as err:
        scoring.score(phq, dict(_phq(*(0,) * 9), q10="not_at_all"))
    assert err.value.code == "assessments.unknown_item"
    with pytest.raises(ValidationError):
        scoring.score(phq, ["not_at_all"] * 9)


def test_partial_score_for_the_live_display():
    assert scoring.partial_score(instruments.get("phq9"), {"q1": "nearly_every_day", "q2": None}) == 3
    assert scoring.partial_score(instruments.get("icope_step1"), {"recall": "not_all", "orientation": "wrong"}) == 1
