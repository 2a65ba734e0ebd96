"""Revision 0032 (directory of local resources and pathways) goes down and up again on both back ends: the
directory tables, the referral's and the care circle member's resource leave and come back empty; the referral itself is kept."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from app.services.coordination import referrals
from app.services.directory import resources
from app.services.storage import migrate
from tests.services.directory.helpers import dac_with_pathway, referred_patient

TABLES = {"directory_resource", "directory_pathway", "directory_pathway_step"}


def _config(conn) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrate.MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def _down_and_up(practice):
    resource_id, _pathway_id = dac_with_pathway(practice.ctx["coordinator"])
    referral_id = referred_patient(practice, resource_id)
    engine = practice.db.engine
    with engine.begin() as conn:
        command.downgrade(_config(conn), "0031")
    inspector = sa.inspect(engine)
    assert not TABLES & set(inspector.get_table_names())
    for table in ("referral", "care_plan_member"):
        assert "directory_resource_id" not in {c["name"] for c in inspector.get_columns(table)}
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT id, recipient FROM referral")).one() == (referral_id, "DAC Val-de-Loire")
    with engine.begin() as conn:
        command.upgrade(_config(conn), "head")
    assert migrate.current_revisions(engine) == migrate.head_revisions()
    assert TABLES <= set(sa.inspect(engine).get_table_names())
    row = referrals.list_referrals(practice.ctx["physician"])[0]
    assert (row.id, row.directory_resource_id) == (referral_id, None)
    assert resources.list_resources(practice.ctx["coordinator"]) == []
    dac_with_pathway(practice.ctx["coordinator"])


def test_sqlite_downgrade_and_upgrade(practice):
    _down_and_up(practice)


@pytest.mark.postgres
def test_postgres_downgrade_and_upgrade(pg_practice):
    _down_and_up(pg_practice)
