"""Deprescribing plans: a taper of one medication line in dated steps, the patient's agreement, the follow-up calls

Revision ID: 0022
Revises: 0021
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def _text(length: int) -> sqlmodel.sql.sqltypes.AutoString:
    return sqlmodel.sql.sqltypes.AutoString(length=length)


def upgrade() -> None:
    op.create_table(
        "deprescribing_plan",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_by", _text(200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=False),
        sa.Column("drug", _text(200), nullable=False),
        sa.Column("scheme_key", _text(60), nullable=False),
        sa.Column("status", _text(10), nullable=False),
        sa.Column("reason", _text(500), nullable=True),
        sa.Column("finding_code", _text(120), nullable=True),
        sa.Column("agreed_on", sa.Date(), nullable=True),
        sa.Column("agreed_how", _text(20), nullable=True),
        sa.Column("agreement_recorded_by", _text(200), nullable=True),
        sa.Column("agreement_recorded_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("follow_up_staff_id", sa.Integer(), nullable=True),
        sa.Column("follow_up_role", _text(30), nullable=True),
        sa.Column("follow_up_days", sa.Integer(), nullable=False),
        sa.Column("created_by", _text(200), nullable=False),
        sa.Column("closed_reason", _text(500), nullable=True),
        sa.ForeignKeyConstraint(["patient_id"], ["patient.id"]),
        sa.ForeignKeyConstraint(["line_id"], ["medication_line.id"]),
        sa.ForeignKeyConstraint(["follow_up_staff_id"], ["staff.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("deprescribing_plan") as batch_op:
        batch_op.create_index("ix_deprescribing_plan_patient_status", ["patient_id", "status"], unique=False)
        batch_op.create_index(batch_op.f("ix_deprescribing_plan_line_id"), ["line_id"], unique=False)
    op.create_table(
        "deprescribing_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("stop", sa.Boolean(), nullable=False),
        sa.Column("posology", sa.Text(), nullable=True),
        sa.Column("state", _text(10), nullable=False),
        sa.Column("decided_by", _text(200), nullable=True),
        sa.Column("decided_by_staff_id", sa.Integer(), nullable=True),
        sa.Column("decided_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("note", _text(500), nullable=True),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["plan_id"], ["deprescribing_plan.id"]),
        sa.ForeignKeyConstraint(["decided_by_staff_id"], ["staff.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("deprescribing_step") as batch_op:
        batch_op.create_index(batch_op.f("ix_deprescribing_step_plan_id"), ["plan_id"], unique=False)


def downgrade() -> None:
    op.drop_table("deprescribing_step")
    op.drop_table("deprescribing_plan")
