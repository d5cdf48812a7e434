#!/usr/bin/env python3
"""Blind question set q4 for `spreidingsbot ask --json --on 2026-12-07`.

Every expected answer is computed here from due.json and status.json only (the register's
`due --on 2026-12-07 --json` and `status NAME --json` output), following the README's `ask --json`
filter contract.  Re-run: `python3 expected.py` rewrites questions.jsonl.

Semantics used (README, "ask --json output"):
  base set         every municipality with a case (status.json)
  province         status.province
  trede            case.trede
  owner            case.owner (the behandelaar's name); `mijn` = the --as person
  no_owner         case.owner is null
  state (AND over the list)
     no_reply      gemeente listed in due.json as section=overdue, kind=no_reply
     unanswered    not case.answered            answered   case.answered
     late          case.reply_on_time is false  on_time    case.reply_on_time is true
     incomplete    case.state == answered_incomplete
     complete      case.state == answered_complete
     suspended     case.suspended
     extended      case.extension_requested (no extension was granted in this register)
  missing          every listed element is in case.missing
  reason           the code is in status.reasons
  compliance       case.compliance
  expected_before  the expected period (status.expected_date) ENDS strictly before the date
  expected_after   the expected period STARTS strictly after the date; cases without a date drop out
  termijn_from/to  case.termijn within [from, to], inclusive; cases without a termijn drop out
"""
import calendar
import json
import os
from datetime import date, datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ON = "2026-12-07"
TZ = ZoneInfo("Europe/Amsterdam")

STATUS = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
DUE = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
NO_REPLY = {d["gemeente"] for d in DUE if d["section"] == "overdue" and d["kind"] == "no_reply"}

# staff set up by setup_owners.sh (Telegram ids, accepted by --as)
STAFF = {"100000001": "Fatima", "100000002": "Anna", "100000003": "Pieter", "100000004": "Joost"}


def period(s):
    """expected_date string -> (first day, last day)."""
    if s is None:
        return None
    if len(s) == 10:
        d = date.fromisoformat(s)
        return d, d
    y = int(s[:4])
    rest = s[5:]
    if rest.startswith("Q"):
        q = int(rest[1])
        m1, m2 = 3 * q - 2, 3 * q
    elif rest.startswith("H"):
        h = int(rest[1])
        m1, m2 = (1, 6) if h == 1 else (7, 12)
    else:
        m1 = m2 = int(rest)
    return date(y, m1, 1), date(y, m2, calendar.monthrange(y, m2)[1])


def state_ok(name, v, st):
    c = v["case"]
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


def matches(name, v, f):
    c = v["case"]
    if "gemeente" in f and name != f["gemeente"]:
        return False
    if "province" in f and v["province"] != f["province"]:
        return False
    if "trede" in f and c["trede"] != f["trede"]:
        return False
    if "owner" in f and c["owner"] != f["owner"]:
        return False
    if f.get("no_owner") and c["owner"] is not None:
        return False
    for st in f.get("state", []):
        if not state_ok(name, v, st):
            return False
    for el in f.get("missing", []):
        if el not in c["missing"]:
            return False
    if "reason" in f and f["reason"] not in v["reasons"]:
        return False
    if "compliance" in f and c["compliance"] != f["compliance"]:
        return False
    if "expected_before" in f or "expected_after" in f:
        p = period(v["expected_date"])
        if p is None:
            return False
        if "expected_before" in f and not p[1] < date.fromisoformat(f["expected_before"]):
            return False
        if "expected_after" in f and not p[0] > date.fromisoformat(f["expected_after"]):
            return False
    if "termijn_from" in f or "termijn_to" in f:
        if c["termijn"] is None:
            return False
        t = c["termijn"]
        if "termijn_from" in f and t < f["termijn_from"]:
            return False
        if "termijn_to" in f and t > f["termijn_to"]:
            return False
    return True


def local_date(iso):
    return datetime.fromisoformat(iso).astimezone(TZ).date().isoformat() if iso else None


