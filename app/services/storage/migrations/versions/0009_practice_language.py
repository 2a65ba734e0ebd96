"""The practice's language: the program writes task titles and alert texts in it

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("practice") as batch_op:
        batch_op.add_column(sa.Column("language", sa.String(length=2), nullable=False, server_default="fr"))


def downgrade() -> None:
    with op.batch_alter_table("practice") as batch_op:
        batch_op.drop_column("language")
