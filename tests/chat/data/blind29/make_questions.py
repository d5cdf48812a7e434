#!/usr/bin/env python3
"""Writes questions.jsonl: 100 questions (4 personas x 25), asking day 2027-07-14.
Every list/count set is computed here from a hand-written predicate over status.json/due.json
(what the question means); expected.py recomputes them from the `filters` alone."""
import json
from common import CASES, NO_REPLY, DAY, fact

RIANNE, KOEN, SANNE, MEHMET = 29501, 29502, 29503, 29504
NOORD = ["Drenthe", "Friesland", "Groningen"]
OOST = ["Gelderland", "Overijssel"]
ZUID = ["Limburg", "Noord-Brabant", "Zeeland"]

# short accessors (meaning side)
P = lambda s: s["province"]
C = lambda s: s["case"]
def answered(s): return C(s)["answered"]
def late(s): return answered(s) and C(s)["reply_on_time"] is False
def on_time(s): return answered(s) and C(s)["reply_on_time"] is True
def incomplete(s): return C(s)["state"] == "answered_incomplete"
def complete(s): return C(s)["state"] == "answered_complete"
def no_reply(s): return s["gemeente"] in NO_REPLY
def extended(s): return C(s)["extension_requested"]
def miss(s, *els): return all(e in C(s)["missing"] for e in els)
def reason(s, r): return r in s["reasons"]

import calendar
from datetime import date
def exp_interval(e):
    if e is None: return None
    if len(e) == 10: d = date.fromisoformat(e); return d, d
    y = int(e[:4]); t = e[5:]
    if t.startswith("Q"): q = int(t[1]); m1, m2 = 3 * q - 2, 3 * q
    elif t.startswith("H"): h = int(t[1]); m1, m2 = 6 * h - 5, 6 * h
    else: m1 = m2 = int(t)
    return date(y, m1, 1), date(y, m2, calendar.monthrange(y, m2)[1])
def exp_in(s, after=None, before=None):
    iv = exp_interval(s["expected_date"])
    if iv is None: return False
    if after and not iv[0] > date.fromisoformat(after): return False
    if before and not iv[1] < date.fromisoformat(before): return False
    return True
def termijn_in(s, lo=None, hi=None):
    t = C(s)["termijn"]
    if t is None: return False
    return (lo is None or t >= lo) and (hi is None or t <= hi)

Q = []
def add(q, intent, filters, meaning, pred=None, who=None, after=(), fact_kind=None, fact_on=None):
    Q.append(dict(q=q, intent=intent, filters=filters, meaning=meaning, pred=pred, who=who,
                  after=list(after), fact_kind=fact_kind, fact_on=fact_on))

# ---------------------------------------------------------------- Rianne (beheerder), 29001-29025
R = RIANNE
add("Hoeveel gemeenten in Noord-Nederland voldoen niet aan hun wettelijke taak?", "count",
    {"province": NOORD, "compliance": "voldoet_niet"},
    "count of cases in Drenthe/Friesland/Groningen with compliance voldoet_niet",
    lambda s: P(s) in NOORD and C(s)["compliance"] == "voldoet_niet", R)
add("Welke gemeenten in Gelderland en Overijssel bevinden zich in trede 2 en hebben na het verstrijken van de termijn nog altijd niet gereageerd?", "list",
    {"province": OOST, "trede": 2, "state": ["no_reply"]},
    "Gld+Ov, trede 2, overdue without reply",
    lambda s: P(s) in OOST and C(s)["trede"] == 2 and no_reply(s), R)
add("Graag een overzicht van de gemeenten in Zuid-Nederland die gedeeltelijk aan hun taak voldoen.", "list",
    {"province": ZUID, "compliance": "voldoet_gedeeltelijk"},
    "Lb/NB/Zl cases with compliance voldoet_gedeeltelijk",
    lambda s: P(s) in ZUID and C(s)["compliance"] == "voldoet_gedeeltelijk", R)
add("Hoeveel zaken bevinden zich op dit moment in trede 3?", "count", {"trede": 3},
    "count of trede-3 cases", lambda s: C(s)["trede"] == 3, R)
add("Welke zaken zijn toegewezen aan Koen?", "list", {"owner": "Koen"},
    "cases owned by Koen", lambda s: C(s)["owner"] == "Koen", R)
add("Hoeveel zaken hebben nog geen behandelaar?", "count", {"no_owner": True},
    "count of cases without owner", lambda s: C(s)["owner"] is None, R)
