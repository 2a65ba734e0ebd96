"""Nurse-assisted teleconsultation: slot, patient, the member with the patient, the remote physician, the video
link, the protocol, the status and the conclusion

Revision ID: 0026
Revises: 0025
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None


def upgrade() -> None:
    text = sqlmodel.sql.sqltypes.AutoString
    moment = sqlmodel.sql.sqltypes.UTCDateTime
    op.create_table(
        "teleconsultation",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", moment(), nullable=False),
        sa.Column("updated_at", moment(), nullable=False),
        sa.Column("updated_by", text(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", moment(), nullable=False),
        sa.Column("ends_at", moment(), nullable=False),
        sa.Column("accompanying_staff_id", sa.Integer(), nullable=False),
        sa.Column("remote_physician_id", sa.Integer(), nullable=False),
        sa.Column("video_url", text(length=500), nullable=False),
        sa.Column("protocol_code", text(length=60), nullable=True),
        sa.Column("status", text(length=12), nullable=False),
        sa.Column("conclusion", sa.Text(), nullable=True),
        sa.Column("concluded_at", moment(), nullable=True),
        sa.Column("concluded_by_staff_id", sa.Integer(), nullable=True),
        sa.Column("cancel_reason", text(length=500), nullable=True),
        sa.Column("booked_by_staff_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["patient_id"], ["patient.id"]),
        sa.ForeignKeyConstraint(["accompanying_staff_id"], ["staff.id"]),
        sa.ForeignKeyConstraint(["remote_physician_id"], ["staff.id"]),
        sa.ForeignKeyConstraint(["concluded_by_staff_id"], ["staff.id"]),
        sa.ForeignKeyConstraint(["booked_by_staff_id"], ["staff.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_teleconsultation_patient_id", "teleconsultation", ["patient_id"])
    op.create_index("ix_teleconsultation_status_start", "teleconsultation", ["status", "starts_at"])


def downgrade() -> None:
    op.drop_index("ix_teleconsultation_status_start", table_name="teleconsultation")
    op.drop_index("ix_teleconsultation_patient_id", table_name="teleconsultation")
    op.drop_table("teleconsultation")
