"""Identity vigilance (RNIV): the INS OID and the missing INS traits, the identity attributes (doubtful, fictitious,
homonym); the patient's say on sharing within the care team (informed when and by whom, objection)

Revision ID: 0021
Revises: 0020
"""

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

TEXTS = (("ins_oid", 30), ("birth_given_names", 150), ("birth_place_code", 5))
FLAGS = ("identity_doubtful", "identity_fictitious", "identity_homonym")
SHARING = (("sharing_informed_by", 200), ("sharing_objection", 10), ("sharing_objection_scope", 500))


def _columns() -> list[sa.Column]:
    return ([sa.Column(name, sa.String(length=length), nullable=True) for name, length in TEXTS]
            + [sa.Column(name, sa.Boolean(), nullable=False, server_default=sa.false()) for name in FLAGS]
            + [sa.Column("sharing_informed_on", sa.Date(), nullable=True)]
            + [sa.Column(name, sa.String(length=length), nullable=True) for name, length in SHARING])


def upgrade() -> None:
    # In place, not a batch (table copy): many tables refer to patient, and a copy would break their keys.
    for column in _columns():
        op.add_column("patient", column)


def downgrade() -> None:
    # Both back ends drop a column in place (SQLite since 3.35).
    for column in reversed(_columns()):
        op.drop_column("patient", column.name)
