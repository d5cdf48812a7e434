"""Asking: a Query → the rows and facts that answer it, through storage.queries (the only query path).

Lists and counts go through `queries.find_cases(CaseFilter)`, the same function the list commands
(/zaken, /termijnen, /ontbreekt, /mijn) use; a municipality's status and facts through
`queries.case_status`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from bot.chat.query import Query
from storage import queries

# the filters of the list commands (the same CaseFilter a question builds)
COMMAND_LISTS: dict[str, dict] = {
    "zaken": {},
    "term": {"state": ["unanswered"]},  # plus termijn_to = today + 7 days (below)
    "ontb": {"state": ["missing"]},
    "mijn": {},  # plus the asker as owner
}


@dataclass
class Answer:
    query: Query
    rows: list[queries.FilteredRow] = field(default_factory=list)
    status: queries.CaseStatus | None = None
    messages: list[queries.MessageInfo] = field(default_factory=list)
    today: date | None = None

    @property
    def gemeenten(self) -> list[str]:
        """Official names of every case in the answer (all pages), sorted."""
        if self.query.intent in ("list", "count"):
            return sorted({r.gemeente for r in self.rows})
        if self.status is not None:
            return [self.status.gemeente]
        return []

    @property
    def count(self) -> int:
        return len(self.gemeenten)


def command_query(which: str, today: date, *, owner_id: int | None = None, owner: str = "") -> Query:
    """The Query behind a list command."""
    from datetime import timedelta

    filters = dict(COMMAND_LISTS[which])
    q = Query("list", filters, which=which)
    if which == "term":
        filters["termijn_to"] = (today + timedelta(days=queries.DUE_SOON_DAYS)).isoformat()
    if which == "mijn":
        filters["owner"] = owner
        q.owner_id = owner_id
    return q


def ask(s: Session, q: Query, today: date) -> Answer:
    """Answer `q` from the register as it is on `today`."""
    ans = Answer(q, today=today)
    if q.intent in ("list", "count"):
        ans.rows = queries.find_cases(s, q.case_filter(), today)
        return ans
    if q.intent in ("status", "fact"):
        g = queries.gemeente_by_name(s, q.filters["gemeente"])
        if g is None:
            return ans
        ans.status = queries.case_status(s, g.id, today)
        if q.filters.get("fact") == "wrote":
            day = date.fromisoformat(q.filters["date"]) if q.filters.get("date") else None
            ans.messages = queries.messages_of_gemeente(s, g.id, on=day, limit=5)
    return ans
