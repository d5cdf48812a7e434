"""100 questions of set 42 with one hand-written predicate (lists/counts) or hand-read fact per question
-> questions42_with_expected_sets.jsonl. Asking day Wednesday 2028-09-13."""
import json, os
from common import HERE, load, ON

status, due = load()
NR = {r["gemeente"] for r in due if r["section"] == "overdue" and r["kind"] == "no_reply"}
NOORD = ["Drenthe", "Friesland", "Groningen"]
OOST = ["Gelderland", "Overijssel"]
ZUID = ["Limburg", "Noord-Brabant", "Zeeland"]
# expected_date values (strings) read by hand as intervals, listed per window where a window is used
EXP_2026 = lambda e: e is not None and e.startswith("2026")           # every interval ends in 2026
EXP_Q1_2027 = {"2027-01", "2027-01-01", "2027-02", "2027-02-01", "2027-02-15", "2027-03", "2027-03-01", "2027-Q1"}
EXP_H1_2027 = EXP_Q1_2027 | {"2027-04", "2027-04-01", "2027-05-01", "2027-06", "2027-Q2", "2027-H1"}
EXP_Q4_2027 = {"2027-10", "2027-11", "2027-12", "2027-Q4"}

MARLOES, HIDDE, NADIA, GIJS = 42501, 42502, 42503, 42504
Q = []

def add(staff, q, intent, filters, pred=None, fact=None, after=(), meaning=""):
    Q.append(dict(staff=staff, q=q, intent=intent, filters=filters, pred=pred, fact=fact,
                  after=list(after), meaning=meaning))

def case(pred):
    """predicate over (name, status entry, case) for cases only"""
    return lambda n, d: d["case"] is not None and pred(n, d, d["case"])

ans = lambda c: bool(c["answered"])
late = lambda c: ans(c) and c["reply_on_time"] is False
ontime = lambda c: ans(c) and c["reply_on_time"] is True
incompl = lambda c: c["state"] == "answered_incomplete"
compl = lambda c: c["state"] == "answered_complete"
ext = lambda c: bool(c["extension_requested"])

# ---------------- Marloes, beheerder, formal (42001-42025) ----------------
add(MARLOES, "Goedemorgen. Kunt u mij een overzicht geven van de stand van zaken?", "overview", {},
    meaning="overview of the register")
add(MARLOES, "Welke gemeenten in Noord-Holland hebben nog niet gereageerd terwijl de reactietermijn inmiddels is verstreken?",
    "list", {"province": "Noord-Holland", "state": ["no_reply"]},
    case(lambda n, d, c: d["province"] == "Noord-Holland" and n in NR),
    meaning="Noord-Holland cases overdue without reply")
add(MARLOES, "Hoeveel zaken bevinden zich op dit moment in trede 3?", "count", {"trede": 3},
    case(lambda n, d, c: c["trede"] == 3), meaning="count of trede-3 cases")
add(MARLOES, "Welke gemeenten hebben om uitstel van de reactietermijn verzocht?", "list", {"state": ["extended"]},
    case(lambda n, d, c: ext(c)), meaning="cases with an extension request")
# chain A
add(MARLOES, "Hoeveel gemeenten in Noord-Nederland voldoen niet aan hun wettelijke taak?", "count",
    {"province": NOORD, "compliance": "voldoet_niet"},
    case(lambda n, d, c: d["province"] in NOORD and c["compliance"] == "voldoet_niet"),
    meaning="count of non-compliant cases in Drenthe/Friesland/Groningen")
add(MARLOES, "En hoeveel daarvan hebben wel gereageerd?", "count",
    {"province": NOORD, "compliance": "voldoet_niet", "state": ["answered"]},
    case(lambda n, d, c: d["province"] in NOORD and c["compliance"] == "voldoet_niet" and ans(c)),
    after=[42005], meaning="follow-up: of those, the ones that answered")
add(MARLOES, "Kunt u die lijst voor mij naar Excel exporteren?", "unknown",
    {"province": NOORD, "compliance": "voldoet_niet", "state": ["answered"]},
    after=[42005, 42006], meaning="export request (cannot), keeps the list's slots")
