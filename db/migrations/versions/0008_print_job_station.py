"""print job station: a tag belongs to the bench it was queued for, not to an address

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 12:00:00

Jobs queued before are given the station that decided their unit: a decision queues its tag at
the deciding bench, and a reprint is asked for at a bench too (most often the same one).
"""

from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('print_jobs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('station_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_print_jobs_station_id'), ['station_id'], unique=False)
        batch_op.create_foreign_key(
            batch_op.f('fk_print_jobs_station_id_stations'), 'stations', ['station_id'], ['id']
        )
    op.execute(
        "UPDATE print_jobs SET station_id = "
        "(SELECT units.station_id FROM units WHERE units.id = print_jobs.unit_id)"
    )


def downgrade() -> None:
    with op.batch_alter_table('print_jobs', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_print_jobs_station_id_stations'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_print_jobs_station_id'))
        batch_op.drop_column('station_id')
