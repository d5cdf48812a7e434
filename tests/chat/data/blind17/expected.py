#!/usr/bin/env python3
"""Blind question set q17: computes every expected answer from status.json + due.json only
(no bot calls) and writes questions.jsonl.

Conventions (see README.md):
  state no_reply      = the case is in due.json's overdue/no_reply list (== status case.overdue)
  state unanswered    = case.answered is false;  answered = case.answered is true
  state late/on_time  = case.reply_on_time is false / true
  state incomplete    = case.state == answered_incomplete; complete = answered_complete
  state extended      = case.extension_requested (no /verleng was given in this register)
  state suspended     = case.suspended
  missing [a, b]      = every listed element is in case.missing
  reason r            = r in status.reasons
  expected_before D   = the expected date's period ENDS strictly before D
  expected_after D    = the expected date's period STARTS strictly after D (no expected date: never matches)
  termijn_from/to     = case.termijn within [from, to], inclusive (no termijn: never matches)
"""
import calendar
import json
from datetime import date

DAY = "2027-01-06"          # a Wednesday; "deze week" = 2027-01-04 .. 2027-01-10
STATUS = json.load(open("status.json", encoding="utf-8"))
DUE = json.load(open("due.json", encoding="utf-8"))
BY_NAME = {s["gemeente"]: s for s in STATUS}
NO_REPLY = {d["gemeente"] for d in DUE if d["section"] == "overdue" and d["kind"] == "no_reply"}

MARIEKE, JOOST, FEMKE, RUBEN = 17501, 17502, 17503, 17504
NORTH = ["Drenthe", "Friesland", "Groningen"]
EAST = ["Gelderland", "Overijssel"]
SOUTH = ["Limburg", "Noord-Brabant", "Zeeland"]


def period(v):
    """expected_date string -> (first day, last day)"""
    if v is None:
        return None
    if len(v) == 10:
        d = date.fromisoformat(v)
        return d, d
    y = int(v[:4])
    rest = v[5:]
    if rest.startswith("Q"):
        q = int(rest[1])
        m1, m2 = 3 * q - 2, 3 * q
    elif rest.startswith("H"):
        h = int(rest[1])
        m1, m2 = (1, 6) if h == 1 else (7, 12)
    elif rest:
        m1 = m2 = int(rest)
    else:
        m1, m2 = 1, 12
    return date(y, m1, 1), date(y, m2, calendar.monthrange(y, m2)[1])


def as_list(v):
    return v if isinstance(v, list) else [v]


def state_holds(st, s):
    c = s["case"]
    return {
        "no_reply": s["gemeente"] in NO_REPLY,
        "unanswered": not c["answered"],
        "answered": bool(c["answered"]),
        "late": c["reply_on_time"] is False,
        "on_time": c["reply_on_time"] is True,
        "incomplete": c["state"] == "answered_incomplete",
        "complete": c["state"] == "answered_complete",
        "suspended": bool(c["suspended"]),
        "extended": bool(c["extension_requested"]),
    }[st]


def matches(f, s):
    c = s["case"]
    if c is None:
        return False
    if "gemeente" in f and s["gemeente"] not in as_list(f["gemeente"]):
        return False
    if "not_gemeente" in f and s["gemeente"] in as_list(f["not_gemeente"]):
        return False
    if "province" in f and s["province"] not in as_list(f["province"]):
        return False
    if "not_province" in f and s["province"] in as_list(f["not_province"]):
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
    for st in f.get("state", []):
        if not state_holds(st, s):
            return False
    for st in f.get("not_state", []):
        if state_holds(st, s):
            return False
    for el in f.get("missing", []):
        if el not in c["missing"]:
            return False
    if "reason" in f and f["reason"] not in s["reasons"]:
        return False
    if "compliance" in f and c["compliance"] != f["compliance"]:
        return False
    if "expected_before" in f or "expected_after" in f:
        p = period(s["expected_date"])
        if p is None:
            return False
        if "expected_before" in f and not p[1] < date.fromisoformat(f["expected_before"]):
            return False
        if "expected_after" in f and not p[0] > date.fromisoformat(f["expected_after"]):
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
    return sorted(s["gemeente"] for s in STATUS if matches(f, s))


