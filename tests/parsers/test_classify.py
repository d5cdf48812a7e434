"""Kind of message from headers, structure and the sender's own words."""
from __future__ import annotations

import pytest

from tests.parsers.conftest import make_mail

pytestmark = pytest.mark.timeout(60)


@pytest.mark.parametrize("body,subject,headers,kind", [
    ("Ik ben afwezig tot 1 mei.", "Afwezig: brief", {}, "auto_reply"),
    ("Ik ben met vakantie tot 1 mei.", "Brief toezicht", {}, "auto_reply"),
    ("Bedankt.", "RE: brief", {"Auto-Submitted": "auto-replied"}, "auto_reply"),
    ("Bedankt.", "RE: brief", {"X-Autoreply": "yes"}, "auto_reply"),
    ("Uw bericht is in goede orde ontvangen en geregistreerd onder zaaknummer Z-1.", "RE: brief", {},
     "auto_reply"),
    ("Onderhoud zaterdag.", "Onderhoud", {"Auto-Submitted": "auto-generated", "Precedence": "bulk"}, "other"),
    ("Onderhoud zaterdag.", "Onderhoud", {"Auto-Submitted": "auto-generated"}, "other"),
    # a document system sends the college's letter by itself: the letter answers ours, so it is the answer
    ("Bijgaand ontvangt u een brief van het college.\n\nWij hebben nog geen opvangplekken omdat er geen geschikte "
     "locatie is. Het college heeft op 2 maart een terrein aangewezen en de vergunning aangevraagd. Wij verwachten "
     "de 90 plekken in het tweede kwartaal van 2028 in gebruik te nemen.",
     "Verzending brief: reactie op brief 7468089", {"Auto-Submitted": "auto-generated"}, "ibt_reply"),
    ("Nieuws.", "Nieuwsbrief", {"List-Unsubscribe": "<https://x.example/af>"}, "other"),
    ("Uw bericht kon niet worden bezorgd.", "Undeliverable: brief", {}, "bounce"),
    ("Wij verzoeken u om uitstel van de termijn tot 1 juni.", "Brief 7468089", {}, "extension_request"),
    # asking until when one may answer a letter never received is a question, not a request for time
    ("Wij kunnen die brief niet vinden. Kunt u de brief nogmaals sturen? Wij willen graag weten op welke trede wij "
     "staan en tot wanneer wij kunnen reageren.", "Brief toezicht Spreidingswet", {}, "question"),
    ("Is het goed als wij uiterlijk 5 juni reageren?", "Re: herinnering", {"In-Reply-To": "<a@minjenv.nl>"},
     "extension_request"),
    ("Hierbij melden wij op grond van artikel 8 dat wij niet tijdig kunnen voldoen.", "Brief", {}, "meldplicht"),
    # questions about the term or about counting places are questions, not requests for more time
    ("Wij hebben een vraag over uw brief. Gaat de termijn van drie weken opnieuw lopen zodra wij uw antwoord "
     "hebben ontvangen?", "Vraag over brief 7468089", {}, "question"),
    ("Een vraag vooraf: mogen wij deze plaatsen in onze reactie al als gerealiseerd opgeven als de bewoners pas "
     "later komen?", "Vraag over telling", {}, "question"),
    ("Zou het mogelijk zijn een week extra te krijgen voor onze reactie? De wethouder is afwezig.",
     "RE: brief 7468089", {}, "extension_request"),
    ("Het college deelt mee dat de gemeente niet tijdig aan haar wettelijke taak kan voldoen.", "Bericht", {},
     "meldplicht"),
    # "ter informatie" above an answer that says it is one is that answer; a motion sent for information is not
    ("Ter informatie en als reactie op uw brief (referentie 7468089): het onderstaande persbericht geeft de stand "
     "van zaken.\n\nDe gemeente verwacht dat de units in maart 2027 klaar zijn. Eerst moet de vergunning worden "
     "verleend; het COA dient de aanvraag in juni in.", "Persbericht", {}, "ibt_reply"),
    # a news item sent as the answer: "deze week verschenen" is when it was published, not when an answer comes
    ("Als reactie op uw brief (kenmerk 7468089) sturen wij u het nieuwsbericht dat deze week op onze website is "
     "verschenen.\n\nDe gemeente vangt sinds mei 40 asielzoekers op in het oude klooster. Een tweede locatie stuit op "
     "verzet van omwonenden; het college laat de haalbaarheid onderzoeken.", "Nieuwsbericht opvang", {}, "ibt_reply"),
    # a notice in substance, without "melding" or "artikel 8"
    ("Hierbij laten wij u weten dat Sluis niet tijdig aan de wettelijke taak uit de Spreidingswet kan voldoen. "
     "De vergunning voor de locatie is vernietigd.", "Wij halen de taak niet", {}, "meldplicht"),
    ("Namens het college laat ik u weten dat de gemeente vanaf 1 december niet langer aan de wettelijke taak "
     "voldoet. De eigenaar van het hotel heeft het pand verkocht.", "Wegvallen opvangplaatsen", {}, "meldplicht"),
    # more time asked without "uitstel": a proposed later date, an announced later answer, a polite question
    ("Wij stellen u voor dat wij onze reactie op 15 mei aanleveren in plaats van op 30 april. Heeft u daar "
     "bezwaar tegen, dan horen wij dat graag.", "Reactie op brief 7468089", {}, "extension_request"),
    ("Omdat de raad tot en met 31 augustus met reces is, ontvangt u onze reactie in de tweede week van "
     "september.", "Beantwoording brief 7468089", {}, "extension_request"),
    ("Het college wil de reactie eerst met de raad delen. Wij zullen u daarom na het zomerreces, uiterlijk 30\n"
     "september, een volledige reactie sturen. Wij hopen dat u daarmee kunt instemmen.", "Brief 7468089", {},
     "extension_request"),
    ("Zou het schikken als jullie het uiterlijk 20 november van ons krijgen? Laat maar even weten.", "brief ibt",
     {"In-Reply-To": "<a@minjenv.nl>"}, "extension_request"),
    # a question on a line of its own that heads the answer below it is a heading, not a question to us
    ("Waarom nog niet de volledige 117 plaatsen?\nDe uitbreiding op het terrein is vertraagd doordat de leverancier "
     "van de units later levert.", "Beantwoording informatieverzoek (7468089)", {}, "ibt_reply"),
    # the termijn and the verb far apart: "verzoek ik u de termijn voor het beantwoorden van uw brief van ... te verlengen"
    ("Namens het college verzoek ik u de termijn voor het beantwoorden van uw brief van 9 december 2031 (kenmerk "
     "7612033) te verlengen tot 1 februari 2032. Graag hoor ik of dit akkoord is.", "Uitstel beantwoording brief", {},
     "extension_request"),
    # sending the answer now, or time that works took, is no request for time
    ("In antwoord op uw brief van 26 januari (referentie 7468089) sturen wij u hieronder een artikel dat deze week "
     "verscheen. De gemeente verwacht in de eerste helft van 2028 aan de taak te voldoen; de bouw start in mei.",
     "Reactie", {}, "ibt_reply"),
    # "ter informatie" above a press release the college regards as its answer
    ("Ter informatie het persbericht van vanmiddag. Het college beschouwt dit als zijn reactie op uw brief "
     "(kenmerk 7468089).\n\nDe gemeente wil op het kazerneterrein 160 plekken realiseren; eerder onderzochte "
     "locaties vielen af. Het college heeft dat dinsdag besloten. Medio 2028 staan de paviljoens klaar.",
     "Persbericht", {}, "ibt_reply"),
    ("Als antwoord op uw brief 7468089 stuur ik u de raadsinformatiebrief van vorige week. Wij verwachten "
     "medio 2027 aan de taak te voldoen.", "Reactie", {}, "ibt_reply"),
    ("Het gebouw gaat in februari 2027 open. Dat het langer duurt, komt door de asbestsanering: die vroeg "
     "meer tijd dan voorzien.", "Update 7468089", {}, "ibt_reply"),
    ("Wij hebben twee vragen over uw brief 7468089. Tellen noodopvangplekken mee voor de taak?", "Vraag", {},
     "question"),
    # asked without a question mark, before answering
    ("In uw brief met kenmerk 7468089 staat dat onze realisatie op 0 staat. Voordat wij uw brief beantwoorden, "
     "willen wij graag weten of de doorstroomplekken voor statushouders meetellen. Ook vernemen wij graag wanneer "
     "de termijn ingaat.", "Re: brief 7468089", {}, "question"),
    # the answer, which says it is one, with a question of its own at the end
    ("Hierbij de reactie van de gemeente op uw brief van 3 augustus, referentie 7468089.\n\nEr is weinig eigen "
     "vastgoed en de woningmarkt is extreem krap. In juni heeft de gemeente een woning gekocht; de verbouwing is "
     "gestart.\n\nWel hebben wij een vraag: kunt u bevestigen dat een woning als deze meetelt als "
     "opvangvoorziening?", "Re: brief 7468089", {}, "ibt_reply"),
    ("Een vraag over de meldplicht. Ons huurcontract loopt over een half jaar af. Moeten wij nu al een melding "
     "doen op grond van artikel 8, of pas als zeker is dat de plekken wegvallen?", "meldplicht", {}, "question"),
    ("In uw brief 7468089 vraagt u om informatie. Wij verwachten medio 2027 aan de taak te voldoen.", "Reactie",
     {}, "ibt_reply"),
    ("Zoals aangekondigd in ons verzoek om uitstel: de verbouwing is gestart en de plekken zijn eind 2026 "
     "beschikbaar.", "Reactie 7468089", {}, "ibt_reply"),
    ("In maart stuurden wij al een melding over de vertraging. De bouw is gestart; de plekken zijn eind 2026 "
     "beschikbaar.", "Reactie 7468089", {}, "ibt_reply"),
    # a request wrapped over lines; a procedure that needs more time; a question about when the answer is expected
    ("Wij willen u een volledig antwoord geven en verzoeken u daarom de termijn\nvoor onze reactie te verlengen tot "
     "16 februari 2027.\nWilt u ons laten weten of u met dit verzoek instemt?", "Brief 7468089", {},
     "extension_request"),
    ("Stand van zaken: er zijn 450 plaatsen in gebruik. De vergunningverlening vraagt meer tijd omdat aanvullend "
     "geluidsonderzoek nodig was. De tweede fase is in voorbereiding.", "Reactie op brief 7468089", {}, "ibt_reply"),
    # the half-year report on housing permit holders is not about asylum reception
    ("Hierbij bevestig ik dat de halfjaarrapportage huisvesting vergunninghouders is ingevuld. De achterstand van 7 "
     "personen lopen we naar verwachting in het derde kwartaal in.", "Halfjaarrapportage", {}, "other"),
    # ... but a reply whose subject names the reception, and whose cause is the housing of permit holders, is an answer
    # (blind batch b172)
    ("Kapelle heeft nu 0 plekken. We hebben geen eigen locatie en alles wat vrijkomt gaat naar statushouders.\n"
     "Wat we wel doen: 53 plekken op de voormalige camping, het omgevingsplan wordt aangepast.\n"
     "Open verwacht per 1 maart 2041.", "opvang Kapelle", {}, "ibt_reply"),
    ("Onze burgemeester heeft vragen over het gesprek. Verwacht u de schriftelijke reactie op de vragen uit uw "
     "brief vóór of na het gesprek?", "Brief 7468089", {}, "question"),
    # questions about the procedure: the answer's fate, the day the three weeks start (not a request for time)
    ("Over uw brief 7468089 hebben wij een vraag: wordt onze reactie openbaar gemaakt of doorgestuurd aan de "
     "provincie, bijvoorbeeld na een verzoek om informatie?", "Vraag over procedure", {}, "question"),
    ("Uw brief 7468089 kwam pas vorige week binnen. Gaat de termijn in op de datum van de brief of op de dag van "
     "ontvangst? In het eerste geval moeten wij uiterlijk 3 oktober reageren.", "Vraag termijn", {}, "question"),
    # questions first, the answer after: status and a search told in passing do not make it the answer
    ("Wij hebben uw brief 7468089 ontvangen. Voordat wij inhoudelijk reageren, hebben wij een paar vragen.\n\n"
     "Onze gemeente heeft vrijwel geen eigen grond. Wij verkennen daarom met de buurgemeente of wij samen één "
     "locatie kunnen realiseren.\n\n1. Kan een gezamenlijke locatie buiten onze gemeente meetellen voor de taak?\n"
     "2. Moet zo'n afspraak via de provinciale regietafel lopen?", "Vragen", {}, "question"),
    # asking whether a loss to come must be reported, with the facts of it: a question, not the notice
    ("Naar aanleiding van uw brief 7468089 hebben wij een vraag. Wij voldoen op dit moment aan de taak. Het "
     "huurcontract voor het hotel loopt op 1 juli af; wij zijn met de eigenaar in gesprek over verlenging.\n\n"
     "Moeten wij dit nu al melden op grond van artikel 8, of pas wanneer vaststaat dat de plaatsen vervallen?",
     "Vraag", {}, "question"),
    # a question said indirectly, subject first ("Wij vragen ons af of ..."), before the answer comes
    ("In uw brief 7468089 noemt u een realisatie van 30 plaatsen. Wij vragen ons af of de locatie aan de Dorpsstraat, "
     "die sinds 1 juli in gebruik is, daarin is meegenomen. Dat willen wij graag weten voordat wij inhoudelijk "
     "reageren.", "Vraag over cijfers", {}, "question"),
    # an article 8 notice that says the task will not be met soon is no request for more time
    ("Op grond van artikel 8 melden wij dat de 90 plaatsen in het kantoorgebouw na een brand niet meer bruikbaar "
     "zijn. Daarmee voldoen wij niet meer aan de taak, en dat zal ook niet binnen afzienbare tijd het geval zijn.",
     "Melding artikel 8", {}, "meldplicht"),
    # the answer to our letter that tells of a loss, without calling it a notice: the answer
    ("Uw brief van 9 oktober met referentie 7468089 is in goede orde ontvangen. Hierbij onze reactie. Per 1 september "
     "zijn de 40 plaatsen in het bijgebouw vervallen, omdat de huurovereenkomst niet kon worden verlengd. Daardoor "
     "voldoen wij niet meer aan de taak. De locatie wordt uitgebreid met een paviljoen van 20 plaatsen; oplevering "
     "in juni 2030.", "Reactie op brief 7468089", {}, "ibt_reply"),
    ("Hierbij reageren wij op uw brief van 15 oktober (referentie 7468089). Zoals wij u op 4 september al hebben "
     "gemeld, is de tijdelijke locatie gesloten, omdat de eigenaar het pand heeft verkocht. Daardoor zijn 75 plekken "
     "vervallen en voldoen wij niet meer aan de taak. Wij hebben gekozen voor een permanente locatie voor 80 plekken. "
     "Wij verwachten eind 2030 weer volledig aan de taak te voldoen.", "Reactie op brief", {}, "ibt_reply"),
    # the reception of displaced persons from Ukraine is another scheme: a mail about it is not for this mailbox
    ("Hierbij de maandopgave voor de opvang van ontheemden uit Oekraïne: 44 plekken beschikbaar, 39 bezet. Kunnen "
     "jullie bevestigen dat de vergoeding op deze aantallen wordt gebaseerd?", "Maandopgave opvang ontheemden", {},
     "other"),
    # the answer under the subject of the extension request it follows ("Re: Verzoek uitstel ...")
    ("Zoals aangekondigd sturen wij u hierbij onze reactie. In Tholen zijn nog geen opvangplekken. "
     "Het college heeft op 25 november besloten twee scholen aan te wijzen, samen 75 plekken. "
     "Wij verwachten de locaties in juni 2031 in gebruik te nemen.", "Re: Verzoek uitstel reactie brief 7468089",
     {"In-Reply-To": "<b@minjenv.nl>"}, "ibt_reply"),
    # terse answers that name our letter but use no word of reception (blind batch b139)
    ("Reden: woningnood, statushouders stromen niet door.\nStap: 12 extra in pand Molenweg (huur getekend).\n"
     "Wanneer: 1/11.\nNu: 30.\n", "Reactie brief IBT", {}, "ibt_reply"),
    ("Snel tussendoor, n.a.v. jullie brief van 19/7:\n\nnu 8, straks 20 (units Kerkpad, +12; fundering ligt).\n"
     "Oorzaak: leverancier units failliet, nieuwe gegund.\nOplevering: 1-12.\n", "brief 19/7", {}, "ibt_reply"),
    # a news item sent as the answer, which says only why ("ter informatie, en als reactie op uw brief")
    ("Ter informatie, en als reactie op uw brief, ons nieuwsbericht van vandaag.\n\nDe gemeente stopt met de "
     "opvanglocatie aan de Dijkweg. Uit bodemonderzoek is gebleken dat de grond ernstig verontreinigd is.\n",
     "Nieuwsbericht: locatie Dijkweg valt af", {}, "ibt_reply"),
    # a case system's receipt sent "auto-generated", and a request for more time said in four words
    ("Geachte afzender,\n\nUw bericht is ontvangen en geregistreerd onder nummer 1458823.\n\nDit is een automatisch "
     "bericht; u kunt hierop niet antwoorden.\n", "Uw bericht is ontvangen [#1458823]",
     {"Auto-Submitted": "auto-generated"}, "auto_reply"),
    ("Kunnen we 2 wk extra krijgen? Wethouder met vakantie t/m 15/8.\nGroet, Dirk\n",
     "RE: Brief interbestuurlijk toezicht Spreidingswet - Onze referentie 7468089", {}, "extension_request"),
])
def test_kind(parse, body: str, subject: str, headers: dict, kind: str) -> None:
    pm = parse(make_mail(body, subject=subject, headers=headers))
    assert pm.kind == kind, (pm.kind, pm.kind_evidence)
    assert pm.kind_evidence


