#!/usr/bin/env python3
"""Question set q8 (ids 8001-8099), all asked on DAY = 2027-02-01.

Expectations are computed only from due.json (due --on 2027-02-01 --json) and status.json
(status NAME --json for every municipality with a case), applying the README's definitions:

  state no_reply     -> due.json, section overdue, kind no_reply
  state unanswered   -> case.answered is false
  state answered     -> case.answered is true
  state late/on_time -> case.reply_on_time false / true
  state incomplete   -> case.state == answered_incomplete   ("the case's state as status shows it")
  state complete     -> case.state == answered_complete
  state extended     -> case.extension_requested (due.json: no case has extended == true)
  missing [..]       -> every listed element is in case.missing (latest reply or art. 8 notice)
  reason X           -> X in status.reasons
  compliance X       -> case.compliance == X
  expected_before B  -> the expected period ENDS before B   (end <  B)
  expected_after  A  -> the expected period STARTS on/after A (start >= A); a window
                        "in Q1 2027" is expected_after 2027-01-01 + expected_before 2027-04-01
  termijn_from/to    -> case.termijn inside [from, to], inclusive
  owner / no_owner   -> case.owner

Run:  python3 expected.py   -> writes questions.jsonl and prints counts per intent.
"""
import calendar
import collections
import datetime as dt
import json
import os
import sys
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
DAY = "2027-02-01"
AMS = ZoneInfo("Europe/Amsterdam")

STAFF = {"Sanne": 83001, "Joost": 83002, "Femke": 83003, "Ruben": 83004}

STATUS = {x["gemeente"]: x for x in json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))}
DUE = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
NO_REPLY = {d["gemeente"] for d in DUE if d["section"] == "overdue" and d["kind"] == "no_reply"}
# the other view of "what is missing": due.json's incomplete_reply rows (used only to flag doubt)
DUE_MISSING = {d["gemeente"]: set(d["missing"] or []) for d in DUE
               if d["section"] == "overdue" and d["kind"] == "incomplete_reply"}


# ---------------------------------------------------------------- expected periods
def period(s):
    """'2027-Q2' / '2027-H1' / '2027-03' / '2027-03-01' / '2027' -> (first day, last day)."""
    if s is None:
        return None
    y = int(s[:4])
    rest = s[5:]
    if not rest:
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if rest.startswith("Q"):
        q = int(rest[1])
        m1, m2 = 3 * q - 2, 3 * q
    elif rest.startswith("H"):
        h = int(rest[1])
        m1, m2 = (1, 6) if h == 1 else (7, 12)
    elif len(rest) == 2:
        m1 = m2 = int(rest)
    else:
        d = dt.date.fromisoformat(s)
        return d, d
    return dt.date(y, m1, 1), dt.date(y, m2, calendar.monthrange(y, m2)[1])


# ---------------------------------------------------------------- filter evaluation
def matches(x, f):
    c = x["case"]
    if "gemeente" in f and x["gemeente"] != f["gemeente"]:
        return False
    if "province" in f and x["province"] != f["province"]:
        return False
    if "trede" in f and c["trede"] != f["trede"]:
        return False
    if "owner" in f and c["owner"] != f["owner"]:
        return False
    if f.get("no_owner") and c["owner"] is not None:
        return False
    for st in f.get("state", []):
        ok = {
            "no_reply": x["gemeente"] in NO_REPLY,
            "unanswered": not c["answered"],
            "answered": bool(c["answered"]),
            "late": c["reply_on_time"] is False,
            "on_time": c["reply_on_time"] is True,
            "incomplete": c["state"] == "answered_incomplete",
            "complete": c["state"] == "answered_complete",
            "suspended": bool(c["suspended"]),
            "extended": bool(c["extension_requested"]),
        }[st]
        if not ok:
            return False
    if "missing" in f and not set(f["missing"]) <= set(c["missing"] or []):
        return False
    if "reason" in f and f["reason"] not in (x["reasons"] or []):
        return False
    if "compliance" in f and c["compliance"] != f["compliance"]:
        return False
    if "expected_before" in f or "expected_after" in f:
        p = period(x["expected_date"])
        if p is None:
            return False
        if "expected_before" in f and not p[1] < dt.date.fromisoformat(f["expected_before"]):
            return False
        if "expected_after" in f and not p[0] >= dt.date.fromisoformat(f["expected_after"]):
            return False
    if "termijn_from" in f or "termijn_to" in f:
        t = c["termijn"]
        if t is None:
            return False
        if "termijn_from" in f and t < f["termijn_from"]:
            return False
        if "termijn_to" in f and t > f["termijn_to"]:
            return False
    return True


