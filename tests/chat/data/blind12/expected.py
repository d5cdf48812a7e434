#!/usr/bin/env python3
"""Blind question set q12: the questions, and their expected answers computed ONLY from
due.json and status.json (made by dump_status.py). Writes questions.jsonl.

No answer is typed by hand: every expected_gemeenten / count / expected_fact below is the
result of applying the question's `filters` to the register dump.
"""
import calendar
import datetime as dt
import json
import os
import sys
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ON = "2027-02-22"  # every question is asked on this day (a Monday)
STAFF = {12501: "Annelies", 12502: "Koen", 12503: "Fatima", 12504: "Joost"}
TZ = ZoneInfo("Europe/Amsterdam")

STATUS = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
DUE = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
CASES = {name: s for name, s in STATUS.items() if s.get("case")}
NO_REPLY = {d["gemeente"] for d in DUE if d["section"] == "overdue" and d["kind"] == "no_reply"}

# ---------------------------------------------------------------- helpers

def period(expected):
    """'2027-Q2' / '2027-H1' / '2027-07' / '2027-07-01' -> (first day, last day)."""
    if not expected:
        return None
    y = int(expected[:4])
    rest = expected[5:]
    if rest.startswith("Q"):
        q = int(rest[1])
        m1, m2 = 3 * q - 2, 3 * q
    elif rest.startswith("H"):
        h = int(rest[1])
        m1, m2 = (1, 6) if h == 1 else (7, 12)
    elif len(rest) == 2:
        m1 = m2 = int(rest)
    else:
        d = dt.date.fromisoformat(expected)
        return d, d
    return dt.date(y, m1, 1), dt.date(y, m2, calendar.monthrange(y, m2)[1])


def state_ok(name, s, st):
    c = s["case"]
    return {
        "no_reply": name in NO_REPLY,
        "unanswered": not c["answered"],
        "answered": bool(c["answered"]),
        "late": c["reply_on_time"] is False,
        "on_time": c["reply_on_time"] is True,
        "incomplete": c["state"] == "answered_incomplete",
        "complete": c["state"] == "answered_complete",
        "suspended": bool(c["suspended"]),
        "extended": bool(c["extension_requested"]),
    }[st]


def match(name, s, f, as_staff):
    c = s["case"]
    if "gemeente" in f and name != f["gemeente"]:
        return False
    if "province" in f and s["province"] != f["province"]:
        return False
    if "trede" in f and c["trede"] != f["trede"]:
        return False
    if "owner" in f:
        want = STAFF[as_staff] if f["owner"] == "mijn" else f["owner"]
        if c["owner"] != want:
            return False
    if f.get("no_owner") and c["owner"] is not None:
        return False
    for st in f.get("state", []):
        if not state_ok(name, s, st):
            return False
    for el in f.get("missing", []):
        if el not in (c["missing"] or []):
            return False
    if "reason" in f and f["reason"] not in s["reasons"]:
        return False
    if "compliance" in f and c["compliance"] != f["compliance"]:
        return False
    if "expected_before" in f or "expected_after" in f:
        p = period(s["expected_date"])
        if p is None:
            return False
        if "expected_before" in f and not p[1] < dt.date.fromisoformat(f["expected_before"]):
            return False
        if "expected_after" in f and not p[0] > dt.date.fromisoformat(f["expected_after"]):
            return False
    if "termijn_from" in f or "termijn_to" in f:
        if not c["termijn"]:
            return False
        t = dt.date.fromisoformat(c["termijn"])
        if t < dt.date.fromisoformat(f["termijn_from"]) or t > dt.date.fromisoformat(f["termijn_to"]):
            return False
    return True


def local_day(ts):
    return dt.datetime.fromisoformat(ts).astimezone(TZ).date().isoformat()


