"""New-patient intake: an identity that cannot be qualified closes its step with a reason (``intake_step.reason``,
a code of ``resources/intake/identity_reasons.json``; the note in ``detail``)

Revision ID: 0033
Revises: 0032
"""

import sqlalchemy as sa
from alembic import op

revision = "0033"
down_revision = "0032"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("intake_step") as batch_op:
        batch_op.add_column(sa.Column("reason", sa.String(length=40), nullable=True))


def downgrade() -> None:
    # The program of 0032 knows no "not qualifiable" identity: such a step is open again (its reason leaves with the
    # column; the note stays in ``detail``).
    op.execute("UPDATE intake_step SET state = 'open' WHERE state = 'not_qualifiable'")
    op.drop_column("intake_step", "reason")
