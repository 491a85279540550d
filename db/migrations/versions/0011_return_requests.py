"""return requests: the shop's requested returns with the policy's verdict and the decision;
the shop's product tags

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30 08:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain added column: SQLite adds it in place.
    op.add_column('products', sa.Column('shop_tags', sa.JSON(), nullable=True))
    op.create_table(
        'return_requests',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('shop_return_id', sa.String(length=64), nullable=False),
        sa.Column('name', sa.String(length=32), nullable=False),
        sa.Column('order_name', sa.String(length=64), nullable=False),
        sa.Column('customer_ref', sa.String(length=64), nullable=True),
        sa.Column('requested_at', sa.DateTime(), nullable=False),
        sa.Column('facts', sa.JSON(), nullable=False),
        sa.Column('verdict', sa.String(length=20), nullable=False),
        sa.Column('rule', sa.String(length=80), nullable=False),
        sa.Column('reason', sa.JSON(), nullable=False),
        sa.Column('decline_reason', sa.String(length=20), nullable=True),
        sa.Column('lines', sa.JSON(), nullable=False),
        sa.Column('policy_hash', sa.String(length=64), nullable=False),
        sa.Column('judged_at', sa.DateTime(), nullable=False),
        sa.Column('state', sa.String(length=20), nullable=False),
        sa.Column('decided_by_id', sa.Integer(), nullable=True),
        sa.Column('decided_at', sa.DateTime(), nullable=True),
        sa.Column('decision_reason', sa.String(length=20), nullable=True),
        sa.Column('decision_note', sa.Text(), nullable=True),
        sa.Column('overridden', sa.Boolean(), server_default='0', nullable=False),
        sa.CheckConstraint(
            "state IN ('WAITING', 'APPROVED', 'DECLINED')", name=op.f('ck_return_requests_state')
        ),
        sa.CheckConstraint(
            "verdict IN ('APPROVE', 'APPROVE_WITH_FEE', 'NOT_RETURNABLE', 'REVIEW')",
            name=op.f('ck_return_requests_verdict'),
        ),
        sa.CheckConstraint(
            "decline_reason IS NULL OR decline_reason IN ('FINAL_SALE', 'OTHER', "
            "'RETURN_PERIOD_ENDED')",
            name=op.f('ck_return_requests_decline_reason'),
        ),
        sa.ForeignKeyConstraint(
            ['decided_by_id'], ['operators.id'],
            name=op.f('fk_return_requests_decided_by_id_operators'),
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_return_requests')),
        sa.UniqueConstraint('shop_return_id', name=op.f('uq_return_requests_shop_return_id')),
    )
    op.create_index('ix_return_requests_customer_ref', 'return_requests', ['customer_ref'])
    op.create_index(
        'ix_return_requests_state_requested_at', 'return_requests', ['state', 'requested_at']
    )
    op.create_index('ix_return_requests_decided_at', 'return_requests', ['decided_at'])


def downgrade() -> None:
    op.drop_table('return_requests')
    op.drop_column('products', 'shop_tags')
