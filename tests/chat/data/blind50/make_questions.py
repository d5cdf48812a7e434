#!/usr/bin/env python3
"""make_questions.py: writes questions50_with_expected_sets.jsonl from QUESTIONS below;
expected_gemeenten / count / expected_fact are computed from status.json and due.json."""
import datetime as dt
import json, os
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ON = "2029-03-13"
STAFF = {50501: "Wendy", 50502: "Koen", 50503: "Esther", 50504: "Mustafa"}
W, K, E, M = 50501, 50502, 50503, 50504
NOORD = ["Drenthe", "Friesland", "Groningen"]
OOST = ["Gelderland", "Overijssel"]
ZUID = ["Limburg", "Noord-Brabant", "Zeeland"]
AMS = ZoneInfo("Europe/Amsterdam")

with open(os.path.join(HERE, "status.json"), encoding="utf-8") as f:
    STATUS = json.load(f)
with open(os.path.join(HERE, "due.json"), encoding="utf-8") as f:
    DUE = json.load(f)
CASES = {n: o for n, o in STATUS.items() if o["case"]}
NO_REPLY = {d["gemeente"] for d in DUE if d["section"] == "overdue" and d["kind"] == "no_reply"}


# ---------- expected-date intervals ----------
def interval(v):
    """'2027', '2027-H2', '2027-Q1', '2027-03', '2027-03-01' -> (first day, last day)."""
    y = int(v[:4])
    rest = v[5:]
    if not rest:
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if rest[0] == "H":
        h = int(rest[1])
        return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if h == 1 else (dt.date(y, 7, 1), dt.date(y, 12, 31))
    if rest[0] == "Q":
        q = int(rest[1])
        first = dt.date(y, 3 * q - 2, 1)
        last = (dt.date(y + 1, 1, 1) if q == 4 else dt.date(y, 3 * q + 1, 1)) - dt.timedelta(days=1)
        return first, last
    if len(rest) == 2:
        m = int(rest)
        first = dt.date(y, m, 1)
        last = (dt.date(y + 1, 1, 1) if m == 12 else dt.date(y, m + 1, 1)) - dt.timedelta(days=1)
        return first, last
    d = dt.date.fromisoformat(v)
    return d, d


def as_list(v):
    return v if isinstance(v, list) else [v]


STATE_TEST = {
    "no_reply": lambda n, c: n in NO_REPLY,
    "unanswered": lambda n, c: not c["answered"],
    "answered": lambda n, c: c["answered"],
    "late": lambda n, c: c["answered"] and c["reply_on_time"] is False,
    "on_time": lambda n, c: c["answered"] and c["reply_on_time"] is True,
    "incomplete": lambda n, c: c["state"] == "answered_incomplete",
    "complete": lambda n, c: c["state"] == "answered_complete",
    "extended": lambda n, c: c["extension_requested"],
    "suspended": lambda n, c: c["suspended"],
}


def match(n, o, f):
    c = o["case"]
    if "province" in f and o["province"] not in as_list(f["province"]):
        return False
    if "not_province" in f and o["province"] in as_list(f["not_province"]):
        return False
    if "gemeente" in f and n not in as_list(f["gemeente"]):
        return False
    if "not_gemeente" in f and n in as_list(f["not_gemeente"]):
        return False
    if "trede" in f and c["trede"] != f["trede"]:
        return False
    if "not_trede" in f and c["trede"] in as_list(f["not_trede"]):
        return False
    if "owner" in f and c["owner"] != f["owner"]:
        return False
    if f.get("no_owner") and c["owner"] is not None:
        return False
    if f.get("letter_undelivered") and not c["letter_undelivered"]:
        return False
    if "compliance" in f and c["compliance"] != f["compliance"]:
        return False
    for s in f.get("state", []):
        if not STATE_TEST[s](n, c):
            return False
    for s in f.get("not_state", []):
        if STATE_TEST[s](n, c):
            return False
    for m in f.get("missing", []):
        if m not in c["missing"]:
            return False
    if "reason" in f and f["reason"] not in o["reasons"]:
        return False
    if "expected_before" in f or "expected_after" in f:
        if not o["expected_date"]:
            return False
        first, last = interval(o["expected_date"])
        if "expected_before" in f and not last < dt.date.fromisoformat(f["expected_before"]):
            return False
        if "expected_after" in f and not first > dt.date.fromisoformat(f["expected_after"]):
            return False
    if "termijn_from" in f or "termijn_to" in f:
        if not c["termijn"]:
            return False
        t = c["termijn"][:10]
        if "termijn_from" in f and t < f["termijn_from"]:
            return False
        if "termijn_to" in f and t > f["termijn_to"]:
            return False
    return True


