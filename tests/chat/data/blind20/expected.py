#!/usr/bin/env python3
"""Blind question set q20 for the spreidingsbot chat reader.

Computes expected_gemeenten / count / expected_fact for every question from due.json + status.json
(both made with --on 2027-02-15, see README.md) and writes questions.jsonl.  Stdlib only.

Labelling conventions (how a slot maps to the register) are in README.md; in short:
  universe   = every municipality whose status.json has a `case`
  province   = status.province in the list          not_province = not in the list
  gemeente / not_gemeente = official CBS name
  trede / not_trede = case.trede
  owner      = case.owner ("mijn" = the --as person)  no_owner = case.owner is null
  state      no_reply   = gemeente is in due.json section overdue, kind no_reply
             unanswered = not case.answered
             answered   = case.answered
             late / on_time = case.reply_on_time is False / True
             incomplete / complete = case.state answered_incomplete / answered_complete
             suspended  = case.suspended
             extended   = case.extension_requested, or due.json kind extension_requested
  not_state  = none of those states holds
  letter_undelivered = case.letter_undelivered
  missing    = every listed element is in case.missing
  reason     = code in status.reasons
  compliance = case.compliance
  expected_before / expected_after = the expected_date as an interval [start, end]:
             end < expected_before, start > expected_after (strict); no expected date: never
  termijn_from / termijn_to = case.termijn inside the window (inclusive); no termijn: never
"""
import calendar
import datetime as dt
import json
import os
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
DAY = "2027-02-15"
STAFF = {20501: "Linda", 20502: "Mohamed", 20503: "Eva", 20504: "Hans"}
LINDA, MOHAMED, EVA, HANS = 20501, 20502, 20503, 20504
AMS = ZoneInfo("Europe/Amsterdam")

with open(os.path.join(HERE, "status.json"), encoding="utf-8") as f:
    STATUS = json.load(f)
with open(os.path.join(HERE, "due.json"), encoding="utf-8") as f:
    DUE = json.load(f)

CASES = {n: o for n, o in STATUS.items() if o.get("case")}
NO_REPLY = {d["gemeente"] for d in DUE if d["section"] == "overdue" and d["kind"] == "no_reply"}
EXT_DUE = {d["gemeente"] for d in DUE if d["kind"] == "extension_requested"}

NN = ["Drenthe", "Friesland", "Groningen"]          # Noord-Nederland
ON = ["Gelderland", "Overijssel"]                   # Oost-Nederland
ZN = ["Limburg", "Noord-Brabant", "Zeeland"]        # Zuid-Nederland


def interval(exp):
    """expected_date string -> (start, end) dates."""
    if exp is None:
        return None
    y = int(exp[:4])
    rest = exp[5:]
    if len(exp) == 10:
        d = dt.date.fromisoformat(exp)
        return d, d
    if rest.startswith("Q"):
        q = int(rest[1])
        m0, m1 = 3 * q - 2, 3 * q
    elif rest.startswith("H"):
        h = int(rest[1])
        m0, m1 = (1, 6) if h == 1 else (7, 12)
    else:
        m0 = m1 = int(rest)
    return dt.date(y, m0, 1), dt.date(y, m1, calendar.monthrange(y, m1)[1])


def has_state(n, st):
    o = CASES[n]
    c = o["case"]
    if st == "no_reply":
        return n in NO_REPLY
    if st == "unanswered":
        return not c["answered"]
    if st == "answered":
        return bool(c["answered"])
    if st == "late":
        return c["reply_on_time"] is False
    if st == "on_time":
        return c["reply_on_time"] is True
    if st == "incomplete":
        return c["state"] == "answered_incomplete"
    if st == "complete":
        return c["state"] == "answered_complete"
    if st == "suspended":
        return bool(c["suspended"])
    if st == "extended":
        return bool(c["extension_requested"]) or n in EXT_DUE
    raise ValueError(st)


def as_list(v):
    return v if isinstance(v, list) else [v]


