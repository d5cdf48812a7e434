#!/usr/bin/env python3
"""Blind question set q18 for the spreidingsbot chat reader.

Computes expected_gemeenten / count / expected_fact of every question from status.json and due.json only
(no bot calls) and writes questions.jsonl.  All questions are asked on DAY.

Staff: 18501 Sanne (beheerder), 18502 Daan, 18503 Ilse, 18504 Pieter (behandelaars).
Personas: communications adviser (Sanne, 18001-18025), supervisor (Daan, 18026-18050),
colleague from another ministry (Ilse, 18051-18075), data analyst (Pieter, 18076-18099).
"""
import datetime as dt
import json
import re

DAY = "2027-05-19"
STAFF = {18501: "Sanne", 18502: "Daan", 18503: "Ilse", 18504: "Pieter"}

STATUS = json.load(open("status.json", encoding="utf-8"))
DUE = json.load(open("due.json", encoding="utf-8"))
BY_NAME = {s["gemeente"]: s for s in STATUS}
CASES = [s for s in STATUS if s["case"]]
NO_REPLY = {d["gemeente"] for d in DUE if d["section"] == "overdue" and d["kind"] == "no_reply"}

D = dt.date.fromisoformat


# ---------------------------------------------------------------- expected-date intervals
def interval(v):
    """expected_date value -> (first day, last day) or None."""
    if not v:
        return None
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v)
    if m:
        d = D(v)
        return d, d
    m = re.fullmatch(r"(\d{4})-(\d{2})", v)
    if m:
        y, mo = int(m[1]), int(m[2])
        return dt.date(y, mo, 1), month_end(y, mo)
    m = re.fullmatch(r"(\d{4})-Q([1-4])", v)
    if m:
        y, q = int(m[1]), int(m[2])
        return dt.date(y, 3 * q - 2, 1), month_end(y, 3 * q)
    m = re.fullmatch(r"(\d{4})-H([12])", v)
    if m:
        y, h = int(m[1]), int(m[2])
        return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if h == 1 else (dt.date(y, 7, 1), dt.date(y, 12, 31))
    raise ValueError(v)