def select(f):
    return sorted(n for n, o in CASES.items() if match(n, o, f))


def local_day(ts):
    return dt.datetime.fromisoformat(ts).astimezone(AMS).date().isoformat()


def fact(name, key, date=None):
    o = STATUS[name]
    c = o["case"]
    if key == "places":
        return {"realised": o["realised_total"], "planned": o["planned_total"]}
    if key == "expected":
        return o["expected_date"]
    if key == "owner":
        return c["owner"]
    if key == "missing":
        return c["missing"]
    if key == "termijn":
        return c["termijn"]
    if key == "reasons":
        return o["reasons"]
    if key == "trede":
        return c["trede"]
    if key == "compliance":
        return c["compliance"]
    if key == "reply":
        if not c["answered"]:
            return {"answered": False, "reply_date": None, "termijn": c["termijn"],
                    "no_reply_overdue": name in NO_REPLY}
        rd = local_day(c["reply_at"])
        days = (dt.date.fromisoformat(rd) - dt.date.fromisoformat(c["termijn"][:10])).days
        return {"answered": True, "reply_date": rd, "termijn": c["termijn"],
                "on_time": c["reply_on_time"], "days_after_termijn": days}
    if key == "wrote":
        return [{"kind": m["kind"], "subject": m["subject"], "received": m["received_at"]}
                for m in o["messages"] if local_day(m["received_at"]) == date]
    if key == "status":
        return {"state": c["state"], "trede": c["trede"], "owner": c["owner"],
                "compliance": c["compliance"], "termijn": c["termijn"],
                "answered": c["answered"], "overdue": c["overdue"], "missing": c["missing"],
                "extension_requested": c["extension_requested"],
                "letter_undelivered": c["letter_undelivered"],
                "expected_date": o["expected_date"]}
    raise KeyError(key)


# ---------- the questions ----------
# (id, asker, q, intent, filters, after, meaning, extra)
# extra: for fact/status: computed from filters; for clarify: the choices; for unknown: what is refused.
QUESTIONS = []


def q(qid, who, text, intent, filters, meaning, after=(), note=None):
    QUESTIONS.append(dict(id=qid, who=who, q=text, intent=intent, filters=filters,
                          after=list(after), meaning=meaning, note=note))

# ===== Wendy (50501, beheerder): policy director, letter to parliament; long formal sentences =====
q(50001, W, "Zou u mij ten behoeve van de Kamerbrief kunnen laten weten hoeveel gemeenten, met uitzondering van die in Limburg en Zeeland, zich op dit moment in trede 2 bevinden en nog altijd niet hebben gereageerd, terwijl de termijn daarvoor reeds is verstreken?",
  "count", {"trede": 2, "state": ["no_reply"], "not_province": ["Limburg", "Zeeland"]},
  "count of trede-2 cases with no reply after the termijn, Limburg and Zeeland left out")
q(50002, W, "Ik verzoek u mij een overzicht te verstrekken van de gemeenten in Noord-Nederland waarvan de reactie onvolledig was, waarbij Midden-Groningen, waarover wij reeds afzonderlijk correspondentie voeren, buiten beschouwing dient te blijven.",
  "list", {"province": NOORD, "state": ["incomplete"], "not_gemeente": "Midden-Groningen"},
  "cases in Drenthe/Friesland/Groningen whose state is answered_incomplete, minus Midden-Groningen")
q(50003, W, "Welke gemeenten in Zuid-Holland hebben inmiddels op de brief gereageerd, met uitzondering van de gemeenten waarvan de reactie onvolledig was, zodat ik die in de bijlage als positief voorbeeld kan opnemen?",
  "list", {"province": "Zuid-Holland", "state": ["answered"], "not_state": ["incomplete"]},
  "answered cases in Zuid-Holland, leaving out those whose state is answered_incomplete")
