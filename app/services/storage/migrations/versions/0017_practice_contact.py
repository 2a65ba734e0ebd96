"""The practice's phone, e-mail and postal address: printed on the documents handed to patients and correspondents

Revision ID: 0017
Revises: 0016
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

COLUMNS = (("phone", 30), ("email", 200), ("address_line", 200), ("postal_code", 10), ("city", 100))


def upgrade() -> None:
    with op.batch_alter_table("practice") as batch_op:
        for name, length in COLUMNS:
            batch_op.add_column(sa.Column(name, sa.String(length=length), nullable=True))


def downgrade() -> None:
    # In place, as 0016 does (no table copy): both back ends drop a column in place (SQLite since 3.35).
    for name, _length in reversed(COLUMNS):
        op.drop_column("practice", name)
