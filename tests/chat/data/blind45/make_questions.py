"""100 hand-written questions, each with its own predicate (lists/counts) or fact, -> questions45_with_expected_sets.jsonl"""
import json
from common import load, ON, D, interval, local_date, no_reply_set, fact_value, NOORD, OOST, ZUID

ST, DUE = load()
NR = no_reply_set(DUE)
CASES = {g: d for g, d in ST.items() if d["case"]}
HESTER, LARS, MEREL, SANDER = 45501, 45502, 45503, 45504
QS = []

def ans(c): return bool(c["answered"])
def late(c): return ans(c) and c["reply_on_time"] is False
def ontime(c): return ans(c) and c["reply_on_time"] is True
def inc(c): return c["state"] == "answered_incomplete"
def comp(c): return c["state"] == "answered_complete"
def ext(c): return bool(c["extension_requested"])
def term_in(c, a, b): return c["termijn"] is not None and D(a) <= D(c["termijn"]) <= D(b)
def exp_before(d, x):
    iv = interval(d["expected_date"]); return iv is not None and iv[1] < D(x)
def exp_after(d, x):
    iv = interval(d["expected_date"]); return iv is not None and iv[0] > D(x)

def add(staff, q, intent, filters, meaning, pred=None, fact=None, after=()):
    qid = 45001 + len(QS)
    row = {"id": qid, "q": q, "intent": intent, "filters": filters, "expected_gemeenten": [], "count": None,
           "after": list(after), "as_staff": staff, "on": ON, "meaning": meaning, "expected_fact": None}
    if intent in ("list", "count"):
        gs = sorted(g for g, d in CASES.items() if pred(g, d, d["case"]))
        row["expected_gemeenten"] = gs
        row["count"] = len(gs)
    elif fact is not None:
        row["expected_fact"] = fact
    QS.append(row)
    return qid

def F(g, kind, date=None):
    return fact_value(ST[g], kind, date)

# ---------------- Hester (beheerder): coordinator preparing a meeting with the minister ----------------
H = HESTER
add(H, "Goedemorgen, hoe staan we ervoor? Ik wil graag een totaaloverzicht voor het overleg met de minister.", "overview", {},
    "overall overview of the register", fact=fact_value(None, "overview", st=ST, due=DUE))
q2 = add(H, "Hoeveel gemeenten in Noord-Nederland hebben de termijn laten verstrijken zonder te reageren?", "count",
    {"province": NOORD, "state": ["no_reply"]}, "count of no-reply overdue cases in Drenthe/Friesland/Groningen",
    lambda g, d, c: d["province"] in NOORD and g in NR)
add(H, "En in Zuid-Nederland?", "count", {"province": ZUID, "state": ["no_reply"]},
    "follow-up: same count for Limburg/Noord-Brabant/Zeeland",
    lambda g, d, c: d["province"] in ZUID and g in NR, after=[q2])
add(H, "Welke gemeenten in Zuid-Holland voldoen niet aan hun wettelijke taak?", "list",
    {"province": "Zuid-Holland", "compliance": "voldoet_niet"}, "Zuid-Holland cases with compliance voldoet_niet",
    lambda g, d, c: d["province"] == "Zuid-Holland" and c["compliance"] == "voldoet_niet")
add(H, "Hoeveel gemeenten voldoen gedeeltelijk, Limburg niet meegerekend?", "count",
    {"compliance": "voldoet_gedeeltelijk", "not_province": "Limburg"}, "count partly compliant outside Limburg",
    lambda g, d, c: c["compliance"] == "voldoet_gedeeltelijk" and d["province"] != "Limburg")
add(H, "Zijn er ook gemeenten die volledig aan hun taak voldoen? Welke zijn dat?", "list", {"compliance": "voldoet"},
    "cases that fully comply", lambda g, d, c: c["compliance"] == "voldoet")
add(H, "Hoeveel zaken staan er inmiddels in trede 3?", "count", {"trede": 3}, "count of trede-3 cases",
    lambda g, d, c: c["trede"] == 3)
add(H, "Welke gemeenten in Gelderland en Overijssel hebben om uitstel verzocht?", "list",
    {"province": OOST, "state": ["extended"]}, "extension requested, Gelderland or Overijssel",
    lambda g, d, c: d["province"] in OOST and ext(c))
