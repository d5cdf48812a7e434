"""The query object: what a command or a plain-Dutch question asks, in one shape.

Reading (bot/chat/reading.py) makes it, asking (bot/chat/asking.py) answers it through storage.queries,
rendering (bot/chat/rendering.py) turns the answer into text. `filters` is the JSON contract of
`spreidingsbot ask --json` (only the slots that were understood are present):

  gemeente        official CBS name (status and per-municipality facts)
  province        province as in parsers/data/gemeenten.csv ("Noord-Brabant", "Friesland"); a sorted list when
                  the question names several ("in Gelderland en Overijssel": cases in any of them)
  not_province    a province (or a sorted list) whose cases are left out ("niet in Limburg", "behalve Zeeland")
  not_gemeente    an official name (or a sorted list) left out of a list ("behalve Breda")
  not_trede       a trede left out ("maar niet in trede 1")
  trede           1..6
  owner           the behandelaar's name; no_owner: true for cases without one
  state           list of: no_reply, unanswered, answered, late, on_time, incomplete, complete, suspended, extended
  not_state       list of states left out ("excl. uitstelverzoeken": extended)
  letter_undelivered  true: the latest letter came back undelivered ("brief onbestelbaar retour")
  missing         list of: facts, steps, timeline (every one must be missing)
  reason          a reason code of the corpus SCHEMA (no_location, objection_procedure, ...)
  compliance      voldoet | voldoet_gedeeltelijk | voldoet_niet
  expected_before / expected_after   ISO dates: the expected date ends before / starts after this day
  termijn_from / termijn_to          ISO dates, inclusive: the running termijn falls in this window
  fact            places | expected | owner | missing | wrote | termijn | reply | reasons | trede | compliance
  date            ISO date (fact "wrote": what the municipality wrote on that day)
  search          the search text
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from bot.chat.names import NameMatch
from parsers.gemeenten import load_directory
from storage.queries import CaseFilter

INTENTS = ("list", "count", "status", "fact", "search", "help", "overview", "clarify", "unknown")


@dataclass
class Option:
    """One choice of a clarifying question: a button label and the query it runs."""

    label: str
    query: Query


@dataclass
class Query:
    intent: str
    filters: dict[str, Any] = field(default_factory=dict)
    name: NameMatch | None = None  # how the municipality was read (status, fact)
    options: list[Option] = field(default_factory=list)  # clarify / unknown: the choices offered
    clarify: str | None = None  # why it asks: gemeente_or_province | gemeente | suggest | unknown
    text: str = ""  # the question as typed
    owner_id: int | None = None  # resolved owner (filters carry the name)
    which: str | None = None  # a list command (zaken, term, ontb, mijn): its own title
    explicit: bool = True  # False for a bare municipality name (no question word): ignored in the team chat

    def case_filter(self, codes: tuple[str, ...] = ()) -> CaseFilter:
        """The storage filter for a list or count."""
        f = self.filters

        def day(key: str) -> date | None:
            return date.fromisoformat(f[key]) if f.get(key) else None

        def many(key: str) -> tuple[str, ...]:
            value = f.get(key)
            return (value,) if isinstance(value, str) else tuple(value or ())

        directory = load_directory()
        left_out = tuple(g.cbs_code for g in (directory.by_name(n) for n in many("not_gemeente")) if g is not None)
        return CaseFilter(
            codes=codes, provinces=many("province"), not_provinces=many("not_province"), not_codes=left_out,
            not_trede=f.get("not_trede"), trede=f.get("trede"),
            owner_id=self.owner_id, no_owner=bool(f.get("no_owner")), states=tuple(f.get("state", ())),
            not_states=tuple(f.get("not_state", ())), letter_undelivered=bool(f.get("letter_undelivered")),
            missing=tuple(f.get("missing", ())),
            reason=f.get("reason"), expected_before=day("expected_before"), expected_after=day("expected_after"),
            compliance=f.get("compliance"), termijn_from=day("termijn_from"), termijn_to=day("termijn_to"),
            order="termijn" if self.which == "term" else "name")

    @property
    def subject(self) -> str | None:
        """The municipality the conversation is about after this query (for follow-ups)."""
        return self.filters.get("gemeente")
