#!/usr/bin/env python3
"""Blind question set q15 (ids 15001-15099, asked on 2027-03-15).

The questions, their reading (intent + filters) and the conversation links are written here by hand;
every answer (expected_gemeenten, count, expected_fact) is COMPUTED from due.json and status.json only
(both produced by dump_status.py with the allowed commands). Run:  python3 expected.py
It writes questions.jsonl next to this file and prints a short table.

Filter semantics (the names of the README's `ask --json` section):
  province / not_province   status.province (str or sorted list: case in any of them / in none)
  gemeente / not_gemeente   official CBS name(s)
  trede / not_trede         case.trede
  owner                     case.owner (a name; "mijn" is resolved to the as_staff person's name)
  no_owner                  case.owner is null
  state (all must hold)     no_reply    -> the case appears in due.json as section=overdue, kind=no_reply
                            unanswered  -> case.answered is false
                            answered    -> case.answered is true
                            late        -> case.reply_on_time is false
                            on_time     -> case.reply_on_time is true
                            incomplete  -> case.state == answered_incomplete
                            complete    -> case.state == answered_complete
                            extended    -> case.extension_requested, or a due row with extended=true
                            suspended   -> case.suspended
  not_state                 none of these may hold
  letter_undelivered        case.letter_undelivered
  missing                   every listed element is in case.missing
  reason                    the code is in status.reasons
  compliance                case.compliance
  expected_before/_after    status.expected_date read as a period (day, month, quarter, half year, year):
                            its last day < expected_before, its first day > expected_after (both strict);
                            a case without an expected date never matches
  termijn_from/_to          case.termijn within [from, to] (inclusive)
"""
import calendar
import json
import os
from datetime import date, datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ON = "2027-03-15"
STAFF = {15501: "Hanneke", 15502: "Bram", 15503: "Yasmina", 15504: "Teun"}
HAN, BRAM, YAS, TEUN = 15501, 15502, 15503, 15504

STATUS = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
DUE = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
CASES = {n: v for n, v in STATUS.items() if v.get("case")}
NO_REPLY = {r["gemeente"] for r in DUE if r["section"] == "overdue" and r["kind"] == "no_reply"}
DUE_EXTENDED = {r["gemeente"] for r in DUE if r.get("extended")}
AMS = ZoneInfo("Europe/Amsterdam")

NOORD = ["Drenthe", "Friesland", "Groningen"]  # "Noord-Nederland", "het noorden" (see README.md)
ZUID = ["Limburg", "Noord-Brabant", "Zeeland"]  # "Zuid-Nederland"


def period(s):
    """expected_date string -> (first day, last day)."""
    if s is None:
        return None
    y = int(s[:4])
    rest = s[5:]
    if not rest:
        return date(y, 1, 1), date(y, 12, 31)
    if rest.startswith("Q"):
        q = int(rest[1])
        m1, m2 = 3 * q - 2, 3 * q
        return date(y, m1, 1), date(y, m2, calendar.monthrange(y, m2)[1])
    if rest.startswith("H"):
        h = int(rest[1])
        return (date(y, 1, 1), date(y, 6, 30)) if h == 1 else (date(y, 7, 1), date(y, 12, 31))
    if len(rest) == 2:
        m = int(rest)
        return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
    d = date.fromisoformat(s)
    return d, d


def as_list(x):
    return x if isinstance(x, list) else [x]


def state_holds(name, st):
    v = CASES[name]
    c = v["case"]
    if st == "no_reply":
        return name in NO_REPLY
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
    if st == "extended":
        return bool(c["extension_requested"]) or name in DUE_EXTENDED
    if st == "suspended":
        return bool(c["suspended"])
    raise ValueError(st)


