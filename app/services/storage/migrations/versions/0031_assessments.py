"""Structured assessments: questionnaires answered for a patient, and the proposals of their results accepted

Revision ID: 0031
Revises: 0030
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0031"
down_revision = "0030"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("instrument_id", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("instrument_version", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("answers_json", sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("band", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("flags", sqlmodel.sql.sqltypes.AutoString(length=400), nullable=False),
        sa.Column("protocol_code", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=True),
        sa.Column("done_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("recorded_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("recorded_by_staff_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["patient_id"], ["patient.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_assessment_patient_instrument_day", "assessment", ["patient_id", "instrument_id", "done_at"])
    op.create_table(
        "assessment_proposal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("action_key", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.Column("care_plan_id", sa.Integer(), nullable=True),
        sa.Column("accepted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("accepted_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessment.id"]),
        sa.ForeignKeyConstraint(["task_id"], ["task.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("assessment_id", "action_key", name="uq_assessment_proposal_action"),
    )


def downgrade() -> None:
    op.drop_table("assessment_proposal")
    op.drop_index("ix_assessment_patient_instrument_day", table_name="assessment")
    op.drop_table("assessment")
