"""Alerts stored before the vocabulary are migrated: their intervention code becomes the proposal kind, answers
get their code, and every step and line its PADV code."""

from __future__ import annotations

import json
from datetime import date

import pytest
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import text

from app.services.alerts import alert_flow as alerts
from app.services.errors import ValidationError
from app.services.storage.migrate import MIGRATIONS
from tests.alert_support import warfarin_aspirin


def _config(conn) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def _legacy_alert(conn, pid, staff, code, state, proposed, medications, steps) -> int:
    conn.execute(text(
        "INSERT INTO alert (version, created_at, updated_at, updated_by, patient_id, sender_staff_id, sender_name, "
        "recipient_staff_id, problem_category, problem_text, intervention_code, medications, clinical_context, "
        "proposed_changes, urgency, reply_by, state, reopened_count) VALUES (1, '2026-01-05 10:00:00', "
        "'2026-01-05 10:00:00', 'x', :pid, :ph, 'Pharmacienne', :doc, '1.6', 'À revoir', :code, :meds, '[]', "
        ":proposed, 'routine', :reply_by, :state, 0)"),
        {"pid": pid, "ph": staff["pharmacist"], "doc": staff["physician"], "code": code, "state": state,
         "meds": json.dumps(medications), "proposed": json.dumps(proposed), "reply_by": date(2026, 1, 12)})
    alert_id = conn.execute(text("SELECT max(id) FROM alert")).scalar()   # one writer: the test
    for kind, changes in steps:
        conn.execute(text("INSERT INTO alert_message (alert_id, kind, at, author_name, text, changes) VALUES "
                          "(:a, :k, '2026-01-05 10:00:00', 'x', 't', :c)"),
                     {"a": alert_id, "k": kind, "c": json.dumps(changes) if changes else None})
    return alert_id


def test_legacy_alerts_are_migrated(practice):
    _migrate_legacy_alerts(practice)


@pytest.mark.postgres
def test_legacy_alerts_are_migrated_on_postgresql(pg_practice):
    _migrate_legacy_alerts(pg_practice)


def _migrate_legacy_alerts(practice):
    pid, warfarin, aspirin = warfarin_aspirin(practice)
    staff = practice.staff_ids
    meds = [{"line_id": warfarin, "name": "Coumadine 5 mg"}, {"line_id": aspirin, "name": "Kardégic 75 mg"}]
    stop = {"action": "stop", "line_id": aspirin, "reason": "Arrêt", "before": {"line_id": aspirin, "version": 1}}
    down = ScriptDirectory.from_config(_config(None)).get_revision("0011").down_revision
    with practice.db.engine.begin() as conn:
        command.downgrade(_config(conn), down)
        ids = {
            "substitute_without_product": _legacy_alert(conn, pid, staff, "substitute", "read", [], meds,
                                                        [("raised", None), ("read", None)]),
            "accepted_stop": _legacy_alert(conn, pid, staff, "stop", "accepted", [stop], meds[1:], [
                ("raised", None), ("question", None), ("reply", None),
                ("accepted", [{"action": "stop", "line_id": aspirin, "name": "Kardégic 75 mg"}])]),
            "refused_dose": _legacy_alert(conn, pid, staff, "dose_change", "refused", [], meds,
                                          [("raised", None), ("refused", None)]),
            "modified_monitor": _legacy_alert(conn, pid, staff, "monitor", "modified", [], meds, [
                ("raised", None), ("modified", [{"action": "change", "line_id": warfarin, "name": "Coumadine"}])]),
            "unknown_code": _legacy_alert(conn, pid, staff, "zap", "open", [], meds, [("raised", None)]),
        }
        command.upgrade(_config(conn), "heads")
    with practice.db.engine.connect() as conn:
        kinds = dict(conn.execute(text("SELECT id, proposal_kind FROM alert")).all())
        answers = dict(conn.execute(text("SELECT id, answer_code FROM alert")).all())
    assert [kinds[ids[k]] for k in ids] == ["substitute", "stop", "dose_change", "monitor", "information"]
    assert [answers[ids[k]] for k in ids] == [None, "accept", "refuse", "modify", None]
    doc = practice.ctx["physician"]
    accepted = alerts.open_alert(doc, ids["accepted_stop"])
    assert [m.padv for m in accepted.messages] == ["CANCEL", "COMMENT", "COMMENT", "CANCEL"]
    assert accepted.messages[-1].changes[0]["padv"] == "CANCEL" and accepted.proposed_changes[0]["padv"] == "CANCEL"
    refused = alerts.open_alert(doc, ids["refused_dose"])
    assert refused.messages[-1].padv == "OK"
    assert [(c["action"], c["line_id"], c["padv"]) for c in refused.messages[-1].changes] == [
        ("keep", warfarin, "OK"), ("keep", aspirin, "OK")]
    assert alerts.open_alert(doc, ids["modified_monitor"]).messages[-1].padv == "CHANGE"
    legacy = alerts.open_alert(doc, ids["substitute_without_product"])
    assert legacy.proposal_complete is False and accepted.proposal_complete
    with pytest.raises(ValidationError) as err:   # answered "modified" instead; nothing is made
        alerts.accept(doc, legacy.row.id, legacy.row.version)
    assert (err.value.field, err.value.code) == ("proposed_changes", "alerts.proposal_incomplete")
    assert alerts.open_alert(doc, ids["unknown_code"]).proposal_complete
