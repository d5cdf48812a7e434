#!/usr/bin/env python3
"""Blind question set 48 (ids 48001-48100), asked on Tuesday 2029-02-06.

Every list/count question carries a hand-written predicate over status.json (and the no_reply set of
due.json); every fact question a hand-written fact. Writes questions48_with_expected_sets.jsonl.
expected.py recomputes all of it from intent+filters alone."""
import json, os
from datetime import datetime, date
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
S = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
DUE = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
ON = "2029-02-06"
AMS = ZoneInfo("Europe/Amsterdam")
NO_REPLY = {d["gemeente"] for d in DUE if d["section"] == "overdue" and d["kind"] == "no_reply"}

NOORD = ["Drenthe", "Friesland", "Groningen"]
OOST = ["Gelderland", "Overijssel"]
ZUID = ["Limburg", "Noord-Brabant", "Zeeland"]


def c(v):
    return v["case"]


def prov(v):
    return v["province"]


def local_day(ts):
    return datetime.fromisoformat(ts).astimezone(AMS).date().isoformat()


def late(v):
    return c(v)["answered"] and c(v)["reply_on_time"] is False


def on_time(v):
    return c(v)["answered"] and c(v)["reply_on_time"] is True


def incomplete(v):
    return c(v)["state"] == "answered_incomplete"


def exp_first_last(e):
    """status.expected_date as (first day, last day)."""
    import calendar
    y = int(e[:4])
    if len(e) == 10:
        d = date.fromisoformat(e)
        return d, d
    if e[5] == "Q":
        q = int(e[6])
        m1, m2 = 3 * q - 2, 3 * q
    elif e[5] == "H":
        h = int(e[6])
        m1, m2 = (1, 6) if h == 1 else (7, 12)
    else:
        m1 = m2 = int(e[5:7])
    return date(y, m1, 1), date(y, m2, calendar.monthrange(y, m2)[1])


def exp_last(v):
    return exp_first_last(v["expected_date"])[1] if v["expected_date"] else None


def exp_first(v):
    return exp_first_last(v["expected_date"])[0] if v["expected_date"] else None


D = date.fromisoformat

# ---------------------------------------------------------------- facts (hand-written readers)

def f_places(g):
    return {"realised": S[g]["realised_total"], "planned": S[g]["planned_total"]}


def f_expected(g):
    return S[g]["expected_date"]


def f_owner(g):
    return c(S[g])["owner"]


def f_missing(g):
    return sorted(c(S[g])["missing"])


def f_termijn(g):
    return c(S[g])["termijn"]


def f_reply(g):
    k = c(S[g])
    if not k["answered"]:
        return {"answered": False, "termijn": k["termijn"]}
    day = local_day(k["reply_at"])
    days = (D(day) - D(k["termijn"])).days if k["termijn"] else None
    return {"answered": True, "reply_date": day, "on_time": k["reply_on_time"], "termijn": k["termijn"],
            "days_after_termijn": days}


def f_reasons(g):
    return sorted(S[g]["reasons"])


def f_trede(g):
    return c(S[g])["trede"]


def f_compliance(g):
    return c(S[g])["compliance"]


def f_wrote(g, day):
    return [{"received_at": m["received_at"], "kind": m["kind"], "subject": m["subject"]}
            for m in sorted(S[g]["messages"], key=lambda m: m["received_at"])
            if local_day(m["received_at"]) == day]


def f_status(g):
    v = S[g]; k = c(v)
    return {"trede": k["trede"], "state": k["state"], "owner": k["owner"], "termijn": k["termijn"],
            "answered": k["answered"], "overdue": k["overdue"], "missing": sorted(k["missing"]),
            "compliance": k["compliance"], "expected_date": v["expected_date"],
            "extension_requested": k["extension_requested"], "letter_undelivered": k["letter_undelivered"]}


Q = []


def add(id, staff, q, intent, filters, pred=None, fact=None, after=(), meaning=""):
    Q.append(dict(id=id, staff=staff, q=q, intent=intent, filters=filters, pred=pred, fact=fact,
                  after=list(after), meaning=meaning))


