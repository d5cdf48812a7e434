"""Clause-level meaning rules (parsers/data/meaning.json): each rule fires on its own regression case, and the
negation, modality and clause rules hold on hand-written sentences."""
from __future__ import annotations

import pytest

from parsers import meaning
from parsers.elements import is_step
from parsers.reasons import sentence_reasons
from parsers.segments import Sentence

RULES = [(family, rule) for family, rules in meaning.rulebook().items() for rule in rules]


@pytest.mark.parametrize(("family", "rule"), RULES, ids=[f"{f}:{r.id}" for f, r in RULES])
def test_every_rule_fires_on_its_case(family: str, rule: meaning.Rule) -> None:
    assert rule.case, f"{family}:{rule.id} has no regression case"
    assert rule.matches(meaning.clauses(rule.case)) is not None


def test_lemmas_cover_inflections() -> None:
    assert meaning.lemma("verlengd") == "verlengen"
    assert meaning.lemma("plekken") == "plek"
    assert meaning.lemma("teruggetrokken") == "terugtrekken"


@pytest.mark.parametrize("sentence,verb", [
    ("De tijdelijke vergunning loopt op 1 maart 2027 af.", "aflopen"),
    ("Per 1 maart vallen daardoor 90 plaatsen weg.", "wegvallen"),
    ("Wij vangen op dit moment 45 asielzoekers op.", "opvangen"),
    ("De raad trok het voorstel in.", "intrekken"),
])
def test_separable_verbs_are_joined(sentence: str, verb: str) -> None:
    assert any(verb in c.lemmas for c in meaning.clauses(sentence))


def test_a_particle_inside_the_clause_is_a_preposition() -> None:
    assert not any("inwonen" in c.lemmas for c in meaning.clauses("In de gemeente wonen 45 asielzoekers."))


def test_negation_is_per_clause() -> None:
    cls = meaning.clauses("De vergunning is verleend, maar de bouw is nog niet gestart.")
    assert [c.negated for c in cls] == [False, True]


def test_not_eerder_dan_is_no_negation() -> None:
    assert not meaning.clauses("De plekken zijn niet eerder dan in maart 2027 beschikbaar.")[0].negated


def test_continuation_keeps_the_negation() -> None:
    cls = meaning.clauses("Het college acht het niet verantwoord stappen te zetten, zoals de aankoop van een pand.")
    assert len(cls) == 1 and cls[0].negated


def test_law_name_is_not_read_as_content() -> None:
    hits = meaning.fire("cause_frames", "Op grond van artikel 8 van de Wet gemeentelijke taak mogelijk maken "
                                        "asielopvangvoorzieningen melden wij u dat wij niet tijdig kunnen voldoen.")
    assert not hits


