"""medications: medication lines with their version history, clinical observations

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 03:13:37.813009
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('medication_line',
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('patient_id', sa.Integer(), nullable=False),
    sa.Column('atc', sqlmodel.sql.sqltypes.AutoString(length=7), nullable=True),
    sa.Column('substances', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('product_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('catalogue_ref', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
    sa.Column('free_text', sa.Boolean(), nullable=False),
    sa.Column('strength', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=True),
    sa.Column('dose_morning', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('dose_noon', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('dose_evening', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('dose_night', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('instructions', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
    sa.Column('route', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=True),
    sa.Column('as_needed', sa.Boolean(), nullable=False),
    sa.Column('self_medication', sa.Boolean(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('indication', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('prescriber_staff_id', sa.Integer(), nullable=True),
    sa.Column('prescriber_external', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('renewal_allowed_until', sa.Date(), nullable=True),
    sa.Column('dose_adjustment_allowed', sa.Boolean(), nullable=False),
    sa.Column('daily_dose_mg', sa.Float(), nullable=True),
    sa.Column('stopped_at', sa.Date(), nullable=True),
    sa.Column('stopped_by', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('stop_reason', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
    sa.ForeignKeyConstraint(['patient_id'], ['patient.id'], ),
    sa.ForeignKeyConstraint(['prescriber_staff_id'], ['staff.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('medication_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_medication_line_atc'), ['atc'], unique=False)
        batch_op.create_index(batch_op.f('ix_medication_line_patient_id'), ['patient_id'], unique=False)
        batch_op.create_index('ix_medication_line_patient_stopped', ['patient_id', 'stopped_at'], unique=False)

    op.create_table('observation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('patient_id', sa.Integer(), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('unit', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('measured_on', sa.Date(), nullable=False),
    sa.Column('recorded_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('recorded_by', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.ForeignKeyConstraint(['patient_id'], ['patient.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('observation', schema=None) as batch_op:
        batch_op.create_index('ix_observation_patient_code_date', ['patient_id', 'code', 'measured_on'], unique=False)

    op.create_table('medication_line_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('line_id', sa.Integer(), nullable=False),
    sa.Column('patient_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('change', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('changed_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('changed_by', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('snapshot', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['line_id'], ['medication_line.id'], ),
    sa.ForeignKeyConstraint(['patient_id'], ['patient.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('medication_line_version', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_medication_line_version_line_id'), ['line_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_medication_line_version_patient_id'), ['patient_id'], unique=False)


def downgrade() -> None:
    op.drop_table('medication_line_version')
    op.drop_table('observation')
    op.drop_table('medication_line')
