#!/usr/bin/env python3
"""Question set q11 (ids 11001-11099, DAY 2027-01-18): compute the expected answers.

Reads only due.json (`due --on 2027-01-18 --json`) and status.json (dump_status.py) next to
this file, and writes questions.jsonl. Definitions follow the README's `ask --json` section;
where the README leaves room, the choice made is written at the filter it concerns (see
also README.md, "Ambiguities").
"""
import json
import re
import sys
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
DAY = "2027-01-18"
STAFF = {"Marieke": 11501, "Youssef": 11502, "Gert": 11503, "Sophie": 11504}

DUE = json.loads((HERE / "due.json").read_text(encoding="utf-8"))
STATUS = json.loads((HERE / "status.json").read_text(encoding="utf-8"))
BY_NAME = {s["gemeente"]: s for s in STATUS}
CASES = [s for s in STATUS if s.get("case")]

# `no_reply` is defined by the README as due --json's `no_reply` (overdue section).
NO_REPLY = {d["gemeente"] for d in DUE if d["section"] == "overdue" and d["kind"] == "no_reply"}
# a termijn extended by staff shows as `extended: true` in due.json (none in this set)
EXTENDED_IN_DUE = {d["gemeente"] for d in DUE if d.get("extended")}


# ---------------------------------------------------------------- expected-date periods
def period(value):
    """(first day, last day) of an expected_date: YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Hn."""
    if not value:
        return None
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        d = date(*map(int, m.groups()))
        return d, d
    m = re.fullmatch(r"(\d{4})-(\d{2})", value)
    if m:
        y, mo = map(int, m.groups())
        return date(y, mo, 1), month_end(y, mo)
    m = re.fullmatch(r"(\d{4})-Q([1-4])", value)
    if m:
        y, q = int(m.group(1)), int(m.group(2))
        return date(y, 3 * q - 2, 1), month_end(y, 3 * q)
    m = re.fullmatch(r"(\d{4})-H([12])", value)
    if m:
        y, h = int(m.group(1)), int(m.group(2))
        return date(y, 6 * h - 5, 1), month_end(y, 6 * h)
    raise ValueError(f"unknown expected_date {value!r}")


def month_end(y, mo):
    nxt = date(y + (mo == 12), mo % 12 + 1, 1)
    return nxt - timedelta(days=1)


# ---------------------------------------------------------------- the filters
def state_ok(st, c, name):
    case = c["case"]
    if st == "no_reply":          # as due --json's no_reply
        return name in NO_REPLY
    if st == "unanswered":        # no reply yet (any case, also those without a termijn)
        return not case["answered"]
    if st == "answered":
        return bool(case["answered"])
    if st == "late":              # the reply came after the termijn
        return bool(case["answered"]) and case["reply_on_time"] is False
    if st == "on_time":
        return bool(case["answered"]) and case["reply_on_time"] is True
    if st == "incomplete":        # the case's state as status shows it
        return case["state"] == "answered_incomplete"
    if st == "complete":
        return case["state"] == "answered_complete"
    if st == "suspended":
        return bool(case["suspended"])
    if st == "extended":          # extended termijn, or an extension asked and not yet answered
        return bool(case["extension_requested"]) or name in EXTENDED_IN_DUE
    raise ValueError(st)


def matches(c, f):
    case, name = c["case"], c["gemeente"]
    if "province" in f and c["province"] != f["province"]:
        return False
    if "trede" in f and case["trede"] != f["trede"]:
        return False
    if "owner" in f and case["owner"] != f["owner"]:
        return False
    if f.get("no_owner") and case["owner"] is not None:
        return False
    for st in f.get("state", []):               # several states: all must hold
        if not state_ok(st, c, name):
            return False
    if "missing" in f and not set(f["missing"]) <= set(case["missing"] or []):
        return False                            # all named elements missing
    if "reason" in f and f["reason"] not in (c["reasons"] or []):
        return False
    if "compliance" in f and case["compliance"] != f["compliance"]:
        return False
    if "expected_before" in f or "expected_after" in f:
        p = period(c["expected_date"])
        if p is None:
            return False
        if "expected_before" in f and not p[1] < date.fromisoformat(f["expected_before"]):
            return False
        if "expected_after" in f and not p[0] > date.fromisoformat(f["expected_after"]):
            return False
    if "termijn_from" in f or "termijn_to" in f:
        if not case["termijn"]:
            return False
        t = date.fromisoformat(case["termijn"])
        if "termijn_from" in f and t < date.fromisoformat(f["termijn_from"]):
            return False
        if "termijn_to" in f and t > date.fromisoformat(f["termijn_to"]):
            return False
    return True