def fact_value(name, fact, sub=None, day=None):
    v = STATUS[name]
    c = v["case"]
    if fact == "places":
        return {"realised": v["realised_total"], "planned": v["planned_total"]}[sub] if sub else \
            {"realised": v["realised_total"], "planned": v["planned_total"]}
    if fact == "expected":
        return v["expected_date"]
    if fact == "owner":
        return c["owner"]
    if fact == "missing":
        return c["missing"]
    if fact == "termijn":
        return c["termijn"]
    if fact == "reply":
        return {"reply_on": local_date(c["reply_at"]), "reply_on_time": c["reply_on_time"]}
    if fact == "reasons":
        return v["reasons"]
    if fact == "trede":
        return c["trede"]
    if fact == "compliance":
        return c["compliance"]
    if fact == "wrote":
        return [{"kind": m["kind"], "subject": m["subject"]} for m in v["messages"]
                if local_date(m["received_at"]) == day]
    raise ValueError(fact)


# ---------------------------------------------------------------------------------------------
# The questions.  (id, question, intent, filters, after-ids, as_staff, meaning[, fact spec])
# fact spec: (fact key in filters, sub) ; for `wrote` the date is filters["date"].
# ---------------------------------------------------------------------------------------------
GLD, LB, ZL, FR, NH, ZH, NB = "Gelderland", "Limburg", "Zeeland", "Friesland", "Noord-Holland", "Zuid-Holland", "Noord-Brabant"
OV, DR, GR, UT, FL = "Overijssel", "Drenthe", "Groningen", "Utrecht", "Flevoland"

Q = []


def q(id, text, intent, filters=None, after=(), as_staff=None, meaning="", sub=None, gemeenten=None):
    Q.append(dict(id=id, q=text, intent=intent, filters=filters or {}, after_ids=list(after),
                  as_staff=as_staff, meaning=meaning, sub=sub, fixed=gemeenten))


# --- conversation A: status, follow-up name, follow-up "wat ontbreekt daar" --------------------
q(4001, "hoe staat Heemskerk ervoor?", "status", {"gemeente": "Heemskerk"},
  meaning="Status of the Heemskerk case.")
q(4002, "en Heerlen?", "status", {"gemeente": "Heerlen"}, after=[4001],
  meaning="Follow-up: the same status question for Heerlen.")
q(4003, "en wat ontbreekt daar?", "fact", {"gemeente": "Heerlen", "fact": "missing"}, after=[4001, 4002],
  meaning="Follow-up: which elements are missing for Heerlen (the municipality of the previous turn).")

# --- conversation B: list no_reply per province, then "en in X?" ------------------------------
q(4004, "welke Gelderse gemeenten hebben de termijn laten verlopen zonder te reageren", "list",
  {"state": ["no_reply"], "province": GLD},
  meaning="Gelderland municipalities with no reply and the termijn passed.")
q(4005, "en in Limburg?", "list", {"state": ["no_reply"], "province": LB}, after=[4004],
  meaning="Follow-up: same (no_reply) for Limburg.")
q(4006, "en in zeeland", "list", {"state": ["no_reply"], "province": ZL}, after=[4004, 4005],
  meaning="Follow-up: same (no_reply) for Zeeland.")

# --- conversation C: places fact, follow-up names (one a former municipality) ------------------
q(4007, "Hoeveel opvangplekken heeft Tilburg inmiddels gerealiseerd?", "fact",
  {"gemeente": "Tilburg", "fact": "places"}, sub="realised",
  meaning="Realised places of Tilburg (status realised_total).")
q(4008, "en Nijmegen?", "fact", {"gemeente": "Nijmegen", "fact": "places"}, after=[4007], sub="realised",
  meaning="Follow-up: realised places of Nijmegen.")
q(4009, "en Uden?", "fact", {"gemeente": "Maashorst", "fact": "places"}, after=[4007, 4008], sub="realised",
  meaning="Follow-up: realised places for Uden, merged into Maashorst (answer about Maashorst with a note).")

