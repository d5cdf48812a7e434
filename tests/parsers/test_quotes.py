"""New text vs quoted history and signature, in the shapes Dutch government mail takes."""
from __future__ import annotations

import pytest

from parsers.quotes import split_quotes

pytestmark = pytest.mark.timeout(10)

NEW = "Wij verwachten de plekken medio 2027."


@pytest.mark.parametrize("opener", [
    "Van: ibtspreidingswet <ibtspreidingswet@minjenv.nl>\nVerzonden: donderdag 9 april 2026 10:12\n"
    "Aan: Gemeente <info@x.nl>\nOnderwerp: Brief",
    "From: ibtspreidingswet <ibtspreidingswet@minjenv.nl>\nSent: Thursday, April 9, 2026 10:12 AM\n"
    "To: info@x.nl\nSubject: Brief",
    "-----Oorspronkelijk bericht-----\nVan: ibtspreidingswet@minjenv.nl\nVerzonden: 9 april 2026\nOnderwerp: Brief",
    "-----Original Message-----",
    "Op 9 april 2026 om 10:12 schreef ibtspreidingswet <ibtspreidingswet@minjenv.nl>:",
    "Op do 9 apr 2026 om 10:21 schreef ibtspreidingswet <\nibtspreidingswet@minjenv.nl>:",
    "Op 9 apr. 2026, om 10:24 heeft ibtspreidingswet <ibtspreidingswet@minjenv.nl> het volgende geschreven:",
    "On Thu, Apr 9, 2026 at 10:12 AM ibtspreidingswet <ibtspreidingswet@minjenv.nl> wrote:",
    ">>> ibtspreidingswet <ibtspreidingswet@minjenv.nl> 9-4-2026 10:14 >>>",
    "---------- Forwarded message ---------\nVan: ibtspreidingswet <ibtspreidingswet@minjenv.nl>",
])
def test_quote_openers(opener: str) -> None:
    body = f"Geachte heer,\n\n{NEW}\n\n{opener}\n\nIk verzoek u mij te informeren over de stappen.\n"
    s = split_quotes(body)
    assert NEW in s.new_text
    assert "Ik verzoek u" not in s.new_text
    assert "Ik verzoek u" in s.quoted_text
    assert s.quotes[-1].sender in ("ibtspreidingswet@minjenv.nl", "")


def test_prefixed_lines_without_header() -> None:
    s = split_quotes(f"{NEW}\n\n> Ik verzoek u\n> binnen drie weken\n")
    assert s.new_text == NEW
    assert "binnen drie weken" in s.quoted_text


def test_signature_is_split_off() -> None:
    s = split_quotes(f"Geachte heer,\n\n{NEW}\n\nMet vriendelijke groet,\n\nA. Jansen\nGemeente Tilburg\n")
    assert "Gemeente Tilburg" in s.signature
    assert "Gemeente Tilburg" not in s.new_text


def test_closing_in_the_middle_of_a_long_letter_is_not_the_signature() -> None:
    long_part = "Daarna volgt nog een lange toelichting op de planning. " * 20
    s = split_quotes(f"Beste collega,\n\nGroet,\n{long_part}\n")
    assert "lange toelichting" in s.new_text


def test_a_document_after_a_short_note_and_its_closing_is_not_the_signature() -> None:
    text = ("Akkoord met de tekst hieronder.\n\nGroet,\nErik\n\n-- tekst reactie minister --\n\n"
            "1. Gouda biedt op dit moment 310 reguliere opvangplaatsen in het azc.\n\n"
            "3. De verbouwing is in december gestart. Opening is voorzien begin april 2027.")
    assert "310 reguliere opvangplaatsen" in split_quotes(text).new_text
    assert split_quotes("Zie bijlage.\n\nGroet,\nErik\nWethouder Wonen").signature.startswith("Groet")


def test_sender_of_an_own_forward_is_kept() -> None:
    s = split_quotes("Zie hieronder.\n\n-----Oorspronkelijk bericht-----\nVan: Smits, Bram <b.smits@oss.nl>\n"
                     "Verzonden: maandag 8 juni 2026 11:47\nAan: K <k@oss.nl>\nOnderwerp: concept\n\nDe melding.\n")
    assert s.quotes[0].sender == "b.smits@oss.nl"
    assert s.quotes[0].text == "De melding."