add("Welke gemeenten in Zuid-Holland zonder behandelaar hebben een onvolledige reactie gestuurd?", "list",
    {"province": "Zuid-Holland", "no_owner": True, "state": ["incomplete"]},
    "ZH, no owner, state answered_incomplete",
    lambda s: P(s) == "Zuid-Holland" and C(s)["owner"] is None and incomplete(s), R)
add("Hoeveel gemeenten in Oost-Nederland hebben tijdig gereageerd?", "count",
    {"province": OOST, "state": ["on_time"]},
    "Gld+Ov, answered and reply_on_time true", lambda s: P(s) in OOST and on_time(s), R)
add("Welke van mijn zaken voldoen niet?", "list", {"owner": "Rianne", "compliance": "voldoet_niet"},
    "asker Rianne's cases with compliance voldoet_niet",
    lambda s: C(s)["owner"] == "Rianne" and C(s)["compliance"] == "voldoet_niet", R)
add("Hoeveel gemeenten in trede 2 voldoen niet, Limburg niet meegerekend?", "count",
    {"trede": 2, "compliance": "voldoet_niet", "not_province": "Limburg"},
    "trede 2, voldoet_niet, outside Limburg",
    lambda s: C(s)["trede"] == 2 and C(s)["compliance"] == "voldoet_niet" and P(s) != "Limburg", R)
add("Welke gemeenten hebben om uitstel van de reactietermijn verzocht?", "list", {"state": ["extended"]},
    "cases with an extension requested (none granted)", extended, R)
add("Bij welke gemeenten is de brief onbestelbaar retour gekomen?", "list", {"letter_undelivered": True},
    "cases whose latest letter bounced", lambda s: C(s)["letter_undelivered"], R)
add("Hoeveel zaken van Sanne hebben inmiddels een volledige reactie opgeleverd?", "count",
    {"owner": "Sanne", "state": ["complete"]},
    "Sanne's cases with state answered_complete", lambda s: C(s)["owner"] == "Sanne" and complete(s), R)
add("Welke gemeenten in Noord-Holland voldoen gedeeltelijk, met uitzondering van Haarlem en Hoorn?", "list",
    {"province": "Noord-Holland", "compliance": "voldoet_gedeeltelijk", "not_gemeente": ["Haarlem", "Hoorn"]},
    "NH, voldoet_gedeeltelijk, without Haarlem and Hoorn",
    lambda s: P(s) == "Noord-Holland" and C(s)["compliance"] == "voldoet_gedeeltelijk"
    and s["gemeente"] not in ("Haarlem", "Hoorn"), R)
add("Hoeveel gemeenten in de provincie Utrecht hebben inmiddels gereageerd?", "count",
    {"province": "Utrecht", "state": ["answered"]},
    "province Utrecht, case.answered", lambda s: P(s) == "Utrecht" and answered(s), R)
add("Welke Friese zaken liggen bij Mehmet?", "list", {"province": "Friesland", "owner": "Mehmet"},
    "Friesland cases owned by Mehmet", lambda s: P(s) == "Friesland" and C(s)["owner"] == "Mehmet", R)
add("Hoeveel gemeenten in Brabant en Limburg staan nog in trede 1?", "count",
    {"province": ["Limburg", "Noord-Brabant"], "trede": 1},
    "NB+Lb, trede 1", lambda s: P(s) in ("Limburg", "Noord-Brabant") and C(s)["trede"] == 1, R)
add("Welke gemeenten zonder behandelaar hebben na de termijn gereageerd?", "list",
    {"no_owner": True, "state": ["late"]},
    "no owner, answered late", lambda s: C(s)["owner"] is None and late(s), R)
add("Hoeveel gemeenten in trede 2 hebben gereageerd, uitgezonderd de gemeenten die te laat waren?", "count",
    {"trede": 2, "state": ["answered"], "not_state": ["late"]},
    "trede 2, answered, not late", lambda s: C(s)["trede"] == 2 and answered(s) and not late(s), R)
add("Welke Zeeuwse gemeenten voldoen niet en hebben nog geen uitstel gevraagd?", "list",
    {"province": "Zeeland", "compliance": "voldoet_niet", "not_state": ["extended"]},
    "Zeeland, voldoet_niet, no extension requested",
    lambda s: P(s) == "Zeeland" and C(s)["compliance"] == "voldoet_niet" and not extended(s), R)
add("Kunt u de lijst van gemeenten die niet voldoen naar Excel exporteren?", "unknown",
    {"compliance": "voldoet_niet"}, "export is not something the chat does; slot kept", None, R)
