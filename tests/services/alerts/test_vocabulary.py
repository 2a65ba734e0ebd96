"""The alert vocabulary file: every proposal kind and answer has its codes, labels and sources; the mapping."""

from __future__ import annotations

import pytest

from app.services.alerts import vocabulary
from app.services.medications.review.findings import KINDS, RULE_SEVERITIES

DATA = vocabulary.data()


def test_every_source_has_a_title_an_edition_and_what_was_read():
    assert set(DATA["sources"]) >= {"sfpc_actip", "hl7fr_analyse_pharma", "ch_term_padv", "ch_emed", "ch_emed_epr"}
    for name, source in DATA["sources"].items():
        for key in ("title", "edition", "read"):
            assert source.get(key), (name, key)
    for item in DATA["padv_codes"] + DATA["sfpc_interventions"] + DATA["sfpc_outcomes"]:
        assert item["source"] in DATA["sources"], item


def test_padv_codes_are_the_six_of_the_ch_term_value_set_with_labels():
    assert tuple(p["code"] for p in DATA["padv_codes"]) == vocabulary.PADV_CODES
    for code in vocabulary.PADV_CODES:
        for lang in ("fr", "de", "en"):
            assert vocabulary.padv_label(code, lang) and vocabulary.padv_label(code, lang) != code


def test_sfpc_intervention_codes_are_the_seven_types_read():
    assert [(i["code"], i["label"]) for i in DATA["sfpc_interventions"]] == [
        ("1", "Ajout (prescription nouvelle)"), ("2", "Arrêt"), ("3", "Substitution/Echange"),
        ("4", "Choix de la voie d'administration"), ("5", "Suivi thérapeutique"),
        ("6", "Optimisation modalités d'administration"), ("7", "Adaptation posologique")]


def test_every_kind_has_its_codes_labels_and_a_note_where_a_code_is_missing():
    sfpc = {i["code"] for i in DATA["sfpc_interventions"]}
    assert {"stop", "suspend", "dose_change", "substitute", "monitor", "information", "add", "route",
            "administration"} == set(vocabulary.kinds())
    for item in DATA["proposal_kinds"]:
        kind = vocabulary.kind(item["code"])
        assert kind.sfpc is None or kind.sfpc in sfpc, kind
        assert kind.padv is None or kind.padv in vocabulary.PADV_CODES, kind
        assert (kind.sfpc and kind.padv) or item.get("note"), f"{kind.code}: a missing code needs its note"
        for lang in ("fr", "de", "en"):
            assert kind.label(lang), (kind.code, lang)
        assert set(kind.actions) <= set(vocabulary.LINE_ACTIONS) and set(kind.needs) <= set(kind.actions)
        assert all(code is None or code in vocabulary.PADV_CODES for code in kind.actions.values())
        assert item["accept"], kind.code
    # every SFPC intervention type has a kind
    assert {k.sfpc for k in vocabulary.kinds().values() if k.sfpc} == sfpc


@pytest.mark.parametrize("code, sfpc, padv, line", [
    ("stop", "2", "CANCEL", {"stop": "CANCEL"}), ("suspend", "2", "SUSPEND", {"stop": "SUSPEND"}),
    ("dose_change", "7", "CHANGE", {"change": "CHANGE"}), ("substitute", "3", "CANCEL", {"stop": "CANCEL", "add": None}),
    ("add", "1", None, {"add": None}), ("route", "4", "CHANGE", {"change": "CHANGE"}),
    ("administration", "6", "CHANGE", {"change": "CHANGE"}), ("monitor", "5", "COMMENT", {}),
    ("information", None, "COMMENT", {})])
def test_the_mapping(code, sfpc, padv, line):
    kind = vocabulary.kind(code)
    assert (kind.sfpc, kind.padv, kind.actions) == (sfpc, padv, line)
    assert kind.changes_list == bool(line)


def test_answers_carry_their_padv_code_and_sfpc_outcome():
    answers = vocabulary.answers()
    assert {a.code: (a.state, a.padv, a.sfpc_outcome) for a in answers.values()} == {
        "accept": ("accepted", "proposal", "1"), "modify": ("modified", "changes", "1"),
        "refuse": ("refused", "OK", "2"), "question": ("question", "COMMENT", None),
        "reply": ("replied", "COMMENT", None)}
    assert answers["refuse"].text_required and not answers["accept"].text_required
    assert vocabulary.answer_for_state("refused").code == "refuse" and vocabulary.answer_for_state("open") is None
    for answer in answers.values():
        assert all(answer.label(lang) for lang in ("fr", "de", "en"))
    assert vocabulary.line_padv("stop") == "CANCEL" and vocabulary.line_padv("keep") == "OK"
    assert vocabulary.line_padv("add") is None


def test_every_finding_kind_and_severity_has_a_proposal_with_its_reason():
    for finding_kind in KINDS:
        for severity in (*RULE_SEVERITIES, "not_evaluable"):
            rule = vocabulary.finding_rule(finding_kind, severity)
            assert rule.kind in vocabulary.kinds() and rule.problem in vocabulary.problems(), (finding_kind, severity)
            assert rule.target in vocabulary.TARGETS and rule.why, (finding_kind, severity)
            if vocabulary.kind(rule.kind).changes_list:
                assert rule.target != "none", (finding_kind, severity)
            if rule.kind == "dose_change":   # the draft's amounts: a reduction the pharmacist then sets
                assert rule.amount_factor is not None and 0 < rule.amount_factor < 1, (finding_kind, severity)
    assert vocabulary.finding_rule("renal_dose", "precaution").kind == "dose_change"
    assert vocabulary.finding_rule("qt_prolongation", "precaution").kind == "monitor"
    assert vocabulary.finding_rule("qt_prolongation", "contraindicated").kind == "substitute"
    assert vocabulary.finding_rule("interaction", "avoid").kind == "substitute"
    assert vocabulary.finding_rule("interaction", "not_evaluable").kind == "information"


def test_problems_map_to_the_hl7_france_codes():
    assert vocabulary.hl7fr_problem("1.10") == "10"
    assert vocabulary.hl7fr_problem("1.6", "avoid") == "6.3" and vocabulary.hl7fr_problem("1.6") == "6"
    assert all(p.label(lang) for p in vocabulary.problems().values() for lang in ("fr", "de", "en"))
