"""Emergency (break-glass) access to a chart outside the care circle: the grants, and the practice's policy (how
long an access lasts, whether it only reads)

Revision ID: 0024
Revises: 0023
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "break_glass_grant",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
        sa.Column("started_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("expires_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("read_only", sa.Boolean(), nullable=False),
        sa.Column("acknowledged_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("acknowledged_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("review_note", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=True),
        sa.ForeignKeyConstraint(["patient_id"], ["patient.id"], name="fk_break_glass_grant_patient"),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name="fk_break_glass_grant_staff"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("break_glass_grant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_break_glass_grant_patient_id"), ["patient_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_break_glass_grant_staff_id"), ["staff_id"], unique=False)
    # In place, not a batch (table copy): other tables may refer to the practice.
    op.add_column("practice", sa.Column("break_glass_minutes", sa.Integer(), nullable=False, server_default="240"))
    op.add_column("practice", sa.Column("break_glass_read_only", sa.Boolean(), nullable=False,
                                        server_default=sa.true()))


def downgrade() -> None:
    op.drop_column("practice", "break_glass_read_only")
    op.drop_column("practice", "break_glass_minutes")
    with op.batch_alter_table("break_glass_grant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_break_glass_grant_staff_id"))
        batch_op.drop_index(batch_op.f("ix_break_glass_grant_patient_id"))
    op.drop_table("break_glass_grant")
