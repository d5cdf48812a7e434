"""The letter register: validate and import outgoing supervision letters, opening or updating cases."""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from parsers.gemeenten import Directory, load_directory
from storage.domain import cycle_for, termijn
from storage.models import AuditEvent, Case, Gemeente, Letter, Message, TredeChange


class LetterImportError(ValueError):
    """A letter row is invalid; the text names file, line and field (every wrong field of the row)."""


OS_ERRORS = {
    "ENOENT": "het bestand bestaat niet", "EACCES": "geen leesrechten", "EPERM": "geen leesrechten",
    "EISDIR": "dit is een map, geen bestand", "ENOTDIR": "een deel van het pad is geen map",
    "EIO": "leesfout op de schijf", "ENAMETOOLONG": "de bestandsnaam is te lang", "ELOOP": "te veel symbolische links",
}


def dutch_os_error(exc: OSError | UnicodeDecodeError) -> str:
    """A file error in Dutch (never Python's English text): 'het bestand bestaat niet'."""
    import errno

    if isinstance(exc, UnicodeDecodeError):
        return f"geen UTF-8-tekst (onleesbaar teken op positie {exc.start})"
    name = errno.errorcode.get(exc.errno or 0, "")
    return OS_ERRORS.get(name, f"kan het bestand niet lezen (systeemfout {name or exc.errno})")


class _RowErrors:
    """Collects every field error of one row, so the person fixing the file sees them all at once."""

    def __init__(self, where: str) -> None:
        self.where, self.errors = where, []

    def add(self, message: str) -> None:
        self.errors.append(message)

    def raise_if_any(self) -> None:
        if self.errors:
            raise LetterImportError(f"{self.where}: " + "; ".join(self.errors))


@dataclass
class LetterInput:
    municipality: str  # official CBS name
    reference: str
    date: date
    trede: int
    task_regulier: int | None = None
    task_amv: int | None = None
    realised_regulier: int | None = None
    realised_amv: int | None = None
    cycle: str | None = None


def _intish(value: Any, where: str, field: str, errors: _RowErrors | None = None) -> int | None:
    if value in (None, ""):
        return None
    try:
        n = int(str(value).strip())
    except ValueError:
        message = f"veld '{field}': '{value}' is geen geheel getal"
        if errors is None:
            raise LetterImportError(f"{where}: {message}") from None
        errors.add(message)
        return None
    if n < 0:
        if errors is None:
            raise LetterImportError(f"{where}: veld '{field}': {n} is negatief")
        errors.add(f"veld '{field}': {n} is negatief")
        return None
    return n


def validate_row(row: dict[str, Any], where: str, directory: Directory) -> LetterInput:
    """Turn one raw row (JSON object or flattened CSV row) into a LetterInput, or raise LetterImportError.

    Every wrong field of the row is named in the one error, not only the first.
    """
    errors = _RowErrors(where)
    name = str(row.get("municipality") or row.get("gemeente") or "").strip()
    municipality = find_municipality(name, "municipality", directory, errors)
    ref = str(row.get("reference") or "").strip()
    if not (len(ref) == 7 and ref.isascii() and ref.isdigit()):
        errors.add(f"veld 'reference': '{ref}' is geen referentie van 7 cijfers")
    day = None
    try:
        day = date.fromisoformat(str(row.get("date") or "").strip())
    except ValueError:
        errors.add(f"veld 'date': '{row.get('date')}' is geen datum (JJJJ-MM-DD)")
    trede = _intish(row.get("trede"), where, "trede", errors)
    if trede is None or not 1 <= trede <= 6:
        errors.add(f"veld 'trede': '{row.get('trede')}' moet 1 t/m 6 zijn")
    task = row.get("task") if isinstance(row.get("task"), dict) else {}
    real = row.get("realised") if isinstance(row.get("realised"), dict) else {}
    figures = {
        "task_regulier": _intish(task.get("regulier", row.get("task_regulier")), where, "task.regulier", errors),
        "task_amv": _intish(task.get("amv", row.get("task_amv")), where, "task.amv", errors),
        "realised_regulier": _intish(real.get("regulier", row.get("realised_regulier")), where,
                                     "realised.regulier", errors),
        "realised_amv": _intish(real.get("amv", row.get("realised_amv")), where, "realised.amv", errors),
    }
    errors.raise_if_any()
    return LetterInput(municipality=municipality, reference=ref, date=day, trede=trede,  # type: ignore[arg-type]
                       cycle=(str(row["cycle"]).strip() or None) if row.get("cycle") else None, **figures)


def find_municipality(name: str, field: str, directory: Directory, errors: _RowErrors) -> str:
    """The official name for a CBS name, alias or code (GM0396); an error is added when there is not exactly one."""
    if not name:
        errors.add(f"veld '{field}' ontbreekt")
        return ""
    found = directory.lookup(name) or [g for g in [directory.by_code(name)] if g]
    if len(found) != 1:
        what = "is dubbelzinnig" if len(found) > 1 else "is geen bekende gemeente"
        errors.add(f"veld '{field}': '{name}' {what}")
        return ""
    return found[0].name


