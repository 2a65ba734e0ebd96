"""Team messages: threads about a patient or the whole team, their messages (never deleted: retracted with a
trace), mentions, how far each member has read a thread, and what a message was turned into

Revision ID: 0025
Revises: 0024
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("message_thread",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("patient_id", sa.Integer(), nullable=True),
    sa.Column("subject", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column("created_by_staff_id", sa.Integer(), nullable=True),
    sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("last_message_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(["created_by_staff_id"], ["staff.id"], ),
    sa.ForeignKeyConstraint(["patient_id"], ["patient.id"], ),
    sa.PrimaryKeyConstraint("id")
    )
    op.create_index(op.f("ix_message_thread_last_message_at"), "message_thread", ["last_message_at"], unique=False)
    op.create_index(op.f("ix_message_thread_patient_id"), "message_thread", ["patient_id"], unique=False)
    op.create_table("message_read_mark",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("thread_id", sa.Integer(), nullable=False),
    sa.Column("staff_id", sa.Integer(), nullable=False),
    sa.Column("last_read_message_id", sa.Integer(), nullable=False),
    sa.Column("read_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], ),
    sa.ForeignKeyConstraint(["thread_id"], ["message_thread.id"], ),
    sa.PrimaryKeyConstraint("id"),
    sa.UniqueConstraint("thread_id", "staff_id")
    )
    op.create_index(op.f("ix_message_read_mark_staff_id"), "message_read_mark", ["staff_id"], unique=False)
    op.create_index(op.f("ix_message_read_mark_thread_id"), "message_read_mark", ["thread_id"], unique=False)
    op.create_table("team_message",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("thread_id", sa.Integer(), nullable=False),
    sa.Column("author_staff_id", sa.Integer(), nullable=True),
    sa.Column("author_name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column("body", sa.Text(), nullable=False),
    sa.Column("urgent", sa.Boolean(), nullable=False),
    sa.Column("mentions", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column("search_text", sa.Text(), server_default="", nullable=False),
    sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("retracted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column("retracted_by_staff_id", sa.Integer(), nullable=True),
    sa.Column("retracted_reason", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
    sa.ForeignKeyConstraint(["author_staff_id"], ["staff.id"], ),
    sa.ForeignKeyConstraint(["retracted_by_staff_id"], ["staff.id"], ),
    sa.ForeignKeyConstraint(["thread_id"], ["message_thread.id"], ),
    sa.PrimaryKeyConstraint("id")
    )
    op.create_index("ix_team_message_thread_id_id", "team_message", ["thread_id", "id"], unique=False)
    op.create_table("message_link",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("message_id", sa.Integer(), nullable=False),
    sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column("target_id", sa.Integer(), nullable=False),
    sa.Column("target_revision", sa.Integer(), nullable=True),
    sa.Column("created_by_staff_id", sa.Integer(), nullable=True),
    sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(["created_by_staff_id"], ["staff.id"], ),
    sa.ForeignKeyConstraint(["message_id"], ["team_message.id"], ),
    sa.PrimaryKeyConstraint("id")
    )
    op.create_index(op.f("ix_message_link_message_id"), "message_link", ["message_id"], unique=False)
    op.create_table("message_mention",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("message_id", sa.Integer(), nullable=False),
    sa.Column("staff_id", sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(["message_id"], ["team_message.id"], ),
    sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], ),
    sa.PrimaryKeyConstraint("id"),
    sa.UniqueConstraint("message_id", "staff_id")
    )
    op.create_index(op.f("ix_message_mention_message_id"), "message_mention", ["message_id"], unique=False)
    op.create_index(op.f("ix_message_mention_staff_id"), "message_mention", ["staff_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_message_mention_staff_id"), table_name="message_mention")
    op.drop_index(op.f("ix_message_mention_message_id"), table_name="message_mention")
    op.drop_table("message_mention")
    op.drop_index(op.f("ix_message_link_message_id"), table_name="message_link")
    op.drop_table("message_link")
    op.drop_index("ix_team_message_thread_id_id", table_name="team_message")
    op.drop_table("team_message")
    op.drop_index(op.f("ix_message_read_mark_thread_id"), table_name="message_read_mark")
    op.drop_index(op.f("ix_message_read_mark_staff_id"), table_name="message_read_mark")
    op.drop_table("message_read_mark")
    op.drop_index(op.f("ix_message_thread_patient_id"), table_name="message_thread")
    op.drop_index(op.f("ix_message_thread_last_message_at"), table_name="message_thread")
    op.drop_table("message_thread")
