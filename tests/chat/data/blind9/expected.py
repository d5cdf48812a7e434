#!/usr/bin/env python3
"""Blind question set q9 (ids 9001-9099), asked on DAY = 2027-03-08.

Computes expected_gemeenten / count / expected_fact from due.json and status.json ONLY
(both produced by the q9 register: see README.md), using the README's definitions of the
`ask --json` filters, and writes questions.jsonl.

Definitions used (README "ask --json output"; ambiguities marked AMBIG, see README.md of this set):
- province      status.province
- trede         case.trede
- owner         case.owner (name); "mijn" = the --as person (as_staff)
- no_owner      case.owner is null
- state no_reply    the case is in due.json section "overdue", kind "no_reply"
                    (checked: identical to status case.overdue)
- state unanswered  case.answered is false                                   (AMBIG: includes cases
                    opened only by an art. 8 notice, with no letter and no termijn)
- state answered    case.answered is true
- state late        case.answered and case.reply_on_time is false
- state on_time     case.answered and case.reply_on_time is true
- state incomplete  case.state == "answered_incomplete" (the state as status shows it)
- state complete    case.state == "answered_complete"
- state suspended   case.suspended
- state extended    case.extension_requested (an extension asked, still to be answered) or a
                    due.json row for the case with extended == true (no /verleng was given, so none)
- missing       every listed element is in case.missing ("all of them are missing")
- reason        the code is in status.reasons
- compliance    case.compliance
- expected_before / expected_after: status.expected_date read as a period (YYYY-MM-DD, YYYY-MM,
                YYYY-Qn, YYYY-Hn); its last day < expected_before and its first day > expected_after,
                both strict; cases without an expected date never match
- termijn_from / termijn_to: case.termijn inside [from, to], inclusive, whatever the state of the
                case (AMBIG: answered cases are not left out)
- several filters: all must hold (AND); several states in one list: all must hold.
"""
import calendar
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DAY = "2027-03-08"
STATUS = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
DUE = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))

NO_REPLY = {r["gemeente"] for r in DUE if r["section"] == "overdue" and r["kind"] == "no_reply"}
EXTENDED_DUE = {r["gemeente"] for r in DUE if r.get("extended")}

STAFF = {"Lotte": 93001, "Mehmet": 93002, "Ingrid": 93003, "Bas": 93004}


def period(value):
    """(first day, last day) of an expected date."""
    if value is None:
        return None
    y = int(value[:4])
    rest = value[5:]
    if len(value) == 10:
        d = dt.date.fromisoformat(value)
        return d, d
    if rest.startswith("Q"):
        q = int(rest[1])
        m1, m2 = 3 * q - 2, 3 * q
    elif rest.startswith("H"):
        h = int(rest[1])
        m1, m2 = (1, 6) if h == 1 else (7, 12)
    else:
        m1 = m2 = int(rest)
    return dt.date(y, m1, 1), dt.date(y, m2, calendar.monthrange(y, m2)[1])


def state_ok(name, v, st):
    c = v["case"]
    if st == "no_reply":
        return name in NO_REPLY
    if st == "unanswered":
        return not c["answered"]
    if st == "answered":
        return bool(c["answered"])
    if st == "late":
        return bool(c["answered"]) and c["reply_on_time"] is False
    if st == "on_time":
        return bool(c["answered"]) and c["reply_on_time"] is True
    if st == "incomplete":
        return c["state"] == "answered_incomplete"
    if st == "complete":
        return c["state"] == "answered_complete"
    if st == "suspended":
        return bool(c["suspended"])
    if st == "extended":
        return bool(c["extension_requested"]) or name in EXTENDED_DUE
    raise ValueError(st)


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
    if "missing" in f and not set(f["missing"]) <= set(c["missing"] or []):
        return False
    if "reason" in f and f["reason"] not in v["reasons"]:
        return False
    if "compliance" in f and c["compliance"] != f["compliance"]:
        return False
    if "expected_before" in f or "expected_after" in f:
        p = period(v["expected_date"])
        if p is None:
            return False
        if "expected_before" in f and not p[1] < dt.date.fromisoformat(f["expected_before"]):
            return False
        if "expected_after" in f and not p[0] > dt.date.fromisoformat(f["expected_after"]):
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
    return sorted(n for n, v in STATUS.items() if matches(n, v, f))