add(MARLOES, "Welke zaken in Zeeland hebben nog geen behandelaar toegewezen gekregen?", "list",
    {"province": "Zeeland", "no_owner": True},
    case(lambda n, d, c: d["province"] == "Zeeland" and c["owner"] is None), meaning="Zeeland cases without owner")
add(MARLOES, "Welke gemeenten in Zuid-Holland hebben tijdig gereageerd, maar ontbreekt in de reactie nog het tijdpad?",
    "list", {"province": "Zuid-Holland", "state": ["on_time"], "missing": ["timeline"]},
    case(lambda n, d, c: d["province"] == "Zuid-Holland" and ontime(c) and "timeline" in c["missing"]),
    meaning="Zuid-Holland, answered on time, timeline missing")
add(MARLOES, "Voldoet de gemeente Tilburg aan haar wettelijke taak?", "fact", {"gemeente": "Tilburg", "fact": "compliance"},
    fact="voldoet_gedeeltelijk", meaning="compliance of Tilburg")
add(MARLOES, "Wat is de reactietermijn van de gemeente Zaltbommel?", "fact", {"gemeente": "Zaltbommel", "fact": "termijn"},
    fact={"termijn": "2026-04-30", "days_left": -867, "extension_requested": True, "extension_requested_until": "2026-05-15"},
    meaning="termijn of Zaltbommel (extension asked until 2026-05-15)")
add(MARLOES, "Welke gemeenten in Gelderland hebben een verwachte datum die al verstreken is?", "list",
    {"province": "Gelderland", "expected_before": ON},
    case(lambda n, d, c: d["province"] == "Gelderland" and d["expected_date"] is not None),   # every expected date lies before 2028-09-13
    meaning="Gelderland cases whose expected date has passed")
add(MARLOES, "Hoeveel gemeenten verwachten vóór het einde van dit jaar aan hun taak te voldoen, Limburg niet meegerekend?",
    "count", {"expected_before": "2029-01-01", "not_province": "Limburg"},
    case(lambda n, d, c: d["expected_date"] is not None and d["province"] != "Limburg"),
    meaning="count with an expected date before 2029-01-01, Limburg left out")
add(MARLOES, "Bij welke gemeenten is de brief onbestelbaar retour gekomen?", "list", {"letter_undelivered": True},
    case(lambda n, d, c: c["letter_undelivered"]), meaning="cases whose letter bounced")
add(MARLOES, "Welke zaken van Nadia hebben de termijn laten verstrijken zonder te reageren?", "list",
    {"owner": "Nadia", "state": ["no_reply"]},
    case(lambda n, d, c: c["owner"] == "Nadia" and n in NR), meaning="Nadia's overdue cases")
add(MARLOES, "Welke gemeenten hebben de bezwaarprocedure als reden genoemd, met uitzondering van de gemeente Utrecht?",
    "list", {"reason": "objection_procedure", "not_gemeente": "Utrecht"},
    case(lambda n, d, c: "objection_procedure" in d["reasons"] and n != "Utrecht"),
    meaning="reason objection_procedure, municipality Utrecht left out")
add(MARLOES, "Wanneer verwacht de gemeente Zaanstad aan de wettelijke taak te voldoen?", "fact",
    {"gemeente": "Zaanstad", "fact": "expected"}, fact="2027-Q2", meaning="expected date of Zaanstad")
add(MARLOES, "Hoeveel opvangplaatsen heeft Eindhoven gerealiseerd en hoeveel zijn er gepland?", "fact",
    {"gemeente": "Eindhoven", "fact": "places"}, fact={"realised": 410, "planned": 350}, meaning="places of Eindhoven")
add(MARLOES, "Welke gemeenten in trede 2 hebben zowel de stappen als het tijdpad niet aangeleverd?", "list",
    {"trede": 2, "missing": ["steps", "timeline"]},
    case(lambda n, d, c: c["trede"] == 2 and "steps" in c["missing"] and "timeline" in c["missing"]),
    meaning="trede 2, missing steps and timeline")
add(MARLOES, "Hoe wijs ik een zaak toe aan een van de behandelaars?", "help", {}, meaning="how to assign: help")
add(MARLOES, "Kunt u een herinneringsmail sturen aan de gemeenten in Overijssel die nog niet hebben gereageerd?",
    "unknown", {"province": "Overijssel", "state": ["no_reply"]},
    meaning="sending mail (cannot), keeps Overijssel no_reply")
