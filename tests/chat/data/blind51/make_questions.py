#!/usr/bin/env python3
"""Write questions51_with_expected_sets.jsonl: 100 questions (4 personas x 25) asked on 2029-04-10,
with the expected meaning and the expected answer computed from status.json / due.json.

Conventions: /work/blind/CONV-Q.md; judgement calls: README.md.
"""
import calendar, datetime as dt, json, os
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ON = "2029-04-10"            # a Tuesday
TZ = ZoneInfo("Europe/Amsterdam")
STAFF = {"Henk": 51501, "Ayla": 51502, "Bas": 51503, "Noor": 51504}

NOORD = ["Drenthe", "Friesland", "Groningen"]
OOST = ["Gelderland", "Overijssel"]
ZUID = ["Limburg", "Noord-Brabant", "Zeeland"]

STATUS = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
DUE = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
BY_NAME = {x["gemeente"]: x for x in STATUS}
NO_REPLY = {r["gemeente"] for r in DUE if r["section"] == "overdue" and r["kind"] == "no_reply"}
DUE_NO_REPLY = {r["gemeente"]: r for r in DUE if r["section"] == "overdue" and r["kind"] == "no_reply"}


# ---------------------------------------------------------------- expected dates as intervals
def interval(e):
    """(first day, last day) of an expected date YYYY-MM-DD / YYYY-MM / YYYY-Qn / YYYY-Hn."""
    y = int(e[:4])
    rest = e[5:]
    if len(e) == 10:
        d = dt.date.fromisoformat(e)
        return d, d
    if rest.startswith("Q"):
        q = int(rest[1])
        m1, m2 = 3 * q - 2, 3 * q
    elif rest.startswith("H"):
        h = int(rest[1])
        m1, m2 = 6 * h - 5, 6 * h
    else:
        m1 = m2 = int(rest)
    return dt.date(y, m1, 1), dt.date(y, m2, calendar.monthrange(y, m2)[1])


def as_list(v):
    return v if isinstance(v, list) else [v]


def state_holds(x, s):
    c = x["case"]
    if s == "no_reply":
        return x["gemeente"] in NO_REPLY
    if s == "unanswered":
        return not c["answered"]
    if s == "answered":
        return bool(c["answered"])
    if s == "late":
        return bool(c["answered"]) and c["reply_on_time"] is False
    if s == "on_time":
        return bool(c["answered"]) and c["reply_on_time"] is True
    if s == "incomplete":
        return c["state"] == "answered_incomplete"
    if s == "complete":
        return c["state"] == "answered_complete"
    if s == "extended":
        return bool(c["extension_requested"])
    if s == "suspended":
        return bool(c["suspended"])
    raise ValueError(s)


def matches(x, f):
    c = x["case"]
    if "province" in f and x["province"] not in as_list(f["province"]):
        return False
    if "not_province" in f and x["province"] in as_list(f["not_province"]):
        return False
    if "gemeente" in f and x["gemeente"] != f["gemeente"]:
        return False
    if "not_gemeente" in f and x["gemeente"] in as_list(f["not_gemeente"]):
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
    if not all(state_holds(x, s) for s in f.get("state", [])):
        return False
    if any(state_holds(x, s) for s in f.get("not_state", [])):
        return False
    if not all(m in c["missing"] for m in f.get("missing", [])):
        return False
    if "reason" in f and f["reason"] not in x["reasons"]:
        return False
    if "expected_before" in f or "expected_after" in f:
        if not x["expected_date"]:
            return False
        first, last = interval(x["expected_date"])
        if "expected_before" in f and not last < dt.date.fromisoformat(f["expected_before"]):
            return False
        if "expected_after" in f and not first > dt.date.fromisoformat(f["expected_after"]):
            return False
    if "termijn_from" in f or "termijn_to" in f:
        if not c["termijn"]:
            return False
        t = dt.date.fromisoformat(c["termijn"])
        if "termijn_from" in f and t < dt.date.fromisoformat(f["termijn_from"]):
            return False
        if "termijn_to" in f and t > dt.date.fromisoformat(f["termijn_to"]):
            return False
    return True


def select(f):
    return sorted(x["gemeente"] for x in STATUS if matches(x, f))


