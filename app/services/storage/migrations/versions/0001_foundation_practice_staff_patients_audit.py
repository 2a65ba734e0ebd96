"""foundation: practice, staff, patients, audit

Revision ID: 0001
Revises:
Create Date: 2026-11-25 02:56:55.229326
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('audit_event',
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('occurred_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('user_display', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('entity_type', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('entity_id', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=True),
    sa.Column('patient_id', sa.Integer(), nullable=True),
    sa.Column('outcome', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('detail', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.Column('workstation', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('prev_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('row_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq')
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_event_action'), ['action'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_event_occurred_at'), ['occurred_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_event_patient_id'), ['patient_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_event_user_id'), ['user_id'], unique=False)

    op.create_table('audit_head',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('row_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('mac', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('practice',
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('country', sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
    sa.Column('finess', sqlmodel.sql.sqltypes.AutoString(length=9), nullable=True),
    sa.Column('gln', sqlmodel.sql.sqltypes.AutoString(length=13), nullable=True),
    sa.Column('idle_lock_minutes', sa.Integer(), nullable=False),
    sa.Column('audit_secret', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('staff',
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('family_name', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('given_names', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('profession', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('roles', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('rpps', sqlmodel.sql.sqltypes.AutoString(length=11), nullable=True),
    sa.Column('adeli', sqlmodel.sql.sqltypes.AutoString(length=9), nullable=True),
    sa.Column('gln', sqlmodel.sql.sqltypes.AutoString(length=13), nullable=True),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('password_hash', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('locked', sa.Boolean(), nullable=False),
    sa.Column('last_failed_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('must_change_password', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staff_username'), ['username'], unique=True)

    op.create_table('patient',
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('family_name', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('given_names', sqlmodel.sql.sqltypes.AutoString(length=150), nullable=False),
    sa.Column('birth_name', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=False),
    sa.Column('sex', sqlmodel.sql.sqltypes.AutoString(length=1), nullable=False),
    sa.Column('address_line', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('postal_code', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('city', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
    sa.Column('country', sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=True),
    sa.Column('preferred_language', sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
    sa.Column('ins_matricule', sqlmodel.sql.sqltypes.AutoString(length=15), nullable=True),
    sa.Column('ins_status', sqlmodel.sql.sqltypes.AutoString(length=5), nullable=True),
    sa.Column('avs_number', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True),
    sa.Column('insurance_card_number', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
    sa.Column('gp_staff_id', sa.Integer(), nullable=True),
    sa.Column('gp_external_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(length=10000), nullable=True),
    sa.Column('search_text', sqlmodel.sql.sqltypes.AutoString(length=600), nullable=False),
    sa.Column('sort_key', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.ForeignKeyConstraint(['gp_staff_id'], ['staff.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('patient', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_patient_avs_number'), ['avs_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_patient_birth_date'), ['birth_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_patient_ins_matricule'), ['ins_matricule'], unique=False)
        batch_op.create_index(batch_op.f('ix_patient_insurance_card_number'), ['insurance_card_number'], unique=False)
        batch_op.create_index('ix_patient_sort_search', ['sort_key', 'search_text'], unique=False)

    op.create_table('patient_problem',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('patient_id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('label', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.ForeignKeyConstraint(['patient_id'], ['patient.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('patient_problem', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_patient_problem_patient_id'), ['patient_id'], unique=False)

    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        _sqlite_extras()
    else:
        _postgres_extras()


SQLITE_EXTRAS = [
    # Word-prefix search over the accent-folded names (kept in step by triggers).
    """CREATE VIRTUAL TABLE patient_fts USING fts5(search_text, content='patient', content_rowid='id',
       tokenize="unicode61 remove_diacritics 2", prefix='1 2 3')""",
    """CREATE TRIGGER patient_fts_ai AFTER INSERT ON patient BEGIN
       INSERT INTO patient_fts(rowid, search_text) VALUES (new.id, new.search_text); END""",
    """CREATE TRIGGER patient_fts_ad AFTER DELETE ON patient BEGIN
       INSERT INTO patient_fts(patient_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END""",
    """CREATE TRIGGER patient_fts_au AFTER UPDATE OF search_text ON patient BEGIN
       INSERT INTO patient_fts(patient_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
       INSERT INTO patient_fts(rowid, search_text) VALUES (new.id, new.search_text); END""",
    # Defence in depth only: the hash chain is what detects tampering.
    """CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_event BEGIN
       SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
    """CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_event BEGIN
       SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
]

POSTGRES_EXTRAS = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX ix_patient_search_trgm ON patient USING gin (search_text gin_trgm_ops)",
    "CREATE TABLE server_secret (id integer PRIMARY KEY, secret varchar(64) NOT NULL, db_uuid varchar(36) NOT NULL)",
    """CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'the audit trail is append-only'; END $$""",
    """CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit_event
       FOR EACH ROW EXECUTE FUNCTION audit_append_only()""",
]


def _sqlite_extras() -> None:
    for statement in SQLITE_EXTRAS:
        op.execute(statement)


def _postgres_extras() -> None:
    for statement in POSTGRES_EXTRAS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS patient_fts")
    else:
        op.execute("DROP TABLE IF EXISTS server_secret")
        op.execute("DROP FUNCTION IF EXISTS audit_append_only() CASCADE")

    with op.batch_alter_table('patient_problem', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_patient_problem_patient_id'))

    op.drop_table('patient_problem')
    with op.batch_alter_table('patient', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_patient_insurance_card_number'))
        batch_op.drop_index('ix_patient_sort_search')
        batch_op.drop_index(batch_op.f('ix_patient_ins_matricule'))
        batch_op.drop_index(batch_op.f('ix_patient_birth_date'))
        batch_op.drop_index(batch_op.f('ix_patient_avs_number'))

    op.drop_table('patient')
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_staff_username'))

    op.drop_table('staff')
    op.drop_table('practice')
    op.drop_table('audit_head')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_event_user_id'))
        batch_op.drop_index(batch_op.f('ix_audit_event_patient_id'))
        batch_op.drop_index(batch_op.f('ix_audit_event_occurred_at'))
        batch_op.drop_index(batch_op.f('ix_audit_event_action'))

    op.drop_table('audit_event')