def select(filters, asker):
    out = []
    for n, o in CASES.items():
        c = o["case"]
        f = filters
        if "gemeente" in f and n not in as_list(f["gemeente"]):
            continue
        if "not_gemeente" in f and n in as_list(f["not_gemeente"]):
            continue
        if "province" in f and o["province"] not in as_list(f["province"]):
            continue
        if "not_province" in f and o["province"] in as_list(f["not_province"]):
            continue
        if "trede" in f and c["trede"] not in as_list(f["trede"]):
            continue
        if "not_trede" in f and c["trede"] in as_list(f["not_trede"]):
            continue
        if "owner" in f and c["owner"] != f["owner"]:
            continue
        if f.get("no_owner") and c["owner"] is not None:
            continue
        if "state" in f and not all(has_state(n, s) for s in f["state"]):
            continue
        if "not_state" in f and any(has_state(n, s) for s in f["not_state"]):
            continue
        if f.get("letter_undelivered") and not c["letter_undelivered"]:
            continue
        if "missing" in f and not all(m in c["missing"] for m in f["missing"]):
            continue
        if "reason" in f and f["reason"] not in o["reasons"]:
            continue
        if "compliance" in f and c["compliance"] != f["compliance"]:
            continue
        if "expected_before" in f or "expected_after" in f:
            iv = interval(o["expected_date"])
            if iv is None:
                continue
            if "expected_before" in f and not iv[1] < dt.date.fromisoformat(f["expected_before"]):
                continue
            if "expected_after" in f and not iv[0] > dt.date.fromisoformat(f["expected_after"]):
                continue
        if "termijn_from" in f or "termijn_to" in f:
            t = c["termijn"]
            if t is None:
                continue
            if "termijn_from" in f and t < f["termijn_from"]:
                continue
            if "termijn_to" in f and t > f["termijn_to"]:
                continue
        out.append(n)
    return sorted(out)


def local_day(ts):
    return dt.datetime.fromisoformat(ts).astimezone(AMS).date().isoformat()


def fact_value(name, fact, date=None):
    o = STATUS[name]
    c = o.get("case") or {}
    if fact == "places":
        return {"realised": o["realised_total"], "planned": o["planned_total"], "task": o["task_total"]}
    if fact == "expected":
        return {"expected_date": o["expected_date"]}
    if fact == "owner":
        return {"owner": c.get("owner")}
    if fact == "missing":
        return {"missing": c.get("missing"), "state": c.get("state")}
    if fact == "termijn":
        return {"termijn": c.get("termijn"), "overdue": c.get("overdue"), "answered": c.get("answered"),
                "extension_requested": c.get("extension_requested"),
                "extension_requested_until": c.get("extension_requested_until")}
    if fact == "reply":
        return {"answered": c.get("answered"), "reply_at": c.get("reply_at"), "reply_on_time": c.get("reply_on_time")}
    if fact == "reasons":
        return {"reasons": o["reasons"]}
    if fact == "trede":
        return {"trede": c.get("trede"), "trede_name": o["trede_name"]}
    if fact == "compliance":
        return {"compliance": c.get("compliance")}
    if fact == "wrote":
        msgs = [{"kind": m["kind"], "subject": m["subject"], "reference": m["reference"], "received_at": m["received_at"]}
                for m in o["messages"] if local_day(m["received_at"]) == date]
        return {"date": date, "messages": msgs}
    raise ValueError(fact)


def breakdown(key):
    out = {}
    for n, o in CASES.items():
        k = o["province"] if key == "province" else o["case"]["trede"]
        out[str(k)] = out.get(str(k), 0) + 1
    return dict(sorted(out.items()))


# --------------------------------------------------------------------------------------------
# The questions.  kind: list/count/status/fact/overview/search/help/clarify/unknown.
# F = the filters as I understand them (README names); fact questions carry gemeente + fact (+ date).
# --------------------------------------------------------------------------------------------
Q = []


def q(qid, asker, text, intent, filters, meaning, after=(), fact=None, gemeenten=None, extra=None):
    Q.append(dict(id=qid, asker=asker, q=text, intent=intent, filters=filters, meaning=meaning,
                  after=list(after), fact=fact, gemeenten=gemeenten, extra=extra))


