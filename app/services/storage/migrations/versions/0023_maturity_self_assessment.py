"""The team's maturity self-assessment: periods, each member's answer set per period, a level and comment per axis

Revision ID: 0023
Revises: 0022
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def _versioned() -> list[sa.Column]:
    return [sa.Column("version", sa.Integer(), nullable=False),
            sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
            sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
            sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False)]


def upgrade() -> None:
    op.create_table(
        "maturity_period", *_versioned(),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("grid", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("label", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("closed", sa.Boolean(), nullable=False),
        sa.Column("closed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "maturity_answer_set", *_versioned(),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["period_id"], ["maturity_period.id"]),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("period_id", "staff_id", name="uq_maturity_answer_set_member"),
    )
    with op.batch_alter_table("maturity_answer_set", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_maturity_answer_set_period_id"), ["period_id"], unique=False)
    op.create_table(
        "maturity_answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("answer_set_id", sa.Integer(), nullable=False),
        sa.Column("axis", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["answer_set_id"], ["maturity_answer_set.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("answer_set_id", "axis", name="uq_maturity_answer_axis"),
    )
    with op.batch_alter_table("maturity_answer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_maturity_answer_answer_set_id"), ["answer_set_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("maturity_answer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_maturity_answer_answer_set_id"))
    op.drop_table("maturity_answer")
    with op.batch_alter_table("maturity_answer_set", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_maturity_answer_set_period_id"))
    op.drop_table("maturity_answer_set")
    op.drop_table("maturity_period")