def select(f):
    return sorted(c["gemeente"] for c in CASES if matches(c, f))


# ---------------------------------------------------------------- facts
def local_day(iso):
    """received_at (UTC) -> the Europe/Amsterdam calendar day (CET/CEST by EU rule)."""
    from datetime import datetime, timezone
    t = datetime.fromisoformat(iso).astimezone(timezone.utc)
    y = t.year
    last_sun = lambda mo: max(date(y, mo, d) for d in range(25, 32) if date(y, mo, d).weekday() == 6)
    start = datetime(y, 3, last_sun(3).day, 1, tzinfo=timezone.utc)
    end = datetime(y, 10, last_sun(10).day, 1, tzinfo=timezone.utc)
    off = 2 if start <= t < end else 1
    return (t + timedelta(hours=off)).date().isoformat()


def fact_value(name, fact, on_date=None):
    s = BY_NAME[name]
    case = s["case"] or {}
    if fact == "places":
        return {"realised": s["realised_total"], "planned": s["planned_total"]}
    if fact == "expected":
        return s["expected_date"]
    if fact == "owner":
        return case.get("owner")
    if fact == "missing":
        return case.get("missing") or []
    if fact == "termijn":
        return case.get("termijn")
    if fact == "reply":
        return {"answered": case.get("answered"), "reply_at": case.get("reply_at"),
                "reply_on_time": case.get("reply_on_time")}
    if fact == "reasons":
        return s["reasons"]
    if fact == "trede":
        return case.get("trede")
    if fact == "compliance":
        return case.get("compliance")
    if fact == "wrote":
        return [{"kind": m["kind"], "subject": m["subject"], "received_at": m["received_at"]}
                for m in s["messages"] if local_day(m["received_at"]) == on_date]
    raise ValueError(fact)


def status_summary(name):
    s = BY_NAME.get(name)
    if s is None:                       # a municipality without a case (not in status.json)
        return {"case": None}
    c = s["case"]
    return {"trede": c["trede"], "state": c["state"], "owner": c["owner"],
            "compliance": c["compliance"], "termijn": c["termijn"], "missing": c["missing"]}


# ---------------------------------------------------------------- the questions
# (id, q, intent, filters, after, as_staff, meaning, extra)
# extra for fact/status: {"gemeente": ..., "fact": ..., "date": ...}; for clarify: {"choices": [...]}
Y, G, S_, M = 11502, 11503, 11504, 11501
Q = []


def add(i, q, intent, filters=None, after=(), as_staff=None, meaning="", **extra):
    Q.append(dict(id=i, q=q, intent=intent, filters=filters or {}, after=list(after),
                  as_staff=as_staff, meaning=meaning, extra=extra))


# --- director: numbers for the debate in parliament
add(11001, "Hoeveel gemeenten voldoen op dit moment niet aan hun taakstelling?", "count",
    {"compliance": "voldoet_niet"}, meaning="Number of cases whose compliance is voldoet_niet.")
add(11002, "Hoeveel gemeenten in Zuid-Holland voldoen slechts gedeeltelijk?", "count",
    {"province": "Zuid-Holland", "compliance": "voldoet_gedeeltelijk"},
    meaning="Number of Zuid-Holland cases that partly comply.")
add(11003, "Welke Limburgse gemeenten voldoen niet aan de Spreidingswet?", "list",
    {"province": "Limburg", "compliance": "voldoet_niet"},
    meaning="Limburg cases (province adjective) whose compliance is voldoet_niet.")
