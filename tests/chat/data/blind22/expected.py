#!/usr/bin/env python3
"""Compute every expected answer of questions 22001-22100 from status.json and due.json.

python3 expected.py   -> writes questions.jsonl (and prints id, intent, count per question)
"""
import json, os, calendar, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
ON = "2026-12-16"
STAFF = {22501: "Karin", 22502: "Sjoerd", 22503: "Ayse", 22504: "Bart"}
S = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
D = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
BY = {s["gemeente"]: s for s in S}
CASES = [s for s in S if s.get("case")]          # the universe of every list/count: cases in the register
NO_REPLY = {x["gemeente"] for x in D if x["section"] == "overdue" and x["kind"] == "no_reply"}
NH, ZH, NB, GLD, OV, FR = "Noord-Holland", "Zuid-Holland", "Noord-Brabant", "Gelderland", "Overijssel", "Friesland"
NOORD = ["Drenthe", "Friesland", "Groningen"]; OOST = ["Gelderland", "Overijssel"]; ZUID = ["Limburg", "Noord-Brabant", "Zeeland"]


def interval(e):
    """expected_date string -> (first day, last day)."""
    if e is None:
        return None
    y = int(e[:4])
    if len(e) == 10:
        d = dt.date.fromisoformat(e); return d, d
    if "-Q" in e:
        q = int(e[-1]); m1 = 3 * q - 2; m2 = 3 * q
        return dt.date(y, m1, 1), dt.date(y, m2, calendar.monthrange(y, m2)[1])
    if "-H" in e:
        h = int(e[-1]); m1, m2 = (1, 6) if h == 1 else (7, 12)
        return dt.date(y, m1, 1), dt.date(y, m2, calendar.monthrange(y, m2)[1])
    if len(e) == 7:
        m = int(e[5:]); return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])
    if len(e) == 4:
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    raise ValueError(e)


def has_state(s, st):
    c = s["case"]
    if st == "no_reply":   return s["gemeente"] in NO_REPLY          # = due --json overdue/no_reply
    if st == "unanswered": return not c["answered"]
    if st == "answered":   return bool(c["answered"])
    if st == "late":       return bool(c["answered"]) and c["reply_on_time"] is False
    if st == "on_time":    return bool(c["answered"]) and c["reply_on_time"] is True
    if st == "incomplete": return c["state"] == "answered_incomplete"
    if st == "complete":   return c["state"] == "answered_complete"
    if st == "suspended":  return bool(c["suspended"])
    if st == "extended":   # asked and pending, or termijn moved past the letter's own deadline
        moved = c["termijn"] and s["letters"] and c["termijn"] > max(l["deadline"] for l in s["letters"])
        return bool(c["extension_requested"] or moved)
    raise ValueError(st)


def aslist(v):
    return v if isinstance(v, list) else [v]


def select(f, as_staff):
    out = []
    for s in CASES:
        c = s["case"]
        if "province" in f and s["province"] not in aslist(f["province"]): continue
        if "not_province" in f and s["province"] in aslist(f["not_province"]): continue
        if "gemeente" in f and s["gemeente"] != f["gemeente"]: continue
        if "not_gemeente" in f and s["gemeente"] in aslist(f["not_gemeente"]): continue
        if "trede" in f and c["trede"] not in aslist(f["trede"]): continue
        if "not_trede" in f and c["trede"] in aslist(f["not_trede"]): continue
        if "owner" in f:
            want = STAFF[as_staff] if f["owner"] == "mijn" else f["owner"]
            if c["owner"] != want: continue
        if f.get("no_owner") and c["owner"] is not None: continue
        if "state" in f and not all(has_state(s, x) for x in f["state"]): continue
        if "not_state" in f and any(has_state(s, x) for x in f["not_state"]): continue
        if f.get("letter_undelivered") and not c["letter_undelivered"]: continue
        if "missing" in f and not all(m in c["missing"] for m in f["missing"]): continue
        if "reason" in f and not all(r in s["reasons"] for r in aslist(f["reason"])): continue
        if "compliance" in f and c["compliance"] != f["compliance"]: continue
        if "expected_before" in f or "expected_after" in f:
            iv = interval(s["expected_date"])
            if iv is None: continue
            if "expected_before" in f and not iv[1] < dt.date.fromisoformat(f["expected_before"]): continue
            if "expected_after" in f and not iv[0] > dt.date.fromisoformat(f["expected_after"]): continue
        if "termijn_from" in f or "termijn_to" in f:
            t = c["termijn"]
            if t is None: continue
            if "termijn_from" in f and t < f["termijn_from"]: continue
            if "termijn_to" in f and t > f["termijn_to"]: continue
        out.append(s["gemeente"])
    return sorted(out)