# ---------------------------------------------------------------- facts
def local_day(ts):
    return dt.datetime.fromisoformat(ts).astimezone(TZ).date().isoformat()


def reply_fact(x):
    c = x["case"]
    if c["answered"]:
        r = local_day(c["reply_at"])
        days = (dt.date.fromisoformat(r) - dt.date.fromisoformat(c["termijn"])).days if c["termijn"] else None
        return {"reply_date": r, "termijn": c["termijn"], "on_time": c["reply_on_time"],
                "days_late": max(days, 0) if days is not None and c["reply_on_time"] is False else 0}
    d = DUE_NO_REPLY.get(x["gemeente"])
    return {"reply_date": None, "termijn": c["termijn"], "no_reply_overdue": d is not None,
            "days_overdue": d["days_overdue"] if d else None}


def fact_value(kind, g, day=None):
    x = BY_NAME[g]
    c = x["case"]
    if kind == "places":
        return {"realised": x["realised_total"], "planned": x["planned_total"]}
    if kind == "expected":
        return x["expected_date"]
    if kind == "owner":
        return c["owner"]
    if kind == "missing":
        return c["missing"]
    if kind == "termijn":
        return c["termijn"]
    if kind == "reply":
        return reply_fact(x)
    if kind == "reasons":
        return x["reasons"]
    if kind == "trede":
        return c["trede"]
    if kind == "compliance":
        return c["compliance"]
    if kind == "wrote":
        return [{"kind": m["kind"], "subject": m["subject"], "reference": m["reference"]}
                for m in x["messages"] if local_day(m["received_at"]) == day]
    raise ValueError(kind)


def status_summary(g):
    x = BY_NAME[g]
    c = x["case"]
    return {"trede": c["trede"], "state": c["state"], "owner": c["owner"], "termijn": c["termijn"],
            "answered": c["answered"], "reply": reply_fact(x), "compliance": c["compliance"],
            "missing": c["missing"], "extension_requested": c["extension_requested"],
            "letter_undelivered": c["letter_undelivered"], "expected_date": x["expected_date"],
            "places": {"realised": x["realised_total"], "planned": x["planned_total"]}}


def overview_summary(f):
    names = select(f)
    xs = [BY_NAME[n] for n in names]
    return {"cases": len(names),
            "no_reply": sum(state_holds(x, "no_reply") for x in xs),
            "answered": sum(state_holds(x, "answered") for x in xs),
            "late": sum(state_holds(x, "late") for x in xs),
            "incomplete": sum(state_holds(x, "incomplete") for x in xs),
            "complete": sum(state_holds(x, "complete") for x in xs),
            "extended": sum(state_holds(x, "extended") for x in xs),
            "letter_undelivered": sum(bool(x["case"]["letter_undelivered"]) for x in xs),
            "trede": {str(t): sum(x["case"]["trede"] == t for x in xs) for t in sorted({x["case"]["trede"] for x in xs})},
            "compliance": {k: sum(x["case"]["compliance"] == k for x in xs)
                           for k in ("voldoet", "voldoet_gedeeltelijk", "voldoet_niet")}}


# ---------------------------------------------------------------- the questions
# (id, asker, question, intent, filters, after, meaning)
Q = []


def q(i, who, text, intent, filters, meaning, after=()):
    Q.append(dict(id=i, who=who, q=text, intent=intent, filters=filters, after=list(after), meaning=meaning))


# Henk (51501, beheerder): regional coordinator, provinces and regions, overviews and counts
H = "Henk"
q(51001, H, "Hoeveel gemeenten in het noorden hebben nog niet gereageerd terwijl de termijn verstreken is?", "count",
  {"province": NOORD, "state": ["no_reply"]}, "count of no_reply cases in Drenthe, Friesland, Groningen")
q(51002, H, "En in Oost?", "count", {"province": OOST, "state": ["no_reply"]},
  "follow-up: the same count for Oost (Gelderland, Overijssel)", after=[51001])
q(51003, H, "Geef me een overzicht van Zuid-Nederland.", "overview", {"province": ZUID},
  "overview limited to Limburg, Noord-Brabant, Zeeland")
q(51004, H, "Welke Brabantse gemeenten zitten nog in trede 1?", "list", {"province": "Noord-Brabant", "trede": 1},
  "Noord-Brabant cases in trede 1")
