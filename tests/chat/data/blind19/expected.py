#!/usr/bin/env python3
"""Blind question set q19 for the spreidingsbot chat reader.

Computes expected_gemeenten / count / expected_fact for every question from
due.json + status.json (both made on the asking day 2026-11-18, see README.md)
and writes questions.jsonl.  Stdlib only; deterministic.

Run:  python3 expected.py          (in /work/blind/q19)
"""
import calendar
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ON = "2026-11-18"  # asking day, a Wednesday
STAFF = {19501: "Mirjam", 19502: "Thijs", 19503: "Noor", 19504: "Gerrit"}
M, T, N, G = 19501, 19502, 19503, 19504

STATUS = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
DUE = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
CASES = {n: v for n, v in STATUS.items() if v.get("case")}

# ---------------------------------------------------------------- helpers
D = dt.date.fromisoformat


def period(s):
    """expected_date string -> (first day, last day)."""
    if s is None:
        return None
    if len(s) == 10:
        d = D(s)
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
    return dt.date(y, m1, 1), dt.date(y, m2, calendar.monthrange(y, m2)[1])


NO_REPLY = {x["gemeente"] for x in DUE if x["section"] == "overdue" and x["kind"] == "no_reply"}


def has_state(v, s):
    c = v["case"]
    if s == "no_reply":
        # no reply and the termijn has passed: due --json's overdue/no_reply (== status case.overdue)
        return v["gemeente"] in NO_REPLY
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
    if s == "suspended":
        return bool(c["suspended"])
    if s == "extended":
        # extension asked and not yet decided (no extension was granted in this register)
        return bool(c["extension_requested"])
    raise ValueError(s)


def aslist(x):
    return x if isinstance(x, list) else [x]


def match(v, f, asker):
    c = v["case"]
    if "gemeente" in f and v["gemeente"] != f["gemeente"]:
        return False
    if "province" in f and v["province"] not in aslist(f["province"]):
        return False
    if "not_province" in f and v["province"] in aslist(f["not_province"]):
        return False
    if "not_gemeente" in f and v["gemeente"] in aslist(f["not_gemeente"]):
        return False
    if "trede" in f and c["trede"] not in aslist(f["trede"]):
        return False
    if "not_trede" in f and c["trede"] in aslist(f["not_trede"]):
        return False
    if "owner" in f and c["owner"] != f["owner"]:
        return False
    if f.get("no_owner") and c["owner"] is not None:
        return False
    if f.get("letter_undelivered") and not c["letter_undelivered"]:
        return False
    if any(not has_state(v, s) for s in f.get("state", [])):
        return False
    if any(has_state(v, s) for s in f.get("not_state", [])):
        return False
    if "missing" in f and not set(f["missing"]) <= set(c["missing"] or []):
        return False
    if "reason" in f and f["reason"] not in (v["reasons"] or []):
        return False
    if "compliance" in f and c["compliance"] != f["compliance"]:
        return False
    if "expected_before" in f or "expected_after" in f:
        p = period(v["expected_date"])
        if p is None:
            return False
        if "expected_before" in f and not p[1] < D(f["expected_before"]):
            return False
        if "expected_after" in f and not p[0] > D(f["expected_after"]):
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


def select(f, asker):
    return sorted(n for n, v in CASES.items() if match(v, f, asker))


def fact(name, key, date=None):
    v = STATUS[name]
    c = v["case"] or {}
    if key == "places":
        return {"realised": v["realised_total"], "planned": v["planned_total"]}
    if key == "expected":
        return v["expected_date"]
    if key == "owner":
        return c.get("owner")
    if key == "missing":
        return c.get("missing")
    if key == "termijn":
        return c.get("termijn")
    if key == "reply":
        return {"answered": c.get("answered"), "reply_at": c.get("reply_at"),
                "reply_on_time": c.get("reply_on_time")}
    if key == "reasons":
        return v["reasons"]
    if key == "trede":
        return c.get("trede")
    if key == "compliance":
        return c.get("compliance")
    if key == "wrote":
        return [{"id": m["id"], "kind": m["kind"], "subject": m["subject"]}
                for m in v["messages"] if m["received_at"][:10] == date]
    raise ValueError(key)