add(H, "Hoeveel zaken zijn nog aan geen enkele behandelaar toegewezen?", "count", {"no_owner": True},
    "count of cases without owner", lambda g, d, c: c["owner"] is None)
add(H, "Welke gemeenten in de provincie Utrecht hebben nog geen behandelaar?", "list",
    {"province": "Utrecht", "no_owner": True}, "unowned cases in the province of Utrecht",
    lambda g, d, c: d["province"] == "Utrecht" and c["owner"] is None)
add(H, "Bij welke gemeenten is onze brief onbestelbaar retour gekomen?", "list", {"letter_undelivered": True},
    "cases whose latest letter bounced", lambda g, d, c: bool(c["letter_undelivered"]))
add(H, "Hoeveel Brabantse gemeenten hebben een onvolledige reactie gestuurd, behalve Breda?", "count",
    {"province": "Noord-Brabant", "state": ["incomplete"], "not_gemeente": "Breda"},
    "count incomplete-state cases in Noord-Brabant without Breda",
    lambda g, d, c: d["province"] == "Noord-Brabant" and inc(c) and g != "Breda")
add(H, "Hoeveel gemeenten hebben een verwachte datum opgegeven die inmiddels al verstreken is?", "count",
    {"expected_before": ON}, "count of cases whose expected date ended before the asking day",
    lambda g, d, c: exp_before(d, ON))
add(H, "Welke gemeenten verwachten pas na de zomer van 2027 aan de taak te voldoen?", "list",
    {"expected_after": "2027-08-31"}, "expected date starting after 31 Aug 2027",
    lambda g, d, c: exp_after(d, "2027-08-31"))
add(H, "Voldoet de gemeente Eindhoven aan haar wettelijke taak?", "fact", {"gemeente": "Eindhoven", "fact": "compliance"},
    "compliance of Eindhoven", fact=F("Eindhoven", "compliance"))
add(H, "Hoeveel opvangplaatsen heeft Nijmegen gerealiseerd en hoeveel zijn er in voorbereiding?", "fact",
    {"gemeente": "Nijmegen", "fact": "places"}, "realised and planned places of Nijmegen", fact=F("Nijmegen", "places"))
add(H, "Wat is de stand van zaken bij Tilburg?", "status", {"gemeente": "Tilburg"}, "status summary of Tilburg",
    fact=F("Tilburg", "status"))
add(H, "Hoe zit het met Utrecht?", "clarify", {}, "Utrecht is both a province and a municipality: ask back")
add(H, "Kunt u de lijst van Zeeuwse gemeenten die niet voldoen naar Excel exporteren?", "unknown",
    {"province": "Zeeland", "compliance": "voldoet_niet"}, "export request: cannot; keeps the list's slots")
add(H, "Welke provincie heeft de grootste achterstand?", "unknown", {}, "ranking of provinces: cannot")
add(H, "Hoeveel gemeenten in de Randstad hebben nog niet gereageerd?", "clarify", {"state": ["no_reply"]},
    "the Randstad has no fixed border: ask back, state understood")
add(H, "Welke Friese gemeenten noemen het ontbreken van een geschikte locatie als reden?", "list",
    {"province": "Friesland", "reason": "no_location"}, "Friesland cases stating no_location",
    lambda g, d, c: d["province"] == "Friesland" and "no_location" in d["reasons"])
add(H, "Hoeveel gemeenten hebben tijdig én volledig gereageerd?", "count", {"state": ["complete", "on_time"]},
    "count of on-time answers whose case state is complete", lambda g, d, c: comp(c) and ontime(c))
add(H, "Welke zaken in Overijssel liggen bij Merel?", "list", {"province": "Overijssel", "owner": "Merel"},
    "Merel's cases in Overijssel", lambda g, d, c: d["province"] == "Overijssel" and c["owner"] == "Merel")
add(H, "Hartelijk dank, dat was het voor nu.", "help", {}, "thanks")

# ---------------- Lars (behandelaar): terse, typos, only his own cases ----------------
L = LARS
q26 = add(L, "mijn zkn", "list", {"owner": "Lars"}, "Lars's cases", lambda g, d, c: c["owner"] == "Lars")
add(L, "hoevl daarvan zonder reactie?", "count", {"owner": "Lars", "state": ["no_reply"]},
    "follow-up: how many of Lars's cases have no reply past termijn",
    lambda g, d, c: c["owner"] == "Lars" and g in NR, after=[q26])
