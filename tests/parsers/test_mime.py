"""MIME walk: charsets, HTML, base64, nested rfc822, TNEF, broken input."""
from __future__ import annotations

import pytest

from parsers.mime import decode_bytes, fix_mojibake, html_to_text, walk

pytestmark = pytest.mark.timeout(30)


def test_latin1_label_with_cp1252_bytes_is_repaired() -> None:
    warnings: list[str] = []
    text = decode_bytes("een \u201cplan\u201d van \u20ac 5".encode("cp1252"), "iso-8859-1", warnings)
    assert text == "een \u201cplan\u201d van \u20ac 5"
    assert any("windows-1252" in w for w in warnings)


def test_utf8_bytes_labelled_latin1_are_read_as_utf8() -> None:
    assert decode_bytes("geïnformeerd".encode(), "iso-8859-1") == "geïnformeerd"


def test_unknown_charset_does_not_crash() -> None:
    warnings: list[str] = []
    assert decode_bytes(b"Gemeente Oss", "x-no-such-charset", warnings) == "Gemeente Oss"
    assert warnings and "onbekende tekenset" in warnings[0]


def test_mojibake_is_undone() -> None:
    assert fix_mojibake("geÃ¯nformeerd over Ã©Ã©n locatie") == "geïnformeerd over één locatie"
    assert fix_mojibake("gewoon Nederlands") == "gewoon Nederlands"


def test_outlook_html_keeps_cells_and_marks_the_quote() -> None:
    html = ("<html><head><style>p.MsoNormal{margin:0}</style></head><body><p class=MsoNormal>Geachte heer,</p>"
            "<table><tr><td><b>Reden</b></td><td><p>Geen locatie.</p></td></tr></table>"
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt"><p><b>Van:</b> ibt</p></div>'
            "<p>Quoted &amp; more</p></body></html>")
    text = html_to_text(html)
    assert "MsoNormal" not in text
    lines = text.splitlines()
    assert "Reden" in lines and "Geen locatie." in lines
    assert "-----Oorspronkelijk bericht-----" in lines
    assert "Quoted & more" in text


def test_blockquote_lines_get_quote_prefix() -> None:
    text = html_to_text("<p>Nieuw</p><blockquote><p>Oud bericht</p></blockquote>")
    assert "> Oud bericht" in text.splitlines()


def test_html_only_alternative_uses_html() -> None:
    raw = (b"From: a@b.nl\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: multipart/alternative; boundary=zz\r\n\r\n--zz\r\nContent-Type: text/plain\r\n\r\n\r\n"
           b"--zz\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Alleen <b>HTML</b></p>\r\n--zz--\r\n")
    assert walk(raw).body == "Alleen HTML"


def _alternative(plain: str, html: str) -> bytes:
    return ("From: a@b.nl\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=zz\r\n\r\n"
            f"--zz\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{plain}\r\n"
            f"--zz\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}\r\n--zz--\r\n").encode()


_TABLE = ("<p>Het overzicht:</p><table><tr><th>Locatie</th><th>Capaciteit</th><th>Bezetting</th></tr>"
          "<tr><td>Azc Noord</td><td>180</td><td>171</td></tr><tr><td>Woongroep Oost</td><td>12</td><td>12</td></tr>"
          "</table>")


def test_table_flattened_in_the_plain_alternative_is_read_from_the_html() -> None:
    """A plain part that ran a table of figures together ("Azc Noord 180 171") loses which column is which."""
    body = walk(_alternative("Het overzicht:\r\nLocatie Capaciteit Bezetting\r\nAzc Noord 180 171\r\n"
                             "Woongroep Oost 12 12", _TABLE)).body
    assert "Azc Noord | 180 | 171" in body


def test_plain_alternative_that_kept_the_table_is_read() -> None:
    body = walk(_alternative("Het overzicht:\r\nLocatie | Capaciteit | Bezetting\r\nAzc Noord | 180 | 171 (plain)",
                             _TABLE)).body
    assert "(plain)" in body
    body = walk(_alternative("Een kort antwoord zonder tabel.", "<p>Een kort antwoord zonder tabel.</p>"
                             "<table><tr><td>Met vriendelijke groet</td><td>Team Opvang</td></tr></table>")).body
    assert "Team Opvang" not in body  # a layout table without figures changes nothing: the plain part is read


def test_base64_body_is_decoded(parse) -> None:  # noqa: ARG001 - keeps import order with spaCy loaded
    import base64

    body = base64.b64encode(b"Wij verwachten de plekken medio 2027.").decode()
    raw = (f"From: a@zeist.nl\r\nSubject: x\r\nContent-Type: text/plain; charset=utf-8\r\n"
           f"Content-Transfer-Encoding: base64\r\n\r\n{body}\r\n").encode()
    assert "medio 2027" in walk(raw).body


def test_nested_rfc822_is_walked() -> None:
    inner = b"From: own@tiel.nl\r\nSubject: Reactie\r\n\r\nOnze eigen reactie.\r\n"
    raw = (b"From: own@tiel.nl\r\nSubject: Fwd\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=q\r\n"
           b"\r\n--q\r\nContent-Type: text/plain\r\n\r\nZie doorgestuurd.\r\n--q\r\nContent-Type: message/rfc822\r\n\r\n"
           + inner + b"\r\n--q--\r\n")
    res = walk(raw)
    assert res.forwarded and res.forwarded[0].text.strip() == "Onze eigen reactie."
    assert "own@tiel.nl" in res.forwarded[0].from_addr


def test_tnef_in_corpus_is_read() -> None:
    from tests.parsers.conftest import CORPUS

    res = walk((CORPUS / "057-capelle-aan-den-ijssel.eml").read_bytes())
    assert "tnef" in res.part_types
    assert res.tnef_text.strip()


def test_broken_multipart_without_boundary_does_not_crash() -> None:
    raw = b"From: a@b.nl\r\nContent-Type: multipart/mixed\r\n\r\nGewoon tekst zonder grenzen.\r\n"
    res = walk(raw)
    assert "Gewoon tekst" in res.body


def test_html_data_table_rows_stay_rows() -> None:
    """A table of sites keeps each row on one line, its cells between " | "; a label beside its text (Outlook's
    two-column letters) and paragraphs inside a cell stay paragraphs."""
    data = html_to_text("<table><tr><th>Locatie</th><th>Doelgroep</th><th>Plaatsen</th><th>Status</th></tr>"
                        "<tr><td><p>Oude school, Ens</p></td><td>regulier</td><td>80</td><td>in aanbouw</td></tr>"
                        "</table>")
    assert "Oude school, Ens | regulier | 80 | in aanbouw" in data.splitlines()
    layout = html_to_text("<table><tr><td><b>Planning</b></td><td><p>Eerste helft 2027</p><p>Per fase.</p></td>"
                          "</tr></table>")
    assert [ln for ln in layout.splitlines() if ln] == ["Planning", "Eerste helft 2027", "Per fase."]


def test_a_table_header_with_an_empty_corner_cell_stays_a_row() -> None:
    """"<th></th><th>Nu</th><th>Gepland</th>" (blind batch b155): the header of a table whose rows open with their
    label keeps its cells on one line, so the columns name the figures below them."""
    text = html_to_text("<table><tr><th></th><th>Nu</th><th>Gepland</th></tr><tr><td>Regulier</td><td>0</td>"
                        "<td>86</td></tr><tr><td>Totaal</td><td>4</td><td>90</td></tr></table>")
    assert text.splitlines()[0] == "Nu | Gepland" and "Totaal | 4 | 90" in text, text