def test_sender_is_the_van_line_not_the_first_address() -> None:
    """Outlook's header of one's own earlier mail names the ministry on the "Aan:" line: the author is "Van:"."""
    s = split_quotes("Opnieuw verstuurd.\n\n-----Oorspronkelijk bericht-----\nVan: Petra Hoeks\nVerzonden: dinsdag 5 mei "
                     "2026 09:10\nAan: ibtspreidingswet@minjenv.nl\nOnderwerp: reactie\n\nOnze reactie.\n")
    assert s.quotes[0].sender == "Petra Hoeks"


def test_an_earlier_answer_sent_again_is_own_text(parse) -> None:  # noqa: ANN001 - the session parse fixture
    from parsers.pipeline import ParseContext

    raw = (b"From: Petra Hoeks <p.hoeks@wijchen.nl>\r\nTo: ibtspreidingswet@minjenv.nl\r\nSubject: FW: reactie\r\n"
           b"Date: Tue, 12 May 2026 10:00:00 +0200\r\nMessage-ID: <x1@wijchen.nl>\r\n"
           b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
           b"Geachte heer, mevrouw,\r\n\r\nOnze reactie heeft u mogelijk niet bereikt; hierbij opnieuw.\r\n\r\n"
           b"-----Oorspronkelijk bericht-----\r\nVan: Petra Hoeks\r\nVerzonden: dinsdag 5 mei 2026 09:10\r\n"
           b"Aan: ibtspreidingswet@minjenv.nl\r\nOnderwerp: Brief interbestuurlijk toezicht\r\n\r\n"
           b"Op dit moment zijn in Wijchen 45 opvangplaatsen in gebruik. Doordat omwonenden beroep hebben "
           b"ingesteld, is de bouw van de tweede locatie vertraagd.\r\n")
    pm = parse(raw, ParseContext())
    assert pm.places["realised"] == 45
    assert "objection_procedure" in pm.reasons


def test_a_document_announced_below_the_cover_text_is_own_text(parse) -> None:  # noqa: ANN001
    from parsers.pipeline import ParseContext
    from tests.parsers.conftest import make_mail

    rib = ("RAADSINFORMATIEBRIEF\n\nOnderwerp: Voortgang asielopvang\n\nWat is er aan de hand?\n"
           "Het ministerie heeft het college gevraagd hoe de gemeente ervoor staat. Sinds oktober zijn 24 "
           "amv-plekken in gebruik. Tegen de vergunning voor de paviljoens zijn elf bezwaarschriften ingediend.\n")
    cover = ("Geachte heer/mevrouw,\n\nIn antwoord op uw brief sturen wij u hieronder de raadsinformatiebrief "
             "van het college.\n\n________________________________\n")
    pm = parse(make_mail(cover + rib, frm="Bestuurssecretariaat <bs@oisterwijk.nl>"), ParseContext())
    assert pm.places["realised"] == 24
    assert "objection_procedure" in pm.reasons
    # without the announcement, or when the block is the ministry's letter, it stays quoted history
    pm = parse(make_mail(cover.replace("hieronder ", "") + rib, frm="Bestuurssecretariaat <bs@oisterwijk.nl>"),
               ParseContext())
    assert pm.places["realised"] is None
    letter = "Ministerie van Justitie en Veiligheid\n\nOnze referentie 7481522\n\nIn uw gemeente zijn 24 plekken in gebruik.\n"
    pm = parse(make_mail(cover + letter, frm="Bestuurssecretariaat <bs@oisterwijk.nl>"), ParseContext())
    assert pm.places["realised"] is None


def test_a_council_letter_inside_a_forward_is_own_text(parse) -> None:  # noqa: ANN001
    """A forwarded raadsinformatiebrief headed "Van: het college ..." (no address) is the municipality's own."""
    from email.message import EmailMessage

    inner = EmailMessage()
    inner["From"] = "Griffie <griffie@middelburg.nl>"
    inner["Subject"] = "Raadsinformatiebrief asielopvang"
    inner.set_content("Raadsinformatiebrief\n\nAan: de gemeenteraad\nVan: het college van burgemeester en wethouders\n"
                      "Datum: 9 juni 2026\nOnderwerp: stand van zaken asielopvang\n\nOp dit moment zijn 124 reguliere "
                      "opvangplaatsen in gebruik op de locatie aan de Veerseweg.\n")
    outer = EmailMessage()
    outer["From"] = "A. Jansen <a.jansen@middelburg.nl>"
    outer["To"] = "ibtspreidingswet@minjenv.nl"
    outer["Subject"] = "Reactie"
    outer["Date"] = "Tue, 09 Jun 2026 10:00:00 +0200"
    outer.set_content("Ter beantwoording van uw brief stuur ik u de raadsinformatiebrief door.")
    outer.add_attachment(inner)
    assert parse(bytes(outer)).places["realised"] == 124


