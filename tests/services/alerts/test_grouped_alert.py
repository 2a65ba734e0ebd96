"""One reconciliation raises one grouped alert whose lines the doctor answers one by one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlmodel import func, select

from app.models.alert import Alert, AlertMessage
from app.models.audit import AuditEvent
from app.models.reconciliation import ReconciliationItem
from app.models.staff import Staff
from app.services.alerts import alert_flow as alerts
from app.services.alerts import alert_lines, reconciliation
from app.services.alerts import inbox as alert_inbox
from app.services.alerts.alert_input import MedicationAction
from app.services.errors import AccessDenied, StaleRecordError, ValidationError
from app.services.medications import medication_list as medications
from app.services.practice import staff as staff_service
from app.services.practice.accounts import actor_for
from app.services.practice.staff import StaffInput
from tests.services.alerts.test_reconciliation import _setup
from tests.support import PASSWORD, in_english


def _started(practice):
    pid, lines, discharge = _setup(practice)
    ph = practice.ctx["pharmacist"]
    rid = reconciliation.start_reconciliation(ph, pid, discharge, "CHU Grenoble, cardiologie",
                                              date.today() - timedelta(days=2))
    items = {i.name: i for i in reconciliation.get_reconciliation(ph, rid).items}
    return pid, lines, rid, items


def _count(practice, table) -> int:
    with practice.db.session() as s:
        return s.exec(select(func.count()).select_from(table)).one()


def test_three_lines_raise_one_alert_and_a_fourth_line_extends_it(practice):
    pid, _lines, rid, items = _started(practice)
    ph, doc = practice.ctx["pharmacist"], practice.ctx["physician"]
    before = _count(practice, Alert)
    aid = reconciliation.clarify_lines(ph, rid, [items[n].id for n in ("ramipril", "oméprazole", "apixaban")])
    assert _count(practice, Alert) == before + 1
    assert [r.id for r in alert_inbox.inbox(doc, "received")] == [aid]
    assert alert_inbox.counts(doc, "received")["waiting"] == 1
    detail = alerts.open_alert(doc, aid)
    assert detail.grouped and [(ln.name, ln.difference, ln.proposal_kind) for ln in detail.lines] == [
        ("ramipril", "dose_changed", "dose_change"), ("oméprazole", "stopped", "stop"), ("apixaban", "added", "add")]
    change = detail.lines[0].proposed_changes[0]
    assert change["action"] == "change" and change["data"]["posology"]["dose_evening"] == "1"
    assert change["before"]["posology"]["dose_evening"] in (None, "")
    assert detail.lines[2].current is None and detail.lines[2].discharge["substances"] == "apixaban"
    # one more line, while the alert waits: the same alert, a step in its thread
    assert reconciliation.clarify(ph, items["atorvastatine"].id, "alert") == aid
    detail = alerts.open_alert(doc, aid)
    assert len(detail.lines) == 4 and detail.messages[-1].kind == "line_added"
    assert "atorvastatine" in detail.messages[-1].text
    assert _count(practice, Alert) == before + 1 and alert_inbox.counts(doc, "received")["waiting"] == 1
    # every line still to clarify not yet sent: the last one
    assert reconciliation.clarify_lines(ph, rid) == aid
    assert len(alerts.open_alert(doc, aid).lines) == 5
    with pytest.raises(ValidationError) as err:
        reconciliation.clarify_lines(ph, rid)
    assert (err.value.field, err.value.code) == ("decision", "alerts.nothing_to_clarify")
    with pytest.raises(ValidationError) as err:
        reconciliation.clarify(ph, items["ramipril"].id, "alert")
    assert err.value.code == "alerts.line_already_sent" and err.value.params == {"alert_id": aid}


def test_lines_answered_one_by_one_until_the_alert_closes(practice):
    pid, lines, rid, items = _started(practice)
    ph, doc = practice.ctx["pharmacist"], practice.ctx["physician"]
    aid = reconciliation.clarify_lines(ph, rid)
    detail = alerts.open_alert(doc, aid)
    assert len(detail.lines) == 5 and detail.row.state == "read"
    version = detail.row.version
    version = alert_lines.answer_line(doc, aid, items["ramipril"].id, version, "accept")
    detail = alerts.open_alert(doc, aid)
    assert detail.row.state == "partial" and detail.row.state in alert_inbox.OPEN_STATES
    assert alert_inbox.counts(doc, "received")["waiting"] == 1
    view = {i.name: i for i in reconciliation.get_reconciliation(doc, rid).items}
    assert (view["ramipril"].answer_code, view["ramipril"].decision) == ("accept", "intentional_documented")
    assert view["ramipril"].answered_by and "#" in view["ramipril"].note
    # a refusal needs its reason: nothing changed
    with pytest.raises(ValidationError) as err:
        alert_lines.answer_line(doc, aid, items["oméprazole"].id, version, "refuse", " ")
    assert (err.value.field, err.value.code) == ("reason", "required")
    version = alert_lines.answer_line(doc, aid, items["oméprazole"].id, version, "refuse", "IPP sous AINS : maintenu")
    # the same line twice: refused with a clear message, nothing changed
    messages = _count(practice, AlertMessage)
    with pytest.raises(ValidationError) as err:
        alert_lines.answer_line(doc, aid, items["oméprazole"].id, version, "accept")
    assert (err.value.field, err.value.code) == ("item_id", "alerts.line_already_answered")
    assert "already answered" in in_english(err.value)
    assert alerts.open_alert(doc, aid).row.version == version and _count(practice, AlertMessage) == messages + 0
    # the whole alert cannot be answered at once
    with pytest.raises(ValidationError) as err:
        alerts.accept(doc, aid, version)
    assert err.value.code == "alerts.answer_by_line"
    # modify: the doctor's own change is made now, the discharge version is not applied at validation
    furo = medications.list_current(doc, pid)
    furo = next(r for r in furo if r.id == lines["furo"])
    half = replace(furo.data, posology=replace(furo.data.posology, dose_morning="0.5"), daily_dose_mg=20)
    version = alert_lines.answer_line(doc, aid, items["Furosémide Teva 40 mg"].id, version, "modify",
                                      "Demi-dose", [MedicationAction("change", lines["furo"], half)])
    furo_now = next(r for r in medications.list_current(doc, pid) if r.id == lines["furo"])
    assert furo_now.data.posology.dose_morning == "0.5"
    # a question to the pharmacist stays asked while lines are answered, until the reply
    version = alerts.ask_question(doc, aid, version, "Quelle dose d'apixaban ?")
    version = alert_lines.answer_line(doc, aid, items["apixaban"].id, version, "accept", "FA confirmée")
    assert alerts.open_alert(doc, aid).row.state == "question"
    with pytest.raises(StaleRecordError):   # answered from an alert read before the last step: refused
        alert_lines.answer_line(doc, aid, items["atorvastatine"].id, version - 1, "accept")
    version = alerts.reply(ph, aid, version, "5 mg deux fois par jour")
    assert alerts.open_alert(doc, aid).row.state == "replied"
    version = alert_lines.answer_line(doc, aid, items["atorvastatine"].id, version, "refuse", "Garder simvastatine")
    detail = alerts.open_alert(doc, aid)
    assert detail.row.state == "answered" and detail.answered_by
    assert {ln.name: ln.answer_code for ln in detail.lines} == {
            "ramipril": "accept", "oméprazole": "refuse", "Furosémide Teva 40 mg": "modify", "apixaban": "accept",
            "atorvastatine": "refuse"}
    answers = {m.text.split(" — ")[0]: m.kind for m in detail.messages
               if m.kind.startswith("line_") and m.kind != "line_added"}
    # the answer is in the step's kind (each reader sees it in their language), not a word stored in the text
    assert answers == {"ramipril": "line_accept", "oméprazole": "line_refuse", "Furosémide Teva 40 mg": "line_modify",
                       "apixaban": "line_accept", "atorvastatine": "line_refuse"}
    assert "atorvastatine — Garder simvastatine" in [m.text for m in detail.messages]
    with practice.db.session() as s:   # each line's answer is an audit event of the alert, naming the line
        events = s.exec(select(AuditEvent).where(AuditEvent.entity_type == "alert", AuditEvent.entity_id == str(aid),
                                                 AuditEvent.detail.startswith("line "))).all()
    assert sorted(e.action for e in events) == ["alert.accept", "alert.accept", "alert.modify", "alert.refuse",
                                                "alert.refuse"]
    assert {e.user_display for e in events} == {doc.actor.display_name}
    assert alert_inbox.counts(doc, "received")["waiting"] == 0
    with pytest.raises(ValidationError) as err:
        alert_lines.answer_line(doc, aid, items["ramipril"].id, version, "accept")
    assert err.value.code == "alerts.already_closed"
    # the reconciliation can now be validated with the doctor's answers
    reconciliation.validate(doc, rid, reconciliation.get_reconciliation(doc, rid).version)
    current = {r.data.atc: r for r in medications.list_current(doc, pid)}
    assert current["C09AA05"].data.posology.dose_evening == "1"           # accepted: discharge dose
    assert "A02BC01" in current and "C10AA01" in current                   # refused: kept
    assert "B01AF02" in current and current["C03CA01"].data.posology.dose_morning == "0.5"


def test_a_line_of_another_alert_and_access(practice):
    pid, _lines, rid, items = _started(practice)
    ph, doc = practice.ctx["pharmacist"], practice.ctx["physician"]
    aid = reconciliation.clarify_lines(ph, rid, [items["ramipril"].id, items["oméprazole"].id])
    discharge = [medications.as_input(r) for r in medications.list_current(ph, pid)][:1]
    other_rid = reconciliation.start_reconciliation(ph, pid, discharge, "Clinique du Parc", date.today())
    other_items = reconciliation.get_reconciliation(ph, other_rid).items
    other = reconciliation.clarify_lines(ph, other_rid)
    assert other != aid
    version = alerts.open_alert(doc, aid).row.version
    with pytest.raises(ValidationError) as err:
        alert_lines.answer_line(doc, aid, other_items[-1].id, version, "accept")
    assert (err.value.field, err.value.code, err.value.params) == ("item_id", "alerts.line_not_in_alert",
                                                                   {"alert_id": aid})
    with pytest.raises(ValidationError) as err:
        alert_lines.answer_line(doc, aid, items["ramipril"].id, version, "zap")
    assert err.value.field == "answer"
    # only the recipient physician answers
    with pytest.raises(AccessDenied):
        alert_lines.answer_line(ph, aid, items["ramipril"].id, version, "accept")
    sid = staff_service.create_staff(practice.ctx["admin"], StaffInput(
        username="dr.autre", family_name="Autre", given_names="Test", profession="Médecin", roles=["physician"]),
        PASSWORD, temporary_password=False)
    with practice.db.session() as s:
        colleague = practice.ctx["admin"].as_actor(actor_for(s.get(Staff, sid)))
    with pytest.raises(AccessDenied):
        alert_lines.answer_line(colleague, aid, items["ramipril"].id, version, "accept")
    with practice.db.session() as s:
        item = s.get(ReconciliationItem, items["ramipril"].id)
        assert (item.answer_code, item.decision) == (None, "to_be_clarified")
    assert alerts.open_alert(doc, aid).row.version == version


def _config(conn):
    from alembic.config import Config

    from app.services.storage.migrate import MIGRATIONS

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def test_migration_gives_an_answered_single_line_alert_its_answer_and_downgrades(practice):
    """0018: a line sent alone before grouping whose alert was answered gets that answer; downgrading turns the
    states the older version does not know into ones it does."""
    _migrate(practice)


@pytest.mark.postgres
def test_migration_on_postgresql(pg_practice):
    _migrate(pg_practice)


def _migrate(practice):
    from alembic import command
    from sqlalchemy import text

    from app.services.alerts.alert_input import AlertInput

    pid, _lines, rid, items = _started(practice)
    ph, doc = practice.ctx["pharmacist"], practice.ctx["physician"]
    old = alerts.raise_alert(ph, AlertInput(patient_id=pid, problem_category="1.2", problem_text="Oméprazole arrêté",
                                            proposal_kind="information", urgency="24h"))
    alerts.refuse(doc, old, alerts.open_alert(doc, old).row.version, "Maintenu")
    grouped = reconciliation.clarify_lines(ph, rid, [items["ramipril"].id, items["apixaban"].id])
    alert_lines.answer_line(doc, grouped, items["ramipril"].id, alerts.open_alert(doc, grouped).row.version, "accept")
    with practice.db.engine.begin() as conn:
        conn.execute(text("UPDATE reconciliation_item SET alert_id = :a WHERE id = :i"),
                     {"a": old, "i": items["oméprazole"].id})
        command.downgrade(_config(conn), "0016")
        assert conn.execute(text("SELECT state FROM alert WHERE id = :a"), {"a": grouped}).scalar() == "read"
        command.upgrade(_config(conn), "heads")
    with practice.db.session() as s:
        item = s.get(ReconciliationItem, items["oméprazole"].id)
        assert (item.answer_code, item.answer_text) == ("refuse", "Maintenu") and item.answered_by
        assert s.get(ReconciliationItem, items["ramipril"].id).answer_code is None   # dropped on downgrade


def test_the_printout_shows_each_line_and_its_answer(practice, tmp_path):
    import shutil
    import subprocess

    from app.services.alerts import alert_pdf
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed")
    pid, _lines, rid, items = _started(practice)
    ph, doc = practice.ctx["pharmacist"], practice.ctx["physician"]
    aid = reconciliation.clarify_lines(ph, rid, [items["ramipril"].id, items["oméprazole"].id])
    alert_lines.answer_line(doc, aid, items["oméprazole"].id, alerts.open_alert(doc, aid).row.version, "refuse",
                            "IPP sous AINS")
    path = tmp_path / "alerts.pdf"
    path.write_bytes(alert_pdf.alerts_pdf(doc, pid, aid))
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    words = " ".join(out.stdout.split())
    for expected in ("Lignes à clarifier", "ramipril (posologie modifiée) — Adaptation posologique", "en attente de réponse",
                     "oméprazole (arrêté) — Arrêt", "Refusée, traitement maintenu", "IPP sous AINS",
                     "réponse en partie"):
        assert expected in words, (expected, words)