@pytest.mark.parametrize(("sentence", "reason"), [
    ("De huurovereenkomst wordt na 31 december niet verlengd.", "places_lost"),
    ("De eigenaar trok zich in het voorjaar terug.", "no_location"),
    ("Omwonenden stapten naar de rechter.", "objection_procedure"),
    ("De aanbesteding leverde twee inschrijvingen op die ruim boven het budget lagen.", "finance"),
    ("Het COA neemt de locatie niet in exploitatie.", "coa_dependency"),
    ("Vrijwel alle ruimte is al bebouwd.", "no_location"),
    ("Die kleine units kunnen wij niet betalen: de vergoeding dekt de kosten bij lange na niet.", "finance"),
    # homes scarce, vacant buildings that go to housing, hardly any vacancy
    ("De weinige panden die vrijkomen, zijn hard nodig voor statushouders en ouderen die op een woning wachten.",
     "housing_shortage"),
    ("Vrijwel alle gebouwen zijn in gebruik voor recreatie of landbouw, en leegstand is er nauwelijks.",
     "no_location"),
    ("De beoogde locatie aan de Handelsweg is na het bodemonderzoek niet langer in beeld.", "no_location"),
    # vacant buildings go to tourism and labour migrants; the guardian organisation (Nidos) closes a site
    ("Vrijkomende panden worden meestal verbouwd tot vakantiewoning of gebruikt voor arbeidsmigranten.", "no_location"),
    ("De plekken vervallen in mei, omdat Nidos heeft besloten de woongroep te sluiten.", "places_lost"),
    # dozens upon dozens of zienswijzen are the neighbourhood against the site
    ("Op het ontwerpbesluit kwamen 96 zienswijzen binnen.", "local_opposition"),
    # nitrogen work in a procedure, a permit application that had to be supplemented
    ("De woonunits zijn later klaar doordat de aanvraag moest worden aangevuld (stikstof).", "permit_procedure"),
    ("Het paviljoen liep vertraging op door een nieuwe AERIUS-berekening.", "permit_procedure"),
    # no building that fits, land owned by others; a small stock of homes with long waiting times
    ("In de kernen was er lang geen terrein dat aan de eisen voldeed.", "no_location"),
    ("De bruikbare percelen zijn in eigendom van derden.", "no_location"),
    ("De wachtlijsten voor een huurwoning zijn lang en de huurvoorraad is klein.", "housing_shortage"),
    # a supplier that could not deliver; the COA that struck the plan from its planning
    ("Door een productiestop bij de fabrikant konden de units niet op tijd worden geleverd.", "other"),
    ("Het COA heeft het project in het voorjaar afgeblazen.", "coa_dependency"),
])
def test_reasons_by_meaning(sentence: str, reason: str) -> None:
    assert reason in sentence_reasons(sentence)


@pytest.mark.parametrize("sentence", [
    "Het COA heeft de bestuursovereenkomst niet opgezegd.",  # a lease that is NOT ended
    "Met het COA is een intentieovereenkomst gesloten voor de drie locaties.",  # a step, not a closed building
    "De raad van bestuur van het COA heeft nog geen akkoord gegeven.",  # not the municipal council
])
def test_no_places_lost_or_council_where_none(sentence: str) -> None:
    found = sentence_reasons(sentence)
    assert "places_lost" not in found and "council_decision" not in found


@pytest.mark.parametrize(("sentence", "reason"), [
    # "in beide gevallen": cases, not a fallen coalition
    ("Tegen eerdere voorstellen was veel verzet, en in beide gevallen heeft het college het voorstel ingetrokken.",
     "other"),
    # owners of other buildings keep quiet, a wing is not ready: no site is said to be absent
    ("Sindsdien durven ook eigenaren van andere panden zich niet meer te melden.", "no_location"),
    ("De tweede vleugel van het gebouw is nog niet klaar.", "no_location"),
    ("De raad sprak uit dat er geen azc of andere opvanglocatie komt.", "no_location"),
])
def test_no_other_site_or_crisis_where_none(sentence: str, reason: str) -> None:
    assert reason not in sentence_reasons(sentence)


@pytest.mark.parametrize(("sentence", "reason"), [
    # "op grond van" is by virtue of, not land; "het oog laten vallen op" is to choose, nothing fell through
    ("Dat is minder dan de 150 plekken die wij op grond van het verdeelbesluit moeten bieden.", "no_location"),
    ("Het college had het oog laten vallen op een kavel aan de rand van het dorp.", "no_location"),
    # a neighbour's setback, told without "wij"; a planning line; costs that are covered
    ("In buurgemeente Zoetermeer werd vorig jaar een plan voor een azc door de raad weggestemd.", "council_decision"),
    ("september-oktober 2028: vergunningprocedure", "permit_procedure"),
    ("De gemeentelijke kosten worden gedekt uit de rijksvergoeding.", "finance"),
    # the hard search is for staff, not a site; a council decision that came after the procedure; a planned lead time
    ("Het vinden van personeel voor de nieuwe locatie is lastig.", "no_location"),
    ("Na het besluit van de raad moeten de units nog worden geplaatst.", "council_decision"),
    ("De raad heeft op 3 maart ingestemd; daarna moet de vergunning nog worden aangevraagd.", "council_decision"),
    ("Voor vergunning, plaatsing en inrichting rekenen wij met een doorlooptijd van zes maanden.", "permit_procedure"),
    ("Volgens de rechter is de geluidsbelasting van het nabijgelegen bedrijventerrein onvoldoende onderzocht.", "no_location"),
    # a site found quickly; a care institution that leaves a building (it comes free); a condition considered
    ("Daarna vonden wij in korte tijd een nieuw perceel aan de Industrieweg.", "no_location"),
    ("Wij spreken met een zorginstelling die volgend jaar haar pand in het dorp gaat verlaten.", "places_lost"),
    ("Als het pand bij de schouw niet geschikt blijkt, kijken wij naar units op het sportpark.", "no_location"),
    ("Mocht de raad niet instemmen, dan zoeken wij verder.", "council_decision"),
])
def test_no_reason_in_idioms_neighbours_plans_or_covered_costs(sentence: str, reason: str) -> None:
    assert reason not in sentence_reasons(sentence)


