"""Access decided on the record: the practice's chart access setting, restricted documents and their author, and
the index that finds a médecin traitant's patients

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("practice") as batch_op:
        batch_op.add_column(sa.Column("chart_access", sa.String(length=10), nullable=False, server_default="open"))
    with op.batch_alter_table("coordination_document") as batch_op:
        batch_op.add_column(sa.Column("added_by_staff_id", sa.Integer(), sa.ForeignKey("staff.id", name="fk_coordination_document_added_by_staff"),
                                      nullable=True))
        batch_op.add_column(sa.Column("restricted_staff", sa.String(length=300), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("restricted_roles", sa.String(length=200), nullable=False, server_default=""))
    with op.batch_alter_table("patient") as batch_op:
        batch_op.create_index("ix_patient_gp_staff_id", ["gp_staff_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("patient") as batch_op:
        batch_op.drop_index("ix_patient_gp_staff_id")
    with op.batch_alter_table("coordination_document") as batch_op:
        batch_op.drop_column("restricted_roles")
        batch_op.drop_column("restricted_staff")
        batch_op.drop_column("added_by_staff_id")
    with op.batch_alter_table("practice") as batch_op:
        batch_op.drop_column("chart_access")
