#!/usr/bin/env python3
"""Expected answers for question set q10 (ids 10001-10099, all asked on DAY 2026-12-28).

Reads ONLY due.json and status.json (made by dump_status.py) and writes questions.jsonl.
The questions themselves (text, intent, filters as the README names them, conversation links,
who asks) are written down in QUESTIONS below; the gemeenten, count and fact values are computed.

Definitions used (README "ask --json output"; ambiguities and choices in README.md of this folder):
  province      status.province == value
  trede         case.trede == n
  owner         case.owner == name ("mijn"/"ik": the name of the as_staff person)
  no_owner      case.owner is null
  state         a list; a case must satisfy every state in it:
                  no_reply    gemeente has a due.json entry with kind "no_reply" (section overdue)
                  unanswered  case.answered is false
                  answered    case.answered is true
                  late        case.reply_on_time is false;  on_time: case.reply_on_time is true
                  incomplete  case.state == "answered_incomplete"; complete: case.state == "answered_complete"
                  suspended   case.suspended is true
                  extended    case.extension_requested is true, or a due.json entry for the case has extended true
  missing       every listed element is in case.missing
  reason        value in status.reasons
  compliance    case.compliance == value
  expected_before / expected_after
                the expected date (status.expected_date: YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Hn) as the
                period it names; its last day < expected_before, its first day > expected_after;
                a case without expected date never matches
  termijn_from / termijn_to
                case.termijn within [from, to] inclusive; a case without termijn never matches
  gemeente      (status / fact) the one municipality
A follow-up's `filters` are the filters in force after reading it in its conversation (the previous
question's filters with the slot it names replaced or added).
Intents clarify / unknown / help: expected_gemeenten [] and count 0 (no answer list is given).
"""
import calendar
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DAY = "2026-12-28"
STAFF = {10401: "Yvonne", 10402: "Karim", 10403: "Els", 10404: "Thijs"}

with open(os.path.join(HERE, "status.json")) as f:
    STATUS = json.load(f)
with open(os.path.join(HERE, "due.json")) as f:
    DUE = json.load(f)

NO_REPLY = {e["gemeente"] for e in DUE if e["section"] == "overdue" and e["kind"] == "no_reply"}
EXTENDED_DUE = {e["gemeente"] for e in DUE if e.get("extended")}


def period(value):
    """'2027-Q2' -> (date(2027,4,1), date(2027,6,30)), etc."""
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


def state_ok(name, st, c):
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
    if st == "suspended":
        return bool(c["suspended"])
    if st == "extended":
        return bool(c["extension_requested"]) or name in EXTENDED_DUE
    raise ValueError(st)


def matches(name, v, flt):
    c = v["case"]
    for key, val in flt.items():
        if key == "gemeente":
            if name != val:
                return False
        elif key == "province":
            if v["province"] != val:
                return False
        elif key == "trede":
            if c["trede"] != val:
                return False
        elif key == "owner":
            if c["owner"] != val:
                return False
        elif key == "no_owner":
            if c["owner"] is not None:
                return False
        elif key == "state":
            if not all(state_ok(name, s, c) for s in val):
                return False
        elif key == "missing":
            if not all(m in c["missing"] for m in val):
                return False
        elif key == "reason":
            if val not in v["reasons"]:
                return False
        elif key == "compliance":
            if c["compliance"] != val:
                return False
        elif key == "expected_before":
            p = period(v["expected_date"])
            if p is None or not p[1] < dt.date.fromisoformat(val):
                return False
        elif key == "expected_after":
            p = period(v["expected_date"])
            if p is None or not p[0] > dt.date.fromisoformat(val):
                return False
        elif key == "termijn_from":
            if c["termijn"] is None or c["termijn"] < val:
                return False
        elif key == "termijn_to":
            if c["termijn"] is None or c["termijn"] > val:
                return False
        else:
            raise ValueError(key)
    return True


