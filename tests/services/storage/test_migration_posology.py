"""Revision 0010 (posology) on a database made before it: built at revision 0009 with Alembic, filled the way
Cordée filled it then, opened by the program (which upgrades it), and read through the services."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest
import sqlalchemy as sa
from sqlmodel import select

from app.models.medication import MedicationLine
from app.services.alerts import reconciliation
from app.services.medications import medication_list as medications
from app.services.medications.medication_list import input_from_dict, with_posology
from app.services.storage import database, migrate
from tests.conftest import PASSPHRASE, TEST_KDF
from tests.support import build_practice

START = date(2025, 3, 1)
OLD_LINES = [
    # id, doses, as_needed, route, instructions, daily mg
    (1, ("1", None, "0.5", None), False, "oral", "Au cours du repas", 7.5),
    (2, (None, None, None, None), True, "inhaled", "2 bouffées si gêne", None),
    (3, (None, None, "1", None), True, "sublingual", None, None),
    (4, (None, None, None, None), False, "par sonde gastrique", "1 sachet le lundi", None),
    (5, ("2", "0", None, None), False, "other", None, 40),
]


def _upgrade_to(revision: str):
    def upgrade(engine, before_upgrade=None):
        from alembic import command
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(migrate.MIGRATIONS))
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    return upgrade


def _insert(conn, table: str, **values) -> None:
    """A row with the given values; the other required columns get plain values (the schema of that time)."""
    t = sa.Table(table, sa.MetaData(), autoload_with=conn)
    for column in t.columns:
        if column.name in values or column.nullable or column.server_default is not None or \
                (column.primary_key and column.autoincrement):
            continue
        kind = column.type.python_type
        values[column.name] = {str: "x", int: 0, bool: False, float: 0.0, date: START,
                               datetime: datetime(2025, 3, 1, 8, 0)}.get(kind, "x")
    conn.execute(t.insert().values(**values))


def _old_input(doses, as_needed, route, instructions, mg, **extra) -> dict:
    return {"atc": "C08CA01", "substances": "amlodipine", "product_name": None, "catalogue_ref": None,
            "strength": "5 mg", "dose_morning": doses[0], "dose_noon": doses[1], "dose_evening": doses[2],
            "dose_night": doses[3], "instructions": instructions, "route": route, "as_needed": as_needed,
            "self_medication": False, "start_date": START.isoformat(), "end_date": None, "indication": "HTA",
            "prescriber_staff_id": None, "prescriber_external": None, "renewal_allowed_until": None,
            "dose_adjustment_allowed": False, "daily_dose_mg": mg, **extra}


def _fill_0009(engine) -> None:
    with engine.begin() as conn:
        _insert(conn, "staff", id=900, username="old.doctor", family_name="Ancien", given_names="Docteur",
                roles="physician", active=True)
        _insert(conn, "patient", id=1, family_name="Girard", given_names="Odette", birth_date=date(1941, 3, 12),
                sex="F")
        for line_id, doses, as_needed, route, instructions, mg in OLD_LINES:
            _insert(conn, "medication_line", id=line_id, patient_id=1, version=1, atc="C08CA01",
                    substances="amlodipine", free_text=False, strength="5 mg", dose_morning=doses[0],
                    dose_noon=doses[1], dose_evening=doses[2], dose_night=doses[3], instructions=instructions,
                    route=route, as_needed=as_needed, self_medication=False, start_date=START,
                    dose_adjustment_allowed=False, daily_dose_mg=mg, updated_by="Dr Ancien")
            _insert(conn, "medication_line_version", line_id=line_id, patient_id=1, version=1, change="add",
                    changed_by="Dr Ancien", changed_at=datetime(2025, 3, 1, 8, 0), snapshot=json.dumps(
                        {**_old_input(doses, as_needed, route, instructions, mg), "stopped_at": None,
                         "stopped_by": None, "stop_reason": None}))
        discharge = _old_input(("1", None, "1", None), False, "oral", None, 10)
        _insert(conn, "reconciliation", id=1, patient_id=1, source="HUG", discharge_date=START, version=1,
                discharge_list=json.dumps([discharge]), state="draft", created_by="x", updated_by="x")
        _insert(conn, "reconciliation_item", reconciliation_id=1, position=0, kind="dose_changed",
                current_line_id=1, before=json.dumps(_old_input(("1", None, "0.5", None), False, "oral", None, 7.5)),
                after=json.dumps(discharge), decision="to_be_clarified")
        snapshot = {"line_id": 1, "atc": "C08CA01", "name": "amlodipine", "substances": "amlodipine",
                    "strength": "5 mg", "schedule": ["1", None, "0.5", None], "daily_dose_mg": 7.5,
                    "as_needed": False, "version": 1}
        _insert(conn, "alert", id=1, patient_id=1, recipient_staff_id=900, problem_category="1.6",
                problem_text="Dose", intervention_code="dose_change", urgency="routine", version=1,
                reply_by=START + timedelta(days=7), state="open", medications=json.dumps([snapshot]),
                clinical_context="[]", proposed_changes=json.dumps([
                    {"action": "change", "reason": None, "line_id": 1, "before": snapshot,
                     "data": _old_input((None, None, "1", None), True, "rectal", None, None)}]))


def _check_upgraded(db) -> None:
    assert migrate.current_revisions(db.engine) == migrate.head_revisions()
    fx = build_practice(db, None, "")
    doc = fx.ctx["physician"]
    rows = {r.id: r for r in medications.list_current(doc, 1)}
    p = {i: rows[i].data.posology for i in rows}
    # times of day kept, the route word became its EDQM code, the daily mg unchanged
    assert (p[1].schedule, p[1].times, p[1].route, p[1].route_text) == ("times", ("1", "", "0.5", ""), "20053000",
                                                                         None)
    assert rows[1].data.daily_dose_mg == 7.5 and rows[1].data.instructions == "Au cours du repas"
    # as needed without doses: an as-needed schedule (its instructions say how much)
    assert (p[2].schedule, p[2].as_needed, p[2].route, p[2].instructions) == ("as_needed", True, "20020000",
                                                                              "2 bouffées si gêne")
    # as needed with doses: the doses, taken only if needed
    assert (p[3].schedule, p[3].in_reserve, p[3].as_needed, p[3].dose_evening) == ("times", True, True, "1")
    assert p[3].route == "20067000"
    # no dose: the instructions say it; a route that names no code stays as text
    assert (p[4].schedule, p[4].route, p[4].route_text) == ("text", None, "par sonde gastrique")
    assert (p[5].schedule, p[5].dose_morning, p[5].dose_noon, p[5].route_text) == ("times", "2", None, "other")
    assert rows[5].data.daily_dose_mg == 40
    assert all(r.data.start_date == START for r in rows.values())
    # the history reads the same line back
    history = {h.line_id: h for h in medications.list_history(doc, 1)}
    assert all(history[i].data.posology == p[i] for i in rows)
    # inputs kept elsewhere: reconciliation list and items, alert snapshot and proposal
    view = reconciliation.get_reconciliation(doc, 1)
    assert view.items[0].after["posology"]["dose_evening"] == "1" and "dose_evening" not in view.items[0].after
    assert input_from_dict(view.items[0].before).posology.dose_evening == "0.5"
    with db.session() as s:
        alert = s.execute(sa.text("SELECT medications, proposed_changes FROM alert WHERE id = 1")).one()
    snapshot = json.loads(alert[0])[0]
    assert snapshot["posology"]["dose_evening"] == "0.5" and "schedule" not in snapshot
    proposal = json.loads(alert[1])[0]
    proposed = input_from_dict(proposal["data"]).posology
    assert (proposed.schedule, proposed.in_reserve, proposed.route) == ("times", True, "20061000")
    assert proposal["before"]["posology"]["dose_morning"] == "1"
    # a migrated line changes like any other
    medications.change_medication(doc, 1, 1, with_posology(rows[1], dose_noon="1"))
    with db.session() as s:
        line = s.exec(select(MedicationLine).where(MedicationLine.id == 1)).one()
        assert (line.version, line.dose_noon, line.route) == (2, "1", "20053000")


def test_a_database_made_at_0009_is_upgraded_without_losing_anything(tmp_path, monkeypatch):
    path = tmp_path / "practice.db"
    monkeypatch.setattr(database, "upgrade_to_head", _upgrade_to("0009"))
    db, _recovery = database.create_encrypted(path, PASSPHRASE, kdf=TEST_KDF, use_keyring=False)
    assert migrate.current_revisions(db.engine) == {"0009"}
    _fill_0009(db.engine)
    db.close()
    monkeypatch.undo()
    db = database.open_encrypted(path, passphrase=PASSPHRASE, use_keyring=False)   # upgrades (after a backup)
    try:
        _check_upgraded(db)
    finally:
        db.close()


def test_downgrade_gives_the_old_columns_back(tmp_path, monkeypatch):
    path = tmp_path / "practice.db"
    monkeypatch.setattr(database, "upgrade_to_head", _upgrade_to("0009"))
    db, _recovery = database.create_encrypted(path, PASSPHRASE, kdf=TEST_KDF, use_keyring=False)
    _fill_0009(db.engine)
    _upgrade_to("0010")(db.engine)
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrate.MIGRATIONS))
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0009")
    with db.engine.connect() as conn:
        lines = {r[0]: r[1:] for r in conn.execute(sa.text(
            "SELECT id, dose_morning, dose_evening, as_needed, route FROM medication_line ORDER BY id"))}
        snapshot = json.loads(conn.execute(sa.text(
            "SELECT snapshot FROM medication_line_version WHERE line_id = 4")).scalar_one())
    assert lines[1] == ("1", "0.5", False, "oral") and lines[3][2:] == (True, "sublingual")
    assert lines[4][3] == "par sonde gastrique" and snapshot["route"] == "par sonde gastrique"
    assert "posology" not in snapshot and snapshot["instructions"] == "1 sachet le lundi"
    db.close()


@pytest.mark.postgres
def test_postgres_database_made_at_0009_is_upgraded(monkeypatch):
    from tests.pg_support import fresh_database_url

    url, drop = fresh_database_url()
    monkeypatch.setattr(database, "upgrade_to_head", _upgrade_to("0009"))
    db = database.connect_postgres(url)
    try:
        _fill_0009(db.engine)
        monkeypatch.undo()
        migrate.upgrade_to_head(db.engine)
        _check_upgraded(db)
    finally:
        db.close()
        drop()