# --- conversation D: count, then province follow-up -------------------------------------------
q(4010, "hoeveel gemeenten voldoen gedeeltelijk?", "count", {"compliance": "voldoet_gedeeltelijk"},
  meaning="Number of cases whose compliance is voldoet_gedeeltelijk.")
q(4011, "en in Overijssel?", "count", {"compliance": "voldoet_gedeeltelijk", "province": OV}, after=[4010],
  meaning="Follow-up: the same count restricted to Overijssel.")

# --- conversation E: owner fact, name follow-up, missing follow-up -----------------------------
q(4012, "wie behandelt Zeewolde eigenlijk?", "fact", {"gemeente": "Zeewolde", "fact": "owner"},
  meaning="Owner (behandelaar) of the Zeewolde case.")
q(4013, "en Coevorden?", "fact", {"gemeente": "Coevorden", "fact": "owner"}, after=[4012],
  meaning="Follow-up: owner of the Coevorden case.")
q(4014, "en wat ontbreekt daar?", "fact", {"gemeente": "Coevorden", "fact": "missing"}, after=[4012, 4013],
  meaning="Follow-up: missing elements of Coevorden.")

# --- conversation F: missing timeline per province ---------------------------------------------
q(4015, "welke gem. in N-Br missen het tijdpad", "list", {"missing": ["timeline"], "province": NB},
  meaning="Noord-Brabant cases whose timeline element is missing.")
q(4016, "en in Drenthe?", "list", {"missing": ["timeline"], "province": DR}, after=[4015],
  meaning="Follow-up: cases missing the timeline in Drenthe.")

# --- conversation G: expected date fact, name follow-up ----------------------------------------
q(4017, "wanneer denkt Delft aan de taak te voldoen?", "fact", {"gemeente": "Delft", "fact": "expected"},
  meaning="Expected date by which Delft meets its task.")
q(4018, "en Vlissingen?", "fact", {"gemeente": "Vlissingen", "fact": "expected"}, after=[4017],
  meaning="Follow-up: expected date of Vlissingen.")

# --- conversation H: mijn zaken, province follow-up --------------------------------------------
q(4019, "mijn zaken", "list", {"owner": "Anna"}, as_staff="100000002",
  meaning="Cases owned by the asking staff member (Anna).")
q(4020, "en in Gelderland?", "list", {"owner": "Anna", "province": GLD}, after=[4019], as_staff="100000002",
  meaning="Follow-up: Anna's cases in Gelderland.")

# --- states × provinces -----------------------------------------------------------------------
q(4021, "welke gemeenten in Fryslân hebben nog niet gereageerd terwijl de termijn al voorbij is", "list",
  {"state": ["no_reply"], "province": FR},
  meaning="Friesland (written Fryslân) municipalities with no reply after the termijn passed.")
q(4022, "Zeeuwse gemeenten die te laat gereageerd hebben", "list", {"state": ["late"], "province": ZL},
  meaning="Zeeland municipalities whose reply came after the termijn.")
q(4023, "wie heeft er op tijd gereageerd in gld.", "list", {"state": ["on_time"], "province": GLD},
  meaning="Gelderland municipalities that replied by the termijn.")
q(4024, "welke gemeentes in Zuid-Holland hebben een onvolledige reactie gestuurd?", "list",
  {"state": ["incomplete"], "province": ZH},
  meaning="Zuid-Holland cases in state answered_incomplete.")
q(4025, "volledige reacties uit Limburg", "list", {"state": ["complete"], "province": LB},
  meaning="Limburg cases in state answered_complete.")
q(4026, "Welke zaken staan op dit moment opgeschort?", "list", {"state": ["suspended"]},
  meaning="Suspended cases (none in this register: expected empty).")
q(4027, "bij welke gemeenten loopt er nog een verzoek om uitstel", "list", {"state": ["extended"]},
  meaning="Cases with an extension requested and still to be answered (or extended).")
q(4028, "kun je me even vertellen welke gemeenten in Zuid Holland uitstel hebben gevraagd?", "list",
  {"state": ["extended"], "province": ZH},
  meaning="Zuid-Holland cases with an extension asked/granted.")
