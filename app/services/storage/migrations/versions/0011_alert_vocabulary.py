"""Alerts speak the alert vocabulary: the proposal kind (was the intervention code), the answer's code, and the
CH EMED PADV code of each step and of each medication line changed or kept

Revision ID: 0011
Revises: 0009
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# The vocabulary as it stood when this revision was written (resources/alerts/alert_vocabulary.json): a migration
# does not follow later edits of the file.
KIND_PADV = {"stop": "CANCEL", "suspend": "SUSPEND", "dose_change": "CHANGE", "substitute": "CANCEL", "add": None,
             "route": "CHANGE", "administration": "CHANGE", "monitor": "COMMENT", "information": "COMMENT"}
KIND_LINE_PADV = {"stop": {"stop": "CANCEL"}, "suspend": {"stop": "SUSPEND"}, "dose_change": {"change": "CHANGE"},
                  "substitute": {"stop": "CANCEL", "add": None}, "add": {"add": None},
                  "route": {"change": "CHANGE"}, "administration": {"change": "CHANGE"}}
LINE_PADV = {"stop": "CANCEL", "change": "CHANGE", "add": None, "keep": "OK"}
ANSWER_OF_STATE = {"accepted": "accept", "modified": "modify", "refused": "refuse"}


def _kind(code: str | None) -> str:
    """An intervention code that is not a proposal kind (none was ever written, but a database may hold one)."""
    return code if code in KIND_PADV else "information"


def _first_padv(items: list) -> str | None:
    return next((i.get("padv") for i in items if i.get("padv")), None)


def _with_padv(items: list, table: dict) -> list:
    return [{**i, "padv": table.get(i.get("action"), LINE_PADV.get(i.get("action")))} for i in items]


def upgrade() -> None:
    # Plain ALTER TABLE on both backends (SQLite >= 3.35): a batch copy of "alert" would drop the table that
    # alert_message rows refer to, which SQLite refuses while foreign keys are enforced.
    op.execute("ALTER TABLE alert RENAME COLUMN intervention_code TO proposal_kind")
    op.add_column("alert", sa.Column("answer_code", sa.String(length=10), nullable=True))
    op.add_column("alert_message", sa.Column("padv", sa.String(length=10), nullable=True))

    bind = op.get_bind()
    alerts = bind.execute(sa.text("SELECT id, proposal_kind, proposed_changes, medications, state FROM alert")).all()
    for alert_id, code, proposed, medications, state in alerts:
        kind = _kind(code)
        lines = KIND_LINE_PADV.get(kind, {})
        bind.execute(sa.text("UPDATE alert SET proposal_kind = :k, answer_code = :a, proposed_changes = :p "
                             "WHERE id = :i"),
                     {"k": kind, "a": ANSWER_OF_STATE.get(state), "i": alert_id,
                      "p": json.dumps(_with_padv(json.loads(proposed or "[]"), lines), ensure_ascii=False)})
        messages = bind.execute(sa.text("SELECT id, kind, changes FROM alert_message WHERE alert_id = :i"),
                                {"i": alert_id}).all()
        for message_id, step, changes in messages:
            items = json.loads(changes) if changes else []
            padv = None
            if step in ("raised", "accepted"):
                padv = KIND_PADV[kind]
                if step == "accepted":
                    items = _with_padv(items, lines)
            elif step == "modified":
                items = _with_padv(items, LINE_PADV)
                padv = _first_padv(items)
            elif step == "refused":
                items = [{"action": "keep", "line_id": m.get("line_id"), "name": m.get("name"), "padv": "OK"}
                         for m in json.loads(medications or "[]")]
                padv = "OK"
            elif step in ("question", "reply"):
                padv = "COMMENT"
            bind.execute(sa.text("UPDATE alert_message SET padv = :p, changes = :c WHERE id = :i"),
                         {"p": padv, "i": message_id,
                          "c": json.dumps(items, ensure_ascii=False) if items else changes})


def downgrade() -> None:
    op.execute("ALTER TABLE alert_message DROP COLUMN padv")
    op.execute("ALTER TABLE alert DROP COLUMN answer_code")
    op.execute("ALTER TABLE alert RENAME COLUMN proposal_kind TO intervention_code")