q(51005, H, "Hoeveel Zeeuwse gemeenten voldoen gedeeltelijk?", "count",
  {"province": "Zeeland", "compliance": "voldoet_gedeeltelijk"}, "Zeeland cases with compliance voldoet_gedeeltelijk")
q(51006, H, "Gld en Ov: wie heeft er uitstel gevraagd?", "list", {"province": OOST, "state": ["extended"]},
  "Gelderland and Overijssel cases with an extension asked")
q(51007, H, "Hoeveel gemeenten in NH hebben te laat gereageerd?", "count",
  {"province": "Noord-Holland", "state": ["late"]}, "Noord-Holland cases answered after the termijn")
q(51008, H, "En hoeveel daarvan waren ook onvolledig?", "count",
  {"province": "Noord-Holland", "state": ["incomplete", "late"]},
  "follow-up narrowing with 'daarvan ... ook': late and incomplete in Noord-Holland", after=[51007])
q(51009, H, "Welke gemeenten in het noorden noemen het ontbreken van een locatie als reden?", "list",
  {"province": NOORD, "reason": "no_location"}, "Noord cases with reason no_location")
q(51010, H, "Hoeveel zaken in Lb hebben nog geen behandelaar?", "count", {"province": "Limburg", "no_owner": True},
  "Limburg cases without owner")
q(51011, H, "Bij welke gemeenten in het zuiden kwam de brief onbestelbaar retour?", "list",
  {"province": ZUID, "letter_undelivered": True}, "Zuid cases whose latest letter bounced")
q(51012, H, "Aantal gemeenten in ZH in trede 2, Leiden niet meegerekend?", "count",
  {"province": "Zuid-Holland", "trede": 2, "not_gemeente": "Leiden"},
  "Zuid-Holland trede-2 cases without Leiden")
q(51013, H, "Hoeveel gemeenten in de Randstad hebben nog niet gereageerd?", "clarify", {"state": ["no_reply"]},
  "de Randstad has no fixed border: asked back, the state slot kept")
q(51014, H, "Hoeveel Twentse gemeenten voldoen niet?", "unknown", {"compliance": "voldoet_niet"},
  "Twente is a region without a border in the register: unknown, compliance kept")
q(51015, H, "Lijst van de Drentse gemeenten die niet voldoen", "list",
  {"province": "Drenthe", "compliance": "voldoet_niet"}, "Drenthe cases with compliance voldoet_niet")
q(51016, H, "Welke gemeenten in Noord verwachten pas na de zomer van 2027 klaar te zijn?", "list",
  {"province": NOORD, "expected_after": "2027-08-31"}, "Noord, expected date starting after 2027-08-31")
q(51017, H, "Hoeveel gemeenten in Oost-Nederland verwachten vóór 1 januari 2027 aan hun taak te voldoen?", "count",
  {"province": OOST, "expected_before": "2027-01-01"}, "Oost, expected date ending before 2027-01-01")
q(51018, H, "Welke Utrechtse gemeenten hebben geen tijdpad gegeven?", "list",
  {"province": "Utrecht", "missing": ["timeline"]}, "Utrecht (province: plural adjective) cases missing the timeline")
q(51019, H, "Hoeveel gemeenten hebben gereageerd, behalve die in Noord- en Zuid-Holland?", "count",
  {"state": ["answered"], "not_province": ["Noord-Holland", "Zuid-Holland"]},
  "answered cases outside Noord-Holland and Zuid-Holland")
q(51020, H, "Top 5 Brabantse gemeenten met de meeste geplande plaatsen?", "unknown", {"province": "Noord-Brabant"},
  "a ranking: unknown, the province kept")
q(51021, H, "Hoe staat Groningen ervoor?", "clarify", {},
  "Groningen is a province and a municipality; nothing decides: asked back")
q(51022, H, "Hoeveel gemeenten in de provincie Utrecht missen zowel de stappen als het tijdpad?", "count",
  {"province": "Utrecht", "missing": ["steps", "timeline"]}, "province Utrecht, missing steps and timeline")
q(51023, H, "Welke gemeenten in Fl zitten in trede 3?", "list", {"province": "Flevoland", "trede": 3},
  "Flevoland cases in trede 3")