add(11004, "Hoeveel gemeenten noemen een bezwaarprocedure als reden voor de vertraging?", "count",
    {"reason": "objection_procedure"}, meaning="Number of cases that state an objection procedure as a reason.")
add(11005, "In hoeveel gemeenten speelt lokale weerstand tegen de opvang?", "count",
    {"reason": "local_opposition"}, meaning="Number of cases that state local opposition as a reason.")
add(11006, "Welke gemeenten verwachten vóór de zomer aan hun taak te voldoen?", "list",
    {"expected_before": "2027-07-01"},
    meaning="Cases whose expected date ends before summer 2027 (no year: the summer ahead).")
add(11007, "Hoeveel gemeenten verwachten in de eerste helft van 2027 te voldoen?", "count",
    {"expected_after": "2026-12-31", "expected_before": "2027-07-01"},
    meaning="Number of cases whose expected date lies within the first half of 2027.")
add(11008, "Welke gemeenten verwachten pas in 2028 of later te voldoen?", "list",
    {"expected_after": "2027-12-31"}, meaning="Cases whose expected date starts in 2028 or later.")
add(11009, "Hoeveel Gelderse gemeenten hebben nog niet gereageerd terwijl de termijn al verstreken is?",
    "count", {"province": "Gelderland", "state": ["no_reply"]},
    meaning="Number of Gelderland cases with no reply and the termijn passed.")
add(11010, "In hoeveel Brabantse gemeenten loopt nog een bezwaarprocedure?", "count",
    {"province": "Noord-Brabant", "reason": "objection_procedure"},
    meaning="Number of Noord-Brabant cases stating an objection procedure as a reason.")
add(11011, "Welke gemeenten wachten nog op een besluit van de gemeenteraad?", "list",
    {"reason": "council_decision"}, meaning="Cases stating a pending council decision as a reason.")
add(11012, "Bij hoeveel gemeenten spelen financiële problemen een rol?", "count",
    {"reason": "finance"}, meaning="Number of cases stating finance as a reason.")
add(11013, "Welke gemeenten zeggen afhankelijk te zijn van het COA?", "list",
    {"reason": "coa_dependency"}, meaning="Cases stating dependency on COA as a reason.")
add(11014, "Hoeveel gemeenten zijn opvangplekken kwijtgeraakt?", "count",
    {"reason": "places_lost"}, meaning="Number of cases stating lost places as a reason.")
add(11015, "Hoeveel Friese gemeenten voldoen niet?", "count",
    {"province": "Friesland", "compliance": "voldoet_niet"},
    meaning="Number of Friesland cases whose compliance is voldoet_niet.")
add(11016, "Welke gemeenten verwachten in het tweede kwartaal van 2027 klaar te zijn?", "list",
    {"expected_after": "2027-03-31", "expected_before": "2027-07-01"},
    meaning="Cases whose expected date lies within Q2 2027.")
add(11017, "Welke gemeenten verwachten deze maand te voldoen?", "list",
    {"expected_after": "2026-12-31", "expected_before": "2027-02-01"},
    meaning="Cases whose expected date lies within the month of the question day (January 2027).")
add(11018, "Hoeveel gemeenten hebben te laat gereageerd op de brief?", "count",
    {"state": ["late"]}, meaning="Number of cases whose reply came after the termijn.")
add(11019, "Hoeveel gemeenten hebben binnen de termijn gereageerd?", "count",
    {"state": ["on_time"]}, meaning="Number of cases whose reply came by the termijn.")
add(11020, "hoeveel gem. in NH hebben een volledige reactie gestuurd", "count",
    {"province": "Noord-Holland", "state": ["complete"]},
    meaning="Number of Noord-Holland cases (abbreviated) whose state is answered_complete.")
add(11021, "Hoeveel gemeenten voldoen inmiddels volledig aan hun taak?", "count",
    {"compliance": "voldoet"}, meaning="Number of cases that fully comply.")
