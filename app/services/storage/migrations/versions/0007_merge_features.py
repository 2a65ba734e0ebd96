"""merge: alerts (0004), care plans (0005) and coordination (0006), developed side by side

Revision ID: 0007
Revises: 0004, 0005, 0006
"""

revision = "0007"
down_revision = ("0004", "0005", "0006")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