# ---- Linda: head of the supervision team, before a meeting with the provinces -------------
q(20001, LINDA, "Kun je me een overzicht per provincie geven van alle lopende zaken?", "overview", {},
  "The overview of all cases, broken down by province.", extra="province")
q(20002, LINDA, "Hoeveel gemeenten voldoen niet aan hun wettelijke taak?", "count",
  {"compliance": "voldoet_niet"}, "Number of cases whose compliance is voldoet_niet.")
q(20003, LINDA, "En hoeveel daarvan liggen in Zuid-Holland?", "count",
  {"compliance": "voldoet_niet", "province": "Zuid-Holland"},
  "Follow-up: the same count narrowed to Zuid-Holland.", after=[20002])
q(20004, LINDA, "Welke gemeenten zitten op dit moment in trede 3?", "list", {"trede": 3},
  "All cases on trede 3 (actief toezicht).")
q(20005, LINDA, "hoeveel gemeenten staan er in trede twee limburg niet meegerekend", "count",
  {"trede": 2, "not_province": "Limburg"}, "Trede-2 cases outside Limburg, counted.")
q(20006, LINDA, "Welke gemeenten in Noord-Nederland voldoen gedeeltelijk?", "list",
  {"province": NN, "compliance": "voldoet_gedeeltelijk"},
  "Cases in Drenthe, Friesland and Groningen that partly meet the task.")
q(20007, LINDA, "Welke gemeenten in Zuid-Nederland hebben niet gereageerd terwijl de termijn al verstreken is?", "list",
  {"province": ZN, "state": ["no_reply"]},
  "No reply and termijn passed, in Limburg, Noord-Brabant and Zeeland.")
q(20008, LINDA, "Hoeveel zaken hebben nog geen behandelaar?", "count", {"no_owner": True},
  "Number of cases without an owner.")
q(20009, LINDA, "Welke daarvan liggen in Overijssel?", "list", {"no_owner": True, "province": "Overijssel"},
  "Follow-up: the unowned cases in Overijssel, as a list.", after=[20008])
q(20010, LINDA, "Hoeveel gemeenten hebben gereageerd, uitgezonderd de gemeenten die te laat waren?", "count",
  {"state": ["answered"], "not_state": ["late"]},
  "Answered cases, leaving out those whose reply came after the termijn.")
q(20011, LINDA, "Welke gemeenten in Gelderland en Overijssel voldoen niet?", "list",
  {"province": ["Gelderland", "Overijssel"], "compliance": "voldoet_niet"},
  "voldoet_niet cases in either of the two provinces.")
q(20012, LINDA, "Is er al een gemeente die volledig aan haar taak voldoet?", "list", {"compliance": "voldoet"},
  "Cases whose compliance is voldoet.")
q(20013, LINDA, "Welke gemeenten hebben een onvolledige reactie gestuurd, met uitzondering van Noord-Holland en Zuid-Holland?", "list",
  {"state": ["incomplete"], "not_province": ["Noord-Holland", "Zuid-Holland"]},
  "Incomplete answers outside the two Holland provinces.")
q(20014, LINDA, "Hoeveel gemeenten noemen een bezwaarprocedure als reden?", "count",
  {"reason": "objection_procedure"}, "Cases with reason objection_procedure in any reply or notice.")
q(20015, LINDA, "Brabantse gemeenten die gedeeltelijk voldoen, behalve Breda en Tilburg", "list",
  {"province": "Noord-Brabant", "compliance": "voldoet_gedeeltelijk", "not_gemeente": ["Breda", "Tilburg"]},
  "Partly compliant Noord-Brabant cases, without Breda and Tilburg.")
q(20016, LINDA, "Hoeveel gemeenten in de Randstad hebben nog niet gereageerd?", "clarify", {"state": ["no_reply"]},
  "The Randstad has no fixed border: the bot should ask back which provinces.")
q(20017, LINDA, "Hoe zijn de zaken verdeeld over de treden?", "overview", {},
  "The overview of all cases, broken down by trede.", extra="trede")
q(20018, LINDA, "Welke gemeenten verwachten pas na de zomer van 2027 aan hun taak te voldoen?", "list",
  {"expected_after": "2027-08-31"}, "Expected date starting after 31 August 2027.")