def test_housing_permit_holders_report_citing_a_reference_is_other(parse) -> None:
    """The half-year report on housing permit holders, sent to our mailbox "as asked in your letter with reference
    ...": another scheme; the number is another ministry's, no reference of ours (blind batch b150)."""
    pm = parse(make_mail("Hierbij de halfjaarlijkse opgave huisvesting vergunninghouders over de eerste helft van "
                         "2027, zoals gevraagd in uw brief met kenmerk 2240511.\n\nTaakstelling: 40 vergunninghouders"
                         "\nGehuisvest: 28 vergunninghouders\nAchterstand: 12\n\nDe achterstand lopen wij in het "
                         "derde kwartaal in.\n", subject="Halfjaaropgave huisvesting vergunninghouders 2027-1"))
    assert pm.kind == "other" and pm.references == [], (pm.kind, pm.references)


def test_internal_ministry_mail_is_other(parse) -> None:
    pm = parse(make_mail("Kun jij deze declaratie doorzetten?", subject="Declaratie",
                         frm="J. Vos <j.vos@minjenv.nl>"))
    assert pm.kind == "other" and pm.municipalities == []


def test_mail_posing_as_the_ministry_is_other(parse) -> None:
    """Phishing borrows the ministry's name from another domain, with the words of our letters and an
    "automatically sent" footer: other, never an automatic reply."""
    pm = parse(make_mail("Uw reactie in het kader van het interbestuurlijk toezicht (Spreidingswet) is onvolledig "
                         "ontvangen. Log binnen 48 uur in via het gemeenteportaal.\n\nDit bericht is automatisch "
                         "verzonden. U kunt niet op dit bericht reageren.", subject="Actie vereist",
                         frm="Ministerie van Justitie en Veiligheid <noreply@jenv-portaal.example>"))
    assert pm.kind == "other" and "doet zich voor" in pm.kind_evidence[0].text