add(MARLOES, "Welke gemeenten in Oost-Nederland hebben wel gereageerd maar voldoen niet aan hun taak?", "list",
    {"province": OOST, "state": ["answered"], "compliance": "voldoet_niet"},
    case(lambda n, d, c: d["province"] in OOST and ans(c) and c["compliance"] == "voldoet_niet"),
    meaning="Gelderland/Overijssel, answered, voldoet_niet")
add(MARLOES, "Welke gemeenten voeren financiële redenen aan, met uitzondering van Gelderland?", "list",
    {"reason": "finance", "not_province": "Gelderland"},
    case(lambda n, d, c: "finance" in d["reasons"] and d["province"] != "Gelderland"),
    meaning="reason finance, Gelderland left out")
add(MARLOES, "Hoeveel zaken hebben een termijn die deze maand afloopt?", "count",
    {"termijn_from": "2028-09-01", "termijn_to": "2028-09-30"},
    case(lambda n, d, c: c["termijn"] is not None and "2028-09-01" <= c["termijn"] <= "2028-09-30"),
    meaning="count of termijnen in September 2028 (none)")
add(MARLOES, "Dank u wel voor de informatie.", "help", {}, meaning="thanks: help")

# ---------------- Hidde, behandelaar, terse with typos (42026-42050) ----------------
add(HIDDE, "mijn zaken?", "list", {"owner": "Hidde"}, case(lambda n, d, c: c["owner"] == "Hidde"),
    meaning="Hidde's cases")
add(HIDDE, "wlke vn mij hebbn te laat gereageerd", "list", {"owner": "Hidde", "state": ["late"]},
    case(lambda n, d, c: c["owner"] == "Hidde" and late(c)), meaning="Hidde's cases that replied late")
add(HIDDE, "hoevl zonder reactie in Lb", "count", {"province": "Limburg", "state": ["no_reply"]},
    case(lambda n, d, c: d["province"] == "Limburg" and n in NR), meaning="count Limburg overdue without reply")
add(HIDDE, "en in NB?", "count", {"province": "Noord-Brabant", "state": ["no_reply"]},
    case(lambda n, d, c: d["province"] == "Noord-Brabant" and n in NR), after=[42028],
    meaning="follow-up: same count for Noord-Brabant")
add(HIDDE, "compleet gereageerd in Lb?", "list", {"province": "Limburg", "state": ["complete"]},
    case(lambda n, d, c: d["province"] == "Limburg" and compl(c)), meaning="Limburg cases answered complete")
add(HIDDE, "status heerlen", "status", {"gemeente": "Heerlen"},
    fact={"trede": 2, "state": "answered_incomplete", "compliance": "voldoet_gedeeltelijk", "termijn": "2026-06-16",
          "owner": None, "missing": ["facts", "steps", "timeline"], "expected_date": None,
          "realised": 185, "planned": None}, meaning="status of Heerlen")
# chain C
add(HIDDE, "wnr vrwacht veendam klaar te zijn", "fact", {"gemeente": "Veendam", "fact": "expected"},
    fact="2027-H1", meaning="expected date of Veendam")
add(HIDDE, "en wat ontbreekt daar nog", "fact", {"gemeente": "Veendam", "fact": "missing"},
    fact=["steps"], after=[42032], meaning="follow-up: what Veendam's answer misses")
add(HIDDE, "en heerlen?", "fact", {"gemeente": "Heerlen", "fact": "missing"},
    fact=["facts", "steps", "timeline"], after=[42032, 42033], meaning="follow-up: same fact (missing) for Heerlen")
add(HIDDE, "trede 3 lijst", "list", {"trede": 3}, case(lambda n, d, c: c["trede"] == 3), meaning="list of trede-3 cases")
add(HIDDE, "wie heeft tiel", "fact", {"gemeente": "Tiel", "fact": "owner"}, fact="Nadia", meaning="owner of Tiel")
add(HIDDE, "zaken zonder behandelaar in Fr", "list", {"province": "Friesland", "no_owner": True},
    case(lambda n, d, c: d["province"] == "Friesland" and c["owner"] is None), meaning="Friesland cases without owner")
