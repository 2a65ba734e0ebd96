"""The lists for older people a practice applies in the medication review (empty: the country's default)

Revision ID: 0019
Revises: 0018
"""

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("practice") as batch_op:
        batch_op.add_column(sa.Column("pim_lists", sa.String(length=200), nullable=True))


def downgrade() -> None:
    # In place, as 0016 does for staff: other tables refer to practice rows through their keys.
    op.drop_column("practice", "pim_lists")