def fact(g, what):
    s = BY[g]; c = s["case"]
    if c is None: return "geen zaak in het register"
    if what == "places":     return {"realised": s["realised_total"], "planned": s["planned_total"], "task": s["task_total"]}
    if what == "expected":   return s["expected_date"]
    if what == "owner":      return c["owner"]          # None: no behandelaar
    if what == "missing":    return c["missing"]
    if what == "termijn":    return c["termijn"]
    if what == "reply":      return (c["reply_at"] or "")[:10] or None
    if what == "reasons":    return s["reasons"]
    if what == "trede":      return c["trede"]
    if what == "compliance": return c["compliance"]
    raise ValueError(what)


def status_fact(g):
    s = BY[g]; c = s["case"]
    if c is None: return "geen zaak in het register"
    return {"trede": c["trede"], "owner": c["owner"], "state": c["state"], "compliance": c["compliance"],
            "termijn": c["termijn"], "missing": c["missing"], "expected_date": s["expected_date"]}


def wrote(g, day):
    s = BY[g]
    ms = [m for m in s["messages"] if m["received_at"][:10] == day]
    return [{"kind": m["kind"], "subject": m["subject"], "missing": m["missing"]} for m in ms]


# ---------------------------------------------------------------------------------------------
# (id, as_staff, q, intent, filters, after, meaning, [fact spec])
Q = []
def q(i, who, text, intent, filters=None, after=(), meaning="", fact_of=None):
    Q.append(dict(id=i, who=who, q=text, intent=intent, filters=filters or {}, after=list(after), meaning=meaning, fact_of=fact_of))

K, SJ, AY, BA = 22501, 22502, 22503, 22504
W_THIS = {"termijn_from": "2026-12-14", "termijn_to": "2026-12-20"}
W_NEXT = {"termijn_from": "2026-12-21", "termijn_to": "2026-12-27"}
W_JAN = {"termijn_from": "2027-01-01", "termijn_to": "2027-01-31"}

# --- Karin: head of unit, weekly meeting --------------------------------------------------------
q(22001, K, "Hoeveel gemeenten hebben nog niet gereageerd terwijl de termijn al verstreken is?", "count",
  {"state": ["no_reply"]}, meaning="count of cases with no reply and termijn passed")
q(22002, K, "Welke termijnen verlopen deze week?", "list", dict(W_THIS), meaning="cases whose termijn falls Mon 14 - Sun 20 Dec 2026 (none)")
q(22003, K, "En volgende week?", "list", dict(W_NEXT), after=[22002], meaning="same, for 21-27 Dec 2026 (none)")
q(22004, K, "Wat loopt er in januari af qua termijnen?", "list", dict(W_JAN), meaning="termijnen in January 2027 (none)")
q(22005, K, "Hoeveel gemeenten voldoen niet aan hun wettelijke taak?", "count", {"compliance": "voldoet_niet"},
  meaning="count compliance voldoet_niet")
q(22006, K, "En hoeveel daarvan liggen in Gelderland?", "count", {"compliance": "voldoet_niet", "province": GLD},
  after=[22005], meaning="previous count narrowed to Gelderland")
q(22007, K, "Welke gemeenten zitten op dit moment in trede 3?", "list", {"trede": 3}, meaning="cases at trede 3")
q(22008, K, "Geef me een overzicht van de trede 1-zaken in Noord-Nederland", "list",
  {"trede": 1, "province": NOORD}, meaning="trede 1 cases in Drenthe, Friesland, Groningen")
