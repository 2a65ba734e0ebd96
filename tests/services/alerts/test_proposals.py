"""Structured proposals: raising checks they are complete, accepting applies every kind in one transaction,
answers carry their PADV codes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlmodel import select

from app.models.alert import Alert, AlertMessage
from app.models.medication import MedicationLine
from app.services.alerts import alert_flow as alerts
from app.services.alerts.alert_input import AlertInput, MedicationAction
from app.services.errors import ValidationError
from app.services.medications import medication_list as medications
from app.services.medications.medication_list import MedicationInput, Posology, as_input, with_posology
from tests.alert_support import add_line, warfarin_aspirin


def _row(practice, pid, line_id):
    return next(r for r in medications.list_current(practice.ctx["physician"], pid) if r.id == line_id)


def _raise(practice, pid, kind, lines, changes=(), problem="1.6"):
    return alerts.raise_alert(practice.ctx["pharmacist"], AlertInput(
        patient_id=pid, problem_category=problem, problem_text="À revoir", proposal_kind=kind,
        line_ids=list(lines), proposed_changes=list(changes), urgency="24h"))


def _accept(practice, aid):
    doc = practice.ctx["physician"]
    alerts.accept(doc, aid, alerts.open_alert(doc, aid).row.version, "D'accord")
    return alerts.open_alert(doc, aid)


def _current(practice, pid) -> dict[int, object]:
    return {r.id: r for r in medications.list_current(practice.ctx["physician"], pid)}


def _paracetamol() -> MedicationInput:
    return MedicationInput(atc="N02BE01", substances="paracétamol", catalogue_ref="substance:N02BE01", strength="1 g",
                           posology=Posology(dose_morning="1", dose_noon="1", dose_evening="1", unit="tablet",
                                             start_date=date.today()), daily_dose_mg=3000)


def test_accept_applies_every_kind_that_changes_the_list(practice):
    pid, warfarin, aspirin = warfarin_aspirin(practice)
    ibuprofen = add_line(practice, pid, "M01AE01", "ibuprofène", ("1", "1", "1", ""), 1200, strength="400 mg")
    omeprazole = add_line(practice, pid, "A02BC01", "oméprazole", ("1", "", "", ""), 20, strength="20 mg")
    levothyroxine = add_line(practice, pid, "H03AA01", "lévothyroxine", ("1", "", "", ""), 0.1)
    cases = [
        ("stop", [aspirin], [MedicationAction("stop", aspirin)]),
        ("suspend", [ibuprofen], [MedicationAction("stop", ibuprofen)]),
        ("dose_change", [warfarin], [MedicationAction("change", warfarin, replace(with_posology(
            _row(practice, pid, warfarin), dose_evening="0.5"), daily_dose_mg=2.5))]),
        ("route", [omeprazole], [MedicationAction("change", omeprazole, with_posology(
            _row(practice, pid, omeprazole), route="20045000"))]),
        ("administration", [levothyroxine], [MedicationAction("change", levothyroxine, with_posology(
            _row(practice, pid, levothyroxine), instructions="30 min avant le petit-déjeuner"))]),
        ("add", [], [MedicationAction("add", data=_paracetamol())]),
    ]
    expected_padv = {"stop": "CANCEL", "suspend": "SUSPEND", "dose_change": "CHANGE", "route": "CHANGE",
                     "administration": "CHANGE", "add": None}
    for kind, lines, changes in cases:
        aid = _raise(practice, pid, kind, lines, changes, problem="1.2" if kind == "add" else "1.6")
        proposed = alerts.open_alert(practice.ctx["pharmacist"], aid).proposed_changes
        assert [p.get("padv") for p in proposed] == [expected_padv[kind]], kind
        detail = _accept(practice, aid)
        assert detail.row.state == "accepted" and detail.answer_code == "accept", kind
        assert detail.messages[-1].padv == expected_padv[kind], kind
        assert [c.get("padv") for c in detail.messages[-1].changes] == [expected_padv[kind]], kind
    current = _current(practice, pid)
    assert aspirin not in current and ibuprofen not in current
    assert current[warfarin].data.posology.dose_evening == "0.5" and current[warfarin].version > 1   # same line
    assert current[warfarin].data.daily_dose_mg == 2.5
    assert current[omeprazole].data.posology.route == "20045000"   # EDQM intravenous use
    assert current[levothyroxine].data.instructions == "30 min avant le petit-déjeuner"
    assert any(r.data.atc == "N02BE01" for r in current.values())
    with practice.db.session() as s:
        suspended = s.get(MedicationLine, ibuprofen)
        assert suspended.stop_reason.startswith("Suspension temporaire")   # the practice speaks French


def test_accept_a_substitution_stops_the_line_and_adds_the_product(practice):
    pid, _warfarin, aspirin = warfarin_aspirin(practice)
    ibuprofen = add_line(practice, pid, "M01AE01", "ibuprofène", ("1", "1", "1", ""), 1200)
    aid = _raise(practice, pid, "substitute", [ibuprofen],
                 [MedicationAction("stop", ibuprofen), MedicationAction("add", data=_paracetamol())])
    detail = _accept(practice, aid)
    current = _current(practice, pid)
    assert ibuprofen not in current and any(r.data.atc == "N02BE01" for r in current.values())
    assert [(c["action"], c["padv"]) for c in detail.messages[-1].changes] == [("stop", "CANCEL"), ("add", None)]
    assert detail.messages[-1].padv == "CANCEL"


@pytest.mark.parametrize("kind", ["monitor", "information"])
def test_accept_on_monitoring_or_information_closes_without_touching_the_list(practice, kind):
    pid, warfarin, aspirin = warfarin_aspirin(practice)
    before = {(r.id, r.version) for r in medications.list_current(practice.ctx["physician"], pid)}
    aid = _raise(practice, pid, kind, [warfarin, aspirin])
    detail = _accept(practice, aid)
    assert detail.row.state == "accepted" and detail.messages[-1].padv == "COMMENT"
    assert {(r.id, r.version) for r in medications.list_current(practice.ctx["physician"], pid)} == before


def test_accept_makes_nothing_when_one_change_fails(practice):
    pid, warfarin, aspirin = warfarin_aspirin(practice)
    later = add_line(practice, pid, "A02BC01", "oméprazole", ("1", "", "", ""), 20,
                     start_date=date.today() + timedelta(days=5))   # cannot be stopped before it starts
    aid = _raise(practice, pid, "stop", [aspirin, later],
                 [MedicationAction("stop", aspirin), MedicationAction("stop", later)])
    doc = practice.ctx["physician"]
    version = alerts.open_alert(doc, aid).row.version
    with pytest.raises(ValidationError) as err:
        alerts.accept(doc, aid, version)
    assert err.value.field == "stopped_at"
    assert aspirin in _current(practice, pid)                   # the first stop was rolled back with the rest
    detail = alerts.open_alert(doc, aid)
    assert detail.row.state == "read" and detail.answer_code is None and detail.row.version == version
    assert [m.kind for m in detail.messages] == ["raised", "read"]


def test_accept_never_undoes_a_change_made_to_the_line_since_the_proposal(practice):
    pid, warfarin, _aspirin = warfarin_aspirin(practice)
    doc = practice.ctx["physician"]
    aid = _raise(practice, pid, "dose_change", [warfarin], [MedicationAction("change", warfarin, replace(with_posology(
        _row(practice, pid, warfarin), dose_evening="0.5"), daily_dose_mg=2.5))])
    row = _row(practice, pid, warfarin)
    medications.change_medication(doc, warfarin, row.version, with_posology(row, instructions="INR le lundi"))
    with pytest.raises(ValidationError) as err:
        alerts.accept(doc, aid, alerts.open_alert(doc, aid).row.version)
    assert (err.value.field, err.value.code) == ("proposed_changes[1]", "alerts.line_changed_since_proposal")
    assert _row(practice, pid, warfarin).data.instructions == "INR le lundi"
    assert _row(practice, pid, warfarin).data.posology.dose_evening == "1"   # the proposed dose was not applied


def test_a_proposal_must_hold_what_its_kind_needs(practice):
    pid, warfarin, aspirin = warfarin_aspirin(practice)
    row = _row(practice, pid, warfarin)
    with practice.db.session() as s:
        before = len(s.exec(select(Alert)).all()), len(s.exec(select(AlertMessage)).all())
    cases = [
        ("dose_change", [], "proposed_changes", "alerts.proposal_incomplete"),
        ("dose_change", [MedicationAction("change", warfarin, as_input(row))], "proposed_changes[1]",
         "alerts.change_changes_nothing"),
        ("substitute", [MedicationAction("stop", aspirin)], "proposed_changes", "alerts.proposal_incomplete"),
        ("add", [], "proposed_changes", "alerts.proposal_incomplete"),
        ("monitor", [MedicationAction("stop", aspirin)], "proposed_changes[1].action", "alerts.action_not_in_proposal"),
        ("stop", [MedicationAction("change", warfarin, with_posology(row, dose_evening="0.5"))],
         "proposed_changes[1].action", "alerts.action_not_in_proposal"),
        ("zap", [], "proposal_kind", "one_of"),
    ]
    for kind, changes, field_name, code in cases:
        with pytest.raises(ValidationError) as err:
            _raise(practice, pid, kind, [warfarin, aspirin], changes)
        assert (err.value.field, err.value.code) == (field_name, code), kind
    with practice.db.session() as s:
        assert (len(s.exec(select(Alert)).all()), len(s.exec(select(AlertMessage)).all())) == before
    # a stop without detail stops the drugs concerned
    aid = _raise(practice, pid, "stop", [aspirin])
    assert [c["line_id"] for c in alerts.open_alert(practice.ctx["pharmacist"], aid).proposed_changes] == [aspirin]


def test_refused_and_modified_answers_carry_their_padv_codes_and_the_reason(practice):
    pid, warfarin, aspirin = warfarin_aspirin(practice)
    doc = practice.ctx["physician"]
    refused = _raise(practice, pid, "stop", [aspirin])
    alerts.refuse(doc, refused, alerts.open_alert(doc, refused).row.version, "Stent en 2024 : bithérapie voulue")
    detail = alerts.open_alert(doc, refused)
    assert detail.answer_code == "refuse" and detail.answer_text.startswith("Stent")
    assert detail.messages[-1].padv == "OK" and detail.messages[-1].text.startswith("Stent")
    assert detail.messages[-1].changes == [{"action": "keep", "line_id": aspirin, "name": "Kardégic 75 mg",
                                            "padv": "OK"}]
    asked = _raise(practice, pid, "monitor", [warfarin])
    version = alerts.ask_question(doc, asked, alerts.open_alert(doc, asked).row.version, "Quel INR cible ?")
    alerts.reply(practice.ctx["pharmacist"], asked, version, "2 à 3")
    version = alerts.open_alert(doc, asked).row.version
    alerts.modify(doc, asked, version, [MedicationAction("stop", warfarin, reason="Relais par apixaban")])
    detail = alerts.open_alert(doc, asked)
    assert [m.padv for m in detail.messages] == ["COMMENT", None, "COMMENT", "COMMENT", "CANCEL"]
    assert detail.answer_code == "modify" and detail.messages[-1].changes[0]["padv"] == "CANCEL"


def test_the_printout_shows_the_proposed_posology_and_the_one_before(practice, tmp_path):
    import shutil
    import subprocess

    from app.services.alerts import alert_pdf
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed")
    pid, warfarin, _aspirin = warfarin_aspirin(practice)
    aid = _raise(practice, pid, "dose_change", [warfarin], [MedicationAction("change", warfarin, replace(with_posology(
        _row(practice, pid, warfarin), dose_evening="1/2"), daily_dose_mg=2.5))])
    detail = _accept(practice, aid)
    assert detail.messages[-1].changes[0]["posology"]["dose_evening"] == "0.5"   # the thread keeps what was made

    def text_of(lang: str) -> str:
        path = tmp_path / f"alert_{lang}.pdf"
        path.write_bytes(alert_pdf.alerts_pdf(practice.ctx["physician"], pid, aid, lang=lang))
        out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
        return " ".join(out.stdout.split())

    fr, de = text_of("fr"), text_of("de")
    assert "Coumadine 5 mg — 0-0-½-0 (avant 0-0-1-0)" in fr, fr
    assert "Coumadine 5 mg — 0-0-½-0 (vorher 0-0-1-0)" in de, de
    assert "Coumadine 5 mg — 0-0-½-0 (PADV CHANGE)" in fr   # the thread: what the accept made