def matches(name, f):
    v = CASES[name]
    c = v["case"]
    if "province" in f and v["province"] not in as_list(f["province"]):
        return False
    if "not_province" in f and v["province"] in as_list(f["not_province"]):
        return False
    if "gemeente" in f and name not in as_list(f["gemeente"]):
        return False
    if "not_gemeente" in f and name in as_list(f["not_gemeente"]):
        return False
    if "trede" in f and c["trede"] != f["trede"]:
        return False
    if "not_trede" in f and c["trede"] in as_list(f["not_trede"]):
        return False
    if "owner" in f and c["owner"] != f["owner"]:
        return False
    if f.get("no_owner") and c["owner"] is not None:
        return False
    if any(not state_holds(name, s) for s in f.get("state", [])):
        return False
    if any(state_holds(name, s) for s in f.get("not_state", [])):
        return False
    if f.get("letter_undelivered") and not c["letter_undelivered"]:
        return False
    if any(m not in c["missing"] for m in f.get("missing", [])):
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


def local_day(ts):
    return datetime.fromisoformat(ts).astimezone(AMS).date().isoformat()


def msg_summary(m):
    return {"date": local_day(m["received_at"]), "kind": m["kind"], "subject": m["subject"]}


def fact_value(f):
    """The value of a per-municipality fact, read from status.json."""
    g = f["gemeente"]
    v = STATUS[g]
    c = v["case"]
    kind = f.get("fact", "status")
    if kind == "status":
        return {"state": c["state"], "trede": c["trede"], "owner": c["owner"],
                "compliance": c["compliance"], "termijn": c["termijn"], "missing": c["missing"]}
    if kind == "owner":
        return c["owner"]
    if kind == "places":
        return {"realised": v["realised_total"], "planned": v["planned_total"], "task": v["task_total"]}
    if kind == "expected":
        return v["expected_date"]
    if kind == "missing":
        return c["missing"]
    if kind == "reasons":
        return v["reasons"]
    if kind == "trede":
        return c["trede"]
    if kind == "compliance":
        return c["compliance"]
    if kind == "termijn":
        if f.get("letter") == "previous":
            letters = sorted(v["letters"], key=lambda l: l["date"])
            return {"letter_date": letters[-2]["date"], "reference": letters[-2]["reference"],
                    "termijn": letters[-2]["deadline"]}
        return c["termijn"]
    if kind == "reply":
        return {"reply_at": local_day(c["reply_at"]) if c["reply_at"] else None,
                "on_time": c["reply_on_time"], "answered": c["answered"], "overdue": c["overdue"]}
    if kind == "wrote":
        msgs = sorted(v["messages"], key=lambda m: m["received_at"])
        if "date" in f:
            return [msg_summary(m) for m in msgs if local_day(m["received_at"]) == f["date"]]
        return msg_summary(msgs[-1]) if msgs else None
    raise ValueError(kind)


# ---------------------------------------------------------------------------------------------------
# The questions. Q(id, as_staff, q, intent, filters, meaning, after=[...])
# For follow-ups the filters are the full reading (carried slots included), not the difference.
Q = []


def q(i, who, text, intent, filters, meaning, after=()):
    Q.append(dict(id=i, q=text, intent=intent, filters=filters, after=list(after), as_staff=who,
                  on=ON, meaning=meaning))


H2_2027 = {"expected_after": "2027-06-30", "expected_before": "2028-01-01"}

# --- Persona 1: team Kamervragen (Hanneke, formal, windows, compliance per province) -------------
q(15001, HAN, "Welke gemeenten verwachten vóór 1 juli 2027 aan hun taakstelling te voldoen?", "list",
  {"expected_before": "2027-07-01"},
  "Cases whose expected date (as a period) ends before 1 July 2027, whatever the year; 2027-07-01 itself is out.")
q(15002, HAN, "Hoeveel daarvan liggen in de provincie Zuid-Holland?", "count",
  {"expected_before": "2027-07-01", "province": "Zuid-Holland"},
  "Follow-up: the same window, narrowed to Zuid-Holland, counted.", after=[15001])
q(15003, HAN, "En hoeveel in de tweede helft van 2027?", "count",
  {"province": "Zuid-Holland", **H2_2027},
  "Follow-up: the window is replaced by H2 2027 (Zuid-Holland and the count are kept).", after=[15001, 15002])