def test_answers_between_the_quoted_lines_are_own_text() -> None:
    text = ("Geachte heer, mevrouw,\n\nOnze antwoorden staan tussen uw tekst.\n\nMet vriendelijke groet,\nA. Jansen\n\n"
            "Op ma 7 dec. 2026 om 09:12 schreef IBT Spreidingswet <ibtspreidingswet@minjenv.nl>:\n"
            "> Wij verzoeken u ons te informeren over de huidige stand van zaken.\n>\n"
            "Antwoord: wij vangen nu 40 asielzoekers op in de oude school.\n\n"
            "> Wij verzoeken u aan te geven welke stappen u heeft gezet.\n"
            "Antwoord: de raad heeft op 3 november ingestemd met paviljoens voor 60 mensen.\n\n"
            "> Met vriendelijke groet,\n> de minister\n")
    split = split_quotes(text)
    assert "wij vangen nu 40 asielzoekers op" in split.new_text
    assert "de raad heeft op 3 november ingestemd" in split.new_text
    assert "stappen u heeft gezet" not in split.new_text
    assert "stappen u heeft gezet" in split.quoted_text and "Antwoord:" not in split.quoted_text


def test_an_unquoted_message_below_a_quote_header_stays_quoted() -> None:
    text = ("Zie hieronder.\n\nOp ma 7 dec. 2026 om 09:12 schreef Piet <piet@example.nl>:\n"
            "> eerste regel\n> tweede regel\n> derde regel\n")
    split = split_quotes(text)
    assert split.new_text == "Zie hieronder." and "derde regel" in split.quoted_text


def test_answers_between_the_lines_under_an_outlook_header_are_own_text() -> None:
    text = ("Onze antwoorden staan onder de passages uit uw brief.\n\nMet vriendelijke groet,\nB. de Vries\n\n"
            "-----Oorspronkelijk bericht-----\nVan: IBT Spreidingswet <ibtspreidingswet@minjenv.nl>\n"
            "Verzonden: dinsdag 8 december 2026 15:02\nAan: Gemeente X <info@x.nl>\nOnderwerp: Brief\n\n"
            "> Geacht college,\n>\n> a. de feiten en omstandigheden;\n\n"
            "ANTWOORD: er is geen geschikte locatie gevonden.\n\n> b. de stappen;\n\nANTWOORD: wij huren een hotel.\n")
    split = split_quotes(text)
    assert "geen geschikte locatie" in split.new_text and "wij huren een hotel" in split.new_text
    assert "de stappen" in split.quoted_text


def test_a_forward_told_unmarked_keeps_its_own_lines_quoted() -> None:
    text = ("Ter info.\n\n-----Oorspronkelijk bericht-----\nVan: Piet <piet@example.nl>\n"
            "Verzonden: maandag 7 december 2026 10:00\nAan: Jan <jan@example.nl>\nOnderwerp: opvang\n\n"
            "Jan, zie de vraag hieronder.\n> eerste regel\n> tweede regel\n> derde regel\nGroet, Piet\n")
    split = split_quotes(text)
    assert split.new_text == "Ter info." and "Groet, Piet" in split.quoted_text


def test_answers_marked_as_announced_inside_an_unmarked_quote_are_own_text() -> None:
    text = ("Onze antwoorden staan tussen de tekst van uw bericht, steeds voorafgegaan door [Ons antwoord].\n\n"
            "Met vriendelijke groet,\nC. Bakker\n\n"
            "Van: IBT Spreidingswet <ibtspreidingswet@minjenv.nl>\nVerzonden: vrijdag 22 januari 2027 11:04\n"
            "Aan: Info <info@example.nl>\nOnderwerp: Brief\n\n"
            "a. de feiten en omstandigheden;\n[Ons antwoord] Er is geen geschikt pand in de gemeente.\n"
            "b. de stappen;\n[Ons antwoord] Wij kopen een woning voor 8 AMV-plaatsen.\n")
    split = split_quotes(text)
    assert "geen geschikt pand" in split.new_text and "8 AMV-plaatsen" in split.new_text
    assert "de stappen;" in split.quoted_text and "Ons antwoord" not in split.quoted_text


