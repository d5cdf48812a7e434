"""Attachments: PDF (pypdfium2), DOCX (python-docx), scanned PDF through tesseract OCR, limits."""
from __future__ import annotations

import io
import shutil

import pytest

from parsers.attachments import Limits, read_attachment

pytestmark = pytest.mark.timeout(120)

TEXT = "Gemeente Dordrecht\nUw kenmerk: 7469052\nWij verwachten de plekken per 1 juni 2027 in gebruik te nemen."


def _pdf(text: str, pages: int = 1) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure

    buf = io.BytesIO()
    with PdfPages(buf) as pdf:
        for _ in range(pages):
            fig = Figure(figsize=(8.27, 11.69))
            fig.text(0.1, 0.9, text, va="top", fontsize=10)
            pdf.savefig(fig)
    return buf.getvalue()


def _scan(text: str) -> bytes:
    """An image-only PDF: text drawn on a bitmap, saved by Pillow (no text layer)."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", (1654, 1000), 255)
    draw = ImageDraw.Draw(img)
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 36)
    except OSError:
        font = ImageFont.load_default(size=36)
    for i, line in enumerate(text.splitlines()):
        draw.text((80, 80 + i * 60), line, fill=0, font=font)
    buf = io.BytesIO()
    img.save(buf, format="PDF", resolution=200)
    return buf.getvalue()


def test_pdf_text() -> None:
    att = read_attachment("reactie.pdf", "application/pdf", _pdf(TEXT))
    assert att.text_source == "pdf"
    assert "7469052" in att.text and "1 juni 2027" in att.text
    assert not att.skipped and len(att.sha256) == 64


def test_docx_text_with_table() -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Uw kenmerk: 7469065")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Gerealiseerd", "In voorbereiding"
    t.cell(1, 0).text, t.cell(1, 1).text = "95", "155"
    buf = io.BytesIO()
    d.save(buf)
    att = read_attachment("reactie.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                          buf.getvalue())
    assert att.text_source == "docx"
    assert "7469065" in att.text
    assert "Gerealiseerd | In voorbereiding" in att.text and "95 | 155" in att.text


def test_scanned_pdf_is_read_by_ocr() -> None:
    assert shutil.which("tesseract"), "tesseract must be installed (Debian tesseract-ocr + tesseract-ocr-nld)"
    att = read_attachment("scan.pdf", "application/pdf", _scan("Uw kenmerk: 7468417\nbegin 2027 in gebruik"))
    assert att.text_source == "ocr"
    assert "7468417" in att.text
    assert "2027" in att.text


def test_scanned_pdf_without_ocr_is_flagged() -> None:
    att = read_attachment("scan.pdf", "application/pdf", _scan("Uw kenmerk: 7468417"), ocr=False)
    assert att.needs_ocr and not att.text.strip()


def test_too_large_is_skipped_and_recorded() -> None:
    att = read_attachment("groot.pdf", "application/pdf", _pdf(TEXT), Limits(max_bytes=100))
    assert att.skipped.startswith("te groot") and att.text == ""


def test_page_bomb_is_cut_at_the_page_limit() -> None:
    att = read_attachment("veel.pdf", "application/pdf", _pdf(TEXT, pages=12), Limits(max_pages=3))
    assert "paginalimiet: 3 van 12" in att.skipped
    assert att.text.count("7469052") == 3


def test_broken_pdf_is_recorded_not_raised() -> None:
    att = read_attachment("kapot.pdf", "application/pdf", b"%PDF-1.4 this is not a pdf")
    assert att.skipped.startswith("onleesbaar pdf")


def test_docx_zip_bomb_guard() -> None:
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"0" * 2_000_000)
    att = read_attachment("bom.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                          buf.getvalue(), Limits(max_docx_uncompressed=1_000_000))
    assert "pakt uit tot" in att.skipped


def test_unknown_binary_is_kept_without_text() -> None:
    att = read_attachment("foto.heic", "application/octet-stream", b"\x00\x01binary")
    assert att.text == "" and att.size == 8 and not att.skipped


def test_missing_tesseract_sets_needs_ocr_on_the_message(monkeypatch) -> None:
    from email.message import EmailMessage

    from parsers.pipeline import parse_message

    monkeypatch.setenv("SPREIDINGSBOT_TESSERACT", "/nonexistent/tesseract")
    m = EmailMessage()
    m["From"] = "post@noardeast-fryslan.nl"
    m["Subject"] = "Reactie"
    m.set_content("Bijgaand onze reactie.")
    m.add_attachment(_scan("Uw kenmerk: 7468417"), maintype="application", subtype="pdf", filename="scan.pdf")
    pm = parse_message(bytes(m))
    assert pm.needs_ocr and pm.attachments[0].needs_ocr
    assert pm.quarantine_reason is None


def test_pdf_decompression_bomb_is_refused_quickly() -> None:
    import time
    import zlib

    from parsers.attachments import Limits, largest_inflated_stream, read_attachment

    inner = b"BT /F1 12 Tf 72 720 Td (x) Tj ET\n" * (3 * 2**20)  # ~100 MB of drawing operators
    stream = zlib.compress(inner, 9)
    pdf = (b"%PDF-1.4\n1 0 obj << /Length " + str(len(stream)).encode() + b" /Filter /FlateDecode >>\nstream\n"
           + stream + b"\nendstream\nendobj\n%%EOF\n")
    assert largest_inflated_stream(pdf, 2**20) > 2**20
    start = time.monotonic()
    att = read_attachment("bom.pdf", "application/pdf", pdf, Limits(max_pdf_stream=8 * 2**20))
    assert time.monotonic() - start < 5
    assert "PDF-bom" in att.skipped and att.text == ""
    small = zlib.compress(b"BT (gewone tekst) Tj ET")
    assert largest_inflated_stream(b"stream\n" + small + b"\nendstream", 2**20) == len(b"BT (gewone tekst) Tj ET")


def test_pdf_table_row_keeps_its_column_gaps() -> None:
    """A table drawn cell by cell (as Word exports it) comes out of pdfium with single spaces; the row gets its
    column gaps back, so it reads as a table row and not as one run of words (without a header line that names
    the columns; with one, the rows are rebuilt: below). Prose and the ministry's quoted figures on a single line
    stay as they are."""
    from tests.register.pdfletter import Page, build_pdf

    page = Page().text(56, 760, "Het overzicht per fase, stand 1 maart 2027 en 12 april 2027 vergeleken.")
    for y, cells in ((715, ("1", "Kazerneterrein, blok A", "in gebruik sinds 1-10-2026", "80", "10")),
                     (700, ("2", "Kazerneterrein, blok B", "in aanbouw", "72", "0"))):
        for x, cell in zip((56, 90, 230, 400, 470), cells, strict=True):
            page.text(x, y, cell)
    att = read_attachment("reactie.pdf", "application/pdf", build_pdf([page]))
    lines = att.text.splitlines()
    assert "1   Kazerneterrein, blok A   in gebruik sinds 1-10-2026   80   10" in lines
    assert "2   Kazerneterrein, blok B   in aanbouw   72   0" in lines
    assert "Het overzicht per fase, stand 1 maart 2027 en 12 april 2027 vergeleken." in lines


def test_pdf_table_with_wrapped_cells_is_put_back_together() -> None:
    """Word draws a table cell by cell: a cell that wraps comes out of pdfium as lines of its own, out of row order
    ("Kazerne West (voormalig" / "legeringsgebouw)" / "Ede in gebruik 48"). Under a header that names its columns,
    each row becomes one line with its cells joined by " | "; the prose and the heading after the table do not."""
    from tests.register.pdfletter import Page, build_pdf

    cols = (60, 200, 280, 440, 490)
    page = Page().text(60, 760, "De tabel hieronder geeft de stand van zaken per locatie.")
    for x, cell in zip(cols, ("Locatie", "Kern", "Status", "Plaatsen", "Gereed"), strict=True):
        page.text(x, 730, cell)
    rows = ((712, ("Kazerne West (voormalig", "Ede", "in gebruik sinds mei 2027", "48", "–")),
            (700, ("legeringsgebouw)", "", "", "", "")),
            (682, ("Units Noordrand", "Bennekom", "bouw gestart; bezwaar tegen", "60", "Q2 2029")),
            (670, ("", "", "vergunning loopt", "", "")),
            (652, ("Totaal", "", "", "108", "")))
    for y, cells in rows:
        for x, cell in zip(cols, cells, strict=True):
            if cell:
                page.text(x, y, cell)
    page.text(60, 620, "Feiten en omstandigheden", size=14)
    page.text(60, 600, "Het bezwaar tegen de vergunning voor de units in Bennekom wordt in juni behandeld.")
    att = read_attachment("reactie.pdf", "application/pdf", build_pdf([page]))
    lines = att.text.splitlines()
    assert "Locatie | Kern | Status | Plaatsen | Gereed" in lines
    assert "Kazerne West (voormalig legeringsgebouw) | Ede | in gebruik sinds mei 2027 | 48 | –" in lines
    assert "Units Noordrand | Bennekom | bouw gestart; bezwaar tegen vergunning loopt | 60 | Q2 2029" in lines
    assert "Totaal | – | – | 108 | –" in lines
    assert "Feiten en omstandigheden" in lines
    assert "Het bezwaar tegen de vergunning voor de units in Bennekom wordt in juni behandeld." in lines


def test_pdf_prose_under_a_header_like_line_is_not_a_table() -> None:
    """A line that names columns followed by prose: the prose's words stand a plain space apart, so no row is
    made of it."""
    from tests.register.pdfletter import Page, build_pdf

    page = Page()
    for x, cell in zip((60, 200, 300), ("Locatie", "Plaatsen", "Status"), strict=True):
        page.text(x, 730, cell)
    page.text(60, 715, "Op dit moment zijn 40 plaatsen in gebruik in het voormalige gemeentehuis van Aalten.")
    att = read_attachment("reactie.pdf", "application/pdf", build_pdf([page]))
    assert "Op dit moment zijn 40 plaatsen in gebruik in het voormalige gemeentehuis van Aalten." in att.text
    assert " | " not in att.text


def test_docx_figure_row_with_a_longer_status_cell_stays_one_row() -> None:
    import docx

    d = docx.Document()
    t = d.add_table(rows=2, cols=4)
    for k, cell in enumerate(("Gemeente", "Locatie", "Status", "Plaatsen")):
        t.cell(0, k).text = cell
    for k, cell in enumerate(("Lisse", "Tijdelijke units Grachtweg", "vergunning verleend; bouw start mei 2028",
                              "52")):
        t.cell(1, k).text = cell
    buf = io.BytesIO()
    d.save(buf)
    att = read_attachment("reactie.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                          buf.getvalue())
    assert "Lisse | Tijdelijke units Grachtweg | vergunning verleend; bouw start mei 2028 | 52" in att.text