q(15004, HAN, "Welke gemeenten verwachten pas na 2027 aan de wettelijke taak te voldoen?", "list",
  {"expected_after": "2027-12-31"},
  "Cases whose expected date starts in 2028 or later.")
q(15005, HAN, "Hoeveel gemeenten in de provincie Noord-Brabant voldoen niet aan de wettelijke taak?", "count",
  {"province": "Noord-Brabant", "compliance": "voldoet_niet"},
  "Count of Brabant cases with compliance voldoet_niet.")
q(15006, HAN, "En hoeveel voldoen daar gedeeltelijk?", "count",
  {"province": "Noord-Brabant", "compliance": "voldoet_gedeeltelijk"},
  "Follow-up: same province, compliance replaced by voldoet_gedeeltelijk.", after=[15005])
q(15007, HAN, "En in Limburg?", "count",
  {"province": "Limburg", "compliance": "voldoet_gedeeltelijk"},
  "Follow-up: province replaced by Limburg, still voldoet_gedeeltelijk, still a count.", after=[15005, 15006])
q(15008, HAN, "Welke gemeente in Noord-Brabant voldoet volledig aan de taakstelling?", "list",
  {"province": "Noord-Brabant", "compliance": "voldoet"},
  "Brabant cases with compliance voldoet (fully compliant); 'volledig' must not become gedeeltelijk.")
q(15009, HAN, "Welke gemeenten verwachten in het derde kwartaal van 2027 te voldoen?", "list",
  {"expected_after": "2027-06-30", "expected_before": "2027-10-01"},
  "Expected date lies within Q3 2027 (2027-07, 2027-07-01, 2027-09, 2027-Q3 …; not 2027-H2).")
q(15010, HAN, "Bij welke gemeenten is de opgegeven verwachte datum inmiddels verstreken?", "list",
  {"expected_before": "2027-03-15"},
  "Expected date that ended before the day asked (15 March 2027).")
q(15011, HAN, "Welke daarvan voldoen niet?", "list",
  {"expected_before": "2027-03-15", "compliance": "voldoet_niet"},
  "Follow-up: of those, the cases with compliance voldoet_niet.", after=[15010])
q(15012, HAN, "Hoeveel gemeenten hebben pas na het verstrijken van de termijn gereageerd?", "count",
  {"state": ["late"]},
  "Count of cases whose reply came after the termijn (reply_on_time false) – not the cases without reply.")
q(15013, HAN, "Welke gemeenten in de provincie Utrecht hebben tijdig gereageerd?", "list",
  {"province": "Utrecht", "state": ["on_time"]},
  "'provincie Utrecht' decides the province; replies on time.")
q(15014, HAN, "Hoeveel gemeenten bevinden zich thans in trede 3?", "count", {"trede": 3},
  "Count of cases at trede 3.")
q(15015, HAN, "Welke Overijsselse gemeenten in trede 2 voldoen niet?", "list",
  {"province": "Overijssel", "trede": 2, "compliance": "voldoet_niet"},
  "Province adjective + trede + compliance.")
q(15016, HAN, "Welke Zuid-Hollandse gemeenten hebben zowel de genomen stappen als het tijdpad niet aangeleverd?", "list",
  {"province": "Zuid-Holland", "missing": ["steps", "timeline"]},
  "'zowel de stappen als het tijdpad' gives two missing elements, both must be missing (reply or art. 8 notice).")
q(15017, HAN, "Bij hoeveel gemeenten is de toezichtbrief als onbestelbaar retour gekomen?", "count",
  {"letter_undelivered": True}, "Cases whose latest letter bounced (letter_undelivered).")
q(15018, HAN, "Welke Limburgse gemeenten hebben na het verstrijken van de termijn nog altijd niet gereageerd, trede 3 buiten beschouwing gelaten?", "list",
  {"province": "Limburg", "state": ["no_reply"], "not_trede": 3},
  "Limburg, no reply after the termijn, leaving out the cases at trede 3.")
q(15019, HAN, "Hoeveel Gelderse gemeenten voldoen niet aan de taakstelling?", "count",
  {"province": "Gelderland", "compliance": "voldoet_niet"}, "Count, Gelderland, voldoet_niet.")
