"""Alembic's environment: runs on the connection db.migrate hands it."""

from alembic import context

from db.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through 'inspector db upgrade', which opens the database")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # Batch mode recreates tables on SQLite, which cannot ALTER most things in place.
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
