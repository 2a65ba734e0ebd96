"""Knowledge editions installed by the practice (the ANSM thesaurus layer updated by a pharmacist) and the
products it imported into its drug catalogue (BDPM, Swiss list)

Revision ID: 0015
Revises: 0014
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "knowledge_edition",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("layer", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("edition", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("installed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("installed_by_staff_id", sa.Integer(), nullable=True),
        sa.Column("installed_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("summary", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("pack", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("knowledge_edition", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_knowledge_edition_layer"), ["layer"], unique=False)
    op.create_table(
        "catalogue_product",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=400), nullable=False),
        sa.Column("atc", sqlmodel.sql.sqltypes.AutoString(length=7), nullable=True),
        sa.Column("country", sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
        sa.Column("form", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("imported_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("source", "code", name="uq_catalogue_product_source_code"),
    )
    with op.batch_alter_table("catalogue_product", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_catalogue_product_atc"), ["atc"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("catalogue_product", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_catalogue_product_atc"))
    op.drop_table("catalogue_product")
    with op.batch_alter_table("knowledge_edition", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_knowledge_edition_layer"))
    op.drop_table("knowledge_edition")
