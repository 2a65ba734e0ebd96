"""Due care: acts recorded for a patient and each patient's follow-up, screening and vaccination items

Revision ID: 0028
Revises: 0027
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0028"
down_revision = "0027"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "due_care_act",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("act_code", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=False),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
        sa.Column("recorded_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("recorded_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.ForeignKeyConstraint(["patient_id"], ["patient.id"]),
        sa.ForeignKeyConstraint(["task_id"], ["task.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_due_care_act_patient_act_day", "due_care_act", ["patient_id", "act_code", "done_on"])
    op.create_table(
        "due_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("item_key", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("group_key", sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("overdue_on", sa.Date(), nullable=False),
        sa.Column("until_on", sa.Date(), nullable=True),
        sa.Column("last_done_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["patient_id"], ["patient.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("patient_id", "item_key", name="uq_due_item_patient_item"),
    )
    op.create_index("ix_due_item_group_overdue", "due_item",
                    ["group_key", "overdue_on", "patient_id", "item_key", "until_on"])
    op.create_index("ix_due_item_group_due", "due_item",
                    ["group_key", "due_on", "patient_id", "item_key", "overdue_on", "until_on"])


def downgrade() -> None:
    op.drop_index("ix_due_item_group_due", table_name="due_item")
    op.drop_index("ix_due_item_group_overdue", table_name="due_item")
    op.drop_table("due_item")
    op.drop_index("ix_due_care_act_patient_act_day", table_name="due_care_act")
    op.drop_table("due_care_act")
