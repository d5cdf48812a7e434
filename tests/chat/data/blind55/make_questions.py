#!/usr/bin/env python3
"""make_questions.py -> questions55_with_expected_sets.jsonl (set 55, asked on 2029-07-10).
Expected sets, counts and facts are computed from status.json / due.json (dump_status.py 2029-07-10)."""
import json, os
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ON = "2029-07-10"
AMS = ZoneInfo("Europe/Amsterdam")
STAFF = {55501: "Judith", 55502: "Robin", 55503: "Samira", 55504: "Gert"}
STATUS = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
DUE = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
BY_NAME = {d["gemeente"]: d for d in STATUS}
CASES = [d for d in STATUS if d["case"]]
NO_REPLY = {x["gemeente"] for x in DUE if x["section"] == "overdue" and x["kind"] == "no_reply"}
NOORD = ["Drenthe", "Friesland", "Groningen"]
OOST = ["Gelderland", "Overijssel"]
ZUID = ["Limburg", "Noord-Brabant", "Zeeland"]


def as_list(v):
    return v if isinstance(v, list) else [v]


def interval(s):
    """expected_date string -> (first day, last day)."""
    if s is None:
        return None
    y = int(s[:4])
    if len(s) == 10:
        d = date.fromisoformat(s)
        return d, d
    if "-Q" in s:
        q = int(s[-1])
        first = date(y, 3 * q - 2, 1)
        last = (date(y + 1, 1, 1) if q == 4 else date(y, 3 * q + 1, 1)) - timedelta(days=1)
        return first, last
    if "-H" in s:
        return (date(y, 1, 1), date(y, 6, 30)) if s.endswith("1") else (date(y, 7, 1), date(y, 12, 31))
    m = int(s[5:7])
    first = date(y, m, 1)
    last = (date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)) - timedelta(days=1)
    return first, last


def holds(d, state):
    c = d["case"]
    if state == "no_reply":
        return d["gemeente"] in NO_REPLY
    if state == "unanswered":
        return not c["answered"]
    if state == "answered":
        return bool(c["answered"])
    if state == "late":
        return bool(c["answered"]) and c["reply_on_time"] is False
    if state == "on_time":
        return bool(c["answered"]) and c["reply_on_time"] is True
    if state == "incomplete":
        return c["state"] == "answered_incomplete"
    if state == "complete":
        return c["state"] == "answered_complete"
    if state == "suspended":
        return bool(c["suspended"])
    if state == "extended":
        return bool(c["extension_requested"])
    raise ValueError(state)


def match(d, f, asker):
    c = d["case"]
    if "province" in f and d["province"] not in as_list(f["province"]):
        return False
    if "not_province" in f and d["province"] in as_list(f["not_province"]):
        return False
    if "not_gemeente" in f and d["gemeente"] in as_list(f["not_gemeente"]):
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
    if not all(holds(d, s) for s in f.get("state", [])):
        return False
    if any(holds(d, s) for s in f.get("not_state", [])):
        return False
    if not all(m in c["missing"] for m in f.get("missing", [])):
        return False
    if "reason" in f and not all(r in d["reasons"] for r in as_list(f["reason"])):
        return False
    if "expected_before" in f or "expected_after" in f:
        iv = interval(d["expected_date"])
        if iv is None:
            return False
        if "expected_before" in f and not iv[1] < date.fromisoformat(f["expected_before"]):
            return False
        if "expected_after" in f and not iv[0] > date.fromisoformat(f["expected_after"]):
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


def select(f, asker):
    return sorted(d["gemeente"] for d in CASES if match(d, f, asker))


def local_day(ts):
    return datetime.fromisoformat(ts).astimezone(AMS).date().isoformat()