add(HIDDE, "uitstelverzoeken in ZH", "list", {"province": "Zuid-Holland", "state": ["extended"]},
    case(lambda n, d, c: d["province"] == "Zuid-Holland" and ext(c)), meaning="Zuid-Holland extension requests")
add(HIDDE, "vlgende week termijnen van mij?", "list",
    {"owner": "Hidde", "termijn_from": "2028-09-18", "termijn_to": "2028-09-24"},
    case(lambda n, d, c: c["owner"] == "Hidde" and c["termijn"] is not None and "2028-09-18" <= c["termijn"] <= "2028-09-24"),
    meaning="Hidde's termijnen next week (none)")
add(HIDDE, "reactie hilversum op tijd?", "fact", {"gemeente": "Hilversum", "fact": "reply"},
    fact={"reply_date": "2026-05-22", "on_time": False, "days_before_termijn": -22},
    meaning="Hilversum's reply: 22 May 2026, 22 days late")
add(HIDDE, "tlefoonnummer van gouda?", "unknown", {"gemeente": "Gouda"}, meaning="contact data (cannot)")
add(HIDDE, "hoevl gemeentn voldoen nt in Ov", "count", {"province": "Overijssel", "compliance": "voldoet_niet"},
    case(lambda n, d, c: d["province"] == "Overijssel" and c["compliance"] == "voldoet_niet"),
    meaning="count non-compliant in Overijssel")
add(HIDDE, "onvolledig gereageerd Gld", "list", {"province": "Gelderland", "state": ["incomplete"]},
    case(lambda n, d, c: d["province"] == "Gelderland" and incompl(c)), meaning="Gelderland incomplete answers")
add(HIDDE, "wlke missen de feiten", "list", {"missing": ["facts"]},
    case(lambda n, d, c: "facts" in c["missing"]), meaning="cases missing facts")
add(HIDDE, "welke geven woningnood als reden", "list", {"reason": "housing_shortage"},
    case(lambda n, d, c: "housing_shortage" in d["reasons"]), meaning="reason housing_shortage")
add(HIDDE, "zaken vn Gijs met uitstel", "list", {"owner": "Gijs", "state": ["extended"]},
    case(lambda n, d, c: c["owner"] == "Gijs" and ext(c)), meaning="Gijs's cases with an extension request")
add(HIDDE, "trede van coevorden", "fact", {"gemeente": "Coevorden", "fact": "trede"}, fact=3, meaning="trede of Coevorden")
add(HIDDE, "verw. datum in Q1 2027, niet in ZH", "list",
    {"expected_after": "2026-12-31", "expected_before": "2027-04-01", "not_province": "Zuid-Holland"},
    case(lambda n, d, c: d["expected_date"] in EXP_Q1_2027 and d["province"] != "Zuid-Holland"),
    meaning="expected in Q1 2027, Zuid-Holland left out")
add(HIDDE, "wat schreef venray op 3 sept 2026", "fact", {"gemeente": "Venray", "fact": "wrote", "date": "2026-09-03"},
    fact=[{"kind": "meldplicht", "subject": "Melding artikel 8: planning opvang Venray"}],
    meaning="Venray's message of 3 Sep 2026")
add(HIDDE, "wie zijn er te laat", "clarify", {}, meaning="bare 'te laat': asked back")

# ---------------- Nadia, behandelaar, voice-typing without punctuation (42051-42075) ----------------
add(NADIA, "welke gemeenten in zeeland hebben nog steeds niet gereageerd", "list",
    {"province": "Zeeland", "state": ["no_reply"]},
    case(lambda n, d, c: d["province"] == "Zeeland" and n in NR), meaning="Zeeland overdue without reply")
add(NADIA, "hoeveel van mijn zaken hebben een onvolledige reactie gestuurd", "count",
    {"owner": "Nadia", "state": ["incomplete"]},
    case(lambda n, d, c: c["owner"] == "Nadia" and incompl(c)), meaning="count Nadia's incomplete answers")
# chain D
add(NADIA, "welke gemeenten in utrecht hebben op tijd gereageerd", "list", {"province": "Utrecht", "state": ["on_time"]},
    case(lambda n, d, c: d["province"] == "Utrecht" and ontime(c)), meaning="province Utrecht, answered on time")