# ================================================================ 48501 Ilse, beheerder (Kamervragen)
I = 48501
add(48001, I, "Hoeveel gemeenten in Noord-Holland in trede 2 hebben weliswaar gereageerd, maar zonder tijdpad?",
    "count", {"province": "Noord-Holland", "trede": 2, "state": ["answered"], "missing": ["timeline"]},
    lambda g, v: prov(v) == "Noord-Holland" and c(v)["trede"] == 2 and c(v)["answered"] and "timeline" in c(v)["missing"],
    meaning="Count of trede-2 cases in Noord-Holland that answered but miss the timeline.")
add(48002, I, "Ten behoeve van de beantwoording van Kamervragen: hoeveel gemeenten hebben niet alleen te laat gereageerd, maar ook een onvolledige reactie ingediend?",
    "count", {"state": ["incomplete", "late"]},
    lambda g, v: late(v) and incomplete(v),
    meaning="Count of cases that replied late and whose state is answered_incomplete.")
add(48003, I, "Welke gemeenten hebben zowel de stappen als het tijdpad niet aangeleverd?",
    "list", {"missing": ["steps", "timeline"]},
    lambda g, v: {"steps", "timeline"} <= set(c(v)["missing"]),
    meaning="Cases missing both the steps and the timeline.")
add(48004, I, "Hoeveel gemeenten in Zuid-Nederland voldoen niet aan hun taak en hebben na het verstrijken van de termijn nog steeds niet gereageerd?",
    "count", {"province": ZUID, "compliance": "voldoet_niet", "state": ["no_reply"]},
    lambda g, v: prov(v) in ZUID and c(v)["compliance"] == "voldoet_niet" and g in NO_REPLY,
    meaning="Count of non-compliant cases in Limburg/Noord-Brabant/Zeeland without a reply after the termijn.")
add(48005, I, "Hoeveel gemeenten hebben om uitstel verzocht, Zuid-Holland niet meegerekend?",
    "count", {"state": ["extended"], "not_province": "Zuid-Holland"},
    lambda g, v: c(v)["extension_requested"] and prov(v) != "Zuid-Holland",
    meaning="Count of cases with an extension request outside Zuid-Holland.")
add(48006, I, "Hoeveel gemeenten in trede 2 in het noorden hebben de termijn laten verstrijken zonder reactie?",
    "count", {"trede": 2, "province": NOORD, "state": ["no_reply"]},
    lambda g, v: c(v)["trede"] == 2 and prov(v) in NOORD and g in NO_REPLY,
    meaning="Count of trede-2 cases in Drenthe/Friesland/Groningen with no reply after the termijn.")
add(48007, I, "Welke Brabantse gemeenten hebben gereageerd, behalve Breda en Tilburg?",
    "list", {"province": "Noord-Brabant", "state": ["answered"], "not_gemeente": ["Breda", "Tilburg"]},
    lambda g, v: prov(v) == "Noord-Brabant" and c(v)["answered"] and g not in ("Breda", "Tilburg"),
    meaning="Answered cases in Noord-Brabant other than Breda and Tilburg.")
add(48008, I, "Hoeveel gemeenten die tijdig hebben gereageerd, missen desondanks de feiten en omstandigheden?",
    "count", {"state": ["on_time"], "missing": ["facts"]},
    lambda g, v: on_time(v) and "facts" in c(v)["missing"],
    meaning="Count of cases that replied on time but miss the facts.")
add(48009, I, "En hoeveel daarvan missen ook het tijdpad?",
    "count", {"state": ["on_time"], "missing": ["facts", "timeline"]},
    lambda g, v: on_time(v) and {"facts", "timeline"} <= set(c(v)["missing"]), after=[48008],
    meaning="Of the on-time repliers missing the facts, the count that also miss the timeline.")
add(48010, I, "Hoeveel gemeenten in trede 2 voldoen gedeeltelijk, met uitzondering van Noord-Holland en Zuid-Holland?",
    "count", {"trede": 2, "compliance": "voldoet_gedeeltelijk", "not_province": ["Noord-Holland", "Zuid-Holland"]},
    lambda g, v: c(v)["trede"] == 2 and c(v)["compliance"] == "voldoet_gedeeltelijk" and prov(v) not in ("Noord-Holland", "Zuid-Holland"),
    meaning="Count of partly compliant trede-2 cases outside Noord- and Zuid-Holland.")
add(48011, I, "Welke gemeenten bevinden zich thans in trede 3?",
    "list", {"trede": 3},
    lambda g, v: c(v)["trede"] == 3,
    meaning="All cases in trede 3.")
