"""What Alembic compares and migrates: our tables, not APScheduler's job table."""


def include_object(obj, name, type_, reflected, compare_to):  # noqa: ANN001, ANN201
    """APScheduler keeps its own job table in our database; migrations leave it alone."""
    return not (type_ == "table" and name == "apscheduler_jobs")