add(11022, "Welke Drentse gemeenten hebben nog geen antwoord gegeven, ongeacht of de termijn al voorbij is?",
    "list", {"province": "Drenthe", "state": ["unanswered"]},
    meaning="Drenthe cases with no reply yet, whether or not a termijn has passed.")
add(11023, "Noem de Zeeuwse gemeenten die pas in de tweede helft van 2027 verwachten te voldoen.", "list",
    {"province": "Zeeland", "expected_after": "2027-06-30", "expected_before": "2028-01-01"},
    meaning="Zeeland cases whose expected date lies within the second half of 2027.")
add(11024, "Hoeveel gemeenten wijzen op de krapte op de woningmarkt als oorzaak?", "count",
    {"reason": "housing_shortage"}, meaning="Number of cases stating the housing shortage as a reason.")
add(11025, "Welke gemeenten zitten vast in een vergunningsprocedure?", "list",
    {"reason": "permit_procedure"}, meaning="Cases stating a permit procedure as a reason.")
add(11026, "hoeveel drentse gemeenten hebben niet gereageerd en is de termijn voorbij", "count",
    {"province": "Drenthe", "state": ["no_reply"]},
    meaning="Number of Drenthe cases with no reply and the termijn passed (no punctuation, lower case).")
add(11027, "welke gemeenten verwachten vóór 1 april te voldoen", "list",
    {"expected_before": "2027-04-01"},
    meaning="Cases whose expected date ends before 1 April (no year: the one ahead, 2027).")
add(11028, "Hoeveel gemeenten die niet voldoen hebben nog altijd niet gereageerd na afloop van de termijn?",
    "count", {"compliance": "voldoet_niet", "state": ["no_reply"]},
    meaning="Number of non-complying cases with no reply and the termijn passed.")

# --- follow-up 1 (director): province swap, then the list
add(11029, "Hoeveel gemeenten in Gelderland voldoen niet?", "count",
    {"province": "Gelderland", "compliance": "voldoet_niet"},
    meaning="Number of Gelderland cases whose compliance is voldoet_niet (opens a conversation).")
add(11030, "en in Limburg?", "count", {"province": "Limburg", "compliance": "voldoet_niet"},
    after=[11029], meaning="Follow-up: the same count for Limburg.")
add(11031, "welke zijn dat?", "list", {"province": "Limburg", "compliance": "voldoet_niet"},
    after=[11029, 11030], meaning="Follow-up: list the Limburg cases that do not comply.")

# --- follow-up 5 (director): window, then narrowed by province
add(11032, "Welke gemeenten verwachten in de tweede helft van 2027 te voldoen?", "list",
    {"expected_after": "2027-06-30", "expected_before": "2028-01-01"},
    meaning="Cases whose expected date lies within H2 2027 (opens a conversation).")
add(11033, "en hoeveel daarvan liggen in Noord-Holland?", "count",
    {"expected_after": "2027-06-30", "expected_before": "2028-01-01", "province": "Noord-Holland"},
    after=[11032], meaning="Follow-up: how many of those are in Noord-Holland.")

# --- case officer: preparing trede-3 escalations
add(11034, "Welke zaken staan op trede 3?", "list", {"trede": 3}, meaning="Cases on trede 3.")
add(11035, "Welke trede 2-zaken hebben niet gereageerd terwijl de termijn verstreken is?", "list",
    {"trede": 2, "state": ["no_reply"]},
    meaning="Trede-2 cases with no reply and the termijn passed (escalation candidates).")
add(11036, "Welke zaken in trede 3 hebben nog geen behandelaar?", "list",
    {"trede": 3, "no_owner": True}, meaning="Trede-3 cases without an owner (none: all were assigned).")
add(11037, "Welke reacties missen zowel de stappen als het tijdpad?", "list",
    {"missing": ["steps", "timeline"]}, meaning="Cases missing both steps and timeline.")