def select(f):
    return sorted(g for g, x in STATUS.items() if matches(x, f))


def missing_doubt(f):
    """True when the due.json view of missing elements would give another answer."""
    if "missing" not in f:
        return False
    alt = []
    for g, x in STATUS.items():
        miss = set(x["case"]["missing"] or []) | DUE_MISSING.get(g, set())
        ff = dict(f)
        ff.pop("missing")
        if matches(x, ff) and set(f["missing"]) <= miss:
            alt.append(g)
    return sorted(alt) != select(f)


# ---------------------------------------------------------------- facts
def local_day(ts):
    return dt.datetime.fromisoformat(ts).astimezone(AMS).date().isoformat()


def fact(g, kind, date=None):
    x = STATUS[g]
    c = x["case"]
    if kind == "places":
        return {"realised_total": x["realised_total"], "planned_total": x["planned_total"],
                "task_total": x["task_total"]}
    if kind == "expected":
        return {"expected_date": x["expected_date"]}
    if kind == "owner":
        return {"owner": c["owner"]}
    if kind == "missing":
        return {"missing": c["missing"], "state": c["state"]}
    if kind == "termijn":
        return {"termijn": c["termijn"], "extension_requested": c["extension_requested"],
                "extension_requested_until": c["extension_requested_until"],
                "letter_undelivered": c["letter_undelivered"],
                "letters": [(l["reference"], l["date"], l["deadline"]) for l in x["letters"]]}
    if kind == "reply":
        return {"answered": c["answered"],
                "reply_on": local_day(c["reply_at"]) if c["reply_at"] else None,
                "reply_on_time": c["reply_on_time"]}
    if kind == "reasons":
        return {"reasons": sorted(x["reasons"] or [])}
    if kind == "trede":
        return {"trede": c["trede"], "trede_name": x["trede_name"]}
    if kind == "compliance":
        return {"compliance": c["compliance"]}
    if kind == "wrote":
        msgs = [{"on": local_day(m["received_at"]), "kind": m["kind"], "subject": m["subject"],
                 "missing": m["missing"]}
                for m in x["messages"] if date is None or local_day(m["received_at"]) == date]
        return {"messages": sorted(msgs, key=lambda m: m["on"])}
    raise ValueError(kind)


# ---------------------------------------------------------------- the questions
# (id, text, intent, filters, after, as_staff_name, meaning)
Q = []


OLD2NEW = {}


def q(old_id, text, intent, filters=None, after=(), as_=None, meaning=""):
    """old_id is a drafting label; ids are handed out 8001, 8002, ... in the order below."""
    new_id = 8001 + len(Q)
    OLD2NEW[old_id] = new_id
    after = [OLD2NEW[a] for a in after]
    Q.append(dict(id=new_id, q=text, intent=intent, filters=filters or {}, after=list(after),
                  as_=as_, meaning=meaning))


NB, NH, ZH, GLD, FR, LB = "Noord-Brabant", "Noord-Holland", "Zuid-Holland", "Gelderland", "Friesland", "Limburg"

# -- overviews per province and per trede --------------------------------------------------
q(8001, "welke gemeenten in Friesland hebben nog niet gereageerd?", "list",
  {"province": FR, "state": ["no_reply"]}, meaning="Frisian cases with no reply after the termijn")
q(8002, "Brabantse gemeenten zonder tijdpad", "list",
  {"province": NB, "missing": ["timeline"]}, meaning="Noord-Brabant cases whose answer lacks a timeline")
q(8003, "alle zaken in Zeeland graag", "list", {"province": "Zeeland"},
  meaning="every case in Zeeland")