q(22009, K, "Hoeveel zaken heeft Sjoerd op zijn naam staan?", "count", {"owner": "Sjoerd"}, meaning="count cases owned by Sjoerd")
q(22010, K, "En Ayse?", "count", {"owner": "Ayse"}, after=[22009], meaning="count cases owned by Ayse")
q(22011, K, "Welke zaken in Zuid-Holland hebben nog geen behandelaar?", "list", {"no_owner": True, "province": ZH},
  meaning="unowned cases in Zuid-Holland")
q(22012, K, "Welke Limburgse gemeenten hebben te laat gereageerd?", "list", {"state": ["late"], "province": "Limburg"},
  meaning="Limburg cases whose reply came after the termijn")
q(22013, K, "Bij hoeveel gemeenten loopt er een uitstelverzoek?", "count", {"state": ["extended"]},
  meaning="count cases with an extension asked (pending) or granted")
q(22014, K, "Bij welke gemeenten is de brief onbestelbaar retour gekomen?", "list", {"letter_undelivered": True},
  meaning="cases whose latest letter bounced")
q(22015, K, "Zuid-Nederland zonder reactie na de termijn, Zeeland niet meegerekend", "list",
  {"state": ["no_reply"], "province": ZUID, "not_province": "Zeeland"},
  meaning="no_reply cases in Limburg/Noord-Brabant/Zeeland minus Zeeland")
q(22016, K, "Hoeveel gemeenten in Overijssel en Drenthe voldoen gedeeltelijk?", "count",
  {"compliance": "voldoet_gedeeltelijk", "province": ["Drenthe", "Overijssel"]}, meaning="count partial compliance in two provinces")
q(22017, K, "Welke zaken van Bart zijn onvolledig beantwoord?", "list", {"owner": "Bart", "state": ["incomplete"]},
  meaning="Bart's cases in state answered_incomplete")
q(22018, K, "Welke gemeenten in de provincie Utrecht hebben een onvolledige reactie gestuurd?", "list",
  {"province": "Utrecht", "state": ["incomplete"]}, meaning="province Utrecht, state incomplete")
q(22019, K, "Hoeveel zaken staan er in trede 2, Noord-Holland niet meegerekend?", "count",
  {"trede": 2, "not_province": NH}, meaning="count trede 2 outside Noord-Holland")
q(22020, K, "Welke gemeenten zonder behandelaar hebben de termijn laten verlopen zonder te reageren?", "list",
  {"no_owner": True, "state": ["no_reply"]}, meaning="unowned no_reply cases")
q(22021, K, "mijn zaken", "list", {"owner": "mijn"}, meaning="cases owned by the asker (Karin)")
q(22022, K, "Wat moet ik deze week afhandelen?", "list", {"owner": "mijn", **W_THIS},
  meaning="asker's cases with termijn this week (README: 'wat moet ik deze week' = termijn window of my cases); none")
q(22023, K, "Hoeveel gemeenten in Gelderland en Overijssel hebben op tijd gereageerd?", "count",
  {"state": ["on_time"], "province": OOST}, meaning="count on-time replies in Gelderland+Overijssel")
q(22024, K, "Welke gemeenten in Flevoland hebben gereageerd, uitgezonderd de gemeenten die te laat waren?", "list",
  {"state": ["answered"], "not_state": ["late"], "province": "Flevoland"}, meaning="Flevoland answered minus late")
q(22025, K, "Bij welke gemeenten liep de termijn af tussen 1 en 30 november 2026?", "list",
  {"termijn_from": "2026-11-01", "termijn_to": "2026-11-30"}, meaning="cases whose termijn fell in November 2026 (any state)")

# --- Sjoerd: phone, typos, chains ---------------------------------------------------------------
q(22026, SJ, "hoe staat t met zwolle", "status", {"gemeente": "Zwolle"}, meaning="status of Zwolle (chain A)", fact_of=("Zwolle", "status"))
q(22027, SJ, "en wanneer verwachten ze klaar te zijn", "fact", {"gemeente": "Zwolle", "fact": "expected"}, after=[22026],
  meaning="expected date of Zwolle", fact_of=("Zwolle", "expected"))