def fact_value(fact, gemeente, date=None):
    s = STATUS[gemeente]
    c = s["case"]
    if c is None:
        return {"case": None}
    if fact == "places":
        return {"realised_total": s["realised_total"], "planned_total": s["planned_total"],
                "task_total": s["task_total"]}
    if fact == "expected":
        return s["expected_date"]
    if fact == "owner":
        return {"owner": c["owner"]}  # None: no behandelaar
    if fact == "missing":
        return c["missing"]
    if fact == "trede":
        return {"trede": c["trede"], "trede_name": s["trede_name"]}
    if fact == "termijn":
        return {"termijn": c["termijn"], "extension_requested_until": c["extension_requested_until"]}
    if fact == "reply":
        return {"reply_on": local_day(c["reply_at"]) if c["reply_at"] else None,
                "on_time": c["reply_on_time"]}
    if fact == "reasons":
        return s["reasons"]
    if fact == "compliance":
        return c["compliance"]
    if fact == "wrote":
        return [{"kind": m["kind"], "subject": m["subject"], "missing": m["missing"]}
                for m in s["messages"] if local_day(m["received_at"]) == date]
    if fact == "status":
        return {k: c[k] for k in ("trede", "owner", "state", "compliance", "termijn", "missing")}
    raise ValueError(fact)

# ---------------------------------------------------------------- the questions
# (id, as_staff, after, q, intent, filters, meaning)
# For facts/status the filters hold `gemeente` (official name the text should resolve to) and `fact`.

A = None      # press officer: asks through the console, not on the staff list
T = 12501     # team lead Annelies (beheerder)
N = 12504     # new colleague Joost, on his phone
K, F = 12502, 12503

