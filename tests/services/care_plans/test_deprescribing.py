"""Deprescribing plans: a taper applied step by step (each step proposed on its date, confirmed by the physician,
the medication list changed, the follow-up calls created and completed), bad input refused with nothing stored,
access, and the patient's printout in French and German."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlmodel import select

from app.models.deprescribing import DeprescribingPlan, DeprescribingStep
from app.models.task import Task
from app.services.care_plans import deprescribing, taper_schemes
from app.services.care_plans import export as care_plan_export
from app.services.care_plans.deprescribing_input import Agreement, DeprescribingInput, StepInput
from app.services.errors import AccessDenied, ValidationError
from app.services.medications import medication_list as medications
from app.services.medications.medication_list import MedicationInput, Posology
from app.services.patients import records as patients
from app.services.patients.records import PatientInput
from app.services.tasks import task_flow as tasks
from app.services.tasks.recurrence import today_local
from tests.services.care_plans.test_care_plans import draft

TODAY = today_local()


def _patient_with_bzd(practice, lang: str = "fr") -> tuple[int, int]:
    doc = practice.ctx["physician"]
    pid = patients.create_patient(doc, PatientInput(family_name="Martin", given_names="Jeanne",
                                                    birth_date="02.04.1941", sex="F", preferred_language=lang))
    line = medications.add_medication(doc, pid, MedicationInput(
        atc="N05BA06", substances="lorazepam", product_name="Témesta 1 mg", strength="1 mg",
        posology=Posology(dose_morning="1", dose_evening="1", unit="tablet")))
    return pid, line


def _plan_input(practice, line: int, start: date, agreed: bool = True) -> DeprescribingInput:
    proposal = deprescribing.propose_steps(practice.ctx["pharmacist"], line, "has_bzd_2015", start)
    return DeprescribingInput(
        line_id=line, scheme_key="has_bzd_2015",
        steps=[StepInput(s.due_date, s.stop, s.posology) for s in proposal], reason="Chutes, BZD depuis 5 ans",
        follow_up_role="nurse", follow_up_days=7,
        agreement=Agreement(TODAY, "consultation") if agreed else None)


def test_scheme_data_names_its_source_and_terms():
    for s in taper_schemes.schemes().values():
        assert s.source["publisher"] and s.source["edition"] and s.source["url"].startswith("https://")
        assert s.source["reuse"] and s.source["says"]
        assert s.steps and s.title("fr") and s.title("de")
    assert [x.key for x in taper_schemes.schemes_for("A02BC01")][:2] == [
        "deprescribing_org_ppi_2017_lower", "deprescribing_org_ppi_2017_stop"]


def test_proposal_scales_the_current_dose_in_quarter_tablets(practice):
    _pid, line = _patient_with_bzd(practice)
    steps = deprescribing.propose_steps(practice.ctx["pharmacist"], line, "has_bzd_2015", TODAY)
    assert [s.due_date for s in steps] == [TODAY + timedelta(days=d) for d in (0, 14, 28, 42)]
    assert [(s.posology.dose_morning, s.posology.dose_evening) for s in steps[:3]] == [
        ("0.75", "0.75"), ("0.5", "0.5"), ("0.25", "0.25")]
    assert steps[-1].stop and steps[-1].posology is None


def test_taper_applied_step_by_step(practice):
    pid, line = _patient_with_bzd(practice)
    start = TODAY - timedelta(days=42)    # recorded late: every step is due in turn
    pharmacist, doc, nurse = practice.ctx["pharmacist"], practice.ctx["physician"], practice.ctx["nurse"]
    plan_id = deprescribing.create_plan(pharmacist, pid, _plan_input(practice, line, start))
    plan = deprescribing.get_plan(doc, plan_id)
    assert plan.status == "active" and plan.agreed_how == "consultation" and plan.agreement_recorded_by
    assert len(plan.steps) == 4 and all(s.task_id for s in plan.steps)
    for n in range(1, 5):
        step_day = start + timedelta(days=14 * (n - 1))
        # not proposed before its date, proposed on it (only the first undecided step)
        assert deprescribing.due_steps(doc, pid, step_day - timedelta(days=1)) == [] or n > 1
        due = deprescribing.due_steps(doc, pid, step_day)
        assert [s.number for _p, s in due] == [n]
        plan = deprescribing.get_plan(doc, plan_id)
        deprescribing.confirm_step(doc, plan_id, plan.version, due[0][1].id, today=step_day)
        current = {r.id: r for r in medications.list_current(doc, pid)}
        if n < 4:
            expected = {1: "0.75", 2: "0.5", 3: "0.25"}[n]
            assert (current[line].data.posology.dose_morning, current[line].data.posology.dose_evening) == (
                expected, expected)
        else:
            assert line not in current
        # the nurse makes the call and records it
        task_id = deprescribing.get_plan(doc, plan_id).steps[n - 1].task_id
        with practice.db.session() as s:
            task = s.get(Task, task_id)
            assert task.pool_role == "nurse" and task.due_date == step_day + timedelta(days=7)
            assert task.origin_type == "deprescribing_step"
        v = tasks.claim_task(nurse, task_id, task.version)
        v = tasks.transition(nurse, task_id, v, "in_progress")
        tasks.transition(nurse, task_id, v, "completed", result=f"Étape {n} bien tolérée")
    plan = deprescribing.get_plan(doc, plan_id)
    assert plan.status == "completed"
    assert [s.state for s in plan.steps] == ["applied"] * 4
    assert [s.task_status for s in plan.steps] == ["completed"] * 4
    history = [h for h in medications.list_history(doc, pid) if h.line_id == line]
    assert [h.change for h in reversed(history)] == ["add", "change", "change", "change", "stop"]


def test_steps_wait_for_their_date_and_their_order(practice):
    pid, line = _patient_with_bzd(practice)
    doc = practice.ctx["physician"]
    plan_id = deprescribing.create_plan(practice.ctx["pharmacist"], pid, _plan_input(practice, line, TODAY))
    plan = deprescribing.get_plan(doc, plan_id)
    with pytest.raises(ValidationError) as err:
        deprescribing.confirm_step(doc, plan_id, plan.version, plan.steps[1].id, today=TODAY + timedelta(days=20))
    assert err.value.code == "deprescribing.earlier_step_open"
    with pytest.raises(ValidationError) as err:
        deprescribing.confirm_step(doc, plan_id, plan.version, plan.steps[0].id, today=TODAY - timedelta(days=1))
    assert err.value.code == "deprescribing.step_not_due"
    v = deprescribing.skip_step(doc, plan_id, plan.version, plan.steps[0].id, "Patiente hospitalisée")
    assert deprescribing.get_plan(doc, plan_id).steps[0].state == "skipped"
    assert medications.list_current(doc, pid)[0].data.posology.dose_morning == "1"
    deprescribing.cancel_plan(doc, plan_id, v, "Reprise d'une anxiété sévère")
    plan = deprescribing.get_plan(doc, plan_id)
    assert plan.status == "cancelled" and {s.task_status for s in plan.steps} == {"cancelled"}


def test_draft_until_the_patient_agrees(practice):
    pid, line = _patient_with_bzd(practice)
    pharmacist = practice.ctx["pharmacist"]
    plan_id = deprescribing.create_plan(pharmacist, pid, _plan_input(practice, line, TODAY, agreed=False))
    plan = deprescribing.get_plan(pharmacist, plan_id)
    assert plan.status == "draft" and not any(s.task_id for s in plan.steps)
    assert deprescribing.due_steps(practice.ctx["physician"], pid) == []
    with pytest.raises(ValidationError) as err:
        deprescribing.record_agreement(pharmacist, plan_id, plan.version, Agreement(TODAY, "by pigeon"))
    assert (err.value.field, err.value.code) == ("agreed_how", "one_of")
    deprescribing.record_agreement(pharmacist, plan_id, plan.version, Agreement(TODAY, "phone"))
    plan = deprescribing.get_plan(pharmacist, plan_id)
    assert plan.status == "active" and all(s.task_id for s in plan.steps)


@pytest.mark.parametrize(("change", "field", "code"), [
    (lambda d: replace(d, steps=[]), "steps", "deprescribing.no_steps"),
    (lambda d: replace(d, scheme_key="homeopathy"), "scheme_key", "one_of"),
    (lambda d: replace(d, steps=[d.steps[1], d.steps[0]] + d.steps[2:]), "steps[2].due_date",
     "deprescribing.dates_not_increasing"),
    (lambda d: replace(d, steps=[replace(d.steps[0], due_date="31.02.2026")] + d.steps[1:]), "steps[1].due_date",
     "not_a_calendar_date"),
    (lambda d: replace(d, steps=[replace(d.steps[0], stop=True)] + d.steps[1:]), "steps[1].stop",
     "deprescribing.stop_not_last"),
    (lambda d: replace(d, steps=[replace(d.steps[0], posology=Posology(dose_morning="abc"))] + d.steps[1:]),
     "steps[1].dose_morning", "medications.amount_not_a_number"),
    (lambda d: replace(d, steps=[replace(d.steps[0], posology=Posology())] + d.steps[1:]),
     "steps[1].dose_morning", "deprescribing.no_amount"),
    (lambda d: replace(d, follow_up_role="coordinator"), "follow_up_role", "one_of"),
    (lambda d: replace(d, follow_up_role=None), "follow_up_role", "required"),
    (lambda d: replace(d, follow_up_days="0"), "follow_up_days", "out_of_range"),
    (lambda d: replace(d, agreement=Agreement(TODAY + timedelta(days=3), "phone")), "agreed_on", "future_date"),
    (lambda d: replace(d, agreement=Agreement(TODAY, None)), "agreed_how", "required"),
    (lambda d: replace(d, line_id=999999), "line_id", "deprescribing.unknown_line"),
])
def test_bad_input_is_refused_and_nothing_stored(practice, change, field, code):
    pid, line = _patient_with_bzd(practice)
    data = change(_plan_input(practice, line, TODAY))
    with pytest.raises(ValidationError) as err:
        deprescribing.create_plan(practice.ctx["pharmacist"], pid, data)
    assert (err.value.field, err.value.code) == (field, code)
    with practice.db.session() as s:
        assert s.exec(select(DeprescribingPlan)).all() == [] and s.exec(select(DeprescribingStep)).all() == []
        assert s.exec(select(Task).where(Task.origin_type == "deprescribing_step")).all() == []


def test_one_open_plan_per_line_and_staff_follow_up(practice):
    pid, line = _patient_with_bzd(practice)
    data = replace(_plan_input(practice, line, TODAY), follow_up_role=None,
                   follow_up_staff_id=practice.staff_ids["medical_assistant"])
    plan_id = deprescribing.create_plan(practice.ctx["pharmacist"], pid, data)
    assert deprescribing.get_plan(practice.ctx["physician"], plan_id).follow_up_name
    with pytest.raises(ValidationError) as err:
        deprescribing.create_plan(practice.ctx["physician"], pid, data)
    assert err.value.code == "deprescribing.open_plan_exists"
    with pytest.raises(ValidationError) as err:
        deprescribing.create_plan(practice.ctx["physician"], pid, replace(
            data, follow_up_staff_id=practice.staff_ids["coordinator"]))
    assert err.value.code in ("deprescribing.not_follow_up_role", "deprescribing.open_plan_exists")


def test_access(practice):
    pid, line = _patient_with_bzd(practice)
    with pytest.raises(AccessDenied):
        deprescribing.create_plan(practice.ctx["nurse"], pid, _plan_input(practice, line, TODAY))
    plan_id = deprescribing.create_plan(practice.ctx["pharmacist"], pid, _plan_input(practice, line, TODAY))
    plan = deprescribing.get_plan(practice.ctx["nurse"], plan_id)       # the caller reads the plan
    with pytest.raises(AccessDenied):
        deprescribing.confirm_step(practice.ctx["pharmacist"], plan_id, plan.version, plan.steps[0].id)
    assert deprescribing.get_plan(practice.ctx["physician"], plan_id).steps[0].state == "planned"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize(("lang", "words"), [
    ("fr", ["Mon plan pour réduire Témesta 1 mg", "À partir du", "Arrêt : ne plus le prendre", "(infirmier)",
            "Plan convenu avec vous le", "HAS"]),
    ("de", ["Mein Plan zum Reduzieren von Témesta 1 mg", "Ab dem", "Absetzen: nicht mehr einnehmen",
            "(Pflegefachperson)", "Plan mit Ihnen vereinbart am"]),
])
def test_patient_printout_in_the_patients_language(practice, tmp_path, lang, words):
    pid, line = _patient_with_bzd(practice, lang)
    plan_id = deprescribing.create_plan(practice.ctx["pharmacist"], pid, _plan_input(practice, line, TODAY))
    pdf = deprescribing.patient_sheet(practice.ctx["pharmacist"], plan_id)
    path = tmp_path / f"sheet_{lang}.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    for w in words:
        assert w in flat, w
    assert text.count("\f") == 1


@pytest.mark.postgres
def test_taper_applied_step_by_step_on_postgres(pg_practice):
    test_taper_applied_step_by_step(pg_practice)


@pytest.mark.postgres
def test_bad_input_is_refused_and_nothing_stored_on_postgres(pg_practice):
    test_bad_input_is_refused_and_nothing_stored(
        pg_practice, lambda d: replace(d, steps=[replace(d.steps[0], stop=True)] + d.steps[1:]), "steps[1].stop",
        "deprescribing.stop_not_last")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_care_plan_pdf_shows_the_plans_and_their_steps(practice, tmp_path):
    pid, line = _patient_with_bzd(practice)
    deprescribing.create_plan(practice.ctx["pharmacist"], pid, _plan_input(practice, line, TODAY))
    plan_id, _v, _ids = draft(practice, pid)
    path = tmp_path / "team.pdf"
    for lang, title, stop in (("fr", "Plans de déprescription", "arrêt"), ("de", "Deprescribing-Pläne", "absetzen")):
        path.write_bytes(care_plan_export.plan_pdf(practice.ctx["physician"], plan_id, lang))
        text = " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                       check=True).stdout.split())
        assert title in text and "Témesta 1 mg" in text and stop in text
    # a coordinator reads the care plan but not the medication list: no section
    path.write_bytes(care_plan_export.plan_pdf(practice.ctx["coordinator"], plan_id, "fr"))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "déprescription" not in text


# -- opioids (CDC 2022) ------------------------------------------------------------------------------------------
def _patient_with_tramadol(practice, lang: str = "fr", morning: str = "1", evening: str = "1") -> tuple[int, int]:
    doc = practice.ctx["physician"]
    pid = patients.create_patient(doc, PatientInput(family_name="Roux", given_names="Paul", birth_date="03.05.1940",
                                                    sex="M", preferred_language=lang))
    line = medications.add_medication(doc, pid, MedicationInput(
        atc="N02AX02", substances="tramadol", product_name="Tramadol 50 mg", strength="50 mg",
        posology=Posology(dose_morning=morning, dose_evening=evening, unit="tablet")))
    return pid, line


def _per_day(posology) -> float:
    return sum(float(getattr(posology, f) or 0) for f in ("dose_morning", "dose_noon", "dose_evening", "dose_night"))


def test_opioid_schemes_come_first_for_an_opioid_and_name_the_cdc_guideline():
    first = [s.key for s in taper_schemes.schemes_for("N02AX02")][:2]
    assert first == ["cdc_2022_opioid_long", "cdc_2022_opioid_short"]
    for key in first:
        s = taper_schemes.scheme(key)
        assert "CDC" in s.source["publisher"] and "RR-3" in s.source["title"]
        assert s.source["url"] == "https://www.cdc.gov/mmwr/volumes/71/rr/rr7103a1.htm"
        assert "public domain" not in s.source["reuse"] and "17 U.S.C. 105" in s.source["reuse"]
        assert s.verify and "secondary" in s.verify_note and s.rounding == "up"
    assert taper_schemes.schemes_for("N05BA06")[0].key == "has_bzd_2015"   # the others keep their place


@pytest.mark.parametrize(("key", "morning", "evening"), [
    ("cdc_2022_opioid_long", "1", "1"), ("cdc_2022_opioid_long", "2", "2"), ("cdc_2022_opioid_long", "1", None),
    ("cdc_2022_opioid_short", "2", "2"), ("cdc_2022_opioid_short", "1", "1")])
def test_opioid_proposal_never_runs_ahead_of_the_scheme(practice, key, morning, evening):
    """Rounded up to the quarter tablet, each step keeps at least the scheme's share of the starting dose on its
    date, takes something away, and the steps that would change nothing are left out; the stop comes on the
    scheme's last date (9 calendar months, or 13 weeks)."""
    _pid, line = _patient_with_tramadol(practice, morning=morning, evening=evening)
    start = date(2026, 1, 31)     # month ends: the monthly steps fall on the last day of shorter months
    steps = deprescribing.propose_steps(practice.ctx["pharmacist"], line, key, start)
    scheme = taper_schemes.scheme(key)
    fraction_on = {s.day(start): s.fraction for s in scheme.steps}
    full = _per_day(Posology(dose_morning=morning, dose_evening=evening))
    previous = full
    for s in steps[:-1]:
        amount = _per_day(s.posology)
        assert s.due_date in fraction_on and amount >= fraction_on[s.due_date] * full - 1e-9
        assert amount < previous and amount * 4 == int(amount * 4)
        previous = amount
    assert steps[-1].stop and steps[-1].due_date == (date(2026, 10, 31) if key.endswith("long")
                                                     else start + timedelta(days=91))
    if key == "cdc_2022_opioid_long" and morning == "2":
        assert [s.due_date.isoformat() for s in steps[:4]] == ["2026-02-28", "2026-03-31", "2026-04-30",
                                                              "2026-05-31"]
        assert [_per_day(s.posology) for s in steps[:-1]] == [3.5, 3.0, 2.5, 2.0, 1.5, 1.0, 0.5]