add(L, "welke vn mij missen t tijdpad", "list", {"owner": "Lars", "missing": ["timeline"]},
    "Lars's cases missing the timeline", lambda g, d, c: c["owner"] == "Lars" and "timeline" in c["missing"])
add(L, "wat moet ik deze week", "list", {"owner": "Lars", "termijn_from": "2028-12-04", "termijn_to": "2028-12-10"},
    "Lars's cases with a termijn this week (Mon 4 - Sun 10 Dec 2028): none",
    lambda g, d, c: c["owner"] == "Lars" and term_in(c, "2028-12-04", "2028-12-10"))
add(L, "mijn zaken met termijn in juni 2026", "list",
    {"owner": "Lars", "termijn_from": "2026-06-01", "termijn_to": "2026-06-30"},
    "Lars's cases with termijn in June 2026",
    lambda g, d, c: c["owner"] == "Lars" and term_in(c, "2026-06-01", "2026-06-30"))
q31 = add(L, "termijn nijmegen?", "fact", {"gemeente": "Nijmegen", "fact": "termijn"}, "termijn of Nijmegen",
    fact=F("Nijmegen", "termijn"))
add(L, "op tijd gereageerd?", "fact", {"gemeente": "Nijmegen", "fact": "reply"},
    "follow-up: Nijmegen's reply date and timeliness", fact=F("Nijmegen", "reply"), after=[q31])
q33 = add(L, "heerlen wat ontbreekt er", "fact", {"gemeente": "Heerlen", "fact": "missing"}, "missing elements of Heerlen",
    fact=F("Heerlen", "missing"))
add(L, "en wnnr hebben ze gereageerd", "fact", {"gemeente": "Heerlen", "fact": "reply"},
    "follow-up: Heerlen's reply date and timeliness", fact=F("Heerlen", "reply"), after=[q33])
add(L, "mijn onvolledige reacties", "list", {"owner": "Lars", "state": ["incomplete"]},
    "Lars's cases in state answered_incomplete", lambda g, d, c: c["owner"] == "Lars" and inc(c))
add(L, "welke van mij hebbn uitstel gevraagd", "list", {"owner": "Lars", "state": ["extended"]},
    "Lars's cases with an extension request", lambda g, d, c: c["owner"] == "Lars" and ext(c))
add(L, "lingewaard?", "status", {"gemeente": "Lingewaard"}, "status of Lingewaard", fact=F("Lingewaard", "status"))
add(L, "hoeveel zaken heeft merel", "count", {"owner": "Merel"}, "count of Merel's cases",
    lambda g, d, c: c["owner"] == "Merel")
add(L, "mijn zkn in gld", "list", {"owner": "Lars", "province": "Gelderland"}, "Lars's cases in Gelderland",
    lambda g, d, c: c["owner"] == "Lars" and d["province"] == "Gelderland")
add(L, "mijn zaken mr niet die in trede 1", "list", {"owner": "Lars", "not_trede": 1},
    "Lars's cases except trede 1", lambda g, d, c: c["owner"] == "Lars" and c["trede"] != 1)
add(L, "trede coevorden", "fact", {"gemeente": "Coevorden", "fact": "trede"}, "trede of Coevorden",
    fact=F("Coevorden", "trede"))
add(L, "stuur ff een herinnering naar haarlemmermeer", "unknown", {"gemeente": "Haarlemmermeer"},
    "sending a reminder mail: cannot")
add(L, "tel nr van heumen?", "unknown", {"gemeente": "Heumen"}, "contact data: cannot")
add(L, "welke vn mij missen zowel stappen als tijdpad", "list", {"owner": "Lars", "missing": ["steps", "timeline"]},
    "Lars's cases missing both steps and timeline",
    lambda g, d, c: c["owner"] == "Lars" and {"steps", "timeline"} <= set(c["missing"]))
add(L, "mijn te laat", "clarify", {"owner": "Lars"}, "bare 'te laat' (no reply past termijn or late reply): ask back")
add(L, "mijn zaken in trede 2 die nog nix gestuurd hebben", "list",
    {"owner": "Lars", "trede": 2, "state": ["no_reply"]}, "Lars's trede-2 cases with no reply past termijn",
    lambda g, d, c: c["owner"] == "Lars" and c["trede"] == 2 and g in NR)
