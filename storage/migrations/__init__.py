"""Alembic migrations of the case register."""