q(8004, "welke Limburgse gemeenten zitten in trede 2?", "list", {"province": LB, "trede": 2},
  meaning="Limburg cases on trede 2")
q(8005, "wie staan er allemaal op trede 3", "list", {"trede": 3}, meaning="all cases on trede 3")
q(8006, "hoeveel zaken hebben we in trede 1", "count", {"trede": 1}, meaning="number of trede-1 cases")
q(8007, "gem. in Gld die niet voldoen", "list", {"province": GLD, "compliance": "voldoet_niet"},
  meaning="Gelderland cases with compliance voldoet_niet")
q(8008, "Z-H zonder reactie, termijn verlopen", "list", {"province": ZH, "state": ["no_reply"]},
  meaning="Zuid-Holland cases with no reply after the termijn")
q(8009, "hoeveel NH gemeenten hebben een onvolledig antwoord gestuurd?", "count",
  {"province": NH, "state": ["incomplete"]}, meaning="count of Noord-Holland cases in state incomplete")
q(8010, "Overijsselse gemeenten in trede 2 die gedeeltelijk voldoen", "list",
  {"province": "Overijssel", "trede": 2, "compliance": "voldoet_gedeeltelijk"},
  meaning="Overijssel, trede 2, partly compliant")
q(8011, "drentse gemeenten", "list", {"province": "Drenthe"}, meaning="every case in Drenthe")
q(8012, "welke Groningse gemeenten hebben te laat gereageerd", "list",
  {"province": "Groningen", "state": ["late"]}, meaning="Groningen cases whose reply came after the termijn")
q(8013, "welke gemeenten in Flevoland hebben netjes op tijd gereageerd?", "list",
  {"province": "Flevoland", "state": ["on_time"]}, meaning="Flevoland cases that replied by the termijn")

# -- what municipalities expect ---------------------------------------------------------------
q(8015, "wie verwacht vóór de zomer van 2027 te voldoen", "list", {"expected_before": "2027-07-01"},
  meaning="cases whose expected date ends before 1 July 2027")
q(8016, "welke gemeenten verwachten in Q1 2027 klaar te zijn?", "list",
  {"expected_after": "2027-01-01", "expected_before": "2027-04-01"},
  meaning="expected date inside Q1 2027")
q(8017, "welke gemeenten denken pas in de tweede helft van 2027 klaar te zijn", "list",
  {"expected_after": "2027-07-01", "expected_before": "2028-01-01"},
  meaning="expected date inside H2 2027")
q(8018, "wie verwacht pas in 2028 aan de taak te voldoen?", "list", {"expected_after": "2028-01-01"},
  meaning="expected date starting in 2028 or later")
q(8019, "hoeveel gemeenten verwachten vóór 1 april klaar te zijn", "count",
  {"expected_before": "2027-04-01"},
  meaning="count of cases whose expected date ends before 1 April 2027 (no year: lies ahead)")
q(8020, "Utrechtse gemeenten die verwachten in het tweede kwartaal van 2027 te voldoen", "list",
  {"province": "Utrecht", "expected_after": "2027-04-01", "expected_before": "2027-07-01"},
  meaning="Utrecht-province cases expecting to comply in Q2 2027")
q(8021, "Gelderse gemeenten die vóór de zomer klaar denken te zijn", "list",
  {"province": GLD, "expected_before": "2027-07-01"},
  meaning="Gelderland cases whose expected date ends before summer 2027 (no year: lies ahead)")
q(8022, "wie verwacht in de eerste helft van 2027 te voldoen?", "list",
  {"expected_after": "2027-01-01", "expected_before": "2027-07-01"},
  meaning="expected date inside H1 2027")
q(8023, "welke gemeenten verwachten deze maand te voldoen", "list",
  {"expected_after": "2027-02-01", "expected_before": "2027-03-01"},
  meaning="expected date inside February 2027 (this month, relative to DAY)")
q(8024, "welke gemeenten verwachtten al vóór 2027 klaar te zijn maar voldoen nog steeds niet", "list",
  {"expected_before": "2027-01-01", "compliance": "voldoet_niet"},
  meaning="expected date ended before 2027 and compliance voldoet_niet")

