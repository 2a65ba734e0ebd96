"""An alert raised from an engine finding carries the proposal its finding suggests, for every finding kind the
demo practice shows, and accepting it always has something to make (or closes monitoring and information)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from sqlmodel import select

from app.models.alert import Alert
from app.models.medication import MedicationLine
from app.models.staff import Staff
from app.services.alerts import alert_flow as alerts
from app.services.alerts import memory as alert_memory
from app.services.alerts import proposals, vocabulary
from app.services.alerts.alert_input import AlertInput, MedicationAction
from app.services.demo.practice import create_demo_practice
from app.services.errors import ValidationError
from app.services.kernel.context import ServiceContext
from app.services.medications import check as medication_check
from app.services.medications import medication_list as medications
from app.services.medications import posology as posologies
from app.services.medications.medication_list import MedicationInput, Posology, Taking, with_posology
from app.services.medications.review import Finding
from app.services.practice.accounts import actor_for
from tests.alert_support import make_patient
from tests.conftest import TEST_KDF


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db, doctor, _folder = create_demo_practice(tmp_path_factory.mktemp("demo"), kdf=TEST_KDF)
    with db.session() as s:
        pharmacist = actor_for(s.exec(select(Staff).where(Staff.username == "ph.bernard")).one())
        patients = list(dict.fromkeys(s.exec(select(MedicationLine.patient_id).where(
            MedicationLine.stopped_at.is_(None), MedicationLine.atc.is_not(None)))))
    yield ServiceContext(db, pharmacist), ServiceContext(db, doctor), sorted(patients)
    db.close()


def _finding(ph: ServiceContext, patients: list[int], kind: str):
    """A finding of ``kind`` with no alert yet or, failing that, with the demo's open alert: (patient, finding,
    review, open alert id or None)."""
    open_one = None
    for pid in patients:
        review = medication_check.review_patient(ph, pid)
        with ph.db.session() as s:
            statuses = alert_memory.triage(s, pid, review)
        for f in review.findings:
            status = statuses[alert_memory.finding_key(f)]
            if f.kind != kind or f.severity == "not_evaluable":
                continue
            if status.status == "none":
                return pid, f, review, None
            if status.status == "open" and open_one is None:
                open_one = pid, f, review, status.alert_id
    return open_one


def _as_staff(ctx: ServiceContext, staff_id: int) -> ServiceContext:
    """The context of another staff member of the same practice."""
    from app.models.staff import Staff
    from app.services.practice.accounts import actor_for

    with ctx.db.session() as s:
        return ctx.as_actor(actor_for(s.get(Staff, staff_id)))


def _completed(draft, rows) -> list[MedicationAction]:
    changes = list(draft.changes)
    if "doses" in draft.missing:
        changes = [MedicationAction("change", c.line_id, replace(
            with_posology(rows[c.line_id], instructions="Posologie réduite (fonction rénale)"),
            daily_dose_mg=(rows[c.line_id].data.daily_dose_mg or 2) / 2)) for c in changes]
    if "product" in draft.missing:
        changes.append(MedicationAction("add", data=MedicationInput(
            atc="N02BE01", substances="paracétamol", catalogue_ref="substance:N02BE01", strength="1 g",
            posology=Posology(dose_morning="1", dose_noon="1", dose_evening="1", unit="tablet",
                              start_date=date.today()), daily_dose_mg=3000)))
    return changes


DEMO_KINDS = ("interaction", "qt_prolongation", "renal_dose", "max_dose", "drug_disease", "allergy",
              "inappropriate_in_elderly", "anticholinergic_burden", "polypharmacy")


@pytest.mark.parametrize("finding_kind", DEMO_KINDS)
def test_raise_from_a_finding_carries_its_proposal_and_accept_applies_it(demo, finding_kind):
    ph, doc, patients = demo
    found = _finding(ph, patients, finding_kind)
    assert found is not None, f"the demo practice shows no {finding_kind} finding"
    pid, finding, review, demo_alert = found
    rows = {r.id: r for r in review.checked}
    draft = proposals.from_finding(finding, list(rows.values()))
    rule = vocabulary.finding_rule(finding.kind, finding.severity)
    assert draft.kind == rule.kind and draft.problem == rule.problem and draft.why == rule.why
    assert all(rows[i].data.atc in finding.atc for i in draft.target_line_ids)
    kind = vocabulary.kind(draft.kind)
    assert bool(draft.target_line_ids) == kind.changes_list

    def raise_with(changes):
        return alerts.raise_alert(ph, AlertInput(
            patient_id=pid, problem_category=draft.problem, problem_text=finding.message, proposal_kind=draft.kind,
            intervention_text=finding.recommendation, line_ids=[r.id for r in rows.values() if r.data.atc in finding.atc],
            proposed_changes=changes, urgency="24h", finding_key=alert_memory.finding_key(finding)))

    if demo_alert is not None:   # the demo raised it already, from the same rules
        aid = demo_alert
        assert alerts.open_alert(ph, aid).row.proposal_kind == draft.kind
    else:
        if draft.missing:   # the pharmacist must give the doses or the product: the bare draft is refused
            with pytest.raises(ValidationError) as err:
                raise_with(list(draft.changes))
            assert err.value.code in ("alerts.proposal_incomplete", "alerts.change_changes_nothing")
        aid = raise_with(_completed(draft, rows))
    before = {(r.id, r.version) for r in review.checked}
    doc = _as_staff(doc, alerts.open_alert(ph, aid).row.recipient_staff_id)   # only the recipient answers
    version = alerts.open_alert(doc, aid).row.version
    alerts.accept(doc, aid, version, "D'accord")
    detail = alerts.open_alert(doc, aid)
    assert detail.row.state == "accepted" and detail.row.proposal_kind == draft.kind
    assert detail.messages[-1].padv == kind.padv
    current = {r.id: r for r in medication_check.review_patient(ph, pid).checked}
    if not kind.changes_list:
        assert {(r.id, r.version) for r in current.values()} == before
    for line_id in draft.target_line_ids:
        if "stop" in kind.actions:
            assert line_id not in current
        else:
            assert current[line_id].version > rows[line_id].version
    if "add" in kind.needs:
        assert any(r.data.atc == "N02BE01" for r in current.values())


def test_a_dose_change_draft_halves_the_amounts_on_the_same_schedule(practice):
    pid = make_patient(practice)
    doc, start = practice.ctx["physician"], date(2025, 1, 6)

    def line(atc, name, strength, posology, mg=None):
        return medications.add_medication(doc, pid, MedicationInput(
            atc=atc, substances=name, strength=strength, posology=replace(posology, start_date=start), daily_dose_mg=mg))

    times = line("A10BA02", "metformine", "1000 mg", Posology(dose_morning="1", dose_evening="1", unit="tablet"))
    weekly = line("L04AX03", "méthotrexate", "2.5 mg", Posology(cycle_days=7, takings=(Taking(0, "08:00", "6"),),
                                                                   unit="tablet"))
    prn = line("N02BE01", "paracétamol", "500 mg", Posology(as_needed_amount="2", max_per_day="6", unit="tablet"))
    typed = line("N03AX16", "prégabaline", None, Posology(dose_morning="1", dose_evening="1"), mg=150)
    text = line("B01AA03", "warfarine", "5 mg", Posology(schedule="text", instructions="Selon l'INR"))
    finding = Finding("renal_dose", "precaution", ("A10BA02", "L04AX03", "N02BE01", "N03AX16", "B01AA03"), "REN-TEST",
                      "DFG 40", "Réduire la dose", ())
    rows = {r.id: r for r in medications.list_current(doc, pid)}
    draft = proposals.from_finding(finding, list(rows.values()))
    assert draft.kind == "dose_change" and set(draft.target_line_ids) == set(rows)
    new = {c.line_id: c.data for c in draft.changes}
    for line_id, data in new.items():   # every draft is a valid posology of the same kind
        assert posologies.checked(data.posology).kind == rows[line_id].data.posology.kind
    assert new[times].posology.times == ("0.5", "", "0.5", "")
    assert [(t.day, t.time, t.amount) for t in new[weekly].posology.takings] == [(0, "08:00", "3")]
    assert (new[prn].posology.as_needed_amount, new[prn].posology.max_per_day) == ("1", "3")
    assert new[typed].posology.times == ("0.5", "", "0.5", "") and new[typed].daily_dose_mg == 75
    assert new[text] == rows[text].data                     # nothing to halve: the pharmacist gives the dose
    assert draft.unchanged == (text,) and draft.missing == ("doses",)
    assert all(new[i].posology.start_date == start for i in new)
    aid = alerts.raise_alert(practice.ctx["pharmacist"], AlertInput(
        patient_id=pid, problem_category=draft.problem, problem_text="DFG 40", proposal_kind=draft.kind,
        line_ids=list(draft.target_line_ids), urgency="24h",
        proposed_changes=[c for c in draft.changes if c.line_id not in draft.unchanged]))
    proposed = {c["line_id"]: c for c in alerts.open_alert(doc, aid).proposed_changes}
    assert proposed[times]["before"]["posology"]["dose_evening"] == "1"
    assert proposed[times]["data"]["posology"]["dose_evening"] == "0.5"
    assert proposed[times]["data"]["daily_dose_mg"] == 1000       # derived from the strength, as the list stores it
    alerts.accept(doc, aid, alerts.open_alert(doc, aid).row.version)
    after = {r.id: r for r in medications.list_current(doc, pid)}
    assert after[times].data.posology.times == ("0.5", "", "0.5", "") and after[times].data.daily_dose_mg == 1000
    assert after[weekly].data.posology.takings[0].amount == "3" and after[typed].data.daily_dose_mg == 75
    assert after[text].version == rows[text].version


def test_the_demo_shows_a_dose_change_and_a_substitution_with_their_posology(demo):
    ph, _doc, _patients = demo
    with ph.db.session() as s:
        by_kind = {a.proposal_kind: json.loads(a.proposed_changes) for a in s.exec(select(Alert))}
    dose = by_kind["dose_change"]
    assert dose and all(c["action"] == "change" and c["data"]["posology"]["schedule"] == c["before"]["posology"][
        "schedule"] and c["data"]["posology"] != c["before"]["posology"] for c in dose)
    stop, add = by_kind["substitute"]
    assert (stop["action"], add["action"], add["data"]["posology"]["schedule"]) == ("stop", "add", "times")
