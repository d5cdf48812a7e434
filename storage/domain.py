"""Domain rules the register applies: verdeelbesluit cycles, termijn, compliance. Pure functions."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Europe/Amsterdam")
TERMIJN_DAYS = 21  # "binnen drie weken na dagtekening"

# Distribution decisions (verdeelbesluiten) whose task a letter enforces, oldest first. The next one
# is taken in December 2026; add its date here (or pass --cycle on import) once it is published.
CYCLES: list[tuple[str, date]] = [("2024-12-20", date(2024, 12, 20))]


def cycle_for(letter_date: date) -> str:
    """The newest verdeelbesluit taken on or before the letter's date."""
    current = CYCLES[0][0]
    for name, start in CYCLES:
        if start <= letter_date:
            current = name
    return current


def termijn(letter_date: date) -> date:
    """The reply deadline: the letter's date + 21 calendar days (9 April 2026 -> 30 April 2026)."""
    return letter_date + timedelta(days=TERMIJN_DAYS)


def local_date(moment: datetime) -> date:
    """The calendar day in the Netherlands on which `moment` happened."""
    return moment.astimezone(TZ).date()


def on_time(received: datetime, deadline: date) -> bool:
    """A reply is on time when it arrives on or before the termijn day (Dutch local time)."""
    return local_date(received) <= deadline


def compliance(task_regulier: int | None, task_amv: int | None,
               realised_regulier: int | None, realised_amv: int | None) -> str | None:
    """The ministry's count: voldoet, voldoet_gedeeltelijk, or voldoet_niet (no place at all)."""
    if task_regulier is None and task_amv is None:
        return None
    task = (task_regulier or 0) + (task_amv or 0)
    real = (realised_regulier or 0) + (realised_amv or 0)
    return compliance_totals(task, real)


def compliance_totals(task: int, realised: int) -> str:
    if realised <= 0 and task > 0:
        return "voldoet_niet"
    if realised >= task:
        return "voldoet"
    return "voldoet_gedeeltelijk"


COMPLIANCE_LABELS = {"voldoet": "voldoet", "voldoet_gedeeltelijk": "voldoet gedeeltelijk",
                     "voldoet_niet": "voldoet niet"}
TREDE_NAMES = {
    1: "signaleren",
    2: "informatie opvragen en valideren",
    3: "actief toezicht",
    4: "vooraankondiging juridische interventie",
    5: "besluit indeplaatsstelling",
    6: "sanctie indeplaatsstelling",
}