q(50004, W, "Hoeveel gemeenten in trede 2 voldoen, voor zover thans bekend, niet aan hun wettelijke taak, behalve de gemeenten in Gelderland en Overijssel, waarover de Kamer al eerder is geïnformeerd?",
  "count", {"trede": 2, "compliance": "voldoet_niet", "not_province": ["Gelderland", "Overijssel"]},
  "count of trede-2 cases with compliance voldoet_niet outside Gelderland and Overijssel")
q(50005, W, "Welke gemeenten verwachten, naar hun eigen opgave, vóór de zomer van 2027 aan hun taak te voldoen, met uitzondering van de gemeenten in Noord-Holland?",
  "list", {"expected_before": "2027-07-01", "not_province": "Noord-Holland"},
  "expected date ends before 2027-07-01, Noord-Holland left out")
q(50006, W, "Welke gemeenten hebben de afhankelijkheid van het COA als reden aangevoerd, met uitzondering van de gemeenten die zich nog in trede 1 bevinden?",
  "list", {"reason": "coa_dependency", "not_trede": 1},
  "reason coa_dependency, trede 1 left out")
q(50007, W, "Kunt u mij bevestigen of de gemeente Zaanstad inmiddels voldoet aan haar wettelijke taak, zoals die in het verdeelbesluit is vastgelegd?",
  "fact", {"gemeente": "Zaanstad", "fact": "compliance"},
  "compliance of Zaanstad")
q(50008, W, "Zou u de gemeenten in Friesland die na het verstrijken van de termijn nog steeds niet hebben gereageerd, met uitzondering van Harlingen, namens mij een herinneringsbrief willen sturen?",
  "unknown", {"province": "Friesland", "state": ["no_reply"], "not_gemeente": "Harlingen"},
  "sending mail is not something the bot does; the list it is about is kept in the slots",
  note="send a letter")
q(50009, W, "Kunt u voor de Kamerbrief een rangorde opstellen van de tien gemeenten in Zuid-Nederland met de grootste achterstand op hun taak?",
  "unknown", {"province": ZUID},
  "a ranking (top 10 by backlog) is not something the bot does; the region is understood",
  note="ranking")
q(50010, W, "Met het oog op het commissiedebat van volgende week: hoe staat Utrecht er in het algemeen voor?",
  "clarify", {},
  "'Utrecht' alone is both the province and the municipality: asked back",
  note=["gemeente Utrecht", "provincie Utrecht"])
q(50011, W, "Hoeveel gemeenten waarvan de termijn tussen 1 juni en 31 oktober 2026 is verstreken, hebben tot op heden niet gereageerd, de gemeenten in Zuid-Holland niet meegerekend?",
  "count", {"termijn_from": "2026-06-01", "termijn_to": "2026-10-31", "state": ["no_reply"], "not_province": "Zuid-Holland"},
  "count of no_reply cases with termijn 2026-06-01..2026-10-31, Zuid-Holland left out")
q(50012, W, "Van welke gemeenten is de toezichtbrief onbestelbaar retour gekomen, behalve die in Limburg, zodat wij deze opnieuw kunnen verzenden?",
  "list", {"letter_undelivered": True, "not_province": "Limburg"},
  "cases whose latest letter came back undelivered, Limburg left out (the list is asked; 'wij' will resend it, nothing is asked of the bot)")
q(50013, W, "Welke gemeenten bevinden zich thans in trede 3, het actieve toezicht, met uitzondering van Houten en Lelystad, die in de vorige brief reeds zijn genoemd?",
  "list", {"trede": 3, "not_gemeente": ["Houten", "Lelystad"]},
  "trede-3 cases minus Houten and Lelystad")
q(50014, W, "Kunt u mij, ter voorbereiding van de brief aan de Tweede Kamer, een algemeen overzicht geven van de stand van zaken bij alle gemeenten?",
  "overview", {},
  "the general overview")
q(50015, W, "Bij hoeveel gemeenten ontbreken alle drie de vereiste elementen, te weten de feiten en omstandigheden, de ondernomen stappen en het tijdpad?",
  "count", {"missing": ["facts", "steps", "timeline"]},
  "count of cases missing facts, steps and timeline")
q(50016, W, "Per wanneer verwacht de gemeente Nijmegen, naar eigen zeggen, volledig aan haar taak te voldoen?",
  "fact", {"gemeente": "Nijmegen", "fact": "expected"},
  "expected date of Nijmegen")