def test_mail_about_no_municipality_is_other(parse) -> None:
    pm = parse(make_mail("Koop nu onze units!", subject="Aanbieding", frm="sales@units.example"))
    assert pm.kind == "other"


def test_municipality_from_signature_of_a_private_address(parse) -> None:
    pm = parse(make_mail("Onze reactie op uw brief: wij verwachten medio 2027 te voldoen.\n\nMet vriendelijke "
                         "groet,\n\nA. Smit\nGemeente Hof van Twente\n", frm="a.smit@gmail.com"))
    assert pm.municipalities == ["Hof van Twente"]


def test_alias_in_text_gives_the_official_name(parse) -> None:
    pm = parse(make_mail("Het college van Den Bosch meldt dat het niet tijdig aan de taak kan voldoen.\n\n"
                         "Met vriendelijke groet,\nGemeente Den Bosch\n", frm="iemand@outlook.com"))
    assert pm.municipalities == ["'s-Hertogenbosch"]


def test_shared_service_name_alone_does_not_add_all_members(parse) -> None:
    pm = parse(make_mail("Hierbij onze reactie op uw brief 7468089: medio 2027 voldoen wij.\n\nMet vriendelijke "
                         "groet,\nE. Timmer\nWerkorganisatie BUCH, werkzaam voor de gemeente Bergen (NH)\n",
                         frm="e.timmer@bergen-nh.nl"))
    assert pm.municipalities == ["Bergen (NH.)"]


@pytest.mark.parametrize("opening", [
    "Namens de gemeente Heiloo reageer ik op uw brief 7468089.",
    "Namens het college van burgemeester en wethouders van de gemeente Heiloo reageer ik op uw brief 7468089.",
])
def test_shared_service_writing_for_one_member(parse, opening: str) -> None:
    """A shared service's officer who writes "namens de gemeente X" and names the other members only to say they
    answer apart: X alone."""
    pm = parse(make_mail(opening + " Ik werk bij de BUCH-"
                         "werkorganisatie; Bergen, Uitgeest en Castricum reageren apart.\n\nMedio 2027 voldoen wij.\n\n"
                         "Met vriendelijke groet,\nP. de Wit\nWerkorganisatie BUCH\n", frm="p.dewit@buch.nl"))
    assert pm.municipalities == ["Heiloo"]


def test_shared_service_signature_on_behalf_of_one_member(parse) -> None:
    """"namens het college van X" under the name, above a footer that lists all members: X alone."""
    pm = parse(make_mail("Wij verzoeken u om uitstel van de termijn tot 4 mei voor onze reactie op brief 7468089.\n\n"
                         "Met vriendelijke groet,\n\nI. Kaandorp\nBestuursadviseur, namens het college van Castricum\n"
                         "Werkorganisatie BUCH\n\nWerkorganisatie BUCH werkt voor de gemeenten Bergen, Uitgeest, "
                         "Castricum en Heiloo.\n", frm="i.kaandorp@castricum.nl"))
    assert pm.municipalities == ["Castricum"]


