"""analytics indexes: a day's sales and a customer's earlier RMAs read from indexes alone

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26 19:10:00
"""

from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The wider indexes start with the same column: they serve every lookup the narrow ones did.
    op.create_index('ix_order_lines_order_id_sold', 'order_lines',
                    ['order_id', 'product_id', 'quantity'], unique=False)
    op.drop_index('ix_order_lines_order_id', table_name='order_lines')
    op.create_index('ix_rmas_customer_id_created_on', 'rmas',
                    ['customer_id', 'created_on'], unique=False)
    op.drop_index('ix_rmas_customer_id', table_name='rmas')


def downgrade() -> None:
    op.create_index('ix_rmas_customer_id', 'rmas', ['customer_id'], unique=False)
    op.drop_index('ix_rmas_customer_id_created_on', table_name='rmas')
    op.create_index('ix_order_lines_order_id', 'order_lines', ['order_id'], unique=False)
    op.drop_index('ix_order_lines_order_id_sold', table_name='order_lines')
