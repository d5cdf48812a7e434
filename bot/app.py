"""The objects every command and service component shares: settings, database, raw archive."""
from __future__ import annotations

from dataclasses import dataclass

from bot.config import Settings
from storage import trust
from storage.archive import RawArchive
from storage.db import Database


@dataclass
class App:
    settings: Settings
    db: Database
    archive: RawArchive

    @classmethod
    def open(cls, settings: Settings | None = None, *, migrate: bool = True) -> App:
        """Open the configured database (migrating on first use) and the raw archive."""
        settings = settings or Settings.load()
        db = Database(settings.database_url)
        trust.configure(settings.trusted_authserv_id)
        if migrate:
            db.ensure_schema()
        return cls(settings, db, RawArchive(settings.data_dir))

    def close(self) -> None:
        self.db.dispose()