def test_a_members_own_mail_whose_footer_names_the_shared_organisation(parse) -> None:
    """From the member's own domain, the organisation and its members only in the footer's disclaimer: that member
    alone (blind batch b174)."""
    pm = parse(make_mail("Met deze e-mail reageert het college van Ridderkerk op uw brief 7641994. Ridderkerk heeft op "
                         "dit moment geen opvangplaatsen.\n\nMet vriendelijke groet,\n\nJ. de Vries\n\n--\nDeze e-mail "
                         "is verzonden via de ICT-voorziening van de BAR-organisatie, die ondersteunende diensten levert "
                         "aan de gemeenten Barendrecht, Albrandswaard en Ridderkerk.\n",
                         frm="sociaaldomein@ridderkerk.nl"))
    assert pm.municipalities == ["Ridderkerk"], pm.municipality_evidence


@pytest.mark.parametrize("text,names", [
    ("Wij reageren namens de colleges van Beuningen, Druten en West Maas en Waal.",
     ["Beuningen", "Druten", "West Maas en Waal"]),
    ("Met vriendelijke groet,\n\nDe colleges van burgemeester en wethouders van Kaag en Braassem en van Nieuwkoop,\n"
     "namens deze,", ["Kaag en Braassem", "Nieuwkoop"]),
    # the names with their references in brackets, the joint answer said in another sentence
    ("In december ontvingen de gemeenten Oisterwijk (kenmerk 7312001), Hilvarenbeek (7312002) en Goirle (7312003) "
     "ieder een brief. Namens de drie colleges antwoord ik in één bericht.", ["Oisterwijk", "Hilvarenbeek", "Goirle"]),
    # partners named without a joint answer: no enumeration of senders
    ("Wij zoeken samen met de gemeenten Goirle en Hilvarenbeek naar een regionale locatie.", []),
    # the names right after "namens", a regional programme writing
    ("Namens Beuningen en Heumen (regionale aanpak asiel):\n\nBeuningen (7639678)\nNu: 45+6", ["Beuningen", "Heumen"]),
    # a name two municipalities bear is the one in the province of the others (blind batch b139)
    ("Namens de colleges van Bergen en Uitgeest, kort per gemeente:", ["Bergen (NH.)", "Uitgeest"]),
    ("Namens de colleges van Bergen, Gennep en Mook en Middelaar:", ["Bergen (L.)", "Gennep", "Mook en Middelaar"]),
    # whom an organisation serves is not whom the message is written for
    ("De werkorganisatie BUCH werkt voor de gemeenten Bergen, Uitgeest, Castricum en Heiloo; deze reactie gaat alleen "
     "over Uitgeest.", []),
    # an official name that holds a comma, in an enumeration of names (blind batch b166)
    ("Namens de colleges van Nuenen, Gerwen en Nederwetten en Son en Breugel reageren wij op uw brieven.",
     ["Nuenen, Gerwen en Nederwetten", "Son en Breugel"]),
])
def test_written_for_every_municipality(text: str, names: list[str]) -> None:
    from parsers.gemeenten import load_directory
    from parsers.municipalities import written_for

    assert [g.name for g in written_for(load_directory(), text)] == names


def test_a_question_wrapped_over_lines_is_a_question(parse) -> None:
    """A question whose last wrapped line is short ("...via het\\nCOA lopen?") still asks."""
    pm = parse(make_mail("Beste mensen,\n\nVoordat wij uw brief (ref. 7468089) beantwoorden, hebben wij een vraag. Telt "
                         "de opvang van\nontheemden in ons hotel mee voor de taak, of alleen plaatsen die via het\nCOA "
                         "lopen? Dat maakt voor ons antwoord uit.\n\nGraag hoor ik van u.\n", subject="Vraag over telling"))
    assert pm.kind == "question"


def test_an_answer_closing_with_ter_informatie_stays_an_answer(parse) -> None:
    pm = parse(make_mail("Naar aanleiding van uw brief 7468089: wij bieden nu 80 plaatsen. Dat komt doordat de "
                         "eigenaar het pand verkocht. Wij hebben een nieuw pand gehuurd; begin maart 2027 opent het "
                         "met 20 plaatsen.\n\nTer informatie: wij huisvestten dit jaar 300 statushouders.\n"))
    assert pm.kind == "ibt_reply"


def test_bounce_to_an_outdated_domain_names_the_municipality(parse) -> None:
    """The letter went to postbus@oldambt.nl (the real domain is another): the domain still names Oldambt."""
    raw = (b"From: MAILER-DAEMON@mail.minjenv.nl\r\nTo: ibtspreidingswet@minjenv.nl\r\n"
           b"Subject: Undelivered Mail Returned to Sender\r\nDate: Thu, 09 Apr 2026 10:13:05 +0200\r\n"
           b"MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n\r\n"
           b"--B\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
           b"--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mail.minjenv.nl\r\n\r\n"
           b"Final-Recipient: rfc822; postbus@oldambt.nl\r\nAction: failed\r\nStatus: 5.4.4\r\n"
           b"--B--\r\n")
    pm = parse(raw)
    assert pm.kind == "bounce" and pm.municipalities == ["Oldambt"]


def test_an_inhabitant_writing_from_a_private_address_is_other(parse) -> None:
    pm = parse(make_mail("Geachte minister,\n\nIk las in de krant dat de gemeente Oldebroek een azc wil bouwen. Ik woon "
                         "hier al dertig jaar en mijn buren zijn er ook tegen. Er is geen draagvlak.\n\nMet vriendelijke "
                         "groet,\nJ. Jansen\n", frm="j.jansen1961@ziggo.nl"))
    assert pm.kind == "other"


def test_an_alderman_from_a_private_address_still_answers(parse) -> None:
    pm = parse(make_mail("Geachte heer, mevrouw,\n\nIk stuur u namens het college van Oldebroek onze reactie op uw brief. "
                         "Wij hebben geen geschikte locatie kunnen vinden; de raad besluit in maart over de sporthal.\n\n"
                         "Met vriendelijke groet,\nP. de Boer\nwethouder\n", frm="pdeboer@gmail.com"))
    assert pm.kind == "ibt_reply"


def test_an_alderman_signs_with_the_municipality_after_the_office(parse) -> None:
    """"wethouder Dijk en Waard" under a reply from a private address (blind batch b139) names the municipality."""
    pm = parse(make_mail("Snel antwoord op jullie brief: 140 in gebruik. 60 erbij zodra de vergunning rond is, "
                         "aangevraagd in mei. Stikstof vertraagt. Streven H1 2027.\n\nGroet,\nJasper Kramer\n"
                         "wethouder Dijk en Waard\n", subject="Re: Brief interbestuurlijk toezicht Spreidingswet",
                         frm="jasperkramer@gmail.com"))
    assert pm.kind == "ibt_reply" and pm.municipalities == ["Dijk en Waard"]


def test_the_shared_service_under_the_name_is_who_employs_the_writer(parse) -> None:
    """"werkzaam voor de gemeenten Voorschoten en Wassenaar" under the name: the mail is about the municipality
    it speaks for, not about both."""
    pm = parse(make_mail("Namens het college van burgemeester en wethouders van Wassenaar reageer ik op uw brief "
                         "7468089. Wassenaar heeft 45 plekken in gebruik; medio 2027 voldoen wij.\n\nMet vriendelijke "
                         "groet,\n\nE. Stam\nWerkorganisatie Duivenvoorde\nwerkzaam voor de gemeenten Voorschoten en "
                         "Wassenaar\n", frm="E. Stam <e.stam@wassenaar.nl>"))
    assert pm.municipalities == ["Wassenaar"]


