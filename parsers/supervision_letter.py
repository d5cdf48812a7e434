"""Read the ministry's own supervision letter (text or PDF): reference, date, figures, trede, municipality."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from parsers.gemeenten import Directory, load_directory

MONTHS = {m: i + 1 for i, m in enumerate(
    ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
     "november", "december"])}
_REF = re.compile(r"Onze\s+referentie\s*:?[ \t]*\n?(?:[^\n]*?\s)?(\d{7})\b", re.I)
_DATE = re.compile(r"\bDatum\s*:?[ \t]*\n?(?:[^\n]*?\s)?(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+(\d{4})", re.I)
_TREDE = re.compile(r"\btrede\s+(\d)\b", re.I)
_ROW = re.compile(r"^\s*(Regulier|AMV)\b[^\d\n]*(\d[\d.]*)\s+(\d[\d.]*)", re.I | re.M)
# a name runs to the end of the line, a comma, or a wide gap (a side column printed on the same line)
_NAME = r"([A-ZÀ-Ýa-zà-ÿ'’\-.()]+(?: [A-ZÀ-Ýa-zà-ÿ'’\-.()]+)*)"
_GEMEENTE = r"(?:(?:de\s+)?gemeente\s+)?"
# the addressee in its common forms, most explicit first
_ADDRESSEES = [re.compile(p, re.I | re.M) for p in (
    r"college\s+van\s+(?:burgemeester\s+en\s+wethouders|b\s*(?:&|en)\s*w)\s+(?:van\s+|der\s+)?" + _GEMEENTE + _NAME,
    r"\bgemeenteraad\s+van\s+" + _GEMEENTE + _NAME,
    r"^\s*(?:aan\s+)?(?:de\s+)?burgemeester\s+van\s+" + _GEMEENTE + _NAME,
    r"^\s*(?:aan\s+)?(?:het\s+college\s+van\s+)?(?:de\s+)?gemeente\s+" + _NAME,
)]
# the postal address block: "1960 AA  HEEMSKERK" (postcode and place on one line)
_POSTCODE = re.compile(r"^[ \t]*(?:Postbus[ \t]+\d+[ \t]*,?[ \t]*)?\d{4}[ \t]?[A-Z]{2}[ \t]+" + _NAME + r"[ \t]*$", re.M)
# lines of the ministry's own address (sender block, side column): never the addressee
_OWN_ADDRESS = re.compile(r"ministerie|retouradres|bezoekadres|postadres|turfmarkt|postbus\s+20301|"
                          r"directoraat|\bDG\b|www\.|rijksoverheid", re.I)
_FOOTNOTE_MARK = re.compile(r"[\d¹²³⁴⁵⁶⁷⁸⁹⁰*]+$")


class LetterParseError(ValueError):
    """The text is not a recognisable supervision letter; the message says which part is missing."""


@dataclass
class SupervisionLetter:
    reference: str
    date: date
    trede: int
    municipality: str | None
    task_regulier: int | None = None
    task_amv: int | None = None
    realised_regulier: int | None = None
    realised_amv: int | None = None
    warnings: list[str] = field(default_factory=list)


def _int(text: str) -> int:
    return int(text.replace(".", ""))


def pdf_text(data: bytes, max_pages: int = 30) -> str:
    """Text of a PDF letter (pypdfium2)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    try:
        pages = []
        for i in range(min(len(doc), max_pages)):
            page = doc[i]
            tp = page.get_textpage()
            pages.append(tp.get_text_range())
            tp.close()
            page.close()
        return "\n".join(pages)
    finally:
        doc.close()


def _lookup(candidate: str, directory: Directory) -> str | None:
    """The one municipality a candidate name means (leading words first: 'Heemskerk Datum' -> Heemskerk)."""
    candidate = _FOOTNOTE_MARK.sub("", candidate.strip(" .,;:")).strip(" .")
    words = candidate.split()
    for n in range(len(words), 0, -1):
        found = directory.lookup(" ".join(words[:n]))
        if len(found) == 1:
            return found[0].name
        if found:
            return None  # ambiguous ("Bergen"): let the postcode or --municipality decide
    return None


def find_addressee(text: str, directory: Directory) -> str | None:
    """The addressed municipality: "Aan het college van B&W van de gemeente X", "... burgemeester en
    wethouders van X", "Aan de gemeenteraad van X", "De burgemeester van X", "gemeente X", else the place
    of the postal address block ("1960 AA  HEEMSKERK"), skipping the ministry's own address."""
    head = re.split(r"\n\s*Geachte?\b", text, maxsplit=1)[0]  # the addressee stands above the salutation
    for pattern in _ADDRESSEES:
        for part in (head, text):
            for m in pattern.finditer(part):
                name = _lookup(re.split(r"\s{2,}|\t", m.group(1))[0], directory)
                if name:
                    return name
    for m in _POSTCODE.finditer(head):
        before = head[:m.start()].rstrip("\n").split("\n")
        context = "\n".join(before[-2:]) + m.group(0)  # the address block: this line and the two above
        if _OWN_ADDRESS.search(context):
            continue
        name = _lookup(re.split(r"\s{2,}|\t", m.group(1).title())[0], directory)
        if name:
            return name
    return None


def parse_supervision_letter(data: bytes | str, directory: Directory | None = None) -> SupervisionLetter:
    """Parse a supervision letter; raises LetterParseError naming what could not be found."""
    if isinstance(data, bytes):
        text = pdf_text(data) if data[:5] == b"%PDF-" else data.decode("utf-8", errors="replace")
    else:
        text = data
    text = text.replace("\r\n", "\n").replace("\u00a0", " ")
    directory = directory or load_directory()
    ref = _REF.search(text)
    if not ref:
        raise LetterParseError("geen 'Onze referentie' met 7 cijfers gevonden")
    dm = _DATE.search(text)
    if not dm:
        raise LetterParseError("geen 'Datum' (zoals 'Datum 9 april 2026') gevonden")
    day = date(int(dm.group(3)), MONTHS[dm.group(2).lower()], int(dm.group(1)))
    tm = _TREDE.search(text)
    if not tm or not 1 <= int(tm.group(1)) <= 6:
        raise LetterParseError("geen trede (1 t/m 6) gevonden")
    letter = SupervisionLetter(reference=ref.group(1), date=day, trede=int(tm.group(1)), municipality=None)
    for row in _ROW.finditer(text):
        task, realised = _int(row.group(2)), _int(row.group(3))
        if row.group(1).lower() == "regulier":
            letter.task_regulier, letter.realised_regulier = task, realised
        else:
            letter.task_amv, letter.realised_amv = task, realised
    if letter.task_regulier is None:
        letter.warnings.append("tabel met Wettelijke taak en Realisatie niet gevonden")
    letter.municipality = find_addressee(text, directory)
    if letter.municipality is None:
        letter.warnings.append("gemeente niet gevonden in de aanhef")
    return letter