def test_a_news_item_announced_below_a_signature_dash_line_is_own_text() -> None:
    """"Onderstaand bericht staat op onze website" - signature - "--" - the news item: the item is the answer; a
    "--" line under a mail that announces nothing still starts the signature."""
    from parsers.quotes import split_signature

    news = ("Nieuws | 24 september 2027\nEerste bewoners in nieuwe opvanglocatie\n\n"
            + "In de nieuwe locatie aan de Stationsweg wonen sinds 15 september de eerste asielzoekers. " * 8)
    cover = ("Onderstaand bericht staat sinds vandaag op onze website.\n\nMet vriendelijke groet,\n\nB. Kamphuis\n"
             "gemeente Hengelo\n--\n")
    body, sig = split_signature(cover + news)
    assert "wonen sinds 15 september" in body and "wonen sinds" not in sig
    body, sig = split_signature(cover.replace("Onderstaand bericht staat", "Het bericht staat") + news)
    assert "wonen sinds 15 september" in sig and "wonen sinds" not in body


def test_council_questions_are_the_council_members_words(parse) -> None:  # noqa: ANN001
    """Answers to council questions: the date in "Vraag 4" is the asker's, the answer declines to give one."""
    from tests.parsers.conftest import make_mail

    text = ("In reactie op uw brief (kenmerk 7468089) sturen wij u hieronder de beantwoording van de schriftelijke "
            "vragen van de fractie.\n\nVraag 1\nKlopt het dat er veertig bezwaarschriften zijn ingediend?\n\n"
            "Antwoord 1\nEr zijn 14 bezwaarschriften ontvangen. Het COA wacht de bezwaarprocedure af.\n\n"
            "Vraag 2\nKan het college bevestigen dat de locatie vóór 1 april 2028 opengaat?\n\n"
            "Antwoord 2\nNee. Een datum kunnen wij pas noemen na het besluit op bezwaar.\n")
    pm = parse(make_mail(text, frm="Griffie <griffie@tilburg.nl>"))
    assert pm.kind == "ibt_reply"
    assert pm.elements["facts"] and not pm.elements["timeline"] and pm.expected_date is None


def test_a_frisian_closing_starts_the_signature() -> None:
    """"Mei freonlike groetnis / met vriendelijke groet" closes the mail ("Mei" is no month)."""
    from parsers.quotes import split_signature

    body, sig = split_signature("Tytsjerksteradiel voldoet in het tweede kwartaal van 2028.\n\n"
                                "Mei freonlike groetnis / met vriendelijke groet,\n\nT. de Vries\n")
    assert sig.startswith("Mei freonlike") and "groetnis" not in body


def test_namens_het_college_opening_the_answer_is_not_the_signature() -> None:
    """"Namens het college van Rhenen, in antwoord op uw brief (referentie ...):" opens the text; it is no closing."""
    from parsers.quotes import split_quotes

    sp = split_quotes("Geachte heer/mevrouw,\n\nNamens het college van Rhenen, in antwoord op uw brief (referentie "
                      "7545627):\n\nRhenen beschikt op dit moment over 20 plaatsen.\n\nMet vriendelijke groet,\nBas\n")
    assert "beschikt op dit moment over 20 plaatsen" in sp.new_text
    assert "Bas" in sp.signature


def test_namens_het_college_with_its_own_clause_is_not_the_signature() -> None:
    """"Namens het college van X melden wij u, conform artikel 8 ..." is the notice itself, wrapped over lines."""
    from parsers.quotes import split_quotes

    sp = split_quotes("Geachte heer, mevrouw,\n\nNamens het college van Oostdal melden wij u, conform artikel 8 van de\n"
                      "Spreidingswet, het volgende.\n\nDe 30 plekken aan de Dorpsstraat vervallen per 1 mei.\n\n"
                      "Met vriendelijke groet,\n\nJ. Bakker\nadviseur\n")
    assert "vervallen per 1 mei" in sp.new_text and "melden wij u" in sp.new_text
    assert "J. Bakker" in sp.signature
    closing = split_quotes("Wij hebben 40 plekken gerealiseerd.\n\nNamens het college van burgemeester en wethouders"
                           " van Oostdal,\n\nde secretaris, de burgemeester\n")
    assert "40 plekken" in closing.new_text and "Namens het college" not in closing.new_text


def test_a_postscript_below_the_signature_is_own_text() -> None:
    s = split_quotes("Geachte heer,\n\nDe bouw loopt.\n\nMet vriendelijke groet,\n\nA. Jansen\nGemeente Tiel\n\n"
                     "P.S. De units worden in maart 2028 opgeleverd.\n\nDit bericht is uitsluitend bestemd voor de "
                     "geadresseerde.\n")
    assert "De units worden in maart 2028 opgeleverd." in s.new_text
    assert "Gemeente Tiel" in s.signature and "uitsluitend bestemd" in s.signature
    assert "P.S." not in s.signature


