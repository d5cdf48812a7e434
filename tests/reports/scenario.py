"""A small register with late, open, incomplete and complete cases, and hostile mail text."""
from __future__ import annotations

from datetime import UTC, date, datetime

from storage.db import Database
from tests.reports.factory import make_case, make_reply, staff

DAY = date(2026, 11, 30)
HOSTILE_SUBJECT = "<script>alert(1)</script>"
HOSTILE_EVIDENCE = '<img src=x onerror="alert(2)"> wij zoeken een locatie'


def build(db: Database) -> None:
    with db.session() as s:
        anna = staff(s, "Anna de Vries")
        make_case(s, "Heemskerk", letter_date=date(2026, 10, 1), trede=3, owner=anna, reference="7100123")
        make_case(s, "Heemskerk", letter_date=date(2025, 6, 2), trede=2, cycle="2023-12-20", reference="7000001",
                  state="closed")
        make_case(s, "Zeist", letter_date=date(2026, 10, 20), trede=2, expected_date="=1+1")
        make_case(s, "Utrecht", letter_date=date(2026, 11, 20), trede=1)
        ede = make_case(s, "Ede", letter_date=date(2026, 10, 1), trede=4, state="answered_incomplete",
                        realised_total=25, planned_total=60, expected_date="2027-Q2", realised=(25, 0))
        make_reply(s, ede, received_at=datetime(2026, 10, 21, 14, tzinfo=UTC), subject=HOSTILE_SUBJECT,
                   missing=["steps", "timeline"], evidence={"facts": HOSTILE_EVIDENCE})
        almere = make_case(s, "Almere", letter_date=date(2026, 10, 1), trede=2, state="answered_complete",
                           realised=(150, 10))
        make_reply(s, almere, received_at=datetime(2026, 10, 30, 9, tzinfo=UTC), subject="Reactie Almere")
        mst = make_case(s, "Maastricht", letter_date=date(2026, 10, 1), trede=3, state="answered_incomplete")
        make_reply(s, mst, received_at=datetime(2026, 10, 10, 9, tzinfo=UTC), subject="Vragen & antwoorden",
                   missing=["timeline"], evidence={"facts": "Er is geen geschikte locatie.", "steps": "We praten."})
