"""Revision 0013: alerts stored under the retired interaction and QT rule identifiers follow the thesaurus rules.

The database is made at revision 0012 with Alembic, as the program before the ANSM thesaurus layer left it. The
alerts are raised and answered through the services, then their finding keys are set to what that program stored
(its rules had counter identifiers: DDI-0003, QT-AVOID), since its rules no longer exist to raise them. After the
upgrade, the refused alert is still suppressed and the answered one still attached to its finding. Tables and
columns that revisions after 0013 add (and today's services read) are added to the 0012 database for the services,
and dropped again before the upgrade, which then adds them itself.
"""

from __future__ import annotations

from functools import partial

from alembic import command
from alembic.config import Config
from sqlalchemy import inspect, text
from sqlmodel import SQLModel

from app.services.alerts import alert_flow as alerts
from app.services.alerts import memory as alert_memory
from app.services.alerts.alert_input import AlertInput
from app.services.medications import check as medication_check
from app.services.medications.review import load_knowledge
from app.services.storage import database, migrate
from app.services.storage.database import create_encrypted
from tests.alert_support import add_line, make_patient, warfarin_aspirin
from tests.conftest import PASSPHRASE, TEST_KDF
from tests.support import build_practice

OLD_BLEEDING = "DDI-0003:B01AA03+B01AC06"
NEW_BLEEDING = "ANSM:acide-acetylsalicylique+anticoagulants-oraux:B01AA03+B01AC06"
OLD_QT = "QT-AVOID:C01BD01+C07AA07"


def _upgrade_to_0012(engine, added: list):
    cfg = Config()
    cfg.set_main_option("script_location", str(migrate.MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0012")
        added += _later_columns(conn)
        for table, column in added:
            conn.execute(text(f'ALTER TABLE "{table}" ADD COLUMN "{column.name}" '
                              f'{column.type.compile(conn.dialect)}'))
        tables = inspect(conn)
        for table in SQLModel.metadata.sorted_tables:
            if not tables.has_table(table.name):
                table.create(conn)
                added.append((table, None))


def _later_columns(conn) -> list:
    """(table, column) of the models' columns that the database lacks (added by revisions after 0013)."""
    tables = inspect(conn)
    later = []
    for table in SQLModel.metadata.sorted_tables:
        if tables.has_table(table.name):
            present = {c["name"] for c in tables.get_columns(table.name)}
            later += [(table.name, c) for c in table.columns if c.name not in present]
    return later


def _drop_later_columns(engine, columns: list) -> None:
    """Drop what ``_upgrade_to_0012`` added: the later tables (newest first), then the later columns."""
    with engine.begin() as conn:
        for table, column in reversed(columns):
            if column is None:
                table.drop(conn)
        for table, column in columns:
            if column is not None:
                conn.execute(text(f'ALTER TABLE "{table}" DROP COLUMN "{column.name}"'))


def _raise(fx, pid, lines, key, kind="information"):
    return alerts.raise_alert(fx.ctx["pharmacist"], AlertInput(
        patient_id=pid, problem_category="1.6", problem_text="À revoir", proposal_kind=kind,
        line_ids=lines, finding_key=key))


def _current_key(fx, pid, kind, atcs):
    result = medication_check.review_patient(fx.ctx["pharmacist"], pid)
    return next(alert_memory.finding_key(f) for f in result.findings if f.kind == kind and set(f.atc) == set(atcs))


def _triage(fx, pid):
    result = medication_check.review_patient(fx.ctx["pharmacist"], pid)
    with fx.db.session() as s:
        return alert_memory.triage(s, pid, result)


def test_refused_and_answered_alerts_on_retired_rule_ids_survive_the_upgrade(tmp_path, monkeypatch):
    added = []
    monkeypatch.setattr(database, "upgrade_to_head", partial(_upgrade_to_0012, added=added))
    # a database at 0012 has no table of installed knowledge editions (0015): the review uses the shipped pack
    monkeypatch.setattr(medication_check, "practice_knowledge", lambda session: load_knowledge())
    path = tmp_path / "practice.db"
    db, recovery = create_encrypted(path, PASSPHRASE, kdf=TEST_KDF, use_keyring=False)
    try:
        assert migrate.current_revisions(db.engine) == {"0012"}
        fx = build_practice(db, path, recovery)
        doc = fx.ctx["physician"]

        pid, warfarin, aspirin = warfarin_aspirin(fx)
        refused = _raise(fx, pid, [warfarin, aspirin], _current_key(fx, pid, "interaction", ["B01AA03", "B01AC06"]))
        alerts.refuse(doc, refused, alerts.open_alert(doc, refused).row.version, "On garde tel quel")

        qt_pid = make_patient(fx, family="Moreau", given="Jean", sex="M")
        lines = [add_line(fx, qt_pid, "C01BD01", "amiodarone", mg=200), add_line(fx, qt_pid, "C07AA07", "sotalol", mg=160)]
        answered = _raise(fx, qt_pid, lines, _current_key(fx, qt_pid, "qt_prolongation", ["C01BD01", "C07AA07"]),
                          kind="monitor")
        alerts.accept(doc, answered, alerts.open_alert(doc, answered).row.version, "ECG de contrôle prévu")

        with db.engine.begin() as conn:
            for alert_id, key in ((refused, OLD_BLEEDING), (answered, OLD_QT)):
                conn.execute(text("UPDATE alert SET finding_key = :k, finding_rule = :r WHERE id = :i"),
                             {"k": key, "r": key.split(":")[0], "i": alert_id})
        assert _triage(fx, pid)[NEW_BLEEDING].status == "none"          # before the upgrade: orphaned

        monkeypatch.undo()
        _drop_later_columns(db.engine, added)
        migrate.upgrade_to_head(db.engine)
        assert migrate.current_revisions(db.engine) == migrate.head_revisions()

        bleeding = _triage(fx, pid)[NEW_BLEEDING]
        assert (bleeding.status, bleeding.alert_id) == ("suppressed", refused)
        qt = [s for s in _triage(fx, qt_pid).values() if s.alert_id == answered]
        assert len(qt) == 1 and qt[0].status == "closed" and qt[0].key.startswith("ANSM:")
        with db.engine.connect() as conn:
            rules = dict(conn.execute(text("SELECT id, finding_rule FROM alert")).all())
        assert rules[refused] == NEW_BLEEDING.rsplit(":", 1)[0] and rules[answered] == qt[0].key.rsplit(":", 1)[0]
    finally:
        db.close()


def test_keys_of_current_rules_and_unknown_pairs_are_left_alone():
    assert alert_memory.renamed_finding_key(NEW_BLEEDING) is None
    assert alert_memory.renamed_finding_key("PIM-02:N05BA01") is None
    assert alert_memory.renamed_finding_key("DDI-0999:A11CC05+A06AD11") is None     # no finding on these drugs
    assert alert_memory.renamed_finding_key(OLD_BLEEDING)[0] == NEW_BLEEDING