q(50017, W, "Welke gemeenten voeren een lopende bezwaarprocedure aan als reden voor de vertraging, met uitzondering van de gemeenten in trede 1 en van de gemeenten in Overijssel?",
  "list", {"reason": "objection_procedure", "not_trede": 1, "not_province": "Overijssel"},
  "reason objection_procedure, trede 1 and Overijssel left out")
q(50018, W, "Zou u mij kunnen uitleggen hoe ik als beheerder een zaak aan een van de behandelaars toewijs?",
  "help", {},
  "how to assign a case: help")
q(50019, W, "Welke gemeenten in Gelderland en Overijssel voldoen slechts gedeeltelijk aan hun taak, behalve Deventer en Enschede, waarover ik reeds afzonderlijk ben geïnformeerd?",
  "list", {"province": ["Gelderland", "Overijssel"], "compliance": "voldoet_gedeeltelijk", "not_gemeente": ["Deventer", "Enschede"]},
  "compliance voldoet_gedeeltelijk in Gelderland or Overijssel, minus Deventer and Enschede")
q(50020, W, "Wilt u de lijst van gemeenten die niet aan hun taak voldoen, met uitzondering van die in trede 3, naar Excel exporteren, zodat ik deze als bijlage bij de brief kan voegen?",
  "unknown", {"compliance": "voldoet_niet", "not_trede": 3},
  "export to Excel is not something the bot does; the list it is about is kept in the slots",
  note="export")
q(50021, W, "Hoeveel gemeenten hebben zowel tijdig als volledig gereageerd, waarbij de gemeenten in Noord-Holland en Zuid-Holland niet worden meegerekend?",
  "count", {"state": ["complete", "on_time"], "not_province": ["Noord-Holland", "Zuid-Holland"]},
  "count of cases answered on time whose state is answered_complete, both Hollands left out")
q(50022, W, "Welke gemeenten verwachten pas na de zomer van 2027 aan hun taak te kunnen voldoen, met uitzondering van de gemeenten die zich in trede 1 bevinden?",
  "list", {"expected_after": "2027-08-31", "not_trede": 1},
  "expected date starts after 2027-08-31, trede 1 left out")
q(50023, W, "Welke redenen heeft de gemeente Voorschoten aangevoerd voor het niet tijdig realiseren van de opvangplaatsen?",
  "fact", {"gemeente": "Voorschoten", "fact": "reasons"},
  "reasons stated by Voorschoten")
q(50024, W, "Welke gemeenten in trede 2 hebben om uitstel van de termijn verzocht, met uitzondering van de gemeenten in Zuid-Holland?",
  "list", {"trede": 2, "state": ["extended"], "not_province": "Zuid-Holland"},
  "trede-2 cases with an extension request, Zuid-Holland left out")
q(50025, W, "Welke gemeenten waren te laat, de gemeenten in Limburg niet meegerekend?",
  "clarify", {"not_province": "Limburg"},
  "bare 'te laat' is asked back (no reply after the termijn, or replied late); the exclusion is understood",
  note=["no_reply", "late"])

# ===== Koen (50502, behandelaar): phone typing, no punctuation or capitals, autocorrect, clipped words =====
q(50026, K, "laat mijn zaken zien",
  "list", {"owner": "Koen"},
  "all cases owned by the asker (Koen)")
q(50027, K, "hoevl van mijn zaken hebben te laat gereageerd",
  "count", {"owner": "Koen", "state": ["late"]},
  "count of Koen's cases that replied after the termijn ('hoevl' = hoeveel)")
q(50028, K, "welke gemeentes in gld hebben nog nit gereageerd",
  "list", {"province": "Gelderland", "state": ["no_reply"]},
  "no reply after the termijn in Gelderland ('gld', typo 'nit')")
q(50029, K, "wat ontbrrekt er bij breda",
  "fact", {"gemeente": "Breda", "fact": "missing"},
  "missing elements of Breda (typo 'ontbrrekt')")
q(50030, K, "termijn zandvoort",
  "fact", {"gemeente": "Zandvoort", "fact": "termijn"},
  "termijn of Zandvoort, terse")
q(50031, K, "en etten leur",
  "fact", {"gemeente": "Etten-Leur", "fact": "termijn"},
  "follow-up: the same fact (termijn) for Etten-Leur, written without hyphen", after=[50030])
