"""replayed scans: a station's offline scans, each written once whatever replays it

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 08:00:00

A station that cannot reach the database keeps its scans in a local journal and replays them
when the database is back. Each entry's id is stored with its receipt, in the same
transaction, so a replay cut between the commit and the journal's mark finds it done.
"""

from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'replayed_scans',
        sa.Column('entry_id', sa.String(length=32), nullable=False),
        sa.Column('outcome', sa.String(length=20), nullable=False),
        sa.Column('parcel_id', sa.Integer(), nullable=True),
        sa.Column('rma_id', sa.Integer(), nullable=True),
        sa.Column('station_id', sa.Integer(), nullable=True),
        sa.Column('scanned_at', sa.DateTime(), nullable=False),
        sa.Column('replayed_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ['parcel_id'], ['parcels.id'], name=op.f('fk_replayed_scans_parcel_id_parcels')
        ),
        sa.ForeignKeyConstraint(['rma_id'], ['rmas.id'], name=op.f('fk_replayed_scans_rma_id_rmas')),
        sa.ForeignKeyConstraint(
            ['station_id'], ['stations.id'], name=op.f('fk_replayed_scans_station_id_stations')
        ),
        sa.PrimaryKeyConstraint('entry_id', name=op.f('pk_replayed_scans')),
    )


def downgrade() -> None:
    op.drop_table('replayed_scans')