def test_a_proposal_lying_before_the_council_is_a_step_a_stalled_one_is_not() -> None:
    assert meaning.fire("steps", "Nu ligt er een raadsvoorstel voor tijdelijke units voor 40 plekken.")
    assert not [r for r, _ in meaning.fire("steps", "Het raadsvoorstel ligt stil.") if r.id == "proposal_ready"]


def test_own_setback_beside_a_neighbour_still_counts() -> None:
    assert "council_decision" in sentence_reasons(
        "Net als in buurgemeente Zoetermeer heeft onze raad het voorstel voor een azc weggestemd.")


def _step(text: str) -> bool:
    return is_step(Sentence(text, "body", ""))[0]


@pytest.mark.parametrize("sentence", [
    "Wij gaan graag met u in gesprek over de vraag hoe wij kunnen bijdragen.",
    "Wij blijven ons onverminderd inzetten en onderzoeken de mogelijkheden.",
    "Het college heeft nog niet besloten of het in hoger beroep gaat.",
    "De bewoners zijn dezelfde nacht door het COA elders ondergebracht.",
    "Het college acht het niet verantwoord onomkeerbare stappen te zetten, zoals de aankoop van een pand.",
    "Eerder dit jaar was een tweede locatie in voorbereiding.",
    "Met de woningstichting is niet afgesproken dat de dienstwoningen worden opgeknapt.",
    "De raad heeft besloten dat er geen azc komt, maar de discussie daarover blijft.",
    "In 2030 heeft de gemeenteraad besloten de vergunning voor dat azc niet te verlengen.",
    # the COA that looks, or a looking that is only intended, is no step of the municipality's
    "Het COA onderzoekt op dit moment of een paviljoen aan de rand van het terrein geschikt kan worden gemaakt.",
    "Het college is bereid om met het COA te kijken naar een uitbreiding, en we gaan onderzoeken welke andere "
    "mogelijkheden er zijn.",
    # buildings offered to us, or by an owner, are no step of ours; the adopted answer itself is none either
    "De twee panden die ons door marktpartijen werden aangeboden, bleken ongeschikt.",
    "Inmiddels heeft een particuliere eigenaar zijn pand rechtstreeks aan het COA aangeboden.",
    "Wij sturen u de antwoorden op de raadsvragen, zoals het college die op 19 oktober heeft vastgesteld.",
    # no decision yet, or a decision a court struck down
    "Er is nog geen besluit op de aanvraag genomen.",
    "De rechter heeft het besluit op de aanvraag vernietigd.",
    # the region's and the province's work, not the municipality's
    "De regio Gooi en Vechtstreek werkt aan een regionale opvanglocatie, en de provincie Noord-Holland begeleidt dit.",
    "Daarnaast zoekt de provincie Limburg via de regietafel naar regionale oplossingen voor Midden-Limburg.",
    # the evening is where the resistance showed, not a step of the sentence
    "Daarnaast is er in onze gemeenschap veel weerstand tegen opvang; dat bleek ook tijdens de informatieavond in april.",
    "De inloopavond in het dorpshuis moest voortijdig worden beëindigd.",
    # telling the regietafel, or a crowded evening against the plan, is no step towards places
    "Onze contactpersoon bij de provinciale regietafel is op de hoogte van de cijfers.",
    "Er waren drukbezochte bewonersavonden en een petitie met ruim duizend handtekeningen.",
])
def test_not_steps(sentence: str) -> None:
    assert not _step(sentence)


