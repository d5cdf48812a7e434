"""Every text a person reads, as Jinja2 templates; `render()` is the one way to produce it.

Templates ending in `.html.j2` are autoescaped (Telegram HTML, reports); `.txt.j2` and `.eml.j2` are not.
"""
from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

TZ = ZoneInfo("Europe/Amsterdam")
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def datum(value: date | datetime | str | None, with_weekday: bool = False) -> str:
    """Dutch long date: '30 april 2026' (optionally 'donderdag 30 april 2026')."""
    if value is None:
        return "onbekend"
    if isinstance(value, str):
        return value
    if isinstance(value, datetime):
        value = value.astimezone(TZ).date() if value.tzinfo else value.date()
    text = f"{value.day} {MONTHS[value.month - 1]} {value.year}"
    return f"{WEEKDAYS[value.weekday()]} {text}" if with_weekday else text


def datumtijd(value: datetime | None) -> str:
    if value is None:
        return "onbekend"
    local = value.astimezone(TZ) if value.tzinfo else value
    return f"{datum(local.date())} {local:%H:%M}"


QUARTERS = {"Q1": "eerste", "Q2": "tweede", "Q3": "derde", "Q4": "vierde"}


def periode(value: str | None) -> str:
    """Dutch reading of an expected_date ('2027-Q2' -> 'tweede kwartaal 2027', '2027-07' -> 'juli 2027')."""
    if not value:
        return "onbekend"
    parts = value.split("-")
    if len(parts) == 3:
        return datum(date.fromisoformat(value))
    if len(parts) == 2 and parts[1].upper() in QUARTERS:
        return f"{QUARTERS[parts[1].upper()]} kwartaal {parts[0]}"
    if len(parts) == 2 and parts[1] in {"H1", "H2"}:
        return f"{'eerste' if parts[1] == 'H1' else 'tweede'} helft {parts[0]}"
    if len(parts) == 2 and parts[1].isdigit():
        return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return value


def dagen(n: int | None) -> str:
    """'1 dag', '2 dagen' (the absolute value: callers say 'te laat' or 'nog' themselves)."""
    if n is None:
        return "onbekend aantal dagen"
    n = abs(int(n))
    return f"{n} dag" if n == 1 else f"{n} dagen"


def element(name: str) -> str:
    """The one Dutch name of a required element, used by every output (chat, due, reports, exports)."""
    from templates.report_labels import ELEMENTS

    return ELEMENTS.get(name, name)


def elements(names: list[str] | tuple[str, ...] | None) -> str:
    return ", ".join(element(n) for n in names or [])


def soort(kind: str) -> str:
    """The Dutch name of a message kind."""
    from templates.report_labels import KIND_LONG

    return KIND_LONG.get(kind, kind)


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("templates", "."),
        autoescape=select_autoescape(enabled_extensions=("html.j2", "html"), default_for_string=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters.update(datum=datum, datumtijd=datumtijd, periode=periode, dagen=dagen, element=element,
                       elements=elements, soort=soort)
    return env


def render(template: str, /, **context: Any) -> str:
    """Render the template `template` (relative to templates/) with `context`."""
    return environment().get_template(template).render(**context).strip()


def say(key: str, **context: Any) -> str:
    """A one-line command-line text from templates/cli/say.txt.j2."""
    return render("cli/say.txt.j2", key=key, **context)


@lru_cache(maxsize=1)
def columns() -> dict[str, str]:
    """Column headers of the command-line tables (templates/cli/columns.txt.j2)."""
    text = environment().get_template("cli/columns.txt.j2").render()
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line)
