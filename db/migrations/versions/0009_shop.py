"""shop: the shop's ids on RMAs, lines and parcels; the outbox's delivery state; leases

Events written before this revision take their RMA from their payload; those already
delivered are SENT, the others wait (PENDING).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 04:30:00
"""

import json

from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain added columns and indexes: SQLite adds them in place (no table is rebuilt under
    # the foreign keys that point at rmas, orders or products).
    op.add_column('products', sa.Column('shop_product_type', sa.String(length=255), nullable=True))
    op.add_column('orders', sa.Column('shop_order_id', sa.String(length=64), nullable=True))
    op.add_column('rmas', sa.Column('shop_return_id', sa.String(length=64), nullable=True))
    op.create_index('ix_rmas_shop_return_id', 'rmas', ['shop_return_id'], unique=True)
    op.add_column('rma_trackings', sa.Column('shop_delivery_id', sa.String(length=64), nullable=True))
    op.add_column('rma_lines', sa.Column('reason_name', sa.String(length=120), nullable=True))
    op.create_table(
        'shop_lines',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('rma_line_id', sa.Integer(), nullable=False),
        sa.Column('return_line_item_id', sa.String(length=64), nullable=False),
        sa.Column('rfo_line_item_id', sa.String(length=64), nullable=True),
        sa.Column('quantity', sa.Integer(), nullable=False),
        sa.Column('reason_handle', sa.String(length=80), nullable=True),
        sa.Column('inventory_item_id', sa.String(length=64), nullable=True),
        sa.CheckConstraint('quantity > 0', name=op.f('ck_shop_lines_quantity')),
        sa.ForeignKeyConstraint(['rma_line_id'], ['rma_lines.id'],
                                name=op.f('fk_shop_lines_rma_line_id_rma_lines')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_shop_lines')),
        sa.UniqueConstraint('return_line_item_id', name=op.f('uq_shop_lines_return_line_item_id')),
    )
    op.create_index('ix_shop_lines_rma_line_id', 'shop_lines', ['rma_line_id'], unique=False)
    op.create_table(
        'shop_leases',
        sa.Column('name', sa.String(length=40), nullable=False),
        sa.Column('holder', sa.String(length=120), nullable=True),
        sa.Column('expires_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('name', name=op.f('pk_shop_leases')),
    )
    # Nothing points at the outbox: SQLite may rebuild it for the check constraint.
    with op.batch_alter_table('outbox_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('rma_number', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('state', sa.String(length=20), server_default='PENDING',
                                      nullable=False))
        batch_op.add_column(sa.Column('attempts', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('next_attempt_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('claimed_by', sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column('claimed_until', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('last_error', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('shop_ref', sa.String(length=64), nullable=True))
        batch_op.create_check_constraint(
            'state', "state IN ('PENDING', 'SENT', 'ATTENTION', 'SKIPPED')"
        )
        batch_op.create_index('ix_outbox_events_state_next_attempt_at',
                              ['state', 'next_attempt_at'], unique=False)
        batch_op.create_index('ix_outbox_events_rma_number_id', ['rma_number', 'id'],
                              unique=False)
    bind = op.get_bind()
    events = sa.table('outbox_events', sa.column('id', sa.Integer),
                      sa.column('payload', sa.JSON), sa.column('rma_number', sa.String))
    for event_id, payload in bind.execute(sa.select(events.c.id, events.c.payload)).all():
        if isinstance(payload, str):
            payload = json.loads(payload)
        number = (payload or {}).get('rma_number')
        if number:
            bind.execute(events.update().where(events.c.id == event_id)
                         .values(rma_number=str(number)[:32]))
    op.execute("UPDATE outbox_events SET state = 'SENT' WHERE delivered_at IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table('outbox_events', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_events_rma_number_id')
        batch_op.drop_index('ix_outbox_events_state_next_attempt_at')
        batch_op.drop_constraint('state', type_='check')
        for name in ('shop_ref', 'last_error', 'claimed_until', 'claimed_by', 'next_attempt_at',
                     'attempts', 'state', 'rma_number'):
            batch_op.drop_column(name)
    op.drop_table('shop_leases')
    op.drop_index('ix_shop_lines_rma_line_id', table_name='shop_lines')
    op.drop_table('shop_lines')
    op.drop_column('rma_lines', 'reason_name')
    op.drop_column('rma_trackings', 'shop_delivery_id')
    op.drop_index('ix_rmas_shop_return_id', table_name='rmas')
    op.drop_column('rmas', 'shop_return_id')
    op.drop_column('orders', 'shop_order_id')
    op.drop_column('products', 'shop_product_type')