q(20019, LINDA, "Welke zaken zijn op dit moment opgeschort?", "list", {"state": ["suspended"]},
  "Suspended cases (none in this register).")
q(20020, LINDA, "Hoeveel gemeenten in trede 2 hebben alle drie de elementen niet aangeleverd?", "count",
  {"trede": 2, "missing": ["facts", "steps", "timeline"]},
  "Trede-2 cases missing facts, steps and timeline all at once.")
q(20021, LINDA, "Welke gemeenten hebben te laat gereageerd?", "list", {"state": ["late"]},
  "Cases whose reply came after the termijn ('te laat gereageerd' is not ambiguous).")
q(20022, LINDA, "En hoeveel daarvan was ook onvolledig?", "count", {"state": ["incomplete", "late"]},
  "Follow-up with 'daarvan ... ook': late AND incomplete, counted.", after=[20021])
q(20023, LINDA, "Welke gemeenten hebben een uitstelverzoek lopen, Zeeland uitgezonderd?", "list",
  {"state": ["extended"], "not_province": "Zeeland"},
  "Pending extension requests outside Zeeland.")
q(20024, LINDA, "Hoeveel zaken heeft Hans op zijn naam staan?", "count", {"owner": "Hans"},
  "Number of cases owned by Hans.")
q(20025, LINDA, "Geef me de top 5 gemeenten met de grootste achterstand", "unknown", {},
  "A ranking: not something the bot does; unknown with the nearest options.")

# ---- Mohamed: case officer, chat shorthand ---------------------------------------------------
q(20026, MOHAMED, "mijn zkn", "list", {"owner": "Mohamed"}, "My cases (asker Mohamed).")
q(20027, MOHAMED, "hoevl v mijn zaken termijn verlopen zonder reactie", "count",
  {"owner": "Mohamed", "state": ["no_reply"]}, "My cases with no reply and the termijn passed, counted.")
q(20028, MOHAMED, "gem. in ZH zonder tijdpad", "list", {"province": "Zuid-Holland", "missing": ["timeline"]},
  "Zuid-Holland cases whose latest reply/notice misses the timeline.")
q(20029, MOHAMED, "wlke gem in tr 3 hebbn nog nix gestuurd", "list", {"trede": 3, "state": ["no_reply"]},
  "Trede-3 cases that have not replied (termijn passed).")
q(20030, MOHAMED, "hoevl plekkn heeft zoetermeer gereliseerd", "fact", {"gemeente": "Zoetermeer", "fact": "places"},
  "How many places Zoetermeer has realised.", fact=("Zoetermeer", "places"))
q(20031, MOHAMED, "en delft?", "fact", {"gemeente": "Delft", "fact": "places"},
  "Follow-up: the same fact for Delft.", after=[20030], fact=("Delft", "places"))
q(20032, MOHAMED, "wie is behndelaar van dordrect", "fact", {"gemeente": "Dordrecht", "fact": "owner"},
  "Owner of Dordrecht (typos in both words).", fact=("Dordrecht", "owner"))
q(20033, MOHAMED, "status alphen", "clarify", {},
  "'Alphen' fits Alphen aan den Rijn and Alphen-Chaam: ask back.")
q(20034, MOHAMED, "wat ontbreekt er bij lansingerland", "fact", {"gemeente": "Lansingerland", "fact": "missing"},
  "Missing elements of Lansingerland's reply.", fact=("Lansingerland", "missing"))
q(20035, MOHAMED, "NH gem zonder stappen en zonder tijdpad", "list",
  {"province": "Noord-Holland", "missing": ["steps", "timeline"]},
  "Noord-Holland cases missing both steps and timeline.")
q(20036, MOHAMED, "hoevl gem in Fr voldoen nt", "count", {"province": "Friesland", "compliance": "voldoet_niet"},
  "Friesland cases that do not comply, counted.")
q(20037, MOHAMED, "en in Gld?", "count", {"province": "Gelderland", "compliance": "voldoet_niet"},
  "Follow-up: same count for Gelderland.", after=[20036])