add(11038, "Welke gemeenten hebben te laat gereageerd en geven geen feiten en omstandigheden?", "list",
    {"state": ["late"], "missing": ["facts"]},
    meaning="Cases that replied after the termijn and whose answer misses the facts.")
add(11039, "zaken van Gert", "list", {"owner": "Gert"}, meaning="Cases owned by Gert.")
add(11040, "Welke zaken van Youssef staan in trede drie?", "list", {"owner": "Youssef", "trede": 3},
    meaning="Youssef's cases on trede 3 (number as a word).")
add(11041, "Welke zaken zonder behandelaar hebben een onvolledige reactie?", "list",
    {"no_owner": True, "state": ["incomplete"]},
    meaning="Unowned cases whose state is answered_incomplete.")
add(11042, "Welke gemeenten hebben om uitstel gevraagd?", "list", {"state": ["extended"]},
    meaning="Cases with an extension asked and not yet decided (or an extended termijn).")
add(11043, "Hoeveel zaken zijn opgeschort?", "count", {"state": ["suspended"]},
    meaning="Number of suspended cases (none).")
add(11044, "Welke termijnen liepen af in november 2026?", "list",
    {"termijn_from": "2026-11-01", "termijn_to": "2026-11-30"},
    meaning="Cases whose termijn fell in November 2026.")
add(11045, "welke termijnen verlopen binnen twee weken", "list",
    {"termijn_from": "2027-01-18", "termijn_to": "2027-01-31"},
    meaning="Cases whose termijn falls in the 14 days from the question day (none).")
add(11046, "Wie is behandelaar van Kerkrade?", "fact", {"gemeente": "Kerkrade", "fact": "owner"},
    meaning="The owner of the Kerkrade case.", gemeente="Kerkrade", fact="owner")
add(11047, "In welke trede zit Lelystad?", "fact", {"gemeente": "Lelystad", "fact": "trede"},
    meaning="The trede of the Lelystad case.", gemeente="Lelystad", fact="trede")
add(11048, "Welke Zuid-Hollandse zaken in trede 2 hebben een onvolledige reactie gestuurd?", "list",
    {"province": "Zuid-Holland", "trede": 2, "state": ["incomplete"]},
    meaning="Zuid-Holland trede-2 cases whose state is answered_incomplete.")
add(11049, "Welke trede-3 zaken hebben wel gereageerd, maar te laat?", "list",
    {"trede": 3, "state": ["late"]}, meaning="Trede-3 cases whose reply came after the termijn.")
add(11050, "Hoeveel zaken in trede 2 missen het tijdpad?", "count",
    {"trede": 2, "missing": ["timeline"]}, meaning="Number of trede-2 cases missing the timeline.")
add(11051, "Welke gemeenten in Drenthe hebben nog geen behandelaar?", "list",
    {"province": "Drenthe", "no_owner": True}, meaning="Drenthe cases without an owner.")
add(11052, "Wanneer liep de termijn van Coevorden af?", "fact", {"gemeente": "Coevorden", "fact": "termijn"},
    meaning="The termijn date of the Coevorden case.", gemeente="Coevorden", fact="termijn")
add(11053, "Heeft Rijssen-Holten op tijd gereageerd?", "fact", {"gemeente": "Rijssen-Holten", "fact": "reply"},
    meaning="Whether and when Rijssen-Holten replied, and if on time.", gemeente="Rijssen-Holten", fact="reply")
add(11054, "welke redenen geeft Dantumadiel?", "fact", {"gemeente": "Dantumadiel", "fact": "reasons"},
    meaning="The reasons stated in Dantumadiel's messages.", gemeente="Dantumadiel", fact="reasons")
add(11055, "Welke zaken van Sophie hebben een onvolledige reactie?", "list",
    {"owner": "Sophie", "state": ["incomplete"]}, meaning="Sophie's cases whose state is answered_incomplete.")
add(11056, "welke zaken in trede 2 voldoen niet en missen de stappen", "list",
    {"trede": 2, "compliance": "voldoet_niet", "missing": ["steps"]},
    meaning="Trede-2 non-complying cases missing the steps.")