def select(flt):
    return sorted((n for n, v in STATUS.items() if matches(n, v, flt)), key=lambda s: s)


def fact_value(gemeente, fact, date=None):
    v = STATUS[gemeente]
    c = v["case"]
    if fact == "places":
        return {"realised_total": v["realised_total"], "planned_total": v["planned_total"],
                "task_total": v["task_total"]}
    if fact == "expected":
        return {"expected_date": v["expected_date"]}
    if fact == "owner":
        return {"owner": c["owner"]}
    if fact == "missing":
        return {"missing": c["missing"]}
    if fact == "termijn":
        return {"termijn": c["termijn"], "days_left": c["days_left"], "overdue": c["overdue"]}
    if fact == "reply":
        return {"reply_at": c["reply_at"], "reply_on_time": c["reply_on_time"]}
    if fact == "reasons":
        return {"reasons": v["reasons"]}
    if fact == "trede":
        return {"trede": c["trede"], "trede_name": v["trede_name"]}
    if fact == "compliance":
        return {"compliance": c["compliance"]}
    if fact == "wrote":
        # received_at is UTC; all messages used here arrive between 07:00 and 16:00 UTC, the same
        # calendar day in Europe/Amsterdam
        msgs = [{"id": m["id"], "kind": m["kind"], "subject": m["subject"], "received_at": m["received_at"]}
                for m in v["messages"] if m["received_at"][:10] == date]
        return {"date": date, "messages": msgs}
    raise ValueError(fact)


# ---------------------------------------------------------------------------------------------
# The questions. as_staff: Telegram id of the asker when the question says "mijn"/"ik" (else None).
# Personas: Yvonne (10401, team lead, January planning), Els (10403, lawyer), Thijs (10404, the
# temp, fast and full of typos), Karim (10402, behandelaar), plus a newcomer.
# ---------------------------------------------------------------------------------------------
JAN = {"termijn_from": "2027-01-01", "termijn_to": "2027-01-31"}
NEXT_WEEK = {"termijn_from": "2027-01-04", "termijn_to": "2027-01-10"}
THIS_WEEK = {"termijn_from": "2026-12-28", "termijn_to": "2027-01-03"}
BEGIN_JAN = {"termijn_from": "2027-01-01", "termijn_to": "2027-01-10"}
NOV = {"termijn_from": "2026-11-01", "termijn_to": "2026-11-30"}
OKT = {"termijn_from": "2026-10-01", "termijn_to": "2026-10-31"}

Q = []


def q(id, text, intent, filters=None, meaning="", after=None, as_staff=None, fact=None, date=None):
    Q.append(dict(id=id, q=text, intent=intent, filters=filters or {}, meaning=meaning,
                  after=after or [], as_staff=as_staff, fact=fact, date=date))


# --- team lead (Yvonne): January planning, termijn windows, owners, trede --------------------
q(10001, "Welke termijnen verlopen volgende week?", "list", dict(NEXT_WEEK),
  "Cases whose termijn falls in next week (Mon 4 - Sun 10 January 2027).")
q(10002, "welke termijnen lopen in januari af", "list", dict(JAN),
  "Cases whose termijn falls in January 2027 (the nearest January, asked in December).")
q(10003, "Hoeveel termijnen verlopen er begin januari?", "count", dict(BEGIN_JAN),
  "Number of cases whose termijn falls in early January 2027 (read as 1-10 January; any January reading gives 0).")
q(10004, "Welke termijnen zijn in november verlopen?", "list", dict(NOV),
  "Cases whose termijn fell in November 2026 (the nearest November).")
q(10005, "Welke gemeenten hadden hun termijn in oktober en hebben nog steeds niet gereageerd?", "list",
  dict(OKT, state=["no_reply"]),
  "Cases with a termijn in October 2026 that still have no reply now the termijn has passed.")
q(10006, "Zaken op trede 3 zonder behandelaar", "list", {"trede": 3, "no_owner": True},
  "Trede-3 cases that nobody owns yet.")