q(15020, HAN, "En in Overijssel?", "count", {"province": "Overijssel", "compliance": "voldoet_niet"},
  "Follow-up: province replaced.", after=[15019])
q(15021, HAN, "Welke gemeenten voeren een lopende bezwaarprocedure aan als reden voor de vertraging?", "list",
  {"reason": "objection_procedure"}, "Reason code objection_procedure in any parsed reply or notice.")
q(15022, HAN, "Hoeveel gemeenten noemen het ontbreken van een geschikte locatie als oorzaak?", "count",
  {"reason": "no_location"}, "Reason code no_location.")
q(15023, HAN, "Welke Limburgse gemeenten verwachten vóór de zomer van 2027 te voldoen?", "list",
  {"province": "Limburg", "expected_before": "2027-07-01"},
  "'vóór de zomer van 2027' is expected_before 2027-07-01 (periods ending before that day, past ones included).")
q(15024, HAN, "Kunt u een concept-Kamerbrief opstellen over de stand van zaken per provincie?", "unknown", {},
  "Drafting a letter to parliament is not something the bot does; it should say so (and offer nearby things).")
q(15025, HAN, "Hoeveel gemeenten hebben een onvolledige reactie ingediend?", "count", {"state": ["incomplete"]},
  "Count of cases in state answered_incomplete.")
q(15026, HAN, "Welke gemeenten hebben noch de feiten en omstandigheden, noch de genomen stappen, noch een tijdpad aangeleverd?",
  "list", {"missing": ["facts", "steps", "timeline"]},
  "All three elements missing (case.missing holds facts, steps and timeline).")
q(15027, HAN, "Welke gemeenten in Noord-Holland verwachten in het eerste kwartaal van 2027 te voldoen?", "list",
  {"province": "Noord-Holland", "expected_after": "2026-12-31", "expected_before": "2027-04-01"},
  "Noord-Holland, expected date within Q1 2027.")
q(15028, HAN, "Welke Flevolandse gemeenten hebben de termijn laten verstrijken zonder te reageren?", "list",
  {"province": "Flevoland", "state": ["no_reply"]},
  "Flevoland, no reply and termijn passed (includes a case whose earlier letter was answered but the newer one not).")

# --- Persona 2: regionaal coördinator (Yasmina; regions, several provinces, exclusions) ------------
q(15029, YAS, "welke gemeenten in Noord-Nederland hebben nog niet gereageerd?", "list",
  {"province": NOORD, "state": ["no_reply"]},
  "Region word: Noord-Nederland = Groningen, Friesland, Drenthe; no reply, termijn passed.")
q(15030, YAS, "en in Overijssel?", "list", {"province": "Overijssel", "state": ["no_reply"]},
  "Follow-up: the region is replaced by Overijssel.", after=[15029])
q(15031, YAS, "en Gelderland en Flevoland samen?", "list",
  {"province": ["Flevoland", "Gelderland"], "state": ["no_reply"]},
  "Follow-up: two provinces at once, cases in either.", after=[15029, 15030])
q(15032, YAS, "groningen friesland drenthe welke voldoen niet", "list",
  {"province": NOORD, "compliance": "voldoet_niet"},
  "Three provinces listed without commas; voldoet_niet. 'groningen' here is the province (listed with two provinces).")
q(15033, YAS, "en dan zonder Groningen", "list", {"province": ["Drenthe", "Friesland"], "compliance": "voldoet_niet"},
  "Follow-up: the province Groningen dropped from the list (not the municipality Groningen).", after=[15032])
q(15034, YAS, "hoeveel gemeenten zonder reactie, Limburg en Zeeland niet meegeteld", "count",
  {"state": ["no_reply"], "not_province": ["Limburg", "Zeeland"]},
  "Count no_reply cases outside Limburg and Zeeland.")
q(15035, YAS, "onvolledige reacties in gelderland en overijsel", "list",
  {"state": ["incomplete"], "province": ["Gelderland", "Overijssel"]},
  "Terse, typo 'overijsel': incomplete replies in two provinces.")