add(11057, "Welke termijnen liepen af in oktober?", "list",
    {"termijn_from": "2026-10-01", "termijn_to": "2026-10-31"},
    meaning="Cases whose termijn fell in October; a month without a year is the nearest one (Oct 2026).")

# --- follow-up 2 (case officer): status, then what is missing, then another municipality
add(11058, "hoe staat Coevorden ervoor?", "status", {"gemeente": "Coevorden"},
    meaning="The Coevorden case (opens a conversation).", gemeente="Coevorden")
add(11059, "en wat ontbreekt daar?", "fact", {"gemeente": "Coevorden", "fact": "missing"}, after=[11058],
    meaning="Follow-up: the elements missing in Coevorden's reply.", gemeente="Coevorden", fact="missing")
add(11060, "en bij Dantumadiel?", "fact", {"gemeente": "Dantumadiel", "fact": "missing"},
    after=[11058, 11059], meaning="Follow-up: the same fact (missing) for Dantumadiel.",
    gemeente="Dantumadiel", fact="missing")

# --- follow-up 4 ("mijn", as Youssef)
add(11061, "mijn zaken", "list", {"owner": "Youssef"}, as_staff=Y,
    meaning="The cases of the asker, Youssef (opens a conversation).")
add(11062, "welke daarvan hebben nog niet gereageerd?", "list", {"owner": "Youssef", "state": ["no_reply"]},
    after=[11061], as_staff=Y, meaning="Follow-up: Youssef's cases with no reply and the termijn passed.")
add(11063, "en die van Gert?", "list", {"owner": "Gert", "state": ["no_reply"]},
    after=[11061, 11062], as_staff=Y, meaning="Follow-up: the same for Gert's cases.")

# --- "mijn"/"ik" questions
add(11064, "hoeveel zaken heb ik?", "count", {"owner": "Sophie"}, as_staff=S_,
    meaning="Number of cases owned by the asker, Sophie.")
add(11065, "heb ik zaken in Friesland?", "list", {"owner": "Gert", "province": "Friesland"}, as_staff=G,
    meaning="The asker's (Gert's) cases in Friesland.")
add(11066, "welke van mijn zaken hebben nog niet gereageerd", "list",
    {"owner": "Marieke", "state": ["no_reply"]}, as_staff=M,
    meaning="The asker's (Marieke's) cases with no reply and the termijn passed.")
add(11067, "Welke van mijn zaken missen het tijdpad?", "list",
    {"owner": "Youssef", "missing": ["timeline"]}, as_staff=Y,
    meaning="The asker's (Youssef's) cases missing the timeline.")

# --- intern: simple, clumsy Dutch with typos
add(11068, "welke gemeentes in grooningen hebben nog niet gereageert", "list",
    {"province": "Groningen", "state": ["no_reply"]},
    meaning="Groningen province (plural 'gemeentes in' decides; typo) cases with no reply and termijn passed.")
add(11069, "hoeveel plekken heeft zaandam al", "fact", {"gemeente": "Zaanstad", "fact": "places"},
    meaning="Places of Zaanstad (Zaandam is a place in Zaanstad).", gemeente="Zaanstad", fact="places")
add(11070, "wie doet den bosch", "fact", {"gemeente": "'s-Hertogenbosch", "fact": "owner"},
    meaning="Owner of the 's-Hertogenbosch case (alias Den Bosch).", gemeente="'s-Hertogenbosch", fact="owner")
add(11071, "welke gemeentes missen het tijdpat", "list", {"missing": ["timeline"]},
    meaning="Cases missing the timeline (typo 'tijdpat').")
add(11072, "kun je een mail sturen naar almere om ze te herinneren", "unknown",
    meaning="Asks the bot to send a mail: it cannot do that from a question.")
add(11073, "hoeveel gemeenten zitten er in trede een", "count", {"trede": 1},
    meaning="Number of cases on trede 1 (number as a word).")
