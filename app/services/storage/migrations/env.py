"""Alembic environment: always runs on the application's own (keyed) connection."""

from alembic import context
from sqlmodel import SQLModel

from app.models.registry import load_all

load_all()
target_metadata = SQLModel.metadata
connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("migrations run only through app.services.storage.migrate (the keyed connection)")

context.configure(connection=connection, target_metadata=target_metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