q(4029, "Welke Noord-Hollandse gemeenten hebben wel gereageerd?", "list", {"state": ["answered"], "province": NH},
  meaning="Noord-Holland cases where the municipality answered the current letter (case.answered).")
q(4030, "welke Drentse gemeenten hebben nog helemaal geen reactie gestuurd, ook als er geen termijn verstreken is",
  "list", {"state": ["unanswered"], "province": DR},
  meaning="Drenthe cases with no reply yet, whatever the termijn (state unanswered).")
q(4031, "welke gemeenten in limburg hebben te laat gereageerd en missen het tijdpad", "list",
  {"state": ["late"], "missing": ["timeline"], "province": LB},
  meaning="Limburg: reply after the termijn and timeline missing (voice-typed, no punctuation).")
q(4032, "Gelderse trede 2 gemeenten die te laat reageerden", "list",
  {"province": GLD, "trede": 2, "state": ["late"]},
  meaning="Gelderland, trede 2, reply came late.")

# --- trede ------------------------------------------------------------------------------------
q(4033, "trede 3 gemeenten", "list", {"trede": 3}, meaning="All cases at trede 3 (terse).")
q(4034, "welke zaken zitten in Gelderland nog in trede 1?", "list", {"trede": 1, "province": GLD},
  meaning="Gelderland cases at trede 1.")
q(4035, "trede 2 gemeenten in de provincie Utrecht die niet voldoen", "list",
  {"trede": 2, "province": UT, "compliance": "voldoet_niet"},
  meaning="Province Utrecht, trede 2, compliance voldoet_niet.")

# --- missing elements -------------------------------------------------------------------------
q(4036, "welke gemeenten missen zowel de stappen als het tijdpad?", "list", {"missing": ["steps", "timeline"]},
  meaning="Cases missing both steps and timeline.")
q(4037, "welke gemeenten hebben geen feiten en omstandigheden aangeleverd", "list", {"missing": ["facts"]},
  meaning="Cases whose facts element is missing (negation).")
q(4038, "Overijsselse gemeenten waar de stappen ontbreken", "list", {"missing": ["steps"], "province": OV},
  meaning="Overijssel cases missing steps.")
q(4039, "bij welke gemeentes ontbreken de feiten én het tijdpad", "list", {"missing": ["facts", "timeline"]},
  meaning="Cases missing both facts and timeline.")
q(4040, "welke gemeenten in Flevoland hebben nog geen tijdpad gegeven", "list",
  {"missing": ["timeline"], "province": FL},
  meaning="Flevoland cases missing the timeline (negation 'nog geen tijdpad').")

# --- reasons ----------------------------------------------------------------------------------
q(4041, "waar loopt een bezwaarprocedure?", "list", {"reason": "objection_procedure"},
  meaning="Cases with reason objection_procedure.")
q(4042, "welke gemeenten kunnen geen geschikte locatie vinden", "list", {"reason": "no_location"},
  meaning="Cases with reason no_location.")
q(4043, "bij wie loopt de vergunningsprocedure nog", "list", {"reason": "permit_procedure"},
  meaning="Cases with reason permit_procedure.")
q(4044, "waar zijn in Limburg opvangplekken weggevallen", "list", {"reason": "places_lost", "province": LB},
  meaning="Limburg cases with reason places_lost.")
q(4045, "welke gemeenten noemen het woningtekort als reden", "list", {"reason": "housing_shortage"},
  meaning="Cases with reason housing_shortage.")
q(4046, "welke gemeenten wachten op een besluit van de gemeenteraad", "list", {"reason": "council_decision"},
  meaning="Cases with reason council_decision.")
q(4047, "waar speelt weerstand uit de buurt", "list", {"reason": "local_opposition"},
  meaning="Cases with reason local_opposition.")
q(4048, "welke gemeentes geven geldgebrek als reden op", "list", {"reason": "finance"},
  meaning="Cases with reason finance.")