q(20038, MOHAMED, "welke tremijnen verlopen deze week", "list",
  {"termijn_from": "2027-02-15", "termijn_to": "2027-02-21"},
  "Termijnen falling in the week of 15-21 Feb 2027 (none).")
q(20039, MOHAMED, "welke termijnen verliepen in juni 2026 bij mijn zaken", "list",
  {"owner": "Mohamed", "termijn_from": "2026-06-01", "termijn_to": "2026-06-30"},
  "My cases whose termijn fell in June 2026.")
q(20040, MOHAMED, "zaken van Eva in ZH", "list", {"owner": "Eva", "province": "Zuid-Holland"},
  "Eva's cases in Zuid-Holland.")
q(20041, MOHAMED, "waar speelt vergunningsprocedure", "list", {"reason": "permit_procedure"},
  "Cases with reason permit_procedure.")
q(20042, MOHAMED, "wanneer verwacht schiedam klaar te zijn", "fact", {"gemeente": "Schiedam", "fact": "expected"},
  "Schiedam's expected date (none known).", fact=("Schiedam", "expected"))
q(20043, MOHAMED, "tr 2 ZH nog geen reactie excl uitstelverzoeken", "list",
  {"trede": 2, "province": "Zuid-Holland", "state": ["no_reply"], "not_state": ["extended"]},
  "Trede-2 Zuid-Holland cases without reply (termijn passed), leaving out extension requests.")
q(20044, MOHAMED, "zoek naar Middelharnis", "search", {"search": "Middelharnis"},
  "Search the messages for 'Middelharnis' (a place in Goeree-Overflakkee).",
  gemeenten=["Goeree-Overflakkee"])
q(20045, MOHAMED, "hoevl gem hebben gereageerd mr zonder feiten", "count",
  {"state": ["answered"], "missing": ["facts"]}, "Answered cases whose reply misses the facts, counted.")
q(20046, MOHAMED, "pijnacker termijn?", "fact", {"gemeente": "Pijnacker-Nootdorp", "fact": "termijn"},
  "Termijn of Pijnacker-Nootdorp (short name).", fact=("Pijnacker-Nootdorp", "termijn"))
q(20047, MOHAMED, "voldoet delft aan haar taak", "fact", {"gemeente": "Delft", "fact": "compliance"},
  "Compliance of Delft.", fact=("Delft", "compliance"))
q(20048, MOHAMED, "welke v mijn zaken hebben een verwachte datum die al verstreken is", "list",
  {"owner": "Mohamed", "expected_before": DAY},
  "My cases whose expected date ended before today (2027-02-15).")
q(20049, MOHAMED, "hoe wijs ik n zaak toe", "help", {}, "How to assign a case: help.")
q(20050, MOHAMED, "gem in Ov en Dr zonder behandelaar met bezwaar", "list",
  {"province": ["Drenthe", "Overijssel"], "no_owner": True, "reason": "objection_procedure"},
  "Unowned cases in Overijssel or Drenthe with an objection procedure.")

# ---- Eva: lawyer, termijnen and legal steps --------------------------------------------------
q(20051, EVA, "Welke termijnen zijn verstreken zonder dat er een reactie is binnengekomen?", "list",
  {"state": ["no_reply"]}, "All cases with no reply and the termijn passed.")
q(20052, EVA, "Bij welke gemeenten ligt nog een verzoek om uitstel waarop niet is beslist?", "list",
  {"state": ["extended"]}, "Cases with an extension request still to be answered.")
q(20053, EVA, "Welke brieven zijn onbestelbaar retour gekomen?", "list", {"letter_undelivered": True},
  "Cases whose latest letter bounced.")
q(20054, EVA, "Welke gemeenten zijn te laat?", "clarify", {},
  "Bare 'te laat': no reply after the termijn, or replied late? Ask back.")
q(20055, EVA, "Welke Noord-Hollandse gemeenten reageerden pas na afloop van de termijn?", "list",
  {"province": "Noord-Holland", "state": ["late"]}, "Noord-Holland cases that replied after the termijn.")