def test_footnote_marks_and_other_unicode_digits_are_no_numbers(parse) -> None:
    """Superscript footnote marks ("plekken¹") and other digits that are no decimals must not break the reading."""
    pm = parse(make_mail("In reactie op uw brief 7468089: wij hebben 40 plekken¹ in gebruik en verwachten er in "
                         "maart 2027² nog 20 bij.\n\n¹ Stand per 1 februari.\n² Onder voorbehoud van de vergunning.\n"))
    assert not pm.warnings, pm.warnings
    assert pm.places["realised"] == 40 and pm.elements["timeline"]


def test_a_memo_pasted_below_the_cover_is_own_text(parse) -> None:
    """"Aan: college / Van: wethouder X / Onderwerp: reactie op brief interbestuurlijk toezicht" heads the
    municipality's own memo: the subject names our letter, the author is the alderman."""
    pm = parse(make_mail(
        "Hierbij de reactie van de gemeente op uw brief 7468089, in de vorm van de notitie aan het college.\n\n"
        "Met vriendelijke groet,\n\nT. de Boer\nwethouder\n\nNOTITIE\nAan:        college van B&W\n"
        "Van:        wethouder De Boer\nDatum:      4 september 2026\n"
        "Onderwerp:  reactie op brief interbestuurlijk toezicht Spreidingswet\n\nStand van zaken\n"
        "De gemeente heeft nog geen asielopvang. Het college heeft in juni gekozen voor het voormalige zwembad. Daar "
        "komen 64 opvangplekken. De omgevingsvergunning is verleend.\n\nOorzaak\nDe raad heeft het krediet voor de "
        "ombouw aangehouden; tot die tijd ligt de realisatie stil.\n\nPlanning\n- juli 2027: ingebruikname\n"))
    assert pm.elements == {"facts": True, "steps": True, "timeline": True}
    assert pm.places == {"realised": 0, "planned": 64} and pm.expected_date == "2027-07"


def test_a_municipal_mail_forwarded_by_a_ministry_colleague_is_read_as_its_own(parse) -> None:
    """A colleague at the ministry got the answer by mistake and forwards it: the municipality's words count."""
    pm = parse(make_mail(
        "Ha collega's,\n\nOnderstaande mail kwam bij mij binnen in plaats van in jullie mailbox.\n\nGroet,\nMarloes\n\n"
        "Van: Gemeente Oirschot - J. van Gerwen <j.vangerwen@oirschot.nl>\nVerzonden: maandag 1 oktober 2029 16:42\n"
        "Aan: Bakker, M. <m.bakker@minjenv.nl>\nOnderwerp: Reactie op brief 7468089\n\nGeachte mevrouw Bakker,\n\n"
        "Sinds mei zijn 18 opvangplekken in gebruik. In maart heeft de gemeenteraad het voorstel voor een locatie "
        "verworpen. Het college heeft een bedrijfspand aangekocht voor 32 plekken. Wij verwachten de 32 plekken medio "
        "2030 in gebruik te nemen.\n\nMet vriendelijke groet,\nJos van Gerwen\nWethouder, gemeente Oirschot\n",
        subject="FW: Reactie op brief 7468089", frm="Bakker, M. <m.bakker@minjenv.nl>"))
    assert pm.kind == "ibt_reply" and pm.municipalities == ["Oirschot"]
    assert pm.elements == {"facts": True, "steps": True, "timeline": True}
    assert pm.places == {"realised": 18, "planned": 32}


def test_a_member_the_letter_is_not_about_is_left_out(parse) -> None:
    """HLTsamen writes for Hillegom and Lisse; Teylingen is named only to say it got no letter."""
    pm = parse(make_mail(
        "In reactie op uw brieven aan de colleges van Hillegom en Lisse geven wij u namens beide colleges de stand "
        "van zaken. Teylingen voldoet aan de wettelijke taak en heeft geen brief ontvangen.\n\nHillegom: 28 plekken "
        "in gebruik; 12 plekken erbij per 1 maart 2030.\nLisse: 45 plekken in een kantoorgebouw, in gebruik per 1 juli "
        "2030.\n\nMet vriendelijke groet,\nHLTsamen\n", frm="info@hltsamen.nl"))
    assert sorted(pm.municipalities) == ["Hillegom", "Lisse"]


def test_a_question_asking_for_an_answer_before_a_day_is_no_extension_request(parse) -> None:
    """"Wij stellen het op prijs als u dit vóór 13 maart kunt laten weten, zodat wij tijdig kunnen reageren": the
    municipality wants to answer in time and asks the ministry something (blind batch b110)."""
    pm = parse(make_mail("Geachte heer, mevrouw,\n\nIn uw brief (kenmerk 7468089) staat voor regulier het getal 0. "
                         "Volgens onze administratie zijn er 40 plaatsen in gebruik.\n\nKunt u aangeven op welke bron "
                         "uw cijfer is gebaseerd? Wij stellen het op prijs als u dit vóór 13 maart kunt laten weten, "
                         "zodat wij tijdig kunnen reageren.\n", subject="Vraag over cijfers in uw brief"))
    assert pm.kind == "question"


def test_a_phishing_mail_about_the_mailbox_is_other(parse) -> None:
    """"Uw postvak heeft de opslaglimiet bereikt ... Bevestig uw account": spam that calls itself automatic is no
    out-of-office (blind batch b116)."""
    pm = parse(make_mail("Beste gebruiker,\n\nUw postvak heeft de opslaglimiet bereikt en wordt binnen 24 uur "
                         "geblokkeerd. Bevestig uw account via de knop hieronder.\n\nDit bericht is automatisch "
                         "verzonden.\n", subject="Actie vereist", frm="IT Beheer <noreply@mail-verify-365.com>"))
    assert pm.kind == "other"


def test_the_letter_forwarded_to_a_colleague_by_mistake_is_other(parse) -> None:
    """"Kun jij een concept-reactie voorbereiden?" above our forwarded letter: a municipality's internal forward
    that reached our mailbox, not a question to the ministry (blind batch b116)."""
    forwarded = ("Hoi Sanne,\n\nHierbij de brief van het ministerie. Kun jij met Ahmed een concept-reactie "
                 "voorbereiden? Graag volgende week een eerste versie.\n\nGroet, Karin\n\n"
                 "-----Oorspronkelijk bericht-----\nVan: IBT Spreidingswet <ibtspreidingswet@minjenv.nl>\n"
                 "Onderwerp: Brief interbestuurlijk toezicht\n\nOnze referentie 7468089\n\nGeachte college, ...\n")
    pm = parse(make_mail(forwarded, subject="FW: Brief interbestuurlijk toezicht"))
    assert pm.kind == "other"
    asked = forwarded.replace("Hoi Sanne,\n\nHierbij de brief van het ministerie. Kun jij met Ahmed een concept-reactie "
                              "voorbereiden? Graag volgende week een eerste versie.\n\nGroet, Karin",
                              "Geachte heer, mevrouw,\n\nKunt u ons laten weten of de reactie per mail mag worden "
                              "gestuurd?\n\nMet vriendelijke groet, Karin")
    assert parse(make_mail(asked, subject="FW: Brief interbestuurlijk toezicht")).kind == "question"