add(48012, I, "Aantal gemeenten in de provincie Utrecht met een onvolledige reactie, uitgezonderd de gemeenten die te laat waren.",
    "count", {"province": "Utrecht", "state": ["incomplete"], "not_state": ["late"]},
    lambda g, v: prov(v) == "Utrecht" and incomplete(v) and not late(v),
    meaning="Count of incomplete cases in the province of Utrecht that did not reply late.")
add(48013, I, "Hoeveel gemeenten verwachten pas na 2027 aan hun taak te voldoen?",
    "count", {"expected_after": "2027-12-31"},
    lambda g, v: v["expected_date"] is not None and exp_first(v) > D("2027-12-31"),
    meaning="Count of cases whose expected date starts after 31 December 2027.")
add(48014, I, "Hoeveel gemeenten zonder toegewezen behandelaar hebben de termijn zonder reactie laten verlopen?",
    "count", {"no_owner": True, "state": ["no_reply"]},
    lambda g, v: c(v)["owner"] is None and g in NO_REPLY,
    meaning="Count of unowned cases with no reply after the termijn.")
add(48015, I, "Bij hoeveel gemeenten in trede 2 is de brief onbestelbaar retour gekomen?",
    "count", {"trede": 2, "letter_undelivered": True},
    lambda g, v: c(v)["trede"] == 2 and c(v)["letter_undelivered"],
    meaning="Count of trede-2 cases whose latest letter bounced.")
add(48016, I, "Welke gemeenten met een onvolledige reactie verwachten in het eerste halfjaar van 2027 te voldoen?",
    "list", {"state": ["incomplete"], "expected_after": "2026-12-31", "expected_before": "2027-07-01"},
    lambda g, v: incomplete(v) and v["expected_date"] is not None and exp_first(v) > D("2026-12-31") and exp_last(v) < D("2027-07-01"),
    meaning="Incomplete cases whose expected date lies within the first half of 2027.")
add(48017, I, "Hoeveel gemeenten in de Randstad hebben te laat gereageerd?",
    "clarify", {"state": ["late"]},
    meaning="'De Randstad' has no fixed border in the register, so the bot must ask back.")
add(48018, I, "Voldoet de gemeente Heemskerk aan haar wettelijke taak?",
    "fact", {"gemeente": "Heemskerk", "fact": "compliance"}, fact=lambda: f_compliance("Heemskerk"),
    meaning="Whether Heemskerk meets its legal task (compliance).")
add(48019, I, "Hoeveel gemeenten in Limburg hebben niet alleen het tijdpad, maar ook de stappen weggelaten?",
    "count", {"province": "Limburg", "missing": ["steps", "timeline"]},
    lambda g, v: prov(v) == "Limburg" and {"steps", "timeline"} <= set(c(v)["missing"]),
    meaning="Count of Limburg cases missing both steps and timeline.")
add(48020, I, "Kunt u de lijst van gemeenten in trede 3 als csv exporteren?",
    "unknown", {"trede": 3},
    meaning="Export as CSV is not something the chat does; the trede-3 list is the understood slot.")
add(48021, I, "Hoeveel gemeenten met een termijn tussen 1 mei en 30 juni 2026 hebben nog steeds niet gereageerd?",
    "count", {"termijn_from": "2026-05-01", "termijn_to": "2026-06-30", "state": ["no_reply"]},
    lambda g, v: c(v)["termijn"] is not None and "2026-05-01" <= c(v)["termijn"] <= "2026-06-30" and g in NO_REPLY,
    meaning="Count of cases with a termijn in May-June 2026 and no reply after it.")
add(48022, I, "Hoeveel zaken van Maaike staan in trede 2 en zijn onvolledig beantwoord?",
    "count", {"owner": "Maaike", "trede": 2, "state": ["incomplete"]},
    lambda g, v: c(v)["owner"] == "Maaike" and c(v)["trede"] == 2 and incomplete(v),
    meaning="Count of Maaike's trede-2 cases in state answered_incomplete.")
add(48023, I, "Welke gemeenten in zowel Drenthe als Friesland hebben op tijd gereageerd maar voldoen niet?",
    "list", {"province": ["Drenthe", "Friesland"], "state": ["on_time"], "compliance": "voldoet_niet"},
    lambda g, v: prov(v) in ("Drenthe", "Friesland") and on_time(v) and c(v)["compliance"] == "voldoet_niet",
    meaning="Cases in Drenthe or Friesland that replied on time and do not comply.")
