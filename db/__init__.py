"""The database layer: models, engines and sessions, migrations. Knows nothing of Qt."""