q(10007, "Hoeveel zaken hebben nog geen behandelaar?", "count", {"no_owner": True},
  "Number of cases without an owner.")
q(10008, "zaken van Karim", "list", {"owner": "Karim"}, "Cases owned by Karim.")
q(10009, "Welke zaken staan er op naam van Els?", "list", {"owner": "Els"}, "Cases owned by Els.")
q(10010, "hoeveel zaken heeft Thijs lopen", "count", {"owner": "Thijs"}, "Number of cases owned by Thijs.")
q(10011, "Welke zaken heb ik zelf?", "list", {"owner": "Yvonne"},
  "The asker's (Yvonne's) own cases.", as_staff=10401)
q(10012, "Welke van mijn zaken hebben de termijn laten verlopen zonder te reageren?", "list",
  {"owner": "Yvonne", "state": ["no_reply"]},
  "Yvonne's cases with no reply after the termijn passed.", as_staff=10401)
q(10013, "Welke gemeenten zitten op trede 3?", "list", {"trede": 3}, "All cases on trede 3.")
q(10014, "hoeveel gemeenten staan op trede twee", "count", {"trede": 2}, "Number of cases on trede 2.")
q(10015, "Welke Limburgse zaken hebben nog geen behandelaar?", "list",
  {"province": "Limburg", "no_owner": True}, "Limburg cases without an owner.")
q(10016, "Welke termijnen verlopen deze week?", "list", dict(THIS_WEEK),
  "Cases whose termijn falls in the current week (28 December 2026 - 3 January 2027).")
q(10017, "welke termijnen verlopen de komende 14 dagen", "list",
  {"termijn_from": "2026-12-28", "termijn_to": "2027-01-10"},
  "Cases whose termijn falls in the fourteen days from today (28 Dec 2026 - 10 Jan 2027).")
q(10018, "Welke zaken van Thijs hebben een termijn in januari?", "list", dict(JAN, owner="Thijs"),
  "Thijs's cases whose termijn falls in January 2027.")

# --- expected dates ---------------------------------------------------------------------------
q(10019, "wie is vóór de zomer klaar?", "list", {"expected_before": "2027-07-01"},
  "Cases whose expected date ends before summer 2027 (a date without a year lies ahead).")
q(10020, "Welke gemeenten verwachten pas na 2027 aan hun taak te voldoen?", "list",
  {"expected_after": "2027-12-31"}, "Cases whose expected date starts after 2027.")
q(10021, "wie verwacht in Q1 2027 te voldoen", "list",
  {"expected_after": "2026-12-31", "expected_before": "2027-04-01"},
  "Cases whose expected date lies within the first quarter of 2027.")
q(10022, "welke gemeenten denken deze maand nog te voldoen", "list",
  {"expected_after": "2026-11-30", "expected_before": "2027-01-01"},
  "Cases whose expected date lies within December 2026, the month of the question day.")
q(10023, "Hoeveel gemeenten verwachten in januari klaar te zijn?", "count",
  {"expected_after": "2026-12-31", "expected_before": "2027-02-01"},
  "Number of cases whose expected date lies within January 2027.")
q(10024, "Welke Brabantse gemeenten verwachten vóór 1 maart te voldoen?", "list",
  {"province": "Noord-Brabant", "expected_before": "2027-03-01"},
  "Noord-Brabant cases whose expected date ends before 1 March 2027.")
q(10025, "wie verwacht in de tweede helft van 2027 klaar te zijn", "list",
  {"expected_after": "2027-06-30", "expected_before": "2028-01-01"},
  "Cases whose expected date lies within July-December 2027.")

# --- the lawyer (Els): procedures and reasons ---------------------------------------------------
q(10026, "In welke gemeenten loopt een bezwaarprocedure?", "list", {"reason": "objection_procedure"},
  "Cases whose replies name an objection procedure (bezwaar) as a reason.")