q(4049, "wie is afhankelijk van het COA", "list", {"reason": "coa_dependency"},
  meaning="Cases with reason coa_dependency.")

# --- compliance -------------------------------------------------------------------------------
q(4050, "welke gemeenten voldoen volledig aan hun taak", "list", {"compliance": "voldoet"},
  meaning="Cases with compliance voldoet.")
q(4051, "welke gemeentn in Frieslnd voldoen niet", "list", {"compliance": "voldoet_niet", "province": FR},
  meaning="Friesland cases with compliance voldoet_niet (typos).")
q(4052, "welke gemeentes in de provincie Groningen voldoen maar gedeeltelijk?", "list",
  {"compliance": "voldoet_gedeeltelijk", "province": GR},
  meaning="Province Groningen cases with compliance voldoet_gedeeltelijk.")

# --- expected-date windows --------------------------------------------------------------------
q(4053, "welke gemeenten verwachten voor 1 maart aan de taak te voldoen?", "list",
  {"expected_before": "2027-03-01"},
  meaning="Expected date ends before 2027-03-01 (the next 1 March).")
q(4054, "wie verwacht in Q2 2027 klaar te zijn", "list",
  {"expected_after": "2027-03-31", "expected_before": "2027-07-01"},
  meaning="Expected date falls within Q2 2027 (starts after 31 March, ends before 1 July 2027).")
q(4055, "welke gemeenten verwachten pas na 2027 te voldoen", "list", {"expected_after": "2027-12-31"},
  meaning="Expected date starts after 2027 (2028 or later).")
q(4056, "wie denkt in januari rond te zijn", "list",
  {"expected_after": "2026-12-31", "expected_before": "2027-02-01"},
  meaning="Expected date within January 2027 (the next January).")
q(4057, "Zuid-Hollandse gemeenten die vóór de zomer van 2027 verwachten te voldoen", "list",
  {"expected_before": "2027-07-01", "province": ZH},
  meaning="Zuid-Holland cases whose expected date ends before 2027-07-01.")
q(4058, "welke gemeenten verwachten in de tweede helft van 2027 te voldoen", "list",
  {"expected_after": "2027-06-30", "expected_before": "2028-01-01"},
  meaning="Expected date within H2 2027.")
q(4059, "wie verwacht nog voor het eind van dit jaar aan de opgave te voldoen", "list",
  {"expected_before": "2027-01-01"},
  meaning="Expected date ends before 2027-01-01 (includes dates already past).")

# --- termijn windows --------------------------------------------------------------------------
q(4060, "welke termijnen verlopen de komende week?", "list", {"termijn_from": "2026-12-07", "termijn_to": "2026-12-13"},
  meaning="Cases whose termijn falls in the coming week, 7-13 Dec 2026 (none: expected empty).")
q(4061, "welke termijnen liepen in november af", "list", {"termijn_from": "2026-11-01", "termijn_to": "2026-11-30"},
  meaning="Cases whose termijn fell in November 2026 (the past November; any state).")
q(4062, "wie heeft niet gereageerd op een termijn die in oktober 2026 verliep", "list",
  {"state": ["no_reply"], "termijn_from": "2026-10-01", "termijn_to": "2026-10-31"},
  meaning="No reply, termijn passed, termijn in October 2026.")
q(4063, "welke gemeenten moeten binnen twee weken reageren", "list", {"termijn_from": "2026-12-07", "termijn_to": "2026-12-20"},
  meaning="Termijn within the next two weeks, 7-20 Dec 2026 (none: expected empty).")
q(4064, "welke gemeenten staan al in trede 4?", "list", {"trede": 4},
  meaning="Cases at trede 4 (vooraankondiging); none in this register: expected empty.")