Q = [
 # ---- press officer (formal, hurried) ----
 (12001, A, [], "Goedemorgen, ik heb zo een interview. Hoeveel gemeenten hebben na afloop van de termijn nog altijd niet gereageerd op de toezichtsbrief?",
  "count", {"state": ["no_reply"]}, "Number of cases with no reply while the termijn has passed."),
 (12002, A, [12001], "En hoeveel daarvan liggen in Limburg?",
  "count", {"state": ["no_reply"], "province": "Limburg"}, "Follow-up: the same count, only Limburg."),
 (12003, A, [12001, 12002], "Welke gemeenten zijn dat precies?",
  "list", {"state": ["no_reply"], "province": "Limburg"}, "Follow-up: list the Limburg municipalities without reply after the termijn."),
 (12004, A, [], "Hoeveel gemeenten voldoen op dit moment niet aan hun taakstelling?",
  "count", {"compliance": "voldoet_niet"}, "Number of cases whose compliance is voldoet_niet."),
 (12005, A, [12004], "En hoeveel gedeeltelijk?",
  "count", {"compliance": "voldoet_gedeeltelijk"}, "Follow-up: number of cases that comply partly."),
 (12006, A, [], "Welke Brabantse gemeenten voldoen niet?",
  "list", {"province": "Noord-Brabant", "compliance": "voldoet_niet"}, "Province adjective: Noord-Brabant cases with voldoet_niet."),
 (12007, A, [], "Welke gemeenten verwachten vóór de zomer van 2027 aan de taak te voldoen?",
  "list", {"expected_before": "2027-07-01"}, "Cases whose expected date ends strictly before 1 July 2027."),
 (12008, A, [12007], "En in Zuid-Holland?",
  "list", {"expected_before": "2027-07-01", "province": "Zuid-Holland"}, "Follow-up: same window, Zuid-Holland only."),
 (12009, A, [], "Bij hoeveel gemeenten speelt op dit moment een bezwaarprocedure?",
  "count", {"reason": "objection_procedure"}, "Number of cases whose replies/notices state an objection procedure."),
 (12010, A, [], "Welke gemeenten noemen het ontbreken van een geschikte locatie als reden?",
  "list", {"reason": "no_location"}, "Cases with reason no_location."),
 (12011, A, [12010], "En daarvan in Noord-Holland?",
  "list", {"reason": "no_location", "province": "Noord-Holland"}, "Follow-up: no_location cases in Noord-Holland."),
 (12012, A, [], "Hoeveel gemeenten zitten inmiddels in trede 3?",
  "count", {"trede": 3}, "Number of cases in trede 3."),
 (12013, A, [12012], "Welke zijn dat?",
  "list", {"trede": 3}, "Follow-up: list the trede-3 cases."),
 (12014, A, [], "Hoeveel plaatsen heeft de gemeente Utrecht gerealiseerd?",
  "fact", {"gemeente": "Utrecht", "fact": "places"}, "Realised places of the municipality Utrecht ('gemeente' decides, not the province)."),
 (12015, A, [], "Wanneer verwacht Zaanstad aan de taak te voldoen?",
  "fact", {"gemeente": "Zaanstad", "fact": "expected"}, "Expected date of Zaanstad."),
 (12016, A, [], "Hoeveel gemeenten verwachten in het derde kwartaal van 2027 te voldoen?",
  "count", {"expected_after": "2027-06-30", "expected_before": "2027-10-01"}, "Number of cases whose expected date lies inside Q3 2027."),
 (12017, A, [], "Is er al een gemeente die volledig voldoet?",
  "list", {"compliance": "voldoet"}, "Cases whose compliance is voldoet."),
 (12018, A, [], "Hoe zit het met Groningen?",
  "clarify", {}, "Groningen is a province and a municipality; the bot should ask back."),
 (12019, A, [], "In welke provincie is de achterstand het grootst?",
  "unknown", {}, "A ranking of provinces: not something the reader can answer as a list/count; unknown (or at most the overview)."),
 (12020, A, [], "Kunt u de lijst met gemeenten zonder reactie naar mijn mailadres sturen?",
  "unknown", {}, "Mailing a list to someone is not something the chat does."),
 (12021, A, [], "Hoeveel Zeeuwse gemeenten hebben om uitstel gevraagd?",
  "count", {"province": "Zeeland", "state": ["extended"]}, "Zeeland cases with an extension asked and not yet decided."),
 (12022, A, [], "Waarom voldoet Hulst niet?",
  "fact", {"gemeente": "Hulst", "fact": "reasons"}, "The reasons Hulst gave."),
 (12023, A, [], "Hoeveel gemeenten verwachten pas in 2028 te voldoen?",
  "count", {"expected_after": "2027-12-31", "expected_before": "2029-01-01"}, "Number of cases whose expected date lies in 2028."),
 (12024, A, [12023], "Welke zijn dat?",
  "list", {"expected_after": "2027-12-31", "expected_before": "2029-01-01"}, "Follow-up: list them."),
 # ---- team lead planning the week (Annelies) ----
 (12025, T, [], "welke termijnen verlopen deze week?",
  "list", {"termijn_from": "2027-02-22", "termijn_to": "2027-02-28"}, "Cases whose termijn falls Mon 22 - Sun 28 Feb 2027 (none: every termijn lies in 2026)."),
 (12026, T, [12025], "en volgende week?",
  "list", {"termijn_from": "2027-03-01", "termijn_to": "2027-03-07"}, "Follow-up: termijnen 1-7 March 2027 (none)."),
 (12027, T, [], "welke termijnen verlopen in maart",
  "list", {"termijn_from": "2027-03-01", "termijn_to": "2027-03-31"}, "Termijnen in March 2027 (nearest March, ahead; none)."),
 (12028, T, [], "welke gemeenten hadden hun termijn in oktober 2026 en hebben nog steeds niet gereageerd",
  "list", {"termijn_from": "2026-10-01", "termijn_to": "2026-10-31", "state": ["no_reply"]}, "No-reply cases whose termijn fell in October 2026."),
 (12029, T, [], "zaken van Koen zonder reactie na de termijn",
  "list", {"owner": "Koen", "state": ["no_reply"]}, "Koen's cases with no reply after the termijn."),
 (12030, T, [12029], "en die van Fatima?",
  "list", {"owner": "Fatima", "state": ["no_reply"]}, "Follow-up: the same for Fatima."),
 (12031, T, [], "welke gemeenten hebben wel gereageerd maar te laat?",
  "list", {"state": ["late"]}, "Cases whose reply came after the termijn (not: no reply at all)."),
 (12032, T, [12031], "welke daarvan liggen in Gelderland?",
  "list", {"state": ["late"], "province": "Gelderland"}, "Follow-up: late replies in Gelderland."),
 (12033, T, [], "wie van ons heeft Rheden?",
  "fact", {"gemeente": "Rheden", "fact": "owner"}, "The behandelaar of Rheden."),
 (12034, T, [], "welke uitstelverzoeken staan nog open?",
  "list", {"state": ["extended"]}, "Cases with an extension asked and not yet granted or declined."),
 (12035, T, [12034], "welke daarvan liggen bij Fatima?",
  "list", {"state": ["extended"], "owner": "Fatima"}, "Follow-up: open extension requests on Fatima's cases."),
 (12036, T, [], "welke trede 3 zaken hebben nog geen behandelaar?",
  "list", {"trede": 3, "no_owner": True}, "Trede-3 cases without owner."),
 (12037, T, [], "mijn zaken",
  "list", {"owner": "mijn"}, "Cases owned by the asker (Annelies)."),
 (12038, T, [], "hoeveel zaken heeft Joost?",
  "count", {"owner": "Joost"}, "Number of cases owned by Joost."),
 (12039, T, [], "welke zaken van Joost zijn onvolledig beantwoord?",
  "list", {"owner": "Joost", "state": ["incomplete"]}, "Joost's cases whose state is answered_incomplete."),
 (12040, T, [], "Limburgse gemeenten zonder behandelaar die niet gereageerd hebben",
  "list", {"province": "Limburg", "no_owner": True, "state": ["no_reply"]}, "Limburg no-reply cases that have no owner."),
 (12041, T, [], "welke gemeenten zijn te laat?",
  "clarify", {}, "Bare 'te laat': no reply after the termijn, or a late reply? The bot should ask back."),
 (12042, T, [], "welke reacties missen zowel de stappen als het tijdpad?",
  "list", {"missing": ["steps", "timeline"]}, "Cases missing both steps and timeline."),
 (12043, T, [12042], "en welke missen de feiten?",
  "list", {"missing": ["facts"]}, "Follow-up: the element replaced: cases missing the facts."),
 (12044, T, [], "wat ontbreekt er nog bij Zoetermeer?",
  "fact", {"gemeente": "Zoetermeer", "fact": "missing"}, "Missing elements of Zoetermeer's reply."),
 (12045, T, [], "welke Limburgse zaken heeft Koen?",
  "list", {"owner": "Koen", "province": "Limburg"}, "Koen's cases in Limburg."),
 (12046, T, [], "zaken zonder behandelaar in Flevoland die nog niet gereageerd hebben",
  "list", {"province": "Flevoland", "no_owner": True, "state": ["no_reply"]}, "Flevoland no-reply cases without owner."),
 (12047, T, [], "wie verwacht deze maand te voldoen?",
  "list", {"expected_after": "2027-01-31", "expected_before": "2027-03-01"}, "Cases whose expected date lies in February 2027."),
 (12048, T, [], "welke termijnen verliepen in november 2026?",
  "list", {"termijn_from": "2026-11-01", "termijn_to": "2026-11-30"}, "All cases whose termijn fell in November 2026."),
 (12049, T, [], "wanneer liep de termijn van Weert af?",
  "fact", {"gemeente": "Weert", "fact": "termijn"}, "Weert's termijn (with the extension it asked for, still undecided)."),
 (12050, T, [], "kun je Almelo even een herinnering mailen?",
  "unknown", {}, "The chat does not send mail to a municipality on request."),
 # ---- new colleague on a phone (Joost), short, typos ----
 (12051, N, [], "mn zaken?",
  "list", {"owner": "mijn"}, "'mijn zaken' with a chat abbreviation: Joost's cases."),
 (12052, N, [12051], "welke vn die hebbn nog nt gereageerd",
  "list", {"owner": "mijn", "state": ["no_reply"]}, "Follow-up: Joost's cases with no reply after the termijn."),
 (12053, N, [], "hoevel plekken heeft arnhem gerealiseerd",
  "fact", {"gemeente": "Arnhem", "fact": "places"}, "Realised places of Arnhem."),
 (12054, N, [12053], "en nijmegen?",
  "fact", {"gemeente": "Nijmegen", "fact": "places"}, "Follow-up: the same fact for Nijmegen."),
 (12055, N, [12053, 12054], "wnnr verwacht ie klaar te zijn",
  "fact", {"gemeente": "Nijmegen", "fact": "expected"}, "Follow-up: 'ie' = Nijmegen; its expected date."),
 (12056, N, [], "wie is behandelaar vn heerlen",
  "fact", {"gemeente": "Heerlen", "fact": "owner"}, "Owner of Heerlen."),
 (12057, N, [12056], "wat ontbreekt daar",
  "fact", {"gemeente": "Heerlen", "fact": "missing"}, "Follow-up: missing elements of Heerlen."),
 (12058, N, [], "gemeentes in gldrland zonder reactie",
  "list", {"province": "Gelderland", "state": ["no_reply"]}, "Gelderland no-reply cases (typo in the province)."),
 (12059, N, [12058], "en in drenthe",
  "list", {"province": "Drenthe", "state": ["no_reply"]}, "Follow-up: Drenthe instead."),
 (12060, N, [12058, 12059], "en friesland?",
  "list", {"province": "Friesland", "state": ["no_reply"]}, "Follow-up: Friesland instead."),
 (12061, N, [], "welke trede zit kerkrade",
  "fact", {"gemeente": "Kerkrade", "fact": "trede"}, "Trede of Kerkrade."),
 (12062, N, [], "wat schreef ede op 4 mei",
  "fact", {"gemeente": "Ede", "fact": "wrote", "date": "2026-05-04"}, "What Ede sent on 4 May (2026: the past, not May 2027)."),
 (12063, N, [], "hoeveel gem in brabant hebben bezwaar lopen",
  "count", {"province": "Noord-Brabant", "reason": "objection_procedure"}, "Number of Noord-Brabant cases with an objection procedure."),
 (12064, N, [], "status den bosch",
  "status", {"gemeente": "'s-Hertogenbosch", "fact": "status"}, "Alias: the case of 's-Hertogenbosch."),
 (12065, N, [], "te laat",
  "clarify", {}, "Bare 'te laat': the bot should ask back."),
 (12066, N, [12065], "nog geen reactie termijn verstreken",
  "list", {"state": ["no_reply"]}, "Answer to the ask-back (typed): no reply and termijn passed."),
 (12067, N, [], "delfzijl wat missen ze nog",
  "fact", {"gemeente": "Eemsdelta", "fact": "missing"}, "Former municipality Delfzijl -> Eemsdelta; what its reply misses (nothing)."),
 (12068, N, [], "hoeveel plekken heeft beemster",
  "fact", {"gemeente": "Purmerend", "fact": "places"}, "Former municipality Beemster -> Purmerend; realised places."),
 (12069, N, [], "wie doet heerhugowaard",
  "fact", {"gemeente": "Dijk en Waard", "fact": "owner"}, "Former municipality Heerhugowaard -> Dijk en Waard; owner (none)."),
 (12070, N, [], "wnr is boxmeer klaar",
  "fact", {"gemeente": "Land van Cuijk", "fact": "expected"}, "Former municipality Boxmeer -> Land van Cuijk; expected date."),
 (12071, N, [12070], "en wie heeft die",
  "fact", {"gemeente": "Land van Cuijk", "fact": "owner"}, "Follow-up: owner of Land van Cuijk."),
 (12072, N, [], "brielle in welke trede",
  "fact", {"gemeente": "Voorne aan Zee", "fact": "trede"}, "Former municipality Brielle -> Voorne aan Zee; trede."),
 (12073, N, [], "wat ontbreekt bij sudwest fryslan",
  "fact", {"gemeente": "Súdwest-Fryslân", "fact": "missing"}, "Alias without accents; missing elements of Súdwest-Fryslân."),
 (12074, N, [], "status nuenen",
  "status", {"gemeente": "Nuenen, Gerwen en Nederwetten", "fact": "status"}, "Short name -> Nuenen, Gerwen en Nederwetten, which has no case."),
 (12075, N, [], "hoe staat bergen ervoor",
  "clarify", {}, "Bergen is ambiguous (Bergen (L.) / Bergen (NH.)): ask back."),
 (12076, N, [12075], "die in limburg",
  "status", {"gemeente": "Bergen (L.)", "fact": "status"}, "Follow-up answering the ask-back: Bergen (L.)."),
 (12077, N, [], "zeeuwse gem die nt voldoen",
  "list", {"province": "Zeeland", "compliance": "voldoet_niet"}, "Zeeland cases with voldoet_niet."),
 (12078, N, [12077], "hoeveel vn die hebben al gereageerd",
  "count", {"province": "Zeeland", "compliance": "voldoet_niet", "state": ["answered"]}, "Follow-up: how many of them have answered."),
 (12079, N, [], "wat kan je allemaal",
  "help", {}, "Help."),
 (12080, N, [], "zaken van Anna",
  "list", {"owner": "Anna"}, "There is no colleague Anna on the list: no cases (the bot should say it knows no Anna, not list someone else's)."),
 # ---- mixed: other staff, voice-typed, terse ----
 (12081, K, [], "welke gemeenten in trede drie hebben nog niet gereageerd",
  "list", {"trede": 3, "state": ["no_reply"]}, "Voice-typed, number in words: trede-3 no-reply cases."),
 (12082, K, [], "mijn zaken die te laat gereageerd hebben",
  "list", {"owner": "mijn", "state": ["late"]}, "Koen's cases with a late reply."),
 (12083, K, [], "hoeveel gemeenten verwachten voor een juli tweeduizend zevenentwintig te voldoen",
  "count", {"expected_before": "2027-07-01"}, "Voice-typed date: number of cases expected strictly before 1 July 2027."),
 (12084, F, [], "welke van mijn gemeenten verwachten in het derde kwartaal klaar te zijn",
  "list", {"owner": "mijn", "expected_after": "2027-06-30", "expected_before": "2027-10-01"}, "Fatima's cases expected in Q3 (no year: the one ahead, 2027)."),
 (12085, F, [], "wat schreef Weert op 11 juni",
  "fact", {"gemeente": "Weert", "fact": "wrote", "date": "2026-06-11"}, "What Weert sent on 11 June (2026)."),
 (12086, F, [], "wat schreef Hilversum op 23 april 2026?",
  "fact", {"gemeente": "Hilversum", "fact": "wrote", "date": "2026-04-23"}, "What Hilversum sent on 23 April 2026."),
 (12087, F, [], "wanneer heeft Breda gereageerd",
  "fact", {"gemeente": "Breda", "fact": "reply"}, "Day of Breda's reply and whether it was on time."),
 (12088, T, [], "overijsselse gemeenten waar de gemeenteraad nog moet besluiten",
  "list", {"province": "Overijssel", "reason": "council_decision"}, "Overijssel cases with reason council_decision."),
 (12089, T, [], "Groningse gemeenten die woningtekort als reden noemen",
  "list", {"province": "Groningen", "reason": "housing_shortage"}, "Province adjective (Groningse = province): housing_shortage cases."),
 (12090, K, [], "waar zijn opvangplekken weggevallen in Noord-Holland",
  "list", {"province": "Noord-Holland", "reason": "places_lost"}, "Noord-Holland cases with reason places_lost."),
 (12091, K, [], "gemeenten die afhankelijk zijn van het COA",
  "list", {"reason": "coa_dependency"}, "Cases with reason coa_dependency."),
 (12092, F, [], "welke gemeenten in de provincie utrecht hebben nog niet gereageerd",
  "list", {"province": "Utrecht", "state": ["no_reply"]}, "'provincie' decides: Utrecht province no-reply cases."),
 (12093, F, [], "voldoet Bergen op Zoom al?",
  "fact", {"gemeente": "Bergen op Zoom", "fact": "compliance"}, "Compliance of Bergen op Zoom (not the ambiguous 'Bergen')."),
 (12094, K, [], "hoeveel gemeenten staan nog in trede een",
  "count", {"trede": 1}, "Voice-typed: number of trede-1 cases."),
 (12095, T, [], "welke gemeenten zonder behandelaar hebben een onvolledige reactie gestuurd in Zuid-Holland",
  "list", {"province": "Zuid-Holland", "no_owner": True, "state": ["incomplete"]}, "Zuid-Holland cases without owner whose state is answered_incomplete."),
 (12096, T, [], "welke gemeenten verwachten in Q1 2027 te voldoen",
  "list", {"expected_after": "2026-12-31", "expected_before": "2027-04-01"}, "Cases whose expected date lies inside Q1 2027."),
 (12097, T, [12096], "en welke daarvan voldoen nu nog niet",
  "list", {"expected_after": "2026-12-31", "expected_before": "2027-04-01", "compliance": "voldoet_niet"}, "Follow-up: of those, the voldoet_niet ones."),
 (12098, K, [], "welke Overijsselse gemeenten hebben op tijd gereageerd",
  "list", {"province": "Overijssel", "state": ["on_time"]}, "Overijssel cases whose reply came by the termijn."),
 (12099, K, [], "bij welke gemeenten is onze brief niet aangekomen?",
  "unknown", {}, "Undelivered letters are not a filter of the question reader (they show in /termijnen and due); unknown with nearest buttons."),
]


