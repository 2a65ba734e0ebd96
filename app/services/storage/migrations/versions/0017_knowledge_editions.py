"""Knowledge editions installed by the practice (the ANSM thesaurus layer updated by a pharmacist)

Revision ID: 0017
Revises: 0013
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0017"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "knowledge_edition",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("layer", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("edition", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("installed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("installed_by_staff_id", sa.Integer(), nullable=True),
        sa.Column("installed_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("summary", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("pack", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("knowledge_edition", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_knowledge_edition_layer"), ["layer"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("knowledge_edition", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_knowledge_edition_layer"))
    op.drop_table("knowledge_edition")
