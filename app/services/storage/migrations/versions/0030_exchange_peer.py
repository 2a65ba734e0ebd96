"""Cordée to Cordée exchange: the installation's exchange identity, its partners, the packages received and the
alerts linked across two databases

Revision ID: 0030
Revises: 0029
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0030"
down_revision = "0029"
branch_labels = None
depends_on = None

S = sqlmodel.sql.sqltypes.AutoString


def _versioned() -> list:
    return [sa.Column("version", sa.Integer(), nullable=False),
            sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
            sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
            sa.Column("updated_by", S(length=200), nullable=False)]


def upgrade() -> None:
    op.create_table(
        "exchange_identity",
        *_versioned(),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("identity_id", S(length=64), nullable=False),
        sa.Column("practice_name", S(length=200), nullable=False),
        sa.Column("public_jwks", sa.Text(), nullable=False),
        sa.Column("private_wrapped", sa.Text(), nullable=False),
        sa.Column("fingerprint", S(length=64), nullable=False),
        sa.Column("incoming_folder", S(length=1000), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("identity_id"),
    )
    op.create_table(
        "exchange_partner",
        *_versioned(),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("identity_id", S(length=64), nullable=False),
        sa.Column("practice_name", S(length=200), nullable=False),
        sa.Column("public_jwks", sa.Text(), nullable=False),
        sa.Column("fingerprint", S(length=64), nullable=False),
        sa.Column("status", S(length=10), nullable=False),
        sa.Column("card_created", S(length=40), nullable=True),
        sa.Column("revoked_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("identity_id"),
    )
    op.create_table(
        "exchange_receipt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_id", S(length=64), nullable=False),
        sa.Column("nonce", S(length=64), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("kind", S(length=10), nullable=False),
        sa.Column("alert_id", sa.Integer(), nullable=False),
        sa.Column("received_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["partner_id"], ["exchange_partner.id"]),
        sa.ForeignKeyConstraint(["alert_id"], ["alert.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("package_id"),
        sa.UniqueConstraint("partner_id", "nonce", name="uq_exchange_receipt_nonce"),
    )
    op.create_index("ix_exchange_receipt_partner_id", "exchange_receipt", ["partner_id"])
    op.create_index("ix_exchange_receipt_alert_id", "exchange_receipt", ["alert_id"])
    op.create_table(
        "exchange_alert_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("alert_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("remote_alert_id", sa.Integer(), nullable=True),
        sa.Column("direction", S(length=4), nullable=False),
        sa.Column("linked_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["partner_id"], ["exchange_partner.id"]),
        sa.ForeignKeyConstraint(["alert_id"], ["alert.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("partner_id", "remote_alert_id", "direction", name="uq_exchange_alert_link_remote"),
    )
    op.create_index("ix_exchange_alert_link_alert_id", "exchange_alert_link", ["alert_id"])
    op.create_index("ix_exchange_alert_link_partner_id", "exchange_alert_link", ["partner_id"])


def downgrade() -> None:
    op.drop_index("ix_exchange_alert_link_partner_id", table_name="exchange_alert_link")
    op.drop_index("ix_exchange_alert_link_alert_id", table_name="exchange_alert_link")
    op.drop_table("exchange_alert_link")
    op.drop_index("ix_exchange_receipt_alert_id", table_name="exchange_receipt")
    op.drop_index("ix_exchange_receipt_partner_id", table_name="exchange_receipt")
    op.drop_table("exchange_receipt")
    op.drop_table("exchange_partner")
    op.drop_table("exchange_identity")