def build():
    out = []
    for qid, staff, after, q, intent, filters, meaning in Q:
        row = {"id": qid, "q": q, "intent": intent, "filters": filters, "after": after,
               "as_staff": staff, "on": ON, "meaning": meaning}
        if intent in ("list", "count"):
            if filters.get("owner") == "mijn":
                assert staff is not None
            if filters.get("owner") not in (None, "mijn") and filters["owner"] not in STAFF.values():
                names = []  # nobody of that name on the staff list
            else:
                names = sorted(n for n, s in CASES.items() if match(n, s, filters, staff))
            row.update(expected_gemeenten=names, count=len(names), expected_fact=None)
        elif intent in ("fact", "status"):
            g = filters["gemeente"]
            val = fact_value(filters["fact"], g, filters.get("date"))
            has_case = STATUS[g]["case"] is not None
            if intent == "status":
                row.update(expected_gemeenten=[g] if has_case else [], count=1 if has_case else 0)
            else:
                row.update(expected_gemeenten=[], count=None)
            row["expected_fact"] = val
        else:
            row.update(expected_gemeenten=[], count=None, expected_fact=None)
        out.append(row)
    assert [r["id"] for r in out] == list(range(12001, 12100)), "ids must be 12001..12099"
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    rows = build()
    if "-v" in sys.argv:
        for r in rows:
            print(r["id"], r["intent"], r["count"], r["expected_gemeenten"][:40] if r["intent"] in ("list", "count") else r["expected_fact"], "|", r["q"])
    print(len(rows), "questions written")
