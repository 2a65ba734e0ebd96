"""PostgreSQL patient search: a table of name words instead of trigrams

The trigram index could not answer one- and two-letter prefixes and its rechecks made common
words slow (p95 18 ms over 100,000 patients). Each patient's folded name words now sit in
``patient_search_word`` (kept in step by statement triggers), indexed by word in byte order, so a
prefix is one index range; the row also carries the sort key, the whole search text and what a
result line shows, so the other words of the query are checked, the matches sorted and the
lines returned from that index alone. For common prefixes, a name index that covers the same
columns is walked in order instead.
Names sort in byte order ("C") on PostgreSQL, as they do on SQLite, so both backends list
patients in the same order. SQLite is unchanged (FTS5).

Revision ID: 0008
Revises: 0007
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# What a result line shows, copied into the word rows so that no search reads the patient table.
_LINE = ("search_text", "family_name", "given_names", "birth_name", "birth_date", "sex", "city")


def _columns(alias: str = "") -> str:
    return ", ".join(f"{alias}{c}" for c in ("sort_key", *_LINE))


_FILL = f"""INSERT INTO patient_search_word (patient_id, word, {_columns()})
           SELECT DISTINCT ON (n.id, w.word) n.id, w.word, {_columns("n.")}
           FROM {{source}} n, unnest(string_to_array(n.search_text, ' ')) AS w(word)
           WHERE w.word <> '' {{condition}}"""
_CHANGED_ROW = f"({_columns('o.')}) IS DISTINCT FROM ({_columns('n.')})"
_CHANGED = f"AND EXISTS (SELECT 1 FROM old_rows o WHERE o.id = n.id AND {_CHANGED_ROW})"

UPGRADE = [
    "DROP INDEX IF EXISTS ix_patient_search_trgm",
    'ALTER TABLE patient ALTER COLUMN sort_key TYPE varchar(300) COLLATE "C"',
    # Walking names in order with every field the filter and the result list need: an index-only scan.
    f"CREATE INDEX ix_patient_sort_walk ON patient (sort_key, id) INCLUDE ({', '.join(_LINE)})",
    """CREATE TABLE patient_search_word (
           patient_id integer NOT NULL REFERENCES patient(id) ON DELETE CASCADE,
           word text COLLATE "C" NOT NULL,
           sort_key varchar(300) COLLATE "C" NOT NULL,
           search_text varchar(600) NOT NULL,
           family_name varchar(100) NOT NULL,
           given_names varchar(150) NOT NULL,
           birth_name varchar(100),
           birth_date date NOT NULL,
           sex varchar(1) NOT NULL,
           city varchar(100),
           PRIMARY KEY (patient_id, word))""",
    _FILL.format(source="patient", condition=""),
    f"CREATE INDEX ix_patient_search_word ON patient_search_word (word, sort_key, patient_id) INCLUDE ({', '.join(_LINE)})",
    f"""CREATE FUNCTION patient_words_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          {_FILL.format(source="new_rows", condition="")};
          RETURN NULL;
        END $$""",
    f"""CREATE FUNCTION patient_words_updated() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          DELETE FROM patient_search_word s USING new_rows n JOIN old_rows o ON o.id = n.id
           WHERE s.patient_id = n.id
             AND {_CHANGED_ROW};
          {_FILL.format(source="new_rows", condition=_CHANGED)};
          RETURN NULL;
        END $$""",
    """CREATE TRIGGER patient_words_ai AFTER INSERT ON patient REFERENCING NEW TABLE AS new_rows
       FOR EACH STATEMENT EXECUTE FUNCTION patient_words_inserted()""",
    """CREATE TRIGGER patient_words_au AFTER UPDATE ON patient REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
       FOR EACH STATEMENT EXECUTE FUNCTION patient_words_updated()""",
]

DOWNGRADE = [
    "DROP TRIGGER IF EXISTS patient_words_au ON patient",
    "DROP TRIGGER IF EXISTS patient_words_ai ON patient",
    "DROP FUNCTION IF EXISTS patient_words_updated()",
    "DROP FUNCTION IF EXISTS patient_words_inserted()",
    "DROP TABLE IF EXISTS patient_search_word",
    "DROP INDEX IF EXISTS ix_patient_sort_walk",
    "ALTER TABLE patient ALTER COLUMN sort_key TYPE varchar(300) COLLATE \"default\"",
    "CREATE INDEX ix_patient_search_trgm ON patient USING gin (search_text gin_trgm_ops)",
]


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in UPGRADE:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in DOWNGRADE:
            op.execute(statement)