def fact_value(gemeente, fact, date=None):
    v = STATUS[gemeente]
    c = v["case"]
    if fact == "places":
        return {"realised": v["realised_total"], "planned": v["planned_total"], "task": v["task_total"]}
    if fact == "expected":
        return v["expected_date"]
    if fact == "owner":
        return c["owner"]
    if fact == "missing":
        return c["missing"]
    if fact == "termijn":
        return {"termijn": c["termijn"], "days_left": c["days_left"],
                "extension_requested_until": c["extension_requested_until"]}
    if fact == "reply":
        return {"reply_at": c["reply_at"], "reply_on_time": c["reply_on_time"]}
    if fact == "reasons":
        return v["reasons"]
    if fact == "trede":
        return {"trede": c["trede"], "trede_name": v["trede_name"]}
    if fact == "compliance":
        return c["compliance"]
    if fact == "wrote":
        # received_at is UTC; all messages in this set are received in the daytime, so the UTC date
        # is the local (Europe/Amsterdam) date as well
        return [{"id": m["id"], "kind": m["kind"], "subject": m["subject"]}
                for m in v["messages"] if m["received_at"][:10] == date]
    raise ValueError(fact)


# ---------------------------------------------------------------------------------------------
# The questions. P = persona: A = policy adviser (formal, long), O = experienced case officer
# (Ingrid, terse, abbreviations, typos), B = Bas (voice on the road: no punctuation, numbers as
# words), N = newcomer.
# ---------------------------------------------------------------------------------------------
Q = []


def q(id, persona, text, intent, filters=None, meaning="", after=(), as_staff=None, options=None):
    Q.append(dict(id=id, persona=persona, q=text, intent=intent, filters=filters or {},
                  after=list(after), as_staff=as_staff, meaning=meaning, options=options))


GLD, ZH, NH, NB, LB = "Gelderland", "Zuid-Holland", "Noord-Holland", "Noord-Brabant", "Limburg"

# --- A: policy adviser --------------------------------------------------------------------------
q(9001, "A", "Ten behoeve van de voortgangsrapportage aan de minister: hoeveel gemeenten in de provincie "
  "Gelderland hebben na het verstrijken van de termijn nog altijd niet op onze brief gereageerd?",
  "count", {"province": GLD, "state": ["no_reply"]},
  "Number of Gelderland cases with no reply after the termijn passed.")
q(9002, "A", "Kunt u mij een overzicht geven van alle gemeenten in Zuid-Holland waarvan de reactie op de "
  "toezichtsbrief onvolledig is?", "list", {"province": ZH, "state": ["incomplete"]},
  "South-Holland cases whose reply misses elements.")
q(9003, "A", "Hoeveel gemeenten verwachten vóór 1 maart aan hun wettelijke taak te voldoen?", "count",
  {"expected_before": "2028-03-01"},
  "Count of cases whose expected date ends before 1 March; without a year the date lies ahead, so 1 March 2028.")
q(9004, "A", "Welke Limburgse gemeenten voldoen slechts gedeeltelijk aan de taakstelling?", "list",
  {"province": LB, "compliance": "voldoet_gedeeltelijk"}, "Limburg cases that partly comply.")
q(9005, "A", "Voor de nota aan de minister zou ik graag weten hoeveel gemeenten zich inmiddels in trede 3 "
  "(actief toezicht) bevinden.", "count", {"trede": 3}, "Number of cases on trede 3.")
q(9006, "A", "Welke gemeenten hebben om uitstel van de reactietermijn verzocht, of hebben inmiddels een "
  "verlenging gekregen?", "list", {"state": ["extended"]},
  "Cases with an extension requested (still to be decided) or granted.")
