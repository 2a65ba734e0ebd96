"""Reconciliation after a hospital stay: every kind of difference, decisions, clarification, validation."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import select

from app.models.reconciliation import Reconciliation, ReconciliationItem
from app.services.alerts import inbox as alert_inbox
from app.services.alerts import reconciliation
from app.services.errors import AccessDenied, ValidationError
from app.services.medications import emediplan
from app.services.medications import medication_list as medications
from app.services.medications.medication_list import MedicationInput, Posology
from tests.alert_support import add_line, make_patient


def _setup(practice):
    pid = make_patient(practice)
    lines = {
        "amlo": add_line(practice, pid, "C08CA01", "amlodipine", ("1", "", "", ""), 5, strength="5 mg"),
        "ramipril": add_line(practice, pid, "C09AA05", "ramipril", ("1", "", "", ""), 5, strength="5 mg"),
        "simva": add_line(practice, pid, "C10AA01", "simvastatine", ("", "", "1", ""), 40, strength="40 mg"),
        "omep": add_line(practice, pid, "A02BC01", "oméprazole", ("1", "", "", ""), 20, strength="20 mg"),
        "furo": add_line(practice, pid, "C03CA01", "furosémide", ("1", "", "", ""), 40, strength="40 mg",
                         product_name="Lasilix 40 mg"),
    }
    discharge = [
        MedicationInput(atc="C08CA01", substances="amlodipine", posology=Posology(dose_morning="1"), strength="5 mg",
                        daily_dose_mg=5),
        MedicationInput(atc="C09AA05", substances="ramipril", posology=Posology(dose_morning="1", dose_evening="1"),
                        strength="5 mg", daily_dose_mg=10),                                    # dose changed
        MedicationInput(atc="C10AA05", substances="atorvastatine", posology=Posology(dose_evening="1"),
                        strength="20 mg", daily_dose_mg=20),                                   # statin -> statin
        MedicationInput(atc="C03CA01", substances="furosémide", posology=Posology(dose_morning="1"), strength="40 mg",
                        product_name="Furosémide Teva 40 mg", daily_dose_mg=40),               # other product
        MedicationInput(atc="B01AF02", substances="apixaban", posology=Posology(dose_morning="1", dose_evening="1"),
                        strength="5 mg", daily_dose_mg=10, indication="FA découverte à l'hôpital"),   # added
    ]                                                                                          # omeprazole stopped
    return pid, lines, discharge


def test_every_kind_of_difference_then_validation(practice):
    pid, lines, discharge = _setup(practice)
    nurse, doc = practice.ctx["pharmacist"], practice.ctx["physician"]
    rid = reconciliation.start_reconciliation(nurse, pid, discharge, "CHU Grenoble, cardiologie",
                                              date.today() - timedelta(days=2))
    view = reconciliation.get_reconciliation(nurse, rid)
    kinds = {(i.kind, i.name) for i in view.items}
    assert kinds == {("unchanged", "amlodipine"), ("dose_changed", "ramipril"), ("substituted", "atorvastatine"),
                     ("substituted", "Furosémide Teva 40 mg"), ("added", "apixaban"), ("stopped", "oméprazole")}
    by_name = {i.name: i for i in view.items}
    assert by_name["amlodipine"].decision == "intentional_documented"
    assert all(i.decision == "to_be_clarified" for i in view.items if i.kind != "unchanged")
    with pytest.raises(ValidationError) as err:
        reconciliation.set_decision(nurse, by_name["ramipril"].id, "intentional_documented", "")
    assert (err.value.field, err.value.code) == ("note", "alerts.undocumented_change")
    with pytest.raises(ValidationError) as err:
        reconciliation.set_decision(nurse, by_name["apixaban"].id, "keep_current")
    assert (err.value.field, err.value.code) == ("decision", "alerts.nothing_to_keep")
    for name, note in (("ramipril", "HTA mal contrôlée"), ("atorvastatine", "Changement de statine (interaction)"),
                       ("Furosémide Teva 40 mg", "Générique de l'hôpital"), ("apixaban", "FA découverte")):
        reconciliation.set_decision(nurse, by_name[name].id, "intentional_documented", note)
    # the omeprazole stop is not explained: to be clarified -> an alert for the médecin traitant
    aid = reconciliation.clarify(nurse, by_name["oméprazole"].id, "alert")
    assert alert_inbox.inbox(doc, "received")[0].id == aid
    with pytest.raises(AccessDenied):
        reconciliation.validate(nurse, rid, reconciliation.get_reconciliation(nurse, rid).version)
    version = reconciliation.get_reconciliation(doc, rid).version
    with pytest.raises(ValidationError) as err:
        reconciliation.validate(doc, rid, version)
    assert (err.value.field, err.value.code) == ("decision", "alerts.still_to_clarify")
    assert err.value.params == {"lines": ([i.name for i in view.items].index("oméprazole") + 1,)}
    reconciliation.set_decision(doc, by_name["oméprazole"].id, "keep_current", "Arrêt non voulu : IPP sous AINS")
    reconciliation.validate(doc, rid, reconciliation.get_reconciliation(doc, rid).version)
    current = {r.data.atc: r for r in medications.list_current(doc, pid)}
    assert set(current) == {"C08CA01", "C09AA05", "C10AA05", "C03CA01", "B01AF02", "A02BC01"}
    assert current["C09AA05"].id == lines["ramipril"] and current["C09AA05"].data.posology.dose_evening == "1"
    assert current["C03CA01"].id != lines["furo"] and current["C03CA01"].data.product_name == "Furosémide Teva 40 mg"
    assert current["A02BC01"].id == lines["omep"]
    history = {(h.line_id, h.change) for h in medications.list_history(doc, pid)}
    assert (lines["simva"], "stop") in history and (lines["ramipril"], "change") in history
    view = reconciliation.get_reconciliation(doc, rid)
    assert view.state == "validated" and view.validated_by == "Test Physician"
    assert [v.id for v in reconciliation.list_reconciliations(doc, pid)] == [rid]
    with pytest.raises(ValidationError) as err:
        reconciliation.set_decision(doc, by_name["ramipril"].id, "keep_current", "trop tard")
    assert err.value.field == "state"


def test_clarify_as_task_and_import_from_emediplan(practice):
    pid, _lines, discharge = _setup(practice)
    rows = medications.list_current(practice.ctx["physician"], pid)
    payload = emediplan.encode(emediplan.plan_object(emediplan.PlanPatient("Girard", "Odette", date(1941, 3, 12), "F"),
                                                     rows[:2], emediplan.datetime.now()))
    imported = emediplan.medication_inputs(emediplan.decode(payload))
    rid = reconciliation.start_reconciliation(practice.ctx["nurse"], pid, imported, "HUG", date.today())
    view = reconciliation.get_reconciliation(practice.ctx["nurse"], rid)
    assert sorted(i.kind for i in view.items) == ["stopped", "stopped", "stopped", "unchanged", "unchanged"]
    stopped = next(i for i in view.items if i.kind == "stopped")
    task_id = reconciliation.clarify(practice.ctx["physician"], stopped.id, "task")
    from app.services.tasks import worklists as task_lists
    assert task_lists.get_task(practice.ctx["physician"], task_id).row.title.startswith("Conciliation")


def test_bad_input_names_the_field_and_stores_nothing(practice):
    pid, _lines, discharge = _setup(practice)
    ctx = practice.ctx["pharmacist"]
    cases = [((pid, discharge, "", date.today()), "source"),
             ((pid, discharge, "HUG", "32.01.2026"), "discharge_date"),
             ((pid, discharge, "HUG", date.today() + timedelta(days=3)), "discharge_date"),
             ((pid, [MedicationInput(atc="XYZ", substances="x")], "HUG", date.today()), "discharge[1].atc"),
             ((pid, [discharge[0], MedicationInput(substances="x", posology=Posology(dose_noon="lots"))], "HUG", date.today()),
              "discharge[2].dose_noon")]
    for args, field_name in cases:
        with pytest.raises(ValidationError) as err:
            reconciliation.start_reconciliation(ctx, *args)
        assert err.value.field == field_name
    with pytest.raises(AccessDenied):
        reconciliation.start_reconciliation(practice.ctx["medical_assistant"], pid, discharge, "HUG", date.today())
    with practice.db.session() as s:
        assert s.exec(select(Reconciliation)).all() == [] and s.exec(select(ReconciliationItem)).all() == []
    rid = reconciliation.start_reconciliation(ctx, pid, discharge, "HUG", date.today())
    item = reconciliation.get_reconciliation(ctx, rid).items[0]
    with pytest.raises(ValidationError) as err:
        reconciliation.set_decision(ctx, item.id, "maybe")
    assert err.value.field == "decision"
    with pytest.raises(ValidationError) as err:
        reconciliation.clarify(ctx, item.id, "pigeon")
    assert err.value.field in ("via", "decision")