def test_opioid_plan_from_a_finding_applied_until_the_line_is_stopped(practice):
    pid, line = _patient_with_tramadol(practice)
    pharmacist, doc = practice.ctx["pharmacist"], practice.ctx["physician"]
    from app.services.medications import check as medication_check
    with practice.db.session() as s:
        finding = next(f for f in medication_check.review_in(s, pid, TODAY).findings if "N02AX02" in f.atc
                       and f.severity == "avoid")
    start = TODAY - timedelta(days=300)   # recorded late: every step has come
    proposal = deprescribing.propose_steps(pharmacist, line, "cdc_2022_opioid_long", start)
    plan_id = deprescribing.create_plan(pharmacist, pid, DeprescribingInput(
        line_id=line, scheme_key="cdc_2022_opioid_long", finding_code=finding.rule, reason=finding.message[:500],
        steps=[StepInput(s.due_date, s.stop, s.posology) for s in proposal], follow_up_role="pharmacist",
        follow_up_days=7, agreement=Agreement(TODAY, "consultation")))
    plan = deprescribing.get_plan(doc, plan_id)
    assert plan.finding_code == finding.rule and plan.status == "active"
    assert len(plan.steps) == len(proposal) == 4 and all(s.task_id for s in plan.steps)
    for n, step in enumerate(plan.steps, start=1):
        due = deprescribing.due_steps(doc, pid, step.due_date)
        assert [s.number for _p, s in due] == [n]
        deprescribing.confirm_step(doc, plan_id, deprescribing.get_plan(doc, plan_id).version, step.id,
                                   today=step.due_date)
    assert line not in {r.id for r in medications.list_current(doc, pid)}
    plan = deprescribing.get_plan(doc, plan_id)
    assert plan.status == "completed" and [s.state for s in plan.steps] == ["applied"] * 4
    history = [h.change for h in reversed(medications.list_history(doc, pid)) if h.line_id == line]
    assert history == ["add", "change", "change", "change", "stop"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize(("lang", "words"), [
    ("fr", ["Mon plan pour réduire Tramadol 50 mg", "Arrêt : ne plus le prendre", "CDC 2022",
            "Centers for Disease Control and Prevention"]),
    ("de", ["Mein Plan zum Reduzieren von Tramadol 50 mg", "Absetzen: nicht mehr einnehmen", "CDC 2022",
            "Ausgangsdosis pro Monat"]),
])
def test_opioid_printout_fits_one_page_in_the_patients_language(practice, tmp_path, lang, words):
    pid, line = _patient_with_tramadol(practice, lang, morning="2", evening="2")
    proposal = deprescribing.propose_steps(practice.ctx["pharmacist"], line, "cdc_2022_opioid_long", TODAY)
    plan_id = deprescribing.create_plan(practice.ctx["pharmacist"], pid, DeprescribingInput(
        line_id=line, scheme_key="cdc_2022_opioid_long", follow_up_role="nurse",
        steps=[StepInput(s.due_date, s.stop, s.posology) for s in proposal], agreement=Agreement(TODAY, "phone")))
    path = tmp_path / f"opioid_{lang}.pdf"
    path.write_bytes(deprescribing.patient_sheet(practice.ctx["pharmacist"], plan_id))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    for w in words:
        assert w in flat, w
    assert text.count("\f") == 1 and len(proposal) == 8