def fact(kind, g, day=None):
    d = BY_NAME[g]
    c = d["case"]
    if kind == "places":
        return {"realised": d["realised_total"], "planned": d["planned_total"]}
    if kind == "expected":
        return d["expected_date"]
    if kind == "owner":
        return c["owner"]
    if kind == "missing":
        return c["missing"]
    if kind == "termijn":
        return c["termijn"]
    if kind == "reasons":
        return d["reasons"]
    if kind == "trede":
        return c["trede"]
    if kind == "compliance":
        return c["compliance"]
    if kind == "reply":
        if not c["answered"]:
            return {"reply_date": None, "on_time": None, "days_after_termijn": None}
        rd = local_day(c["reply_at"])
        return {"reply_date": rd, "on_time": c["reply_on_time"],
                "days_after_termijn": (date.fromisoformat(rd) - date.fromisoformat(c["termijn"])).days}
    if kind == "wrote":
        return [{"received": local_day(m["received_at"]), "kind": m["kind"], "subject": m["subject"]}
                for m in sorted(d["messages"], key=lambda m: m["received_at"]) if local_day(m["received_at"]) == day]
    if kind == "status":
        return {"trede": c["trede"], "owner": c["owner"], "state": c["state"], "compliance": c["compliance"],
                "termijn": c["termijn"], "overdue": g in NO_REPLY, "answered": c["answered"],
                "missing": c["missing"], "expected_date": d["expected_date"],
                "extension_requested": c["extension_requested"], "letter_undelivered": c["letter_undelivered"]}
    raise ValueError(kind)


Q = []


def q(qid, text, intent, filters, meaning, as_staff, after=None):
    Q.append(dict(id=qid, q=text, intent=intent, filters=filters, after=after, as_staff=as_staff, meaning=meaning))


# ---------------------------------------------------------------- 1. Judith (policy director): negations, long clauses
J = 55501
q(55001, "Kunt u mij laten weten welke gemeenten tot op heden nog altijd niet hebben gereageerd op onze brief, met uitzondering van de gemeenten die in Limburg liggen?",
  "list", {"state": ["no_reply"], "not_province": "Limburg"}, "no reply after the termijn, Limburg left out", J)
q(55002, "Hoeveel gemeenten voldoen er niet aan hun wettelijke taak, waarbij ik Noord-Brabant en Zeeland graag buiten beschouwing laat?",
  "count", {"compliance": "voldoet_niet", "not_province": ["Noord-Brabant", "Zeeland"]}, "count voldoet_niet, excluding NB and Zeeland", J)
q(55003, "Welke gemeenten in trede 2, waarvan de reactie weliswaar binnen is maar pas na het verstrijken van de termijn, liggen niet in Noord-Holland?",
  "list", {"trede": 2, "state": ["late"], "not_province": "Noord-Holland"}, "trede 2, replied late, not in Noord-Holland", J)
q(55004, "Graag de Brabantse gemeenten die inmiddels een reactie hebben gestuurd, behalve Breda en Tilburg.",
  "list", {"province": "Noord-Brabant", "state": ["answered"], "not_gemeente": ["Breda", "Tilburg"]}, "Noord-Brabant cases that answered, minus Breda and Tilburg", J)
q(55005, "Hoeveel zaken zijn er op dit moment nog aan geen enkele behandelaar toegewezen, de zaken in trede 1 niet meegerekend?",
  "count", {"no_owner": True, "not_trede": 1}, "count cases without owner, not trede 1", J)
q(55006, "Welke Gelderse gemeenten hebben gereageerd, uitgezonderd de gemeenten die te laat waren?",
  "list", {"province": "Gelderland", "state": ["answered"], "not_state": ["late"]}, "Gelderland, answered but not late", J)
q(55007, "Bij welke gemeenten in Noord-Nederland, op Friesland na, ontbreekt het tijdpad nog?",
  "list", {"province": NOORD, "not_province": "Friesland", "missing": ["timeline"]}, "north (Dr/Fr/Gr) minus Friesland, timeline missing", J)
q(55008, "Welke zaken in trede 2 hebben, voor zover ze niet in Zuid-Holland liggen, nog geen uitstel gevraagd en ook na het verstrijken van de termijn nog steeds niet gereageerd?",
  "list", {"trede": 2, "state": ["no_reply"], "not_state": ["extended"], "not_province": "Zuid-Holland"}, "trede 2, no reply, no extension requested, not Zuid-Holland", J)
