"""Directory of local resources and pathways: resources, their pathways with ordered steps, a referral's resource
and the resource a care circle member was copied from

Revision ID: 0032
Revises: 0031
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0032"
down_revision = "0031"
branch_labels = None
depends_on = None

_TEXT = sqlmodel.sql.sqltypes.AutoString


def _versioned() -> list[sa.Column]:
    return [sa.Column("version", sa.Integer(), nullable=False),
            sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
            sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
            sa.Column("updated_by", _TEXT(length=200), nullable=False)]


def upgrade() -> None:
    op.create_table(
        "directory_resource",
        *_versioned(),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", _TEXT(length=36), nullable=False),
        sa.Column("kind", _TEXT(length=24), nullable=False),
        sa.Column("name", _TEXT(length=200), nullable=False),
        sa.Column("contact_person", _TEXT(length=200), nullable=True),
        sa.Column("phone", _TEXT(length=40), nullable=True),
        sa.Column("email", _TEXT(length=200), nullable=True),
        sa.Column("address", _TEXT(length=500), nullable=True),
        sa.Column("opening_hours", _TEXT(length=1000), nullable=True),
        sa.Column("eligibility", sa.Text(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("external_id"),
    )
    op.create_index("ix_directory_resource_kind", "directory_resource", ["kind"])
    op.create_table(
        "directory_pathway",
        *_versioned(),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", _TEXT(length=36), nullable=False),
        sa.Column("resource_id", sa.Integer(), nullable=False),
        sa.Column("name", _TEXT(length=200), nullable=False),
        sa.ForeignKeyConstraint(["resource_id"], ["directory_resource.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("external_id"),
    )
    op.create_index("ix_directory_pathway_resource_id", "directory_pathway", ["resource_id"])
    op.create_table(
        "directory_pathway_step",
        *_versioned(),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pathway_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", _TEXT(length=200), nullable=False),
        sa.Column("pool_role", _TEXT(length=40), nullable=False),
        sa.Column("delay_days", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["pathway_id"], ["directory_pathway.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("pathway_id", "position", name="uq_directory_step_position"),
    )
    op.create_index("ix_directory_pathway_step_pathway_id", "directory_pathway_step", ["pathway_id"])
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.add_column(sa.Column("directory_resource_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key("fk_referral_directory_resource_id", "directory_resource",
                                    ["directory_resource_id"], ["id"])
    with op.batch_alter_table("care_plan_member", schema=None) as batch_op:
        batch_op.add_column(sa.Column("directory_resource_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key("fk_care_plan_member_directory_resource_id", "directory_resource",
                                    ["directory_resource_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("care_plan_member", schema=None) as batch_op:
        batch_op.drop_constraint("fk_care_plan_member_directory_resource_id", type_="foreignkey")
        batch_op.drop_column("directory_resource_id")
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_constraint("fk_referral_directory_resource_id", type_="foreignkey")
        batch_op.drop_column("directory_resource_id")
    op.drop_index("ix_directory_pathway_step_pathway_id", table_name="directory_pathway_step")
    op.drop_table("directory_pathway_step")
    op.drop_index("ix_directory_pathway_resource_id", table_name="directory_pathway")
    op.drop_table("directory_pathway")
    op.drop_index("ix_directory_resource_kind", table_name="directory_resource")
    op.drop_table("directory_resource")
