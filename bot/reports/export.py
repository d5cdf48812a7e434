"""Exports of the case register: one row per case, as XLSX (openpyxl) or CSV.

Columns (Dutch headers, in this order; see templates/report_labels.EXPORT_COLUMNS):
Gemeente, CBS-code, Provincie, Trede, Status, Naleving, Behandelaar, Kenmerk brief, Datum brief,
Termijn, Datum reactie, Tijdigheid, Elementen aanwezig, Elementen ontbrekend, Verwachte datum,
Plaatsen gerealiseerd, Plaatsen gepland, Wettelijke taak (brief), Realisatie (brief).

- Status is the case status on the report day (wacht op reactie, te laat, beantwoord onvolledig/volledig,
  afgesloten); Tijdigheid is tijdig / te laat for a reply, or "geen reactie" (with "termijn verstreken"
  once the termijn has passed).
- Dates are real dates in XLSX and ISO 8601 (YYYY-MM-DD) in CSV; empty cells mean unknown.
- CSV: UTF-8 with BOM (utf-8-sig) and ';' as separator, so Excel with Dutch settings opens it directly.
- Text cells that start with = + - @ get a leading apostrophe (no formula injection from mail text).
"""
from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from sqlalchemy.orm import Session

from bot.reports.files import write_atomic
from storage.stats import CaseRow, case_rows
from templates.report_labels import (
    COMPLIANCE,
    ELEMENTS,
    EXPORT_COLUMNS,
    MAIL_STATE,
    SHEET_TITLE,
    STATUS,
    TIMELINESS,
)

HEADERS = [header for _key, header in EXPORT_COLUMNS]


def timeliness(row: CaseRow) -> str:
    if row.reply_id is not None:
        if row.reply_on_time is None:
            return TIMELINESS["unknown"]
        return TIMELINESS["on_time"] if row.reply_on_time else TIMELINESS["late"]
    if row.state in ("answered_incomplete", "answered_complete"):
        return TIMELINESS["unknown"]  # answered, but the reply mail is not in the register
    return TIMELINESS["none_late"] if row.status == "late" else TIMELINESS["none"]


def mail_state_suffix(row: CaseRow) -> str:
    """What the mail changed while waiting: ' (uitstel gevraagd tot 10-07-2026)', ' (brief niet bezorgd)'."""
    if row.mail_state == "letter_undelivered":
        return MAIL_STATE["letter_undelivered"]
    if row.mail_state == "extension_requested":
        until = row.extension_requested_until
        return MAIL_STATE["extension_requested_until" if until else "extension_requested"].format(
            until=f"{until:%d-%m-%Y}" if until else "")
    return ""


def row_values(row: CaseRow) -> list[Any]:
    """The export cells of one case, in EXPORT_COLUMNS order (dates stay dates, counts stay ints)."""
    derived = {
        "status": STATUS.get(row.status, row.status) + mail_state_suffix(row),
        "compliance": COMPLIANCE.get(row.compliance, row.compliance),
        "timeliness": timeliness(row),
        "present": ", ".join(ELEMENTS[e] for e in row.present),
        "missing": ", ".join(ELEMENTS[e] for e in row.missing),
        "reply_day": row.reply_day,
    }
    return [derived[key] if key in derived else getattr(row, key) for key, _header in EXPORT_COLUMNS]


def _safe(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def export_rows(session: Session, day: date) -> list[list[Any]]:
    """One list of cells per case (all cycles), ordered by municipality."""
    return [row_values(r) for r in case_rows(session, day)]


def csv_bytes(rows: list[list[Any]]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADERS)
    for cells in rows:
        writer.writerow(["" if v is None else v.isoformat() if isinstance(v, date) else _safe(v) for v in cells])
    return buf.getvalue().encode("utf-8-sig")


def xlsx_bytes(rows: list[list[Any]]) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET_TITLE
    ws.append(HEADERS)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for cells in rows:
        ws.append([_safe(v) for v in cells])
    date_cols = {i + 1 for i, (key, _h) in enumerate(EXPORT_COLUMNS)
                 if key in ("letter_date", "termijn", "reply_day")}
    for col in date_cols:
        for (cell,) in ws.iter_rows(min_row=2, min_col=col, max_col=col):
            cell.number_format = "DD-MM-YYYY"
    for i, header in enumerate(HEADERS, start=1):
        width = max([len(header)] + [len(str(r[i - 1])) for r in rows if r[i - 1] is not None])
        ws.column_dimensions[get_column_letter(i)].width = min(max(width + 2, 8), 60)
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = ws.dimensions
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def write_csv(session: Session, day: date, path: Path) -> int:
    rows = export_rows(session, day)
    write_atomic(path, csv_bytes(rows))
    return len(rows)


def write_xlsx(session: Session, day: date, path: Path) -> int:
    rows = export_rows(session, day)
    write_atomic(path, xlsx_bytes(rows))
    return len(rows)