def test_a_postscript_without_a_stop_is_own_text() -> None:
    """"PS De oplevering ... staat gepland op 1 november 2035" under the signature is the writer's own text."""
    from parsers.quotes import split_signature

    body, sig = split_signature("Wij bouwen paviljoens aan de Hessenweg.\n\nMet vriendelijke groet,\n\nF. Hesselink\n"
                                "Gemeente Zwolle\n\nPS De oplevering van de paviljoens staat gepland op 1 november 2035.\n")
    assert "De oplevering" in body and "De oplevering" not in sig
    body, sig = split_signature("Wij bouwen.\n\nMet vriendelijke groet,\n\nPS Dijkstra\nGemeente Zwolle\n")
    assert "Dijkstra" in sig  # initials "PS" before a surname open no postscript


def test_answers_marked_between_the_lines_after_a_writer_first_attribution() -> None:
    """"IBT Spreidingswet schreef op 11-1-2039 14:06:" above the '>'-quoted letter, the writer's "[WS] ..." lines
    between its paragraphs (blind batch b136): the answers are the writer's own text, without the mark."""
    text = ("Antwoorden staan hieronder in de tekst (WS).\n\nWim\n\nIBT Spreidingswet schreef op 11-1-2039 14:06:\n"
            "> Geacht college,\n>\n> Uit de rapportage blijkt dat de gemeente niet voldoet.\n\n"
            "[WS] Klopt, stand is nog 25/0.\n\n> Ik verzoek u aan te geven wat de reden is.\n\n"
            "[WS] Termijn: Q4 2039.\n\n> Hoogachtend,\n")
    split = split_quotes(text)
    assert "Termijn: Q4 2039." in split.new_text and "[WS]" not in split.new_text
    assert "Ik verzoek u" not in split.new_text


def test_a_postscript_below_the_signature_and_content_below_a_rule_are_own_text() -> None:
    split = split_quotes("Zaltbommel heeft nu 20 plekken in gebruik.\n\nMet vriendelijke groet,\n\nFrank\n"
                         "Gemeente Zaltbommel\n\nPS vergeten: oplevering staat op 1/9.\n")
    assert "oplevering staat op 1/9" in split.new_text
    split = split_quotes("Op verzoek van het college stuur ik u onderstaande beantwoording door.\n\n"
                         "Met vriendelijke groet,\nGriffie Meierijstad\n\n---\nRaadsinformatiebrief 2039-014\n\n"
                         "Wanneer?\nMedio 2039 zijn alle plekken beschikbaar.\n")
    assert "Medio 2039 zijn alle plekken beschikbaar." in split.new_text


def test_answers_between_the_lines_of_a_quote_whose_header_is_quoted_too() -> None:
    """"> Van: IBT Spreidingswet ..." / "> Verzonden: ..." opening the '>'-quoted letter, the answers typed unquoted
    between its questions (blind batch b137)."""
    text = ("Wethouder De Kruijf heeft de antwoorden hieronder ingesproken.\n\nMet vriendelijke groet,\nAnouk\n\n"
            "> Van: IBT Spreidingswet <ibtspreidingswet@minjenv.nl>\n> Verzonden: dinsdag 8 maart 2039\n"
            "> Onderwerp: Brief interbestuurlijk toezicht\n>\n> Ik verzoek u aan te geven wat de reden is,\n\n"
            "Ja, de reden. Molenlanden heeft geen enkel leeg gebouw van enige omvang.\n\n"
            "> welke stappen u heeft gezet,\n\nDe raad heeft in april de locatie Gorinchemseweg gekozen.\n")
    split = split_quotes(text)
    assert "geen enkel leeg gebouw" in split.new_text and "locatie Gorinchemseweg gekozen" in split.new_text
    assert "welke stappen u heeft gezet" not in split.new_text


def test_a_news_item_sent_along_below_a_forward_line_is_the_senders_own() -> None:
    """"Hierbij het nieuwsbericht dat vanochtend op onze website is geplaatst" above "-------- Doorgestuurd bericht
    --------" without a sender (blind batch b169): the municipality's own text, announced."""
    from parsers.quotes import ANNOUNCES_BELOW

    assert ANNOUNCES_BELOW.search("Hierbij het nieuwsbericht dat vanochtend op onze website is geplaatst.")
    assert ANNOUNCES_BELOW.search("Hierbij stuur ik u de raadsinformatiebrief van 3 april.")
    assert not ANNOUNCES_BELOW.search("Hierbij reageren wij op uw brief.")