@pytest.mark.parametrize("sentence", [
    "Wij hebben op 3 maart de huurovereenkomst getekend.",
    "De aannemer begint in januari met de verbouwing.",
    "Met het COA is afgesproken dat het de locatie gaat beheren.",
    "Het college heeft op 14 april ingestemd met het plan voor de kavel aan de Dorpsweg.",
    # phone shorthand
    "bestuursovk met coa getekend 8 feb voor 120 plekken",
    "omgevingsvgn aangevraagd in maart",
])
def test_steps(sentence: str) -> None:
    assert _step(sentence)


@pytest.mark.parametrize("sentence", [
    "De nieuwe verhuurder heeft de huurovereenkomst met het COA niet voortgezet.",  # the COA as contract partner
    "Beide terreinen zijn samen met het COA bekeken en bleken niet haalbaar.",  # the COA as fellow investigator
    "Het kantoorpand voldeed niet aan de eisen van het COA voor de omvang.",  # the COA's requirements as yardstick
    "Zolang de beroepsprocedure loopt, wil het COA niet beginnen met bouwen.",  # the appeal holds it up
])
def test_the_coa_as_partner_or_waiting_on_another_obstacle_is_no_coa_dependency(sentence: str) -> None:
    assert "coa_dependency" not in sentence_reasons(sentence)


@pytest.mark.parametrize("sentence", [
    "Het COA wil de locatie niet openen zonder extra nooduitgangen.",
    "Het COA heeft laten weten af te zien van het kantoorpand.",
    "Of het hotel wordt gebruikt, hangt af van de beoordeling door het COA.",
    "Het COA tekent pas als de eigen begroting voor 2027 is vastgesteld.",
    "Wij wachten op een besluit van het COA over de exploitatie.",
])
def test_the_coa_as_the_party_that_decides_is_coa_dependency(sentence: str) -> None:
    assert "coa_dependency" in sentence_reasons(sentence)


def test_an_insertion_in_brackets_does_not_cut_the_clause() -> None:
    assert "places_lost" in sentence_reasons("Het azc aan de Parkweg (120 plaatsen, sinds 2022) sluit per 1 mei 2027.")


def test_article_and_twelve_apart_are_no_financial_supervision() -> None:
    s = "Op 12 juni melden wij u, zoals artikel 8 van de wet voorschrijft, dat wij niet aan de taak voldoen."
    assert "finance" not in sentence_reasons(s)


def test_costs_beyond_means_are_finance() -> None:
    s = "De kosten van een eigen locatie (geraamd op € 3 miljoen) zijn voor ons niet op te brengen."
    assert "finance" in sentence_reasons(s)


@pytest.mark.parametrize(("sentence", "reason"), [
    ("Het investeringsbesluit van het COA kwam pas in oktober 2026.", "coa_dependency"),
    ("De leverancier heeft de levering van de units verschoven naar mei.", "other"),
    ("In 2025 zette het COA alle uitbreidingen stil.", "coa_dependency"),
    ("De begroting van het COA liet geen nieuwe investeringen toe.", "finance"),
])
def test_setbacks_told_without_signal_words(sentence: str, reason: str) -> None:
    assert reason in sentence_reasons(sentence)


@pytest.mark.parametrize(("sentence", "reason"), [
    ("Het grootste deel van ons grondgebied is beschermd landschap.", "no_location"),
    ("De twee panden die wij aandroegen, een school en een kantoor aan de Dorpsweg, vielen af na de schouw.",
     "no_location"),
])
def test_sites_and_assessments_told_plainly(sentence: str, reason: str) -> None:
    assert reason in sentence_reasons(sentence)


