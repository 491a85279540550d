"""stations: many stations on one database

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30 09:00:00

- rma_trackings.carrier holds a carrier's whole name (the tracking-numbers package names USPS
  "United States Postal Service", 28 characters, which PostgreSQL refused in 20).
- products.upc holds any product barcode a shop may send, up to 64 characters.
- units.answered_by: who gave each answer (question -> operator id); units.held_since: since
  when the draft's grader holds it (a second station sees whose draft it is, and takes it over
  in words).
- print_jobs.send_started_at: when the first byte of a claimed job went to the printer; a job
  claimed by a station that was killed before sending goes back to the queue.
"""

from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('rma_trackings', schema=None) as batch_op:
        batch_op.alter_column(
            'carrier', existing_type=sa.String(length=20), type_=sa.String(length=64)
        )
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.alter_column('upc', existing_type=sa.String(length=14), type_=sa.String(length=64))
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('answered_by', sa.JSON(), nullable=False, server_default='{}')
        )
        batch_op.add_column(sa.Column('held_since', sa.DateTime(), nullable=True))
    with op.batch_alter_table('print_jobs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('send_started_at', sa.DateTime(), nullable=True))
    op.execute("UPDATE units SET held_since = started_at WHERE status = 'DRAFT'")


def downgrade() -> None:
    with op.batch_alter_table('print_jobs', schema=None) as batch_op:
        batch_op.drop_column('send_started_at')
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.drop_column('held_since')
        batch_op.drop_column('answered_by')
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.alter_column('upc', existing_type=sa.String(length=64), type_=sa.String(length=14))
    with op.batch_alter_table('rma_trackings', schema=None) as batch_op:
        batch_op.alter_column(
            'carrier', existing_type=sa.String(length=64), type_=sa.String(length=20)
        )