def fact_value(g, fact, day=None):
    s = BY_NAME[g]
    c = s["case"]
    if fact == "places":
        return s["realised_total"]
    if fact == "expected":
        return s["expected_date"]
    if fact == "owner":
        return c["owner"] if c else None
    if fact == "missing":
        return c["missing"] if c else None
    if fact == "termijn":
        return c["termijn"] if c else None
    if fact == "reply":
        return {"reply_at": c["reply_at"], "reply_on_time": c["reply_on_time"]} if c else None
    if fact == "reasons":
        return s["reasons"]
    if fact == "trede":
        return c["trede"] if c else None
    if fact == "compliance":
        return c["compliance"] if c else None
    if fact == "wrote":
        msgs = s["messages"]  # newest first
        if day:
            msgs = [m for m in msgs if m["received_at"][:10] == day]
        if not msgs:
            return None
        m = msgs[0]
        return {"received": m["received_at"][:10], "kind": m["kind"], "subject": m["subject"],
                "missing": m["missing"]}
    raise ValueError(fact)


def status_value(g):
    s = BY_NAME[g]
    c = s["case"]
    if c is None:
        return {"gemeente": g, "case": None}
    return {"gemeente": g, "trede": c["trede"], "state": c["state"], "owner": c["owner"],
            "compliance": c["compliance"], "termijn": c["termijn"], "missing": c["missing"]}


Q = []


def q(id, text, intent, filters, meaning, as_staff, after=()):
    Q.append(dict(id=id, q=text, intent=intent, filters=filters, meaning=meaning,
                  as_staff=as_staff, after=list(after)))


# ---------------------------------------------------------------- A: director, voice-typed (Marieke)
A = MARIEKE
q(17001, "eh even kijken hoeveel gemeenten in gelderland hebben eh nog steeds niet gereageerd terwijl de termijn al voorbij is zeg maar",
  "count", {"province": "Gelderland", "state": ["no_reply"]},
  "Number of Gelderland cases with no reply after the termijn.", A)
q(17002, "en welke zijn dat dan", "list", {"province": "Gelderland", "state": ["no_reply"]},
  "Follow-up: list the same Gelderland cases without reply.", A, [17001])
q(17003, "en hoeveel waren dat ook alweer in overijssel", "count", {"province": "Overijssel", "state": ["no_reply"]},
  "Follow-up: same count, province replaced by Overijssel.", A, [17001, 17002])
q(17004, "hoe staat het eigenlijk met lelie stad", "status", {"gemeente": "Lelystad"},
  "Status of Lelystad (speech recognition split the name).", A)
q(17005, "eh welke gemeenten zitten er nu in trede drie zeg maar", "list", {"trede": 3},
  "All cases on trede 3.", A)
q(17006, "en wie heeft die eigenlijk", "list", {"trede": 3},
  "Follow-up: who owns those trede-3 cases; the same list (the answer shows the owners).", A, [17005])
q(17007, "hoeveel van mijn eigen zaken staan eh op trede drie", "count", {"owner": "Marieke", "trede": 3},
  "Number of the asker's (Marieke's) cases on trede 3.", A)
q(17008, "wanneer verwacht eh hardewijk klaar te zijn", "fact", {"gemeente": "Harderwijk", "fact": "expected"},
  "Expected date of Harderwijk (misheard as 'hardewijk').", A)
q(17009, "en hoeveel plekken hebben ze daar nu gerealiseerd", "fact", {"gemeente": "Harderwijk", "fact": "places"},
  "Follow-up: realised places in Harderwijk.", A, [17008])
q(17010, "welke gemeenten in het noorden voldoen eh helemaal niet zeg maar", "list",
  {"province": NORTH, "compliance": "voldoet_niet"},
  "Cases in Drenthe, Friesland and Groningen that do not comply.", A)