add(48024, I, "Hoeveel gemeenten hebben gereageerd, behalve de gemeenten die uitstel hebben gevraagd of in Limburg liggen?",
    "count", {"state": ["answered"], "not_state": ["extended"], "not_province": "Limburg"},
    lambda g, v: c(v)["answered"] and not c(v)["extension_requested"] and prov(v) != "Limburg",
    meaning="Count of answered cases outside Limburg without an extension request.")
add(48025, I, "Dank u wel, dat was het.",
    "help", {}, meaning="Thanks: a help/greeting answer.")

# ================================================================ 48502 Jeroen, behandelaar (short follow-ups)
J = 48502
add(48026, J, "hoe staat Deventer ervoor?", "status", {"gemeente": "Deventer"}, fact=lambda: f_status("Deventer"),
    meaning="Status summary of Deventer.")
add(48027, J, "en Zwolle?", "status", {"gemeente": "Zwolle"}, fact=lambda: f_status("Zwolle"), after=[48026],
    meaning="The same status question, now for Zwolle.")
add(48028, J, "wat ontbreekt er nog bij Deventer?", "fact", {"gemeente": "Deventer", "fact": "missing"},
    fact=lambda: f_missing("Deventer"), meaning="The missing elements of Deventer.")
add(48029, J, "en bij Zwolle?", "fact", {"gemeente": "Zwolle", "fact": "missing"}, fact=lambda: f_missing("Zwolle"),
    after=[48028], meaning="The missing elements of Zwolle.")
add(48030, J, "wanneer heeft Deventer gereageerd?", "fact", {"gemeente": "Deventer", "fact": "reply"},
    fact=lambda: f_reply("Deventer"), meaning="Deventer's reply date and whether it was on time.")
add(48031, J, "en wat schreven ze?", "fact", {"gemeente": "Deventer", "fact": "wrote", "date": "2026-04-28"},
    fact=lambda: f_wrote("Deventer", "2026-04-28"), after=[48030],
    meaning="What Deventer wrote on its reply day, 28 April 2026.")
add(48032, J, "welke redenen geeft Zwolle op?", "fact", {"gemeente": "Zwolle", "fact": "reasons"},
    fact=lambda: f_reasons("Zwolle"), meaning="The reasons Zwolle states.")
add(48033, J, "en die andere?", "fact", {"gemeente": "Deventer", "fact": "reasons"},
    fact=lambda: f_reasons("Deventer"), after=[48031, 48032],
    meaning="The reasons of the other municipality of the conversation, Deventer.")
add(48034, J, "hoeveel plekken heeft Zwolle nu en hoeveel in voorbereiding?", "fact", {"gemeente": "Zwolle", "fact": "places"},
    fact=lambda: f_places("Zwolle"), meaning="Zwolle's realised and planned places.")
add(48035, J, "en Deventer?", "fact", {"gemeente": "Deventer", "fact": "places"}, fact=lambda: f_places("Deventer"),
    after=[48034], meaning="Deventer's realised and planned places.")
add(48036, J, "wie heeft Zwolle eigenlijk?", "fact", {"gemeente": "Zwolle", "fact": "owner"}, fact=lambda: f_owner("Zwolle"),
    meaning="The behandelaar who owns Zwolle.")
add(48037, J, "wanneer denkt Zwolle klaar te zijn?", "fact", {"gemeente": "Zwolle", "fact": "expected"},
    fact=lambda: f_expected("Zwolle"), meaning="Zwolle's expected date.")
add(48038, J, "en Deventer?", "fact", {"gemeente": "Deventer", "fact": "expected"}, fact=lambda: f_expected("Deventer"),
    after=[48037], meaning="Deventer's expected date (none stated).")
add(48039, J, "in welke trede zit Zwolle?", "fact", {"gemeente": "Zwolle", "fact": "trede"}, fact=lambda: f_trede("Zwolle"),
    meaning="Zwolle's trede.")
add(48040, J, "wat was de termijn van Deventer?", "fact", {"gemeente": "Deventer", "fact": "termijn"},
    fact=lambda: f_termijn("Deventer"), meaning="Deventer's termijn.")
add(48041, J, "op tijd?", "fact", {"gemeente": "Deventer", "fact": "reply"}, fact=lambda: f_reply("Deventer"),
    after=[48040], meaning="Whether Deventer replied on time (a fragment after a question about Deventer).")