q(22028, SJ, "wie heeft die", "fact", {"gemeente": "Zwolle", "fact": "owner"}, after=[22026, 22027],
  meaning="owner of Zwolle (none)", fact_of=("Zwolle", "owner"))
q(22029, SJ, "hvl plekken heeft heemskerk al gerealiseerd", "fact", {"gemeente": "Heemskerk", "fact": "places"},
  meaning="places realised by Heemskerk (chain B)", fact_of=("Heemskerk", "places"))
q(22030, SJ, "en de buren?", "unknown", {}, after=[22029], meaning="neighbours: the register has no neighbour relation -> unknown")
q(22031, SJ, "wat ontbreekt er nog bij oosterhout", "fact", {"gemeente": "Oosterhout", "fact": "missing"},
  meaning="missing elements Oosterhout (chain C)", fact_of=("Oosterhout", "missing"))
q(22032, SJ, "wie is behandelaar", "fact", {"gemeente": "Oosterhout", "fact": "owner"}, after=[22031],
  meaning="owner of Oosterhout", fact_of=("Oosterhout", "owner"))
q(22033, SJ, "en wanneer moest die reactie binnen zijn", "fact", {"gemeente": "Oosterhout", "fact": "termijn"},
  after=[22031, 22032], meaning="termijn of Oosterhout", fact_of=("Oosterhout", "termijn"))
q(22034, SJ, "mijn zaken zonder reactie", "list", {"owner": "mijn", "state": ["no_reply"]},
  meaning="Sjoerd's cases without reply, termijn passed (no_reply; 'zonder reactie' as in README example)")
q(22035, SJ, "gem. in NH zonder tijdpad", "list", {"province": NH, "missing": ["timeline"]}, meaning="Noord-Holland cases missing timeline")
q(22036, SJ, "welke gem in gld hebben nog nt gereageerd", "list", {"province": GLD, "state": ["no_reply"]},
  meaning="Gelderland no_reply (README example wording)")
q(22037, SJ, "ov trede 3?", "list", {"province": OV, "trede": 3}, meaning="Overijssel cases at trede 3")
q(22038, SJ, "hoevl gem in Ov hebben bezwaar", "count", {"province": OV, "reason": "objection_procedure"},
  meaning="count Overijssel cases with objection_procedure")
q(22039, SJ, "stat den bosch", "status", {"gemeente": "'s-Hertogenbosch"}, meaning="status 's-Hertogenbosch (chain D)",
  fact_of=("'s-Hertogenbosch", "status"))
q(22040, SJ, "en wat missen ze", "fact", {"gemeente": "'s-Hertogenbosch", "fact": "missing"}, after=[22039],
  meaning="missing elements 's-Hertogenbosch", fact_of=("'s-Hertogenbosch", "missing"))
q(22041, SJ, "en hun buren?", "unknown", {}, after=[22039, 22040], meaning="neighbours -> unknown (README)")
q(22042, SJ, "wie is eigenaar van tiel", "fact", {"gemeente": "Tiel", "fact": "owner"}, meaning="owner Tiel (chain E)",
  fact_of=("Tiel", "owner"))
q(22043, SJ, "wnr hebben ze gereageerd", "fact", {"gemeente": "Tiel", "fact": "reply"}, after=[22042],
  meaning="date of Tiel's reply", fact_of=("Tiel", "reply"))
q(22044, SJ, "hoe stat amstrdam ervoor", "status", {"gemeente": "Amsterdam"},
  meaning="typo Amsterdam: guessed; Amsterdam has no case", fact_of=("Amsterdam", "status"))
q(22045, SJ, "zaken van ayse in limburg", "list", {"owner": "Ayse", "province": "Limburg"}, meaning="Ayse's Limburg cases")
q(22046, SJ, "hoevl zaken in fr zonder stappen", "count", {"province": FR, "missing": ["steps"]},
  meaning="count Friesland cases missing steps")
q(22047, SJ, "welke termijnen verlopen binnen twee weken", "list", {"termijn_from": "2026-12-16", "termijn_to": "2026-12-29"},
  meaning="termijnen in the 14 days from today (none)")