def test_a_council_letter_that_also_answers_our_letter_is_a_reply(parse) -> None:
    """"Ter informatie: bijgaande raadsinformatiebrief ... bevat tevens het antwoord van het college op uw brief"
    above the forwarded letter: an answer, not information only (blind batch b119)."""
    raw = (b"From: Communicatie <communicatie@diemen.nl>\r\nTo: ibtspreidingswet@minjenv.nl\r\n"
           b"Subject: Fwd: Raadsinformatiebrief opvang\r\nDate: Mon, 12 Jan 2037 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: multipart/mixed; boundary=b1\r\n\r\n--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           b"Ter informatie: bijgaande raadsinformatiebrief bevat tevens het antwoord van het college op uw brief van "
           b"6 januari 2037 (kenmerk 7468089).\r\n--b1\r\nContent-Type: message/rfc822\r\n"
           b"Content-Disposition: attachment; filename=rib.eml\r\n\r\n"
           b"From: Griffie Diemen <griffie@diemen.nl>\r\nSubject: Raadsinformatiebrief opvang\r\n\r\n"
           b"Op dit moment zijn er nog geen opvangplekken in gebruik. Tegen de vergunning voor 65 plekken hebben "
           b"omwonenden bezwaar gemaakt. De units zijn besteld. Wij verwachten de locatie in het derde kwartaal van "
           b"2037 te openen.\r\n--b1--\r\n")
    assert parse(raw).kind == "ibt_reply"
    assert parse(raw.replace(b"bevat tevens het antwoord van het college op uw brief", b"is gisteren verstuurd; "
                             b"zie ook uw brief")).kind == "other"


def test_the_answer_in_the_subject_line_is_read_when_the_body_points_to_it(parse) -> None:
    """"RE: IBT brief 7468089 - 250 pl gerealiseerd, 60 erbij per 1-9-2026" above "Zie onderwerp.": the subject is
    the writer's own text (blind batch b119); without the pointer a subject is read only when it tells when the
    places come ("Reactie IBT 7639726 – Zwolle voldoet per 1 maart 2039", b133, b135)."""
    body = "Zie onderwerp.\n\nAchterstand komt door het faillissement van de aannemer; de bouw loopt weer.\n\ngr Jeroen\n"
    subject = "RE: IBT brief 7468089 - 250 pl gerealiseerd, 60 erbij per 1-9-2026"
    pm = parse(make_mail(body, subject=subject, date="Mon, 20 Apr 2026 10:00:00 +0200"))
    assert pm.places == {"realised": 250, "planned": 60} and pm.expected_date == "2026-09-01"
    pm = parse(make_mail(body.replace("Zie onderwerp.", "Zie hieronder."), subject=subject))
    assert pm.expected_date == "2026-09-01"
    pm = parse(make_mail(body.replace("Zie onderwerp.", "Zie hieronder."), subject=subject.split(",")[0]))
    assert pm.places["realised"] is None


def test_information_that_is_also_the_answer_needs_no_reference(parse) -> None:
    """"Ter informatie, en mede als reactie op uw brief van 18 november jl.: onderstaand persbericht" with the
    figures, causes and plans in the press release below: the answer, though it quotes no reference (b118)."""
    body = ("Ter informatie, en mede als reactie op uw brief van 18 november jl.: onderstaand persbericht is vandaag "
            "verspreid.\n\nPERSBERICHT\n\nDe opvang in het oude belastingkantoor gaat later open. Het bouwbedrijf is "
            "in oktober failliet verklaard; een nieuwe aannemer is op 1 december begonnen. In het gebouw komen 128 "
            "opvangplekken. Volgens de nieuwe planning is het gebouw medio 2037 klaar voor bewoning.\n")
    assert parse(make_mail(body, subject="Persbericht opvang")).kind == "ibt_reply"
    assert parse(make_mail(body.replace(", en mede als reactie op uw brief van 18 november jl.", ""),
                           subject="Persbericht opvang")).kind == "other"


def test_an_indirect_question_of_the_council_is_a_question(parse) -> None:
    pm = parse(make_mail("De gemeenteraad van Beverwijk heeft kennisgenomen van uw brief van 16 november (referentie "
                         "7639835). Het presidium vraagt of de brief openbaar is en als ingekomen stuk op de lijst mag "
                         "worden geplaatst.\n\nGraag ontvangen wij uw antwoord voor 2 december.",
                         subject="Vraag griffie Beverwijk over openbaarheid brief IBT",
                         frm="Griffie <griffie@beverwijk.nl>"))
    assert pm.kind == "question"


def test_a_council_letter_on_another_subject_is_other(parse) -> None:
    pm = parse(make_mail("Geachte leden van de raad,\n\nBijgaand ontvangt u raadsinformatiebrief 2039-03 over de "
                         "verkeersveiligheid op de Rivierdijk. Sinds de herinrichting rijden auto's er harder, omdat "
                         "de weg breder is geworden. De brief wordt geagendeerd voor de commissie Ruimte.",
                         subject="RIB 2039-03 Verkeersveiligheid Rivierdijk", frm="Griffie <griffie@sliedrecht.nl>"))
    assert pm.kind == "other"


def test_a_subject_of_parts_after_the_bare_reference_is_the_answer(parse) -> None:
    """"Re: 7639584 Drimmelen – 0 nu / 80 pl Made / klaar Q1 '27 / reden: geen grond + bezwaren buurt" above a phone's
    footer (blind batch b130): the reference and the name lead, each part after them is read on its own."""
    pm = parse(make_mail("Verzonden vanaf mijn Galaxy\n", frm="R. Bakker <r.bakker@drimmelen.nl>",
                         subject="Re: 7639584 Drimmelen – 0 nu / 80 pl Made / klaar Q1 '27 / reden: geen grond + "
                                 "bezwaren buurt"))
    assert pm.expected_date == "2027-Q1" and pm.elements["facts"] and pm.places["realised"] == 0


def test_the_planning_of_a_proposal_voted_down_is_no_moment(parse) -> None:
    """The cover text says the council voted the proposal down; the proposal below still lists its planning and its
    places (blind batches b128, b135): they are no longer the municipality's plan, its objections still a cause."""
    body = ("Op 10 november heeft de gemeenteraad het raadsvoorstel over het azc verworpen. Het college onderzoekt nu "
            "twee andere locaties. Wij vangen op dit moment geen asielzoekers op. Ter informatie volgt hieronder de "
            "kern van het verworpen raadsvoorstel.\n\nRAADSVOORSTEL (verworpen)\n\nBeslispunten\n- In te stemmen met "
            "een asielzoekerscentrum voor 146 asielzoekers aan de Scholtenhagenweg.\n\nKanttekeningen\n- In de wijk "
            "is veel weerstand tegen de locatie.\n\nPlanning\n- Q1 2027 omgevingsvergunning\n"
            "- Q4 2027 opening van het azc\n")
    pm = parse(make_mail(body, frm="R. Kuipers <r.kuipers@haaksbergen.nl>", subject="Brief 7639807 - stand van zaken"))
    assert pm.expected_date is None and not pm.elements["timeline"]
    assert pm.places == {"realised": 0, "planned": None} and "local_opposition" in pm.reasons


def test_time_asked_in_the_subject_is_an_extension_request(parse) -> None:
    pm = parse(make_mail("portefeuillehouder ziek, vervanger pas terug wk 9.\n\nM. Visser\nNissewaard\n",
                         subject="uitstel tot 15/3 aub - ref 7639883", frm="M. Visser <m.visser@nissewaard.nl>"))
    assert pm.kind == "extension_request"


def test_a_subject_that_tells_the_day_with_its_reference_in_brackets(parse) -> None:
    pm = parse(make_mail("De opleveringsdatum die het COA ons heeft gegeven, ziet u in de onderwerpregel van deze mail; "
                         "vanaf dat moment voldoet Middelburg aan de taak.\n",
                         subject="Middelburg: nieuw azc Nieuwe Vlissingseweg per 1 juli 2027 in gebruik (ref. 7639914)",
                         frm="J. Verhage <j.verhage@middelburg.nl>"))
    assert pm.expected_date == "2027-07-01"