q(10027, "Waar speelt een vergunningprocedure een rol?", "list", {"reason": "permit_procedure"},
  "Cases whose replies name a permit procedure as a reason.")
q(10028, "Welke gemeenten wachten op een besluit van de gemeenteraad?", "list", {"reason": "council_decision"},
  "Cases whose replies name a (pending) council decision as a reason.")
q(10029, "Bij welke gemeenten ligt het aan het COA?", "list", {"reason": "coa_dependency"},
  "Cases whose replies name dependency on the COA as a reason.")
q(10030, "Hoeveel gemeenten noemen lokale weerstand als reden?", "count", {"reason": "local_opposition"},
  "Number of cases whose replies name local opposition as a reason.")
q(10031, "Welke gemeenten in Zuid-Holland geven aan geen geschikte locatie te hebben?", "list",
  {"province": "Zuid-Holland", "reason": "no_location"},
  "Zuid-Holland cases whose replies say no suitable location is available.")
q(10032, "Welke van mijn dossiers hebben te maken met een bezwaarprocedure?", "list",
  {"owner": "Els", "reason": "objection_procedure"},
  "Els's own cases where an objection procedure is a reason.", as_staff=10403)
q(10033, "Welke gemeenten hebben wel gereageerd, maar na afloop van de termijn?", "list", {"state": ["late"]},
  "Cases whose reply came after the termijn.")
q(10034, "Bij welke gemeenten ontbreken zowel de stappen als het tijdpad?", "list",
  {"missing": ["steps", "timeline"]}, "Cases whose latest reply or notice misses both steps and timeline.")
q(10035, "In welke reacties ontbreken de feiten en omstandigheden?", "list", {"missing": ["facts"]},
  "Cases whose latest reply or notice misses the facts and circumstances.")
q(10036, "Bij welke gemeenten ontbreekt een tijdpad?", "list", {"missing": ["timeline"]},
  "Cases whose latest reply or notice misses the timeline.")
q(10037, "Op welke trede staat Hulst?", "fact", {"gemeente": "Hulst", "fact": "trede"},
  "The trede of Hulst's case.", fact="trede")
q(10038, "Welke redenen voert Hulst aan?", "fact", {"gemeente": "Hulst", "fact": "reasons"},
  "The reasons Hulst states in its replies.", fact="reasons")
q(10039, "Welke gemeenten voldoen niet en wijzen op een lopende vergunningprocedure?", "list",
  {"compliance": "voldoet_niet", "reason": "permit_procedure"},
  "Non-compliant cases that name a permit procedure as a reason.")
q(10040, "Welke Gelderse gemeenten voldoen gedeeltelijk?", "list",
  {"province": "Gelderland", "compliance": "voldoet_gedeeltelijk"},
  "Gelderland cases that partly meet their task.")
q(10041, "Welke gemeenten hebben om uitstel gevraagd?", "list", {"state": ["extended"]},
  "Cases with an extension requested (still to be decided) or granted.")
q(10042, "Welke zaken zijn opgeschort?", "list", {"state": ["suspended"]}, "Cases that are suspended.")
q(10043, "Hoeveel gemeenten voldoen volledig aan hun taak?", "count", {"compliance": "voldoet"},
  "Number of cases that fully meet their task.")

# --- the temp (Thijs): typos and shorthand ------------------------------------------------------
q(10044, "wlke gmntn in friesladn hebbn nog nt gereageerd", "list",
  {"province": "Friesland", "state": ["no_reply"]},
  "Friesland cases with no reply after the termijn.")
q(10045, "hvl zaken zndr reactie in ttl?", "count", {"state": ["no_reply"]},
  "Total number of cases without a reply (termijn passed).")
q(10046, "mn zaken pls", "list", {"owner": "Thijs"}, "The asker's (Thijs's) own cases.", as_staff=10404)
q(10047, "wlke v mn zaken hebbn nog nt gereageerd?", "list", {"owner": "Thijs", "state": ["no_reply"]},
  "Thijs's cases with no reply after the termijn.", as_staff=10404)