q(50032, K, "mijn zaken zonder reactie",
  "list", {"owner": "Koen", "state": ["no_reply"]},
  "Koen's cases with no reply after the termijn")
q(50033, K, "hoeveel trede 3 zaken zijn er eigl",
  "count", {"trede": 3},
  "count of trede-3 cases ('eigl' = eigenlijk)")
q(50034, K, "welke gemeenten hebbn uitstel gevraagd in zuid Holland",
  "list", {"state": ["extended"], "province": "Zuid-Holland"},
  "extension requested, Zuid-Holland ('hebbn', no capitals)")
q(50035, K, "wie heeft hoogeveen",
  "fact", {"gemeente": "Hoogeveen", "fact": "owner"},
  "owner of Hoogeveen")
q(50036, K, "wnnr is katwijk klaar",
  "fact", {"gemeente": "Katwijk", "fact": "expected"},
  "expected date of Katwijk ('wnnr' = wanneer)")
q(50037, K, "thx",
  "help", {},
  "thanks: help")
q(50038, K, "welke zaken hebben geen behandelaar in drenthe",
  "list", {"no_owner": True, "province": "Drenthe"},
  "cases without owner in Drenthe")
q(50039, K, "telnr van de contactpersoon bij opsterland",
  "unknown", {"gemeente": "Opsterland"},
  "contact data (phone number) is not something the bot has; the municipality is understood",
  note="phone number")
q(50040, K, "gemeenten met vergunningsgedoe in nb",
  "list", {"reason": "permit_procedure", "province": "Noord-Brabant"},
  "reason permit_procedure ('vergunningsgedoe' = permit trouble), Noord-Brabant ('nb')")
q(50041, K, "heeft noord beveland op tyd gereageerd",
  "fact", {"gemeente": "Noord-Beveland", "fact": "reply"},
  "reply of Noord-Beveland: date and on time / late with days (typo 'tyd')")
q(50042, K, "welke van mijn gemeenten misen het tijdspad",
  "list", {"owner": "Koen", "missing": ["timeline"]},
  "Koen's cases missing the timeline (typo 'misen', 'tijdspad' as the phone's spelling)")
q(50043, K, "en de stappen",
  "list", {"owner": "Koen", "missing": ["steps"]},
  "follow-up: the same list with steps instead of timeline (replaces the element)", after=[50042])
q(50044, K, "hoeveel plekken heeft vlaardingen",
  "fact", {"gemeente": "Vlaardingen", "fact": "places"},
  "places of Vlaardingen (realised and planned)")
q(50045, K, "hoe zit t met bergen",
  "clarify", {},
  "'Bergen' is Bergen (L.) or Bergen (NH.): asked back",
  note=["Bergen (L.)", "Bergen (NH.)"])
q(50046, K, "hoeveel voldoen er nie in limburg",
  "count", {"compliance": "voldoet_niet", "province": "Limburg"},
  "count of voldoet_niet in Limburg ('nie' = niet)")
q(50047, K, "wat schreef deventer op 28 apr 2026",
  "fact", {"gemeente": "Deventer", "fact": "wrote", "date": "2026-04-28"},
  "the message(s) Deventer sent on 2026-04-28 ('apr' clipped)")
q(50048, K, "wat moet ik deze week doen",
  "list", {"owner": "Koen", "termijn_from": "2029-03-12", "termijn_to": "2029-03-18"},
  "the week of --on (Mon 2029-03-12 .. Sun 2029-03-18) as a termijn window of the asker's cases: none")
q(50049, K, "onvolledige reacties in zeeland",
  "list", {"state": ["incomplete"], "province": "Zeeland"},
  "state answered_incomplete in Zeeland")
q(50050, K, "stuur zaltbommel ff een herinnering",
  "unknown", {"gemeente": "Zaltbommel"},
  "sending a reminder mail is not something the bot does; the municipality is understood",
  note="send a reminder")

# ===== Esther (50503, behandelaar): data analyst; two or three filters at once, mostly counts =====
q(50051, E, "Hoeveel gemeenten in Gelderland hebben gereageerd maar missen nog het tijdpad?",
  "count", {"province": "Gelderland", "state": ["answered"], "missing": ["timeline"]},
  "count: Gelderland, answered, timeline missing")