add(L, "wat schreef smallingerland op 7 mei 2026", "fact",
    {"gemeente": "Smallingerland", "fact": "wrote", "date": "2026-05-07"}, "Smallingerland's message(s) of 7 May 2026",
    fact=F("Smallingerland", "wrote", "2026-05-07"))
add(L, "hoe wijs ik een zaak toe aan een collega", "help", {}, "how to assign: help")
add(L, "redenen culemborg", "fact", {"gemeente": "Culemborg", "fact": "reasons"}, "reasons of Culemborg",
    fact=F("Culemborg", "reasons"))
add(L, "verw datum amstelveen", "fact", {"gemeente": "Amstelveen", "fact": "expected"},
    "expected date of Amstelveen", fact=F("Amstelveen", "expected"))

# ---------------- Merel (behandelaar, jurist): treden, late replies, extensions, suspensions ----------------
M = MEREL
add(M, "Welke gemeenten bevinden zich momenteel in trede 3?", "list", {"trede": 3}, "trede-3 cases",
    lambda g, d, c: c["trede"] == 3)
q52 = add(M, "Hoeveel gemeenten hebben pas na het verstrijken van de termijn gereageerd?", "count", {"state": ["late"]},
    "count of late replies", lambda g, d, c: late(c))
add(M, "En hoeveel daarvan was ook onvolledig?", "count", {"state": ["incomplete", "late"]},
    "follow-up: late and state incomplete", lambda g, d, c: late(c) and inc(c), after=[q52])
add(M, "Bij welke gemeenten ligt nog een verzoek om verlenging van de termijn?", "list", {"state": ["extended"]},
    "cases with an extension request", lambda g, d, c: ext(c))
add(M, "Welke gemeenten in trede 2 hebben om uitstel verzocht, Zuid-Holland niet meegerekend?", "list",
    {"trede": 2, "state": ["extended"], "not_province": "Zuid-Holland"},
    "trede-2 extension requests outside Zuid-Holland",
    lambda g, d, c: c["trede"] == 2 and ext(c) and d["province"] != "Zuid-Holland")
add(M, "Zijn er zaken waarvan de behandeling is opgeschort?", "list", {"state": ["suspended"]},
    "suspended cases (none)", lambda g, d, c: bool(c["suspended"]))
add(M, "Welke gemeenten hebben gereageerd, uitgezonderd de gemeenten die te laat waren?", "list",
    {"state": ["answered"], "not_state": ["late"]}, "answered and not late",
    lambda g, d, c: ans(c) and not late(c))
add(M, "Welke tijdig ingediende reacties bevatten noch de stappen noch het tijdpad?", "list",
    {"state": ["on_time"], "missing": ["steps", "timeline"]}, "on-time replies missing steps and timeline",
    lambda g, d, c: ontime(c) and {"steps", "timeline"} <= set(c["missing"]))
add(M, "Welke gemeenten in trede 2 hebben nog steeds niet gereageerd, met uitzondering van Noord-Brabant?", "list",
    {"trede": 2, "state": ["no_reply"], "not_province": "Noord-Brabant"},
    "trede-2 no-reply cases outside Noord-Brabant",
    lambda g, d, c: c["trede"] == 2 and g in NR and d["province"] != "Noord-Brabant")
add(M, "Hoeveel zaken met een termijn tussen 1 en 30 juni 2026 zijn na afloop van de termijn beantwoord?", "count",
    {"state": ["late"], "termijn_from": "2026-06-01", "termijn_to": "2026-06-30"},
    "late replies among cases with termijn in June 2026",
    lambda g, d, c: late(c) and term_in(c, "2026-06-01", "2026-06-30"))
add(M, "Welke gemeenten met een termijn vóór 1 mei 2026 hebben nog altijd niet gereageerd?", "list",
    {"state": ["no_reply"], "termijn_to": "2026-04-30"}, "no-reply cases with termijn up to 30 April 2026",
    lambda g, d, c: g in NR and c["termijn"] is not None and D(c["termijn"]) <= D("2026-04-30"))
add(M, "Op welke datum heeft Tiel gereageerd, en was dat binnen de termijn?", "fact", {"gemeente": "Tiel", "fact": "reply"},
    "Tiel's reply date and timeliness", fact=F("Tiel", "reply"))