q(9007, "A", "In hoeveel gemeenten speelt op dit moment een bezwaarprocedure die de realisatie van "
  "opvangplekken vertraagt?", "count", {"reason": "objection_procedure"},
  "Number of cases whose replies or notices state an objection procedure.")
q(9008, "A", "Welke gemeenten voeren als reden aan dat er geen geschikte locatie beschikbaar is?", "list",
  {"reason": "no_location"}, "Cases giving 'no suitable location' as a reason.")
q(9009, "A", "Hoeveel Friese gemeenten hebben hun reactie pas na afloop van de termijn ingediend?", "count",
  {"province": "Friesland", "state": ["late"]}, "Number of Frisian cases that replied after the termijn.")
q(9010, "A", "Welke gemeenten in Noord-Holland hebben binnen de gestelde termijn van drie weken gereageerd?",
  "list", {"province": NH, "state": ["on_time"]}, "North-Holland cases that replied on time.")
q(9011, "A", "Welke gemeenten verwachten in het eerste kwartaal van 2027 aan hun taak te voldoen?", "list",
  {"expected_after": "2026-12-31", "expected_before": "2027-04-01"},
  "Cases whose expected date lies within Q1 2027.")
q(9012, "A", "Hoeveel gemeenten verwachten pas in 2028 volledig aan de taak te voldoen?", "count",
  {"expected_after": "2027-12-31", "expected_before": "2029-01-01"},
  "Number of cases whose expected date lies in 2028.")
q(9013, "A", "Welke Gelderse gemeenten hebben geen tijdpad gegeven voor het realiseren van de plekken?", "list",
  {"province": GLD, "missing": ["timeline"]}, "Gelderland cases whose reply/notice misses the timeline.")
q(9014, "A", "Hoeveel zaken zijn op dit moment opgeschort?", "count", {"state": ["suspended"]},
  "Number of suspended cases (none).")
q(9015, "A", "Welke Zeeuwse gemeenten hebben de reactietermijn laten verstrijken zonder te reageren?", "list",
  {"province": "Zeeland", "state": ["no_reply"]}, "Zeeland cases with no reply after the termijn.")
q(9016, "A", "Hoeveel gemeenten hebben inmiddels een volledige reactie ingediend, waarin feiten, stappen en "
  "tijdpad alle drie aanwezig zijn?", "count", {"state": ["complete"]},
  "Number of cases whose answer misses nothing (state complete).")
q(9017, "A", "Welke gemeenten in de provincie Utrecht voldoen in het geheel niet aan de taakstelling?", "list",
  {"province": "Utrecht", "compliance": "voldoet_niet"},
  "Cases in the province of Utrecht that do not comply ('provincie' decides the name).")
q(9018, "A", "Hoeveel Zuid-Hollandse gemeenten wijzen op de woningnood als oorzaak van de vertraging?",
  "count", {"province": ZH, "reason": "housing_shortage"},
  "Number of South-Holland cases giving the housing shortage as a reason.")
q(9019, "A", "Kunt u aangeven welke gemeenten verwachten vóór de zomer van 2027 aan hun taak te voldoen?",
  "list", {"expected_before": "2027-07-01"}, "Cases whose expected date ends before 1 July 2027.")
q(9020, "A", "En hoeveel daarvan liggen in Zuid-Holland?", "count",
  {"expected_before": "2027-07-01", "province": ZH},
  "Follow-up: how many of those are in South-Holland.", after=[9019])
q(9021, "A", "Welke Overijsselse gemeenten bevinden zich nog in trede 1, signaleren?", "list",
  {"province": "Overijssel", "trede": 1}, "Overijssel cases on trede 1.")
q(9022, "A", "Hoeveel gemeenten noemen een besluit van de gemeenteraad als belemmering?", "count",
  {"reason": "council_decision"}, "Number of cases giving a council decision as a reason.")
q(9023, "A", "Welke gemeenten in Drenthe hebben een onvolledige reactie gestuurd?", "list",
  {"province": "Drenthe", "state": ["incomplete"]}, "Drenthe cases whose answer misses elements.")