# -- missing elements -------------------------------------------------------------------------
q(8026, "welke antwoorden missen de stappen?", "list", {"missing": ["steps"]},
  meaning="cases whose latest answer/notice lacks steps")
q(8027, "bij welke gemeenten ontbreken zowel de stappen als het tijdpad", "list",
  {"missing": ["steps", "timeline"]}, meaning="cases lacking both steps and timeline")
q(8028, "hoeveel reacties missen de feiten en omstandigheden", "count", {"missing": ["facts"]},
  meaning="count of cases lacking facts")
q(8029, "zuid hollandse gemeenten waar het tijdpad ontbreekt", "list",
  {"province": ZH, "missing": ["timeline"]}, meaning="Zuid-Holland cases lacking a timeline")
q(8030, "welke onvolledige reacties zijn er in de provincie Utrecht", "list",
  {"province": "Utrecht", "state": ["incomplete"]}, meaning="Utrecht-province cases in state incomplete")
q(8031, "wie heeft in Noord-Holland een volledig antwoord gestuurd", "list",
  {"province": NH, "state": ["complete"]}, meaning="Noord-Holland cases in state complete")

# -- reasons ----------------------------------------------------------------------------------
q(8033, "waar speelt bezwaar", "list", {"reason": "objection_procedure"},
  meaning="cases naming an objection procedure")
q(8034, "welke gemeenten kunnen geen geschikte locatie vinden", "list", {"reason": "no_location"},
  meaning="cases naming no suitable location")
q(8035, "bij welke gemeenten ligt het aan een besluit van de gemeenteraad", "list",
  {"reason": "council_decision"}, meaning="cases naming a council decision")
q(8036, "welke gemeenten zeggen dat ze afhankelijk zijn van het COA", "list",
  {"reason": "coa_dependency"}, meaning="cases naming dependence on COA")
q(8037, "waar is de krapte op de woningmarkt de reden", "list", {"reason": "housing_shortage"},
  meaning="cases naming the housing shortage")
q(8038, "welke gemeenten geven financiële problemen als reden", "list", {"reason": "finance"},
  meaning="cases naming finance")
q(8039, "waar zijn opvangplekken weggevallen in Noord-Holland", "list",
  {"province": NH, "reason": "places_lost"}, meaning="Noord-Holland cases that lost places")
q(8040, "Brabantse gemeenten die vastlopen op de vergunningsprocedure", "list",
  {"province": NB, "reason": "permit_procedure"}, meaning="Noord-Brabant cases naming the permit procedure")
q(8041, "hoeveel gemeenten noemen weerstand uit de buurt", "count", {"reason": "local_opposition"},
  meaning="count of cases naming local opposition")
q(8042, "limburgse gemeenten waar een bezwaarprocedure loopt", "list",
  {"province": LB, "reason": "objection_procedure"}, meaning="Limburg cases naming an objection procedure")

# -- compliance and counts --------------------------------------------------------------------
q(8043, "hoeveel gemeenten voldoen niet?", "count", {"compliance": "voldoet_niet"},
  meaning="count of voldoet_niet")
q(8045, "wie voldoet er eigenlijk wel?", "list", {"compliance": "voldoet"},
  meaning="cases with compliance voldoet")
q(8046, "Friese gemeenten in trede 2 die niet voldoen", "list",
  {"province": FR, "trede": 2, "compliance": "voldoet_niet"}, meaning="Friesland, trede 2, voldoet_niet")
q(8047, "hoeveel gemeenten hebben nog niet gereageerd terwijl de termijn verstreken is", "count",
  {"state": ["no_reply"]}, meaning="count of no_reply")
q(8048, "hoeveel zaken hebben nog geen behandelaar", "count", {"no_owner": True},
  meaning="count of cases without owner")
q(8049, "hoeveel zaken heeft Joost", "count", {"owner": "Joost"}, meaning="count of Joost's cases")
q(8050, "welke gemeenten hebben om uitstel gevraagd", "list", {"state": ["extended"]},
  meaning="cases with an extension asked (and still to be answered)")

