"""Exchange: one exchange identity per practice database (a unique, always-1 ``singleton`` column, so that two
workstations creating it at the same moment store one), directory packages received (a receipt without an alert)
and the baseline of each directory record shared with a partner

Revision ID: 0034
Revises: 0033

A database that already holds several identities (only the race this revision closes could make one) keeps the
oldest: every read took the first row, which both back ends return in insertion order for this small table.

Downgrade: the baselines leave; directory receipts leave with them (their alert column cannot be empty before this
revision), so a directory package imported after the upgrade could be imported once more after a downgrade.
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0034"
down_revision = "0033"
branch_labels = None
depends_on = None

S = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    op.execute("DELETE FROM exchange_identity WHERE id <> (SELECT MIN(id) FROM exchange_identity)")
    with op.batch_alter_table("exchange_identity", schema=None) as batch_op:
        batch_op.add_column(sa.Column("singleton", sa.Integer(), nullable=False, server_default="1"))
        batch_op.create_unique_constraint("uq_exchange_identity_singleton", ["singleton"])
        batch_op.create_check_constraint("ck_exchange_identity_singleton", "singleton = 1")
    with op.batch_alter_table("exchange_identity", schema=None) as batch_op:
        batch_op.alter_column("singleton", server_default=None)
    with op.batch_alter_table("exchange_receipt", schema=None) as batch_op:
        batch_op.alter_column("alert_id", existing_type=sa.Integer(), nullable=True)
    op.create_table(
        "exchange_directory_baseline",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record", S(length=10), nullable=False),
        sa.Column("external_id", S(length=36), nullable=False),
        sa.Column("content_hash", S(length=64), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("direction", S(length=4), nullable=False),
        sa.Column("shared_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["partner_id"], ["exchange_partner.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("record", "external_id", name="uq_exchange_directory_baseline"),
    )
    op.create_index("ix_exchange_directory_baseline_partner_id", "exchange_directory_baseline", ["partner_id"])


def downgrade() -> None:
    op.drop_index("ix_exchange_directory_baseline_partner_id", table_name="exchange_directory_baseline")
    op.drop_table("exchange_directory_baseline")
    op.execute("DELETE FROM exchange_receipt WHERE alert_id IS NULL")
    with op.batch_alter_table("exchange_receipt", schema=None) as batch_op:
        batch_op.alter_column("alert_id", existing_type=sa.Integer(), nullable=False)
    with op.batch_alter_table("exchange_identity", schema=None) as batch_op:
        batch_op.drop_constraint("ck_exchange_identity_singleton", type_="check")
        batch_op.drop_constraint("uq_exchange_identity_singleton", type_="unique")
        batch_op.drop_column("singleton")