q(22048, SJ, "welke trede zit zeewolde", "fact", {"gemeente": "Zeewolde", "fact": "trede"}, meaning="trede of Zeewolde (chain F)",
  fact_of=("Zeewolde", "trede"))
q(22049, SJ, "en wat schreven ze op 14 juli", "fact", {"gemeente": "Zeewolde", "fact": "wrote", "date": "2026-07-14"},
  after=[22048], meaning="Zeewolde's message of 14 July 2026 (a meldplicht)", fact_of=("Zeewolde", "wrote", "2026-07-14"))
q(22050, SJ, "voldoet sudwest fryslan", "fact", {"gemeente": "Súdwest-Fryslân", "fact": "compliance"},
  meaning="compliance of Súdwest-Fryslân", fact_of=("Súdwest-Fryslân", "compliance"))

# --- Ayse: policy analyst -----------------------------------------------------------------------
q(22051, AY, "Waar speelt een bezwaarprocedure?", "list", {"reason": "objection_procedure"}, meaning="cases citing objection_procedure")
q(22052, AY, "Welke gemeenten kunnen geen geschikte locatie vinden, behalve die in Limburg?", "list",
  {"reason": "no_location", "not_province": "Limburg"}, meaning="no_location outside Limburg")
q(22053, AY, "Bij welke gemeenten vertraagt een vergunningsprocedure de realisatie?", "list", {"reason": "permit_procedure"},
  meaning="cases citing permit_procedure")
q(22054, AY, "Welke gemeenten hebben geldproblemen?", "list", {"reason": "finance"}, meaning="cases citing finance")
q(22055, AY, "En daarvan in Noord-Holland?", "list", {"reason": "finance", "province": NH}, after=[22054],
  meaning="finance cases in Noord-Holland")
q(22056, AY, "Wie verwacht vóór de zomer van 2027 te voldoen?", "list", {"expected_before": "2027-07-01"},
  meaning="expected date ends before 2027-07-01")
q(22057, AY, "Welke gemeenten verwachten pas in 2028 klaar te zijn?", "list",
  {"expected_after": "2027-12-31", "expected_before": "2029-01-01"}, meaning="expected date within 2028")
q(22058, AY, "Hoeveel gemeenten denken pas na 2027 aan de taak te voldoen?", "count", {"expected_after": "2027-12-31"},
  meaning="count expected date starting after 2027")
q(22059, AY, "Welke gemeenten verwachten in Q1 2027 klaar te zijn, maar niet in trede 1?", "list",
  {"expected_after": "2026-12-31", "expected_before": "2027-04-01", "not_trede": 1}, meaning="expected in Q1 2027, trede 1 excluded")
q(22060, AY, "en in Q2?", "list", {"expected_after": "2027-03-31", "expected_before": "2027-07-01", "not_trede": 1},
  after=[22059], meaning="window replaced by Q2 2027, not_trede kept")
q(22061, AY, "Welke reacties missen zowel de stappen als het tijdpad?", "list", {"missing": ["steps", "timeline"]},
  meaning="cases missing steps and timeline")
q(22062, AY, "Bij welke gemeenten ontbreken alle drie de elementen?", "list", {"missing": ["facts", "steps", "timeline"]},
  meaning="cases missing all three elements")
q(22063, AY, "Bij welke gemeenten ontbreken de feiten en omstandigheden, met uitzondering van Zuid-Holland?", "list",
  {"missing": ["facts"], "not_province": ZH}, meaning="missing facts outside Zuid-Holland")
q(22064, AY, "Waar is sprake van lokaal verzet tegen een opvanglocatie?", "list", {"reason": "local_opposition"},
  meaning="cases citing local_opposition")
q(22065, AY, "Welke gemeenten zeggen afhankelijk te zijn van het COA?", "list", {"reason": "coa_dependency"},
  meaning="cases citing coa_dependency")
q(22066, AY, "Welke gemeenten wachten op een raadsbesluit, maar niet in trede 1?", "list",
  {"reason": "council_decision", "not_trede": 1}, meaning="council_decision, trede 1 excluded")