add(M, "In welke trede bevindt Rijssen-Holten zich?", "fact", {"gemeente": "Rijssen-Holten", "fact": "trede"},
    "trede of Rijssen-Holten", fact=F("Rijssen-Holten", "trede"))
q64 = add(M, "Welke gemeenten voeren een lopende bezwaarprocedure aan als reden?", "list",
    {"reason": "objection_procedure"}, "cases stating objection_procedure",
    lambda g, d, c: "objection_procedure" in d["reasons"])
add(M, "En welke daarvan hebben ook te laat gereageerd?", "list", {"reason": "objection_procedure", "state": ["late"]},
    "follow-up: objection_procedure and late reply",
    lambda g, d, c: "objection_procedure" in d["reasons"] and late(c), after=[q64])
add(M, "Welke gemeenten hebben uitstel gevraagd en bevinden zich niet in trede 1?", "list",
    {"state": ["extended"], "not_trede": 1}, "extension requests outside trede 1",
    lambda g, d, c: ext(c) and c["trede"] != 1)
add(M, "Welke reacties missen alle drie de elementen?", "list", {"missing": ["facts", "steps", "timeline"]},
    "cases missing facts, steps and timeline",
    lambda g, d, c: {"facts", "steps", "timeline"} <= set(c["missing"]))
add(M, "Kan de trede van Tiel worden verhoogd naar trede 3?", "unknown", {"gemeente": "Tiel"},
    "changing the trede by question: cannot")
add(M, "Welke gemeenten in trede 2 zijn te laat?", "clarify", {"trede": 2},
    "bare 'te laat' in trede 2: ask back (no reply past termijn, or replied late)")
add(M, "Welke Limburgse gemeenten in trede 2 hebben tijdig gereageerd?", "list",
    {"province": "Limburg", "trede": 2, "state": ["on_time"]}, "Limburg trede-2 on-time replies",
    lambda g, d, c: d["province"] == "Limburg" and c["trede"] == 2 and ontime(c))
add(M, "Hoeveel zaken in trede 1 zijn er in Drenthe?", "count", {"trede": 1, "province": "Drenthe"},
    "count of trede-1 cases in Drenthe", lambda g, d, c: c["trede"] == 1 and d["province"] == "Drenthe")
add(M, "Welke gemeenten die tijdig hebben gereageerd verwachten vóór 1 april 2027 aan de taak te voldoen?", "list",
    {"state": ["on_time"], "expected_before": "2027-04-01"}, "on-time replies with expected date ending before 1 Apr 2027",
    lambda g, d, c: ontime(c) and exp_before(d, "2027-04-01"))
add(M, "Heeft Tholen de termijn gehaald?", "fact", {"gemeente": "Tholen", "fact": "reply"},
    "Tholen's reply date and timeliness", fact=F("Tholen", "reply"))
add(M, "Wanneer verliep de termijn van Weert?", "fact", {"gemeente": "Weert", "fact": "termijn"},
    "termijn of Weert (extension asked until 10 July 2026)", fact=F("Weert", "termijn"))
add(M, "Welke zaken van Sander wachten nog op een reactie terwijl de termijn al verstreken is?", "list",
    {"owner": "Sander", "state": ["no_reply"]}, "Sander's no-reply cases",
    lambda g, d, c: c["owner"] == "Sander" and g in NR)

# ---------------- Sander (colleague from another team): everyday words ----------------
S = SANDER
add(S, "die gemeenten die nog niks hebben gestuurd terwijl het al had gemoeten, hoeveel zijn dat er eigenlijk?", "count",
    {"state": ["no_reply"]}, "count of no-reply cases", lambda g, d, c: g in NR)
add(S, "wie loopt het meest achter?", "unknown", {}, "ranking: cannot")
add(S, "welke gemeenten hebben wel iets teruggestuurd maar mist er nog een stuk in hun antwoord?", "list",
    {"state": ["incomplete"]}, "cases in state answered_incomplete", lambda g, d, c: inc(c))
add(S, "welke gemeenten zeggen dat ze gewoon geen plek kunnen vinden voor de opvang?", "list",
    {"reason": "no_location"}, "cases stating no_location", lambda g, d, c: "no_location" in d["reasons"])
add(S, "welke gemeenten hebben geldproblemen", "list", {"reason": "finance"}, "cases stating finance",
    lambda g, d, c: "finance" in d["reasons"])