def test_a_subject_that_is_the_terse_answer_above_one_line_of_cause(parse) -> None:
    """"RE: Brief IBT 7468089 - Bunnik: 0 nu, 103 in Odijk (raad 19/12 akkoord), open 1/3/'27" above one line with the
    cause (blind batch b151): the subject is read as the answer too."""
    pm = parse(make_mail("Oorzaak vertraging: bezwaar tegen bestemmingsplan, beroep bij RvS loopt nog.\ngr Pieter\n",
                         frm="P. de Vries <p.devries@bunnik.nl>",
                         subject="RE: Brief IBT 7468089 - Bunnik: 0 nu, 103 in Odijk (raad 19/12 akkoord), open 1/3/'27"))
    assert pm.kind == "ibt_reply" and pm.places == {"realised": 0, "planned": 103}, (pm.kind, pm.places)
    assert pm.expected_date == "2027-03-01" and pm.elements["facts"], (pm.expected_date, pm.elements)


def test_an_arrow_after_the_reference_in_the_subject(parse) -> None:
    """"RE: 7468089 → 64 van 178 nu, +114 Sprundel (vergunning rond) Q3 '27" above "zie onderwerp" (blind batch
    b151): an arrow parts the reference from the answer as a dash does."""
    pm = parse(make_mail("zie onderwerp\nKees\n", frm="K. Jansen <k.jansen@rucphen.nl>",
                         subject="RE: 7468089 → 64 van 178 nu, +114 Sprundel (vergunning rond) Q3 '27"))
    assert pm.places == {"realised": 64, "planned": 114} and pm.expected_date == "2027-Q3", (pm.places, pm.expected_date)


@pytest.mark.parametrize(("body", "subject", "kind"), [
    # (blind batches b152, b154): a notice of places that end, sent "ter kennisname"; a meeting asked for; a question
    # with the answer's day already agreed; a question before the answer, the answer announced after it
    ("Ter kennisname laten wij u weten dat de opvang in het voormalige klooster per 1 maart 2027 stopt. De eigenaar "
     "heeft het pand verkocht. Het gaat om 40 plaatsen. Wij bekijken samen met het COA twee andere panden.",
     "Ter kennisname: beëindiging opvang Kloosterlaan per 1 maart 2027", "meldplicht"),
    ("Wij hebben uw brief (kenmerk 7468089) ontvangen. Kunnen wij op korte termijn een gesprek plannen met uw team? "
     "De wethouder wil graag toelichten waarom de locatie niet doorgaat. Zij is beschikbaar op dinsdag 12 januari.",
     "Verzoek om gesprek n.a.v. brief kenmerk 7468089", "question"),
    ("In uw brief (kenmerk 7468089) staan voor ons 120 gerealiseerde plaatsen. Tellen de 20 plaatsen in onze "
     "doorstroomlocatie mee voor de wettelijke taak? Met uw collega is telefonisch afgesproken dat onze reactie "
     "uiterlijk 7 februari bij u is.", "Vraag over telling plaatsen - brief kenmerk 7468089", "question"),
    ("Wij hebben uw brief met kenmerk 7468089 ontvangen. Kunt u ons laten weten op welke rapportage dit cijfer is "
     "gebaseerd? Na uw antwoord ontvangt u onze reactie op uw brief.", "Vraag over brief kenmerk 7468089", "question"),
])
def test_kinds_written_every_way(parse, body: str, subject: str, kind: str) -> None:
    pm = parse(make_mail(body, subject=subject))
    assert pm.kind == kind, (pm.kind, pm.kind_evidence)


@pytest.mark.parametrize(("body", "subject", "kind"), [
    # (blind batch b155): a short request whose sentence before it ends in "ons niet" is still a request; "2 wk extra"
    # asked as such; the answer that names the extension it follows is the answer
    ("Door ziekte halen wij de termijn van 24/1 ons niet. Graag uitstel tot 31/1.", "Uitstel / brief 7468089",
     "extension_request"),
    ("Graag 2 wk extra (tot 21/2): de raad besluit 13/2 over de locatie, daarna reageren we inhoudelijk.",
     "uitstel 7468089?", "extension_request"),
    ("Werkendam (na uitstel, zie ons verzoek van 19/1):\n\nStand 40/127 (Sleeuwijk, 40 reg.)\n+90 plk kavel Dijkweg – "
     "principebesluit college 7/2\nReden tekort: nauwelijks gemeentelijke grond, hoge grondprijs\nIngebruikname: eind "
     "Q2 '28", "Reactie Altena op 7468089 (na uitstel)", "ibt_reply"),
])
def test_kinds_written_every_way_ii(parse, body: str, subject: str, kind: str) -> None:
    pm = parse(make_mail(body, subject=subject, frm="A. de Wit <a.dewit@altena.nl>"))
    assert pm.kind == kind, (pm.kind, pm.kind_evidence)


def test_a_reference_after_the_word_uitstel_is_no_phone_number(parse) -> None:
    """"uitstel 7468089?" (blind batch b155): "tel" inside "uitstel" is no label of a phone number."""
    pm = parse(make_mail("Graag 2 wk extra, daarna reageren we.", subject="uitstel 7468089?",
                         frm="A. de Wit <a.dewit@altena.nl>"))
    assert pm.references == ["7468089"], pm.references


@pytest.mark.parametrize(("body", "frm", "expected"), [
    # a shared organisation named after its members ("Samenwerkingsorganisatie De Wolden Hoogeveen", blind batch b155):
    # its own name names no member; the text says which one writes, even from the other member's mail domain
    ("Melding art. 8 Spreidingswet, gemeente Hoogeveen.\n\nNu: 150 plk. Per 1/4 sluit het COA paviljoen C (40 plk).\n\n"
     "Y. Bakker\nSamenwerkingsorganisatie De Wolden Hoogeveen\n", "Y. Bakker <y.bakker@hoogeveen.nl>", ["Hoogeveen"]),
    ("Korte vraag voor we reageren: tellen de AMV-plekken in Hoogeveen ook mee voor De Wolden?\n\nY. Bakker\n"
     "Samenwerkingsorganisatie De Wolden Hoogeveen, namens gemeente De Wolden\n", "Y. Bakker <y.bakker@hoogeveen.nl>",
     ["De Wolden"]),
    # the other members named as unchanged (blind batch b166): not written for
    ("Correctie op onze gebundelde reactie van 14 maart (referentie 7468089): voor Teylingen staan op dit moment 84 "
     "plaatsen in gebruik, niet 90.\n\nDe gegevens voor Hillegom en Lisse blijven ongewijzigd.\n",
     "E. Verbeek <e.verbeek@hltsamen.nl>", ["Teylingen"]),
])
def test_a_shared_organisation_named_after_its_members(parse, body: str, frm: str, expected: list[str]) -> None:
    pm = parse(make_mail(body, subject="Brief IBT", frm=frm))
    assert pm.municipalities == expected, pm.municipalities


@pytest.mark.parametrize(("subject", "planned", "expected"), [
    # (blind batch b155): a subject line that is the terse answer, after the municipality's name and the reference
    ("Blaricum 7468089 — 65 plk gereed 1-7-2027 (Bijvanck, modulair)", 65, "2027-07-01"),
    ("7468089 Montfoort: nu 0 / 79 plk Heeswijk (vergunning rond) per 1-9-'27", 79, "2027-09-01"),
])
def test_the_subject_line_as_the_terse_answer_ii(parse, subject: str, planned: int, expected: str) -> None:
    pm = parse(make_mail("- nu 0\n- reden: geen eigen grond\n- bouw start wk 6\n", subject=subject,
                         frm="P. Smit <p.smit@blaricum.nl>"))
    assert pm.places["planned"] == planned and pm.expected_date == expected, (pm.places, pm.expected_date)