q(51024, H, "Hoeveel zaken heeft Noor in Gelderland?", "count", {"owner": "Noor", "province": "Gelderland"},
  "Gelderland cases owned by Noor")
q(51025, H, "Welke gemeenten in Oost hadden hun termijn in oktober 2026?", "list",
  {"province": OOST, "termijn_from": "2026-10-01", "termijn_to": "2026-10-31"},
  "Oost cases with termijn in October 2026")

# Ayla (51502, behandelaar): speech-to-text, numbers and dates spelled out, no punctuation, homophones
A = "Ayla"
q(51026, A, "welke van mijn zaken zitten in trede twee", "list", {"owner": "Ayla", "trede": 2},
  "Ayla's cases in trede 2")
q(51027, A, "hoeveel van mijn gemeenten hebben nog steeds niet gereageerd", "count",
  {"owner": "Ayla", "state": ["no_reply"]}, "Ayla's no_reply cases")
q(51028, A, "welke gemeenten hadden een termijn eind april tweeduizend zesentwintig", "list",
  {"termijn_from": "2026-04-21", "termijn_to": "2026-04-30"}, "termijn 21-30 April 2026 ('eind' = 21st to end)")
q(51029, A, "wat is de verwachte datum van zwolle", "fact", {"gemeente": "Zwolle", "fact": "expected"},
  "expected date of Zwolle")
q(51030, A, "hoeveel plaatsen heeft vals nu", "fact", {"gemeente": "Vaals", "fact": "places"},
  "places of Vaals (dictated as the homophone 'vals')")
q(51031, A, "wat ontbreekt er nog bij gouda", "fact", {"gemeente": "Gouda", "fact": "missing"},
  "missing elements of Gouda")
q(51032, A, "welke gemeenten zitten in trede drie", "list", {"trede": 3}, "all cases in trede 3")
q(51033, A, "hoeveel gemeenten verwachten voor een juli tweeduizend zevenentwintig klaar te zijn", "count",
  {"expected_before": "2027-07-01"}, "expected date ending before 1 July 2027 ('een' dictated for 'één')")
q(51034, A, "laat mijn zaken zien die te laat gereageerd hebben", "list", {"owner": "Ayla", "state": ["late"]},
  "Ayla's cases answered after the termijn ('te laat gereageerd' is not the bare 'te laat')")
q(51035, A, "wanneer heeft tholen gereageerd", "fact", {"gemeente": "Tholen", "fact": "reply"},
  "reply date of Tholen, on time or late")
q(51036, A, "en wat ontbreekt daar", "fact", {"gemeente": "Tholen", "fact": "missing"},
  "follow-up: missing elements of Tholen", after=[51035])
q(51037, A, "welke gemeenten in gelderland missen de feiten en omstandigheden", "list",
  {"province": "Gelderland", "missing": ["facts"]}, "Gelderland cases missing facts")
q(51038, A, "hoe staat het met lijden", "status", {"gemeente": "Leiden"},
  "status of Leiden (dictated as the homophone 'lijden')")
q(51039, A, "wat moet ik volgende week", "list",
  {"owner": "Ayla", "termijn_from": "2029-04-16", "termijn_to": "2029-04-22"},
  "next week (Mon 16 - Sun 22 April 2029) as a termijn window of the asker's cases: none")
q(51040, A, "welke zeeuwse gemeenten hebben op tijd gereageerd", "list",
  {"province": "Zeeland", "state": ["on_time"]}, "Zeeland cases answered by the termijn")
q(51041, A, "wat schreef doetinchem op twaalf juni tweeduizend zesentwintig", "fact",
  {"gemeente": "Doetinchem", "fact": "wrote", "date": "2026-06-12"}, "messages of Doetinchem received 12 June 2026")
q(51042, A, "welke gemeenten geven vergunning problemen als reden", "list", {"reason": "permit_procedure"},
  "cases with reason permit_procedure ('vergunning problemen' split by dictation)")
q(51043, A, "hoeveel gemeenten in noord holland voldoen niet", "count",
  {"province": "Noord-Holland", "compliance": "voldoet_niet"}, "Noord-Holland cases with voldoet_niet")