add("Kunt u mij de overzichtsgrafiek van alle zaken sturen?", "overview", {},
    "the /overzicht chart", None, R)
add("Welke gemeenten in Drenthe hebben een zaak, maar niet in trede 2?", "list",
    {"province": "Drenthe", "not_trede": 2},
    "Drenthe cases with trede other than 2", lambda s: P(s) == "Drenthe" and C(s)["trede"] != 2, R)
add("Hoeveel gemeenten in Noord-Holland hebben te laat gereageerd?", "count",
    {"province": "Noord-Holland", "state": ["late"]},
    "NH, answered after the termijn", lambda s: P(s) == "Noord-Holland" and late(s), R)
add("En hoeveel daarvan was ook onvolledig?", "count",
    {"province": "Noord-Holland", "state": ["incomplete", "late"]},
    "follow-up narrowing: NH, late and answered_incomplete",
    lambda s: P(s) == "Noord-Holland" and late(s) and incomplete(s), R, after=[29024])

# ---------------------------------------------------------------- Koen (voice-typed), 29026-29050
K = KOEN
add("hoe staat hulst ervoor", "status", {"gemeente": "Hulst"}, "status of Hulst", None, K, fact_kind="status")
add("en wat ontbreekt daar nog", "fact", {"gemeente": "Hulst", "fact": "missing"},
    "missing elements of Hulst", None, K, after=[29026], fact_kind="missing")
add("en waarom lukt het ze niet", "fact", {"gemeente": "Hulst", "fact": "reasons"},
    "reasons stated by Hulst", None, K, after=[29026, 29027], fact_kind="reasons")
add("hebben ze wel op tijd gereageerd", "fact", {"gemeente": "Hulst", "fact": "reply"},
    "reply date of Hulst and whether on time", None, K, after=[29026, 29027, 29028], fact_kind="reply")
add("wie is de behandelaar van etten leur", "fact", {"gemeente": "Etten-Leur", "fact": "owner"},
    "owner of Etten-Leur", None, K, fact_kind="owner")
add("en wat ontbreekt daar nog", "fact", {"gemeente": "Etten-Leur", "fact": "missing"},
    "missing elements of Etten-Leur", None, K, after=[29030], fact_kind="missing")
add("en hoeveel plekken hebben ze nu", "fact", {"gemeente": "Etten-Leur", "fact": "places"},
    "places realised/planned of Etten-Leur", None, K, after=[29030, 29031], fact_kind="places")
add("in welke trede zit kerkraade", "fact", {"gemeente": "Kerkrade", "fact": "trede"},
    "trede of Kerkrade (typo)", None, K, fact_kind="trede")
add("en hebben die al gereageerd", "fact", {"gemeente": "Kerkrade", "fact": "reply"},
    "has Kerkrade replied (no: termijn 2026-11-23 passed)", None, K, after=[29033], fact_kind="reply")
add("en die andere zaken van mij in limburg", "list",
    {"owner": "Koen", "province": "Limburg", "not_gemeente": "Kerkrade"},
    "Koen's other Limburg cases besides Kerkrade",
    lambda s: C(s)["owner"] == "Koen" and P(s) == "Limburg" and s["gemeente"] != "Kerkrade", K,
    after=[29033, 29034])
add("welke zaken heb ik allemaal", "list", {"owner": "Koen"},
    "asker Koen's cases", lambda s: C(s)["owner"] == "Koen", K)
add("hoeveel van mijn zaken hebben nog steeds niet gereageerd", "count",
    {"owner": "Koen", "state": ["no_reply"]},
    "Koen's cases overdue without reply", lambda s: C(s)["owner"] == "Koen" and no_reply(s), K)
add("en welke daarvan zitten in friesland", "list",
    {"owner": "Koen", "state": ["no_reply"], "province": "Friesland"},
    "follow-up: those in Friesland",
    lambda s: C(s)["owner"] == "Koen" and no_reply(s) and P(s) == "Friesland", K, after=[29037])
add("wanneer verwacht sluis klaar te zijn", "fact", {"gemeente": "Sluis", "fact": "expected"},
    "expected date of Sluis", None, K, fact_kind="expected")
add("en was hun reactie op tijd", "fact", {"gemeente": "Sluis", "fact": "reply"},
    "Sluis reply on time or late", None, K, after=[29039], fact_kind="reply")
add("hoe zit het met oisterwijk", "status", {"gemeente": "Oisterwijk"},
    "status of Oisterwijk", None, K, fact_kind="status")