def read_letters_file(path: Path, directory: Directory | None = None) -> list[LetterInput]:
    """Read a JSON list (shape of shared/corpus/expected_letters.json) or a CSV; all rows or an error."""
    directory = directory or load_directory()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise LetterImportError(f"{path}: kan het bestand niet lezen: {dutch_os_error(exc)}") from None
    rows: list[tuple[str, dict[str, Any]]] = []
    if path.suffix.lower() == ".json" or text.lstrip().startswith(("[", "{")):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise LetterImportError(f"{path}:{exc.lineno}: geen geldige JSON: {exc.msg}") from None
        if isinstance(data, dict):
            data = data.get("letters", [data])
        if not isinstance(data, list):
            raise LetterImportError(f"{path}: verwacht een lijst met brieven")
        # line numbers: find each object's start line for readable errors
        starts = [i + 1 for i, line in enumerate(text.splitlines()) if line.strip().startswith("{")]
        for n, obj in enumerate(data):
            line = starts[n] if n < len(starts) and len(starts) == len(data) else None
            where = f"{path}:{line} (brief {n + 1})" if line else f"{path} (brief {n + 1})"
            if not isinstance(obj, dict):
                raise LetterImportError(f"{where}: verwacht een object")
            rows.append((where, obj))
    else:
        reader = csv.DictReader(io.StringIO(text), delimiter=";" if text.split("\n", 1)[0].count(";") else ",")
        for row in reader:
            rows.append((f"{path}:{reader.line_num}", {k.strip(): v for k, v in row.items() if k}))
    out = [validate_row(obj, where, directory) for where, obj in rows]
    seen: dict[str, str] = {}
    for (where, _), letter in zip(rows, out, strict=True):
        if letter.reference in seen:
            raise LetterImportError(f"{where}: veld 'reference': {letter.reference} staat ook op {seen[letter.reference]}")
        seen[letter.reference] = where
    return out


@dataclass
class ImportSummary:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    cases_opened: int = 0


def import_letters(session: Session, letters: list[LetterInput], *, actor: str = "import", source: str = "import"
                   ) -> ImportSummary:
    """Insert or update letters and open/update the case of each (one transaction: all or nothing)."""
    summary = ImportSummary()
    for li in letters:
        g = session.scalar(select(Gemeente).where(Gemeente.name == li.municipality))
        if g is None:
            raise LetterImportError(f"gemeente '{li.municipality}' staat niet in de database")
        cycle = li.cycle or cycle_for(li.date)
        case = session.scalar(select(Case).where(Case.gemeente_id == g.id, Case.cycle == cycle))
        if case is None:
            case = Case(gemeente_id=g.id, cycle=cycle, trede=li.trede, state="awaiting_reply")
            session.add(case)
            session.flush()
            session.add(TredeChange(case_id=case.id, trede_from=None, trede_to=li.trede, actor=actor,
                                    reason=f"brief {li.reference}"))
            summary.cases_opened += 1
        letter = session.scalar(select(Letter).where(Letter.reference == li.reference))
        values = dict(gemeente_id=g.id, case_id=case.id, date=li.date, deadline=termijn(li.date), trede=li.trede,
                      task_regulier=li.task_regulier, task_amv=li.task_amv, realised_regulier=li.realised_regulier,
                      realised_amv=li.realised_amv, cycle=cycle)
        if letter is None:
            letter = Letter(reference=li.reference, source=source, **values)
            session.add(letter)
            summary.added += 1
            newest = True
        else:
            changed = any(getattr(letter, k) != v for k, v in values.items())
            if not changed:
                summary.unchanged += 1
                continue
            for k, v in values.items():
                setattr(letter, k, v)
            summary.updated += 1
            newest = True
        session.flush()
        latest = max(case.letters, key=lambda x: x.date) if case.letters else letter
        if newest and latest.reference == li.reference:
            if case.trede != li.trede:
                session.add(TredeChange(case_id=case.id, trede_from=case.trede, trede_to=li.trede, actor=actor,
                                        reason=f"brief {li.reference}"))
                case.trede = li.trede
            from storage.domain import compliance

            case.compliance = compliance(li.task_regulier, li.task_amv, li.realised_regulier, li.realised_amv)
            if li.realised_regulier is not None or li.realised_amv is not None:
                case.realised_total = (li.realised_regulier or 0) + (li.realised_amv or 0)
            recompute_case_state(session, case)
        session.add(AuditEvent(actor=actor, action="letter_import", case_id=case.id,
                               detail={"reference": li.reference, "source": source}))
    return summary


def recompute_case_state(session: Session, case: Case) -> None:
    """A case is answered when a trustworthy ibt_reply arrived on or after its latest letter's date."""
    if case.state == "closed":
        return
    latest = max(case.letters, key=lambda x: x.date, default=None)
    q = (select(Message.received_at, Message.missing)
         .where(Message.case_id == case.id, Message.kind == "ibt_reply", Message.state == "parsed",
                Message.suspect.is_(False)).order_by(Message.received_at.desc()).limit(1))
    for received_at, missing in session.execute(q):  # the newest only: an older one cannot be on or after the
        if latest is None or received_at.date() >= latest.date:  # letter if it is not
            case.state = "answered_incomplete" if missing else "answered_complete"
            return
    case.state = "awaiting_reply"