@pytest.mark.parametrize("sentence", [
    "De gemeente en het COA hebben een vervangende woning in Dokkum gevonden.",
    "De huurovereenkomst voor het pand wordt op dit moment opgesteld.",
    "Op de bovenverdieping worden nog 40 plekken ingericht.",
    # the negation stands in what was agreed, not in the agreement
    "Met de woningstichting is afgesproken dat de twee dienstwoningen niet verkocht worden maar worden opgeknapt.",
])
def test_steps_told_plainly(sentence: str) -> None:
    assert is_step(Sentence(sentence, "body", ""))[0]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Dat wij de taak nog niet halen, komt door de keuze van de gemeenteraad.", True),
    ("De raad heeft bepaald dat de opvang gefaseerd wordt gerealiseerd.", True),
    ("De reden is dat de uitbreiding, waarover de raad een positief besluit nam, afhankelijk is van het COA.", False),
])
def test_the_councils_choice_as_the_cause(sentence: str, expected: bool) -> None:
    assert ("council_decision" in sentence_reasons(sentence)) is expected


@pytest.mark.parametrize("sentence", [
    "Er zijn 12 zienswijzen ingediend, die wij nu beantwoorden.",  # a handful: the procedure at work
    "Op het ontwerp zijn geen zienswijzen ingediend.",
    "Tegen het ontwerp zijn veel zienswijzen ingediend, waardoor de vaststelling later plaatsvond.",
])
def test_few_views_are_no_opposition(sentence: str) -> None:
    assert "local_opposition" not in sentence_reasons(sentence)


def test_a_building_that_no_longer_meets_the_rules_is_no_missing_site() -> None:
    """"de gebouwen voldoen niet langer aan de eisen" closes a site in use: no search for a site that fits."""
    assert "no_location" not in sentence_reasons("Het terrein is verkocht en de gebouwen voldoen niet langer aan de eisen.")


def test_an_adverb_after_an_article_is_a_name() -> None:
    assert "pas" not in meaning.clauses("Units op het terrein naast azc De Pas; de vergunning is aangevraagd.")[0].lemmas
    assert "pas" in meaning.clauses("De vergunning is pas in mei verleend.")[0].lemmas


@pytest.mark.parametrize("sentence,reason", [
    ("De aanvraag is ingediend, maar de omgevingsdienst heeft de beslistermijn tweemaal verlengd.", "permit_procedure"),
    ("Daardoor kregen wij de vergunning pas op 3 juni.", "permit_procedure"),
    ("De units komen naast azc De Pas en de vergunning is aangevraagd.", None),
])
def test_permit_delays(sentence: str, reason: str | None) -> None:
    found = sentence_reasons(sentence)
    assert (reason in found) if reason else "permit_procedure" not in found


@pytest.mark.parametrize("sentence,absent,present", [
    ("De bezwaren tegen het omgevingsplan spelen niet meer: de Raad van State heeft uitspraak gedaan.",
     "objection_procedure", None),
    ("Van lokaal verzet is in onze gemeente geen sprake: de informatieavond verliep rustig.", "local_opposition", None),
    ("Het Rijk vergoedt een deel van de kosten van de units; geld is dus niet het probleem.", "finance", None),
    ("Ook in een buurgemeente heeft de raad een locatie afgewezen; dat raakt onze plannen niet.", "council_decision", None),
    ("De bezwaren spelen niet meer, maar de netbeheerder kan pas in juni aansluiten omdat het net vol zit.",
     "objection_procedure", "other"),
    ("Van weerstand uit de omgeving is overigens geen sprake: de klankbordgroep staat positief tegenover het plan.",
     "local_opposition", None),
    ("Die onrust is inmiddels geluwd; na de gesprekken met de buurt ervaren wij geen verzet meer.",
     "local_opposition", None),
    ("De bezwaartermijn is op 1 augustus verstreken zonder dat er bezwaar is gemaakt.", "objection_procedure", None),
    ("Deze planning gaat uit van een vergunningprocedure zonder vertraging door bezwaar en beroep.",
     "objection_procedure", None),
    ("Volledigheidshalve merken wij op dat in de buurgemeente Ede een beroepsprocedure loopt tegen het azc.",
     "objection_procedure", None),
    ("Met de netbeheerder en het COA wordt bekeken of een aggregaat kan worden ingezet, zodat de ingebruikname niet "
     "op de aansluiting hoeft te wachten.", "coa_dependency", None),
    ("In het azc verblijven 140 statushouders die door het tekort aan betaalbare woningen niet kunnen doorstromen.",
     "finance", "housing_shortage"),
])
def test_a_cause_named_to_deny_it(sentence: str, absent: str, present: str | None) -> None:
    found = sentence_reasons(sentence)
    assert absent not in found
    assert present is None or present in found


