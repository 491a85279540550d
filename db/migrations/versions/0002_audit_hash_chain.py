"""audit hash chain: events get a place in the chain, and the chain a head row

Events written before this revision (imports) are chained in id order here, so that
`inspector audit verify` covers them too.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 13:49:22.961404
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_chain',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('last_hash', sa.String(length=64), nullable=False),
    sa.CheckConstraint('id = 1', name=op.f('ck_audit_chain_single_row')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_chain'))
    )
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('seq', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('rma_number', sa.String(length=32), nullable=True))
        batch_op.create_index(batch_op.f('ix_audit_events_rma_number'), ['rma_number'], unique=False)
        batch_op.create_unique_constraint(batch_op.f('uq_audit_events_seq'), ['seq'])

    _chain_existing_events()


def _chain_existing_events() -> None:
    from db.chain import GENESIS, event_hash

    bind = op.get_bind()
    events = sa.table(
        "audit_events", sa.column("id", sa.Integer), sa.column("seq", sa.Integer),
        sa.column("at", sa.DateTime), sa.column("operator_id", sa.Integer),
        sa.column("station_id", sa.Integer), sa.column("action", sa.String),
        sa.column("entity_type", sa.String), sa.column("entity_id", sa.String),
        sa.column("rma_number", sa.String), sa.column("before", sa.JSON),
        sa.column("after", sa.JSON), sa.column("prev_hash", sa.String),
        sa.column("hash", sa.String),
    )
    prev, seq = GENESIS, 0
    for row in bind.execute(sa.select(events).order_by(events.c.id)).mappings().all():
        seq += 1
        digest = event_hash(
            seq=seq, at=row["at"], operator_id=row["operator_id"],
            station_id=row["station_id"], action=row["action"],
            entity_type=row["entity_type"], entity_id=row["entity_id"], rma_number=None,
            before=row["before"], after=row["after"], prev_hash=prev,
        )
        bind.execute(
            events.update().where(events.c.id == row["id"])
            .values(seq=seq, prev_hash=prev, hash=digest)
        )
        prev = digest
    chain = sa.table(
        "audit_chain", sa.column("id", sa.Integer), sa.column("seq", sa.Integer),
        sa.column("last_hash", sa.String),
    )
    bind.execute(chain.insert().values(id=1, seq=seq, last_hash=prev))


def downgrade() -> None:
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_audit_events_seq'), type_='unique')
        batch_op.drop_index(batch_op.f('ix_audit_events_rma_number'))
        batch_op.drop_column('rma_number')
        batch_op.drop_column('seq')

    op.drop_table('audit_chain')
    # ### end Alembic commands ###