# -- owners -----------------------------------------------------------------------------------
q(8052, "mijn zaken", "list", {"owner": "Femke"}, as_="Femke", meaning="Femke's cases")
q(8053, "zaken van Ruben", "list", {"owner": "Ruben"}, meaning="Ruben's cases")
q(8054, "welke zaken van Joost zijn onvolledig beantwoord", "list",
  {"owner": "Joost", "state": ["incomplete"]}, meaning="Joost's cases in state incomplete")
q(8055, "mijn zaken zonder reactie waar de termijn al voorbij is", "list",
  {"owner": "Ruben", "state": ["no_reply"]}, as_="Ruben", meaning="Ruben's no_reply cases")
q(8056, "welke Friese zaken hebben nog geen behandelaar?", "list", {"province": FR, "no_owner": True},
  meaning="Frisian cases without owner")
q(8057, "welke van mijn gemeenten verwachten voor de zomer klaar te zijn", "list",
  {"owner": "Sanne", "expected_before": "2027-07-01"}, as_="Sanne",
  meaning="Sanne's cases expected to comply before summer 2027")
q(8058, "mn zaken met een onvolledig antwoord", "list", {"owner": "Femke", "state": ["incomplete"]},
  as_="Femke", meaning="Femke's cases in state incomplete")

# -- facts about single municipalities -------------------------------------------------------
q(8059, "hoeveel plekken heeft Zaanstad gerealiseerd", "fact", {"gemeente": "Zaanstad", "fact": "places"},
  meaning="Zaanstad realised/planned places")
q(8060, "wanneer verwacht Leeuwarden klaar te zijn?", "fact", {"gemeente": "Leeuwarden", "fact": "expected"},
  meaning="Leeuwarden's expected date")
q(8061, "wie is behandelaar van Eindhoven", "fact", {"gemeente": "Eindhoven", "fact": "owner"},
  meaning="owner of Eindhoven")
q(8062, "wat ontbreekt er nog bij Etten-Leur", "fact", {"gemeente": "Etten-Leur", "fact": "missing"},
  meaning="missing elements of Etten-Leur")
q(8063, "wat is de termijn van Coevorden", "fact", {"gemeente": "Coevorden", "fact": "termijn"},
  meaning="termijn of Coevorden")
q(8064, "in welke trede zit Rijssen-Holten?", "fact", {"gemeente": "Rijssen-Holten", "fact": "trede"},
  meaning="trede of Rijssen-Holten")
q(8065, "voldoet Heemskerk inmiddels?", "fact", {"gemeente": "Heemskerk", "fact": "compliance"},
  meaning="compliance of Heemskerk")
q(8066, "welke redenen geeft Hengelo op", "fact", {"gemeente": "Hengelo (O.)", "fact": "reasons"},
  meaning="reasons of Hengelo (O.), bare 'Hengelo' alias")
q(8067, "wanneer heeft Breda gereageerd", "fact", {"gemeente": "Breda", "fact": "reply"},
  meaning="when Breda replied (and late)")
q(8068, "wat schreef Breda op 4 mei 2026", "fact", {"gemeente": "Breda", "fact": "wrote", "date": "2026-05-04"},
  meaning="Breda's message(s) of 4 May 2026")
q(8069, "wat heeft Zeewolde ons allemaal gestuurd", "fact", {"gemeente": "Zeewolde", "fact": "wrote"},
  meaning="Zeewolde's messages")
q(8070, "welke redenen noemt Voorschoten", "fact", {"gemeente": "Voorschoten", "fact": "reasons"},
  meaning="reasons of Voorschoten")
q(8071, "Kunt u mij vertellen hoeveel opvangplekken de gemeente Leeuwarden inmiddels heeft gerealiseerd "
        "en hoeveel er nog gepland staan?", "fact", {"gemeente": "Leeuwarden", "fact": "places"},
  meaning="formal: Leeuwarden places realised and planned")
q(8072, "ik ben nieuw in het team: wie is de behandelaar van Almere?", "fact", {"gemeente": "Almere", "fact": "owner"},
  meaning="owner of Almere (none)")

