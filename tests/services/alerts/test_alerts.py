"""The alert loop with two users: the pharmacist raises, the doctor reads, asks, answers."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlmodel import select

from app.models.alert import Alert, AlertMessage
from app.models.audit import AuditEvent
from app.services.alerts import alert_flow as alerts
from app.services.alerts import inbox as alert_inbox
from app.services.alerts.alert_input import AlertInput, ClinicalValue, MedicationAction
from app.services.errors import AccessDenied, StaleRecordError, ValidationError
from app.services.medications import medication_list as medications
from app.services.medications.medication_list import with_posology
from tests.alert_support import warfarin_aspirin

KEY = "ANSM:acide-acetylsalicylique+anticoagulants-oraux:B01AA03+B01AC06"


def _raise(practice, pid, aspirin, **changes):
    data = AlertInput(patient_id=pid, problem_category="1.6", problem_text="Warfarine + aspirine : risque hémorragique",
                      proposal_kind="stop", line_ids=[aspirin],
                      clinical_context=[ClinicalValue("inr", "3.4", date.today() - timedelta(days=3))],
                      urgency="24h", finding_key=KEY)
    for k, v in changes.items():
        setattr(data, k, v)
    return alerts.raise_alert(practice.ctx["pharmacist"], data)


def _count(practice, model) -> int:
    with practice.db.session() as s:
        return len(s.exec(select(model)).all())


def test_raise_read_question_reply_accept(practice):
    pid, warfarin, aspirin = warfarin_aspirin(practice)
    ph, doc = practice.ctx["pharmacist"], practice.ctx["physician"]
    events = []
    doc.notifier.subscribe(lambda topic, payload: events.append((topic, payload)))
    aid = _raise(practice, pid, aspirin)
    assert ("alert.changed", {"alert_id": aid, "patient_id": pid, "state": "open",
                              "recipient_staff_id": practice.staff_ids["physician"],
                              "sender_staff_id": practice.staff_ids["pharmacist"]}) in events
    assert alert_inbox.counts(doc)["open"] == 1 and alert_inbox.counts(ph)["open"] == 1   # received / sent
    detail = alerts.open_alert(doc, aid)
    assert detail.row.state == "read" and detail.row.reply_by == date.today() + timedelta(days=1)
    assert detail.medications[0]["atc"] == "B01AC06" and detail.clinical_context[0]["code"] == "inr"
    assert detail.proposed_changes[0]["action"] == "stop"     # "stop" needs no more detail: the drugs concerned
    v = alerts.ask_question(doc, aid, detail.row.version, "Indication de l'aspirine ?")
    v = alerts.reply(ph, aid, v, "Prévention secondaire après AIT en 2019 selon la patiente.")
    with pytest.raises(AccessDenied):
        alerts.accept(ph, aid, v)                               # the pharmacist does not answer
    with pytest.raises(StaleRecordError):
        alerts.accept(doc, aid, v - 1)
    alerts.accept(doc, aid, v, "D'accord, arrêt de l'aspirine.")
    current = {row.data.atc for row in medications.list_current(doc, pid)}
    assert current == {"B01AA03"}                              # the change was made through the medication service
    detail = alerts.open_alert(ph, aid)
    assert detail.row.state == "accepted" and detail.answered_by == "Test Physician"
    assert [m.kind for m in detail.messages] == ["raised", "read", "question", "reply", "accepted"]
    assert all(m.at and m.author_name for m in detail.messages)
    assert detail.messages[-1].changes[0]["action"] == "stop"
    with practice.db.session() as s:
        actions = [e.action for e in s.exec(select(AuditEvent).where(AuditEvent.action.like("alert.%")))]
    for action in ("alert.raise", "alert.open", "alert.question", "alert.reply", "alert.accept"):
        assert action in actions
    with practice.db.session() as s:
        assert s.exec(select(AuditEvent).where(AuditEvent.action == "medication.stop")).first() is not None
    history = alert_inbox.patient_alerts(doc, pid)
    assert [r.id for r in history] == [aid] and history[0].state == "accepted"   # closed alerts stay


def test_refusal_needs_a_reason(practice):
    pid, _w, aspirin = warfarin_aspirin(practice)
    doc = practice.ctx["physician"]
    aid = _raise(practice, pid, aspirin)
    version = alerts.open_alert(doc, aid).row.version
    for reason in ("", "   ", None):
        with pytest.raises(ValidationError) as err:
            alerts.refuse(doc, aid, version, reason)
        assert err.value.field == "reason"
    assert alerts.open_alert(doc, aid).row.state == "read"
    alerts.refuse(doc, aid, version, "Bithérapie voulue par le cardiologue (stent 2024)")
    assert alerts.open_alert(doc, aid).answer_text.startswith("Bithérapie")
    with pytest.raises(ValidationError) as err:
        alerts.accept(doc, aid, version + 1)
    assert (err.value.field, err.value.code, err.value.params) == ("state", "alerts.already_closed",
                                                                   {"alert_state": "refused"})


def test_modified_answer_makes_the_doctors_change(practice):
    pid, warfarin, aspirin = warfarin_aspirin(practice)
    doc = practice.ctx["physician"]
    aid = _raise(practice, pid, aspirin, proposal_kind="monitor", proposed_changes=[])
    detail = alerts.open_alert(doc, aid)
    with pytest.raises(ValidationError) as err:
        alerts.modify(doc, aid, detail.row.version, [])
    assert (err.value.field, err.value.code) == ("changes", "alerts.change_required")
    row = next(r for r in medications.list_current(doc, pid) if r.id == warfarin)
    with pytest.raises(ValidationError) as err:
        alerts.modify(doc, aid, detail.row.version, [MedicationAction("change", warfarin,
                                                                       with_posology(row, dose_evening="abc"))])
    assert err.value.field == "changes[1].dose_evening"
    alerts.modify(doc, aid, detail.row.version, [MedicationAction("change", warfarin, replace(with_posology(
        row, dose_evening="0.5"), daily_dose_mg=2.5))], "Warfarine réduite, INR dans 3 jours")
    row = next(r for r in medications.list_current(doc, pid) if r.id == warfarin)
    assert row.data.posology.dose_evening == "0.5" and alerts.open_alert(doc, aid).row.state == "modified"


def test_bad_input_names_the_field_and_stores_nothing(practice):
    pid, warfarin, aspirin = warfarin_aspirin(practice)
    before = _count(practice, Alert), _count(practice, AlertMessage)
    cases = {
        "patient_id": (dict(patient_id=999999), "alerts.not_a_patient", {}),
        "problem_category": (dict(problem_category="9.9"), "alerts.not_an_sfpc_problem", {}),
        "problem_text": (dict(problem_text="  "), "required", {}),
        "proposal_kind": (dict(proposal_kind="zap"), "one_of", None),
        "line_ids": (dict(line_ids=[]), "alerts.medication_required", {}),
        "urgency": (dict(urgency="soon"), "alerts.bad_urgency", {}),
        "reply_by": (dict(reply_by="01.01.2001"), "alerts.in_past", {}),
        "recipient_staff_id": (dict(recipient_staff_id=practice.staff_ids["nurse"]), "alerts.not_an_active_physician",
                               {}),
        "clinical_context[1].value": (dict(clinical_context=[ClinicalValue("inr", "99", "01.01.2024")]),
                                      "out_of_range", {"min": 0.5, "max": 15}),
        "clinical_context[1].code": (dict(clinical_context=[ClinicalValue("zzz", "1", "01.01.2024")]), "one_of",
                                     None),
        "clinical_context[1].measured_on": (dict(clinical_context=[ClinicalValue("inr", "2", "31.02.2024")]),
                                            "not_a_calendar_date", {}),
        "proposed_changes[1].action": (dict(proposed_changes=[MedicationAction("explode", aspirin)]),
                                       "alerts.bad_action", {}),
        "proposed_changes[1].line_id": (dict(proposed_changes=[MedicationAction("stop", 424242)]),
                                        "alerts.not_a_patient_medication", {}),
        "finding_key": (dict(finding_key="NOPE:X"), "alerts.not_a_current_finding", {}),
    }
    for field_name, (change, code, params) in cases.items():
        with pytest.raises(ValidationError) as err:
            _raise(practice, pid, aspirin, **change)
        assert (err.value.field, err.value.code) == (field_name, code), (field_name, err.value)
        assert params is None or err.value.params == params, (field_name, err.value)
    with pytest.raises(ValidationError) as err:
        _raise(practice, pid, 10**6)
    assert (err.value.field, err.value.code) == ("line_ids", "alerts.not_a_patient_medication")
    with pytest.raises(ValidationError) as err:
        _raise(practice, pid, aspirin, proposal_kind="zap")
    assert "dose_change" in err.value.params["allowed"]
    with pytest.raises(AccessDenied):
        alerts.raise_alert(practice.ctx["medical_assistant"], AlertInput(patient_id=pid))
    assert (_count(practice, Alert), _count(practice, AlertMessage)) == before


def test_overdue_urgent_alert_escalated_to_coordinator(practice):
    pid, _w, aspirin = warfarin_aspirin(practice)
    aid = _raise(practice, pid, aspirin, urgency="urgent", finding_key=None)
    routine = _raise(practice, pid, aspirin, urgency="routine", finding_key=None)
    later = date.today() + timedelta(days=10)
    doc, coord = practice.ctx["physician"], practice.ctx["coordinator"]
    assert alert_inbox.counts(doc, today=later)["overdue"] == 2
    assert {r.id for r in alert_inbox.inbox(doc, state="overdue", today=later)} == {aid, routine}
    assert alert_inbox.escalate_overdue(doc, today=later) == [aid]
    assert alert_inbox.escalate_overdue(doc, today=later) == []            # once only
    assert alert_inbox.default_box(coord) == "escalated"
    rows = alert_inbox.inbox(coord)
    assert [r.id for r in rows] == [aid] and rows[0].escalated
    assert alert_inbox.counts(coord)["escalated"] == 1
    detail = alerts.open_alert(coord, aid)
    assert detail.messages[-1].kind == "escalated"
    from app.services.tasks import worklists as task_lists
    pool = task_lists.pool_tasks(coord, "coordinator")
    assert any(t.title == f"Alerte urgente n° {aid} sans réponse" for t in pool)
    assert detail.messages[-1].text.startswith("Sans réponse depuis le ")


def test_alerts_pdf_french_by_default_german_and_english_on_request(practice, tmp_path):
    import os
    import shutil
    import subprocess
    from pathlib import Path

    from app.services.alerts import alert_pdf
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed")
    pid, warfarin, aspirin = warfarin_aspirin(practice)
    aid = _raise(practice, pid, aspirin)
    doc = practice.ctx["physician"]
    detail = alerts.open_alert(doc, aid)
    alerts.accept(doc, aid, detail.row.version, "D'accord, arrêt de l'aspirine.")

    def text_of(lang=None) -> str:
        data = alert_pdf.alerts_pdf(doc, pid) if lang is None else alert_pdf.alerts_pdf(doc, pid, lang=lang)
        path = tmp_path / f"alerts_{lang or 'default'}.pdf"
        path.write_bytes(data)
        if os.environ.get("CORDEE_KEEP_PDF"):
            Path(os.environ["CORDEE_KEEP_PDF"], path.name).write_bytes(data)
        out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
        return " ".join(out.stdout.split())

    fr = text_of()
    for expected in ("Alertes médecin – pharmacien", "Patient·e : GIRARD Odette", "Problème", "Médicaments",
                     "Proposition", "Arrêt (SFPC 2, PADV CANCEL)", "sous 24 h", "acceptée", "Fil de la discussion",
                     "Alerte émise", "Acceptée", "arrêt de l'aspirine", "(PADV CANCEL)",
                     f"{date.today() + timedelta(days=1):%d.%m.%Y}"):
        assert expected in fr, expected
    de = text_of("de")
    for expected in ("Meldungen Arzt – Apotheke", "Patient/in: GIRARD Odette", "Medikamente",
                     "Vorschlag", "Absetzen (SFPC 2, PADV CANCEL)", "innert 24 h", "angenommen", "Verlauf der Diskussion",
                     "Meldung erstellt", "gedruckt am"):
        assert expected in de, expected
    assert "Fil de la discussion" not in de
    en = text_of("en")
    assert "Doctor – pharmacist alerts" in en and "within 24 h" in en and "Discussion thread" in en


def test_a_box_lists_every_waiting_alert_and_the_newest_closed_ones(practice, monkeypatch):
    ph, doc = practice.ctx["pharmacist"], practice.ctx["physician"]
    ids = []
    for _ in range(4):
        pid, _warfarin, aspirin = warfarin_aspirin(practice)
        ids.append(_raise(practice, pid, aspirin))
    waiting_oldest = ids[0]
    for aid in ids[1:]:   # answered in order: the last is the newest closed alert
        alerts.accept(doc, aid, alerts.open_alert(doc, aid).row.version, "D'accord.")
    monkeypatch.setattr(alert_inbox, "INBOX_LIMIT", 1)
    listed = [r.id for r in alert_inbox.inbox(ph, "sent")]
    assert listed == [ids[3], waiting_oldest], "the waiting alert however old, and the newest closed one"
    assert alert_inbox.counts(ph, "sent")["accepted"] == 3, "the counts give the whole box"
    assert [r.id for r in alert_inbox.inbox(ph, "sent", state="accepted")] == [ids[3]]