add(48042, J, "wat stuurde Zwolle op 16 juni 2026?", "fact", {"gemeente": "Zwolle", "fact": "wrote", "date": "2026-06-16"},
    fact=lambda: f_wrote("Zwolle", "2026-06-16"), meaning="The message(s) Zwolle sent on 16 June 2026.")
add(48043, J, "welke van mijn zaken hebben de termijn laten verlopen zonder reactie?",
    "list", {"owner": "Jeroen", "state": ["no_reply"]},
    lambda g, v: c(v)["owner"] == "Jeroen" and g in NO_REPLY,
    meaning="Jeroen's cases with no reply after the termijn.")
add(48044, J, "en welke van mijn zaken zijn onvolledig?",
    "list", {"owner": "Jeroen", "state": ["incomplete"]},
    lambda g, v: c(v)["owner"] == "Jeroen" and incomplete(v),
    meaning="Jeroen's cases in state answered_incomplete (replaces the state of the question before).")
add(48045, J, "hoeveel daarvan in Friesland?",
    "count", {"owner": "Jeroen", "state": ["incomplete"], "province": "Friesland"},
    lambda g, v: c(v)["owner"] == "Jeroen" and incomplete(v) and prov(v) == "Friesland", after=[48044],
    meaning="Of Jeroen's incomplete cases, the count in Friesland.")
add(48046, J, "laat al mijn zaken in de provincie Utrecht zien",
    "list", {"owner": "Jeroen", "province": "Utrecht"},
    lambda g, v: c(v)["owner"] == "Jeroen" and prov(v) == "Utrecht",
    meaning="Jeroen's cases in the province of Utrecht.")
add(48047, J, "hoe staat Bergen ervoor?", "clarify", {},
    meaning="Bergen is Bergen (L.) or Bergen (NH.): ask back.")
add(48048, J, "kun je Deventer een herinnering sturen?", "unknown", {"gemeente": "Deventer"},
    meaning="Sending mail is not something the bot does; Deventer is the understood slot.")
add(48049, J, "welke gemeenten liggen naast Zwolle?", "unknown", {"gemeente": "Zwolle"},
    meaning="Neighbours are not in the register.")
add(48050, J, "top, bedankt!", "help", {}, meaning="Thanks.")

# ================================================================ 48503 Maaike, behandelaar (dyslexia, phonetic)
M = 48503
add(48051, M, "welke gemeentes in gelderlant hebbe nog niet gereageert en is de termijn voorbij",
    "list", {"province": "Gelderland", "state": ["no_reply"]},
    lambda g, v: prov(v) == "Gelderland" and g in NO_REPLY,
    meaning="Gelderland cases with no reply after the termijn.")
add(48052, M, "wanneir verwagt almeere klaar te zijn", "fact", {"gemeente": "Almere", "fact": "expected"},
    fact=lambda: f_expected("Almere"), meaning="Almere's expected date.")
add(48053, M, "wie is de behandellaar van zaandam", "fact", {"gemeente": "Zaanstad", "fact": "owner"},
    fact=lambda: f_owner("Zaanstad"),
    meaning="Owner of Zaanstad (Zaandam is a place in Zaanstad).")
add(48054, M, "welke zaaken heb ik allemaal", "list", {"owner": "Maaike"},
    lambda g, v: c(v)["owner"] == "Maaike", meaning="All of Maaike's cases.")
add(48055, M, "welke van mijn zaaken misse het tijtpad", "list", {"owner": "Maaike", "missing": ["timeline"]},
    lambda g, v: c(v)["owner"] == "Maaike" and "timeline" in c(v)["missing"],
    meaning="Maaike's cases missing the timeline.")
add(48056, M, "hoeveel gemeentes in limburg zitte in treede 2", "count", {"province": "Limburg", "trede": 2},
    lambda g, v: prov(v) == "Limburg" and c(v)["trede"] == 2, meaning="Count of Limburg cases in trede 2.")
add(48057, M, "wat mist er nog bij tiel", "fact", {"gemeente": "Tiel", "fact": "missing"},
    fact=lambda: f_missing("Tiel"), meaning="Tiel's missing elements.")
