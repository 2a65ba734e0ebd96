"""The posology of a medication line: schedule (times of day, cycle, as needed, text), unit, coded route

Existing lines keep everything they said: the four dose slots become a "times" schedule (kept "in reserve" when
the line was as needed), an as-needed line without doses an "as_needed" schedule, a line with neither a "text"
schedule (its instructions say it); a route word Cordée stored before becomes its EDQM code, any other route
stays as text. The medication inputs kept as JSON elsewhere (line history, alert proposals and line snapshots,
reconciliation lists) are rewritten the same way. The words and codes below are frozen here on purpose: a
revision must do tomorrow what it does today, whatever the data files become.

Revision ID: 0010
Revises: 0009
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

DOSES = ("dose_morning", "dose_noon", "dose_evening", "dose_night")
# resources/medications/routes.json "cordee_words" as of this revision
ROUTE_CODES = {"oral": "20053000", "sublingual": "20067000", "buccal": "20002500", "cutaneous": "20003000",
               "transdermal": "20070000", "inhaled": "20020000", "nasal": "20049000", "ophthalmic": "20051000",
               "otic": "20001000", "rectal": "20061000", "vaginal": "20072000", "subcutaneous": "20066000",
               "intramuscular": "20035000", "intravenous": "20045000"}
ROUTE_WORDS = {code: word for word, code in ROUTE_CODES.items()}
OLD_KEYS = (*DOSES, "as_needed", "route", "start_date", "end_date", "instructions")
CHUNK = 2000


def _dose(value):
    text = "" if value is None else str(value).strip()
    return None if text in ("", "0") else text


def _route(value) -> tuple:
    text = (value or "").strip()
    if not text:
        return None, None
    code = ROUTE_CODES.get(text.lower())
    return (code, None) if code else (None, text[:100])


def _schedule(doses: list, as_needed: bool) -> str:
    return "times" if any(doses) else ("as_needed" if as_needed else "text")


def posology_of(old: dict) -> dict:
    """The posology (``services.medications.posology.to_dict`` form) of an input kept before this revision."""
    doses = [_dose(old.get(name)) for name in DOSES]
    as_needed = bool(old.get("as_needed"))
    route, route_text = _route(old.get("route"))
    return {"schedule": _schedule(doses, as_needed), **dict(zip(DOSES, doses)),
            "in_reserve": as_needed and any(doses), "cycle_days": None, "takings": [], "as_needed_amount": None,
            "max_per_day": None, "unit": None, "route": route, "route_text": route_text,
            "start_date": old.get("start_date"), "end_date": old.get("end_date"),
            "instructions": old.get("instructions")}


def new_input(old):
    """A medication input dict (or a line's version snapshot) in this revision's form."""
    if not isinstance(old, dict) or "posology" in old:
        return old
    out = {k: v for k, v in old.items() if k not in OLD_KEYS}
    out["posology"] = posology_of(old)
    return out


def old_input(new):
    """Back to the form before this revision (cycles, units and as-needed amounts have no place there)."""
    if not isinstance(new, dict) or "posology" not in new:
        return new
    p = new.get("posology") or {}
    out = {k: v for k, v in new.items() if k != "posology"}
    out.update({name: p.get(name) if p.get("schedule") == "times" else None for name in DOSES})
    out["as_needed"] = p.get("schedule") == "as_needed" or bool(p.get("in_reserve"))
    out["route"] = ROUTE_WORDS.get(p.get("route")) or p.get("route_text") or p.get("route")
    out.update(start_date=p.get("start_date"), end_date=p.get("end_date"), instructions=p.get("instructions"))
    return out


def new_line_snapshot(old):
    """An alert's picture of a line (``alert_input.line_snapshot``) in this revision's form."""
    if not isinstance(old, dict) or "posology" in old or "schedule" not in old:
        return old
    flat = dict(zip(DOSES, old.get("schedule") or [None] * 4), as_needed=old.get("as_needed"))
    out = {k: v for k, v in old.items() if k not in ("schedule", "as_needed")}
    out["posology"] = posology_of(flat)
    return out


def old_line_snapshot(new):
    if not isinstance(new, dict) or "posology" not in new:
        return new
    flat = old_input({"posology": new["posology"]})
    out = {k: v for k, v in new.items() if k != "posology"}
    out.update(schedule=[flat[name] for name in DOSES], as_needed=flat["as_needed"])
    return out


def _actions(items, convert_input, convert_snapshot):
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict):
            if "data" in item:
                item["data"] = convert_input(item["data"])
            if "before" in item:
                item["before"] = convert_snapshot(item["before"])
    return items


def _rewrite(conn, table: str, columns: tuple[str, ...], convert) -> None:
    """Rewrite JSON columns chunk by chunk (a practice may hold a million history rows)."""
    last = 0
    while True:
        rows = conn.execute(sa.text(f"SELECT id, {', '.join(columns)} FROM {table} WHERE id > :last "
                                    f"ORDER BY id LIMIT {CHUNK}"), {"last": last}).all()
        if not rows:
            return
        updates = []
        for row in rows:
            values = {}
            for name, text in zip(columns, row[1:]):
                if text:
                    values[name] = json.dumps(convert(name, json.loads(text)), ensure_ascii=False, default=str)
            if values:
                updates.append({"row_id": row[0], **values})
        for update in updates:
            sets = ", ".join(f"{name} = :{name}" for name in update if name != "row_id")
            conn.execute(sa.text(f"UPDATE {table} SET {sets} WHERE id = :row_id"), update)
        last = rows[-1][0]


def _convert_json(conn, to_new: bool) -> None:
    convert_input = new_input if to_new else old_input
    convert_snapshot = new_line_snapshot if to_new else old_line_snapshot
    _rewrite(conn, "medication_line_version", ("snapshot",), lambda _n, v: convert_input(v))
    _rewrite(conn, "reconciliation", ("discharge_list",), lambda _n, v: [convert_input(x) for x in v])
    _rewrite(conn, "reconciliation_item", ("before", "after"), lambda _n, v: convert_input(v))
    _rewrite(conn, "alert", ("medications", "proposed_changes"), lambda name, v: (
        [convert_snapshot(x) for x in v] if name == "medications" else
        _actions(v, convert_input, convert_snapshot)))


def upgrade() -> None:
    with op.batch_alter_table("medication_line") as batch_op:
        batch_op.add_column(sa.Column("schedule", sa.String(length=10), nullable=False, server_default="times"))
        batch_op.add_column(sa.Column("cycle_days", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("takings", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("as_needed_amount", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("max_per_day", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("unit", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("route_text", sa.String(length=100), nullable=True))
    conn = op.get_bind()
    last = 0
    while True:
        rows = conn.execute(sa.text(f"SELECT id, dose_morning, dose_noon, dose_evening, dose_night, as_needed, route "
                                    f"FROM medication_line WHERE id > :last ORDER BY id LIMIT {CHUNK}"),
                            {"last": last}).all()
        if not rows:
            break
        for row in rows:
            doses = [_dose(x) for x in row[1:5]]
            route, route_text = _route(row[6])
            conn.execute(sa.text("UPDATE medication_line SET schedule = :schedule, dose_morning = :m, dose_noon = :n, "
                                 "dose_evening = :e, dose_night = :ni, route = :route, route_text = :route_text "
                                 "WHERE id = :row_id"),
                         {"schedule": _schedule(doses, bool(row[5])), "m": doses[0], "n": doses[1], "e": doses[2],
                          "ni": doses[3], "route": route, "route_text": route_text, "row_id": row[0]})
        last = rows[-1][0]
    _convert_json(conn, to_new=True)


def downgrade() -> None:
    conn = op.get_bind()
    for code, word in ROUTE_WORDS.items():
        conn.execute(sa.text("UPDATE medication_line SET route = :word WHERE route = :code"),
                     {"word": word, "code": code})
    conn.execute(sa.text("UPDATE medication_line SET route = substr(route_text, 1, 30) WHERE route IS NULL "
                         "AND route_text IS NOT NULL"))
    _convert_json(conn, to_new=False)
    # Dropped in place (SQLite 3.35+ and PostgreSQL): rebuilding the table would trip the foreign keys that
    # point at medication_line.
    for name in ("route_text", "unit", "max_per_day", "as_needed_amount", "takings", "cycle_days", "schedule"):
        op.execute(f"ALTER TABLE medication_line DROP COLUMN {name}")