# -- follow-up chains ---------------------------------------------------------------------------
q(8073, "hoe staat Heerlen ervoor?", "status", {"gemeente": "Heerlen"}, meaning="status of Heerlen")
q(8074, "en wat ontbreekt daar?", "fact", {"gemeente": "Heerlen", "fact": "missing"}, after=[8073],
  meaning="follow-up: missing elements of Heerlen")
q(8075, "en bij Kerkrade?", "fact", {"gemeente": "Kerkrade", "fact": "missing"}, after=[8073, 8074],
  meaning="follow-up: missing elements of Kerkrade (none; no reply)")
q(8076, "welke gemeenten in Overijssel hebben nog niet gereageerd", "list",
  {"province": "Overijssel", "state": ["no_reply"]}, meaning="Overijssel no_reply")
q(8077, "en in Drenthe?", "list", {"province": "Drenthe", "state": ["no_reply"]}, after=[8076],
  meaning="follow-up: Drenthe no_reply")
q(8078, "en hoeveel zijn dat er in Limburg", "count", {"province": LB, "state": ["no_reply"]},
  after=[8076, 8077], meaning="follow-up: count of Limburg no_reply")
q(8079, "wanneer verwacht Zaanstad klaar te zijn", "fact", {"gemeente": "Zaanstad", "fact": "expected"},
  meaning="expected date of Zaanstad")
q(8080, "en Haarlem?", "fact", {"gemeente": "Haarlem", "fact": "expected"}, after=[8079],
  meaning="follow-up: expected date of Haarlem")
q(8081, "wie is daar de behandelaar?", "fact", {"gemeente": "Haarlem", "fact": "owner"}, after=[8079, 8080],
  meaning="follow-up: owner of Haarlem")
q(8082, "waar speelt de krapte op de woningmarkt in Zuid-Holland", "list",
  {"province": ZH, "reason": "housing_shortage"}, meaning="Zuid-Holland cases naming housing shortage")
q(8083, "en in Limburg?", "list", {"province": LB, "reason": "housing_shortage"}, after=[8082],
  meaning="follow-up: Limburg cases naming housing shortage")

# -- voice-typed, typos, aliases ----------------------------------------------------------------
q(8084, "welke gemeenten in noord brabant hebben nog niet gereageerd", "list",
  {"province": NB, "state": ["no_reply"]}, meaning="voice: Noord-Brabant no_reply")
q(8085, "hoeveel gemeenten zitten er in trede drie", "count", {"trede": 3},
  meaning="voice: count of trede 3 (number as word)")
q(8086, "wie verwacht er voor de zomer van tweeduizend zevenentwintig klaar te zijn in limburg", "list",
  {"province": LB, "expected_before": "2027-07-01"},
  meaning="voice: Limburg cases expected before summer 2027")
q(8087, "welke gemeentes in gelderand hebben nog niet gereagerd", "list", {"province": GLD, "state": ["no_reply"]},
  meaning="typos: Gelderland no_reply")
q(8088, "wanner verwacht Amstelveen klaar te zijn", "fact", {"gemeente": "Amstelveen", "fact": "expected"},
  meaning="typo: expected date of Amstelveen")
q(8089, "hoeveel plekken heeft nijmegn gerealiseerd", "fact", {"gemeente": "Nijmegen", "fact": "places"},
  meaning="typo in name: places of Nijmegen")
q(8090, "hoe staat Den Bosch ervoor", "status", {"gemeente": "'s-Hertogenbosch"},
  meaning="alias: status of 's-Hertogenbosch")
q(8091, "wat is de stand van zaken in Delfzijl", "status", {"gemeente": "Eemsdelta"},
  meaning="former municipality: status of Eemsdelta")
q(8092, "wanneer denkt Brielle klaar te zijn", "fact", {"gemeente": "Voorne aan Zee", "fact": "expected"},
  meaning="former municipality: expected date of Voorne aan Zee")