q(9024, "A", "Hoeveel Brabantse gemeenten hebben nog niet gereageerd terwijl de termijn al verstreken is?",
  "count", {"province": NB, "state": ["no_reply"]}, "Number of North-Brabant cases with no reply, termijn passed.")
q(9025, "A", "En in Limburg?", "count", {"province": LB, "state": ["no_reply"]},
  "Follow-up: the same count for Limburg.", after=[9024])
q(9026, "A", "Welke zijn dat?", "list", {"province": LB, "state": ["no_reply"]},
  "Follow-up: list those Limburg cases.", after=[9024, 9025])
q(9027, "A", "Welke gemeenten voldoen volgens onze gegevens volledig aan hun taak?", "list",
  {"compliance": "voldoet"}, "Cases that fully comply.")
q(9028, "A", "Welke gemeenten verwachten in de tweede helft van 2027 aan de taak te voldoen?", "list",
  {"expected_after": "2027-06-30", "expected_before": "2028-01-01"},
  "Cases whose expected date lies within H2 2027.")
q(9029, "A", "Hoeveel gemeenten hebben gemeld dat zij opvangplekken zijn kwijtgeraakt?", "count",
  {"reason": "places_lost"}, "Number of cases reporting lost places.")
q(9030, "A", "Welke Flevolandse gemeenten hebben nog geen behandelaar toegewezen gekregen?", "list",
  {"province": "Flevoland", "no_owner": True}, "Flevoland cases without an owner.")
q(9031, "A", "Hoeveel opvangplekken heeft de gemeente Zaanstad op dit moment gerealiseerd, en hoeveel zijn er "
  "in voorbereiding?", "fact", {"gemeente": "Zaanstad", "fact": "places"},
  "Realised and planned places of Zaanstad.")
q(9032, "A", "Per wanneer verwacht de gemeente Eindhoven aan de volledige taak te voldoen?", "fact",
  {"gemeente": "Eindhoven", "fact": "expected"}, "Expected date of Eindhoven.")
q(9033, "A", "Welke redenen heeft de gemeente Voorne aan Zee opgegeven voor de vertraging?", "fact",
  {"gemeente": "Voorne aan Zee", "fact": "reasons"}, "Reason codes stated by Voorne aan Zee.")
q(9034, "A", "Op welke datum heeft de gemeente Nijmegen gereageerd, en was dat binnen de termijn?", "fact",
  {"gemeente": "Nijmegen", "fact": "reply"}, "When Nijmegen replied and whether on time.")
q(9035, "A", "In welke trede van de interventieladder bevindt de gemeente Lelystad zich momenteel?", "fact",
  {"gemeente": "Lelystad", "fact": "trede"}, "Trede of Lelystad.")
q(9036, "A", "Wat is de huidige stand van zaken in het dossier van de gemeente Hengelo?", "status",
  {"gemeente": "Hengelo (O.)"}, "Status of Hengelo (O.), reached through the alias 'Hengelo'.")
q(9037, "A", "Hoeveel gemeenten in de provincie Groningen voldoen niet aan hun taak?", "count",
  {"province": "Groningen", "compliance": "voldoet_niet"},
  "Number of cases in the province of Groningen that do not comply.")
q(9038, "N", "Ik ben sinds deze week beleidsadviseur bij het team; welke vragen kan ik aan deze bot stellen?",
  "help", {}, "A newcomer asks what the bot can do.")
q(9039, "A", "Kunt u mij het totaaloverzicht in grafiekvorm sturen voor de rapportage?", "overview", {},
  "Asks for the overview chart.")
q(9040, "A", "Kunt u de rapportage vandaag nog rechtstreeks naar de minister e-mailen?", "unknown", {},
  "Asks the bot to mail the minister: not something it can do.")

# --- O: experienced case officer (Ingrid, 93003) -------------------------------------------------
ING = STAFF["Ingrid"]
q(9041, "O", "mijn zkn", "list", {"owner": "Ingrid"}, "My (Ingrid's) cases.", as_staff=ING)
q(9042, "O", "mijn zaken zndr reactie", "list", {"owner": "Ingrid", "state": ["no_reply"]},
  "My cases without a reply after the termijn.", as_staff=ING)