add(11074, "wat ontbreekt er nog bij sudwest fryslan", "fact",
    {"gemeente": "Súdwest-Fryslân", "fact": "missing"},
    meaning="Missing elements of Súdwest-Fryslân (no diacritics, no hyphen).", gemeente="Súdwest-Fryslân",
    fact="missing")
add(11075, "heeft delfzijl al antwoord gegeven", "fact", {"gemeente": "Eemsdelta", "fact": "reply"},
    meaning="Whether Eemsdelta (former municipality Delfzijl) replied.", gemeente="Eemsdelta", fact="reply")
add(11076, "welke gemeentes in flevoland hebben al wel gereageerd", "list",
    {"province": "Flevoland", "state": ["answered"]},
    meaning="Flevoland cases that have replied.")
add(11077, "hoeveel zaken zijn er in totaal", "count", {},
    meaning="Number of all cases in the register (no filter).")
add(11078, "wanneer is hengelo klaar", "fact", {"gemeente": "Hengelo (O.)", "fact": "expected"},
    meaning="Expected date of Hengelo (O.) (alias Hengelo).", gemeente="Hengelo (O.)", fact="expected")
add(11079, "wat schreef rheden op 4 mei 2026", "fact",
    {"gemeente": "Rheden", "fact": "wrote", "date": "2026-05-04"},
    meaning="The messages Rheden sent on 4 May 2026.", gemeente="Rheden", fact="wrote", date="2026-05-04")

# --- follow-up 3 (intern)
add(11080, "welke gemeenten in zeeland hebben uitstel gevraagt", "list",
    {"province": "Zeeland", "state": ["extended"]},
    meaning="Zeeland cases with an extension asked (typo; opens a conversation).")
add(11081, "en in zuid holland?", "list", {"province": "Zuid-Holland", "state": ["extended"]},
    after=[11080], meaning="Follow-up: the same for Zuid-Holland (no hyphen).")
add(11082, "hoeveel zijn dat er", "count", {"province": "Zuid-Holland", "state": ["extended"]},
    after=[11080, 11081], meaning="Follow-up: the count of the previous list.")

# --- per-municipality facts with tricky names
add(11083, "Hoeveel plaatsen heeft Uden gerealiseerd?", "fact", {"gemeente": "Maashorst", "fact": "places"},
    meaning="Places of Maashorst (former municipality Uden).", gemeente="Maashorst", fact="places")
add(11084, "Wat is de verwachte datum van Brielle?", "fact", {"gemeente": "Voorne aan Zee", "fact": "expected"},
    meaning="Expected date of Voorne aan Zee (former municipality Brielle).", gemeente="Voorne aan Zee",
    fact="expected")
add(11085, "Wie is de behandelaar van Boxmeer?", "fact", {"gemeente": "Land van Cuijk", "fact": "owner"},
    meaning="Owner of Land van Cuijk (former municipality Boxmeer).", gemeente="Land van Cuijk", fact="owner")
add(11086, "hoe staat Heerhugowaard ervoor", "status", {"gemeente": "Dijk en Waard"},
    meaning="The case of Dijk en Waard (former municipality Heerhugowaard).", gemeente="Dijk en Waard")
add(11087, "Welke redenen noemt Sneek?", "fact", {"gemeente": "Súdwest-Fryslân", "fact": "reasons"},
    meaning="Reasons of Súdwest-Fryslân (Sneek is a place in it, not a municipality).",
    gemeente="Súdwest-Fryslân", fact="reasons")
add(11088, "hoe ver is Tietjerksteradeel", "status", {"gemeente": "Tytsjerksteradiel"},
    meaning="The case of Tytsjerksteradiel (Dutch name Tietjerksteradeel).", gemeente="Tytsjerksteradiel")
add(11089, "voldoet Middelburg?", "fact", {"gemeente": "Middelburg (Z.)", "fact": "compliance"},
    meaning="Compliance of Middelburg (Z.) (alias Middelburg).", gemeente="Middelburg (Z.)", fact="compliance")
add(11090, "hoe staat Weesp ervoor?", "status", {"gemeente": "Amsterdam"},
    meaning="Weesp merged into Amsterdam, which has no case in the register.", gemeente="Amsterdam")