@pytest.mark.parametrize("sentence,reason", [
    ("De levering van de woonunits liet op zich wachten: de fabrikant kampte met een tekort aan staal.", "other"),
    ("Oplevering hangt af van de netaansluiting: de netbeheerder meldt netcongestie.", "other"),
    ("De begroting biedt voor het restant geen ruimte.", "finance"),
    ("De gemeenteraad heeft als voorwaarde gesteld dat de opvang kleinschalig blijft.", "council_decision"),
    ("Het COA en Nidos konden tot nu toe onvoldoende begeleiders vrijmaken.", "coa_dependency"),
    ("Over de meerkosten waren de gemeente en het COA het lange tijd niet eens.", "coa_dependency"),
    ("De vertraging ontstond doordat het COA de aanbesteding opnieuw moest uitvoeren.", "coa_dependency"),
    ("Het COA wil vooral grotere locaties vanaf honderd plekken.", "coa_dependency"),
    ("Het COA kon de huurovereenkomst voor de grond pas in mei ondertekenen.", "coa_dependency"),
])
def test_causes_told_in_other_words(sentence: str, reason: str) -> None:
    assert reason in sentence_reasons(sentence)


@pytest.mark.parametrize("sentence", [
    "De eigenaar van het park heeft de overeenkomst met het COA opgezegd per 31 augustus.",
    "De woningcorporatie heeft de gebruiksovereenkomst met het COA opgezegd per 1 mei.",
    "Het COA heeft ons laten weten dat de huur van het kantoorpand niet wordt verlengd.",
    "Het COA blijft betrokken en heeft de bestuursovereenkomst niet opgezegd.",
    "Wij vermoeden dat deze locatie bij u niet bekend is, omdat het COA haar pas in september in zijn overzichten opnam.",
])
def test_the_coa_as_partner_or_messenger_is_no_cause(sentence: str) -> None:
    assert "coa_dependency" not in sentence_reasons(sentence)


@pytest.mark.parametrize("sentence,reason", [
    ("Het COA wil de geplande uitbreiding pas inzetten wanneer de extra units zijn geplaatst.", "coa_dependency"),
    ("Dat wij onder de taak zitten, is het gevolg van de renovatieplanning van het COA.", "coa_dependency"),
    ("De gebouwen zijn versleten en het COA ziet geen mogelijkheid de locatie nogmaals te renoveren.", "coa_dependency"),
    ("Het COA heeft laten weten dat het azc aan de Dorpsstraat, met 450 plaatsen, per 1 juli wordt gesloten.",
     "places_lost"),
    ("De exploitatie is daarmee voor de gemeente niet meer op te brengen.", "finance"),
])
def test_causes_in_real_statements(sentence: str, reason: str) -> None:
    assert reason in sentence_reasons(sentence)