q(4065, "termijnen in juni 2026 in Zuid-Holland", "list",
  {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30", "province": ZH},
  meaning="Zuid-Holland cases with a termijn in June 2026.")

# --- owners ----------------------------------------------------------------------------------
q(4066, "zaken van Pieter", "list", {"owner": "Pieter"}, meaning="Cases owned by Pieter.")
q(4067, "welke dossiers heeft Joost onder zich", "list", {"owner": "Joost"}, meaning="Cases owned by Joost.")
q(4068, "laat mijn zaken zien", "list", {"owner": "Joost"}, as_staff="100000004",
  meaning="Cases of the asking staff member (Joost).")
q(4069, "mijn dossiers", "list", {"owner": "Fatima"}, as_staff="100000001",
  meaning="Cases of the asking staff member (Fatima owns none: expected empty).")
q(4070, "welke van mijn gemeenten hebben nog niet gereageerd", "list", {"owner": "Pieter", "state": ["no_reply"]},
  as_staff="100000003", meaning="Pieter's cases with no reply after the termijn.")
q(4071, "welke Limburgse zaken hebben nog geen behandelaar", "list", {"no_owner": True, "province": LB},
  meaning="Limburg cases without an owner.")

# --- counts ----------------------------------------------------------------------------------
q(4072, "hoeveel zaken zijn nog niet toegewezen", "count", {"no_owner": True},
  meaning="Number of cases without an owner.")
q(4073, "hoeveel gemeenten zitten in trede 2", "count", {"trede": 2}, meaning="Number of trede-2 cases.")
q(4074, "hoeveel gemeentes hebben te laat gereageerd?", "count", {"state": ["late"]},
  meaning="Number of cases whose reply came after the termijn.")
q(4075, "aantal gemeenten zonder reactie in N-H na het verstrijken van de termijn", "count",
  {"state": ["no_reply"], "province": NH}, meaning="Number of Noord-Holland no_reply cases.")
q(4076, "hoeveel Brabantse gemeenten noemen bezwaar als reden", "count", {"reason": "objection_procedure", "province": NB},
  meaning="Number of Noord-Brabant cases with reason objection_procedure.")
q(4077, "hoeveel zaken heeft Anna", "count", {"owner": "Anna"}, meaning="Number of Anna's cases.")
q(4078, "Hoe veel gemeenten voldoen er op dit moment niet aan de taak?", "count", {"compliance": "voldoet_niet"},
  meaning="Number of cases with compliance voldoet_niet.")

# --- status with aliases / former names / typos ------------------------------------------------
q(4079, "status van den bosch", "status", {"gemeente": "'s-Hertogenbosch"},
  meaning="Status of 's-Hertogenbosch (alias 'den bosch').")
q(4080, "hoe staat het met Heerhugowaard", "status", {"gemeente": "Dijk en Waard"},
  meaning="Former municipality Heerhugowaard -> status of Dijk en Waard.")
q(4081, "kun je me even vertellen hoe het er met Sudwest Fryslan voor staat?", "status",
  {"gemeente": "Súdwest-Fryslân"}, meaning="Status of Súdwest-Fryslân (spelling without diacritics).")
q(4082, "Tietjerksteradeel stand van zaken", "status", {"gemeente": "Tytsjerksteradiel"},
  meaning="Status of Tytsjerksteradiel (Dutch alias).")
q(4083, "hoe gaat het met Roermnd", "status", {"gemeente": "Roermond"},
  meaning="Status of Roermond (typo, answer says it guessed).")

# --- more facts ------------------------------------------------------------------------------
q(4084, "wat stuurde Breda ons op 4 mei?", "fact", {"gemeente": "Breda", "fact": "wrote", "date": "2026-05-04"},
  meaning="The message(s) Breda sent on 4 May 2026.")
q(4085, "wat heeft Venray op 3 september gestuurd", "fact",
  {"gemeente": "Venray", "fact": "wrote", "date": "2026-09-03"},
  meaning="The message(s) Venray sent on 3 September 2026.")
q(4086, "wanneer verloopt de termijn van Borne", "fact", {"gemeente": "Borne", "fact": "termijn"},
  meaning="Termijn of the Borne case.")
q(4087, "heeft Hilversum op tijd gereageerd?", "fact", {"gemeente": "Hilversum", "fact": "reply"},
  meaning="When Hilversum replied and whether it was on time.")
q(4088, "waarom lukt het Voorschoten niet, welke redenen noemen ze", "fact",
  {"gemeente": "Voorschoten", "fact": "reasons"}, meaning="Reasons given by Voorschoten.")
q(4089, "in welke trede zit Houten", "fact", {"gemeente": "Houten", "fact": "trede"},
  meaning="Trede of the Houten case.")
q(4090, "voldoet Bergen op Zoom aan de taak", "fact", {"gemeente": "Bergen op Zoom", "fact": "compliance"},
  meaning="Compliance of Bergen op Zoom.")
q(4091, "wanneer verwacht Boxmeer te voldoen", "fact", {"gemeente": "Land van Cuijk", "fact": "expected"},
  meaning="Former municipality Boxmeer -> expected date of Land van Cuijk.")

# --- clarify / help / overview / search / unknown ---------------------------------------------
q(4092, "hoe staat Bergen ervoor", "clarify", {}, gemeenten=[],
  meaning="Ambiguous 'Bergen' (L. or NH.): asks back with buttons.")
q(4093, "wie zijn er in Gelderland allemaal te laat", "clarify", {"province": GLD}, gemeenten=[],
  meaning="Bare 'te laat': asks back (no reply after termijn, or late reply).")
q(4094, "wat kan ik je allemaal vragen?", "help", {}, gemeenten=[],
  meaning="Help: the list of what the bot can do.")

q(4095, "hoe zit het met Utrecht?", "clarify", {}, gemeenten=[],
  meaning="Ambiguous 'Utrecht' (municipality or province): asks back with buttons.")
q(4096, "zoek 7785628", "search", {"search": "7785628"}, gemeenten=["Veere"],
  meaning="Search for a letter reference; it appears only in Veere's messages (auto-reply subject).")
q(4097, "zoek op zaaknummer 2614307", "search", {"search": "2614307"}, gemeenten=["Almere"],
  meaning="Search for a municipal case number in a subject (Almere's auto-reply).")
q(4098, "stuur me het overzicht even", "overview", {}, gemeenten=[],
  meaning="The overview chart (/overzicht).")
q(4099, "kun je de koffieautomaat op de derde verdieping laten repareren", "unknown", {}, gemeenten=[],
  meaning="Out of scope: not understood, offers the two nearest things.")
q(4100, "hoe laat begint de teamlunch vrijdag", "unknown", {}, gemeenten=[],
  meaning="Out of scope: not understood.")


def build():
    by_id = {x["id"]: x for x in Q}
    assert len(by_id) == len(Q) == 100, len(Q)
    assert sorted(by_id) == list(range(4001, 4101))
    out = []
    for x in Q:
        f = x["filters"]
        rec = {"id": x["id"], "q": x["q"], "intent": x["intent"]}
        expected_fact = None
        if x["fixed"] is not None:
            gem = list(x["fixed"])
            filters = f
        elif x["intent"] in ("status", "fact"):
            g = f["gemeente"]
            assert g in STATUS, g
            gem = [g]
            filters = f
            if x["intent"] == "fact":
                expected_fact = fact_value(g, f["fact"], x["sub"], f.get("date"))
        else:
            if "owner" in f and x["as_staff"]:
                assert STAFF[x["as_staff"]] == f["owner"]
            gem = sorted(n for n, v in STATUS.items() if matches(n, v, f))
            filters = f
        rec.update({
            "filters": filters,
            "expected_gemeenten": sorted(gem),
            "count": len(gem),
            "after": [by_id[i]["q"] for i in x["after_ids"]],
            "as_staff": x["as_staff"],
            "on": ON,
            "meaning": x["meaning"],
            "expected_fact": expected_fact,
        })
        out.append(rec)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    rows = build()
    from collections import Counter
    print(Counter(r["intent"] for r in rows))
    for r in rows:
        print(r["id"], r["intent"], r["count"], r["q"][:60], "|", r["expected_fact"] if r["expected_fact"] is not None else "")