q(55009, "Hoeveel gemeenten hebben bezwaarprocedures als reden aangevoerd, de gemeente Utrecht en Amersfoort niet meegerekend?",
  "count", {"reason": "objection_procedure", "not_gemeente": ["Amersfoort", "Utrecht"]}, "count reason objection_procedure minus the municipalities Utrecht and Amersfoort", J)
q(55010, "Welke gemeenten die gedeeltelijk voldoen en een volledige reactie hebben gestuurd liggen er buiten Zuid-Holland en Noord-Holland?",
  "list", {"compliance": "voldoet_gedeeltelijk", "state": ["complete"], "not_province": ["Noord-Holland", "Zuid-Holland"]}, "voldoet_gedeeltelijk and complete reply, not in NH/ZH", J)
q(55011, "Welke gemeenten die niet in Brabant liggen hebben ons iets gestuurd waarin zowel de stappen als het tijdpad ontbreken?",
  "list", {"not_province": "Noord-Brabant", "missing": ["steps", "timeline"]}, "steps and timeline both missing, not Noord-Brabant", J)
q(55012, "Hoe is het inmiddels met Utrecht, waar we naar mijn gevoel al heel lang niets meer van hebben gehoord?",
  "clarify", {}, "bare 'Utrecht': municipality or province, asked back", J)
q(55013, "Hoeveel gemeenten hebben, afgezien van de gemeenten die om uitstel hebben verzocht, nog altijd niet gereageerd terwijl hun termijn verstreken is?",
  "count", {"state": ["no_reply"], "not_state": ["extended"]}, "count no reply, excluding extension requests", J)
q(55014, "Welke zaken waarvan de brief onbestelbaar retour is gekomen hebben nog geen behandelaar?",
  "list", {"letter_undelivered": True, "no_owner": True}, "letter came back undelivered and no owner", J)
q(55015, "Zou u de lijst van gemeenten die niet voldoen, behalve de Limburgse, naar Excel kunnen exporteren zodat ik die aan de DG kan doorsturen?",
  "unknown", {"compliance": "voldoet_niet", "not_province": "Limburg"}, "export request (cannot), list slots kept", J)
q(55016, "Welke gemeenten in Oost-Nederland hebben wel op tijd maar niet volledig gereageerd, waarbij ik Deventer buiten beschouwing laat?",
  "list", {"province": OOST, "state": ["incomplete", "on_time"], "not_gemeente": "Deventer"}, "Gld/Ov, on time and incomplete, minus Deventer", J)
q(55017, "Wie is er binnen het team eigenlijk behandelaar van Eindhoven?",
  "fact", {"gemeente": "Eindhoven", "fact": "owner"}, "owner of Eindhoven", J)
q(55018, "En van Tilburg?",
  "fact", {"gemeente": "Tilburg", "fact": "owner"}, "follow-up: owner of Tilburg", J, after=55017)
q(55019, "Hoeveel gemeenten verwachten pas na de zomer van 2027 aan hun taak te voldoen, de Zeeuwse gemeenten niet meegerekend?",
  "count", {"expected_after": "2027-08-31", "not_province": "Zeeland"}, "count expected date starting after summer 2027, Zeeland out", J)
q(55020, "Welke gemeenten, met uitzondering van de gemeenten die nog in trede 1 zitten, hebben als reden aangevoerd dat er geen geschikte locatie te vinden is?",
  "list", {"reason": "no_location", "not_trede": 1}, "reason no_location, not trede 1", J)
q(55021, "Welke zaken van Samira zitten niet in trede 1?",
  "list", {"owner": "Samira", "not_trede": 1}, "Samira's cases not in trede 1", J)
q(55022, "Welke gemeenten met een termijn tussen 1 oktober 2026 en 30 november 2026 hebben, uitgezonderd de gemeenten die om uitstel hebben gevraagd, nog niets van zich laten horen?",
  "list", {"termijn_from": "2026-10-01", "termijn_to": "2026-11-30", "state": ["no_reply"], "not_state": ["extended"]}, "termijn Oct-Nov 2026, no reply, no extension request", J)
