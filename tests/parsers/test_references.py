"""Letter references: 7 digits, never phone numbers, postcodes, IBANs, case numbers or 'Ons kenmerk'."""
from __future__ import annotations

import pytest

from parsers.references import candidates, find_references

pytestmark = pytest.mark.timeout(10)


@pytest.mark.parametrize("text,expected", [
    ("In uw brief met referentie 7468089 vraagt u", ["7468089"]),
    ("Onze referentie: 7468290", ["7468290"]),
    ("(uw kenmerk 7468433, ons kenmerk 4412907)", ["7468433"]),
    ("Ons kenmerk: 2638105\nUw kenmerk: 7468471", ["7468471"]),
    ("Ons kenmerk 26-0041292", []),
    ("Zaaknummer Z.2026.0418873", []),
    ("Ons kenmerk: 26.0398817", []),
    ("T 0251-256 731 | M 06-41392276", []),
    ("Telefoon 0715165432", []),
    ("telefoon 5165432", []),
    ("IBAN NL91ABNA0417164300", []),
    ("Postbus 1 | 1960 AA Heemskerk", []),
    ("zaaknummer 2026-7654321", []),
    ("een bedrag van € 1250000", []),
    ("Scan_20260430_101522.pdf", []),
    ("Herinnering (onze referentie 7468463)", ["7468463"]),
    # a municipality's receipt names its own case or ticket (blind batch b120): never our reference
    ("Ontvangstbevestiging: uw bericht aan gemeente Hoeksche Waard (zaak 3418825)", []),
    ("Uw melding is geregistreerd onder ticket 3418825.", []),
    ("In deze zaak (kenmerk 7468089) reageren wij als volgt.", ["7468089"]),
    ("Uw bericht is ontvangen [#1458823]", []),  # a ticket's number in a receipt's subject (blind batch b139)
])
def test_candidates(text: str, expected: list[str]) -> None:
    assert candidates(text) == expected


def test_newest_letter_first_without_register() -> None:
    assert find_references(["brieven 7468176 en 7531044"]) == ["7531044", "7468176"]


def test_register_dates_decide_the_order() -> None:
    refs = find_references(["kenmerk 7531129 en 7468478"], {"7531129": "Schiedam", "7468478": "Schiedam"},
                           {"7531129": "2026-05-26", "7468478": "2026-04-09"})
    assert refs[0] == "7531129"


def test_a_letter_to_parliament_is_no_reference() -> None:
    from parsers.references import candidates

    text = "Op 3 juli heeft de minister de uitkomsten aan de Tweede Kamer gestuurd (kenmerk 7554266)."
    assert candidates(text) == []
    assert candidates("In reactie op uw brief aan de gemeente (uw kenmerk 7468089).") == ["7468089"]


def _with_attachment(body: str, filename: str) -> bytes:
    from email.message import EmailMessage

    m = EmailMessage()
    m["From"] = "griffie@zeewolde.nl"
    m["To"] = "ibtspreidingswet@minjenv.nl"
    m["Subject"] = "Reactie college op uw brief"
    m.set_content(body)
    m.add_attachment(b"%PDF-1.4\n%%EOF\n", maintype="application", subtype="pdf", filename=filename)
    return bytes(m)


def test_reference_only_in_an_attachment_named_after_our_letter() -> None:
    """The body says "bijgaand de reactie"; only the file name carries the number of our letter."""
    from parsers.pipeline import parse_message

    pm = parse_message(_with_attachment("Bijgaand ontvangt u de reactie van het college.",
                                        "Reactie gemeente Zeewolde IBT Spreidingswet 7473108.pdf"))
    assert pm.references == ["7473108"]


def test_a_document_number_in_a_file_name_is_no_reference_beside_a_cited_one() -> None:
    from parsers.pipeline import parse_message

    pm = parse_message(_with_attachment("Onze reactie op uw brief met referentie 7463390 treft u bijgaand aan.",
                                        "Brief aan minister - IBT Spreidingswet - 2604188.pdf"))
    assert pm.references == ["7463390"]


def test_a_file_name_joined_with_underscores_carries_the_reference() -> None:
    from parsers.pipeline import parse_message

    pm = parse_message(_with_attachment("Bijgaand treft u de reactie van het college aan op uw brief van 1 oktober.",
                                        "7531208_reactie_college_HvT.pdf"))
    assert pm.references == ["7531208"]
    # a file name that says nothing of our letter stays out
    pm = parse_message(_with_attachment("Bijgaand de notulen.", "2904417_notulen_raad.pdf"))
    assert pm.references == []


def test_a_file_name_carrying_the_own_case_number_is_no_reference() -> None:
    """The body names "Zaaknummer: 3120455" and the notice is filed under that number: the municipality's own."""
    from parsers.pipeline import parse_message

    pm = parse_message(_with_attachment("Zaaknummer: 3120455\nBijgaand onze melding op grond van artikel 8.",
                                        "3120455 Melding art 8 Spreidingswet.pdf"))
    assert pm.references == []


def test_labels_swapped_a_letter_of_ours_under_ons_kenmerk_counts_when_the_register_knows_it() -> None:
    text = "Ons kenmerk: 7531344\nUw kenmerk: Z.29-04417\nZaaknummer: 2904417\n"
    assert find_references([text]) == []
    assert find_references([text], {"7531344": "Staphorst"}) == ["7531344"]


@pytest.mark.parametrize("text", [
    "Uw bericht is ontvangen en geregistreerd onder nummer 2061144.",
    "Ontvangstbevestiging melding 2061144",
    "Afmelden: https://nieuws.example.nl/afmelden?u=8812731",
])
def test_a_system_number_or_a_link_is_no_reference(text: str) -> None:
    assert find_references([text]) == []