q(8093, "wat ontbreekt bij sudwest fryslan", "fact", {"gemeente": "Súdwest-Fryslân", "fact": "missing"},
  meaning="spelling without diacritics: missing elements of Súdwest-Fryslân")

# -- formal, long -------------------------------------------------------------------------------
q(8094, "Goedemorgen, zou u mij een overzicht kunnen geven van alle gemeenten in de provincie "
        "Zuid-Holland die zich momenteel in trede 2 bevinden en waarvan de reactie op onze brief als "
        "onvolledig is aangemerkt? Alvast hartelijk dank.", "list",
  {"province": ZH, "trede": 2, "state": ["incomplete"]}, meaning="formal: Zuid-Holland, trede 2, incomplete")
q(8095, "Ten behoeve van het bestuurlijk overleg met de provincie zou ik graag willen weten welke Zeeuwse "
        "gemeenten het ontbreken van een geschikte locatie als reden voor de vertraging hebben opgegeven.",
  "list", {"province": "Zeeland", "reason": "no_location"}, meaning="formal: Zeeland, no_location")

# -- termijn windows relative to DAY ---------------------------------------------------------------
q(8096, "welke termijnen verlopen deze week", "list", {"termijn_from": "2027-02-01", "termijn_to": "2027-02-07"},
  meaning="termijn in the week of DAY (none)")
q(8097, "welke termijnen liepen af in november?", "list",
  {"termijn_from": "2026-11-01", "termijn_to": "2026-11-30"},
  meaning="termijn in the nearest November (2026)")

# -- clarify / unknown / help -----------------------------------------------------------------------
q(8098, "hoe gaat het eigenlijk in Utrecht?", "clarify", {}, meaning="province or municipality: ask back")
q(8099, "welke gemeenten zijn te laat", "clarify", {}, meaning="bare 'te laat': ask back")
q(8100, "hoe staat Bergen ervoor", "clarify", {}, meaning="Bergen (L.) or Bergen (NH.): ask back")
q(8101, "Hoe staat het met Groningen eigenlijk?", "clarify", {},
  meaning="province or municipality Groningen, no plural/fact decides: ask back")
q(8102, "kun je voor donderdag een vergaderruimte reserveren", "unknown", {},
  meaning="out of scope: room booking")
q(8103, "wat is de begroting van het ministerie voor 2027", "unknown", {},
  meaning="out of scope: ministry budget")
q(8104, "ik ben net begonnen, wat kan ik jou allemaal vragen?", "help", {},
  meaning="help: what the bot can do")


def build():
    q_by_id = {x["id"]: x for x in Q}
    rows = []
    for x in Q:
        f = x["filters"]
        intent = x["intent"]
        if intent in ("list", "count"):
            gem = select(f)
        elif intent in ("status", "fact"):
            gem = [f["gemeente"]]
        else:
            gem = []
        row = {
            "id": x["id"], "q": x["q"], "intent": intent, "filters": f,
            "expected_gemeenten": gem, "count": len(gem), "after": x["after"],
            "as_staff": STAFF[x["as_"]] if x["as_"] else None, "on": DAY, "meaning": x["meaning"],
        }
        if intent == "fact":
            row["expected_fact"] = fact(f["gemeente"], f["fact"], f.get("date"))
        if missing_doubt(f):
            print(f"WARNING {x['id']}: due.json's missing view gives another set", file=sys.stderr)
        for a in x["after"]:
            assert a in q_by_id and a < x["id"], (x["id"], a)
        rows.append(row)
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) and all(8001 <= i <= 8099 for i in ids)
    return rows


if __name__ == "__main__":
    rows = build()
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    cnt = collections.Counter(r["intent"] for r in rows)
    print(f"{len(rows)} questions; per intent: {dict(sorted(cnt.items()))}")
    if "-v" in sys.argv:
        for r in rows:
            extra = f" fact={json.dumps(r.get('expected_fact'), ensure_ascii=False)}" if "expected_fact" in r else ""
            print(f"{r['id']} [{r['intent']}] n={r['count']} {r['q'][:70]!r} -> {r['expected_gemeenten'] if r['count'] <= 12 else str(r['expected_gemeenten'][:6]) + '...'}{extra}")