q(17011, "hoeveel waren dat ook alweer", "count", {"province": NORTH, "compliance": "voldoet_niet"},
  "Follow-up: the count of that same list.", A, [17010])
q(17012, "eh welke gemeenten hebben gezegd dat ze pas na de zomer van 2027 klaar zijn", "list",
  {"expected_after": "2027-08-31"},
  "Cases whose expected date starts after summer 2027 (after 31 August 2027).", A)
q(17013, "wat heeft eh den bosch als laatste gestuurd", "fact", {"gemeente": "'s-Hertogenbosch", "fact": "wrote"},
  "The latest message of 's-Hertogenbosch.", A)
q(17014, "en wat ontbrak er in die laatste", "fact", {"gemeente": "'s-Hertogenbosch", "fact": "missing"},
  "Follow-up: what is missing for 's-Hertogenbosch ('die laatste' = that latest message).", A, [17013])
q(17015, "hoeveel zaken hebben we eigenlijk op trede twee in brabant", "count",
  {"trede": 2, "province": "Noord-Brabant"}, "Number of Noord-Brabant cases on trede 2.", A)
q(17016, "en de limburgse", "count", {"trede": 2, "province": "Limburg"},
  "Follow-up: same count for Limburg.", A, [17015])
q(17017, "en hoeveel daarvan hebben ook eh onvolledig gereageerd", "count",
  {"trede": 2, "province": "Limburg", "state": ["incomplete"]},
  "Follow-up: of the Limburg trede-2 cases, those whose answer is incomplete.", A, [17015, 17016])
q(17018, "welke zeeuwse gemeenten zijn eh te laat zeg maar", "clarify", {"province": "Zeeland"},
  "Bare 'te laat' (no reply after the termijn, or a late reply?): ask back.", A)
q(17019, "zeg welke gemeenten hebben om uitstel gevraagd eh waar we nog niks op gezegd hebben", "list",
  {"state": ["extended"]}, "Cases with an extension request still to be answered.", A)
q(17020, "eh hoe zit het met utrecht", "clarify", {},
  "Utrecht is both a province and a municipality: ask back.", A)
q(17021, "kun je me even de top vijf geven van gemeenten met de grootste achterstand", "unknown", {},
  "A ranking: the bot cannot rank, says so.", A)
q(17022, "hoeveel gemeenten in zeeland en eh zuid holland hebben te laat gereageerd", "count",
  {"province": ["Zeeland", "Zuid-Holland"], "state": ["late"]},
  "Number of cases in Zeeland or Zuid-Holland whose reply came after the termijn.", A)
q(17023, "welke gemeenten hebben eh bezwaarprocedures lopen zeg maar", "list", {"reason": "objection_procedure"},
  "Cases that name an objection procedure as a reason.", A)
q(17024, "en daarvan alleen de brabantse", "list", {"reason": "objection_procedure", "province": "Noord-Brabant"},
  "Follow-up: narrow the objection-procedure list to Noord-Brabant.", A, [17023])
q(17025, "hoeveel plekken heeft eh delfzijl nu", "fact", {"gemeente": "Eemsdelta", "fact": "places"},
  "Realised places for Delfzijl, i.e. Eemsdelta since 2021.", A)

# ---------------------------------------------------------------- B: legal adviser (Ruben)
B = RUBEN
q(17026, "Welke gemeenten hebben noch de stappen noch het tijdpad aangegeven?", "list",
  {"missing": ["steps", "timeline"]}, "Cases missing both the steps and the timeline.", B)
q(17027, "Bij hoeveel gemeenten ontbreken alle drie de elementen, met uitzondering van de zaken in trede 1?", "count",
  {"missing": ["facts", "steps", "timeline"], "not_trede": 1},
  "Number of cases missing facts, steps and timeline, leaving out trede 1.", B)
q(17028, "Welke gemeenten in trede 2 hebben te laat gereageerd, met dien verstande dat Limburg buiten beschouwing blijft?",
  "list", {"trede": 2, "state": ["late"], "not_province": "Limburg"},
  "Trede-2 cases that replied late, Limburg excluded.", B)