q(9043, "O", "brabantse gem zonder tijdpad", "list", {"province": NB, "missing": ["timeline"]},
  "North-Brabant cases missing the timeline.")
q(9044, "O", "gldrland zonder stappen", "list", {"province": GLD, "missing": ["steps"]},
  "Gelderland cases missing the steps (typo in the province).")
q(9045, "O", "hvl onvolledig?", "count", {"state": ["incomplete"]}, "Number of cases with an incomplete answer.")
q(9046, "O", "wie heeft leeuwarden", "fact", {"gemeente": "Leeuwarden", "fact": "owner"},
  "Who owns the Leeuwarden case.")
q(9047, "O", "en groningen?", "fact", {"gemeente": "Groningen", "fact": "owner"},
  "Follow-up: owner of Groningen; the fact (owner) decides municipality over province.", after=[9046])
q(9048, "O", "termijn almere?", "fact", {"gemeente": "Almere", "fact": "termijn"}, "Termijn of Almere.")
q(9049, "O", "plekken drachten", "fact", {"gemeente": "Smallingerland", "fact": "places"},
  "Places of Smallingerland, asked by the place name Drachten.")
q(9050, "O", "wnnr verw roosendaal klaar", "fact", {"gemeente": "Roosendaal", "fact": "expected"},
  "When Roosendaal expects to meet the task.")
q(9051, "O", "redenen wijdemeren", "fact", {"gemeente": "Wijdemeren", "fact": "reasons"},
  "Reasons stated by Wijdemeren.")
q(9052, "O", "status heerlen", "status", {"gemeente": "Heerlen"}, "Status of Heerlen.")
q(9053, "O", "wat ontbreekt daar", "fact", {"gemeente": "Heerlen", "fact": "missing"},
  "Follow-up: what is missing for Heerlen.", after=[9052])
q(9054, "O", "en bij venlo?", "fact", {"gemeente": "Venlo", "fact": "missing"},
  "Follow-up: what is missing for Venlo (nothing).", after=[9052, 9053])
q(9055, "O", "status sudwest fryslan", "status", {"gemeente": "Súdwest-Fryslân"},
  "Status of Súdwest-Fryslân typed without diacritics.")
q(9056, "O", "hoe staat den bosch erv?", "status", {"gemeente": "'s-Hertogenbosch"},
  "Status of 's-Hertogenbosch by its common name.")
q(9057, "O", "zaken mehmet", "list", {"owner": "Mehmet"}, "Mehmet's cases.")
q(9058, "O", "zndr behandelaar limburg", "list", {"province": LB, "no_owner": True},
  "Limburg cases without an owner.")
q(9059, "O", "wie verw deze mnd te voldoen", "list",
  {"expected_after": "2027-02-28", "expected_before": "2027-04-01"},
  "Cases expecting to comply this month (March 2027).")
q(9060, "O", "uitstel gevr zh", "list", {"province": ZH, "state": ["extended"]},
  "South-Holland cases that asked for an extension.")
q(9061, "O", "bezwaar limburg", "list", {"province": LB, "reason": "objection_procedure"},
  "Limburg cases with an objection procedure.")
q(9062, "O", "waar speelt vergunningprocedure", "list", {"reason": "permit_procedure"},
  "Cases with a permit procedure as reason.")
q(9063, "O", "wie wachten op t coa", "list", {"reason": "coa_dependency"},
  "Cases that depend on the COA.")
q(9064, "O", "termijnen verlopen in nov 2026", "list",
  {"termijn_from": "2026-11-01", "termijn_to": "2026-11-30"}, "Cases whose termijn fell in November 2026.")
q(9065, "O", "overzicht pls", "overview", {}, "The overview chart.")
q(9066, "O", "hoe staat delfzijl ervoor", "status", {"gemeente": "Eemsdelta"},
  "Status of Eemsdelta, asked by the former municipality Delfzijl.")