add(NADIA, "en hoeveel daarvan missen ook het tijdpad", "count",
    {"province": "Utrecht", "state": ["on_time"], "missing": ["timeline"]},
    case(lambda n, d, c: d["province"] == "Utrecht" and ontime(c) and "timeline" in c["missing"]),
    after=[42053], meaning="follow-up: of those, timeline missing (count)")
add(NADIA, "en welke zijn dat", "list", {"province": "Utrecht", "state": ["on_time"], "missing": ["timeline"]},
    case(lambda n, d, c: d["province"] == "Utrecht" and ontime(c) and "timeline" in c["missing"]),
    after=[42053, 42054], meaning="follow-up: the same as a list")
add(NADIA, "wanneer verwacht tholen klaar te zijn", "fact", {"gemeente": "Tholen", "fact": "expected"},
    fact="2027-07", meaning="expected date of Tholen")
add(NADIA, "hoeveel plekken heeft smallingerland nu en hoeveel komen er nog bij", "fact",
    {"gemeente": "Smallingerland", "fact": "places"}, fact={"realised": 64, "planned": 221},
    meaning="places of Smallingerland")
add(NADIA, "welke redenen geeft meierijstad op", "fact", {"gemeente": "Meierijstad", "fact": "reasons"},
    fact=["objection_procedure"], meaning="reasons of Meierijstad")
add(NADIA, "geef me alle gemeenten in trede 2 in flevoland behalve almere", "list",
    {"trede": 2, "province": "Flevoland", "not_gemeente": "Almere"},
    case(lambda n, d, c: c["trede"] == 2 and d["province"] == "Flevoland" and n != "Almere"),
    meaning="Flevoland trede 2 without Almere")
add(NADIA, "welke brieven naar gemeenten in gelderland zijn onbestelbaar retour gekomen", "list",
    {"province": "Gelderland", "letter_undelivered": True},
    case(lambda n, d, c: d["province"] == "Gelderland" and c["letter_undelivered"]),
    meaning="Gelderland cases whose letter bounced")
add(NADIA, "welke gemeenten verwachten in q4 klaar te zijn", "list",
    {"expected_after": "2028-09-30", "expected_before": "2029-01-01"},
    case(lambda n, d, c: False),   # every expected date in the register lies before Q4 2028
    meaning="expected in Q4 2028 (the quarter ahead): none")
add(NADIA, "welke gemeenten verwachten in het vierde kwartaal van 2027 aan hun taak te voldoen", "list",
    {"expected_after": "2027-09-30", "expected_before": "2028-01-01"},
    case(lambda n, d, c: d["expected_date"] in EXP_Q4_2027), meaning="expected in Q4 2027")
add(NADIA, "wat moet ik deze week doen", "list",
    {"owner": "Nadia", "termijn_from": "2028-09-11", "termijn_to": "2028-09-17"},
    case(lambda n, d, c: c["owner"] == "Nadia" and c["termijn"] is not None and "2028-09-11" <= c["termijn"] <= "2028-09-17"),
    meaning="Nadia's termijnen this week (none)")
add(NADIA, "hoe staat het met de gemeente groningen", "status", {"gemeente": "Groningen"},
    fact={"trede": 1, "state": "awaiting_reply", "compliance": None, "termijn": None, "owner": None, "missing": [],
          "expected_date": "2027-Q1", "realised": 1010, "planned": 300}, meaning="status of the municipality Groningen")
add(NADIA, "welke gemeenten noemen lokale weerstand als reden maar niet in gelderland en overijssel", "list",
    {"reason": "local_opposition", "not_province": ["Gelderland", "Overijssel"]},
    case(lambda n, d, c: "local_opposition" in d["reasons"] and d["province"] not in OOST),
    meaning="reason local_opposition outside Gelderland and Overijssel")
add(NADIA, "hoeveel gemeenten in noord holland missen zowel de feiten als de stappen", "count",
    {"province": "Noord-Holland", "missing": ["facts", "steps"]},
    case(lambda n, d, c: d["province"] == "Noord-Holland" and "facts" in c["missing"] and "steps" in c["missing"]),
    meaning="count Noord-Holland missing facts and steps")
