"""How a patient search query becomes SQL, on each backend.

A query is a birth date, an identifier, a record number or name words; every word must be the
prefix of one of the patient's folded name words. Results are sorted by name ("family given",
folded, byte order on both backends) and cut at the limit.

Name words are answered one of two ways, chosen from how many patients the query's rarest word
matches (counted up to a threshold, so counting stays cheap):

- few matches: take the rarest word's matches from the word index and sort them;
- many matches: walk the name index in order, keep the patients whose words match, and stop at
  the limit; when a query has several common words, this walk gets a budget, and the rarest
  word's matches are sorted after all if the walk ran out of it.

The threshold sits where the two costs meet: sorting costs about m entries for m matches, the walk
about limit x N / m entries for N patients, so about sqrt(c x limit x N) with c the measured ratio
of their unit costs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy import literal_column, or_, text
from sqlmodel import Session, col, select

from app.models.patient import Patient
from app.services.errors import ValidationError
from app.services.kernel.text_search import tokens
from app.services.kernel.validation import DATE_TEXT, parse_date

MAX_WORDS = 6
#: Below this many matches, sorting them is always cheap enough.
MIN_THRESHOLD = 200
#: Sorting one match costs about this many times walking one name-index entry (measured; see above).
SQLITE_COST_RATIO = 0.15
POSTGRES_COST_RATIO = 0.25
#: A walk with several common words stops after this many thresholds' worth of names.
WALK_BUDGET = 8
MAX_ID = 2**63 - 1

_COLUMNS = "p.id, p.family_name, p.given_names, p.birth_name, p.birth_date, p.sex, p.city"


def find_patients(session: Session, query: str, limit: int, within=None) -> Sequence[tuple]:
    """Rows (id, family_name, given_names, birth_name, birth_date, sex, city) matching ``query``; ``within``: a
    select of the patient ids the searcher may find (None: every patient)."""
    query = (query or "").strip()
    scope = col(Patient.id).in_(within) if within is not None else True
    if DATE_TEXT.match(query):
        try:
            day = parse_date(query, "query")
        except ValidationError:
            return []
        return _run(session, _columns().where(Patient.birth_date == day, scope), limit)
    digits = re.sub(r"[\s.\-]", "", query)
    if not (digits.isascii() and digits.isdigit()):   # "²" or "٣" are digits to str.isdigit, not to int()
        digits = ""
    if digits and len(digits) >= 6:
        return _run(session, _columns().where(or_(Patient.ins_matricule == digits, Patient.avs_number == digits,
                                                  Patient.insurance_card_number == digits), scope), limit)
    if digits:
        if int(digits) > MAX_ID:
            return []
        return session.execute(_columns().where(Patient.id == int(digits), scope)).all()
    if not query:
        return _run(session, _columns().where(scope), limit)
    words = tokens(query)[:MAX_WORDS]
    if not words:
        return []
    if within is not None:
        # The patients one person may find are few (their care team's): their matches are sorted directly.
        return _run(session, _columns().where(scope, *_word_prefix(words)), limit)
    if session.get_bind().dialect.name == "postgresql":
        return _postgres_names(session, words, limit)
    return _sqlite_names(session, words, limit)


def _columns():
    return select(Patient.id, Patient.family_name, Patient.given_names, Patient.birth_name, Patient.birth_date,
                  Patient.sex, Patient.city)


def _run(session: Session, stmt, limit: int) -> Sequence[tuple]:
    return session.execute(stmt.order_by(Patient.sort_key, Patient.id).limit(limit)).all()


def _threshold(patients: int, limit: int, ratio: float) -> int:
    return max(MIN_THRESHOLD, int((ratio * limit * patients) ** 0.5))


def _word_prefix(words: list[str]) -> list:
    # Words are letters and digits only (text_search.tokens): safe in FTS and LIKE patterns.
    return [(" " + Patient.search_text).like(f"% {w}%") for w in words]


def _sqlite_names(session: Session, words: list[str], limit: int) -> Sequence[tuple]:
    patients = session.execute(text("SELECT coalesce(max(id), 0) FROM patient")).scalar_one()
    threshold = _threshold(patients, limit, SQLITE_COST_RATIO)
    match = " AND ".join(f'"{w}"*' for w in words)
    hits = text("SELECT rowid FROM patient_fts WHERE patient_fts MATCH :m LIMIT :n").bindparams(m=match, n=threshold)
    few = session.execute(
        text("SELECT count(*) FROM (SELECT rowid FROM patient_fts WHERE patient_fts MATCH :m LIMIT :n)"),
        {"m": match, "n": threshold}).scalar_one() < threshold
    if few:
        # "+" keeps SQLite from walking the whole name index to sort a few rows.
        return session.execute(_columns().where(col(Patient.id).in_(hits))
                               .order_by(literal_column("+patient.sort_key"), Patient.id).limit(limit)).all()
    first = select(Patient.id).where(*_word_prefix(words)).order_by(Patient.sort_key, Patient.id).limit(limit)
    return _run(session, _columns().where(col(Patient.id).in_(first.scalar_subquery())), limit)


def _postgres_names(session: Session, words: list[str], limit: int) -> Sequence[tuple]:
    params = {f"w{i}": f"{w}%" for i, w in enumerate(words)}
    counts = ", ".join(f"(SELECT count(*) FROM (SELECT 1 FROM patient_search_word WHERE word LIKE :w{i} "
                       f"LIMIT (SELECT n FROM t)) c{i})" for i in range(len(words)))
    threshold, *found = session.execute(text(
        f"WITH t AS (SELECT greatest(:floor, floor(sqrt(:ratio * :limit * coalesce(max(id), 0)))::int) AS n "
        f"FROM patient) SELECT (SELECT n FROM t), {counts}"),
        {**params, "floor": MIN_THRESHOLD, "ratio": POSTGRES_COST_RATIO, "limit": limit}).one()
    rarest = min(range(len(words)), key=lambda i: (found[i], -len(words[i])))
    if found[rarest] >= threshold:
        budget = None if len(words) == 1 else threshold * WALK_BUDGET
        rows = _postgres_walk(session, words, limit, budget)
        if budget is None or len(rows) == limit:
            return rows
        rarest = max(range(len(words)), key=lambda i: len(words[i]))
    return _postgres_sorted_matches(session, words, rarest, limit)


def _filters(words: list[str], table: str) -> tuple[str, dict]:
    clauses = " AND ".join(f"(' ' || {table}.search_text) LIKE :f{i}" for i in range(len(words)))
    return clauses, {f"f{i}": f"% {w}%" for i, w in enumerate(words)}


def _postgres_walk(session: Session, words: list[str], limit: int, budget: int | None) -> Sequence[tuple]:
    """Name order, filtered on the covering name index alone; with a budget, look at no more names."""
    clauses, params = _filters(words, "p")
    source = "patient" if budget is None else \
        f"(SELECT {_COLUMNS}, p.sort_key, p.search_text FROM patient p ORDER BY p.sort_key, p.id LIMIT :budget)"
    return session.execute(text(f"SELECT {_COLUMNS} FROM {source} p WHERE {clauses} ORDER BY p.sort_key, p.id "
                                f"LIMIT :limit"), {**params, "limit": limit, "budget": budget}).all()


def _postgres_sorted_matches(session: Session, words: list[str], rarest: int, limit: int) -> Sequence[tuple]:
    """The rarest word's matches from the word index (which holds the result lines), checked, sorted, cut."""
    clauses, params = _filters(words, "w")
    return session.execute(text(
        f"SELECT DISTINCT ON (w.sort_key, w.patient_id) {_COLUMNS.replace('p.id', 'w.patient_id').replace('p.', 'w.')} "
        f"FROM patient_search_word w WHERE w.word LIKE :rare AND {clauses} ORDER BY w.sort_key, w.patient_id "
        f"LIMIT :limit"), {**params, "rare": f"{words[rarest]}%", "limit": limit}).all()
