"""Attachment text: PDF (pypdfium2), DOCX (python-docx), scanned PDF/images via the tesseract CLI.

Limits on size, pages and time keep a hostile or broken file from stalling the
service; whatever is not (fully) read is recorded in `Attachment.skipped`.
"""
from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import subprocess
import time
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Protocol

from parsers.model import Attachment


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 20 * 1024 * 1024  # larger attachments are not opened
    max_pages: int = 30  # PDF pages read for text
    max_ocr_pages: int = 5  # pages rendered and OCR'd
    max_seconds: float = 20.0  # wall-clock budget per attachment
    ocr_seconds: float = 30.0  # per OCR'd page (subprocess timeout)
    max_chars: int = 200_000  # text kept per attachment
    max_docx_uncompressed: int = 50 * 1024 * 1024  # zip bomb guard
    max_pdf_stream: int = 48 * 1024 * 1024  # PDF bomb guard: the largest one compressed stream may inflate to
    ocr_dpi: int = 200


DEFAULT_LIMITS = Limits()
PDF_TYPES = {"application/pdf", "application/x-pdf"}
DOCX_TYPES = {"application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
IMAGE_TYPES = {"image/png", "image/jpeg", "image/tiff", "image/gif", "image/bmp"}
MIN_TEXT_PER_PAGE = 20  # fewer characters: treat the page as a scan


def tesseract_path() -> str | None:
    return shutil.which(os.environ.get("SPREIDINGSBOT_TESSERACT", "tesseract"))


def kind_of(filename: str, content_type: str, data: bytes) -> str:
    """'pdf', 'docx', 'image', 'text' or '' from magic bytes, type and name."""
    name = filename.lower()
    if data[:5] == b"%PDF-" or content_type in PDF_TYPES or name.endswith(".pdf"):
        return "pdf"
    if content_type in DOCX_TYPES or name.endswith(".docx"):
        return "docx"
    if content_type in IMAGE_TYPES or name.endswith((".png", ".jpg", ".jpeg", ".tif", ".tiff")):
        return "image"
    if content_type.startswith("text/") and content_type != "text/calendar" or name.endswith(".txt"):
        return "text"
    return ""


class OcrCache(Protocol):
    """OCR text of earlier runs keyed by the attachment's SHA-256 (kept by storage/, handed in by the caller)."""

    def get(self, sha256: str) -> dict | None: ...

    def put(self, sha256: str, entry: dict) -> None: ...


def read_attachment(filename: str, content_type: str, data: bytes, limits: Limits = DEFAULT_LIMITS,
                    ocr: bool = True, ocr_cache: OcrCache | None = None) -> Attachment:
    """Extract the text of one attachment. Never raises. OCR text comes from `ocr_cache` when it has it."""
    att = Attachment(filename=filename, content_type=content_type, size=len(data),
                     sha256=hashlib.sha256(data).hexdigest())
    kind = kind_of(filename, content_type, data)
    if not kind:
        return att
    if len(data) > limits.max_bytes:
        att.skipped = f"te groot ({len(data)} bytes > {limits.max_bytes})"
        return att
    key = (att.sha256, filename, content_type, kind, limits, ocr)
    known = _READ.get(key)
    if known is not None:
        return replace(known)
    _read(att, kind, data, limits, ocr, ocr_cache)
    if att.text_source in ("pdf", "docx", "text") and not att.skipped and not att.needs_ocr:
        global _read_chars
        if _read_chars + len(att.text) > _READ_MAX_CHARS:
            _READ.clear()
            _read_chars = 0
        _READ[key] = replace(att)
        _read_chars += len(att.text)
    return att


# Attachments read in full without OCR, by content and how they were read: the same file comes again in a
# thread's replies and forwards. OCR results are not kept here (they have their own cache, and "OCR again"
# must run it again).
_READ: dict[tuple[Any, ...], Attachment] = {}
_READ_MAX_CHARS = 2_000_000  # the texts kept, together (a few MB)
_read_chars = 0


def read_cache_clear() -> None:
    global _read_chars
    _READ.clear()
    _read_chars = 0


def _read(att: Attachment, kind: str, data: bytes, limits: Limits, ocr: bool, ocr_cache: OcrCache | None) -> None:
    try:
        if kind == "pdf":
            _pdf(att, data, limits, ocr, ocr_cache)
        elif kind == "docx":
            _docx(att, data, limits)
        elif kind == "image":
            _image(att, data, limits, ocr, ocr_cache)
        else:
            from parsers.mime import decode_bytes

            att.text = decode_bytes(data, "utf-8")[: limits.max_chars]
            att.text_source = "text"
    except Exception as exc:  # noqa: BLE001 - third-party parsers on hostile input
        att.skipped = f"onleesbaar {kind}-bestand: {type(exc).__name__}: {str(exc)[:120]}"
    if len(att.text) > limits.max_chars:
        att.text = att.text[: limits.max_chars]
        att.skipped = att.skipped or f"tekst afgekapt na {limits.max_chars} tekens"


def largest_inflated_stream(data: bytes, cap: int) -> int:
    """Size of the largest zlib-compressed stream in a PDF, inflating at most `cap` + 1 bytes of each.

    A decompression bomb (a few hundred KB that inflate to gigabytes of drawing operators) is found here
    in bounded time and memory, before pypdfium2 would spend minutes and gigabytes on it.
    """
    view = memoryview(data)
    largest = 0
    for m in re.finditer(rb"stream\r?\n", data):
        d = zlib.decompressobj()
        try:
            size = len(d.decompress(view[m.end():], cap + 1))
            while d.unconsumed_tail and size <= cap:
                size += len(d.decompress(d.unconsumed_tail, cap + 1 - size))
        except zlib.error:
            continue  # not zlib data (a JPEG image, an uncompressed stream)
        largest = max(largest, size)
        if largest > cap:
            break
    return largest


def _pdf(att: Attachment, data: bytes, limits: Limits, ocr: bool, ocr_cache: OcrCache | None = None) -> None:
    import pypdfium2 as pdfium

    start = time.monotonic()
    inflated = largest_inflated_stream(data, limits.max_pdf_stream)
    if inflated > limits.max_pdf_stream:
        att.skipped = (f"niet geopend: een datastroom in de PDF pakt uit tot meer dan "
                       f"{limits.max_pdf_stream // 2**20} MB (mogelijk een PDF-bom)")
        return
    pdf = pdfium.PdfDocument(data)
    try:
        n = len(pdf)
        pages = min(n, limits.max_pages)
        texts: list[str] = []
        scanned: list[int] = []
        for i in range(pages):
            if time.monotonic() - start > limits.max_seconds:
                att.skipped = f"tijdslimiet na {i} van {n} pagina's"
                break
            page = pdf[i]
            tp = page.get_textpage()
            text = tp.get_text_range() or ""
            text = _column_gaps(tp, _table_rows(tp, text))
            tp.close()
            page.close()
            if len(text.strip()) < MIN_TEXT_PER_PAGE:
                scanned.append(i)
            texts.append(text)
        if n > pages and not att.skipped:
            att.skipped = f"paginalimiet: {pages} van {n} pagina's gelezen"
        att.text = "\n".join(texts).replace("\r\n", "\n").replace("\r", "\n")
        att.text_source = "pdf"
        if scanned and len(att.text.strip()) < MIN_TEXT_PER_PAGE * len(texts):
            ocr_text = _cached_ocr(att, ocr, ocr_cache, lambda: _ocr_pdf_pages(pdf, scanned, att, limits, start))
            if ocr_text is None:
                return
            if ocr_text.strip():
                att.text = (att.text.strip() + "\n" + ocr_text).strip()
                att.text_source = "ocr"
    finally:
        pdf.close()


_ROW_CANDIDATE = re.compile(r"^[^\r\n]{6,200}(?=\r?\n|\Z)", re.M)
_DIGITS = re.compile(r"\d+")


def _column_gaps(tp: Any, text: str) -> str:
    """Table rows of a PDF with their column gaps: pdfium gives one space where a row's cells stand apart
    ("1 Kazerneterrein, blok A in gebruik 80 10"); a gap wider than three characters becomes three spaces, as a
    plain-text table aligned with spaces reads. Only short lines with two figures or more are measured."""
    if len(text) != tp.count_chars():
        return text
    out: list[str] = []
    last = 0
    for row in _ROW_CANDIDATE.finditer(text):
        line = row.group(0).rstrip()
        if len(_DIGITS.findall(line)) < 2 or line.endswith((".", ":", "?")) or "|" in line:  # "|": cells typed
            continue
        start = row.start()
        boxes = [tp.get_charbox(start + k) for k in range(len(line))]
        widths = sorted(b[2] - b[0] for ch, b in zip(line, boxes, strict=True) if not ch.isspace())
        if not widths:
            continue
        wide = max(3 * widths[len(widths) // 2], 6.0)
        chars = list(line)
        prev_right = None
        for k, ch in enumerate(line):
            if ch.isspace():
                continue
            if prev_right is not None and k and line[k - 1] == " " and boxes[k][0] - prev_right > wide:
                chars[k - 1] = "   "
            prev_right = boxes[k][2]
        new = "".join(chars)
        if new != line:
            out.append(text[last:start])
            out.append(new)
            last = start + len(line)
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


_HEADER_CELL = re.compile(r"(?i)plaatsen|plekken|aantal|capaciteit|regulier|reg\.|amv|totaal|tot\.|status|"
                          r"locatie|gereed|oplevering|fase|gemeente|kern|stand")


@dataclass
class _Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float


@dataclass
class _Line:
    start: int  # offsets of the line in the page text
    end: int
    words: list[_Word]

    @property
    def top(self) -> float:
        return max(w.top for w in self.words)

    @property
    def size(self) -> float:
        """The height of its tallest word: a heading's letters stand taller than a table's."""
        return max(w.top - w.bottom for w in self.words)


def _page_lines(tp: Any, text: str) -> list[_Line]:
    """The page's lines with their words' boxes (x from the left, the top of the highest letter)."""
    lines: list[_Line] = []
    pos = 0
    for raw in text.split("\n"):
        end = pos + len(raw)
        words: list[_Word] = []
        for m in re.finditer(r"\S+", raw):
            boxes = [tp.get_charbox(pos + k) for k in range(m.start(), m.end())]
            words.append(_Word(m.group(0), min(b[0] for b in boxes), max(b[2] for b in boxes),
                               max(b[3] for b in boxes), min(b[1] for b in boxes)))
        if words:
            lines.append(_Line(pos, end, words))
        pos = end + 1
    return lines


def _char_width(line: _Line) -> float:
    """The median width of a letter on the line."""
    widths = sorted((w.x1 - w.x0) / max(len(w.text), 1) for w in line.words)
    return widths[len(widths) // 2]


def _header_columns(line: _Line) -> list[float] | None:
    """The left edges of the columns a table header line names ("Locatie  Kern  Status  Plaatsen  Gereed"), found
    by the gaps between its cells; None for a line that is not such a header."""
    if any(ch.isdigit() for w in line.words for ch in w.text) or len(line.words) > 14:
        return None
    gap = max(1.5 * _char_width(line), 4.0)
    cells: list[list[_Word]] = [[line.words[0]]]
    for prev, word in zip(line.words, line.words[1:], strict=False):
        if word.x0 - prev.x1 > gap:
            cells.append([word])
        else:
            cells[-1].append(word)
    names = [" ".join(w.text for w in c) for c in cells]
    if len(cells) < 3 or any(len(n) > 30 for n in names) or sum(bool(_HEADER_CELL.search(n)) for n in names) < 2:
        return None
    return [c[0].x0 for c in cells]


def _runs_across(line: _Line, column: Callable[[_Word], int]) -> bool:
    """A line of prose under a table: two words a plain space apart stand in different columns."""
    space = 1.2 * _char_width(line)
    return any(b.x0 - a.x1 < space and column(a) != column(b)
               for a, b in zip(line.words, line.words[1:], strict=False))


def _table_rows(tp: Any, text: str) -> str:
    """A table whose cells wrap onto more lines comes out of pdfium a line per cell line, out of row order
    ("Tiendweg (voormalig" / "zorgcentrum)" / "Lekkerkerk in gebruik 36"); under a header line that names its
    columns, each row is put back together from the words' positions: one line per row, its cells joined by " | "
    ("Tiendweg (voormalig zorgcentrum) | Lekkerkerk | in gebruik | 36"). A line in two or more columns starts a row,
    a line in one column continues the row above; the table ends at a line left of its first column or after a
    wide vertical gap."""
    if len(text) != tp.count_chars() or "\n" not in text:
        return text
    lines = _page_lines(tp, text)
    out: list[str] = []
    last = 0
    i = 0
    while i < len(lines):
        starts = _header_columns(lines[i])
        if starts is None:
            i += 1
            continue
        tol = 2.0
        height = max(lines[i].top - lines[i + 1].top, 6.0) if i + 1 < len(lines) else 12.0

        def column(word: _Word, starts: list[float] = starts, tol: float = tol) -> int:
            centre = (word.x0 + word.x1) / 2
            return max(0, max(k for k, x in enumerate(starts) if x - tol <= max(centre, starts[0])))

        region: list[_Line] = []
        j = i + 1
        lowest = lines[i].top
        while j < len(lines):
            line = lines[j]
            if line.words[0].x0 < starts[0] - tol or lowest - line.top > 2.5 * height or line.top > lines[i].top \
                    or _runs_across(line, column) or (region and line.size > 1.25 * max(r.size for r in region)):
                break
            region.append(line)
            lowest = min(lowest, line.top)
            j += 1
        # a row starts at a height where its lines stand in two columns or more; other lines continue the row
        # above them
        anchors: list[float] = []
        for top in sorted({round(line.top, 1) for line in region}, reverse=True):
            cols = {column(w) for line in region if abs(line.top - top) <= tol for w in line.words}
            if (len(cols) >= 2 or not anchors) and not any(abs(a - top) <= tol for a in anchors):
                anchors.append(top)
        rows: list[tuple[float, dict[int, list[str]]]] = [(a, {}) for a in anchors]
        for line in region:
            above = [r for r in rows if r[0] >= line.top - tol]
            row = (above[-1] if above else rows[0])[1]
            for w in line.words:
                row.setdefault(column(w), []).append(w.text)
        if len(rows) < 2:
            i += 1
            continue
        header = [" ".join(w.text for w in lines[i].words if column(w) == k) for k in range(len(starts))]
        table = [" | ".join(header)]
        table += [" | ".join(" ".join(r.get(k, [])) or "–" for k in range(len(starts))) for _, r in rows]
        out.append(text[last:lines[i].start])
        out.append("\n".join(table))
        last = lines[j - 1].end
        i = j
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def _ocr_pdf_pages(pdf, pages: list[int], att: Attachment, limits: Limits, start: float) -> str:
    out: list[str] = []
    for count, i in enumerate(pages):
        if count >= limits.max_ocr_pages:
            att.skipped = f"OCR-paginalimiet: {limits.max_ocr_pages} van {len(pages)} gescande pagina's"
            break
        remaining = limits.max_seconds + limits.ocr_seconds - (time.monotonic() - start)
        if remaining <= 1:
            att.skipped = f"OCR-tijdslimiet na {count} pagina's"
            break
        page = pdf[i]
        try:
            image = page.render(scale=limits.ocr_dpi / 72).to_pil()
        finally:
            page.close()
        text = run_tesseract(pgm(image), min(limits.ocr_seconds, remaining), att)
        if text is None:
            break
        out.append(text)
    return "\n".join(out)


def pgm(image: Any) -> bytes:
    """A PIL image as a grey binary PGM: what tesseract reads without decoding (a PNG costs ~0.5 s to encode)."""
    grey = image.convert("L")
    return b"P5\n%d %d\n255\n" % grey.size + grey.tobytes()


def run_tesseract(image: bytes, timeout: float, att: Attachment) -> str | None:
    """OCR one image (PGM, PNG, ...: any format tesseract reads) with the tesseract CLI (Dutch, one thread),
    handed over on stdin. None when it failed (recorded on att)."""
    exe = tesseract_path()
    if not exe:
        att.needs_ocr = True
        return None
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    langs = "nld" if _has_lang("nld") else "eng"
    try:
        proc = subprocess.run([exe, "stdin", "stdout", "-l", langs, "--psm", "3"], input=image, capture_output=True,
                              timeout=timeout, env=env, check=False)
    except subprocess.TimeoutExpired:
        att.skipped = f"OCR afgebroken na {timeout:.0f} s"
        return None
    except OSError as exc:
        att.needs_ocr = True
        att.skipped = f"OCR niet beschikbaar: {exc}"
        return None
    if proc.returncode != 0:
        att.skipped = f"OCR mislukt: {proc.stderr.decode('utf-8', 'replace')[:120]}"
        return None
    return proc.stdout.decode("utf-8", "replace")


_LANGS: dict[str, bool] = {}


def _has_lang(lang: str) -> bool:
    if lang not in _LANGS:
        exe = tesseract_path()
        ok = False
        if exe:
            try:
                out = subprocess.run([exe, "--list-langs"], capture_output=True, timeout=10, check=False)
                ok = lang in out.stdout.decode("utf-8", "replace").split()
            except (OSError, subprocess.TimeoutExpired):
                ok = False
        _LANGS[lang] = ok
    return _LANGS[lang]


def _cached_ocr(att: Attachment, ocr: bool, cache: OcrCache | None, run: Callable[[], str | None]) -> str | None:
    """OCR text from the cache, or from `run` (then cached when OCR ran to the end). None: not read, needs OCR."""
    hit = cache.get(att.sha256) if (ocr and cache is not None) else None
    if hit is not None:
        att.skipped = att.skipped or hit.get("skipped")
        return hit.get("text") or ""
    if not ocr or not tesseract_path():
        att.needs_ocr = True
        return None
    text = run() or ""
    if cache is not None and not att.needs_ocr and not (att.skipped or "").startswith(_OCR_FAILED):
        cache.put(att.sha256, {"text": text, "skipped": att.skipped})
    return text


_OCR_FAILED = ("OCR afgebroken", "OCR mislukt", "OCR niet beschikbaar", "OCR-tijdslimiet")


def _image(att: Attachment, data: bytes, limits: Limits, ocr: bool, ocr_cache: OcrCache | None = None) -> None:
    text = _cached_ocr(att, ocr, ocr_cache, lambda: _ocr_image(att, data, limits))
    if text:
        att.text = text
        att.text_source = "ocr"


def _ocr_image(att: Attachment, data: bytes, limits: Limits) -> str | None:
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = 60_000_000  # decompression-bomb guard
    image = Image.open(io.BytesIO(data))
    return run_tesseract(pgm(image), limits.ocr_seconds, att)


_FIGURE_CELL = re.compile(r"\d{1,4}(?:\s*(?:plaatsen|plekken))?")


def _docx(att: Attachment, data: bytes, limits: Limits) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        total = sum(i.file_size for i in zf.infolist())
    if total > limits.max_docx_uncompressed:
        att.skipped = f"DOCX pakt uit tot {total} bytes (limiet {limits.max_docx_uncompressed})"
        return
    import docx

    doc = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    body = doc.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(_para_text(child))
        elif tag == "tbl":
            for row in child.iter():
                if not row.tag.endswith("}tr"):
                    continue
                cells = []
                for cell in row.iterchildren():
                    if cell.tag.endswith("}tc"):
                        paras = [_para_text(p) for p in cell.iter() if p.tag.endswith("}p")]
                        cells.append("\n".join(x for x in paras if x.strip()))
                filled = [c for c in cells if c.strip()]
                # a row of short cells (a figures table) stays one line: "Totaal | 250 | 95 | 155"; so does a
                # row with a figure cell whose other cells wrap a little ("vergunning verleend; bouw start mei")
                short = all(len(c) < 40 and "\n" not in c for c in filled) or (
                    any(_FIGURE_CELL.fullmatch(c.strip()) for c in filled) and all(len(c) <= 120 for c in filled))
                if short:
                    filled = [" ".join(c.split()) for c in filled]
                lines.append((" | " if short else "\n").join(filled))
                if not short:
                    lines.append("")
    for section in doc.sections:
        try:
            for p in section.header.paragraphs:
                if p.text.strip():
                    lines.insert(0, p.text)
        except Exception:  # noqa: BLE001
            pass
    att.text = "\n".join(lines)
    att.text_source = "docx"


def _para_text(p) -> str:  # noqa: ANN001 - an lxml element of a w:p
    """Text of a DOCX paragraph with line breaks and tabs kept."""
    out: list[str] = []
    for el in p.iter():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "t":
            out.append(el.text or "")
        elif tag in ("br", "cr"):
            out.append("\n")
        elif tag == "tab":
            out.append("\t")
    return "".join(out)