@pytest.mark.parametrize("sentence,reason", [
    ("Het COA heeft het gebouw samen met ons geschouwd en het programma van eisen is vastgesteld.", "coa_dependency"),
    ("Het COA is geïnformeerd en heeft de bestelling van de paviljoens aangehouden.", "coa_dependency"),
    ("De tweede fase kan nog niet open doordat het COA de exploitatie nog niet heeft ingericht.", "finance"),
])
def test_no_cause_in_a_partners_routine(sentence: str, reason: str) -> None:
    assert reason not in sentence_reasons(sentence)


@pytest.mark.parametrize(("sentence", "denied", "held"), [
    ("Dat komt niet door bezwaar van omwonenden, maar door het faillissement van de aannemer.",
     "objection_procedure", "other"),
    ("De achterstand ontstaat niet door een besluit van de raad of door bezwaren, maar doordat de omgevingsvergunning "
     "opnieuw moet worden aangevraagd.", "council_decision", "permit_procedure"),
    # "niet alleen ... maar ook": both hold
    ("Dat komt niet alleen door bezwaar van omwonenden, maar ook door het faillissement van de aannemer.", None,
     "objection_procedure"),
])
def test_a_cause_denied_beside_the_one_that_holds(sentence: str, denied: str | None, held: str) -> None:
    """"niet door X, maar door Y": only Y is the reason (blind batch b109)."""
    found = sentence_reasons(sentence)
    assert held in found and (denied is None or denied not in found)


@pytest.mark.parametrize(("sentence", "reason"), [
    ("Wanneer de units kunnen worden geplaatst, hangt af van de vergunning en de levertijd.", "other"),
    ("De wettelijke beslistermijn en de levertijd van de units bepalen de planning.", "other"),
    ("Na gunning is de levertijd van de units ongeveer zes maanden.", "other"),
    ("Het ontwerp wordt aangepast en de vergunningaanvraag wordt in november opnieuw ingediend.", "permit_procedure"),
])
def test_a_lead_time_or_a_new_application_ahead_is_no_cause(sentence: str, reason: str) -> None:
    """Planning told ahead (a lead time, an application to come) holds nothing up; only "ligt aan/komt door de
    levertijd" and "moet opnieuw worden aangevraagd" are causes."""
    assert reason not in sentence_reasons(sentence)


@pytest.mark.parametrize(("sentence", "reason", "held"), [
    ("De raad heeft het voorstel voor een azc aan de Dorpsweg niet aangenomen.", "council_decision", True),
    ("De raad heeft het voorstel voor een azc aan de Dorpsweg aangenomen.", "council_decision", False),
    ("Raad zegt ja tegen opvanglocatie aan de Stationsweg", "council_decision", False),
    ("Het COA nam de investeringsbeslissing pas in april, drie maanden later dan afgesproken.", "coa_dependency", True),
    ("Het COA heeft het besluit genomen; de bouw begint later dit jaar.", "coa_dependency", False),
    ("Het COA heeft besloten de bouw pas te starten na de beslissing op bezwaar.", "coa_dependency", False),
    ("Een kleinere locatie kan de gemeente niet zelf bekostigen.", "finance", True),
    ("Na een verhitte informatieavond en een burgerinitiatief is het plan van tafel.", "local_opposition", True),
    ("Het verlies van de 60 plekken in het hotel is de belangrijkste reden dat wij niet aan de taak voldoen.",
     "places_lost", True),
    ("Ook de huisvesting van statushouders vraagt veel van de beperkte woningvoorraad.", "housing_shortage", True),
    ("Dat komt doordat de raad het eerste voorstel, voor een terrein aan de Dijk, in maart heeft verworpen.",
     "council_decision", True),
])
def test_causes_of_the_summer_batches(sentence: str, reason: str, held: bool) -> None:
    """Blind batches b113-b116 taught these: a council that did not adopt a proposal (and "zegt ja tegen" is a yes),
    a COA decision that came late, a municipality that cannot pay for a site itself, a heated meeting and a citizens'
    initiative against a site, the loss of places named as the reason, a small housing stock, and a council's
    rejection told around an insertion."""
    assert (reason in sentence_reasons(sentence)) is held
