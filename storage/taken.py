"""The verdeelbesluit figures of every municipality: wettelijke taak per cycle and realised places per date.

`spreidingsbot taak import FILE` reads a CSV (`;` or `,` separated, UTF-8 with or without BOM):

    cbs_code | name, cycle, regulier, amv [, realised_regulier, realised_amv, realised_on]

One row per municipality and cycle; more rows for the same municipality and cycle add realised figures for
other dates (their task must be the same). The same all-or-nothing rules as `letters import`: every error of
every row names file, line and field, and nothing is stored unless the whole file is valid.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from parsers.gemeenten import Directory, load_directory
from storage.domain import compliance_totals
from storage.letters import LetterImportError, _intish, _RowErrors, dutch_os_error, find_municipality
from storage.models import AuditEvent, Gemeente, Realisatie, Taak

TaakImportError = LetterImportError  # one error type and one message style for both imports


@dataclass
class TaakInput:
    municipality: str  # official CBS name
    cycle: str
    regulier: int
    amv: int
    realised_on: date | None = None
    realised_regulier: int | None = None
    realised_amv: int | None = None


@dataclass
class TaakSummary:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    realisations: int = 0


def validate_taak_row(row: dict[str, Any], where: str, directory: Directory) -> TaakInput:
    errors = _RowErrors(where)
    code = str(row.get("cbs_code") or "").strip()
    name = str(row.get("name") or row.get("gemeente") or row.get("municipality") or "").strip()
    municipality = find_municipality(code or name, "cbs_code" if code else "name", directory, errors)
    cycle = str(row.get("cycle") or "").strip()
    try:
        date.fromisoformat(cycle)
    except ValueError:
        errors.add(f"veld 'cycle': '{cycle}' is geen datum van een verdeelbesluit (JJJJ-MM-DD)")
    regulier = _intish(row.get("regulier"), where, "regulier", errors)
    amv = _intish(row.get("amv"), where, "amv", errors)
    for field, value in (("regulier", row.get("regulier")), ("amv", row.get("amv"))):
        if value in (None, ""):
            errors.add(f"veld '{field}' ontbreekt")
    real_reg = _intish(row.get("realised_regulier"), where, "realised_regulier", errors)
    real_amv = _intish(row.get("realised_amv"), where, "realised_amv", errors)
    text_on = str(row.get("realised_on") or "").strip()
    realised_on = None
    if text_on:
        try:
            realised_on = date.fromisoformat(text_on)
        except ValueError:
            errors.add(f"veld 'realised_on': '{text_on}' is geen datum (JJJJ-MM-DD)")
    has_figures = real_reg is not None or real_amv is not None
    if has_figures and not text_on:
        errors.add("veld 'realised_on' ontbreekt: bij gerealiseerde aantallen hoort een peildatum")
    if text_on and not has_figures:
        errors.add("veld 'realised_regulier'/'realised_amv' ontbreekt: een peildatum zonder aantallen")
    errors.raise_if_any()
    return TaakInput(municipality, cycle, regulier or 0, amv or 0, realised_on, real_reg, real_amv)


def read_taak_file(path: Path, directory: Directory | None = None) -> list[TaakInput]:
    """All rows of a CSV, or a TaakImportError naming every wrong field (file:line: ...)."""
    directory = directory or load_directory()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise TaakImportError(f"{path}: kan het bestand niet lezen: {dutch_os_error(exc)}") from None
    first = text.split("\n", 1)[0]
    reader = csv.DictReader(io.StringIO(text), delimiter=";" if first.count(";") else ",")
    header = [h.strip() for h in reader.fieldnames or []]
    if not ({"cbs_code", "name", "gemeente", "municipality"} & set(header)) or not {"cycle", "regulier",
                                                                                      "amv"} <= set(header):
        raise TaakImportError(f"{path}:1: kopregel moet cbs_code of name, cycle, regulier en amv hebben "
                              f"(gevonden: {', '.join(header) or 'niets'})")
    problems: list[str] = []
    out: list[TaakInput] = []
    seen: dict[tuple[str, str], tuple[str, TaakInput]] = {}
    dates: dict[tuple[str, str, date], str] = {}
    for row in reader:
        where = f"{path}:{reader.line_num}"
        try:
            t = validate_taak_row({k.strip(): v for k, v in row.items() if k}, where, directory)
        except TaakImportError as exc:
            problems.append(str(exc))
            continue
        key = (t.municipality, t.cycle)
        if key in seen and (seen[key][1].regulier, seen[key][1].amv) != (t.regulier, t.amv):
            problems.append(f"{where}: {t.municipality} {t.cycle}: andere taak dan op {seen[key][0]}")
            continue
        seen.setdefault(key, (where, t))
        if t.realised_on is not None:
            dkey = (t.municipality, t.cycle, t.realised_on)
            if dkey in dates:
                problems.append(f"{where}: veld 'realised_on': {t.realised_on} staat ook op {dates[dkey]}")
                continue
            dates[dkey] = where
        out.append(t)
    if problems:
        raise TaakImportError("\n".join(problems))
    if not out:
        raise TaakImportError(f"{path}: geen regels met gegevens")
    return out


def import_taken(session: Session, rows: list[TaakInput], *, actor: str = "import", source: str = "import"
                 ) -> TaakSummary:
    """Insert or update the tasks and realisations (the caller's transaction: all or nothing)."""
    summary = TaakSummary()
    ids = {name: gid for gid, name in session.execute(select(Gemeente.id, Gemeente.name))}
    done: set[tuple[int, str]] = set()
    for t in rows:
        gid = ids.get(t.municipality)
        if gid is None:
            raise TaakImportError(f"gemeente '{t.municipality}' staat niet in de database")
        if (gid, t.cycle) not in done:
            done.add((gid, t.cycle))
            taak = session.scalar(select(Taak).where(Taak.gemeente_id == gid, Taak.cycle == t.cycle))
            if taak is None:
                session.add(Taak(gemeente_id=gid, cycle=t.cycle, regulier=t.regulier, amv=t.amv, source=source))
                summary.added += 1
            elif (taak.regulier, taak.amv) != (t.regulier, t.amv):
                taak.regulier, taak.amv, taak.source = t.regulier, t.amv, source
                summary.updated += 1
            else:
                summary.unchanged += 1
        if t.realised_on is not None:
            real = session.scalar(select(Realisatie).where(Realisatie.gemeente_id == gid, Realisatie.cycle == t.cycle,
                                                           Realisatie.peildatum == t.realised_on))
            values = (t.realised_regulier or 0, t.realised_amv or 0)
            if real is None:
                session.add(Realisatie(gemeente_id=gid, cycle=t.cycle, peildatum=t.realised_on,
                                       regulier=values[0], amv=values[1]))
                summary.realisations += 1
            elif (real.regulier, real.amv) != values:
                real.regulier, real.amv = values
                summary.realisations += 1
    session.add(AuditEvent(actor=actor, action="taak_import",
                           detail={"source": source, "added": summary.added, "updated": summary.updated,
                                   "realisations": summary.realisations}))
    session.flush()
    return summary


@dataclass
class TaakFigures:
    cycle: str
    task_total: int
    realised_total: int | None
    realised_on: date | None

    @property
    def compliance(self) -> str:
        if self.realised_total is None:
            return "voldoet" if self.task_total == 0 else "onbekend"
        return compliance_totals(self.task_total, self.realised_total)


def taak_figures(session: Session, day: date) -> dict[int, TaakFigures]:
    """Per municipality id: the task of its newest cycle and the latest realisation on or before `day`."""
    out: dict[int, TaakFigures] = {}
    for t in session.scalars(select(Taak).order_by(Taak.cycle)):
        out[t.gemeente_id] = TaakFigures(t.cycle, t.regulier + t.amv, None, None)  # the newest cycle wins
    for r in session.scalars(select(Realisatie).where(Realisatie.peildatum <= day).order_by(Realisatie.peildatum)):
        f = out.get(r.gemeente_id)
        if f is not None and f.cycle == r.cycle:
            f.realised_total, f.realised_on = r.regulier + r.amv, r.peildatum
    return out