q(15036, YAS, "welke daarvan missen het tijdpad", "list",
  {"state": ["incomplete"], "province": ["Gelderland", "Overijssel"], "missing": ["timeline"]},
  "Follow-up: of those, the ones whose reply lacks the timeline.", after=[15035])
q(15037, YAS, "Brabant, Limburg en Zeeland: wie heeft er om uitstel gevraagd?", "list",
  {"state": ["extended"], "province": ["Limburg", "Noord-Brabant", "Zeeland"]},
  "Extension requests (open) in three southern provinces; 'Brabant' = Noord-Brabant.")
q(15038, YAS, "hoeveel zaken in het noorden hebben nog geen behandelaar", "count",
  {"province": NOORD, "no_owner": True},
  "Region word 'het noorden' = Groningen, Friesland, Drenthe; cases without owner.")
q(15039, YAS, "mijn zaken", "list", {"owner": "Yasmina"}, "'mijn' = the asker, Yasmina.")
q(15040, YAS, "welke van mijn zaken hebben de termijn laten verlopen zonder reactie", "list",
  {"owner": "Yasmina", "state": ["no_reply"]}, "Own cases with no reply after the termijn.", after=[15039])
q(15041, YAS, "Drentse gem. met een openstaand uitstelverzoek?", "list",
  {"province": "Drenthe", "state": ["extended"]}, "Drenthe, extension asked and not yet decided.")
q(15042, YAS, "hoeveel gemeenten in flevoland en utrecht zitten in trede 3", "count",
  {"province": ["Flevoland", "Utrecht"], "trede": 3},
  "'utrecht' after 'in flevoland en' is the province (a list of provinces, plural 'gemeenten').")
q(15043, YAS, "Gelderland en Overijssel: bij wie is de brief onbestelbaar retour gekomen?", "list",
  {"province": ["Gelderland", "Overijssel"], "letter_undelivered": True},
  "Latest letter bounced, in two provinces.")
q(15044, YAS, "Zuid-Holland, Noordwijk en Lisse even buiten beschouwing gelaten: wie heeft om uitstel gevraagd?", "list",
  {"province": "Zuid-Holland", "state": ["extended"], "not_gemeente": ["Lisse", "Noordwijk"]},
  "Extension requests in Zuid-Holland, leaving out two named municipalities.")
q(15045, YAS, "waar speelt lokaal verzet in noord- en zuid-holland", "list",
  {"reason": "local_opposition", "province": ["Noord-Holland", "Zuid-Holland"]},
  "'noord- en zuid-holland' is two provinces; reason local_opposition.")
q(15046, YAS, "welke Groningse gemeenten hebben te laat gereageerd", "list",
  {"province": "Groningen", "state": ["late"]},
  "'te laat gereageerd' = a late reply (not the bare ambiguous 'te laat'); adjective 'Groningse' = the province.")
q(15047, YAS, "Randstad: wie heeft er nog niet gereageerd?", "clarify", {"state": ["no_reply"]},
  "'Randstad' is no province and has no agreed list of provinces/municipalities; the bot should ask which provinces are meant (or say it does not know the region) rather than guess.")
q(15048, YAS, "welke gemeenten in Friesland en Groningen hebben geen tijdpad gegeven", "list",
  {"province": ["Friesland", "Groningen"], "missing": ["timeline"]},
  "Missing element timeline (in a reply or an art. 8 notice), two provinces.")
q(15049, YAS, "en welke daarvan zitten nog in trede 1", "list",
  {"province": ["Friesland", "Groningen"], "missing": ["timeline"], "trede": 1},
  "Follow-up: add trede 1.", after=[15048])
q(15050, YAS, "waar is afhankelijkheid van het COA de reden, behalve in Drenthe", "list",
  {"reason": "coa_dependency", "not_province": "Drenthe"},
  "Reason coa_dependency, Drenthe left out.")