q(50052, E, "Hoeveel trede-1-gemeenten noemen het verlies van opvangplaatsen als reden?",
  "count", {"trede": 1, "reason": "places_lost"},
  "count: trede 1 and reason places_lost")
q(50053, E, "Hoeveel van mijn zaken hebben een termijn tussen 1 april en 30 juni 2026?",
  "count", {"owner": "Esther", "termijn_from": "2026-04-01", "termijn_to": "2026-06-30"},
  "count: Esther's cases with termijn 2026-04-01..2026-06-30")
q(50054, E, "Welke gemeenten in Zuid-Holland hebben onvolledig gereageerd en missen daarbij de stappen?",
  "list", {"province": "Zuid-Holland", "state": ["incomplete"], "missing": ["steps"]},
  "Zuid-Holland, state answered_incomplete, steps missing")
q(50055, E, "Hoeveel gemeenten in Limburg en Noord-Brabant voldoen niet en zitten in trede 2?",
  "count", {"province": ["Limburg", "Noord-Brabant"], "compliance": "voldoet_niet", "trede": 2},
  "count: Limburg or Noord-Brabant, voldoet_niet, trede 2")
q(50056, E, "Hoeveel gemeenten in Noord-Holland hebben te laat gereageerd?",
  "count", {"province": "Noord-Holland", "state": ["late"]},
  "count: Noord-Holland, replied after the termijn")
q(50057, E, "En hoeveel daarvan zijn ook onvolledig?",
  "count", {"province": "Noord-Holland", "state": ["incomplete", "late"]},
  "follow-up narrowing with 'daarvan ook': late and incomplete in Noord-Holland", after=[50056])
q(50058, E, "Hoeveel gemeenten die lokaal verzet als reden noemen, voldoen niet aan hun taak?",
  "count", {"reason": "local_opposition", "compliance": "voldoet_niet"},
  "count: reason local_opposition and voldoet_niet")
q(50059, E, "Hoeveel gemeenten in Utrecht verwachten in Q1 2027 klaar te zijn?",
  "count", {"province": "Utrecht", "expected_after": "2026-12-31", "expected_before": "2027-04-01"},
  "count: province Utrecht (plural decides), expected date inside Q1 2027")
q(50060, E, "en in Q2?",
  "count", {"province": "Utrecht", "expected_after": "2027-03-31", "expected_before": "2027-07-01"},
  "follow-up: the window replaced by Q2 2027 (the one ahead of the window before)", after=[50059])
q(50061, E, "Hoeveel zaken zonder behandelaar in Overijssel hebben na de termijn nog steeds geen reactie gestuurd?",
  "count", {"no_owner": True, "province": "Overijssel", "state": ["no_reply"]},
  "count: no owner, Overijssel, no reply after the termijn")
q(50062, E, "Welke van mijn zaken missen zowel de stappen als het tijdpad?",
  "list", {"owner": "Esther", "missing": ["steps", "timeline"]},
  "Esther's cases missing both steps and timeline")
q(50063, E, "Hoeveel gemeenten in Oost-Nederland noemen geldproblemen als reden?",
  "count", {"province": OOST, "reason": "finance"},
  "count: Gelderland or Overijssel, reason finance ('geldproblemen')")
q(50064, E, "Hoeveel gemeenten hebben volledig en op tijd gereageerd en noemen woningnood als reden?",
  "count", {"state": ["complete", "on_time"], "reason": "housing_shortage"},
  "count: answered_complete, on time, reason housing_shortage")
q(50065, E, "Welke gemeenten met een termijn in oktober 2026 hebben uitstel gevraagd?",
  "list", {"termijn_from": "2026-10-01", "termijn_to": "2026-10-31", "state": ["extended"]},
  "termijn in October 2026 and an extension requested")
q(50066, E, "Hoeveel gemeenten in Zuid-Nederland hebben een brief die onbestelbaar retour kwam?",
  "count", {"province": ZUID, "letter_undelivered": True},
  "count: Limburg/Noord-Brabant/Zeeland with the latest letter undelivered")
q(50067, E, "Welke trede-2-gemeenten in Friesland missen de feiten en omstandigheden?",
  "list", {"trede": 2, "province": "Friesland", "missing": ["facts"]},
  "trede 2, Friesland, facts missing")