q(17029, "Welke gemeenten verwachten vóór 1 april 2027 aan hun taak te voldoen?", "list",
  {"expected_before": "2027-04-01"}, "Cases whose expected date ends before 1 April 2027.", B)
q(17030, "Welke gemeenten verwachten in het eerste kwartaal van 2027 te voldoen?", "list",
  {"expected_after": "2026-12-31", "expected_before": "2027-04-01"},
  "Cases whose expected date lies within Q1 2027.", B)
q(17031, "En in het tweede kwartaal?", "list", {"expected_after": "2027-03-31", "expected_before": "2027-07-01"},
  "Follow-up: the window replaced by Q2 2027.", B, [17030])
q(17032, "Welke gemeenten hebben een verwachte datum opgegeven die inmiddels is verstreken?", "list",
  {"expected_before": DAY}, "Cases whose expected date has already passed (ends before the day asked).", B)
q(17033, "Op welke datum verstreek de reactietermijn van de gemeente Heerlen?", "fact",
  {"gemeente": "Heerlen", "fact": "termijn"}, "The termijn of the Heerlen case.", B)
q(17034, "Heeft de gemeente Heerlen binnen die termijn gereageerd?", "fact", {"gemeente": "Heerlen", "fact": "reply"},
  "Follow-up: when Heerlen replied and whether that was on time.", B, [17033])
q(17035, "Welke gemeenten hebben zowel onvolledig als te laat gereageerd?", "list",
  {"state": ["incomplete", "late"]}, "Cases with an incomplete answer that also came late.", B)
q(17036, "Bij welke gemeenten in trede 2 is de termijn verstreken zonder dat er een reactie is ontvangen, uitgezonderd de gemeenten die uitstel hebben gevraagd?",
  "list", {"trede": 2, "state": ["no_reply"], "not_state": ["extended"]},
  "Trede-2 cases without reply after the termijn, leaving out extension requests.", B)
q(17037, "Welke gemeenten voldoen gedeeltelijk en noemen het woningtekort als reden?", "list",
  {"compliance": "voldoet_gedeeltelijk", "reason": "housing_shortage"},
  "Partly compliant cases that give housing shortage as a reason.", B)
q(17038, "Welke gemeenten voldoen niet aan de taak en wijzen op lokale weerstand, met uitzondering van die in Gelderland en Overijssel?", "list",
  {"compliance": "voldoet_niet", "reason": "local_opposition", "not_province": ["Gelderland", "Overijssel"]},
  "Non-compliant cases citing local opposition, outside Gelderland and Overijssel.", B)
q(17039, "Welke gemeenten hebben een verzoek om uitstel ingediend, Zuid-Holland niet meegerekend?", "list",
  {"state": ["extended"], "not_province": "Zuid-Holland"},
  "Cases with an open extension request, Zuid-Holland left out.", B)
q(17040, "Welke redenen heeft de gemeente Veere opgegeven?", "fact", {"gemeente": "Veere", "fact": "reasons"},
  "The reasons stated by Veere.", B)
q(17041, "Welke elementen ontbreken in de reactie van de gemeente Veere?", "fact",
  {"gemeente": "Veere", "fact": "missing"}, "The elements missing in Veere's answer.", B)
q(17042, "Welke gemeenten in Zeeland hebben zowel tijdig als volledig gereageerd?", "list",
  {"province": "Zeeland", "state": ["complete", "on_time"]},
  "Zeeland cases whose answer is complete and came on time.", B)
q(17043, "Welke gemeenten verwachten tussen 1 maart 2027 en 30 juni 2027 aan de taak te voldoen?", "list",
  {"expected_after": "2027-02-28", "expected_before": "2027-07-01"},
  "Cases whose expected date lies wholly within 1 March - 30 June 2027.", B)