q(55023, "Hoe wijs ik een zaak toe aan een van de behandelaars?",
  "help", {}, "how to assign: help", J)
q(55024, "Welke gemeenten in Zeeland voldoen niet, behalve goes en sluis?",
  "list", {"province": "Zeeland", "compliance": "voldoet_niet", "not_gemeente": ["Goes", "Sluis"]}, "Zeeland voldoet_niet minus Goes and Sluis", J)
q(55025, "Kunt u alle gemeenten die nog niet hebben gereageerd een herinneringsmail sturen, met uitzondering van Maastricht?",
  "unknown", {"state": ["no_reply"], "not_gemeente": "Maastricht"}, "send reminders (cannot), list slots kept", J)

# ---------------------------------------------------------------- 2. Robin (voice dictation)
R = 55502
q(55026, "eh welke van mijn zaken hebben eh nog steeds niet gereageerd terwijl de termijn al voorbij is",
  "list", {"owner": "Robin", "state": ["no_reply"]}, "my (Robin's) cases with no reply", R)
q(55027, "hoeveel zaken zitten er nu zeg maar in trede drie",
  "count", {"trede": 3}, "count trede 3", R)
q(55028, "even kijken welke gemeenten hebben om uitstel gevraagd",
  "list", {"state": ["extended"]}, "extension requested", R)
q(55029, "wanneer verwacht zaan stad eh klaar te zijn",
  "fact", {"gemeente": "Zaanstad", "fact": "expected"}, "expected date Zaanstad", R)
q(55030, "en hoeveel plekken hebben ze daar al gerealiseerd",
  "fact", {"gemeente": "Zaanstad", "fact": "places"}, "follow-up: places Zaanstad", R, after=55029)
q(55031, "welke gemeenten in gelderland hebben eh nog niet gereageerd",
  "list", {"province": "Gelderland", "state": ["no_reply"]}, "Gelderland no reply", R)
q(55032, "en in overijssel",
  "list", {"province": "Overijssel", "state": ["no_reply"]}, "follow-up: Overijssel no reply", R, after=55031)
q(55033, "eh de zaken van samira die in trede twee zitten",
  "list", {"owner": "Samira", "trede": 2}, "Samira's cases in trede 2", R)
q(55034, "welke gemeenten hebben de stappen eh niet beschreven zegmaar",
  "list", {"missing": ["steps"]}, "steps missing", R)
q(55035, "wat schreef ede op vier mei tweeduizend zesentwintig",
  "fact", {"gemeente": "Ede", "fact": "wrote", "date": "2026-05-04"}, "what Ede wrote on 2026-05-04", R)
q(55036, "hoeveel gemeenten hebben eh binnen de termijn van eenentwintig dagen gereageerd",
  "count", {"state": ["on_time"]}, "count replied on time", R)
q(55037, "wie is be handelaar van eijsden margraten",
  "fact", {"gemeente": "Eijsden-Margraten", "fact": "owner"}, "owner of Eijsden-Margraten", R)
q(55038, "welke zaken van mij hebben een onvolledige reactie eh gestuurd",
  "list", {"owner": "Robin", "state": ["incomplete"]}, "Robin's cases with an incomplete reply", R)
q(55039, "zeg maar de gemeenten waar de brief onbestelbaar retour is gekomen",
  "list", {"letter_undelivered": True}, "letter undelivered", R)
q(55040, "eh hoe werkt deze bot eigenlijk",
  "help", {}, "how does the bot work: help", R)