q(20056, EVA, "Wat schreef Hilversum op 22 mei 2026?", "fact",
  {"gemeente": "Hilversum", "fact": "wrote", "date": "2026-05-22"},
  "What Hilversum's message of 22 May 2026 said.", fact=("Hilversum", "wrote", "2026-05-22"))
q(20057, EVA, "Wat schreef Meierijstad op 9 november?", "fact",
  {"gemeente": "Meierijstad", "fact": "wrote", "date": "2026-11-09"},
  "Meierijstad's message of 9 November (the nearest 9 November is 2026-11-09).",
  fact=("Meierijstad", "wrote", "2026-11-09"))
q(20058, EVA, "Hoeveel gemeenten missen het tijdpad?", "count", {"missing": ["timeline"]},
  "Cases whose latest reply or notice misses the timeline, counted.")
q(20059, EVA, "Wie heeft in Zeeland noch de stappen noch het tijdpad aangeleverd?", "list",
  {"province": "Zeeland", "missing": ["steps", "timeline"]},
  "Zeeland cases missing both steps and timeline.")
q(20060, EVA, "Welke termijnen liepen af tussen 1 en 30 juni 2026?", "list",
  {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30"}, "Cases whose termijn fell in June 2026.")
q(20061, EVA, "welke termijnen verlopen de komende veertien dagen", "list",
  {"termijn_from": "2027-02-15", "termijn_to": "2027-02-28"},
  "Termijnen in the fourteen days from 15 Feb 2027 (none).")
q(20062, EVA, "Wanneer verliep de termijn van Goes?", "fact", {"gemeente": "Goes", "fact": "termijn"},
  "Goes's termijn.", fact=("Goes", "termijn"))
q(20063, EVA, "Heeft Oosterhout op tijd gereageerd?", "fact", {"gemeente": "Oosterhout", "fact": "reply"},
  "Whether Oosterhout's reply came by the termijn.", fact=("Oosterhout", "reply"))
q(20064, EVA, "Tot wanneer vraagt Terneuzen uitstel?", "fact", {"gemeente": "Terneuzen", "fact": "termijn"},
  "The day Terneuzen's extension request asks for.", fact=("Terneuzen", "termijn"))
q(20065, EVA, "Bij welke van mijn zaken is de brief niet aangekomen?", "list",
  {"owner": "Eva", "letter_undelivered": True}, "My cases whose letter bounced (asker Eva).")
q(20066, EVA, "Welke gemeenten in Zuid-Holland hebben om uitstel gevraagd?", "list",
  {"province": "Zuid-Holland", "state": ["extended"]}, "Zuid-Holland cases with an extension request.")
q(20067, EVA, "En in Noord-Holland?", "list", {"province": "Noord-Holland", "state": ["extended"]},
  "Follow-up: the same for Noord-Holland.", after=[20066])
q(20068, EVA, "Welke gemeenten hebben op tijd gereageerd maar misten toch de stappen?", "list",
  {"state": ["on_time"], "missing": ["steps"]}, "On-time replies that miss the steps.")
q(20069, EVA, "Wat ontbreekt er in de reactie van Heerlen?", "fact", {"gemeente": "Heerlen", "fact": "missing"},
  "Missing elements of Heerlen's reply.", fact=("Heerlen", "missing"))
q(20070, EVA, "Welke termijnen zijn in november 2026 verstreken zonder reactie?", "list",
  {"state": ["no_reply"], "termijn_from": "2026-11-01", "termijn_to": "2026-11-30"},
  "No reply, termijn in November 2026.")
q(20071, EVA, "Hoeveel gemeenten hebben nog niet gereageerd en ook nog geen uitstel gevraagd?", "count",
  {"state": ["no_reply"], "not_state": ["extended"]},
  "No reply (termijn passed) and no extension request, counted.")
q(20072, EVA, "Welke zaken met een termijn in oktober 2026 hebben inmiddels een volledige reactie?", "list",
  {"state": ["complete"], "termijn_from": "2026-10-01", "termijn_to": "2026-10-31"},
  "Termijn in October 2026 and the case state is answered_complete.")
q(20073, EVA, "Wat schreef Ermelo op 29 september 2026?", "fact",
  {"gemeente": "Ermelo", "fact": "wrote", "date": "2026-09-29"},
  "Ermelo's message of 29 Sep 2026 (an extension request).", fact=("Ermelo", "wrote", "2026-09-29"))
q(20074, EVA, "Onvolledige reacties in trede 2 zonder behandelaar in de provincie Utrecht graag", "list",
  {"state": ["incomplete"], "trede": 2, "no_owner": True, "province": "Utrecht"},
  "Incomplete, trede 2, no owner, in the province of Utrecht ('provincie' decides).")
q(20075, EVA, "Welke gemeenten missen de stappen, maar niet in trede 1?", "list",
  {"missing": ["steps"], "not_trede": 1}, "Cases missing steps, leaving out trede 1.")

# ---- Hans: colleague from the provinces' side -------------------------------------------------
q(20076, HANS, "Hoe staat het ervoor in Drachten?", "status", {"gemeente": "Smallingerland"},
  "Drachten is a place in Smallingerland: its status.", gemeenten=["Smallingerland"])
q(20077, HANS, "Wanneer denkt Zaandam aan de taak te voldoen?", "fact", {"gemeente": "Zaanstad", "fact": "expected"},
  "Zaandam lies in Zaanstad: its expected date.", fact=("Zaanstad", "expected"))
q(20078, HANS, "en die daarnaast?", "unknown", {},
  "'The one next to it': neighbours are not in the register; not answerable.", after=[20077])
q(20079, HANS, "Hoeveel opvangplekken heeft Hoofddorp nu?", "fact", {"gemeente": "Haarlemmermeer", "fact": "places"},
  "Hoofddorp lies in Haarlemmermeer: places realised now.", fact=("Haarlemmermeer", "places"))
q(20080, HANS, "Wie is behandelaar van Delfzijl?", "fact", {"gemeente": "Eemsdelta", "fact": "owner"},
  "Delfzijl merged into Eemsdelta (2021): its owner.", fact=("Eemsdelta", "owner"))
q(20081, HANS, "Waarom loopt Hellevoetsluis achter?", "fact", {"gemeente": "Voorne aan Zee", "fact": "reasons"},
  "Hellevoetsluis merged into Voorne aan Zee (2023): the reasons it gives.", fact=("Voorne aan Zee", "reasons"))
q(20082, HANS, "en hun buren?", "unknown", {},
  "Neighbouring municipalities are not in the register; not answerable.", after=[20081])
q(20083, HANS, "welke gemeenten in de Achterhoek hebben nog niet gereageerd", "unknown", {"state": ["no_reply"]},
  "The Achterhoek is a region the README does not map; the bot should not guess Gelderland.")
q(20084, HANS, "hoe zit het met Utrecht?", "clarify", {},
  "Utrecht is a province and a municipality: ask back.")
q(20085, HANS, "Wanneer is Groningen klaar?", "fact", {"gemeente": "Groningen", "fact": "expected"},
  "A fact question decides the municipality Groningen: its expected date.", fact=("Groningen", "expected"))
q(20086, HANS, "Uden, hoeveel plekken zijn daar gepland?", "fact", {"gemeente": "Maashorst", "fact": "places"},
  "Uden merged into Maashorst: planned places.", fact=("Maashorst", "places"))
q(20087, HANS, "In welke trede zit Geleen?", "fact", {"gemeente": "Sittard-Geleen", "fact": "trede"},
  "Geleen lies in Sittard-Geleen: its trede.", fact=("Sittard-Geleen", "trede"))
q(20088, HANS, "Voldoet de gemeente Veghel aan haar wettelijke taak?", "fact",
  {"gemeente": "Meierijstad", "fact": "compliance"},
  "Veghel lies in Meierijstad: its compliance.", fact=("Meierijstad", "compliance"))
q(20089, HANS, "en Oss?", "fact", {"gemeente": "Oss", "fact": "compliance"},
  "Follow-up: compliance of Oss (no letter, so unknown).", after=[20088], fact=("Oss", "compliance"))
q(20090, HANS, "Welke gemeenten in Oost-Nederland verwachten in Q1 2027 te voldoen?", "list",
  {"province": ON, "expected_after": "2026-12-31", "expected_before": "2027-04-01"},
  "Gelderland/Overijssel cases expecting to comply in Q1 2027.")
q(20091, HANS, "en in Q2?", "list",
  {"province": ON, "expected_after": "2027-03-31", "expected_before": "2027-07-01"},
  "Follow-up: the window replaced by Q2 2027, provinces kept.", after=[20090])
q(20092, HANS, "Welke Limburgse gemeenten noemen het ontbreken van een geschikte locatie als reden?", "list",
  {"province": "Limburg", "reason": "no_location"}, "Limburg cases with reason no_location.")
q(20093, HANS, "wie verwacht vóór 1 april te voldoen in Zeeland", "list",
  {"province": "Zeeland", "expected_before": "2027-04-01"},
  "Zeeland cases whose expected date ends before 1 April (2027, the one ahead).")
q(20094, HANS, "Wat schreef Harlingen op 21 juli 2026?", "fact",
  {"gemeente": "Harlingen", "fact": "wrote", "date": "2026-07-21"},
  "Harlingen's message of 21 July 2026.", fact=("Harlingen", "wrote", "2026-07-21"))
q(20095, HANS, "Bergen, hoe staat het daar?", "clarify", {},
  "Bergen (L.) and Bergen (NH.) both have a case: ask back.")
q(20096, HANS, "Hoe staat Sassenheim ervoor?", "status", {"gemeente": "Teylingen"},
  "Sassenheim lies in Teylingen: its status.", gemeenten=["Teylingen"])
q(20097, HANS, "Welke Friese gemeenten verwachten voor het eind van dit jaar te voldoen?", "list",
  {"province": "Friesland", "expected_before": "2028-01-01"},
  "Friesland cases whose expected date ends before 1 Jan 2028.")
q(20098, HANS, "hoeveel asielzoekers zitten er op dit moment in Ter Apel", "unknown", {},
  "Occupancy of a COA location is not in the register.")
q(20099, HANS, "wat moet ik deze week", "list",
  {"owner": "Hans", "termijn_from": "2027-02-15", "termijn_to": "2027-02-21"},
  "My (Hans's) cases with a termijn this week (none).")


def build():
    rows = []
    for x in Q:
        intent = x["intent"]
        expected_fact = None
        breakdown_v = None
        if intent in ("list", "count"):
            g = select(x["filters"], x["asker"])
            count = len(g)
        elif intent == "overview":
            g = select(x["filters"], x["asker"])
            count = len(g)
            breakdown_v = breakdown(x["extra"])
        elif intent in ("status", "search"):
            g = sorted(x["gemeenten"])
            count = len(g)
        elif intent == "fact":
            g = []
            count = None
            expected_fact = fact_value(*x["fact"])
        else:  # help, clarify, unknown
            g = []
            count = None
        row = {
            "id": x["id"], "q": x["q"], "intent": intent, "filters": x["filters"],
            "expected_gemeenten": g, "count": count, "after": x["after"],
            "as_staff": x["asker"], "on": DAY, "meaning": x["meaning"], "expected_fact": expected_fact,
        }
        if breakdown_v is not None:
            row["expected_breakdown"] = breakdown_v
        rows.append(row)
    ids = [r["id"] for r in rows]
    assert ids == list(range(20001, 20100)), ids
    for r in rows:
        for a in r["after"]:
            assert a < r["id"]
            prev = next(p for p in rows if p["id"] == a)
            assert prev["as_staff"] == r["as_staff"], (r["id"], a)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


if __name__ == "__main__":
    rows = build()
    from collections import Counter
    print(len(rows), "questions;", dict(Counter(r["intent"] for r in rows)))
    print("per persona:", dict(Counter(STAFF[r["as_staff"]] for r in rows)))
    for r in rows:
        extra = r["expected_fact"] if r["intent"] == "fact" else (r["count"], r["expected_gemeenten"][:12])
        print(r["id"], r["intent"], "|", r["q"][:60], "|", extra)