add(48058, M, "welke gemeentes hebbe uitstel gevraagt", "list", {"state": ["extended"]},
    lambda g, v: c(v)["extension_requested"], meaning="Cases with an extension request.")
add(48059, M, "wannear is de termijn van veere", "fact", {"gemeente": "Veere", "fact": "termijn"},
    fact=lambda: f_termijn("Veere"), meaning="Veere's termijn.")
add(48060, M, "hoeveel gemeentes in friesland hebbe te laat gereageert", "count", {"province": "Friesland", "state": ["late"]},
    lambda g, v: prov(v) == "Friesland" and late(v), meaning="Count of Friesland cases that replied late.")
add(48061, M, "welke gemeentes in zeeland hebbe nog geen behandellaar", "list", {"province": "Zeeland", "no_owner": True},
    lambda g, v: prov(v) == "Zeeland" and c(v)["owner"] is None, meaning="Zeeland cases without an owner.")
add(48062, M, "welke gemeentes in zuid holland kunne geen lokatie vinde", "list", {"province": "Zuid-Holland", "reason": "no_location"},
    lambda g, v: prov(v) == "Zuid-Holland" and "no_location" in v["reasons"],
    meaning="Zuid-Holland cases stating no_location as a reason.")
add(48063, M, "hoe veel plaatse heeft venlo", "fact", {"gemeente": "Venlo", "fact": "places"},
    fact=lambda: f_places("Venlo"), meaning="Venlo's realised and planned places.")
add(48064, M, "hoe staat het met amersfort", "status", {"gemeente": "Amersfoort"}, fact=lambda: f_status("Amersfoort"),
    meaning="Status of Amersfoort (misspelled).")
add(48065, M, "welke gemeentes in drente hebbe wel op tijt gereageert", "list", {"province": "Drenthe", "state": ["on_time"]},
    lambda g, v: prov(v) == "Drenthe" and on_time(v), meaning="Drenthe cases that replied on time.")
add(48066, M, "wat schreef ede op vier mei 2026", "fact", {"gemeente": "Ede", "fact": "wrote", "date": "2026-05-04"},
    fact=lambda: f_wrote("Ede", "2026-05-04"),
    meaning="What Ede wrote on 4 May 2026.")
add(48067, M, "welke gemeentes in overijsel voldoen niet", "list", {"province": "Overijssel", "compliance": "voldoet_niet"},
    lambda g, v: prov(v) == "Overijssel" and c(v)["compliance"] == "voldoet_niet",
    meaning="Non-compliant cases in Overijssel.")
add(48068, M, "hoeveel onvolledeige reakties zijn er in noord brabant", "count", {"province": "Noord-Brabant", "state": ["incomplete"]},
    lambda g, v: prov(v) == "Noord-Brabant" and incomplete(v), meaning="Count of incomplete cases in Noord-Brabant.")
add(48069, M, "welke gemeentes misse de feite en omstandighede", "list", {"missing": ["facts"]},
    lambda g, v: "facts" in c(v)["missing"], meaning="Cases missing the facts.")
add(48070, M, "welke treede heeft koevorden", "fact", {"gemeente": "Coevorden", "fact": "trede"},
    fact=lambda: f_trede("Coevorden"), meaning="Coevorden's trede.")
add(48071, M, "hoe wijs ik een zaak toe aan een collega", "help", {}, meaning="How to assign a case: help.")
add(48072, M, "welke gemeentes in utregt verwagte voor de zomer van 2027 klaar te zijn",
    "list", {"province": "Utrecht", "expected_before": "2027-07-01"},
    lambda g, v: prov(v) == "Utrecht" and v["expected_date"] is not None and exp_last(v) < D("2027-07-01"),
    meaning="Utrecht-province cases expecting to be ready before summer 2027.")
add(48073, M, "welke van mijn zaaken hebbe geen reaktie gestuurt en de termijn is al om",
    "list", {"owner": "Maaike", "state": ["no_reply"]},
    lambda g, v: c(v)["owner"] == "Maaike" and g in NO_REPLY, meaning="Maaike's cases with no reply after the termijn.")
add(48074, M, "wat zijn de reedenen van weststellingwerf", "fact", {"gemeente": "Weststellingwerf", "fact": "reasons"},
    fact=lambda: f_reasons("Weststellingwerf"), meaning="Weststellingwerf's reasons.")
add(48075, M, "dankjewel", "help", {}, meaning="Thanks.")