q(17044, "Bij welke gemeenten verstreek de termijn tussen 1 en 30 juni 2026 zonder dat er een reactie is ontvangen?", "list",
  {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30", "state": ["no_reply"]},
  "Cases whose termijn fell in June 2026 and that have not replied.", B)
q(17045, "Welke zaken zijn thans opgeschort?", "list", {"state": ["suspended"]},
  "Suspended cases (none in this register).", B)
q(17046, "Welke gemeenten in Zuid-Holland hebben gereageerd, uitgezonderd de gemeenten die te laat waren?", "list",
  {"province": "Zuid-Holland", "state": ["answered"], "not_state": ["late"]},
  "Zuid-Holland cases that replied, leaving out late replies.", B)
q(17047, "Welke gemeenten in de provincie Utrecht hebben gereageerd maar de feiten en omstandigheden niet vermeld?", "list",
  {"province": "Utrecht", "state": ["answered"], "missing": ["facts"]},
  "Utrecht-province cases that replied without the facts element.", B)
q(17048, "Hoeveel Brabantse gemeenten voldoen gedeeltelijk, uitgezonderd Breda en Tilburg?", "count",
  {"province": "Noord-Brabant", "compliance": "voldoet_gedeeltelijk", "not_gemeente": ["Breda", "Tilburg"]},
  "Number of partly compliant Noord-Brabant cases other than Breda and Tilburg.", B)
q(17049, "Voldoet de gemeente Bergen op Zoom aan haar wettelijke taak?", "fact",
  {"gemeente": "Bergen op Zoom", "fact": "compliance"}, "Compliance of Bergen op Zoom.", B)
q(17050, "Welke gemeenten zonder behandelaar hebben een brief die onbestelbaar retour is gekomen?", "list",
  {"no_owner": True, "letter_undelivered": True},
  "Unowned cases whose latest letter came back undelivered.", B)

# ---------------------------------------------------------------- C: intern data check (types in Marieke's console)
C = MARIEKE
q(17051, "lijst trede 3 zeeland", "list", {"trede": 3, "province": "Zeeland"},
  "Trede-3 cases in Zeeland (none).", C)
q(17052, "aantal zonder behandelaaar", "count", {"no_owner": True}, "Number of cases without an owner (typo).", C)
q(17053, "status apeldoorn", "status", {"gemeente": "Apeldoorn"}, "Status of Apeldoorn.", C)
q(17054, "welke gemeentes zijn overdue", "list", {"state": ["no_reply"]},
  "Cases with no reply after the termijn ('overdue').", C)
q(17055, "idem NB", "list", {"state": ["no_reply"], "province": "Noord-Brabant"},
  "Follow-up: the same, Noord-Brabant only.", C, [17054])
q(17056, "aantal ZH nog niet gereageerd", "count", {"province": "Zuid-Holland", "state": ["no_reply"]},
  "Number of Zuid-Holland cases without reply after the termijn.", C)
q(17057, "Gld trede 1 lijst", "list", {"province": "Gelderland", "trede": 1}, "Gelderland cases on trede 1.", C)
q(17058, "welke gemeentes missen de timeline", "list", {"missing": ["timeline"]},
  "Cases missing the timeline element.", C)
q(17059, "idem Fr", "list", {"missing": ["timeline"], "province": "Friesland"},
  "Follow-up: the same, Friesland only.", C, [17058])
q(17060, "aantal dat voldoet", "count", {"compliance": "voldoet"}, "Number of compliant cases.", C)
q(17061, "trede rijssen holten?", "fact", {"gemeente": "Rijssen-Holten", "fact": "trede"},
  "Trede of Rijssen-Holten.", C)
q(17062, "exp datum brielle?", "fact", {"gemeente": "Voorne aan Zee", "fact": "expected"},
  "Expected date for Brielle, i.e. Voorne aan Zee since 2023.", C)
q(17063, "lijst zaken van Ruben", "list", {"owner": "Ruben"}, "Cases owned by Ruben.", C)
q(17064, "Ov + Gld incompleet", "list", {"province": ["Gelderland", "Overijssel"], "state": ["incomplete"]},
  "Incomplete answers in Overijssel or Gelderland.", C)
q(17065, "Amstrdam status", "status", {"gemeente": "Amsterdam"},
  "Status of Amsterdam (typo guessed); there is no case.", C)
q(17066, "aantal onbeantwoord excl. uitstelverzoeken", "count",
  {"state": ["unanswered"], "not_state": ["extended"]},
  "Number of cases not (yet) answered, leaving out open extension requests.", C)
q(17067, "lijst reden COA", "list", {"reason": "coa_dependency"},
  "Cases that give dependence on the COA as a reason.", C)
q(17068, "hoe wijs ik een zaak toe?", "help", {}, "How to assign a case: help.", C)
q(17069, "lijst Fr trede 2 zonder behandelaar", "list", {"province": "Friesland", "trede": 2, "no_owner": True},
  "Unowned trede-2 cases in Friesland.", C)
q(17070, "welke gemeenten hebben geen locatie als reden", "list", {"reason": "no_location"},
  "Cases that give 'no location' as a reason.", C)
q(17071, "idem maar alleen NH", "list", {"reason": "no_location", "province": "Noord-Holland"},
  "Follow-up: the same, Noord-Holland only.", C, [17070])
q(17072, "lijst Lim zonder behandelaar, maar niet trede 1", "list", {"province": "Limburg", "no_owner": True, "not_trede": 1},
  "Unowned Limburg cases, trede 1 left out.", C)
q(17073, "status sudwest fryslan", "status", {"gemeente": "Súdwest-Fryslân"},
  "Status of Súdwest-Fryslân (written without diacritics).", C)
q(17074, "wat stuurde Ede op 4 mei?", "fact", {"gemeente": "Ede", "fact": "wrote", "date": "2026-05-04"},
  "What Ede sent on 4 May (2026, the latest 4 May before the day asked).", C)
q(17075, "zijn er meer overdue in Gld dan in Ov?", "unknown", {},
  "A comparison between provinces: the bot cannot compare, says so.", C)

# ---------------------------------------------------------------- D: covering for sick Joost (Femke)
D = FEMKE
q(17076, "Joost is ziek. Wat ligt er allemaal bij Joost?", "list", {"owner": "Joost"},
  "All cases owned by Joost.", D)
q(17077, "hoeveel daarvan hebben nog niet gereageerd?", "count", {"owner": "Joost", "state": ["no_reply"]},
  "Follow-up: how many of Joost's cases have no reply after the termijn.", D, [17076])
q(17078, "en welke zijn dat?", "list", {"owner": "Joost", "state": ["no_reply"]},
  "Follow-up: list them.", D, [17076, 17077])
q(17079, "welke termijnen van Joost verlopen deze week?", "list",
  {"owner": "Joost", "termijn_from": "2027-01-04", "termijn_to": "2027-01-10"},
  "Joost's cases with a termijn this week (none).", D)
q(17080, "en volgende week?", "list", {"owner": "Joost", "termijn_from": "2027-01-11", "termijn_to": "2027-01-17"},
  "Follow-up: the same for next week (none).", D, [17079])
q(17081, "welke zaken van Joost hadden hun termijn in november?", "list",
  {"owner": "Joost", "termijn_from": "2026-11-01", "termijn_to": "2026-11-30"},
  "Joost's cases with a termijn in November (the nearest November: 2026).", D)
q(17082, "wat schreef Epe het laatst?", "fact", {"gemeente": "Epe", "fact": "wrote"},
  "Epe's latest message.", D)
q(17083, "en wat ontbreekt daar nog?", "fact", {"gemeente": "Epe", "fact": "missing"},
  "Follow-up: what is missing for Epe.", D, [17082])
q(17084, "wat moet ik deze week?", "list", {"owner": "Femke", "termijn_from": "2027-01-04", "termijn_to": "2027-01-10"},
  "The asker's (Femke's) cases with a termijn this week (none).", D)
q(17085, "mijn zaken", "list", {"owner": "Femke"}, "The asker's cases.", D)
q(17086, "welke zaken van Joost zijn onvolledig beantwoord?", "list", {"owner": "Joost", "state": ["incomplete"]},
  "Joost's cases whose answer misses elements.", D)
q(17087, "wat is de laatste mail van Deventer?", "fact", {"gemeente": "Deventer", "fact": "wrote"},
  "Deventer's latest message.", D)
q(17088, "wat heeft Raalte als laatste gestuurd?", "fact", {"gemeente": "Raalte", "fact": "wrote"},
  "Raalte's latest message (a question, not a reply).", D)
q(17089, "welke termijnen bij Joost liepen af in oktober 2026?", "list",
  {"owner": "Joost", "termijn_from": "2026-10-01", "termijn_to": "2026-10-31"},
  "Joost's cases with a termijn in October 2026.", D)
q(17090, "welke zaken van Joost hebben om uitstel gevraagd?", "list", {"owner": "Joost", "state": ["extended"]},
  "Joost's cases with an open extension request.", D)
q(17091, "hoeveel zaken in de Randstad hebben nog niet gereageerd?", "clarify", {"state": ["no_reply"]},
  "'De Randstad' has no fixed border: ask back.", D)
q(17092, "welke zaken heeft Joost in Overijssel?", "list", {"owner": "Joost", "province": "Overijssel"},
  "Joost's cases in Overijssel.", D)
q(17093, "wat schreef Nijmegen als laatste?", "fact", {"gemeente": "Nijmegen", "fact": "wrote"},
  "Nijmegen's latest message.", D)
q(17094, "en wanneer verwachten ze klaar te zijn?", "fact", {"gemeente": "Nijmegen", "fact": "expected"},
  "Follow-up: Nijmegen's expected date.", D, [17093])
q(17095, "welke zaken van Joost op trede 2 hebben te laat gereageerd?", "list",
  {"owner": "Joost", "trede": 2, "state": ["late"]}, "Joost's trede-2 cases that replied late.", D)
q(17096, "welke gemeenten in Zuid-Nederland verwachten vóór 1 maart klaar te zijn?", "list",
  {"province": SOUTH, "expected_before": "2027-03-01"},
  "Cases in Limburg, Noord-Brabant or Zeeland whose expected date ends before 1 March (2027, ahead).", D)
q(17097, "hoeveel zaken van Joost in Gelderland zijn nog zonder reactie terwijl de termijn voorbij is?", "count",
  {"owner": "Joost", "province": "Gelderland", "state": ["no_reply"]},
  "Number of Joost's Gelderland cases without reply after the termijn.", D)
q(17098, "wie verwacht deze maand te voldoen?", "list",
  {"expected_after": "2026-12-31", "expected_before": "2027-02-01"},
  "Cases whose expected date lies in January 2027 (the month of the day asked).", D)
q(17099, "welke redenen noemt Tiel?", "fact", {"gemeente": "Tiel", "fact": "reasons"},
  "Reasons stated by Tiel (none found).", D)


def main():
    out = []
    ids = set()
    for x in Q:
        assert x["id"] not in ids, x["id"]
        ids.add(x["id"])
        f = x["filters"]
        rec = {"id": x["id"], "q": x["q"], "intent": x["intent"], "filters": f}
        if x["intent"] in ("list", "count"):
            g = select(f)
            rec["expected_gemeenten"], rec["count"] = g, len(g)
        else:
            rec["expected_gemeenten"], rec["count"] = [], None
        rec["after"] = x["after"]
        rec["as_staff"] = x["as_staff"]
        rec["on"] = DAY
        rec["meaning"] = x["meaning"]
        if x["intent"] == "fact":
            rec["expected_fact"] = fact_value(f["gemeente"], f["fact"], f.get("date"))
        elif x["intent"] == "status":
            rec["expected_fact"] = status_value(f["gemeente"])
        else:
            rec["expected_fact"] = None
        for a in x["after"]:
            assert a in ids and a < x["id"], (x["id"], a)
        out.append(rec)
    with open("questions.jsonl", "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(out), "questions written")


if __name__ == "__main__":
    main()
