"""Finding keys of alerts follow the ANSM thesaurus layer: rule identifiers built from the thesaurus entry

Revision ID: 0013
Revises: 0009

The interaction and QT rules were hand-written with counter identifiers (DDI-0003, QT-AVOID); they are now
generated from the ANSM thesaurus with identifiers built from the entry's two names. Every alert whose finding key
names a retired rule gets the key of the finding the current knowledge gives on the same drugs, so that a refused
alert stays quiet and an answered one stays attached to its finding. Keys the current knowledge no longer finds
are left as they were. Downgrading keeps the new keys (the old identifiers cannot be rebuilt).
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Imported here: the review engine is pure Python, read only while this revision runs.
    from app.services.alerts.memory import renamed_finding_key

    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, finding_key, fingerprint FROM alert WHERE finding_key IS NOT NULL")).all()
    for alert_id, key, fingerprint in rows:
        renamed = renamed_finding_key(key)
        if renamed is None:
            continue
        new_key, new_rule, new_kind = renamed
        printed = fingerprint
        if fingerprint:
            data = json.loads(fingerprint)
            data["kind"] = new_kind
            printed = json.dumps(data)
        conn.execute(sa.text("UPDATE alert SET finding_key = :key, finding_rule = :rule, fingerprint = :print "
                             "WHERE id = :id"), {"key": new_key, "rule": new_rule, "print": printed, "id": alert_id})


def downgrade() -> None:
    pass
