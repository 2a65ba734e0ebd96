"""The recommendations of a medication review worksheet (Polymedication Check: CHMED16A Recommendation 1-5, the
patient's agreement, a remark), as JSON beside the findings

Revision ID: 0020
Revises: 0019
"""

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("medication_review_sheet") as batch_op:
        batch_op.add_column(sa.Column("recommendations", sa.Text(), nullable=False, server_default="[]"))


def downgrade() -> None:
    op.drop_column("medication_review_sheet", "recommendations")
