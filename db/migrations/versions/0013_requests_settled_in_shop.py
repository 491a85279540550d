"""requests settled in the shop: a requested return withdrawn by the customer or decided in
the shop's admin while it waited here is closed, not left waiting

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30 11:00:00

- return_requests.state may also be WITHDRAWN or SETTLED_IN_SHOP.
"""

from alembic import op


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

BEFORE = "state IN ('WAITING', 'APPROVED', 'DECLINED')"
AFTER = "state IN ('WAITING', 'APPROVED', 'DECLINED', 'WITHDRAWN', 'SETTLED_IN_SHOP')"


def _state_check(check: str) -> None:
    with op.batch_alter_table('return_requests', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_return_requests_state'), type_='check')
        batch_op.create_check_constraint(op.f('ck_return_requests_state'), check)


def upgrade() -> None:
    _state_check(AFTER)


def downgrade() -> None:
    op.execute(
        "UPDATE return_requests SET state = 'DECLINED' "
        "WHERE state IN ('WITHDRAWN', 'SETTLED_IN_SHOP')"
    )
    _state_check(BEFORE)