q(55041, "welke termijnen verliepen tussen een en dertig juni tweeduizendzesentwintig",
  "list", {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30"}, "termijn 1-30 June 2026", R)
q(55042, "welke gemeenten voldoen eh gedeeltelijk en zitten in limburg",
  "list", {"province": "Limburg", "compliance": "voldoet_gedeeltelijk"}, "Limburg voldoet_gedeeltelijk", R)
q(55043, "hoeveel gemeenten hebben te laat gereageerd",
  "count", {"state": ["late"]}, "count replied late", R)
q(55044, "en hoeveel daarvan was ook onvolledig",
  "count", {"state": ["incomplete", "late"]}, "follow-up: late and incomplete", R, after=55043)
q(55045, "status van bergen op zoom",
  "status", {"gemeente": "Bergen op Zoom"}, "status of Bergen op Zoom", R)
q(55046, "wat ontbreekt er eh bij veere",
  "fact", {"gemeente": "Veere", "fact": "missing"}, "missing elements Veere", R)
q(55047, "welke gemeenten noemen eh woningnood als reden",
  "list", {"reason": "housing_shortage"}, "reason housing_shortage", R)
q(55048, "eh te laat",
  "clarify", {}, "bare 'te laat': no reply or late reply, asked back", R)
q(55049, "welke gemeenten missen alle drie de elementen",
  "list", {"missing": ["facts", "steps", "timeline"]}, "all three elements missing", R)
q(55050, "oke top dank je wel",
  "help", {}, "thanks: help", R)

# ---------------------------------------------------------------- 3. Samira (regions, province adjectives)
S = 55503
q(55051, "Welke Friese gemeenten hebben nog niet gereageerd?",
  "list", {"province": "Friesland", "state": ["no_reply"]}, "Friesland no reply", S)
q(55052, "Hoeveel Limburgse gemeenten voldoen niet?",
  "count", {"province": "Limburg", "compliance": "voldoet_niet"}, "count Limburg voldoet_niet", S)
q(55053, "Zeeuwse gemeenten die om uitstel hebben gevraagd",
  "list", {"province": "Zeeland", "state": ["extended"]}, "Zeeland extension requested", S)
q(55054, "Welke gemeenten in Drenthe en Groningen zitten nog in trede 1?",
  "list", {"province": ["Drenthe", "Groningen"], "trede": 1}, "Drenthe+Groningen trede 1", S)
q(55055, "Hoeveel gemeenten in Zuid-Nederland hebben een onvolledige reactie gestuurd?",
  "count", {"province": ZUID, "state": ["incomplete"]}, "count south incomplete", S)
q(55056, "En in Oost-Nederland?",
  "count", {"province": OOST, "state": ["incomplete"]}, "follow-up: east incomplete", S, after=55055)
q(55057, "Brabantse gemeenten zonder tijdpad",
  "list", {"province": "Noord-Brabant", "missing": ["timeline"]}, "Noord-Brabant timeline missing", S)
q(55058, "Welke van mijn gemeenten liggen in Zuid-Holland?",
  "list", {"owner": "Samira", "province": "Zuid-Holland"}, "my (Samira's) cases in Zuid-Holland", S)
q(55059, "Utrechtse gemeenten die bezwaar als reden noemen",
  "list", {"province": "Utrecht", "reason": "objection_procedure"}, "Utrecht province, reason objection_procedure", S)
q(55060, "Welke gemeenten in Lb en Gld hebben te laat gereageerd?",
  "list", {"province": ["Gelderland", "Limburg"], "state": ["late"]}, "Limburg+Gelderland (abbreviated) replied late", S)
q(55061, "Vergelijk Limburg met Zeeland: waar voldoen meer gemeenten niet?",
  "unknown", {"province": ["Limburg", "Zeeland"], "compliance": "voldoet_niet"}, "comparison (cannot), slots kept", S)
q(55062, "Hoeveel gemeenten in Twente hebben nog niet gereageerd?",
  "unknown", {"state": ["no_reply"]}, "Twente has no border in the register: unknown, state kept", S)
q(55063, "Gelderse gemeenten die verwachten vóór de zomer van 2027 te voldoen",
  "list", {"province": "Gelderland", "expected_before": "2027-07-01"}, "Gelderland expected before summer 2027", S)
q(55064, "Welke Noord-Hollandse gemeenten hebben volledig en op tijd gereageerd?",
  "list", {"province": "Noord-Holland", "state": ["complete", "on_time"]}, "Noord-Holland complete and on time", S)
q(55065, "Hoe staan we ervoor in de Randstad?",
  "clarify", {}, "Randstad has no fixed border: asked back", S)
q(55066, "Hoeveel gemeenten in het noorden voldoen gedeeltelijk?",
  "count", {"province": NOORD, "compliance": "voldoet_gedeeltelijk"}, "count north voldoet_gedeeltelijk", S)
q(55067, "Welke gemeenten in Groningen hebben al gereageerd?",
  "list", {"province": "Groningen", "state": ["answered"]}, "province Groningen (plural decides), answered", S)
q(55068, "Wie behandelt Vlissingen?",
  "fact", {"gemeente": "Vlissingen", "fact": "owner"}, "owner Vlissingen", S)
q(55069, "Limburgse zaken in trede 2 zonder behandelaar",
  "list", {"province": "Limburg", "trede": 2, "no_owner": True}, "Limburg trede 2 no owner", S)
q(55070, "Welke Zeeuwse en Friese gemeenten noemen het ontbreken van een locatie als reden?",
  "list", {"province": ["Friesland", "Zeeland"], "reason": "no_location"}, "Zeeland+Friesland reason no_location", S)
q(55071, "Hoeveel gemeenten in Zuid-Holland verwachten in Q1 2027 te voldoen?",
  "count", {"province": "Zuid-Holland", "expected_after": "2026-12-31", "expected_before": "2027-04-01"}, "count ZH expected in Q1 2027", S)
q(55072, "En in het tweede kwartaal van 2027?",
  "count", {"province": "Zuid-Holland", "expected_after": "2027-03-31", "expected_before": "2027-07-01"}, "follow-up: ZH expected in Q2 2027", S, after=55071)
q(55073, "Welke Overijsselse gemeenten zitten in trede 3?",
  "list", {"province": "Overijssel", "trede": 3}, "Overijssel trede 3", S)
q(55074, "Zaken van Gert in Gelderland en Utrecht",
  "list", {"owner": "Gert", "province": ["Gelderland", "Utrecht"]}, "Gert's cases in Gelderland or Utrecht (province)", S)
q(55075, "Hoeveel Brabantse gemeenten hebben een brief die onbestelbaar retour kwam?",
  "count", {"province": "Noord-Brabant", "letter_undelivered": True}, "count NB letter undelivered", S)

# ---------------------------------------------------------------- 4. Gert (auditor): counts and dated facts
G = 55504
q(55076, "Hoeveel plaatsen had Tilburg gerealiseerd volgens de laatste reactie?",
  "fact", {"gemeente": "Tilburg", "fact": "places"}, "places Tilburg", G)
q(55077, "Wat schreef Oosterhout op 10 juni 2026?",
  "fact", {"gemeente": "Oosterhout", "fact": "wrote", "date": "2026-06-10"}, "what Oosterhout wrote on 2026-06-10", G)
q(55078, "Tot wanneer liep de termijn van Heerlen precies?",
  "fact", {"gemeente": "Heerlen", "fact": "termijn"}, "termijn Heerlen", G)
q(55079, "Op welke datum heeft Breda gereageerd, en viel dat binnen de termijn?",
  "fact", {"gemeente": "Breda", "fact": "reply"}, "reply date and timeliness Breda", G)
q(55080, "Hoeveel gemeenten voldoen volledig aan hun taak?",
  "count", {"compliance": "voldoet"}, "count voldoet", G)
q(55081, "Hoeveel zaken bevinden zich per vandaag in trede 1?",
  "count", {"trede": 1}, "count trede 1", G)
q(55082, "Welke redenen heeft Voorschoten opgegeven?",
  "fact", {"gemeente": "Voorschoten", "fact": "reasons"}, "reasons Voorschoten", G)
q(55083, "In welke trede zit Kerkrade op dit moment?",
  "fact", {"gemeente": "Kerkrade", "fact": "trede"}, "trede Kerkrade", G)
q(55084, "Voldoet de gemeente Hulst aan haar wettelijke taak?",
  "fact", {"gemeente": "Hulst", "fact": "compliance"}, "compliance Hulst", G)
q(55085, "Hoeveel gemeenten hebben een verwachte datum die al verstreken is?",
  "count", {"expected_before": ON}, "count expected date already past (before 2029-07-10)", G)
q(55086, "Hoeveel zaken zijn er momenteel opgeschort?",
  "count", {"state": ["suspended"]}, "count suspended", G)
q(55087, "Welk telefoonnummer heeft de contactpersoon van Heerenveen?",
  "unknown", {"gemeente": "Heerenveen"}, "phone number (cannot)", G)
q(55088, "Hoeveel gemeenten met een termijn tot en met 30 april 2026 hebben nog altijd niet gereageerd?",
  "count", {"termijn_to": "2026-04-30", "state": ["no_reply"]}, "count termijn <= 2026-04-30 and no reply", G)
q(55089, "Wat schreef Almere op 14 september 2026?",
  "fact", {"gemeente": "Almere", "fact": "wrote", "date": "2026-09-14"}, "what Almere wrote on 2026-09-14", G)
q(55090, "Hoeveel gemeenten hebben noch de feiten noch het tijdpad aangeleverd?",
  "count", {"missing": ["facts", "timeline"]}, "count facts and timeline missing", G)
q(55091, "Hoeveel gemeenten hebben een reactie gestuurd waarin niets ontbrak?",
  "count", {"state": ["complete"]}, "count complete", G)
q(55092, "Wat is de status van Den Helder?",
  "status", {"gemeente": "Den Helder"}, "status Den Helder", G)
q(55093, "op tijd gereageerd?",
  "fact", {"gemeente": "Den Helder", "fact": "reply"}, "fragment about Den Helder: reply timeliness (none)", G, after=55092)
q(55094, "Welke gemeenten in trede 2 verwachten tussen 1 maart 2027 en 30 juni 2027 te voldoen?",
  "list", {"trede": 2, "expected_after": "2027-02-28", "expected_before": "2027-07-01"}, "trede 2, expected Mar-Jun 2027", G)
q(55095, "Geef de top 5 gemeenten met de grootste achterstand.",
  "unknown", {}, "ranking (cannot)", G)
q(55096, "Hoeveel gemeenten noemen financiële problemen als reden en voldoen niet?",
  "count", {"reason": "finance", "compliance": "voldoet_niet"}, "count reason finance and voldoet_niet", G)
q(55097, "Wat is de verwachte datum van Stein?",
  "fact", {"gemeente": "Stein (L.)", "fact": "expected"}, "expected date Stein (L.)", G)
q(55098, "Hoeveel plaatsen heeft Groningen gerealiseerd en hoeveel zijn er gepland?",
  "fact", {"gemeente": "Groningen", "fact": "places"}, "places Groningen municipality (fact decides)", G)
q(55099, "Hoeveel van mijn zaken hebben een onvolledige reactie?",
  "count", {"owner": "Gert", "state": ["incomplete"]}, "count my (Gert's) cases incomplete", G)
q(55100, "Mag ik de overzichtsgrafiek zien?",
  "overview", {}, "overview chart", G)


def build():
    out = []
    for item in Q:
        f = item["filters"]
        asker = STAFF[item["as_staff"]]
        rec = {"id": item["id"], "q": item["q"], "intent": item["intent"], "filters": f,
               "expected_gemeenten": [], "count": None, "after": item["after"],
               "as_staff": item["as_staff"], "on": ON, "meaning": item["meaning"], "expected_fact": None}
        if item["intent"] in ("list", "count"):
            rec["expected_gemeenten"] = select(f, asker)
            rec["count"] = len(rec["expected_gemeenten"])
        elif item["intent"] == "fact":
            rec["expected_fact"] = fact(f["fact"], f["gemeente"], f.get("date"))
        elif item["intent"] == "status":
            rec["expected_fact"] = fact("status", f["gemeente"])
        out.append(rec)
    ids = [r["id"] for r in out]
    assert ids == list(range(55001, 55101)), ids
    return out


if __name__ == "__main__":
    recs = build()
    with open(os.path.join(HERE, "questions55_with_expected_sets.jsonl"), "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for r in recs:
        print(r["id"], r["intent"], r["count"] if r["count"] is not None else json.dumps(r["expected_fact"], ensure_ascii=False)[:150])