q(50068, E, "Hoeveel trede-1-gemeenten hebben een verwachte datum die al verstreken is?",
  "count", {"trede": 1, "expected_before": ON},
  "count: trede 1 with an expected date that ends before the day asked")
q(50069, E, "Kun je tellen hoeveel gemeenten in Twente onvolledig hebben gereageerd?",
  "unknown", {"state": ["incomplete"]},
  "Twente has no border in the register: unknown, the state is still understood",
  note="region without border (Twente)")
q(50070, E, "Hoeveel van mijn zaken voldoen gedeeltelijk en hebben volledig gereageerd?",
  "count", {"owner": "Esther", "compliance": "voldoet_gedeeltelijk", "state": ["complete"]},
  "count: Esther's cases, voldoet_gedeeltelijk, state answered_complete")
q(50071, E, "Hoeveel gemeenten in trede 2 hebben gereageerd, excl. de onvolledige reacties?",
  "count", {"trede": 2, "state": ["answered"], "not_state": ["incomplete"]},
  "count: trede 2, answered, not answered_incomplete")
q(50072, E, "Hoeveel gemeenten met een termijn in juni 2026 noemen het ontbreken van een geschikte locatie als reden?",
  "count", {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30", "reason": "no_location"},
  "count: termijn in June 2026, reason no_location")
q(50073, E, "Welke gemeenten in Zeeland verwachten vóór 1 april 2027 aan hun taak te voldoen?",
  "list", {"province": "Zeeland", "expected_before": "2027-04-01"},
  "Zeeland, expected date ends before 2027-04-01")
q(50074, E, "Hoe werkt deze bot eigenlijk als ik meerdere filters wil combineren?",
  "help", {},
  "how does the bot work: help")
q(50075, E, "Hoeveel gemeenten in de Randstad hebben onvolledig gereageerd?",
  "clarify", {"state": ["incomplete"]},
  "'de Randstad' has no fixed border: asked back; the state is understood",
  note="Randstad")

# ===== Mustafa (50504, behandelaar): chains of follow-ups, one municipality after another =====
q(50076, M, "Hoe staat Zwolle ervoor?",
  "status", {"gemeente": "Zwolle"},
  "status of Zwolle")
q(50077, M, "en de termijn?",
  "fact", {"gemeente": "Zwolle", "fact": "termijn"},
  "follow-up: termijn of Zwolle (a trede-1 case: none)", after=[50076])
q(50078, M, "en wie heeft die?",
  "fact", {"gemeente": "Zwolle", "fact": "owner"},
  "follow-up: owner of Zwolle (none)", after=[50076, 50077])
q(50079, M, "en Deventer?",
  "fact", {"gemeente": "Deventer", "fact": "owner"},
  "follow-up: the same fact (owner) for Deventer", after=[50076, 50077, 50078])
q(50080, M, "en wat ontbreekt daar?",
  "fact", {"gemeente": "Deventer", "fact": "missing"},
  "follow-up: missing elements of Deventer", after=[50076, 50077, 50078, 50079])
q(50081, M, "op tijd gereageerd?",
  "fact", {"gemeente": "Deventer", "fact": "reply"},
  "short fragment right after a question about Deventer: its reply, on time or late",
  after=[50076, 50077, 50078, 50079, 50080])
q(50082, M, "Wat is de stand van zaken in Tiel?",
  "status", {"gemeente": "Tiel"},
  "status of Tiel")
q(50083, M, "en wanneer verwachten ze klaar te zijn?",
  "fact", {"gemeente": "Tiel", "fact": "expected"},
  "follow-up: expected date of Tiel (none stated)", after=[50082])
q(50084, M, "en Zwolle?",
  "fact", {"gemeente": "Zwolle", "fact": "expected"},
  "follow-up: the same fact (expected date) for Zwolle", after=[50082, 50083])
q(50085, M, "en Eindhoven?",
  "fact", {"gemeente": "Eindhoven", "fact": "expected"},
  "follow-up: expected date of Eindhoven", after=[50082, 50083, 50084])
q(50086, M, "en wie heeft die?",
  "fact", {"gemeente": "Eindhoven", "fact": "owner"},
  "follow-up: owner of Eindhoven", after=[50082, 50083, 50084, 50085])
q(50087, M, "en de termijn?",
  "fact", {"gemeente": "Eindhoven", "fact": "termijn"},
  "follow-up: termijn of Eindhoven", after=[50082, 50083, 50084, 50085, 50086])
q(50088, M, "en wat ontbreekt daar?",
  "fact", {"gemeente": "Eindhoven", "fact": "missing"},
  "follow-up: missing elements of Eindhoven (nothing)", after=[50082, 50083, 50084, 50085, 50086, 50087])
q(50089, M, "Welke gemeenten in Overijssel hebben nog niet gereageerd?",
  "list", {"province": "Overijssel", "state": ["no_reply"]},
  "no reply after the termijn in Overijssel")
q(50090, M, "en in Drenthe?",
  "list", {"province": "Drenthe", "state": ["no_reply"]},
  "follow-up: the province replaced by Drenthe", after=[50089])
q(50091, M, "en Friesland?",
  "list", {"province": "Friesland", "state": ["no_reply"]},
  "follow-up: the province replaced by Friesland", after=[50089, 50090])
q(50092, M, "en welke daarvan hebben nog geen behandelaar?",
  "list", {"province": "Friesland", "state": ["no_reply"], "no_owner": True},
  "follow-up narrowing: of those, the cases without owner", after=[50089, 50090, 50091])
q(50093, M, "Wat heeft Heemskerk gemeld over het aantal opvangplaatsen?",
  "fact", {"gemeente": "Heemskerk", "fact": "places"},
  "places of Heemskerk (realised and planned)")
q(50094, M, "en de redenen?",
  "fact", {"gemeente": "Heemskerk", "fact": "reasons"},
  "follow-up: reasons of Heemskerk", after=[50093])
q(50095, M, "en Zaanstad?",
  "fact", {"gemeente": "Zaanstad", "fact": "reasons"},
  "follow-up: the same fact (reasons) for Zaanstad", after=[50093, 50094])
q(50096, M, "en wat schreven ze op 29 april 2026?",
  "fact", {"gemeente": "Zaanstad", "fact": "wrote", "date": "2026-04-29"},
  "follow-up: what Zaanstad wrote on 2026-04-29", after=[50093, 50094, 50095])
q(50097, M, "en in welke trede zit die?",
  "fact", {"gemeente": "Zaanstad", "fact": "trede"},
  "follow-up: trede of Zaanstad", after=[50093, 50094, 50095, 50096])
q(50098, M, "Hoe zit het met Groningen?",
  "clarify", {},
  "'Groningen' alone is both the province and the municipality: asked back",
  note=["gemeente Groningen", "provincie Groningen"])
q(50099, M, "de gemeente bedoel ik",
  "status", {"gemeente": "Groningen"},
  "answer to the question back: the municipality Groningen, its status", after=[50098])
q(50100, M, "en Bergen in Limburg?",
  "status", {"gemeente": "Bergen (L.)"},
  "follow-up: status of Bergen (L.) ('Bergen in Limburg' decides)", after=[50098, 50099])


# ---------- write ----------
def build():
    out = []
    for d in QUESTIONS:
        f = d["filters"]
        rec = {"id": d["id"], "q": d["q"], "intent": d["intent"], "filters": f}
        if d["intent"] in ("list", "count"):
            g = select(f)
            rec["expected_gemeenten"] = g
            rec["count"] = len(g)
            ef = None
        else:
            rec["expected_gemeenten"] = []
            rec["count"] = None
            if d["intent"] == "fact":
                ef = fact(f["gemeente"], f["fact"], f.get("date"))
            elif d["intent"] == "status":
                ef = fact(f["gemeente"], "status")
            elif d["intent"] == "clarify":
                ef = {"asks_back": d["note"]}
            elif d["intent"] == "unknown":
                ef = {"cannot": d["note"]}
            else:
                ef = None
        rec.update({"after": d["after"], "as_staff": d["who"], "on": ON,
                    "meaning": d["meaning"], "expected_fact": ef})
        out.append(rec)
    return out


def main():
    recs = build()
    ids = [r["id"] for r in recs]
    assert ids == list(range(50001, 50101)), "ids must be 50001..50100 in order"
    for r in recs:
        assert all(a < r["id"] for a in r["after"])
    path = os.path.join(HERE, "questions50_with_expected_sets.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(recs)} questions -> {os.path.basename(path)}")


if __name__ == "__main__":
    main()
