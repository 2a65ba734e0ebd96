"""Audit anchors: the sink the administrator chooses for the chain's anchors (an append-only file or syslog)

Revision ID: 0014
Revises: 0013
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("practice") as batch_op:
        batch_op.add_column(sa.Column("audit_anchor_sink", sa.String(length=300), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("practice") as batch_op:
        batch_op.drop_column("audit_anchor_sink")