add("hoeveel plaatsen hebben ze gepland", "fact", {"gemeente": "Oisterwijk", "fact": "places"},
    "places of Oisterwijk (planned asked)", None, K, after=[29041], fact_kind="places")
add("en wanneer denken ze klaar te zijn", "fact", {"gemeente": "Oisterwijk", "fact": "expected"},
    "expected date of Oisterwijk", None, K, after=[29041, 29042], fact_kind="expected")
add("welke gemeentes in gelderland hebben nog steeds niet gereageert", "list",
    {"province": "Gelderland", "state": ["no_reply"]},
    "Gelderland overdue without reply", lambda s: P(s) == "Gelderland" and no_reply(s), K)
add("en in overijsel", "list", {"province": "Overijssel", "state": ["no_reply"]},
    "follow-up: the province replaced by Overijssel (typo)",
    lambda s: P(s) == "Overijssel" and no_reply(s), K, after=[29044])
add("hoeveel gemeentes hebben onvolledig geantwoord", "count", {"state": ["incomplete"]},
    "count of state answered_incomplete", incomplete, K)
add("welke zaken in brabant heb ik", "list", {"owner": "Koen", "province": "Noord-Brabant"},
    "Koen's cases in Noord-Brabant", lambda s: C(s)["owner"] == "Koen" and P(s) == "Noord-Brabant", K)
add("wat mist er nog bij heerlen", "fact", {"gemeente": "Heerlen", "fact": "missing"},
    "missing elements of Heerlen", None, K, fact_kind="missing")
add("en bij veendam", "fact", {"gemeente": "Veendam", "fact": "missing"},
    "follow-up: missing elements of Veendam", None, K, after=[29048], fact_kind="missing")
add("oke dank je wel", "help", {}, "thanks", None, K)

# ---------------------------------------------------------------- Sanne (juridisch), 29051-29075
S = SANNE
add("Welke gemeenten missen zowel de stappen als het tijdpad?", "list", {"missing": ["steps", "timeline"]},
    "steps and timeline both in case.missing", lambda s: miss(s, "steps", "timeline"), S)
add("Hoeveel reacties waren onvolledig en kwamen bovendien te laat binnen?", "count",
    {"state": ["incomplete", "late"]}, "answered_incomplete and late", lambda s: incomplete(s) and late(s), S)
add("Welke gemeenten hebben tijdig én volledig gereageerd?", "list", {"state": ["complete", "on_time"]},
    "answered_complete and on time", lambda s: complete(s) and on_time(s), S)
add("Bij welke gemeenten ontbreken de feiten en omstandigheden?", "list", {"missing": ["facts"]},
    "facts in case.missing", lambda s: miss(s, "facts"), S)
add("Welke gemeenten voeren een bezwaarprocedure aan als reden?", "list", {"reason": "objection_procedure"},
    "reason objection_procedure", lambda s: reason(s, "objection_procedure"), S)
add("Hoeveel gemeenten noemen lokale weerstand als oorzaak?", "count", {"reason": "local_opposition"},
    "reason local_opposition", lambda s: reason(s, "local_opposition"), S)
add("Welke gemeenten verwachten vóór het derde kwartaal van 2027 aan hun taak te voldoen?", "list",
    {"expected_before": "2027-07-01"}, "expected date ends before 2027-07-01",
    lambda s: exp_in(s, before="2027-07-01"), S)
add("Welke gemeenten verwachten pas na de eerste helft van 2027 te voldoen?", "list",
    {"expected_after": "2027-06-30"}, "expected date starts after 2027-06-30",
    lambda s: exp_in(s, after="2027-06-30"), S)
add("Welke gemeenten verwachten in maart 2027 te voldoen?", "list",
    {"expected_after": "2027-02-28", "expected_before": "2027-04-01"},
    "expected date lies within March 2027 (a quarter Q1 does not)",
    lambda s: exp_in(s, after="2027-02-28", before="2027-04-01"), S)