q(10048, "hoe staat t ervoor met zaandam", "status", {"gemeente": "Zaanstad"},
  "The case of Zaanstad (Zaandam is a place in Zaanstad).")
q(10049, "wnnr vewacht nijmegn klaar te zijn", "fact", {"gemeente": "Nijmegen", "fact": "expected"},
  "When Nijmegen expects to meet its task.", fact="expected")
q(10050, "wie is behandlaar vn lelystad", "fact", {"gemeente": "Lelystad", "fact": "owner"},
  "Who owns Lelystad's case.", fact="owner")
q(10051, "trede 3 gmntn zndr tijdpad?", "list", {"trede": 3, "missing": ["timeline"]},
  "Trede-3 cases whose latest reply or notice misses the timeline.")
q(10052, "zeeuwse gemeentes die te laat gereageerd hebbn", "list", {"province": "Zeeland", "state": ["late"]},
  "Zeeland cases whose reply came after the termijn.")
q(10053, "hvl plekken heeft delfzijl al", "fact", {"gemeente": "Eemsdelta", "fact": "places"},
  "How many places Eemsdelta (former Delfzijl) has realised.", fact="places")
q(10054, "brabant zndr behandelaar", "list", {"province": "Noord-Brabant", "no_owner": True},
  "Noord-Brabant cases without an owner.")
q(10055, "wt ontbreekt er bij heerlen", "fact", {"gemeente": "Heerlen", "fact": "missing"},
  "What Heerlen's latest reply misses.", fact="missing")
q(10056, "wie zijn er allemaal te laat", "clarify", {},
  "Bare 'te laat': asked back (no reply after the termijn, or replied late).")
q(10057, "hoe zit t met utrecht", "clarify", {},
  "'Utrecht' is a province and a municipality: asked back.")
q(10058, "ovrijssel nt gereageerd", "list", {"province": "Overijssel", "state": ["no_reply"]},
  "Overijssel cases with no reply after the termijn.")

# --- Karim ------------------------------------------------------------------------------------
q(10059, "Toon mijn zaken zonder reactie", "list", {"owner": "Karim", "state": ["no_reply"]},
  "Karim's cases with no reply after the termijn.", as_staff=10402)
q(10060, "Welke van mijn zaken hebben een onvolledige reactie?", "list",
  {"owner": "Karim", "state": ["incomplete"]},
  "Karim's cases whose reply misses elements.", as_staff=10402)
q(10061, "Hoeveel zaken heb ik?", "count", {"owner": "Karim"}, "Number of Karim's own cases.", as_staff=10402)

# --- newcomer ---------------------------------------------------------------------------------
q(10062, "Nieuw hier: wat kun je allemaal?", "help", {}, "A newcomer asks what the bot can do.")
q(10063, "Eerste week hier. Welke gemeenten staan op trede drie, actief toezicht?", "list", {"trede": 3},
  "A newcomer asks which cases are on trede 3 (actief toezicht).")

# --- status -----------------------------------------------------------------------------------
q(10064, "Hoe staat Den Bosch ervoor?", "status", {"gemeente": "'s-Hertogenbosch"},
  "The case of 's-Hertogenbosch (alias Den Bosch).")
q(10065, "Welke Noord-Hollandse gemeenten hebben een volledige reactie gestuurd?", "list",
  {"province": "Noord-Holland", "state": ["complete"]},
  "Noord-Holland cases whose reply misses no element.")
q(10066, "Hoe staat het met Hengelo?", "status", {"gemeente": "Hengelo (O.)"},
  "The case of Hengelo (O.) (alias Hengelo).")
q(10067, "hoe staat sudwest fryslan ervoor", "status", {"gemeente": "Súdwest-Fryslân"},
  "The case of Súdwest-Fryslân, typed without diacritics.")