add(NADIA, "wie is de eigenaar van de zaak oss", "fact", {"gemeente": "Oss", "fact": "owner"}, fact="Nadia",
    meaning="owner of Oss")
add(NADIA, "welke gemeenten hebben te laat gereageerd behalve die in friesland", "list",
    {"state": ["late"], "not_province": "Friesland"},
    case(lambda n, d, c: late(c) and d["province"] != "Friesland"), meaning="late replies outside Friesland")
add(NADIA, "hoe staat bergen ervoor", "clarify", {}, meaning="Bergen (L.) or Bergen (NH.): asked back")
add(NADIA, "welke gemeenten in drenthe verwachten voor de kerst klaar te zijn", "list",
    {"province": "Drenthe", "expected_before": "2028-12-25"},
    case(lambda n, d, c: d["province"] == "Drenthe" and d["expected_date"] is not None),
    meaning="Drenthe, expected before Christmas 2028 (every expected date is earlier)")
add(NADIA, "welke gemeenten in zuid holland hebben nog geen uitstel gevraagd en nog steeds niet gereageerd", "list",
    {"province": "Zuid-Holland", "state": ["no_reply"], "not_state": ["extended"]},
    case(lambda n, d, c: d["province"] == "Zuid-Holland" and n in NR and not ext(c)),
    meaning="Zuid-Holland overdue without reply, no extension request")
add(NADIA, "wat heeft de gemeente de bilt op twintig oktober 2026 gestuurd", "fact",
    {"gemeente": "De Bilt", "fact": "wrote", "date": "2026-10-20"},
    fact=[{"kind": "other", "subject": "Uitnodiging: Werkbezoek opvanglocatie Bilthoven - do 12 november 2026"}],
    meaning="what De Bilt sent on 20 Oct 2026")
add(NADIA, "hoeveel zaken heeft hidde", "count", {"owner": "Hidde"}, case(lambda n, d, c: c["owner"] == "Hidde"),
    meaning="count of Hidde's cases")
add(NADIA, "welke gemeenten in limburg hebben vergunningsperikelen", "list",
    {"province": "Limburg", "reason": "permit_procedure"},
    case(lambda n, d, c: d["province"] == "Limburg" and "permit_procedure" in d["reasons"]),
    meaning="Limburg, reason permit_procedure")
add(NADIA, "welke gemeenten liggen naast zeist", "unknown", {"gemeente": "Zeist"}, meaning="neighbours (cannot)")

# ---------------- Gijs, behandelaar, newcomer, long roundabout (42076-42100) ----------------
add(GIJS, "Hallo, ik ben nieuw in het team en probeer een beetje wegwijs te worden. Hoe werkt deze bot eigenlijk precies en wat kan ik er allemaal aan vragen?",
    "help", {}, meaning="how does the bot work: help")
# chain E
add(GIJS, "Ik heb begrepen dat mij een aantal zaken is toegewezen, maar ik weet eigenlijk niet goed welke dat zijn. Zou je me kunnen vertellen welke gemeenten bij mij liggen?",
    "list", {"owner": "Gijs"}, case(lambda n, d, c: c["owner"] == "Gijs"), meaning="Gijs's cases")
add(GIJS, "En welke daarvan hebben nog helemaal niet gereageerd terwijl de termijn al voorbij is?", "list",
    {"owner": "Gijs", "state": ["no_reply"]}, case(lambda n, d, c: c["owner"] == "Gijs" and n in NR), after=[42077],
    meaning="follow-up: Gijs's cases overdue without reply")
add(GIJS, "Oké, en als ik het goed begrijp zijn er ook gemeenten die om uitstel hebben gevraagd; hoeveel van mijn zaken zijn dat eigenlijk?",
    "count", {"owner": "Gijs", "state": ["extended"]}, case(lambda n, d, c: c["owner"] == "Gijs" and ext(c)),
    after=[42077, 42078], meaning="follow-up: count of Gijs's cases with an extension request (replaces no_reply)")
# chain F
add(GIJS, "Ik kreeg net een vraag van een collega over Harderwijk. Weet jij misschien hoeveel opvangplekken ze daar nu al hebben en hoeveel er nog in de planning zitten?",
    "fact", {"gemeente": "Harderwijk", "fact": "places"}, fact={"realised": 140, "planned": 110},
    meaning="places of Harderwijk")
