"""Hostile attachments generated on the spot: a huge attachment and PDF bombs (page tree, decompression)."""
from __future__ import annotations

import base64
import os
import zlib


def pdf_bytes(pages: int, content: bytes, *, compress: bool = True) -> bytes:
    """A valid PDF with `pages` pages that all share one content stream `content` (Helvetica as /F1)."""
    stream = zlib.compress(content, 9) if compress else content
    objs: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # pages, filled below
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        (b"<< /Length %d%s >>\nstream\n" % (len(stream), b" /Filter /FlateDecode" if compress else b""))
        + stream + b"\nendstream",
    ]
    first_page = len(objs) + 1
    kids = b" ".join(b"%d 0 R" % (first_page + i) for i in range(pages))
    objs[1] = b"<< /Type /Pages /Count %d /Kids [%s] >>" % (pages, kids)
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
    objs.extend([page] * pages)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def text_page(line: str = "Wij realiseren 40 opvangplekken voor 1 juli 2027.") -> bytes:
    return b"BT /F1 11 Tf 72 770 Td (" + line.encode("latin-1") + b") Tj ET\n"


def many_pages_pdf(pages: int = 20_000) -> bytes:
    """A page-tree bomb: tens of thousands of pages in a small file."""
    return pdf_bytes(pages, text_page())


def decompression_bomb_pdf(inflated_mb: int = 400) -> bytes:
    """One page whose content stream inflates to `inflated_mb` MB of valid text-drawing operators."""
    op = b"BT /F1 1 Tf 10 10 Td (x) Tj ET\n"
    return pdf_bytes(3, op * (inflated_mb * 1024 * 1024 // len(op)))


def mail_with_attachment(data: bytes, filename: str, content_type: str = "application/pdf", *,
                         tag: str = "bijlage") -> bytes:
    """A reply from Heemskerk with one base64 attachment."""
    b64 = base64.encodebytes(data).replace(b"\n", b"\r\n")
    body = (b"Geachte heer, mevrouw,\r\n\r\nIn de bijlage vindt u onze reactie op uw brief met kenmerk 4312345.\r\n\r\n"
            b"Met vriendelijke groet,\r\nGemeente Heemskerk\r\n")
    return (
        b"From: Gemeente Heemskerk <info@heemskerk.nl>\r\nTo: ibtspreidingswet@minjenv.nl\r\n"
        b"Subject: Reactie gemeente Heemskerk (bijlage)\r\nDate: Mon, 02 Nov 2026 10:00:00 +0100\r\n"
        b"Message-ID: <" + tag.encode() + b"-" + os.urandom(4).hex().encode() + b"@heemskerk.nl>\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"grens\"\r\n\r\n"
        b"--grens\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body +
        b"\r\n--grens\r\nContent-Type: " + content_type.encode() + b"; name=\"" + filename.encode() + b"\"\r\n"
        b"Content-Disposition: attachment; filename=\"" + filename.encode() + b"\"\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + b64 + b"\r\n--grens--\r\n"
    )


def huge_attachment_mail(size_mb: int = 50) -> bytes:
    """A 50 MB attachment: a real PDF header and page, padded with incompressible bytes."""
    head = pdf_bytes(1, text_page())
    return mail_with_attachment(head + os.urandom(size_mb * 1024 * 1024 - len(head)), "jaarverslag.pdf",
                                tag="groot")
