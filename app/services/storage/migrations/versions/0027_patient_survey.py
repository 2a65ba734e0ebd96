"""The anonymous patient experience survey: answer sets (ISO week only, no patient, no staff) and the practice's
survey settings (hosted form address, own questionnaire)

Revision ID: 0027
Revises: 0026
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0027"
down_revision = "0026"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "survey_answer",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("questionnaire_key", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("questionnaire_version", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("week", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("channel", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
    )
    op.create_index("ix_survey_answer_questionnaire_week", "survey_answer", ["questionnaire_key", "week"])
    op.create_table(
        "survey_setting",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("form_url", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
        sa.Column("questionnaire", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("survey_setting")
    op.drop_index("ix_survey_answer_questionnaire_week", table_name="survey_answer")
    op.drop_table("survey_answer")
