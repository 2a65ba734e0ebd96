"""Each user's interface language (empty: the practice's language)

Revision ID: 0016
Revises: 0015
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("staff") as batch_op:
        batch_op.add_column(sa.Column("language", sa.String(length=2), nullable=True))


def downgrade() -> None:
    # Not a batch (table copy): other tables refer to staff, and dropping the old copy would break their keys.
    # Both back ends drop a column in place (SQLite since 3.35).
    op.drop_column("staff", "language")