add(GIJS, "En wanneer denken ze daar dan volledig aan hun taak te voldoen, heeft de gemeente daar iets over gezegd?",
    "fact", {"gemeente": "Harderwijk", "fact": "expected"}, fact="2026-12", after=[42080],
    meaning="follow-up: expected date of Harderwijk")
add(GIJS, "En hebben ze eigenlijk op tijd gereageerd op de brief, of waren ze te laat?", "fact",
    {"gemeente": "Harderwijk", "fact": "reply"},
    fact={"reply_date": "2026-04-24", "on_time": True, "days_before_termijn": 6}, after=[42080, 42081],
    meaning="follow-up: Harderwijk's reply, on time (6 days early)")
add(GIJS, "Ik zie in mijn lijstje Weststellingwerf staan. Welke redenen hebben zij eigenlijk aangevoerd waarom het niet lukt?",
    "fact", {"gemeente": "Weststellingwerf", "fact": "reasons"}, fact=["coa_dependency", "finance"],
    meaning="reasons of Weststellingwerf")
add(GIJS, "Misschien een domme vraag, maar welke gemeenten in het zuiden van het land zitten er eigenlijk al in trede 3?",
    "list", {"province": ZUID, "trede": 3},
    case(lambda n, d, c: d["province"] in ZUID and c["trede"] == 3), meaning="Zuid-Nederland, trede 3")
add(GIJS, "Ik wil graag weten hoeveel gemeenten in Gelderland, Overijssel en Drenthe samen nog niet aan hun wettelijke taak voldoen, kun je dat voor me tellen?",
    "count", {"province": ["Drenthe", "Gelderland", "Overijssel"], "compliance": "voldoet_niet"},
    case(lambda n, d, c: d["province"] in ("Drenthe", "Gelderland", "Overijssel") and c["compliance"] == "voldoet_niet"),
    meaning="count voldoet_niet in three provinces")
add(GIJS, "Een collega zei dat er in de Achterhoek een paar gemeenten zijn die nog niet gereageerd hebben, welke zijn dat dan?",
    "unknown", {"state": ["no_reply"]}, meaning="Achterhoek has no border in the register: unknown with no_reply")
add(GIJS, "Wie is er eigenlijk verantwoordelijk voor de zaak van Arnhem? Ik meende daar mijn naam te zien maar weet het niet zeker.",
    "fact", {"gemeente": "Arnhem", "fact": "owner"}, fact="Gijs", meaning="owner of Arnhem")
add(GIJS, "Kun je mij vertellen welke gemeenten in Noord-Brabant hebben gereageerd, uitgezonderd de gemeenten die te laat waren?",
    "list", {"province": "Noord-Brabant", "state": ["answered"], "not_state": ["late"]},
    case(lambda n, d, c: d["province"] == "Noord-Brabant" and ans(c) and not late(c)),
    meaning="Noord-Brabant answered, late ones left out")
add(GIJS, "Ik probeer een beeld te krijgen van de planning: welke gemeenten hebben aangegeven dat ze tussen 1 januari 2027 en 30 juni 2027 klaar zullen zijn, en dan alleen in Zuid-Holland?",
    "list", {"province": "Zuid-Holland", "expected_after": "2026-12-31", "expected_before": "2027-07-01"},
    case(lambda n, d, c: d["province"] == "Zuid-Holland" and d["expected_date"] in EXP_H1_2027),
    meaning="Zuid-Holland, expected within H1 2027")
add(GIJS, "Wat is eigenlijk de termijn waarbinnen Midden-Drenthe moest reageren, en loopt die nog?", "fact",
    {"gemeente": "Midden-Drenthe", "fact": "termijn"},
    fact={"termijn": "2026-10-05", "days_left": -709, "extension_requested": True, "extension_requested_until": "2026-11-06"},
    meaning="termijn of Midden-Drenthe (extension asked)")
add(GIJS, "Ik snap het verschil tussen de treden nog niet helemaal, maar in welke trede zit Kerkrade op dit moment?",
    "fact", {"gemeente": "Kerkrade", "fact": "trede"}, fact=3, meaning="trede of Kerkrade")