add(11091, "Wanneer verwacht Emmeloord te voldoen?", "fact", {"gemeente": "Noordoostpolder", "fact": "expected"},
    meaning="Expected date of Noordoostpolder (Emmeloord is a place in it); none given.",
    gemeente="Noordoostpolder", fact="expected")
add(11092, "trede van Rijswijk", "fact", {"gemeente": "Rijswijk (ZH.)", "fact": "trede"},
    meaning="Trede of Rijswijk (ZH.) (alias Rijswijk).", gemeente="Rijswijk (ZH.)", fact="trede")

# --- clarifications
add(11093, "hoe zit het met Utrecht?", "clarify",
    meaning="Utrecht is a province and a municipality; the bot must ask back.",
    choices=["Utrecht (gemeente)", "Utrecht (provincie)"])
add(11094, "hoe staat Bergen ervoor", "clarify",
    meaning="Bergen is two municipalities (L. and NH.), both with a case; the bot must ask back.",
    choices=["Bergen (L.)", "Bergen (NH.)"])
add(11095, "welke gemeenten zijn te laat", "clarify",
    meaning="A bare 'te laat': no reply with the termijn passed, or a late reply; the bot must ask back.",
    choices=["state:no_reply", "state:late"])
add(11096, "wat is de status van Haaren", "clarify",
    meaning="Haaren was split in 2021 among several municipalities; the bot must list the choices.",
    choices=["Boxtel", "Oisterwijk", "Tilburg", "Vught"])

# --- things the bot cannot do, and help
add(11097, "Kun je een speech voor de minister schrijven voor het debat?", "unknown",
    meaning="Asks for a speech to be written: not something the bot does.")
add(11098, "wat wordt het weer morgen in Den Haag", "unknown",
    meaning="A weather question: outside what the bot can answer.")
add(11099, "wat kan je allemaal?", "help", meaning="Asks what the bot can do.")


# ---------------------------------------------------------------- build
def build():
    out = []
    for q in Q:
        intent, f, ex = q["intent"], q["filters"], q["extra"]
        fact = None
        if intent in ("list", "count"):
            gem = select(f)
        elif intent == "fact":
            gem = [ex["gemeente"]]
            fact = fact_value(ex["gemeente"], ex["fact"], ex.get("date"))
        elif intent == "status":
            gem = [ex["gemeente"]]
            fact = status_summary(ex["gemeente"])
        elif intent == "clarify":
            gem = []
            fact = {"choices": ex["choices"]}
        else:                              # unknown, help
            gem = []
        out.append({"id": q["id"], "q": q["q"], "intent": intent, "filters": f,
                    "expected_gemeenten": gem, "count": len(gem), "after": q["after"],
                    "as_staff": q["as_staff"], "on": DAY, "meaning": q["meaning"],
                    "expected_fact": fact})
    return out


def check(rows):
    ids = [r["id"] for r in rows]
    assert ids == sorted(ids) and len(set(ids)) == len(ids), "ids must be unique and ordered"
    assert all(11001 <= i <= 11099 for i in ids)
    known = set(ids)
    for r in rows:
        assert all(a in known and a < r["id"] for a in r["after"]), r["id"]
        for g in r["expected_gemeenten"]:
            assert g in BY_NAME or r["intent"] == "status", (r["id"], g)
        if "owner" in r["filters"]:
            assert r["filters"]["owner"] in STAFF


if __name__ == "__main__":
    rows = build()
    check(rows)
    with open(HERE / "questions.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        for r in rows:
            extra = f"  fact={json.dumps(r['expected_fact'], ensure_ascii=False)}" if r["expected_fact"] is not None else ""
            print(f"{r['id']} [{r['intent']}] n={r['count']} {r['q']}\n      {r['expected_gemeenten'] if r['count'] <= 12 else str(r['expected_gemeenten'][:12]) + ' …'}{extra}")
    print(f"{len(rows)} questions written to questions.jsonl", file=sys.stderr)