q(51044, A, "wie is de eigenaar van houten", "fact", {"gemeente": "Houten", "fact": "owner"},
  "owner of Houten")
q(51045, A, "welke termijn heeft midden groningen", "fact", {"gemeente": "Midden-Groningen", "fact": "termijn"},
  "termijn of Midden-Groningen (no hyphen; not the province)")
q(51046, A, "hoeveel zaken zonder behandelaar zitten in trede een", "count", {"no_owner": True, "trede": 1},
  "cases without owner in trede 1")
q(51047, A, "stuur een herinnering naar oldenzaal", "unknown", {"gemeente": "Oldenzaal"},
  "sending mail: unknown, the municipality kept")
q(51048, A, "welke gemeenten met een termijn in juni tweeduizend zesentwintig hebben te laat gereageerd", "list",
  {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30", "state": ["late"]},
  "termijn in June 2026 and answered late")
q(51049, A, "hoeveel gemeenten verwachten in het tweede kwartaal van tweeduizend zevenentwintig klaar te zijn", "count",
  {"expected_after": "2027-03-31", "expected_before": "2027-07-01"}, "expected date within Q2 2027")
q(51050, A, "dank je wel", "help", {}, "thanks: help")

# Bas (51503, behandelaar): jurist, precise wording on termijnen, compliance; asks what the bot cannot do
B = "Bas"
q(51051, B, "Welke gemeenten zijn in gebreke gebleven binnen de gestelde termijn te reageren?", "list",
  {"state": ["no_reply"]}, "all no_reply cases ('in gebreke gebleven te reageren')")
q(51052, B, "Van welke gemeenten is een reactie ontvangen na het verstrijken van de termijn?", "list",
  {"state": ["late"]}, "cases answered after the termijn")
q(51053, B, "Welke van mijn zaken betreffen gemeenten die gedeeltelijk aan hun wettelijke taak voldoen?", "list",
  {"owner": "Bas", "compliance": "voldoet_gedeeltelijk"}, "Bas's cases with voldoet_gedeeltelijk")
q(51054, B, "Voldoet de gemeente Coevorden aan haar wettelijke taak?", "fact",
  {"gemeente": "Coevorden", "fact": "compliance"}, "compliance of Coevorden")
q(51055, B, "Heeft Aa en Hunze tijdig gereageerd?", "fact", {"gemeente": "Aa en Hunze", "fact": "reply"},
  "reply of Aa en Hunze: date and on time or late")
q(51056, B, "Hoeveel gemeenten hebben weliswaar binnen de termijn gereageerd, maar een onvolledige reactie ingediend?",
  "count", {"state": ["incomplete", "on_time"]}, "answered on time and state answered_incomplete")
q(51057, B, "Welke gemeenten hebben een zienswijze ingediend op de vooraankondiging van de indeplaatsstelling?",
  "unknown", {}, "the register holds no zienswijzen (no such message kind or slot): unknown")
q(51058, B, "Welke gemeenten hebben om verlenging van de reactietermijn verzocht, met uitzondering van de Zuid-Hollandse?",
  "list", {"state": ["extended"], "not_province": "Zuid-Holland"}, "extension asked, Zuid-Holland left out")
q(51059, B, "Welke gemeenten in Overijssel hebben gereageerd, met uitzondering van de gemeenten waarvan de reactie onvolledig is?",
  "list", {"province": "Overijssel", "state": ["answered"], "not_state": ["incomplete"]},
  "Overijssel, answered, incomplete left out")
q(51060, B, "Bij welke van mijn zaken verliep de reactietermijn tussen 1 en 30 juni 2026?", "list",
  {"owner": "Bas", "termijn_from": "2026-06-01", "termijn_to": "2026-06-30"}, "Bas's cases with termijn in June 2026")
q(51061, B, "Stel een vooraankondiging op voor Lelystad.", "unknown", {"gemeente": "Lelystad"},
  "drafting/sending a letter: unknown, the municipality kept")
q(51062, B, "Verhoog de trede van Kerkrade naar 4.", "unknown", {"gemeente": "Kerkrade"},
  "changing the trede by question: unknown, the municipality kept")
q(51063, B, "Welke gemeenten hebben noch de feiten en omstandigheden noch de stappen vermeld?", "list",
  {"missing": ["facts", "steps"]}, "'noch ... noch': missing facts and steps")
q(51064, B, "Hoeveel gemeenten in trede 2 zijn in gebreke gebleven tijdig te reageren, Gelderland niet meegerekend?",
  "count", {"trede": 2, "state": ["no_reply"], "not_province": "Gelderland"},
  "trede 2 no_reply cases, Gelderland left out (not the trede)")
q(51065, B, "Wat is de uiterste reactiedatum voor Echt-Susteren?", "fact",
  {"gemeente": "Echt-Susteren", "fact": "termijn"}, "termijn of Echt-Susteren")
q(51066, B, "Welke redenen heeft Hardenberg aangevoerd?", "fact", {"gemeente": "Hardenberg", "fact": "reasons"},
  "reasons of Hardenberg")
q(51067, B, "Hoeveel gemeenten hebben tijdig gereageerd maar geen tijdpad opgenomen?", "count",
  {"state": ["on_time"], "missing": ["timeline"]}, "answered on time, timeline missing")
q(51068, B, "Welke gemeenten zijn te laat?", "clarify", {},
  "bare 'te laat': no reply after the termijn or answered late: asked back")
q(51069, B, "Welke gemeenten voldoen niet aan hun wettelijke taak en voeren bezwaarprocedures aan als reden?", "list",
  {"compliance": "voldoet_niet", "reason": "objection_procedure"}, "voldoet_niet with reason objection_procedure")
q(51070, B, "In welke trede bevindt Lelystad zich?", "fact", {"gemeente": "Lelystad", "fact": "trede"},
  "trede of Lelystad")
q(51071, B, "Ten aanzien van welke gemeenten is de brief niet bezorgd?", "list", {"letter_undelivered": True},
  "cases whose latest letter came back undelivered")
q(51072, B, "Welke gemeenten verwachten vóór 1 april 2027 aan de taak te voldoen?", "list",
  {"expected_before": "2027-04-01"}, "expected date ending before 1 April 2027")
q(51073, B, "Welke zaken zonder behandelaar bevinden zich in trede 3?", "list", {"no_owner": True, "trede": 3},
  "trede 3 cases without owner")
q(51074, B, "Kunt u de lijst van gemeenten die in gebreke zijn naar Excel exporteren?", "unknown",
  {"state": ["no_reply"]}, "export: unknown, the list it is about (no_reply) kept")
q(51075, B, "Wat is de stand van zaken in het dossier Zeewolde?", "status", {"gemeente": "Zeewolde"},
  "status of Zeewolde")

# Noor (51504, behandelaar): new; her own cases and single municipalities, simple sentences,
# misspellings, former municipality names and place names
N = "Noor"
q(51076, N, "Welke zaken zijn van mij?", "list", {"owner": "Noor"}, "Noor's cases")
q(51077, N, "Hoe staat het met Delfzijl?", "status", {"gemeente": "Eemsdelta"},
  "Delfzijl (former municipality, now a place) is Eemsdelta: status")
q(51078, N, "Heeft Smalingerland al gereageerd?", "fact", {"gemeente": "Smallingerland", "fact": "reply"},
  "reply of Smallingerland (misspelled)")
q(51079, N, "En wat ontbreekt daar nog?", "fact", {"gemeente": "Smallingerland", "fact": "missing"},
  "follow-up: missing elements of Smallingerland", after=[51078])
q(51080, N, "Hoeveel plekken heeft Uden?", "fact", {"gemeente": "Maashorst", "fact": "places"},
  "Uden (former municipality, place in Maashorst): places of Maashorst")
q(51081, N, "Wanneer is Eindhove klaar?", "fact", {"gemeente": "Eindhoven", "fact": "expected"},
  "expected date of Eindhoven (misspelled)")
q(51082, N, "Welke van mijn gemeenten hebben nog niet gereageerd?", "list", {"owner": "Noor", "state": ["no_reply"]},
  "Noor's no_reply cases")
q(51083, N, "Hoeveel van mijn zaken zijn compleet?", "count", {"owner": "Noor", "state": ["complete"]},
  "Noor's cases in state answered_complete")
q(51084, N, "In welke trede zit Maastrict?", "fact", {"gemeente": "Maastricht", "fact": "trede"},
  "trede of Maastricht (misspelled)")
q(51085, N, "Wie is de behandelaar van Hellevoetsluis?", "fact", {"gemeente": "Voorne aan Zee", "fact": "owner"},
  "Hellevoetsluis (former municipality) is Voorne aan Zee: owner (none)")
q(51086, N, "Wat schreef Tiel op 6 mei 2026?", "fact", {"gemeente": "Tiel", "fact": "wrote", "date": "2026-05-06"},
  "messages of Tiel received 6 May 2026")
q(51087, N, "Wat is de termijn van Raalte?", "fact", {"gemeente": "Raalte", "fact": "termijn"}, "termijn of Raalte")
q(51088, N, "Welke redenen noemt Voorschoten?", "fact", {"gemeente": "Voorschoten", "fact": "reasons"},
  "reasons of Voorschoten")
q(51089, N, "Voldoet Albrandswaart aan de taak?", "fact", {"gemeente": "Albrandswaard", "fact": "compliance"},
  "compliance of Albrandswaard (misspelled)")
q(51090, N, "Welke van mijn zaken missen een tijdpad?", "list", {"owner": "Noor", "missing": ["timeline"]},
  "Noor's cases missing the timeline")
q(51091, N, "Hoe geef ik een zaak aan een collega?", "help", {}, "how to assign a case: help")
q(51092, N, "Wat is het telefoonnummer van de gemeente Bunnik?", "unknown", {"gemeente": "Bunnik"},
  "contact data: unknown, the municipality kept")
q(51093, N, "Hoe zit het met Bergen?", "clarify", {}, "Bergen (L.) or Bergen (NH.): asked back")
q(51094, N, "Hoeveel plaatsen heeft Woerden gepland?", "fact", {"gemeente": "Woerden", "fact": "places"},
  "places of Woerden")
q(51095, N, "Welke gemeenten in Friesland hebben te laat gereageerd?", "list",
  {"province": "Friesland", "state": ["late"]}, "Friesland cases answered late")
q(51096, N, "En in Drenthe?", "list", {"province": "Drenthe", "state": ["late"]},
  "follow-up: the same list for Drenthe", after=[51095])
q(51097, N, "Welke van mijn zaken zitten in trede 1?", "list", {"owner": "Noor", "trede": 1},
  "Noor's cases in trede 1")
q(51098, N, "Heeft Dronten op tijd gereageerd?", "fact", {"gemeente": "Dronten", "fact": "reply"},
  "reply of Dronten: none, termijn passed")
q(51099, N, "Welke gemeenten liggen naast Barneveldt?", "unknown", {"gemeente": "Barneveld"},
  "neighbours: unknown, the (misspelled) municipality kept")
q(51100, N, "Hoe staat Den Bosch ervoor?", "status", {"gemeente": "'s-Hertogenbosch"},
  "status of 's-Hertogenbosch ('Den Bosch')")


# ---------------------------------------------------------------- output
def norm_filters(f):
    out = {}
    for k, v in f.items():
        out[k] = sorted(v) if isinstance(v, list) else v
    return out


def build():
    ids = [x["id"] for x in Q]
    assert ids == list(range(51001, 51101)), "ids must be 51001..51100 in order"
    rows = []
    for x in Q:
        f = norm_filters(x["filters"])
        gem, count, fact = [], None, None
        if x["intent"] in ("list", "count"):
            gem = select(f)
            count = len(gem)
        elif x["intent"] == "fact":
            fact = fact_value(f["fact"], f["gemeente"], f.get("date"))
        elif x["intent"] == "status":
            fact = status_summary(f["gemeente"])
        elif x["intent"] == "overview":
            fact = overview_summary(f)
        for g in [f.get("gemeente")] if f.get("gemeente") else []:
            assert g in BY_NAME, g
        rows.append({"id": x["id"], "q": x["q"], "intent": x["intent"], "filters": f,
                     "expected_gemeenten": gem, "count": count, "after": x["after"],
                     "as_staff": STAFF[x["who"]], "on": ON, "meaning": x["meaning"], "expected_fact": fact})
    return rows


if __name__ == "__main__":
    rows = build()
    path = os.path.join(HERE, "questions51_with_expected_sets.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} questions -> {os.path.basename(path)}")
