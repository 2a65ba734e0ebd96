"""Each line of a reconciliation's grouped alert has its own answer

Revision ID: 0018
Revises: 0017
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

_ANSWER_OF_STATE = "CASE a.state WHEN 'accepted' THEN 'accept' WHEN 'modified' THEN 'modify' ELSE 'refuse' END"


def upgrade() -> None:
    with op.batch_alter_table("reconciliation_item") as batch_op:
        batch_op.add_column(sa.Column("answer_code", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("answer_text", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("answered_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("answered_by", sa.String(length=200), nullable=True))
    # An alert raised for one line before grouping, already answered: its answer is that line's answer.
    op.execute(
        "UPDATE reconciliation_item SET "
        f"answer_code = (SELECT COALESCE(a.answer_code, {_ANSWER_OF_STATE}) FROM alert a "
        "WHERE a.id = reconciliation_item.alert_id), "
        "answer_text = (SELECT a.answer_text FROM alert a WHERE a.id = reconciliation_item.alert_id), "
        "answered_at = (SELECT a.answered_at FROM alert a WHERE a.id = reconciliation_item.alert_id), "
        "answered_by = (SELECT a.answered_by FROM alert a WHERE a.id = reconciliation_item.alert_id) "
        "WHERE alert_id IN (SELECT id FROM alert WHERE state IN ('accepted', 'modified', 'refused'))")


def downgrade() -> None:
    # A grouped alert closed line by line, or waiting with some lines answered, goes back to the states the older
    # version knows: answered as modified (each line has its own answer), partial as read.
    op.execute("UPDATE alert SET state = 'modified', answer_code = 'modify' WHERE state = 'answered'")
    op.execute("UPDATE alert SET state = 'read' WHERE state = 'partial'")
    # In place, not a batch copy (as 0016): both back ends drop a column in place (SQLite since 3.35).
    for column in ("answered_by", "answered_at", "answer_text", "answer_code"):
        op.drop_column("reconciliation_item", column)