q(10068, "Hoe zit het met Bergen?", "clarify", {},
  "'Bergen' is Bergen (L.) or Bergen (NH.), both with a case: asked back.")
q(10069, "wat is de stand van zaken in Uden", "status", {"gemeente": "Maashorst"},
  "The case of Maashorst (Uden merged into it).")

# --- facts ------------------------------------------------------------------------------------
q(10070, "Hoeveel plekken heeft Tilburg gerealiseerd?", "fact", {"gemeente": "Tilburg", "fact": "places"},
  "How many places Tilburg has realised.", fact="places")
q(10071, "Wanneer verwacht Eindhoven te voldoen?", "fact", {"gemeente": "Eindhoven", "fact": "expected"},
  "When Eindhoven expects to meet its task.", fact="expected")
q(10072, "Wie is de behandelaar van Almere?", "fact", {"gemeente": "Almere", "fact": "owner"},
  "Who owns Almere's case.", fact="owner")
q(10073, "Wat ontbreekt er nog bij Zoetermeer?", "fact", {"gemeente": "Zoetermeer", "fact": "missing"},
  "What Zoetermeer's reply misses.", fact="missing")
q(10074, "Wanneer verliep de termijn van Kerkrade?", "fact", {"gemeente": "Kerkrade", "fact": "termijn"},
  "Kerkrade's termijn.", fact="termijn")
q(10075, "Wanneer heeft Oldambt gereageerd?", "fact", {"gemeente": "Oldambt", "fact": "reply"},
  "When Oldambt replied (and whether on time).", fact="reply")
q(10076, "Voldoet Vlaardingen?", "fact", {"gemeente": "Vlaardingen", "fact": "compliance"},
  "Vlaardingen's compliance.", fact="compliance")
q(10077, "wanneer is Groningen klaar", "fact", {"gemeente": "Groningen", "fact": "expected"},
  "When the municipality Groningen expects to be done (a fact question decides: the municipality).",
  fact="expected")
q(10078, "wat schreef Hulst op 25 juni", "fact", {"gemeente": "Hulst", "fact": "wrote", "date": "2026-06-25"},
  "What Hulst wrote on 25 June 2026.", fact="wrote", date="2026-06-25")
q(10079, "Op welke trede staat Lelystad?", "fact", {"gemeente": "Lelystad", "fact": "trede"},
  "The trede of Lelystad's case.", fact="trede")
q(10080, "Welke redenen geeft Hellevoetsluis op?", "fact", {"gemeente": "Voorne aan Zee", "fact": "reasons"},
  "The reasons stated by Voorne aan Zee (Hellevoetsluis merged into it).", fact="reasons")

# --- follow-up conversations --------------------------------------------------------------------
# A (Yvonne): province, then another province, then the count
q(10081, "Welke Limburgse gemeenten hebben nog niet gereageerd?", "list",
  {"province": "Limburg", "state": ["no_reply"]}, "Limburg cases with no reply after the termijn.")
q(10082, "en in Zeeland?", "list", {"province": "Zeeland", "state": ["no_reply"]},
  "Follow-up: the same question for Zeeland.", after=[10081])
q(10083, "hoeveel zijn dat er?", "count", {"province": "Zeeland", "state": ["no_reply"]},
  "Follow-up: the number of Zeeland cases with no reply after the termijn.", after=[10081, 10082])
# B (Els): status, then what is missing, then another municipality
q(10084, "Hoe staat Brunssum ervoor?", "status", {"gemeente": "Brunssum"}, "The case of Brunssum.")
q(10085, "en wat ontbreekt daar?", "fact", {"gemeente": "Brunssum", "fact": "missing"},
  "Follow-up: what Brunssum's reply misses.", after=[10084], fact="missing")
q(10086, "en bij Hulst?", "fact", {"gemeente": "Hulst", "fact": "missing"},
  "Follow-up: what Hulst's reply misses.", after=[10084, 10085], fact="missing")