add("Welke termijnen liepen af tussen 1 juni 2026 en 30 juni 2026?", "list",
    {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30"}, "termijn in June 2026",
    lambda s: termijn_in(s, "2026-06-01", "2026-06-30"), S)
add("Hoeveel zaken hadden een termijn vóór 1 mei 2026?", "count", {"termijn_to": "2026-04-30"},
    "termijn on or before 2026-04-30", lambda s: termijn_in(s, None, "2026-04-30"), S)
add("Welke gemeenten met een termijn in oktober 2026 hebben onvolledig gereageerd?", "list",
    {"termijn_from": "2026-10-01", "termijn_to": "2026-10-31", "state": ["incomplete"]},
    "termijn in October 2026 and answered_incomplete",
    lambda s: termijn_in(s, "2026-10-01", "2026-10-31") and incomplete(s), S)
add("Welke gemeenten in trede 2 hebben na afloop van de termijn gereageerd?", "list",
    {"trede": 2, "state": ["late"]}, "trede 2, answered late", lambda s: C(s)["trede"] == 2 and late(s), S)
add("Welke gemeenten hebben wel gereageerd maar zonder tijdpad?", "list",
    {"state": ["answered"], "missing": ["timeline"]}, "answered, timeline missing",
    lambda s: answered(s) and miss(s, "timeline"), S)
add("Bij hoeveel gemeenten die de vergunningprocedure als reden noemen ontbreekt het tijdpad?", "count",
    {"reason": "permit_procedure", "missing": ["timeline"]}, "reason permit_procedure and timeline missing",
    lambda s: reason(s, "permit_procedure") and miss(s, "timeline"), S)
add("Welke gemeenten met een volledige reactie verwachten pas na de zomer van 2027 te voldoen?", "list",
    {"state": ["complete"], "expected_after": "2027-08-31"},
    "answered_complete, expected date starts after 2027-08-31",
    lambda s: complete(s) and exp_in(s, after="2027-08-31"), S)
add("Welke gemeenten hebben een verwachte datum die al verstreken is?", "list",
    {"expected_before": "2027-07-14"}, "expected date ends before the asking day",
    lambda s: exp_in(s, before=DAY), S)
add("Welke gemeenten missen alle drie de elementen?", "list", {"missing": ["facts", "steps", "timeline"]},
    "all three elements missing", lambda s: miss(s, "facts", "steps", "timeline"), S)
add("Welke Limburgse gemeenten noemen woningnood als reden?", "list",
    {"province": "Limburg", "reason": "housing_shortage"}, "Limburg, reason housing_shortage",
    lambda s: P(s) == "Limburg" and reason(s, "housing_shortage"), S)
add("Welke Zeeuwse gemeenten noemen noch de stappen noch het tijdpad?", "list",
    {"province": "Zeeland", "missing": ["steps", "timeline"]}, "Zeeland, steps and timeline missing",
    lambda s: P(s) == "Zeeland" and miss(s, "steps", "timeline"), S)
add("Hoeveel gemeenten verwachten in Q4 2026 te voldoen?", "count",
    {"expected_after": "2026-09-30", "expected_before": "2027-01-01"}, "expected date within Q4 2026",
    lambda s: exp_in(s, after="2026-09-30", before="2027-01-01"), S)
add("En in Q1 2027?", "count", {"expected_after": "2026-12-31", "expected_before": "2027-04-01"},
    "follow-up: the window replaced by Q1 2027",
    lambda s: exp_in(s, after="2026-12-31", before="2027-04-01"), S, after=[29071])
add("Welke gemeenten die te laat reageerden noemen financiële problemen als reden?", "list",
    {"state": ["late"], "reason": "finance"}, "late and reason finance",
    lambda s: late(s) and reason(s, "finance"), S)
add("Welke gemeenten met een termijn tussen 1 september 2026 en 30 november 2026 hebben nog steeds niet gereageerd?", "list",
    {"termijn_from": "2026-09-01", "termijn_to": "2026-11-30", "state": ["no_reply"]},
    "termijn in Sep-Nov 2026 and overdue without reply",
    lambda s: termijn_in(s, "2026-09-01", "2026-11-30") and no_reply(s), S)
add("Welke gemeenten voldoen niet, terwijl hun reactie wel volledig was?", "list",
    {"compliance": "voldoet_niet", "state": ["complete"]}, "voldoet_niet and answered_complete",
    lambda s: C(s)["compliance"] == "voldoet_niet" and complete(s), S)

# ---------------------------------------------------------------- Mehmet (nieuw), 29076-29100
M = MEHMET
add("hoe werkt deze bot?", "help", {}, "how it works", None, M)
add("eigenaar Breda?", "fact", {"gemeente": "Breda", "fact": "owner"}, "owner of Breda", None, M, fact_kind="owner")
add("mijn zaken", "list", {"owner": "Mehmet"}, "asker Mehmet's cases", lambda s: C(s)["owner"] == "Mehmet", M)
add("plekken Zaanstad?", "fact", {"gemeente": "Zaanstad", "fact": "places"}, "places of Zaanstad",
    None, M, fact_kind="places")
add("wanneer verwacht Zwolle klaar te zijn", "fact", {"gemeente": "Zwolle", "fact": "expected"},
    "expected date of Zwolle", None, M, fact_kind="expected")
add("wat schreef Venray op 2 september 2026?", "fact",
    {"gemeente": "Venray", "fact": "wrote", "date": "2026-09-02"},
    "Venray's message(s) received on 2026-09-02 (not the one of 3 September)", None, M,
    fact_kind="wrote", fact_on="2026-09-02")
add("hoe zit het met Utrecht?", "clarify", {}, "municipality or province Utrecht: asked back", None, M)
add("hoe staat Bergen ervoor", "clarify", {}, "Bergen (L.) or Bergen (NH.): asked back", None, M)
add("welke gemeenten zijn te laat?", "clarify", {},
    "bare 'te laat': no reply after the termijn, or replied late: asked back", None, M)
add("stuur Barneveld een herinnering", "unknown", {"gemeente": "Barneveld"},
    "sending mail is not something the chat does", None, M)
add("wat is het telefoonnummer van Venlo?", "unknown", {"gemeente": "Venlo"},
    "contact data not in the register", None, M)
add("welke gemeenten liggen naast Zeist?", "unknown", {"gemeente": "Zeist"}, "neighbours: cannot", None, M)
add("hoe wijs ik een zaak toe?", "help", {}, "how to assign", None, M)
add("NB trede 1?", "list", {"province": "Noord-Brabant", "trede": 1}, "Noord-Brabant cases in trede 1",
    lambda s: P(s) == "Noord-Brabant" and C(s)["trede"] == 1, M)
add("hvl zaken in Gld zonder reactie", "count", {"province": "Gelderland", "state": ["no_reply"]},
    "count Gelderland overdue without reply", lambda s: P(s) == "Gelderland" and no_reply(s), M)
add("termijn Borne?", "fact", {"gemeente": "Borne", "fact": "termijn"}, "termijn of Borne",
    None, M, fact_kind="termijn")
add("Voldoet de gemeente Tilburg aan haar wettelijke taak?", "fact", {"gemeente": "Tilburg", "fact": "compliance"},
    "compliance of Tilburg", None, M, fact_kind="compliance")
add("trede Lelystad", "fact", {"gemeente": "Lelystad", "fact": "trede"}, "trede of Lelystad",
    None, M, fact_kind="trede")
add("zaken in Twente zonder reactie", "unknown", {"state": ["no_reply"]},
    "Twente has no border in the register: unknown with the state kept", None, M)
add("welke gemeenten in de Randstad voldoen niet", "clarify", {"compliance": "voldoet_niet"},
    "de Randstad has no fixed border: asked back", None, M)
add("reactie Tholen op tijd?", "fact", {"gemeente": "Tholen", "fact": "reply"},
    "Tholen's reply date and on time/late", None, M, fact_kind="reply")
add("waarom lukt het Heerde niet", "fact", {"gemeente": "Heerde", "fact": "reasons"},
    "reasons of Heerde", None, M, fact_kind="reasons")
add("wlke gemeenten in Fr zitten in trede 3", "list", {"province": "Friesland", "trede": 3},
    "Friesland trede 3", lambda s: P(s) == "Friesland" and C(s)["trede"] == 3, M)
add("status Bergen op Zoom", "status", {"gemeente": "Bergen op Zoom"}, "status of Bergen op Zoom (not ambiguous)",
    None, M, fact_kind="status")
add("top 5 gemeenten met de grootste achterstand", "unknown", {}, "ranking: cannot", None, M)

assert len(Q) == 100, len(Q)
with open("questions.jsonl", "w", encoding="utf-8") as f:
    for i, d in enumerate(Q):
        qid = 29001 + i
        row = {"id": qid, "q": d["q"], "intent": d["intent"], "filters": d["filters"]}
        if d["intent"] in ("list", "count"):
            gs = sorted(s["gemeente"] for s in CASES if d["pred"](s))
            row["expected_gemeenten"], row["count"] = gs, len(gs)
        else:
            row["expected_gemeenten"], row["count"] = [], None
        row.update(after=d["after"], as_staff=d["who"], on=DAY, meaning=d["meaning"])
        if d["fact_kind"]:
            row["expected_fact"] = fact(d["filters"]["gemeente"], d["fact_kind"], d["fact_on"])
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print("wrote", len(Q), "questions")