q(9067, "O", "naleving sluis", "fact", {"gemeente": "Sluis", "fact": "compliance"}, "Compliance of Sluis.")
q(9068, "O", "wat schreef ede op 4 mei 2026", "fact", {"gemeente": "Ede", "fact": "wrote", "date": "2026-05-04"},
  "What Ede wrote on 4 May 2026.")
q(9069, "O", "mijn zaken incompleet", "list", {"owner": "Ingrid", "state": ["incomplete"]},
  "My cases with an incomplete answer.", as_staff=ING)
q(9070, "O", "wie zijn te laat", "clarify", {},
  "Bare 'te laat': asks back (no reply after the termijn, or replied late).",
  options=["no_reply", "late"])
q(9071, "O", "status bergen", "clarify", {},
  "Bergen is two municipalities: asks back.", options=["Bergen (L.)", "Bergen (NH.)"])
q(9072, "O", "zoek naar Venlo-Oost", "search", {"search": "Venlo-Oost"},
  "Search the messages for 'Venlo-Oost'.")
q(9073, "O", "hvl gem frysland zonder feiten", "count", {"province": "Friesland", "missing": ["facts"]},
  "Number of Frisian cases missing the facts.")
q(9074, "O", "gem zonder feiten en stappen", "list", {"missing": ["facts", "steps"]},
  "Cases missing both facts and steps.")
q(9075, "O", "plekken heerhugowaard", "fact", {"gemeente": "Dijk en Waard", "fact": "places"},
  "Places of Dijk en Waard, asked by the former municipality Heerhugowaard.")
q(9076, "O", "reserveer zaal 3.14 voor overleg do", "unknown", {},
  "Asks to book a meeting room: not something the bot can do.")
q(9077, "N", "Hoi, ik ben net begonnen. Welke gemeenten in Drenthe hebben nog helemaal geen antwoord gestuurd, "
  "ook als hun termijn nog niet voorbij is?", "list", {"province": "Drenthe", "state": ["unanswered"]},
  "Drenthe cases with no reply yet, termijn passed or not.")
q(9078, "O", "zoeken op zaaknummer 2614307", "search", {"search": "2614307"},
  "Search the messages for a municipal case number.")

# --- B: Bas, voice-typed on the road (93004) -----------------------------------------------------
BAS = STAFF["Bas"]
q(9079, "B", "hoeveel van mijn zaken hebben nog niet gereageerd", "count", {"owner": "Bas", "state": ["no_reply"]},
  "Number of Bas's cases with no reply after the termijn.", as_staff=BAS)
q(9080, "B", "welke zaken heb ik in gelderland", "list", {"owner": "Bas", "province": GLD},
  "Bas's cases in Gelderland.", as_staff=BAS)
q(9081, "B", "en in limburg", "list", {"owner": "Bas", "province": LB},
  "Follow-up: Bas's cases in Limburg.", after=[9080], as_staff=BAS)
q(9082, "B", "hoeveel daarvan hebben nog niet gereageerd", "count",
  {"owner": "Bas", "province": LB, "state": ["no_reply"]},
  "Follow-up: how many of those have no reply after the termijn.", after=[9080, 9081], as_staff=BAS)
q(9083, "B", "welke gemeenten zitten in trede drie", "list", {"trede": 3}, "Cases on trede 3 (number as word).")
q(9084, "B", "hoeveel plekken heeft nijmegen gerealiseerd", "fact", {"gemeente": "Nijmegen", "fact": "places"},
  "Realised places of Nijmegen.")
q(9085, "B", "wie is de behandelaar van ermelo", "fact", {"gemeente": "Ermelo", "fact": "owner"},
  "Owner of Ermelo.")
q(9086, "B", "wanneer verloopt de termijn van ermelo", "fact", {"gemeente": "Ermelo", "fact": "termijn"},
  "Termijn of Ermelo (an extension was requested until 16 October 2026).")