add(GIJS, "Zijn er gemeenten waarvan de termijn volgende week afloopt? Dan kan ik me daar alvast op voorbereiden.",
    "list", {"termijn_from": "2028-09-18", "termijn_to": "2028-09-24"},
    case(lambda n, d, c: c["termijn"] is not None and "2028-09-18" <= c["termijn"] <= "2028-09-24"),
    meaning="termijnen next week (none)")
add(GIJS, "Welke gemeenten hebben in hun reactie noch de stappen noch het tijdpad genoemd, maar dan niet in trede 1?",
    "list", {"missing": ["steps", "timeline"], "not_trede": 1},
    case(lambda n, d, c: "steps" in c["missing"] and "timeline" in c["missing"] and c["trede"] != 1),
    meaning="missing steps and timeline, not trede 1")
add(GIJS, "Wat heeft Zeewolde ons precies gemaild op 14 juli 2026?", "fact",
    {"gemeente": "Zeewolde", "fact": "wrote", "date": "2026-07-14"},
    fact=[{"kind": "meldplicht", "subject": "Melding ex artikel 8 Wet gemeentelijke taak mogelijk maken asielopvangvoorzieningen"}],
    meaning="what Zeewolde sent on 14 Jul 2026")
add(GIJS, "Hoeveel gemeenten hadden volgens hun eigen planning al vóór 1 januari 2027 klaar moeten zijn?", "count",
    {"expected_before": "2027-01-01"}, case(lambda n, d, c: EXP_2026(d["expected_date"])),
    meaning="count with an expected date before 1 Jan 2027")
add(GIJS, "Ik heb gehoord dat sommige gemeenten opvangplekken kwijt zijn geraakt. Welke gemeenten in Noord-Holland hebben het wegvallen van plaatsen als reden genoemd, behalve Alkmaar?",
    "list", {"province": "Noord-Holland", "reason": "places_lost", "not_gemeente": "Alkmaar"},
    case(lambda n, d, c: d["province"] == "Noord-Holland" and "places_lost" in d["reasons"] and n != "Alkmaar"),
    meaning="Noord-Holland, reason places_lost, Alkmaar left out")
add(GIJS, "Kun je me de top 5 gemeenten in Gelderland geven met de grootste achterstand?", "unknown",
    {"province": "Gelderland"}, meaning="ranking (cannot), keeps Gelderland")
add(GIJS, "Voldoet de gemeente Bergen op Zoom eigenlijk aan haar wettelijke taak? Ik zag ergens dat de brief niet was aangekomen.",
    "fact", {"gemeente": "Bergen op Zoom", "fact": "compliance"}, fact="voldoet", meaning="compliance of Bergen op Zoom")
add(GIJS, "Welke zaken in de provincie Utrecht hebben nog geen behandelaar, zodat ik misschien iets kan oppakken?",
    "list", {"province": "Utrecht", "no_owner": True},
    case(lambda n, d, c: d["province"] == "Utrecht" and c["owner"] is None), meaning="province Utrecht without owner")
add(GIJS, "Hartelijk bedankt voor je hulp, ik denk dat ik nu wel verder kan!", "help", {}, meaning="thanks: help")

def main():
    assert len(Q) == 100, len(Q)
    out = []
    for i, x in enumerate(Q):
        qid = 42001 + i
        block = 42001 + 25 * (i // 25)
        staff_block = {42001: 42501, 42026: 42502, 42051: 42503, 42076: 42504}[block]
        assert x["staff"] == staff_block, (qid, x["q"])
        if x["pred"] is not None:
            g = sorted(n for n, d in status.items() if x["pred"](n, d))
            cnt = len(g)
        else:
            g, cnt = [], None
        after = x["after"]   # absolute ids of the earlier questions of the conversation
        assert all(a < qid for a in after)
        out.append({"id": qid, "q": x["q"], "intent": x["intent"], "filters": x["filters"], "expected_gemeenten": g,
                    "count": cnt, "after": after, "as_staff": x["staff"], "on": ON, "meaning": x["meaning"],
                    "expected_fact": x["fact"]})
    with open(os.path.join(HERE, "questions42_with_expected_sets.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(out), "questions written")

if __name__ == "__main__":
    main()