add(S, "bij welke gemeenten zijn de buurtbewoners ertegen?", "list", {"reason": "local_opposition"},
    "cases stating local_opposition", lambda g, d, c: "local_opposition" in d["reasons"])
q82 = add(S, "hoe zit het nou met Zwolle?", "status", {"gemeente": "Zwolle"}, "status of Zwolle", fact=F("Zwolle", "status"))
add(S, "wanneer denkt Almere dat ze klaar zijn?", "fact", {"gemeente": "Almere", "fact": "expected"},
    "expected date of Almere", fact=F("Almere", "expected"))
add(S, "hoeveel opvangplekken heeft de gemeente Utrecht nu al?", "fact", {"gemeente": "Utrecht", "fact": "places"},
    "places of the municipality Utrecht", fact=F("Utrecht", "places"))
q85 = add(S, "welke gemeenten in het noorden hebben nog helemaal niks laten horen", "list",
    {"province": NOORD, "state": ["no_reply"]}, "no-reply cases in Drenthe/Friesland/Groningen",
    lambda g, d, c: d["province"] in NOORD and g in NR)
add(S, "en die in het oosten?", "list", {"province": OOST, "state": ["no_reply"]},
    "follow-up: no-reply cases in Gelderland/Overijssel", lambda g, d, c: d["province"] in OOST and g in NR, after=[q85])
add(S, "wie van jullie doet Deventer eigenlijk?", "fact", {"gemeente": "Deventer", "fact": "owner"},
    "owner of Deventer", fact=F("Deventer", "owner"))
add(S, "welke gemeenten hebben gevraagd of ze wat langer de tijd mogen krijgen?", "list", {"state": ["extended"]},
    "cases with an extension request", lambda g, d, c: ext(c))
add(S, "bij welke gemeenten is de brief nooit aangekomen?", "list", {"letter_undelivered": True},
    "cases whose letter bounced", lambda g, d, c: bool(c["letter_undelivered"]))
add(S, "welke gemeenten in Limburg heeft nog niemand onder zijn hoede?", "list",
    {"province": "Limburg", "no_owner": True}, "unowned cases in Limburg",
    lambda g, d, c: d["province"] == "Limburg" and c["owner"] is None)
add(S, "hoe zit het met Bergen?", "clarify", {}, "Bergen (L.) or Bergen (NH.): ask back")
add(S, "welke gemeenten in de Achterhoek hebben nog niks gestuurd?", "unknown", {"state": ["no_reply"]},
    "the Achterhoek has no border in the register: unknown, state kept")
add(S, "en welke gemeenten liggen daar naast?", "unknown", {"gemeente": "Zwolle"},
    "neighbours of Zwolle: cannot", after=[q82])
add(S, "wat ligt er eigenlijk allemaal bij mij op het bordje?", "list", {"owner": "Sander"}, "Sander's own cases",
    lambda g, d, c: c["owner"] == "Sander")
add(S, "welke gemeenten in Zeeland hebben netjes op tijd geantwoord?", "list",
    {"province": "Zeeland", "state": ["on_time"]}, "Zeeland on-time replies",
    lambda g, d, c: d["province"] == "Zeeland" and ontime(c))
add(S, "welke gemeenten zijn opvangplekken kwijtgeraakt?", "list", {"reason": "places_lost"},
    "cases stating places_lost", lambda g, d, c: "places_lost" in d["reasons"])
add(S, "hoe werkt dit ding eigenlijk?", "help", {}, "how does the bot work: help")
add(S, "welke gemeenten zitten nog te wachten op een vergunning?", "list", {"reason": "permit_procedure"},
    "cases stating permit_procedure", lambda g, d, c: "permit_procedure" in d["reasons"])
add(S, "welke gemeenten hebben wel geantwoord maar niet gezegd wanneer ze klaar zijn?", "list",
    {"state": ["answered"], "missing": ["timeline"]}, "answered cases missing the timeline",
    lambda g, d, c: ans(c) and "timeline" in c["missing"])
add(S, "wie is er allemaal te laat?", "clarify", {}, "bare 'te laat': ask back")

assert len(QS) == 100, len(QS)
with open("questions45_with_expected_sets.jsonl", "w", encoding="utf-8") as f:
    for r in QS:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("wrote", len(QS))
