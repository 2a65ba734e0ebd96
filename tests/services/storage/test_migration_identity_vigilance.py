"""Revision 0021 (identity vigilance, the patient's say on sharing) goes down and up again on both back ends: the
patient keeps the identity it had before, the new columns leave and come back empty (attributes false)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from app.services.patients import records as patients
from app.services.patients.records import PatientInput
from app.services.storage import migrate

NEW = {"ins_oid", "birth_given_names", "birth_place_code", "identity_doubtful", "identity_fictitious",
       "identity_homonym", "sharing_informed_on", "sharing_informed_by", "sharing_objection",
       "sharing_objection_scope"}


def _config(conn) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrate.MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def _columns(engine) -> set[str]:
    return {c["name"] for c in sa.inspect(engine).get_columns("patient")}


def _down_and_up(practice):
    ctx = practice.ctx["physician"]
    pid = patients.create_patient(ctx, PatientInput(
        family_name="Dupont", given_names="Hélène", birth_date="15.03.1948", sex="F", birth_place_code="75056",
        ins_matricule="248037512345658", ins_status="PROV", identity_doubtful=True, identity_homonym=True))
    engine = practice.db.engine
    with engine.begin() as conn:
        command.downgrade(_config(conn), "0020")
    assert not NEW & _columns(engine)
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT family_name, ins_status FROM patient")).one() == ("Dupont", "PROV")
    with engine.begin() as conn:
        command.upgrade(_config(conn), "head")
    assert NEW <= _columns(engine)
    assert migrate.current_revisions(engine) == migrate.head_revisions()
    d = patients.open_patient(ctx, pid).data
    assert (d.family_name, d.ins_status, d.birth_place_code) == ("Dupont", "PROV", None)
    assert (d.identity_doubtful, d.identity_fictitious, d.identity_homonym) == (False, False, False)


def test_sqlite_downgrade_and_upgrade(practice):
    _down_and_up(practice)


@pytest.mark.postgres
def test_postgres_downgrade_and_upgrade(pg_practice):
    _down_and_up(pg_practice)