q(22067, AY, "Welke gemeenten hebben een verwachte datum die al verstreken is?", "list", {"expected_before": ON},
  meaning="expected date ended before today 2026-12-16")
q(22068, AY, "Hoeveel gemeenten verwachten tussen 1 maart 2027 en 30 juni 2027 te voldoen?", "count",
  {"expected_after": "2027-02-28", "expected_before": "2027-07-01"}, meaning="count expected within Mar-Jun 2027")
q(22069, AY, "Welke gemeenten melden dat er opvangplekken wegvallen, behalve in Gelderland en Overijssel?", "list",
  {"reason": "places_lost", "not_province": OOST}, meaning="places_lost outside Gelderland/Overijssel")
q(22070, AY, "Waar wordt het woningtekort als reden genoemd?", "list", {"reason": "housing_shortage"}, meaning="housing_shortage cases")
q(22071, AY, "Zuid-Hollandse gemeenten met vergunningsperikelen", "list", {"reason": "permit_procedure", "province": ZH},
  meaning="permit_procedure in Zuid-Holland")
q(22072, AY, "Welke gemeenten die niet voldoen verwachten pas na de zomer van 2027 klaar te zijn?", "list",
  {"compliance": "voldoet_niet", "expected_after": "2027-08-31"}, meaning="voldoet_niet with expected date after summer 2027")
q(22073, AY, "Welke redenen noemt Eindhoven?", "fact", {"gemeente": "Eindhoven", "fact": "reasons"},
  meaning="reasons stated by Eindhoven", fact_of=("Eindhoven", "reasons"))
q(22074, AY, "Brabantse gemeenten zonder tijdpad, behalve Oss", "list",
  {"province": NB, "missing": ["timeline"], "not_gemeente": "Oss"}, meaning="Noord-Brabant missing timeline minus Oss")
q(22075, AY, "Hoeveel gemeenten verwachten vóór 1 maart te voldoen?", "count", {"expected_before": "2027-03-01"},
  meaning="count expected date ends before 1 March (ahead: 2027)")

# --- Bart: new colleague, formal, English, cannot-do, ambiguous, help ----------------------------
q(22076, BA, "Could you tell me hoeveel gemeenten er in totaal in het register staan met een zaak?", "count", {},
  meaning="count of all cases (no filter)")
q(22077, BA, "Kunt u namens mij een herinneringsmail sturen naar de gemeente Baarn over de verlopen termijn?", "unknown", {},
  meaning="cannot send mail from a question -> unknown with nearest options")
q(22078, BA, "Is het mogelijk om dit overzicht naar Excel te exporteren?", "unknown", {},
  meaning="export is a CLI command, not a chat answer -> unknown (cannot do)")
q(22079, BA, "Wat is het telefoonnummer van de contactpersoon bij de gemeente Venlo?", "unknown", {"gemeente": "Venlo"},
  meaning="contact data -> unknown (README)")
q(22080, BA, "Hoe zit het met Utrecht?", "clarify", {}, meaning="province or municipality Utrecht -> asks back")
q(22081, BA, "Hoe staat Bergen ervoor?", "clarify", {}, meaning="Bergen (L.) or Bergen (NH.) -> asks back")
q(22082, BA, "Welke gemeenten zijn te laat?", "clarify", {}, meaning="bare 'te laat' -> asks back (no_reply or late)")
q(22083, BA, "Welke gemeenten in de Randstad hebben nog niet gereageerd?", "clarify", {"state": ["no_reply"]},
  meaning="Randstad has no fixed border -> asks back")
q(22084, BA, "How does this bot work? Welke commando's kan ik gebruiken?", "help", {}, meaning="help")
q(22085, BA, "Hoe wijs ik een zaak toe aan een collega?", "help", {}, meaning="help (README)")
q(22086, BA, "Welke gemeenten in de Achterhoek hebben onvolledig gereageerd?", "unknown", {"state": ["incomplete"]},
  meaning="Achterhoek has no border in the register -> unknown with the other slots")
q(22087, BA, "Kunt u mij de top 5 gemeenten met de grootste achterstand geven?", "unknown", {},
  meaning="ranking -> unknown")
