"""What Alembic compares and migrates: our tables, not APScheduler's job table nor PostgreSQL-only extras."""


def include_object(obj, name, type_, reflected, compare_to):  # noqa: ANN001, ANN201
    """APScheduler keeps its own job table in our database; the pg_trgm indexes exist only on PostgreSQL, the
    `_sqlite` ones (expression indexes, migration 0009) only on SQLite."""
    if type_ == "table" and name == "apscheduler_jobs":
        return False
    return not (type_ == "index" and name and name.endswith(("_trgm", "_sqlite")))