q(15051, YAS, "Gelderland Overijssel Utrecht, wie verwacht in het tweede kwartaal te voldoen", "list",
  {"province": ["Gelderland", "Overijssel", "Utrecht"], "expected_after": "2027-03-31", "expected_before": "2027-07-01"},
  "Three provinces; 'het tweede kwartaal' without a year is the one ahead: Q2 2027.")
q(15052, YAS, "hoeveel uitstelverzoeken staan er in totaal nog open", "count", {"state": ["extended"]},
  "All cases with an extension request still to be decided.")
q(15053, YAS, "welke zaken van Bram liggen in Limburg", "list", {"owner": "Bram", "province": "Limburg"},
  "Owner by name + province.")
q(15054, YAS, "Zeeuwse gemeenten die niet voldoen, excl. uitstelverzoeken", "list",
  {"province": "Zeeland", "compliance": "voldoet_niet", "not_state": ["extended"]},
  "Zeeland voldoet_niet, leaving out cases with an open extension request.")
q(15055, YAS, "Zuid-Nederland: waar loopt de vergunningprocedure nog?", "list",
  {"province": ZUID, "reason": "permit_procedure"},
  "Region word: Zuid-Nederland = Zeeland, Noord-Brabant, Limburg; reason permit_procedure.")

# --- Persona 3: helpdesk (Teun; single municipalities, odd names, many follow-ups) -----------------
q(15056, TEUN, "hoe staat delfzijl ervoor", "status", {"gemeente": "Eemsdelta"},
  "Former municipality Delfzijl -> Eemsdelta (with a note); the case status.")
q(15057, TEUN, "wie heeft die?", "fact", {"gemeente": "Eemsdelta", "fact": "owner"},
  "Follow-up: owner of Eemsdelta.", after=[15056])
q(15058, TEUN, "en wat schreven ze?", "fact", {"gemeente": "Eemsdelta", "fact": "wrote"},
  "Follow-up: what Eemsdelta's latest message says (its reply of 29 April 2026).", after=[15056, 15057])
q(15059, TEUN, "hoeveel plekken hebben ze nu", "fact", {"gemeente": "Eemsdelta", "fact": "places"},
  "Follow-up: realised places of Eemsdelta (planned and task given for context).", after=[15056, 15057, 15058])
q(15060, TEUN, "hoeveel plekken heeft nijmegn gerealiseerd", "fact", {"gemeente": "Nijmegen", "fact": "places"},
  "Typo 'nijmegn' -> Nijmegen (a guess the answer says); realised places.")
q(15061, TEUN, "en wanneer verwachten ze klaar te zijn?", "fact", {"gemeente": "Nijmegen", "fact": "expected"},
  "Follow-up: Nijmegen's expected date.", after=[15060])
q(15062, TEUN, "wie heeft die?", "fact", {"gemeente": "Nijmegen", "fact": "owner"},
  "Follow-up: owner of Nijmegen.", after=[15060, 15061])
q(15063, TEUN, "en Arnhem?", "fact", {"gemeente": "Arnhem", "fact": "owner"},
  "Follow-up: same fact (owner) for Arnhem.", after=[15060, 15061, 15062])
q(15064, TEUN, "hebben die al gereageerd?", "fact", {"gemeente": "Arnhem", "fact": "reply"},
  "Follow-up: Arnhem has not replied (termijn passed).", after=[15063])
q(15065, TEUN, "en wat schreven ze dan wel?", "fact", {"gemeente": "Arnhem", "fact": "wrote"},
  "Follow-up: Arnhem's only message is a read receipt ('Gelezen: …'), not a reply.", after=[15063, 15064])
q(15066, TEUN, "wat ontbreekt er bij den bosch", "fact", {"gemeente": "'s-Hertogenbosch", "fact": "missing"},
  "Informal name 'den bosch'; missing elements of its art. 8 notice.")
q(15067, TEUN, "en in uden?", "fact", {"gemeente": "Maashorst", "fact": "missing"},
  "Follow-up with a former municipality: Uden -> Maashorst; missing elements.", after=[15066])
q(15068, TEUN, "waarom lukt het daar niet", "fact", {"gemeente": "Maashorst", "fact": "reasons"},
  "Follow-up: reasons stated by Maashorst.", after=[15066, 15067])