q(22088, BA, "Zou u mij kunnen informeren of de gemeente Venlo aan haar wettelijke taak voldoet?", "fact",
  {"gemeente": "Venlo", "fact": "compliance"}, meaning="compliance of Venlo", fact_of=("Venlo", "compliance"))
q(22089, BA, "Ten behoeve van de weekly update: welke gemeenten in de provincie Groningen hebben hun reactie op tijd ingediend?",
  "list", {"province": "Groningen", "state": ["on_time"]}, meaning="province Groningen, on-time replies")
q(22090, BA, "Graag ontvang ik een overview van alle zaken in trede 3 waarvan de reactie incompleet is.", "list",
  {"trede": 3, "state": ["incomplete"]}, meaning="trede 3, state incomplete")
q(22091, BA, "Wat is de deadline voor de reactie van de gemeente Eemnes?", "fact", {"gemeente": "Eemnes", "fact": "termijn"},
  meaning="termijn of Eemnes", fact_of=("Eemnes", "termijn"))
q(22092, BA, "Wie is de case owner van Almere?", "fact", {"gemeente": "Almere", "fact": "owner"},
  meaning="owner of Almere (none)", fact_of=("Almere", "owner"))
q(22093, BA, "Hoeveel opvangplaatsen heeft de gemeente Tilburg reeds gerealiseerd?", "fact", {"gemeente": "Tilburg", "fact": "places"},
  meaning="places realised Tilburg", fact_of=("Tilburg", "places"))
q(22094, BA, "Kunt u bevestigen welke gemeenten in Zeeland een extension hebben aangevraagd?", "list",
  {"province": "Zeeland", "state": ["extended"]}, meaning="Zeeland cases with extension asked")
q(22095, BA, "Hoe wijzig ik de trede van een gemeente?", "help", {}, meaning="help about /trede")
q(22096, BA, "Zijn er in Gelderland meer gemeenten zonder reactie dan in Overijssel?", "unknown", {"state": ["no_reply"]},
  meaning="comparison -> unknown (README)")
q(22097, BA, "Welke Brabantse gemeenten die nog geen uitstel hebben gevraagd, hebben de termijn laten verlopen zonder reactie?",
  "list", {"province": NB, "state": ["no_reply"], "not_state": ["extended"]}, meaning="NB no_reply, extension cases excluded")
q(22098, BA, "Hoe staat het met Haaren?", "clarify", {}, meaning="Haaren was split over several municipalities -> choices")
q(22099, BA, "Wat is de actuele stand van zaken bij de gemeente Hof van Twente?", "status", {"gemeente": "Hof van Twente"},
  meaning="status Hof van Twente", fact_of=("Hof van Twente", "status"))
q(22100, BA, "Which gemeenten zonder behandelaar bevinden zich in trede 3?", "list", {"no_owner": True, "trede": 3},
  meaning="unowned trede 3 cases")


def main():
    out = []
    for x in Q:
        f = x["filters"]; intent = x["intent"]
        rec = {"id": x["id"], "q": x["q"], "intent": intent, "filters": f, "after": x["after"], "as_staff": x["who"],
               "on": ON, "meaning": x["meaning"]}
        if intent in ("list", "count"):
            g = select(f, x["who"])
            rec["expected_gemeenten"] = g; rec["count"] = len(g)
        elif intent in ("status", "fact"):
            g = x["fact_of"][0]
            rec["expected_gemeenten"] = [g]; rec["count"] = 1
            kind = x["fact_of"][1]
            rec["expected_fact"] = (status_fact(g) if kind == "status" else
                                    wrote(g, x["fact_of"][2]) if kind == "wrote" else fact(g, kind))
        else:
            rec["expected_gemeenten"] = []; rec["count"] = 0
        if isinstance(rec["filters"].get("owner"), str) and rec["filters"]["owner"] == "mijn":
            rec["filters"] = dict(rec["filters"], owner=STAFF[x["who"]])
        out.append(rec)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for r in out:
        print(r["id"], r["intent"], r["count"], r.get("expected_fact", "") if r["intent"] in ("fact", "status") else r["expected_gemeenten"][:8])


if __name__ == "__main__":
    main()