q(9087, "B", "geef me de zaken van ingrid", "list", {"owner": "Ingrid"}, "Ingrid's cases.")
q(9088, "B", "hoeveel gemeenten verwachten voor een juli tweeduizend zevenentwintig klaar te zijn", "count",
  {"expected_before": "2027-07-01"}, "Number of cases expecting to be done before 1 July 2027 (date in words).")
q(9089, "B", "wat kan ik je allemaal vragen", "help", {}, "Asks what the bot can do.")
q(9090, "B", "hoe staat het met apeldoorn", "status", {"gemeente": "Apeldoorn"}, "Status of Apeldoorn.")
q(9091, "B", "welke termijnen zijn in oktober tweeduizend zesentwintig verlopen", "list",
  {"termijn_from": "2026-10-01", "termijn_to": "2026-10-31"}, "Cases whose termijn fell in October 2026.")
q(9092, "B", "hoe staat het ervoor met groningen", "clarify", {},
  "Groningen is a province and a municipality and nothing decides: asks back.",
  options=["Groningen (gemeente)", "Groningen (provincie)"])
q(9093, "B", "welke gemeenten in limburg hebben geen tijdpad gestuurd", "list",
  {"province": LB, "missing": ["timeline"]}, "Limburg cases missing the timeline.")
q(9094, "B", "hoeveel gemeenten hebben te laat gereageerd", "count", {"state": ["late"]},
  "Number of cases that replied after the termijn ('te laat gereageerd' decides).")
q(9095, "B", "hoeveel plekken heeft uden", "fact", {"gemeente": "Maashorst", "fact": "places"},
  "Places of Maashorst, asked by the former municipality Uden.")
q(9096, "B", "welke termijnen verlopen volgende week", "list",
  {"termijn_from": "2027-03-15", "termijn_to": "2027-03-21"}, "Termijnen ending next week (none).")
q(9097, "B", "hoeveel file staat er nu op de a twaalf", "unknown", {},
  "Asks about traffic: not something the bot can do.")
q(9098, "B", "hoeveel zaken hebben nog geen behandelaar", "count", {"no_owner": True},
  "Number of cases without an owner.")
q(9099, "N", "Hoe staat Haaren ervoor?", "clarify", {},
  "Haaren was split in 2021 (Boxtel, Oisterwijk, Tilburg, Vught): the name lists the choices.",
  options=["Boxtel", "Oisterwijk", "Tilburg", "Vught"])


def build():
    out = []
    seen = set()
    for x in Q:
        assert x["id"] not in seen, x["id"]
        seen.add(x["id"])
        f = x["filters"]
        fact = None
        if x["intent"] in ("list", "count"):
            g = select(f)
        elif x["intent"] in ("status", "fact"):
            assert f["gemeente"] in STATUS, f["gemeente"]
            g = [f["gemeente"]]
            if x["intent"] == "fact":
                fact = fact_value(f["gemeente"], f["fact"], f.get("date"))
        elif x["intent"] == "search":
            # only subjects and the municipality named by the search text can be checked from status.json;
            # message bodies cannot: this is the set found in subjects (a lower bound)
            term = f["search"].lower()
            g = sorted(n for n, v in STATUS.items()
                       if any(term in (m["subject"] or "").lower() for m in v["messages"])
                       or term.split("-")[0] == n.lower())
        else:
            g = []
        row = {"id": x["id"], "q": x["q"], "intent": x["intent"], "filters": f,
               "expected_gemeenten": g, "count": len(g), "after": x["after"], "as_staff": x["as_staff"],
               "on": DAY, "meaning": x["meaning"], "expected_fact": fact, "persona": x["persona"]}
        if x["options"]:
            row["options"] = x["options"]
        out.append(row)
    return out


if __name__ == "__main__":
    rows = build()
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(rows), "questions;", dict(Counter(r["intent"] for r in rows)))
    for r in rows:
        extra = f" fact={json.dumps(r['expected_fact'], ensure_ascii=False)}" if r["expected_fact"] is not None else ""
        print(r["id"], r["intent"], r["count"], r["expected_gemeenten"][:12], extra)