def test_council_answers_whose_questions_became_headings(parse) -> None:
    """"Vraag 3" on a line of its own, the question below it read as a heading ("Waarom voldoet ... nog niet?"), then
    the answer without its label (blind batch b156): the answer is the college's, not the council member's."""
    doc = ("Beantwoording schriftelijke vragen\nVraag 1\nKlopt het dat de gemeente een brief heeft ontvangen?\n"
           "Antwoord: Ja, op 12 januari (referentie 7468089).\n\nVraag 2\nWaarom voldoet de gemeente nog niet?\n"
           "Antwoord: Onbebouwde grond is er nauwelijks en de woningnood is groot.\n\nVraag 3\nWelke stappen heeft het "
           "college gezet?\nAntwoord: Het college heeft de locatie Havenweg aangewezen voor 80 plaatsen; de raad stemde "
           "daar op 14 december mee in.\n\nVraag 4\nWanneer gaat de locatie open?\nAntwoord: De planning is dat de "
           "locatie uiterlijk 1 juli 2028 in gebruik wordt genomen.\n")
    pm = parse(make_mail(doc, subject="Beantwoording schriftelijke vragen / reactie op brief 7468089",
                         frm="Griffie <griffie@huizen.nl>"))
    assert all(pm.elements.values()) and pm.expected_date == "2028-07-01", (pm.elements, pm.expected_date)


def test_an_answer_that_tells_of_its_previous_reply_is_no_request_for_time(parse) -> None:
    """"De units die wij in onze vorige reactie noemden, konden nog niet worden geplaatst: de netbeheerder kan de
    locatie pas aansluiten ..." (blind batch b159): the reply named is the earlier one, nothing asks to reply later."""
    body = ("Hieronder onze antwoorden.\n\nOp dit moment zijn 30 plaatsen in gebruik.\n\nWij hebben weinig leegstaand "
            "vastgoed. De units die wij in onze vorige reactie noemden, konden nog niet worden geplaatst: de netbeheerder "
            "kan de locatie pas aansluiten als er netcapaciteit vrijkomt.\n\nSamen met de woningcorporatie plaatsen wij "
            "48 plaatsen in modulaire units; de omgevingsvergunning is verleend.\n")
    pm = parse(make_mail(body, subject="Antwoord op brief 7468089", frm="G. Mulder <g.mulder@westerveld.nl>"))
    assert pm.kind == "ibt_reply", (pm.kind, pm.kind_evidence)


def test_council_answers_labelled_antwoord_without_a_number(parse) -> None:
    """"Vraag 2. Waarom ...?" / "Antwoord: ..." (blind batch b160): the council's questions do not make the answer a
    question to us."""
    body = ("In reactie op uw brief (kenmerk 7468089) sturen wij u de beantwoording van raadsvragen.\n\nVraag 1. Hoe "
            "reageert het college op de brief?\nAntwoord: Het college heeft kennisgenomen van de brief. Wij hebben nog "
            "geen opvangplaatsen.\n\nVraag 2. Waarom is er nog geen opvang?\nAntwoord: In de kernen is veel weerstand "
            "tegen een azc.\n\nVraag 3. Wanneer voldoet het college aan de taak?\nAntwoord: Dat is nu niet te zeggen.\n")
    pm = parse(make_mail(body, subject="Reactie op brief 7468089", frm="Griffie <griffie@cranendonck.nl>"))
    assert pm.kind == "ibt_reply", (pm.kind, pm.kind_evidence)


def test_a_terse_request_for_a_later_day_is_an_extension_request(parse) -> None:
    """"lukt 20/3 niet ... Kunnen we tot 3/4?" from a phone (blind batch b166): time asked for, said short."""
    pm = parse(make_mail("Voor Bergen (7468089) lukt 20/3 niet, collegebesluit pas 27/3. Kunnen we tot 3/4? Dan krijgt "
                         "u 1 reactie.\n\nGr Marloes\n", subject="uitstel Bergen"))
    assert pm.kind == "extension_request", pm.kind_evidence


_LONG_HISTORY = ("\n\nVan: IBT Spreidingswet <ibtspreidingswet@minjenv.nl>\nOnderwerp: Brief interbestuurlijk toezicht "
                 "7468089\n\n" + "Op grond van de Wet gemeentelijke taak mogelijk maken asielopvangvoorzieningen vragen wij u "
                 "binnen drie weken te reageren met de stand van zaken, de oorzaken, de gezette stappen en de termijn "
                 "waarop uw gemeente aan de wettelijke taak voldoet.\n")


def test_a_reply_typed_on_a_phone_is_read_line_by_line(parse) -> None:
    """"Verzonden vanuit Outlook voor Android" under lines of figures, above a history whose paragraphs stand on one
    long line each (blind batch b167): the client wraps nothing, so each line is its own sentence and the count now,
    the last places to come and their moment are read apart. Without the long lines the text may have been wrapped by
    the writer (blind batches b57, b71, b120, b134) and the lines go on as before."""
    lines = ("Locatie Zuiderhout 75 plk opgeleverd 1/6 en in gebruik, totaal nu 215 reg\n"
             "laatste 14 amv: Weidevenne, RB genomen vgn aangevraagd verwacht Q3\n"
             "achterstand kwam door bezwaar tegen vgn Zuiderhout\n"
             "gr Tom\n\nVerzonden vanuit Outlook voor Android")
    pm = parse(make_mail(lines + _LONG_HISTORY, subject="RE: 7468089 stand 215/229"))
    assert pm.places == {"realised": 215, "planned": 14}, pm.place_figures
    assert pm.elements == {"facts": True, "steps": True, "timeline": True}
    wrapped = parse(make_mail(lines + "\n", subject="RE: 7468089 stand 215/229"))
    assert wrapped.places != {"realised": 215, "planned": 14}


def test_council_questions_sent_along_as_the_answer_are_no_question(parse) -> None:
    """"Kort geleden heeft het college schriftelijke vragen van de fractie van de ChristenUnie over hetzelfde onderwerp
    beantwoord ... sturen wij ze u hieronder als onze reactie" (blind batch b169): the answer, not a question."""
    pm = parse(make_mail("Uw brief (referentie 7468089) hebben wij ontvangen. Kort geleden heeft het college schriftelijke "
                         "vragen van de fractie van de ChristenUnie over hetzelfde onderwerp beantwoord. Wij sturen ze u "
                         "hieronder als onze reactie.\n\n===== Beantwoording schriftelijke vragen =====\n"
                         "Vraag 1\nHoeveel asielzoekers vangt de gemeente op?\nAntwoord\n"
                         "Op dit moment zijn er geen opvangplaatsen.\nVraag 2\nWaarom is er nog geen locatie?\n"
                         "Antwoord\nIn 2039 is een voorstel voor opvang aan de Dorpsweg na veel weerstand uit de omgeving "
                         "ingetrokken.\nVraag 3\nWelke stappen zet het college nu?\nAntwoord\nWij onderzoeken twee "
                         "mogelijkheden voor kleinschalige opvang; daarover zijn wij in gesprek met het COA.\n",
                         subject="Reactie op uw brief, referentie 7468089"))
    assert pm.kind == "ibt_reply", pm.kind_evidence