q(15069, TEUN, "welke trede zit heerhugowaard in", "fact", {"gemeente": "Dijk en Waard", "fact": "trede"},
  "Former municipality Heerhugowaard -> Dijk en Waard; trede.")
q(15070, TEUN, "tot wanneer hadden ze om te reageren?", "fact", {"gemeente": "Dijk en Waard", "fact": "termijn"},
  "Follow-up: Dijk en Waard's termijn.", after=[15069])
q(15071, TEUN, "sneek wat is de status", "status", {"gemeente": "Súdwest-Fryslân"},
  "Place Sneek -> Súdwest-Fryslân (with a note); the case status.")
q(15072, TEUN, "wanneer hebben ze gereageerd", "fact", {"gemeente": "Súdwest-Fryslân", "fact": "reply"},
  "Follow-up: date of the reply.", after=[15071])
q(15073, TEUN, "was dat op tijd?", "fact", {"gemeente": "Súdwest-Fryslân", "fact": "reply"},
  "Follow-up: the same reply was late (on_time false).", after=[15071, 15072])
q(15074, TEUN, "Leewarden voldoet die?", "fact", {"gemeente": "Leeuwarden", "fact": "compliance"},
  "Typo 'Leewarden' -> Leeuwarden; compliance.")
q(15075, TEUN, "en wie heeft die", "fact", {"gemeente": "Leeuwarden", "fact": "owner"},
  "Follow-up: owner of Leeuwarden.", after=[15074])
q(15076, TEUN, "brielle hoeveel opvangplekken", "fact", {"gemeente": "Voorne aan Zee", "fact": "places"},
  "Former municipality Brielle -> Voorne aan Zee; places.")
q(15077, TEUN, "tietjerksteradeel wat ontbreekt er nog", "fact", {"gemeente": "Tytsjerksteradiel", "fact": "missing"},
  "Dutch (old) name Tietjerksteradeel -> Tytsjerksteradiel; missing elements.")
q(15078, TEUN, "maastrcht al gereageerd?", "fact", {"gemeente": "Maastricht", "fact": "reply"},
  "Typo -> Maastricht; no reply, termijn passed.")
q(15079, TEUN, "en wat schreven ze dan?", "fact", {"gemeente": "Maastricht", "fact": "wrote"},
  "Follow-up: Maastricht's only message is an automatic reply.", after=[15078])
q(15080, TEUN, "zaandam wanneer klaar", "fact", {"gemeente": "Zaanstad", "fact": "expected"},
  "Place Zaandam -> Zaanstad; expected date.")
q(15081, TEUN, "tot wanneer had coevorden", "fact", {"gemeente": "Coevorden", "fact": "termijn"},
  "Termijn of Coevorden's current (second) letter.")
q(15082, TEUN, "en die daarvoor?", "fact", {"gemeente": "Coevorden", "fact": "termijn", "letter": "previous"},
  "Follow-up: the termijn of Coevorden's earlier letter (the case has two letters). 'letter' is my own slot; if the bot cannot tell it should say so, not repeat the current termijn.",
  after=[15081])
q(15083, TEUN, "wat schreef Heerlen op 24 juni 2026", "fact",
  {"gemeente": "Heerlen", "fact": "wrote", "date": "2026-06-24"},
  "The message(s) Heerlen sent on 24 June 2026 (its late reply).")
q(15084, TEUN, "Apeldorn, wat is daar de reden", "fact", {"gemeente": "Apeldoorn", "fact": "reasons"},
  "Typo -> Apeldoorn; reasons in its art. 8 notice.")
q(15085, TEUN, "hoe zit het met Bergen", "clarify", {},
  "Bergen is Bergen (L.) or Bergen (NH.), both with a case: ask back with buttons.")
q(15086, TEUN, "haaren status?", "clarify", {},
  "Haaren was split (2021) over several municipalities: list the choices, answer about none.")
q(15087, TEUN, "hoe staat het ervoor met Utrecht", "clarify", {},
  "Utrecht is a province and a municipality; nothing decides it: ask back.")
