"""Load the packaged municipality reference data into the gemeenten table."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from parsers.gemeenten import load_directory
from storage.models import Gemeente


def seed_gemeenten(session: Session) -> int:
    """Insert or refresh all municipalities; returns how many rows were added."""
    existing = {g.cbs_code: g for g in session.scalars(select(Gemeente))}
    added = 0
    for g in load_directory().gemeenten:
        row = existing.get(g.cbs_code)
        if row is None:
            row = Gemeente(cbs_code=g.cbs_code)
            session.add(row)
            added += 1
        row.name, row.province = g.name, g.province
        row.domains, row.aliases, row.shared_services = list(g.domains), list(g.aliases), list(g.shared_services)
    return added