# ================================================================ 48504 Stijn, behandelaar (analyst)
A = 48504
add(48076, A, "Welke gemeenten noemen bezwaarprocedures als reden?", "list", {"reason": "objection_procedure"},
    lambda g, v: "objection_procedure" in v["reasons"], meaning="Cases stating objection procedures as a reason.")
add(48077, A, "Hoeveel daarvan liggen in Zuid-Nederland?", "count", {"reason": "objection_procedure", "province": ZUID},
    lambda g, v: "objection_procedure" in v["reasons"] and prov(v) in ZUID, after=[48076],
    meaning="Of those, the count in Limburg/Noord-Brabant/Zeeland.")
add(48078, A, "Welke gemeenten in Oost-Nederland voldoen niet?", "list", {"province": OOST, "compliance": "voldoet_niet"},
    lambda g, v: prov(v) in OOST and c(v)["compliance"] == "voldoet_niet", meaning="Non-compliant cases in Gelderland/Overijssel.")
add(48079, A, "En in het noorden?", "list", {"province": NOORD, "compliance": "voldoet_niet"},
    lambda g, v: prov(v) in NOORD and c(v)["compliance"] == "voldoet_niet", after=[48078],
    meaning="Non-compliant cases in Drenthe/Friesland/Groningen.")
add(48080, A, "Kun je daar een staafdiagram van maken?", "unknown", {"province": NOORD, "compliance": "voldoet_niet"},
    after=[48079], meaning="Charts are not something the bot does; the list before is the understood slot.")
add(48081, A, "Hoeveel gemeenten verwachten in Q1 2027 aan de taak te voldoen?", "count",
    {"expected_after": "2026-12-31", "expected_before": "2027-04-01"},
    lambda g, v: v["expected_date"] is not None and exp_first(v) > D("2026-12-31") and exp_last(v) < D("2027-04-01"),
    meaning="Count of cases with an expected date within Q1 2027.")
add(48082, A, "En in Q2 2027?", "count", {"expected_after": "2027-03-31", "expected_before": "2027-07-01"},
    lambda g, v: v["expected_date"] is not None and exp_first(v) > D("2027-03-31") and exp_last(v) < D("2027-07-01"),
    after=[48081], meaning="Count of cases with an expected date within Q2 2027.")
add(48083, A, "Welke gemeenten hebben geldproblemen?", "list", {"reason": "finance"},
    lambda g, v: "finance" in v["reasons"], meaning="Cases stating finance as a reason.")
add(48084, A, "Welke gemeenten die gedeeltelijk voldoen, verwachten vóór 1 januari 2027 klaar te zijn?", "list",
    {"compliance": "voldoet_gedeeltelijk", "expected_before": "2027-01-01"},
    lambda g, v: c(v)["compliance"] == "voldoet_gedeeltelijk" and v["expected_date"] is not None and exp_last(v) < D("2027-01-01"),
    meaning="Partly compliant cases whose expected date ends before 1 January 2027.")
add(48085, A, "Exporteer de gemeenten die niet voldoen naar Excel.", "unknown", {"compliance": "voldoet_niet"},
    meaning="Export is not a chat function; the voldoet_niet list is understood.")
add(48086, A, "Vergelijk de naleving in Gelderland met die in Overijssel.", "unknown", {"province": ["Gelderland", "Overijssel"]},
    meaning="Comparisons are not something the bot does.")
add(48087, A, "Hoeveel gemeenten in Zeeland voldoen gedeeltelijk?", "count", {"province": "Zeeland", "compliance": "voldoet_gedeeltelijk"},
    lambda g, v: prov(v) == "Zeeland" and c(v)["compliance"] == "voldoet_gedeeltelijk",
    meaning="Count of partly compliant Zeeland cases.")
add(48088, A, "Welke gemeenten in Twente hebben gereageerd?", "unknown", {"state": ["answered"]},
    meaning="Twente has no border in the register: unknown, with the answered state kept.")
add(48089, A, "Welke gemeenten met lokale weerstand als reden verwachten pas na juni 2027 klaar te zijn?", "list",
    {"reason": "local_opposition", "expected_after": "2027-06-30"},
    lambda g, v: "local_opposition" in v["reasons"] and v["expected_date"] is not None and exp_first(v) > D("2027-06-30"),
    meaning="Cases citing local opposition whose expected date starts after June 2027.")