q(15088, TEUN, "Nergenshuizen status", "unknown", {},
  "No such municipality: suggestions at most, no answer about another municipality.")
q(15089, TEUN, "stuur lochem de brief nog een keer", "unknown", {"gemeente": "Lochem"},
  "Sending a letter again is not a chat function (it is a reminder for the team); the bot must not pretend it sent it.")
q(15090, TEUN, "welke zaken zijn van mij", "list", {"owner": "Teun"}, "'van mij' = the asker, Teun.")
q(15091, TEUN, "welke daarvan hebben een onvolledige reactie", "list", {"owner": "Teun", "state": ["incomplete"]},
  "Follow-up: own cases in state answered_incomplete.", after=[15090])

# --- Bram and colleagues: termijnen, owners, voice, help --------------------------------------------
q(15092, BRAM, "welke termijnen verlopen deze week", "list",
  {"termijn_from": "2027-03-15", "termijn_to": "2027-03-21"},
  "Week of Monday 15 March 2027; no termijn falls in it (all termijnen lie in 2026).")
q(15093, BRAM, "en volgende maand?", "list", {"termijn_from": "2027-04-01", "termijn_to": "2027-04-30"},
  "Follow-up: April 2027; again none.", after=[15092])
q(15094, HAN, "zaken van Bram", "list", {"owner": "Bram"}, "Cases owned by Bram.")
q(15095, HAN, "welke daarvan zijn te laat", "clarify", {"owner": "Bram"},
  "Bare 'te laat': no reply after the termijn, or a late reply? Ask back.", after=[15094])
q(15096, HAN, "welke zaken van bram hebben nog geen reactie terwijl de termijn verstreken is", "list",
  {"owner": "Bram", "state": ["no_reply"]}, "Bram's cases with no reply after the termijn.")
q(15097, BRAM, "welke gemeenten met een termijn van 23 november 2026 hebben nog steeds niet gereageerd", "list",
  {"termijn_from": "2026-11-23", "termijn_to": "2026-11-23", "state": ["no_reply"]},
  "Termijn on 23 November 2026 (explicit year) and no reply.")
q(15098, BRAM, "welke gemeenten in overijssel verwachten voor een juli tweeduizend zevenentwintig klaar te zijn", "list",
  {"province": "Overijssel", "expected_before": "2027-07-01"},
  "Voice-typed, numbers in words: 'voor een juli tweeduizend zevenentwintig' = vóór 1 juli 2027.")
q(15099, BRAM, "wat kan ik je allemaal vragen?", "help", {}, "Help: the list of commands / what it can answer.")


# ---------------------------------------------------------------------------------------------------
def build():
    rows = []
    for d in Q:
        intent, f = d["intent"], d["filters"]
        if intent in ("list", "count"):
            g = sorted(n for n in CASES if matches(n, f))
            d.update(expected_gemeenten=g, count=len(g), expected_fact=None)
        elif intent in ("fact", "status"):
            d.update(expected_gemeenten=[], count=None, expected_fact=fact_value(f))
        else:
            d.update(expected_gemeenten=[], count=None, expected_fact=None)
        rows.append({k: d[k] for k in ("id", "q", "intent", "filters", "expected_gemeenten", "count", "after",
                                       "as_staff", "on", "meaning", "expected_fact")})
    ids = [r["id"] for r in rows]
    assert ids == list(range(15001, 15100)), "ids must be 15001..15099 in order"
    for r in rows:
        assert all(a in ids and a < r["id"] for a in r["after"]), r["id"]
        if "gemeente" in r["filters"]:
            assert r["filters"]["gemeente"] in STATUS, r["id"]
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


if __name__ == "__main__":
    for r in build():
        val = r["count"] if r["count"] is not None else json.dumps(r["expected_fact"], ensure_ascii=False)[:90]
        g = ", ".join(r["expected_gemeenten"][:12]) + (" …" if len(r["expected_gemeenten"]) > 12 else "")
        print(f"{r['id']} {r['intent']:8} {val!s:>4}  {g}")