# C (Els): a reason, narrowed to a province, then another reason
q(10087, "Bij welke gemeenten loopt een vergunningsprocedure?", "list", {"reason": "permit_procedure"},
  "Cases whose replies name a permit procedure.")
q(10088, "welke daarvan liggen in Noord-Holland?", "list",
  {"reason": "permit_procedure", "province": "Noord-Holland"},
  "Follow-up: of those, the ones in Noord-Holland.", after=[10087])
q(10089, "en waar speelt daar bezwaar?", "list", {"reason": "objection_procedure", "province": "Noord-Holland"},
  "Follow-up: Noord-Holland cases with an objection procedure.", after=[10087, 10088])
# D (Thijs): own cases, then the answered ones
q(10090, "mijn zaken?", "list", {"owner": "Thijs"}, "The asker's (Thijs's) own cases.", as_staff=10404)
q(10091, "wlke daarvn zijn al beantwoord", "list", {"owner": "Thijs", "state": ["answered"]},
  "Follow-up: of Thijs's cases, those with a reply.", after=[10090], as_staff=10404)
# E (Yvonne): an owner, narrowed to trede 3, then another owner
q(10092, "Welke zaken heeft Karim?", "list", {"owner": "Karim"}, "Cases owned by Karim.")
q(10093, "en welke daarvan staan op trede 3?", "list", {"owner": "Karim", "trede": 3},
  "Follow-up: Karim's cases on trede 3.", after=[10092])
q(10094, "en bij Thijs?", "list", {"owner": "Thijs", "trede": 3},
  "Follow-up: Thijs's cases on trede 3.", after=[10092, 10093])

# --- things the bot cannot do -------------------------------------------------------------------
q(10095, "Kun je een vergaderruimte reserveren voor 6 januari?", "unknown", {},
  "Booking a meeting room: not something the bot does.")
q(10096, "wat wordt het weer met oud en nieuw", "unknown", {},
  "A weather question: not something the bot does.")
q(10097, "Zet de januariplanning in een Word-document en mail het naar de afdeling", "unknown", {},
  "Making and mailing a document: not something the bot does.")

# --- remaining filters -------------------------------------------------------------------------
q(10098, "van welke utrechtse gemeenten hebben we nog helemaal geen reactie ontvangen ongeacht de termijn", "list",
  {"province": "Utrecht", "state": ["unanswered"]},
  "Utrecht cases without any reply yet, whether or not the termijn has passed (voice-typed).")
q(10099, "Hoeveel gemeenten hebben op tijd gereageerd?", "count", {"state": ["on_time"]},
  "Number of cases whose reply came by the termijn.")


def build():
    ids = [x["id"] for x in Q]
    assert ids == list(range(10001, 10001 + len(Q))), "ids out of order"
    rows = []
    for x in Q:
        flt = {k: v for k, v in x["filters"].items() if k not in ("fact", "date")}
        if x["intent"] in ("list", "count"):
            gem = select(flt)
            fact = None
        elif x["intent"] in ("status", "fact"):
            g = flt["gemeente"]
            assert g in STATUS, g
            gem = [g]
            fact = fact_value(g, x["fact"], x["date"]) if x["intent"] == "fact" else None
        else:
            gem, fact = [], None
        for a in x["after"]:
            assert a < x["id"]
        rows.append({
            "id": x["id"], "q": x["q"], "intent": x["intent"], "filters": x["filters"],
            "expected_gemeenten": gem, "count": len(gem), "after": x["after"],
            "as_staff": x["as_staff"], "on": DAY, "meaning": x["meaning"], "expected_fact": fact,
        })
    with open(os.path.join(HERE, "questions.jsonl"), "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


if __name__ == "__main__":
    for r in build():
        print(r["id"], r["intent"], r["count"], r["q"][:60], "|", ", ".join(r["expected_gemeenten"][:8]),
              "|", json.dumps(r["expected_fact"], ensure_ascii=False)[:120] if r["expected_fact"] else "")