def month_end(y, mo):
    nxt = dt.date(y + (mo == 12), mo % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


# ---------------------------------------------------------------- state predicates
def has_state(s, st):
    c = s["case"]
    if st == "no_reply":            # as due --json's overdue no_reply
        return s["gemeente"] in NO_REPLY
    if st == "unanswered":          # no reply (to the current letter) yet
        return not c["answered"]
    if st == "answered":
        return bool(c["answered"])
    if st == "late":
        return c["reply_on_time"] is False
    if st == "on_time":
        return c["reply_on_time"] is True
    if st == "incomplete":          # the case's state as status shows it
        return c["state"] == "answered_incomplete"
    if st == "complete":
        return c["state"] == "answered_complete"
    if st == "suspended":
        return bool(c["suspended"])
    if st == "extended":            # extension asked and still open (no /verleng was given in this register)
        return bool(c["extension_requested"])
    raise ValueError(st)


def as_list(v):
    return v if isinstance(v, list) else [v]


def match(s, f):
    c = s["case"]
    if "gemeente" in f and s["gemeente"] != f["gemeente"]:
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
    if "state" in f and not all(has_state(s, st) for st in f["state"]):
        return False
    if "not_state" in f and any(has_state(s, st) for st in f["not_state"]):
        return False
    if "missing" in f and not all(m in c["missing"] for m in f["missing"]):
        return False
    if "reason" in f and f["reason"] not in s["reasons"]:
        return False
    if "compliance" in f and c["compliance"] != f["compliance"]:
        return False
    if "expected_before" in f or "expected_after" in f:
        iv = interval(s["expected_date"])
        if iv is None:
            return False
        if "expected_before" in f and not iv[1] < D(f["expected_before"]):
            return False
        if "expected_after" in f and not iv[0] > D(f["expected_after"]):
            return False
    if "termijn_from" in f or "termijn_to" in f:
        if not c["termijn"]:
            return False
        t = D(c["termijn"])
        if "termijn_from" in f and t < D(f["termijn_from"]):
            return False
        if "termijn_to" in f and t > D(f["termijn_to"]):
            return False
    return True


def select(f):
    return sorted(s["gemeente"] for s in CASES if match(s, f))


# ---------------------------------------------------------------- facts
def fact_value(f, intent):
    s = BY_NAME[f["gemeente"]]
    c = s["case"]
    if intent == "status":
        return {"state": c["state"], "trede": c["trede"], "compliance": c["compliance"], "owner": c["owner"],
                "missing": c["missing"]}
    k = f["fact"]
    if k == "places":
        return {"realised_total": s["realised_total"], "planned_total": s["planned_total"],
                "task_total": s["task_total"]}
    if k == "expected":
        return s["expected_date"]
    if k == "owner":
        return c["owner"]
    if k == "compliance":
        return c["compliance"]
    if k == "reasons":
        return s["reasons"]
    if k == "missing":
        return c["missing"]
    if k == "termijn":
        return c["termijn"]
    if k == "trede":
        return c["trede"]
    if k == "reply":
        return {"answered": c["answered"], "reply_at": c["reply_at"], "reply_on_time": c["reply_on_time"]}
    if k == "wrote":
        return [{"id": m["id"], "kind": m["kind"], "subject": m["subject"]} for m in s["messages"]
                if m["received_at"][:10] == f["date"]]
    raise ValueError(k)


# ---------------------------------------------------------------- the questions
# (id, question, intent, filters, after, as_staff, meaning)
NH, ZH, NB = "Noord-Holland", "Zuid-Holland", "Noord-Brabant"
Q = []


def q(i, text, intent, filters, meaning, after=(), staff=None):
    Q.append(dict(id=i, q=text, intent=intent, filters=filters, after=list(after), as_staff=staff, meaning=meaning))


# ---- A. communications adviser preparing a press line (Sanne, 18501)
A = 18501
q(18001, "Hoeveel gemeenten doen gewoon helemaal niets aan opvang?", "count", {"compliance": "voldoet_niet"},
  "Count of cases that meet none of their task (no places realised): 'doen niets' read as voldoet_niet.", staff=A)
q(18002, "welke gemeenten zitten nu in de zwaarste trede", "list", {"trede": 6},
  "Cases on the heaviest rung of the ladder, trede 6 (sanctie): none.", staff=A)
q(18003, "en in trede 3?", "list", {"trede": 3},
  "Follow-up: the same list for trede 3 instead.", after=[18002], staff=A)
q(18004, "Hoeveel opvangplekken heeft Zaandam op dit moment?", "fact", {"gemeente": "Zaanstad", "fact": "places"},
  "Places of Zaanstad (Zaandam is a place in it).", staff=A)
q(18005, "en wanneer denken ze klaar te zijn", "fact", {"gemeente": "Zaanstad", "fact": "expected"},
  "Follow-up: when Zaanstad expects to meet its task.", after=[18004], staff=A)
q(18006, "Hoeveel gemeenten hebben nog altijd niet gereageerd op de brief van de minister?", "count",
  {"state": ["no_reply"]}, "Count of cases with no reply while the termijn has passed.", staff=A)
q(18007, "en hoeveel daarvan liggen in Noord-Holland?", "count", {"state": ["no_reply"], "province": NH},
  "Follow-up: of those, the ones in Noord-Holland.", after=[18006], staff=A)
q(18008, "welke zijn dat?", "list", {"state": ["no_reply"], "province": NH},
  "Follow-up: list the Noord-Holland cases without reply.", after=[18006, 18007], staff=A)
q(18009, "Hoe staat Delfzijl ervoor?", "status", {"gemeente": "Eemsdelta"},
  "Status of Eemsdelta (Delfzijl is a former municipality merged into it).", staff=A)
q(18010, "Voldoet de gemeente Heerhugowaard aan haar wettelijke taak?", "fact",
  {"gemeente": "Dijk en Waard", "fact": "compliance"},
  "Compliance of Dijk en Waard (former Heerhugowaard).", staff=A)
q(18011, "hoeveel plekken heeft den bosch al gerealiseerd", "fact",
  {"gemeente": "'s-Hertogenbosch", "fact": "places"}, "Realised places of 's-Hertogenbosch.", staff=A)
q(18012, "Hoeveel gemeenten voldoen inmiddels volledig aan hun taak?", "count", {"compliance": "voldoet"},
  "Count of cases that fully meet their task.", staff=A)
q(18013, "Welke is dat?", "list", {"compliance": "voldoet"},
  "Follow-up: name the case(s) that fully comply.", after=[18012], staff=A)
q(18014, "En hoeveel voldoen er maar half?", "count", {"compliance": "voldoet_gedeeltelijk"},
  "Follow-up: count of cases that partly meet their task.", after=[18012], staff=A)
q(18015, "Welke Limburgse gemeentn voldoen niet?", "list", {"compliance": "voldoet_niet", "province": "Limburg"},
  "Limburg cases that do not meet their task.", staff=A)
q(18016, "en in Brabant?", "list", {"compliance": "voldoet_niet", "province": NB},
  "Follow-up: the same for Noord-Brabant.", after=[18015], staff=A)
q(18017, "In welke trede zit Uden eigenlijk?", "fact", {"gemeente": "Maashorst", "fact": "trede"},
  "Trede of Maashorst (former Uden).", staff=A)
q(18018, "Wat geeft Boxmeer als reden op?", "fact", {"gemeente": "Land van Cuijk", "fact": "reasons"},
  "Reasons stated by Land van Cuijk (former Boxmeer).", staff=A)
q(18019, "welke gemeenten noemen bezwaarprocedures als reden dat het niet lukt", "list",
  {"reason": "objection_procedure"}, "Cases that name objection procedures as a reason.", staff=A)
q(18020, "en lokale weerstand?", "list", {"reason": "local_opposition"},
  "Follow-up: cases that name local opposition instead.", after=[18019], staff=A)
q(18021, "Hoeveel Friese gemeenten staan onder toezicht?", "count", {"province": "Friesland"},
  "Count of cases in Friesland.", staff=A)
q(18022, "wanneer verwacht drachten klaar te zijn", "fact", {"gemeente": "Smallingerland", "fact": "expected"},
  "Expected date of Smallingerland (Drachten is a place in it).", staff=A)
q(18023, "hoe zit het met Utrecht?", "clarify", {},
  "Ambiguous: Utrecht the municipality or the province; the bot should ask back.", staff=A)
q(18024, "Wie is bij jullie verantwoordelijk voor Almere?", "fact", {"gemeente": "Almere", "fact": "owner"},
  "Owner (behandelaar) of Almere.", staff=A)
q(18025, "hoeveel gemeenten hebben te laat gereageerd", "count", {"state": ["late"]},
  "Count of cases whose reply came after the termijn ('te laat gereageerd' is unambiguous).", staff=A)

# ---- B. supervisor planning the week (Daan, 18502)
B = 18502
q(18026, "welke termijnen verlopen deze week?", "list",
  {"termijn_from": "2027-05-17", "termijn_to": "2027-05-23"},
  "Cases whose termijn falls in the current week (Mon-Sun): none.", staff=B)
q(18027, "en volgende week", "list", {"termijn_from": "2027-05-24", "termijn_to": "2027-05-30"},
  "Follow-up: termijnen in next week: none.", after=[18026], staff=B)
q(18028, "Welke termijnen liepen af in november 2026?", "list",
  {"termijn_from": "2026-11-01", "termijn_to": "2026-11-30"}, "Cases whose termijn was in November 2026.", staff=B)
q(18029, "en welke daarvan hebben ook nog steeds niet gereageerd", "list",
  {"termijn_from": "2026-11-01", "termijn_to": "2026-11-30", "state": ["no_reply"]},
  "Follow-up: of those, the ones still without reply.", after=[18028], staff=B)
q(18030, "hoeveel zaken staan over de termijn zonder reaktie", "count", {"state": ["no_reply"]},
  "Count of cases without reply past the termijn.", staff=B)
q(18031, "welke zaken hebben nog geen behandelaar", "list", {"no_owner": True},
  "Cases without an owner.", staff=B)
q(18032, "en daarvan in Overijssel?", "list", {"no_owner": True, "province": "Overijssel"},
  "Follow-up: unowned cases in Overijssel.", after=[18031], staff=B)
q(18033, "zaken van Ilse", "list", {"owner": "Ilse"}, "Cases owned by Ilse.", staff=B)
q(18034, "hoeveel daarvan wachten nog op een reactie terwijl de termijn al verstreken is?", "count",
  {"owner": "Ilse", "state": ["no_reply"]}, "Follow-up: Ilse's cases with no reply past the termijn.",
  after=[18033], staff=B)
q(18035, "mijn zaken", "list", {"owner": "Daan"}, "Cases of the asker (Daan).", staff=B)
q(18036, "wat moet ik deze week", "list",
  {"owner": "Daan", "termijn_from": "2027-05-17", "termijn_to": "2027-05-23"},
  "The asker's cases with a termijn this week: none.", staff=B)
q(18037, "Welke uitstelverzoeken liggen er nog?", "list", {"state": ["extended"]},
  "Cases with an extension request still to be decided.", staff=B)
q(18038, "welke daarvan hebben nog geen behandelaar", "list", {"state": ["extended"], "no_owner": True},
  "Follow-up: of those, the ones without owner.", after=[18037], staff=B)
q(18039, "zaken in trede 3 zonder behandelaar", "list", {"trede": 3, "no_owner": True},
  "Unowned cases in trede 3.", staff=B)
q(18040, "Gelderse zaken in trede 2 die te laat hebben gereageerd", "list",
  {"province": "Gelderland", "trede": 2, "state": ["late"]},
  "Gelderland cases in trede 2 whose reply came after the termijn.", staff=B)
q(18041, "brabantse gemeentes zonder reactie behalve helmond", "list",
  {"province": NB, "state": ["no_reply"], "not_gemeente": "Helmond"},
  "Noord-Brabant cases with no reply past the termijn, leaving out Helmond.", staff=B)
q(18042, "hoeveel onvolledige reacties zijn er in Zuid-Holland en Utrecht", "count",
  {"state": ["incomplete"], "province": ["Utrecht", ZH]},
  "Count of cases whose reply is incomplete in Zuid-Holland or Utrecht (the province).", staff=B)
q(18043, "zaken van Pieter in Limburg", "list", {"owner": "Pieter", "province": "Limburg"},
  "Pieter's cases in Limburg.", staff=B)
q(18044, "en in Fr?", "list", {"owner": "Pieter", "province": "Friesland"},
  "Follow-up: Pieter's cases in Friesland (abbreviation Fr).", after=[18043], staff=B)
q(18045, "welke termijnen verliepen tussen 1 en 30 juni 2026", "list",
  {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30"}, "Cases whose termijn was in June 2026.", staff=B)
q(18046, "overzicht van de zaken in het noorden die over de termijn zijn zonder reactie", "list",
  {"province": ["Drenthe", "Friesland", "Groningen"], "state": ["no_reply"]},
  "Cases in Noord-Nederland with no reply past the termijn.", staff=B)
q(18047, "hoeveel complete reacties hebben we binnen uit ZH", "count", {"state": ["complete"], "province": ZH},
  "Count of Zuid-Holland cases whose reply misses nothing (state answered_complete).", staff=B)
q(18048, "zaken zonder behandelaar in trede 2 in Zeeland, excl. uitstelverzoeken", "list",
  {"no_owner": True, "trede": 2, "province": "Zeeland", "not_state": ["extended"]},
  "Unowned trede-2 cases in Zeeland, leaving out those with an extension request.", staff=B)
q(18049, "tot wanneer had oud-beijerland om te reageren", "fact", {"gemeente": "Hoeksche Waard", "fact": "termijn"},
  "Termijn of Hoeksche Waard (former Oud-Beijerland, merged 2019).", staff=B)
q(18050, "hoe wijs ik een zaak toe?", "help", {}, "How to assign a case: help.", staff=B)

# ---- C. colleague from another ministry, no team words (Ilse, 18503)
C = 18503
q(18051, "Welke gemeenten hebben hun huiswerk niet ingeleverd?", "list", {"state": ["no_reply"]},
  "Paraphrase: cases with no reply past the termijn.", staff=C)
q(18052, "wie heeft er om meer tijd gevraagd", "list", {"state": ["extended"]},
  "Paraphrase: cases with an (open) extension request.", staff=C)
q(18053, "welke brieven zijn teruggekomen?", "list", {"letter_undelivered": True},
  "Paraphrase: cases whose latest letter bounced (undelivered).", staff=C)
q(18054, "Welke gemeenten hebben nog geen enkele plek?", "list", {"compliance": "voldoet_niet"},
  "Paraphrase: cases without any realised place, read as compliance voldoet_niet.", staff=C)
q(18055, "en in gelderland", "list", {"compliance": "voldoet_niet", "province": "Gelderland"},
  "Follow-up: the same in Gelderland.", after=[18054], staff=C)
q(18056, "Welke gemeenten hebben wel geantwoord maar niet alles verteld wat we wilden weten?", "list",
  {"state": ["incomplete"]}, "Paraphrase: cases whose reply is incomplete.", staff=C)
q(18057, "bij welke gemeenten ontbreekt een planning", "list", {"missing": ["timeline"]},
  "Paraphrase: cases missing the timeline element ('planning' = tijdpad).", staff=C)
q(18058, "welke gemeenten zeggen dat ze geen geschikt terrein of gebouw kunnen vinden", "list",
  {"reason": "no_location"}, "Paraphrase: reason no_location.", staff=C)
q(18059, "welke gemeenten hangen af van het COA", "list", {"reason": "coa_dependency"},
  "Paraphrase: reason coa_dependency.", staff=C)
q(18060, "Welke gemeenten hebben netjes op tijd antwoord gegeven?", "list", {"state": ["on_time"]},
  "Paraphrase: cases that replied by the termijn.", staff=C)
q(18061, "en welke waren te laat met hun antwoord", "list", {"state": ["late"]},
  "Follow-up: cases whose reply came after the termijn (replaces on_time).", after=[18060], staff=C)
q(18062, "hoeveel daarvan waren ook nog onvolledig", "count", {"state": ["incomplete", "late"]},
  "Follow-up narrowing with 'daarvan ... ook': late and incomplete.", after=[18060, 18061], staff=C)
q(18063, "Welke gemeenten staan onder verscherpt toezicht?", "list", {"trede": 3},
  "Paraphrase: 'verscherpt toezicht' read as trede 3 (actief toezicht).", staff=C)
q(18064, "hoeveel asielzoekers zitten er op dit moment in Ter Apel", "unknown", {},
  "Not in the register (occupancy figures): the bot should say it cannot answer.", staff=C)
q(18065, "Welke gemeente heeft de grootste achterstand?", "unknown", {},
  "Ranking: not supported, the bot should say so.", staff=C)
q(18066, "Zijn er in Gelderland meer gemeenten die niet voldoen dan in Overijssel?", "unknown", {},
  "Comparison: not supported.", staff=C)
q(18067, "gemeenten in de Randstad die nog niets van zich hebben laten horen", "clarify",
  {"state": ["no_reply"]}, "'de Randstad' has no fixed border: the bot should ask back.", staff=C)
q(18068, "welke gemeenten zijn te laat?", "clarify", {},
  "Bare 'te laat': no reply past the termijn, or a late reply; asked back.", staff=C)
q(18069, "Hoe staat het ervoor met Bergen?", "clarify", {},
  "Bergen (L.) or Bergen (NH.), both have a case: asked back.", staff=C)
q(18070, "welke gemeenten hebben niet opgeschreven welke stappen ze gaan zetten", "list",
  {"missing": ["steps"]}, "Paraphrase: cases missing the steps element.", staff=C)
q(18071, "welke gemeenten leggen niet uit waarom het ze niet lukt", "list", {"missing": ["facts"]},
  "Paraphrase: cases missing the facts (reasons) element.", staff=C)
q(18072, "bij welke gemeenten is een opvanglocatie weggevallen", "list", {"reason": "places_lost"},
  "Paraphrase: reason places_lost.", staff=C)
q(18073, "Heeft Volendam al iets van zich laten horen?", "fact", {"gemeente": "Edam-Volendam", "fact": "reply"},
  "Whether/when Edam-Volendam replied (Volendam is a place in it).", staff=C)
q(18074, "Kunnen jullie namens mij een brief naar Lochem sturen?", "unknown", {},
  "Sending letters is not something the chat does: it should say so.", staff=C)
q(18075, "wat mist er nog in het antwoord van Zoetemeer", "fact", {"gemeente": "Zoetermeer", "fact": "missing"},
  "Missing elements of Zoetermeer (typo 'Zoetemeer': the bot guesses and says so).", staff=C)

# ---- D. data analyst (Pieter, 18504)
P = 18504
q(18076, "hoeveel gemeenten verwachten in Q1 2027 te voldoen", "count",
  {"expected_after": "2026-12-31", "expected_before": "2027-04-01"},
  "Count of cases whose expected date lies within Q1 2027.", staff=P)
q(18077, "en in Q3?", "count", {"expected_after": "2027-06-30", "expected_before": "2027-10-01"},
  "Follow-up: Q3 without a year is the one ahead, Q3 2027; the window is replaced.", after=[18076], staff=P)
q(18078, "aantal zaken met een verwachte datum in de tweede helft van 2027", "count",
  {"expected_after": "2027-06-30", "expected_before": "2028-01-01"},
  "Count of cases expecting to comply within H2 2027.", staff=P)
q(18079, "Hoeveel zaken hebben een verwachte datum die al verstreken is?", "count",
  {"expected_before": DAY}, "Count of cases whose expected date ended before today.", staff=P)
q(18080, "daarvan alleen trede 2, en Limburg niet meegerekend", "count",
  {"expected_before": DAY, "trede": 2, "not_province": "Limburg"},
  "Follow-up: of those, trede 2 and not in Limburg.", after=[18079], staff=P)
q(18081, "welke gemeenten verwachten tussen 1 maart 2027 en 30 juni 2027 te voldoen", "list",
  {"expected_after": "2027-02-28", "expected_before": "2027-07-01"},
  "Cases whose expected date lies between 1 March and 30 June 2027.", staff=P)
q(18082, "wie verwacht pas na de zomer van 2027 klaar te zijn", "list", {"expected_after": "2027-08-31"},
  "Cases whose expected date starts after summer 2027 (after 31 August).", staff=P)
q(18083, "welke gemeenten dachten voor 1 januari 2027 te voldoen", "list", {"expected_before": "2027-01-01"},
  "Cases whose expected date ended before 1 January 2027.", staff=P)
q(18084, "hoeveel gemeenten missen alle drie de elementen", "count",
  {"missing": ["facts", "steps", "timeline"]}, "Count of cases missing facts, steps and timeline.", staff=P)
q(18085, "gemeenten die noch de stappen noch het tijdpad noemen", "list", {"missing": ["steps", "timeline"]},
  "Cases missing both steps and timeline.", staff=P)
q(18086, "aantal onvolledige reacties zonder tijdpad, exclusief Zuid-Holland", "count",
  {"state": ["incomplete"], "missing": ["timeline"], "not_province": ZH},
  "Count of incomplete replies missing the timeline, outside Zuid-Holland.", staff=P)
q(18087, "hoeveel gemeenten noemen geldgebrek als reden behalve die in Friesland", "count",
  {"reason": "finance", "not_province": "Friesland"},
  "Count of cases naming finance as a reason, Friesland left out.", staff=P)
q(18088, "gemeenten in Gld en Ov in trede 2 die gedeeltelijk voldoen en op tijd reageerden", "list",
  {"province": ["Gelderland", "Overijssel"], "trede": 2, "compliance": "voldoet_gedeeltelijk",
   "state": ["on_time"]}, "Four conditions: provinces, trede, compliance, state.", staff=P)
q(18089, "hoeveel zaken in trede 1 met uitzondering van Noord-Brabant en Limburg", "count",
  {"trede": 1, "not_province": ["Limburg", NB]}, "Count of trede-1 cases outside Noord-Brabant and Limburg.",
  staff=P)
q(18090, "hoeveel gemeenten hebben gereageerd, uitgezonderd de gemeenten die te laat waren", "count",
  {"state": ["answered"], "not_state": ["late"]}, "Count of answered cases, leaving out late replies.", staff=P)
q(18091, "bij hoeveel zaken is er nog helemaal geen antwoord binnen, of de termijn nu verstreken is of niet", "count",
  {"state": ["unanswered"]}, "Count of cases with no reply (to the current letter) yet, termijn passed or not.", staff=P)
q(18092, "hoeveel gemeenten verwachten in de eerste helft van 2027 klaar te zijn", "count",
  {"expected_after": "2026-12-31", "expected_before": "2027-07-01"},
  "Count of cases whose expected date lies within H1 2027.", staff=P)
q(18093, "welke zaken noemen bezwaar als reden en verwachten pas na 1 oktober 2027 te voldoen", "list",
  {"reason": "objection_procedure", "expected_after": "2027-10-01"},
  "Reason objection_procedure and expected date starting after 1 October 2027.", staff=P)
q(18094, "welke gemeenten in Oost-Nederland hebben geen tijdpad gegeven", "list",
  {"province": ["Gelderland", "Overijssel"], "missing": ["timeline"]},
  "Cases in Gelderland/Overijssel missing the timeline.", staff=P)
q(18095, "hoeveel zaken in trede 2 voldoen niet, Limburg niet meegerekend", "count",
  {"trede": 2, "compliance": "voldoet_niet", "not_province": "Limburg"},
  "Count of trede-2 non-compliant cases outside Limburg.", staff=P)
q(18096, "welke gemeenten verwachten deze maand te voldoen", "list",
  {"expected_after": "2027-04-30", "expected_before": "2027-06-01"},
  "Cases whose expected date lies within May 2027 (the month of the day asked).", staff=P)
q(18097, "hoeveel gemeenten in Zuid-Nederland zitten over de termijn zonder reactie maar niet in trede 3", "count",
  {"province": ["Limburg", NB, "Zeeland"], "state": ["no_reply"], "not_trede": 3},
  "Count of no-reply cases in Limburg/Noord-Brabant/Zeeland, trede 3 left out.", staff=P)
q(18098, "welke Brabantse gemeenten behalve Breda en Tilburg hebben een onvolledige reactie gestuurd", "list",
  {"province": NB, "state": ["incomplete"], "not_gemeente": ["Breda", "Tilburg"]},
  "Incomplete replies in Noord-Brabant, leaving out Breda and Tilburg.", staff=P)
q(18099, "wat schreef Heemskerk op 28 april 2026", "fact",
  {"gemeente": "Heemskerk", "fact": "wrote", "date": "2026-04-28"},
  "The message(s) Heemskerk sent on 28 April 2026.", staff=P)


# ---------------------------------------------------------------- write
def main():
    ids = [x["id"] for x in Q]
    assert len(ids) == len(set(ids)) and all(18001 <= i <= 18099 for i in ids), "bad ids"
    out = []
    for x in Q:
        for a in x["after"]:
            assert a < x["id"] and a in ids
        intent, f = x["intent"], x["filters"]
        if intent in ("list", "count"):
            gem = select(f)
            cnt, fact = len(gem), None
        elif intent in ("status", "fact"):
            gem, cnt, fact = [], None, fact_value(f, intent)
        else:
            gem, cnt, fact = [], None, None
        out.append({"id": x["id"], "q": x["q"], "intent": intent, "filters": f, "expected_gemeenten": gem,
                    "count": cnt, "after": x["after"], "as_staff": x["as_staff"], "on": DAY,
                    "meaning": x["meaning"], "expected_fact": fact})
    with open("questions.jsonl", "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"{len(out)} questions -> questions.jsonl")


if __name__ == "__main__":
    main()
