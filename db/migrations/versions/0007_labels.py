"""labels: an unknown parcel keeps its label's whole text (parcels.label), never cut

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 10:00:00

Before, an unknown parcel's label went into parcels.tracking_number cut to 40 characters, so
two labels that shared their first 40 characters shared one quarantine record. Labels of
quarantined parcels kept whole (shorter than 40 characters) are copied to the new column;
longer ones were cut, and what is left of them stays where it is.
"""

from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('parcels', schema=None) as batch_op:
        batch_op.add_column(sa.Column('label', sa.String(length=512), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_parcels_label'), ['label'])
    op.execute(
        "UPDATE parcels SET label = tracking_number "
        "WHERE status IN ('UNKNOWN', 'RESOLVED', 'REJECTED') "
        "AND tracking_number IS NOT NULL AND length(tracking_number) < 40"
    )


def downgrade() -> None:
    with op.batch_alter_table('parcels', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_parcels_label'), type_='unique')
        batch_op.drop_column('label')