add(48090, A, "Welke redenen noemt Voorschoten?", "fact", {"gemeente": "Voorschoten", "fact": "reasons"},
    fact=lambda: f_reasons("Voorschoten"), meaning="Voorschoten's reasons.")
add(48091, A, "Welke gemeenten noemen verlies van opvangplekken als reden, Limburg niet meegerekend?", "list",
    {"reason": "places_lost", "not_province": "Limburg"},
    lambda g, v: "places_lost" in v["reasons"] and prov(v) != "Limburg",
    meaning="Cases citing lost places outside Limburg.")
add(48092, A, "Wat is de top 5 van gemeenten met de meeste ontbrekende elementen?", "unknown", {},
    meaning="Rankings are not something the bot does.")
add(48093, A, "Welke gemeenten in Noord-Holland hebben een verwachte datum die al verstreken is?", "list",
    {"province": "Noord-Holland", "expected_before": ON},
    lambda g, v: prov(v) == "Noord-Holland" and v["expected_date"] is not None and exp_last(v) < D(ON),
    meaning="Noord-Holland cases whose expected date already passed (before the asking day).")
add(48094, A, "Hoeveel gemeenten zijn afhankelijk van het COA?", "count", {"reason": "coa_dependency"},
    lambda g, v: "coa_dependency" in v["reasons"], meaning="Count of cases citing COA dependency.")
add(48095, A, "Voldoet Tilburg aan de wettelijke taak?", "fact", {"gemeente": "Tilburg", "fact": "compliance"},
    fact=lambda: f_compliance("Tilburg"), meaning="Tilburg's compliance.")
add(48096, A, "Welke van mijn zaken hebben een onvolledige reactie?", "list", {"owner": "Stijn", "state": ["incomplete"]},
    lambda g, v: c(v)["owner"] == "Stijn" and incomplete(v), meaning="Stijn's cases in state answered_incomplete.")
add(48097, A, "Hoeveel gemeenten in Flevoland zijn te laat?", "clarify", {"province": "Flevoland"},
    meaning="Bare 'te laat': no reply after the termijn or replied late; ask back.")
add(48098, A, "Welke gemeenten met een raadsbesluit als reden verwachten tussen 1 januari en 30 juni 2027 te voldoen?", "list",
    {"reason": "council_decision", "expected_after": "2026-12-31", "expected_before": "2027-07-01"},
    lambda g, v: "council_decision" in v["reasons"] and v["expected_date"] is not None and exp_first(v) > D("2026-12-31") and exp_last(v) < D("2027-07-01"),
    meaning="Cases citing a council decision with an expected date in the first half of 2027.")
add(48099, A, "Welke gemeenten in Gelderland en Overijssel hebben op tijd gereageerd maar geven geen tijdpad?", "list",
    {"province": OOST, "state": ["on_time"], "missing": ["timeline"]},
    lambda g, v: prov(v) in OOST and on_time(v) and "timeline" in c(v)["missing"],
    meaning="On-time repliers in Gelderland/Overijssel whose reply misses the timeline.")
add(48100, A, "Geef me een overzicht van de stand van zaken.", "overview", {}, meaning="The general overview.")


def main():
    assert [q["id"] for q in Q] == list(range(48001, 48101)), "ids"
    out = []
    for q in Q:
        rec = {"id": q["id"], "q": q["q"], "intent": q["intent"], "filters": q["filters"]}
        if q["intent"] in ("list", "count"):
            gs = sorted(g for g, v in S.items() if q["pred"](g, v))
            rec["expected_gemeenten"] = gs
            rec["count"] = len(gs)
        else:
            rec["expected_gemeenten"] = []
            rec["count"] = None
        rec.update(after=q["after"], as_staff=q["staff"], on=ON, meaning=q["meaning"],
                   expected_fact=q["fact"]() if q["fact"] else None)
        if "gemeente" in q["filters"]:
            assert q["filters"]["gemeente"] in S, q["filters"]["gemeente"]
        out.append(rec)
    with open(os.path.join(HERE, "questions48_with_expected_sets.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for r in out:
        print(r["id"], r["intent"], r["count"], (r["expected_gemeenten"] if r["count"] is not None and r["count"] <= 8 else ""),
              "" if r["expected_fact"] is None else json.dumps(r["expected_fact"], ensure_ascii=False)[:150])


if __name__ == "__main__":
    main()