# ---------------------------------------------------------------- questions
# (id, as_staff, q, intent, filters, after, meaning)
# filters = the complete slots as understood AFTER context (follow-ups carry the earlier slots).
Q = [
    # ======================= Mirjam: team lead, report to the minister =======================
    (19001, M, "Hoeveel gemeenten voldoen op dit moment niet aan hun wettelijke taak?", "count",
     {"compliance": "voldoet_niet"}, [], "Number of cases whose compliance is voldoet_niet."),
    (19002, M, "Hoeveel zaken zitten er inmiddels in trede 3?", "count",
     {"trede": 3}, [], "Number of cases on trede 3 (actief toezicht)."),
    (19003, M, "Welke gemeenten zijn dat?", "list",
     {"trede": 3}, [19002], "Follow-up: list the trede-3 cases just counted."),
    (19004, M, "Hoeveel gemeenten in Zuid-Holland voldoen gedeeltelijk?", "count",
     {"province": "Zuid-Holland", "compliance": "voldoet_gedeeltelijk"}, [],
     "Number of Zuid-Holland cases with compliance voldoet_gedeeltelijk."),
    (19005, M, "en in Noord-Holland?", "count",
     {"province": "Noord-Holland", "compliance": "voldoet_gedeeltelijk"}, [19004],
     "Follow-up: same count with the province replaced by Noord-Holland."),
    (19006, M, "Hoeveel gemeenten in het noorden hebben de termijn laten verlopen zonder te reageren?", "count",
     {"province": ["Drenthe", "Friesland", "Groningen"], "state": ["no_reply"]}, [],
     "Number of no_reply cases in Drenthe, Friesland and Groningen (region word 'het noorden')."),
    (19007, M, "Graag een lijst van de gemeenten in Oost-Nederland die niet voldoen, maar niet in trede 1.", "list",
     {"province": ["Gelderland", "Overijssel"], "compliance": "voldoet_niet", "not_trede": 1}, [],
     "Gelderland and Overijssel cases with compliance voldoet_niet, excluding trede 1."),
    (19008, M, "Hoeveel gemeenten hebben te laat gereageerd?", "count",
     {"state": ["late"]}, [], "Number of cases whose reply came after the termijn."),
    (19009, M, "En hoeveel daarvan was ook onvolledig?", "count",
     {"state": ["incomplete", "late"]}, [19008],
     "Follow-up narrowing with 'daarvan ook': late AND incomplete."),
    (19010, M, "Welke Zeeuwse gemeenten hebben om uitstel gevraagd?", "list",
     {"province": "Zeeland", "state": ["extended"]}, [],
     "Zeeland cases with an extension requested (still undecided)."),
    (19011, M, "Welke provincie heeft de meeste gemeenten die niet voldoen?", "unknown",
     {}, [], "A ranking across provinces: the bot cannot rank, so unknown with nearest options."),
    (19012, M, "Hoeveel gemeenten buiten Noord- en Zuid-Holland zitten in trede 2?", "count",
     {"trede": 2, "not_province": ["Noord-Holland", "Zuid-Holland"]}, [],
     "Number of trede-2 cases outside Noord-Holland and Zuid-Holland."),
    (19013, M, "Welke gemeenten verwachten vóór de zomer van 2027 aan hun taak te voldoen?", "list",
     {"expected_before": "2027-07-01"}, [],
     "Cases whose expected date ends strictly before 1 July 2027 (README example)."),
    (19014, M, "En welke pas na de zomer van 2027?", "list",
     {"expected_after": "2027-08-31"}, [19013],
     "Follow-up replacing the window: expected date starts after 31 August 2027."),
    (19015, M, "Welke gemeenten denken in Q1 2027 te voldoen?", "list",
     {"expected_after": "2026-12-31", "expected_before": "2027-04-01"}, [],
     "Cases whose expected date lies wholly inside Q1 2027."),
    (19016, M, "en in Q2?", "list",
     {"expected_after": "2027-03-31", "expected_before": "2027-07-01"}, [19015],
     "Follow-up: the quarter window replaced by Q2 (of 2027, the one ahead)."),
    (19017, M, "Hoeveel dossiers hebben nog geen behandelaar?", "count",
     {"no_owner": True}, [], "Number of cases without an owner."),
    (19018, M, "Hoeveel gemeenten hebben gereageerd, uitgezonderd de gemeenten die te laat waren?", "count",
     {"state": ["answered"], "not_state": ["late"]}, [],
     "Answered cases minus the late ones (README example)."),
    (19019, M, "Bij hoeveel gemeenten is onze brief onbestelbaar retour gekomen?", "count",
     {"letter_undelivered": True}, [], "Number of cases whose latest letter bounced."),
    (19020, M, "Hoe zit het met Utrecht?", "clarify",
     {}, [], "Utrecht is a province and a municipality: the bot must ask back."),
    (19021, M, "Hoeveel gemeenten in de Randstad voldoen niet?", "clarify",
     {"compliance": "voldoet_niet"}, [], "'de Randstad' has no fixed border: asked back."),
    (19022, M, "Welke gemeenten in trede 2 voldoen niet, Limburg niet meegerekend?", "list",
     {"trede": 2, "compliance": "voldoet_niet", "not_province": "Limburg"}, [],
     "Trede-2 cases with voldoet_niet outside Limburg (README example phrase)."),
    (19023, M, "Hoeveel gemeenten hebben een verwachte datum die al verstreken is?", "count",
     {"expected_before": ON}, [], "Cases whose expected date ended before the asking day."),
    (19024, M, "Voldoet de gemeente Zaanstad aan haar wettelijke taak?", "fact",
     {"gemeente": "Zaanstad", "fact": "compliance"}, [], "Fact: the compliance of Zaanstad."),
    (19025, M, "Welke gemeenten in Gelderland en Overijssel missen zowel de stappen als het tijdpad?", "list",
     {"province": ["Gelderland", "Overijssel"], "missing": ["steps", "timeline"]}, [],
     "Cases in Gelderland or Overijssel missing both steps and timeline."),
    (19026, M, "Stuur me het overzicht voor de minister", "overview",
     {}, [], "The overview chart (/overzicht)."),

    # ======================= Thijs: case officer starting his week =======================
    (19027, T, "mijn zaken", "list",
     {"owner": "Thijs"}, [], "All cases owned by the asker (Thijs)."),
    (19028, T, "wat moet ik deze week?", "list",
     {"owner": "Thijs", "termijn_from": "2026-11-16", "termijn_to": "2026-11-22"}, [],
     "Asker's cases whose termijn falls in this week (Mon 16 - Sun 22 Nov 2026)."),
    (19029, T, "en volgende week?", "list",
     {"owner": "Thijs", "termijn_from": "2026-11-23", "termijn_to": "2026-11-29"}, [19028],
     "Follow-up: same, next week (23-29 Nov 2026)."),
    (19030, T, "Welke termijnen verlopen in december?", "list",
     {"termijn_from": "2026-12-01", "termijn_to": "2026-12-31"}, [],
     "All cases whose termijn falls in December 2026 (none)."),
    (19031, T, "Welke van mijn gemeenten zitten over de termijn zonder reactie?", "list",
     {"owner": "Thijs", "state": ["no_reply"]}, [], "Asker's cases with no reply after the termijn."),
    (19032, T, "hoeveel zaken heeft Noor?", "count",
     {"owner": "Noor"}, [], "Number of cases owned by Noor."),
    (19033, T, "Wie is behandelaar van Almere?", "fact",
     {"gemeente": "Almere", "fact": "owner"}, [], "Fact: owner of Almere; expected_fact null = the case has no behandelaar."),
    (19034, T, "wie is eigenaar van Hengelo", "fact",
     {"gemeente": "Hengelo (O.)", "fact": "owner"}, [], "Fact: owner of Hengelo (O.), named by its alias."),
    (19035, T, "Welke van mijn zaken hebben uitstel aangevraagd?", "list",
     {"owner": "Thijs", "state": ["extended"]}, [], "Asker's cases with an extension requested."),
    (19036, T, "zaken van Gerrit in Limburg", "list",
     {"owner": "Gerrit", "province": "Limburg"}, [], "Gerrit's cases in Limburg."),
    (19037, T, "mijn dossiers waar het tijdpad ontbreekt", "list",
     {"owner": "Thijs", "missing": ["timeline"]}, [], "Asker's cases whose answer misses the timeline."),
    (19038, T, "Welke termijnen verlopen de komende week bij zaken zonder behandelaar?", "list",
     {"no_owner": True, "termijn_from": "2026-11-18", "termijn_to": "2026-11-24"}, [],
     "Unowned cases whose termijn falls in the seven days from the asking day."),
    (19039, T, "Wanneer verloopt de termijn van Kerkrade?", "fact",
     {"gemeente": "Kerkrade", "fact": "termijn"}, [], "Fact: the termijn of Kerkrade."),
    (19040, T, "Welke brieven van mij zijn onbestelbaar retour gekomen?", "list",
     {"owner": "Thijs", "letter_undelivered": True}, [], "Asker's cases whose letter bounced."),
    (19041, T, "Hoeveel van mijn zaken voldoen niet?", "count",
     {"owner": "Thijs", "compliance": "voldoet_niet"}, [], "Number of asker's cases with voldoet_niet."),
    (19042, T, "mijn zaken in Gelderland behalve Arnhem", "list",
     {"owner": "Thijs", "province": "Gelderland", "not_gemeente": "Arnhem"}, [],
     "Asker's Gelderland cases, Arnhem left out."),
    (19043, T, "Zijn er zaken van mij te laat?", "clarify",
     {"owner": "Thijs"}, [], "Bare 'te laat': asked back (no reply after termijn, or late reply)."),
    (19044, T, "welke termijnen verlopen binnen twee weken", "list",
     {"termijn_from": "2026-11-18", "termijn_to": "2026-12-01"}, [],
     "Cases whose termijn falls in the fourteen days counting the asking day."),
    (19045, T, "en welke daarvan zijn van mij?", "list",
     {"termijn_from": "2026-11-18", "termijn_to": "2026-12-01", "owner": "Thijs"}, [19044],
     "Follow-up narrowing the previous list to the asker's cases."),
    (19046, T, "Welke termijnen liepen begin oktober af?", "list",
     {"termijn_from": "2026-10-01", "termijn_to": "2026-10-10"}, [],
     "Cases whose termijn fell in 1-10 October (nearest October: 2026)."),
    (19047, T, "Welke zaken van Mirjam staan nog in trede 1?", "list",
     {"owner": "Mirjam", "trede": 1}, [], "Mirjam's cases on trede 1."),
    (19048, T, "Hoe staat Kapelle ervoor?", "status",
     {"gemeente": "Kapelle"}, [], "The case of Kapelle."),
    (19049, T, "mijn zaken met een onvolledige reactie", "list",
     {"owner": "Thijs", "state": ["incomplete"]}, [], "Asker's cases in state answered_incomplete."),
    (19050, T, "Welke van mijn zaken staan in trede drie?", "list",
     {"owner": "Thijs", "trede": 3}, [], "Asker's cases on trede 3."),
    (19051, T, "Hoe wijs ik een zaak toe aan een collega?", "help",
     {}, [], "How-to question: help."),

    # ======================= Noor: new policy adviser, everyday words, typos =======================
    (19052, N, "waar speelt bezwaar", "list",
     {"reason": "objection_procedure"}, [], "Cases with reason objection_procedure (README example)."),
    (19053, N, "welke gemeentes kunnen geen geschikte locatie vinden?", "list",
     {"reason": "no_location"}, [], "Cases with reason no_location."),
    (19054, N, "en in friesland?", "list",
     {"reason": "no_location", "province": "Friesland"}, [19053],
     "Follow-up: same reason, narrowed to Friesland."),
    (19055, N, "bij welke gemeentes ontbreekt het tijdpat", "list",
     {"missing": ["timeline"]}, [], "Cases missing the timeline (typo 'tijdpat')."),
    (19056, N, "Brabantse gemeenten zonder tijdpad", "list",
     {"province": "Noord-Brabant", "missing": ["timeline"]}, [],
     "Noord-Brabant cases missing the timeline (README example)."),
    (19057, N, "welke gemeentn missen alle drie de elementen?", "list",
     {"missing": ["facts", "steps", "timeline"]}, [], "Cases missing facts, steps and timeline."),
    (19058, N, "bij welke gemeenten hangt het af van een besluit van de gemeenteraad?", "list",
     {"reason": "council_decision"}, [], "Cases with reason council_decision (paraphrase)."),
    (19059, N, "welke gemeenten zijn opvangplekken kwijtgeraakt", "list",
     {"reason": "places_lost"}, [], "Cases with reason places_lost."),
    (19060, N, "hoeveel gemeentes hebben last van weerstand uit de buurt?", "count",
     {"reason": "local_opposition"}, [], "Number of cases with reason local_opposition (paraphrase)."),
    (19061, N, "welke gemeenten wachten op het COA", "list",
     {"reason": "coa_dependency"}, [], "Cases with reason coa_dependency."),
    (19062, N, "waarom lukt het Heemskerk niet?", "fact",
     {"gemeente": "Heemskerk", "fact": "reasons"}, [], "Fact: the reasons Heemskerk states."),
    (19063, N, "wat ontbreekt er bij Zeist?", "fact",
     {"gemeente": "Zeist", "fact": "missing"}, [], "Fact: the elements missing for Zeist."),
    (19064, N, "en bij Zoetermeer?", "fact",
     {"gemeente": "Zoetermeer", "fact": "missing"}, [19063],
     "Follow-up: same fact for Zoetermeer."),
    (19065, N, "welke gemeenten hebben geldproblemen als reden", "list",
     {"reason": "finance"}, [], "Cases with reason finance."),
    (19066, N, "Welke gemeenten noemen noch de stappen noch het tijdpad?", "list",
     {"missing": ["steps", "timeline"]}, [], "Cases missing both steps and timeline (README phrase)."),
    (19067, N, "bij wie in Zuid-Holland ontbreken de feiten en omstandigheden", "list",
     {"province": "Zuid-Holland", "missing": ["facts"]}, [], "Zuid-Holland cases missing the facts."),
    (19068, N, "wat is een meldplicht eigenlijk?", "unknown",
     {}, [], "A definition question the reader cannot answer: unknown."),
    (19069, N, "welke gemeenten in Utrechtt hebben een vergunningsprocedure lopen", "list",
     {"province": "Utrecht", "reason": "permit_procedure"}, [],
     "Utrecht-province cases with reason permit_procedure ('gemeenten in' decides province; typo)."),
    (19070, N, "hoeveel gemeenten in groningen hebben geen locatie", "count",
     {"province": "Groningen", "reason": "no_location"}, [],
     "Number of Groningen-province cases with reason no_location (plural decides province)."),
    (19071, N, "welke gemeenten krijgen het niet rond door de woningnood?", "list",
     {"reason": "housing_shortage"}, [], "Cases with reason housing_shortage."),
    (19072, N, "wanneer verwacht Zaanstad klaar te zijn", "fact",
     {"gemeente": "Zaanstad", "fact": "expected"}, [], "Fact: the expected date of Zaanstad (README example)."),
    (19073, N, "hoeveel plekken heeft den bosch al", "fact",
     {"gemeente": "'s-Hertogenbosch", "fact": "places"}, [], "Fact: places of 's-Hertogenbosch (alias)."),
    (19074, N, "welke gemeenten hebben een bezwaarprocedure en voldoen niet", "list",
     {"reason": "objection_procedure", "compliance": "voldoet_niet"}, [],
     "Cases with reason objection_procedure and compliance voldoet_niet."),
    (19075, N, "welke gemeentes hebben om meer tijd gevraagd, excl. Zuid-Holland", "list",
     {"state": ["extended"], "not_province": "Zuid-Holland"}, [],
     "Cases with an extension requested, Zuid-Holland left out."),
    (19076, N, "wat is de top 5 met de grootste achterstand?", "unknown",
     {}, [], "A ranking: unknown with nearest options (README example)."),

    # ======================= Gerrit: dictates by voice, per-municipality facts =======================
    (19077, G, "hoe staat het met ede", "status",
     {"gemeente": "Ede"}, [], "The case of Ede."),
    (19078, G, "wat schreef ede op vier mei", "fact",
     {"gemeente": "Ede", "fact": "wrote", "date": "2026-05-04"}, [],
     "Fact: what Ede sent on 4 May 2026 (README example, voice numbers)."),
    (19079, G, "hoeveel plekken heeft roosendaal gerealiseerd", "fact",
     {"gemeente": "Roosendaal", "fact": "places"}, [], "Fact: places of Roosendaal (README example)."),
    (19080, G, "en hoeveel zijn er gepland", "fact",
     {"gemeente": "Roosendaal", "fact": "places"}, [19079], "Follow-up: planned places of Roosendaal."),
    (19081, G, "in welke trede zit zwolle", "fact",
     {"gemeente": "Zwolle", "fact": "trede"}, [], "Fact: trede of Zwolle."),
    (19082, G, "en kampen", "fact",
     {"gemeente": "Kampen", "fact": "trede"}, [19081], "Follow-up: trede of Kampen."),
    (19083, G, "wie is behandelaar van maastricht", "fact",
     {"gemeente": "Maastricht", "fact": "owner"}, [], "Fact: owner of Maastricht."),
    (19084, G, "welke gemeenten in limburg zitten in trede twee", "list",
     {"province": "Limburg", "trede": 2}, [], "Limburg cases on trede 2 (number as word)."),
    (19085, G, "en welke daarvan voldoen niet", "list",
     {"province": "Limburg", "trede": 2, "compliance": "voldoet_niet"}, [19084],
     "Follow-up narrowing to compliance voldoet_niet."),
    (19086, G, "wanneer moet kerk rade reageren", "fact",
     {"gemeente": "Kerkrade", "fact": "termijn"}, [], "Fact: termijn of Kerkrade (voice split the name)."),
    (19087, G, "hoeveel gemeenten in gelderland hebben nog niet gereageerd", "count",
     {"province": "Gelderland", "state": ["no_reply"]}, [],
     "Number of Gelderland no_reply cases (README example maps 'nog niet gereageerd' to no_reply)."),
    (19088, G, "en in overijssel", "count",
     {"province": "Overijssel", "state": ["no_reply"]}, [19087], "Follow-up: same count for Overijssel."),
    (19089, G, "voldoet hellendoorn aan de taak", "fact",
     {"gemeente": "Hellendoorn", "fact": "compliance"}, [], "Fact: compliance of Hellendoorn."),
    (19090, G, "mijn zaken in brabant", "list",
     {"owner": "Gerrit", "province": "Noord-Brabant"}, [], "Asker's (Gerrit's) cases in Noord-Brabant."),
    (19091, G, "wat is de termijn van sittard geleen", "fact",
     {"gemeente": "Sittard-Geleen", "fact": "termijn"}, [], "Fact: termijn of Sittard-Geleen."),
    (19092, G, "wanneer heeft etten leur gereageerd", "fact",
     {"gemeente": "Etten-Leur", "fact": "reply"}, [], "Fact: when Etten-Leur replied."),
    (19093, G, "hoe zit het met delfzijl", "status",
     {"gemeente": "Eemsdelta"}, [], "Former municipality Delfzijl: the case of Eemsdelta with a note."),
    (19094, G, "hoeveel plekken heeft zaandam", "fact",
     {"gemeente": "Zaanstad", "fact": "places"}, [], "Place Zaandam: places of Zaanstad."),
    (19095, G, "welke gemeenten in zeeland zitten in trede twee behalve goes en sluis", "list",
     {"province": "Zeeland", "trede": 2, "not_gemeente": ["Goes", "Sluis"]}, [],
     "Zeeland trede-2 cases, Goes and Sluis left out."),
    (19096, G, "wie verwacht voor een januari tweeduizend zevenentwintig te voldoen", "list",
     {"expected_before": "2027-01-01"}, [],
     "Cases whose expected date ends before 1 January 2027 (numbers as words)."),
    (19097, G, "hoe staat het met bergen", "clarify",
     {}, [], "Bergen is two municipalities: asked back."),
    (19098, G, "hoe staat heerlen ervoor", "status",
     {"gemeente": "Heerlen"}, [], "The case of Heerlen."),
    (19099, G, "en wat ontbreekt daar", "fact",
     {"gemeente": "Heerlen", "fact": "missing"}, [19098], "Follow-up: what is missing for Heerlen."),
]


def build():
    out = []
    ids = set()
    for qid, staff, q, intent, filters, after, meaning in Q:
        assert qid not in ids and 19001 <= qid <= 19099, qid
        ids.add(qid)
        for a in after:
            assert a in ids, (qid, a)
        expected_fact = None
        if intent in ("list", "count"):
            gem = select(filters, STAFF[staff])
        elif intent == "status":
            gem = [filters["gemeente"]]
        else:  # fact, clarify, unknown, help, overview: no list of cases (brief: [] for facts/unknown/help)
            gem = []
        if intent == "fact":
            expected_fact = fact(filters["gemeente"], filters["fact"], filters.get("date"))
        out.append({
            "id": qid, "q": q, "intent": intent, "filters": filters,
            "expected_gemeenten": gem, "count": len(gem), "after": after,
            "as_staff": staff, "on": ON, "meaning": meaning, "expected_fact": expected_fact,
        })
    assert len(out) == 99, len(out)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False, sort_keys=False) + "\n")
    return out


if __name__ == "__main__":
    from collections import Counter
    res = build()
    print(len(res), "questions;", dict(Counter(o["intent"] for o in res)))
    print("per persona:", dict(Counter(STAFF[o["as_staff"]] for o in res)))
