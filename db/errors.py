"""Database conditions a person can act on, each with a message that says what to do."""


class DatabaseProblem(Exception):
    """A known, explained database condition (not a bug)."""


class DatabaseUnavailable(DatabaseProblem):
    """The database cannot be opened or reached."""


class DatabaseBusy(DatabaseProblem):
    """Another program holds a lock for longer than the busy timeout."""


class SchemaTooNew(DatabaseProblem):
    """The database was migrated by a newer version of the app."""
