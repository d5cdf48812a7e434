#!/usr/bin/env python3
"""Set 47: 100 questions with hand-written predicates / facts over status.json and due.json.

Writes questions47_with_expected_sets.jsonl. Asking day Thursday 2029-01-11.
Every list/count question carries its own predicate `p(g, v)` (g = official name, v = status entry);
every fact question its own value computed here by hand. expected.py recomputes all of it generically.
"""
import json
from datetime import date, datetime
from zoneinfo import ZoneInfo

ON = "2029-01-11"
S = json.load(open("status.json", encoding="utf-8"))
DUE = json.load(open("due.json", encoding="utf-8"))
NO_REPLY = {x["gemeente"] for x in DUE if x["section"] == "overdue" and x["kind"] == "no_reply"}
AMS = ZoneInfo("Europe/Amsterdam")
STAFF = {47501: "Mirjam", 47502: "Joost", 47503: "Ingrid", 47504: "Wouter"}

NOORD = ["Drenthe", "Friesland", "Groningen"]

# --- tiny accessors (no logic of their own) ---------------------------------------------------
def c(v): return v["case"]
def prov(v): return v["province"]
def owner(v): return c(v)["owner"]
def trede(v): return c(v)["trede"]
def missing(v): return set(c(v)["missing"])
def termijn(v): return c(v)["termijn"]
def late(v): return c(v)["answered"] and c(v)["reply_on_time"] is False
def on_time(v): return c(v)["answered"] and c(v)["reply_on_time"] is True
def incomplete(v): return c(v)["state"] == "answered_incomplete"
def complete(v): return c(v)["state"] == "answered_complete"
def ext(v): return c(v)["extension_requested"]
def nr(g): return g in NO_REPLY
def exp_first_last(v):
    e = v["expected_date"]
    if not e:
        return None
    y = int(e[:4])
    if len(e) == 10:
        d = date.fromisoformat(e); return d, d
    if e[5] == "Q":
        q = int(e[6]); m1 = 3 * q - 2; m2 = 3 * q
    elif e[5] == "H":
        h = int(e[6]); m1 = 6 * h - 5; m2 = 6 * h
    else:
        m1 = m2 = int(e[5:7])
    first = date(y, m1, 1)
    last = date(y + (m2 == 12), m2 % 12 + 1, 1).fromordinal(date(y + (m2 == 12), m2 % 12 + 1, 1).toordinal() - 1)
    return first, last
def tw(v, a, b):  # termijn inside [a, b] (ISO strings, inclusive)
    t = termijn(v); return t is not None and a <= t <= b
def local_day(ts): return datetime.fromisoformat(ts).astimezone(AMS).date()

# --- fact helpers -----------------------------------------------------------------------------
def f_places(g): v = S[g]; return {"realised": v["realised_total"], "planned": v["planned_total"]}
def f_expected(g): return S[g]["expected_date"]
def f_owner(g): return owner(S[g])
def f_missing(g): return sorted(missing(S[g]))
def f_termijn(g):
    v = S[g]; return {"termijn": termijn(v), "extension_requested": ext(v),
                      "extension_requested_until": c(v)["extension_requested_until"]}
def f_reply(g):
    v = S[g]
    if not c(v)["answered"]:
        return {"reply_date": None, "termijn": termijn(v), "on_time": None, "days_after_termijn": None}
    d = local_day(c(v)["reply_at"])
    return {"reply_date": d.isoformat(), "termijn": termijn(v), "on_time": c(v)["reply_on_time"],
            "days_after_termijn": (d - date.fromisoformat(termijn(v))).days}
def f_reasons(g): return sorted(S[g]["reasons"])
def f_trede(g): return trede(S[g])
def f_compliance(g): return c(S[g])["compliance"]
def f_wrote(g, day):
    return [{"kind": m["kind"], "subject": m["subject"], "received_at": m["received_at"]}
            for m in sorted(S[g]["messages"], key=lambda m: m["received_at"])
            if local_day(m["received_at"]).isoformat() == day]
def f_status(g):
    v = S[g]; k = c(v)
    return {"trede": k["trede"], "state": k["state"], "owner": k["owner"], "termijn": k["termijn"],
            "answered": k["answered"], "reply_on_time": k["reply_on_time"], "missing": sorted(k["missing"]),
            "compliance": k["compliance"], "overdue": k["overdue"], "extension_requested": k["extension_requested"],
            "letter_undelivered": k["letter_undelivered"], "expected_date": v["expected_date"],
            "places": f_places(g), "reasons": sorted(v["reasons"])}

Q = []
def L(i, staff, q, intent, filters, meaning, p=None, fact=None, after=()):
    Q.append(dict(id=i, staff=staff, q=q, intent=intent, filters=filters, meaning=meaning, p=p, fact=fact,
                  after=list(after)))

# ============ 47501 Mirjam, beheerder: plans the week ==========================================
M = 47501
L(47001, M, "Goedemorgen! Welke termijnen verlopen deze week?", "list",
  {"termijn_from": "2029-01-08", "termijn_to": "2029-01-14"},
  "Cases whose termijn falls in the current week (Mon 8 - Sun 14 January 2029).",
  p=lambda g, v: tw(v, "2029-01-08", "2029-01-14"))
L(47002, M, "En volgende week?", "list",
  {"termijn_from": "2029-01-15", "termijn_to": "2029-01-21"},
  "Follow-up: cases whose termijn falls next week (15-21 January 2029).",
  p=lambda g, v: tw(v, "2029-01-15", "2029-01-21"), after=[47001])
L(47003, M, "Welke termijnen lopen in januari af?", "list",
  {"termijn_from": "2029-01-01", "termijn_to": "2029-01-31"},
  "Cases whose termijn falls in January 2029 (the nearest January).",
  p=lambda g, v: tw(v, "2029-01-01", "2029-01-31"))
L(47004, M, "Welke zaken van Wouter hebben een termijn die voor eind februari afloopt?", "list",
  {"owner": "Wouter", "termijn_to": "2029-02-28"},
  "Wouter's cases with a termijn on or before 28 February 2029.",
  p=lambda g, v: owner(v) == "Wouter" and termijn(v) is not None and termijn(v) <= "2029-02-28")
L(47005, M, "Welke zaken hebben nog geen behandelaar?", "list", {"no_owner": True},
  "All cases without an owner.", p=lambda g, v: owner(v) is None)
L(47006, M, "Hoeveel daarvan liggen in Gelderland?", "count", {"no_owner": True, "province": "Gelderland"},
  "Follow-up: number of unowned cases in Gelderland.",
  p=lambda g, v: owner(v) is None and prov(v) == "Gelderland", after=[47005])
L(47007, M, "Hoeveel zaken heeft Joost op dit moment op zijn naam staan?", "count", {"owner": "Joost"},
  "Number of cases owned by Joost.", p=lambda g, v: owner(v) == "Joost")
L(47008, M, "En Ingrid?", "count", {"owner": "Ingrid"},
  "Follow-up: number of cases owned by Ingrid.", p=lambda g, v: owner(v) == "Ingrid", after=[47007])
L(47009, M, "Welke zaken van Wouter wachten nog op een reactie terwijl de termijn al verstreken is?", "list",
  {"owner": "Wouter", "state": ["no_reply"]},
  "Wouter's cases with no reply after the termijn.", p=lambda g, v: owner(v) == "Wouter" and nr(g))
L(47010, M, "Lijst van gemeenten in Noord-Brabant zonder behandelaar met een termijn voor eind februari", "list",
  {"province": "Noord-Brabant", "no_owner": True, "termijn_to": "2029-02-28"},
  "Unowned cases in Noord-Brabant with a termijn on or before 28 February 2029.",
  p=lambda g, v: prov(v) == "Noord-Brabant" and owner(v) is None and termijn(v) is not None
  and termijn(v) <= "2029-02-28")
L(47011, M, "Welke niet-toegewezen zaken staan op trede 3?", "list", {"trede": 3, "no_owner": True},
  "Unowned cases on trede 3.", p=lambda g, v: trede(v) == 3 and owner(v) is None)
L(47012, M, "Hoeveel zaken zonder eigenaar hebben de termijn laten verlopen zonder te reageren?", "count",
  {"no_owner": True, "state": ["no_reply"]},
  "Number of unowned cases with no reply after the termijn.", p=lambda g, v: owner(v) is None and nr(g))
L(47013, M, "Welke zaken hadden een termijn in juni 2026?", "list",
  {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30"},
  "Cases whose termijn fell in June 2026.", p=lambda g, v: tw(v, "2026-06-01", "2026-06-30"))
L(47014, M, "Welke daarvan hebben nog steeds niet gereageerd?", "list",
  {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30", "state": ["no_reply"]},
  "Follow-up: of the cases with a June 2026 termijn, those with no reply.",
  p=lambda g, v: tw(v, "2026-06-01", "2026-06-30") and nr(g), after=[47013])
L(47015, M, "Wie is de behandelaar van Lelystad?", "fact", {"gemeente": "Lelystad", "fact": "owner"},
  "Who owns the Lelystad case (nobody).", fact=lambda: f_owner("Lelystad"))
L(47016, M, "Hoeveel zaken op trede 2 in Overijssel zijn nog niet toegewezen?", "count",
  {"trede": 2, "province": "Overijssel", "no_owner": True},
  "Number of unowned trede-2 cases in Overijssel.",
  p=lambda g, v: trede(v) == 2 and prov(v) == "Overijssel" and owner(v) is None)
L(47017, M, "Welke zaken van Joost hebben een onvolledige reactie?", "list",
  {"owner": "Joost", "state": ["incomplete"]},
  "Joost's cases whose state is answered-incomplete.", p=lambda g, v: owner(v) == "Joost" and incomplete(v))
L(47018, M, "mijn zaken graag", "list", {"owner": "Mirjam"},
  "The asker's (Mirjam's) own cases: none.", p=lambda g, v: owner(v) == "Mirjam")
L(47019, M, "Hoe wijs ik een zaak toe aan een collega?", "help", {}, "Asks how to assign a case.")
L(47020, M, "Maak een ranglijst van de behandelaars met de meeste openstaande zaken", "unknown", {},
  "A ranking of staff by workload, which the bot cannot do.")
L(47021, M, "Hoe staan we er als team voor? Graag een totaaloverzicht.", "overview", {},
  "Asks for the general overview.")
L(47022, M, "Welke zaken met een termijn in oktober 2026 hebben nog geen behandelaar?", "list",
  {"termijn_from": "2026-10-01", "termijn_to": "2026-10-31", "no_owner": True},
  "Unowned cases whose termijn fell in October 2026.",
  p=lambda g, v: tw(v, "2026-10-01", "2026-10-31") and owner(v) is None)
L(47023, M, "Hoeveel zaken zonder behandelaar zijn er in het noorden?", "count",
  {"no_owner": True, "province": NOORD},
  "Number of unowned cases in Drenthe, Friesland and Groningen.",
  p=lambda g, v: owner(v) is None and prov(v) in NOORD)
L(47024, M, "Welke uitstelverzoeken liggen er nog waar niemand eigenaar van is?", "list",
  {"state": ["extended"], "no_owner": True},
  "Cases with a pending extension request and no owner.", p=lambda g, v: ext(v) and owner(v) is None)
L(47025, M, "Hoeveel zaken zonder behandelaar liggen in de Randstad?", "clarify", {"no_owner": True},
  "Unowned cases in 'de Randstad', which has no fixed border: asked back.")

# ============ 47502 Joost, behandelaar: dictates by voice =======================================
J = 47502
L(47026, J, "welke gemeenten in limburg hebben nog niet gereageerd vraagteken", "list",
  {"province": "Limburg", "state": ["no_reply"]},
  "Limburg cases with no reply after the termijn.", p=lambda g, v: prov(v) == "Limburg" and nr(g))
L(47027, J, "hoeveel zaken heb ik op trede twee", "count", {"owner": "Joost", "trede": 2},
  "Number of Joost's cases on trede 2.", p=lambda g, v: owner(v) == "Joost" and trede(v) == 2)
L(47028, J, "wat is de termijn van brunssum vraagteken", "fact", {"gemeente": "Brunssum", "fact": "termijn"},
  "The termijn of Brunssum.", fact=lambda: f_termijn("Brunssum"))
L(47029, J, "en hebben ze op tijd gereageerd vraagteken", "fact", {"gemeente": "Brunssum", "fact": "reply"},
  "Follow-up: when Brunssum replied and whether that was on time (2 days late).",
  fact=lambda: f_reply("Brunssum"), after=[47028])
L(47030, J, "welke gemeenten in zee land komma op trede twee komma hebben te laat gereageerd", "list",
  {"province": "Zeeland", "trede": 2, "state": ["late"]},
  "Zeeland cases on trede 2 that replied after the termijn.",
  p=lambda g, v: prov(v) == "Zeeland" and trede(v) == 2 and late(v))
L(47031, J, "mijn zaken waar de reactie nog ontbreekt punt", "list", {"owner": "Joost", "state": ["no_reply"]},
  "Joost's cases with no reply after the termijn.", p=lambda g, v: owner(v) == "Joost" and nr(g))
L(47032, J, "hoeveel plekken heeft leeuwaarden nu gerealiseerd", "fact", {"gemeente": "Leeuwarden", "fact": "places"},
  "Places realised (and planned) by Leeuwarden (voice spelling 'leeuwaarden').", fact=lambda: f_places("Leeuwarden"))
L(47033, J, "wanneer verwacht nijmegen aan de taak te voldoen vraagteken", "fact",
  {"gemeente": "Nijmegen", "fact": "expected"},
  "The expected date Nijmegen gave.", fact=lambda: f_expected("Nijmegen"))
L(47034, J, "welke gemeenten in gelderland en overijssel hebben een onvolledige reactie gestuurd", "list",
  {"province": ["Gelderland", "Overijssel"], "state": ["incomplete"]},
  "Cases in Gelderland or Overijssel whose state is answered-incomplete.",
  p=lambda g, v: prov(v) in ("Gelderland", "Overijssel") and incomplete(v))
L(47035, J, "wat ontbreekt er nog bij waddinks veen", "fact", {"gemeente": "Waddinxveen", "fact": "missing"},
  "Missing elements of Waddinxveen (voice spelling 'waddinks veen').", fact=lambda: f_missing("Waddinxveen"))
L(47036, J, "welke gemeenten op trede drie hebben nog steeds niet gereageerd", "list",
  {"trede": 3, "state": ["no_reply"]},
  "Trede-3 cases with no reply after the termijn.", p=lambda g, v: trede(v) == 3 and nr(g))
L(47037, J, "hoeveel gemeenten in noord brabant voldoen niet aan hun taak", "count",
  {"province": "Noord-Brabant", "compliance": "voldoet_niet"},
  "Number of Noord-Brabant cases with compliance voldoet_niet.",
  p=lambda g, v: prov(v) == "Noord-Brabant" and c(v)["compliance"] == "voldoet_niet")
L(47038, J, "welke gemeenten in de provincie utrecht noemen de bezwaarprocedure als reden", "list",
  {"province": "Utrecht", "reason": "objection_procedure"},
  "Cases in the province of Utrecht that give an objection procedure as reason.",
  p=lambda g, v: prov(v) == "Utrecht" and "objection_procedure" in v["reasons"])
L(47039, J, "wie is de behandelaar van weerd", "fact", {"gemeente": "Weert", "fact": "owner"},
  "Owner of Weert (voice spelling 'weerd'): nobody.", fact=lambda: f_owner("Weert"))
L(47040, J, "wat schreef ede op vier mei tweeduizend zesentwintig", "fact",
  {"gemeente": "Ede", "fact": "wrote", "date": "2026-05-04"},
  "What Ede sent on 4 May 2026 (an art. 8 notice about a fire at its reception site).",
  fact=lambda: f_wrote("Ede", "2026-05-04"))
L(47041, J, "welke van mijn gemeenten komma in limburg komma hebben op tijd gereageerd", "list",
  {"owner": "Joost", "province": "Limburg", "state": ["on_time"]},
  "Joost's Limburg cases that replied by the termijn.",
  p=lambda g, v: owner(v) == "Joost" and prov(v) == "Limburg" and on_time(v))
L(47042, J, "hoeveel gemeenten missen zowel de stappen als het tijdpad", "count",
  {"missing": ["steps", "timeline"]},
  "Number of cases missing both steps and timeline.", p=lambda g, v: {"steps", "timeline"} <= missing(v))
L(47043, J, "welke gemeenten verwachten klaar te zijn voor de zomer van tweeduizend zevenentwintig", "list",
  {"expected_before": "2027-07-01"},
  "Cases whose expected date ends before 1 July 2027.",
  p=lambda g, v: exp_first_last(v) is not None and exp_first_last(v)[1] < date(2027, 7, 1))
L(47044, J, "en welke pas na de zomer", "list", {"expected_after": "2027-08-31"},
  "Follow-up: cases whose expected date starts after the summer of 2027 (after 31 August 2027).",
  p=lambda g, v: exp_first_last(v) is not None and exp_first_last(v)[0] > date(2027, 8, 31), after=[47043])
L(47045, J, "hoe staat het met de zaak heer len", "status", {"gemeente": "Heerlen"},
  "Status of the Heerlen case (voice spelling 'heer len').", fact=lambda: f_status("Heerlen"))
L(47046, J, "welke gemeenten in friesland zitten op trede een", "list", {"province": "Friesland", "trede": 1},
  "Friesland cases on trede 1.", p=lambda g, v: prov(v) == "Friesland" and trede(v) == 1)
L(47047, J, "stuur een herinnering naar stadskanaal", "unknown", {"gemeente": "Stadskanaal"},
  "Asks the bot to send a reminder to Stadskanaal, which it cannot do.")
L(47048, J, "wat zijn de redenen die venraai noemt", "fact", {"gemeente": "Venray", "fact": "reasons"},
  "Reasons Venray gives (voice spelling 'venraai').", fact=lambda: f_reasons("Venray"))
L(47049, J, "welke gemeenten zonder reactie liggen niet in gelderland", "list",
  {"state": ["no_reply"], "not_province": "Gelderland"},
  "Cases with no reply after the termijn, outside Gelderland.",
  p=lambda g, v: nr(g) and prov(v) != "Gelderland")
L(47050, J, "oke dank je wel tot morgen", "help", {}, "Thanks and goodbye.")

# ============ 47503 Ingrid, behandelaar: legal advisor ==========================================
I = 47503
L(47051, I, "Welke gemeenten op trede 2 hebben pas na het verstrijken van de termijn gereageerd?", "list",
  {"trede": 2, "state": ["late"]},
  "Trede-2 cases that replied after the termijn.", p=lambda g, v: trede(v) == 2 and late(v))
L(47052, I, "Welke gemeenten hebben om uitstel verzocht?", "list", {"state": ["extended"]},
  "Cases with a pending extension request.", p=lambda g, v: ext(v))
L(47053, I, "Welke daarvan liggen niet in Zuid-Holland of Noord-Holland?", "list",
  {"state": ["extended"], "not_province": ["Noord-Holland", "Zuid-Holland"]},
  "Follow-up: extension requests outside Zuid- and Noord-Holland.",
  p=lambda g, v: ext(v) and prov(v) not in ("Noord-Holland", "Zuid-Holland"), after=[47052])
L(47054, I, "Welke zaken zijn opgeschort?", "list", {"state": ["suspended"]},
  "Suspended cases (none).", p=lambda g, v: c(v)["suspended"])
L(47055, I, "Welke gemeenten hebben tijdig gereageerd, maar zonder tijdpad?", "list",
  {"state": ["on_time"], "missing": ["timeline"]},
  "Cases that replied on time but whose answer misses the timeline.",
  p=lambda g, v: on_time(v) and "timeline" in missing(v))
L(47056, I, "Welke gemeenten in Noord-Holland hebben gereageerd, behalve de gemeenten die te laat waren?", "list",
  {"province": "Noord-Holland", "state": ["answered"], "not_state": ["late"]},
  "Noord-Holland cases that answered, leaving out late replies.",
  p=lambda g, v: prov(v) == "Noord-Holland" and c(v)["answered"] and not late(v))
L(47057, I, "Welke gemeenten op trede 2 voldoen niet aan hun wettelijke taak en hebben geen uitstel gevraagd?", "list",
  {"trede": 2, "compliance": "voldoet_niet", "not_state": ["extended"]},
  "Trede-2 cases with compliance voldoet_niet and no extension request.",
  p=lambda g, v: trede(v) == 2 and c(v)["compliance"] == "voldoet_niet" and not ext(v))
L(47058, I, "Voldoet de gemeente Coevorden aan haar wettelijke taak?", "fact",
  {"gemeente": "Coevorden", "fact": "compliance"},
  "Compliance of Coevorden.", fact=lambda: f_compliance("Coevorden"))
L(47059, I, "Op welke trede staat Kerkrade thans?", "fact", {"gemeente": "Kerkrade", "fact": "trede"},
  "Trede of Kerkrade.", fact=lambda: f_trede("Kerkrade"))
L(47060, I, "Welke elementen ontbreken in de art. 8-melding van Emmen?", "fact",
  {"gemeente": "Emmen", "fact": "missing"},
  "Missing elements of Emmen's meldplicht notice.", fact=lambda: f_missing("Emmen"))
L(47061, I, "Welke gemeenten in Zuid-Holland hebben noch de stappen noch het tijdpad vermeld?", "list",
  {"province": "Zuid-Holland", "missing": ["steps", "timeline"]},
  "Zuid-Holland cases missing both steps and timeline.",
  p=lambda g, v: prov(v) == "Zuid-Holland" and {"steps", "timeline"} <= missing(v))
L(47062, I, "Welke gemeenten op trede 3 hebben geen reactie gegeven, Lelystad buiten beschouwing gelaten?", "list",
  {"trede": 3, "state": ["no_reply"], "not_gemeente": "Lelystad"},
  "Trede-3 cases with no reply after the termijn, except Lelystad.",
  p=lambda g, v: trede(v) == 3 and nr(g) and g != "Lelystad")
L(47063, I, "Hoeveel gemeenten hebben te laat gereageerd?", "count", {"state": ["late"]},
  "Number of cases that replied after the termijn.", p=lambda g, v: late(v))
L(47064, I, "En hoeveel daarvan was ook onvolledig?", "count", {"state": ["incomplete", "late"]},
  "Follow-up: late replies whose state is also answered-incomplete.",
  p=lambda g, v: late(v) and incomplete(v), after=[47063])
L(47065, I, "Wanneer heeft Oldambt gereageerd en was dat binnen de termijn?", "fact",
  {"gemeente": "Oldambt", "fact": "reply"},
  "Oldambt's reply date and whether it was on time (3 days late).", fact=lambda: f_reply("Oldambt"))
L(47066, I, "Bij welke gemeenten is de brief onbestelbaar retour gekomen?", "list", {"letter_undelivered": True},
  "Cases whose latest letter bounced.", p=lambda g, v: c(v)["letter_undelivered"])
L(47067, I, "Welke gemeenten in Limburg hebben wel gereageerd maar voldoen niet aan de taak?", "list",
  {"province": "Limburg", "state": ["answered"], "compliance": "voldoet_niet"},
  "Limburg cases that answered and have compliance voldoet_niet.",
  p=lambda g, v: prov(v) == "Limburg" and c(v)["answered"] and c(v)["compliance"] == "voldoet_niet")
L(47068, I, "Welke gemeenten voeren vergunningsperikelen aan, met uitzondering van die in Noord-Brabant?", "list",
  {"reason": "permit_procedure", "not_province": "Noord-Brabant"},
  "Cases giving a permit procedure as reason, outside Noord-Brabant.",
  p=lambda g, v: "permit_procedure" in v["reasons"] and prov(v) != "Noord-Brabant")
L(47069, I, "Welke gemeenten in Utrecht hebben geen reactie gestuurd, uitstelverzoeken niet meegerekend?", "list",
  {"province": "Utrecht", "state": ["no_reply"], "not_state": ["extended"]},
  "Province of Utrecht (plural 'gemeenten in') cases with no reply, leaving out extension requests.",
  p=lambda g, v: prov(v) == "Utrecht" and nr(g) and not ext(v))
L(47070, I, "Welke gemeenten hebben een volledige reactie gestuurd, maar te laat?", "list",
  {"state": ["complete", "late"]},
  "Cases answered complete but after the termijn.", p=lambda g, v: complete(v) and late(v))
L(47071, I, "Wat is de termijn voor Noordenveld, gelet op het uitstelverzoek?", "fact",
  {"gemeente": "Noordenveld", "fact": "termijn"},
  "Noordenveld's termijn, with the extension it asked for (until 7 December 2026).",
  fact=lambda: f_termijn("Noordenveld"))
L(47072, I, "Welke gemeenten in Drenthe staan op trede 3?", "list", {"province": "Drenthe", "trede": 3},
  "Drenthe cases on trede 3.", p=lambda g, v: prov(v) == "Drenthe" and trede(v) == 3)
L(47073, I, "Welke van mijn zaken staan niet op trede 1 en missen de feiten en omstandigheden?", "list",
  {"owner": "Ingrid", "not_trede": 1, "missing": ["facts"]},
  "Ingrid's cases not on trede 1 whose answer misses the facts.",
  p=lambda g, v: owner(v) == "Ingrid" and trede(v) != 1 and "facts" in missing(v))
L(47074, I, "Kunt u Zaltbommel naar trede 3 opschalen?", "unknown", {"gemeente": "Zaltbommel"},
  "Asks to raise Zaltbommel to trede 3, which the bot cannot do by question.")
L(47075, I, "Hoe staat Bergen ervoor?", "clarify", {},
  "Bergen is two municipalities (L. and NH.): asked back.")

# ============ 47504 Wouter, behandelaar: mixed Dutch/English chat ================================
W = 47504
L(47076, W, "status update Ede pls", "status", {"gemeente": "Ede"},
  "Status of the Ede case.", fact=lambda: f_status("Ede"))
L(47077, W, "welke cases zijn overdue", "list", {"state": ["no_reply"]},
  "All cases with no reply after the termijn.", p=lambda g, v: nr(g))
L(47078, W, "en in Limburg?", "list", {"state": ["no_reply"], "province": "Limburg"},
  "Follow-up: the overdue (no reply) cases in Limburg.",
  p=lambda g, v: nr(g) and prov(v) == "Limburg", after=[47077])
L(47079, W, "hoeveel van mijn cases zijn incomplete?", "count", {"owner": "Wouter", "state": ["incomplete"]},
  "Number of Wouter's cases whose state is answered-incomplete.",
  p=lambda g, v: owner(v) == "Wouter" and incomplete(v))
L(47080, W, "ok which ones?", "list", {"owner": "Wouter", "state": ["incomplete"]},
  "Follow-up: list those cases.", p=lambda g, v: owner(v) == "Wouter" and incomplete(v), after=[47079])
L(47081, W, "wie is owner van Breda", "fact", {"gemeente": "Breda", "fact": "owner"},
  "Owner of Breda (Wouter).", fact=lambda: f_owner("Breda"))
L(47082, W, "expected date Zwolle?", "fact", {"gemeente": "Zwolle", "fact": "expected"},
  "Expected date of Zwolle.", fact=lambda: f_expected("Zwolle"))
L(47083, W, "how many gemeenten in NB hebben no reply", "count", {"province": "Noord-Brabant", "state": ["no_reply"]},
  "Number of Noord-Brabant cases with no reply after the termijn.",
  p=lambda g, v: prov(v) == "Noord-Brabant" and nr(g))
L(47084, W, "mijn cases met deadline in april 2026", "list",
  {"owner": "Wouter", "termijn_from": "2026-04-01", "termijn_to": "2026-04-30"},
  "Wouter's cases whose termijn fell in April 2026.",
  p=lambda g, v: owner(v) == "Wouter" and tw(v, "2026-04-01", "2026-04-30"))
L(47085, W, "welke cases in Dr hebben een extension aangevraagd?", "list",
  {"province": "Drenthe", "state": ["extended"]},
  "Drenthe cases with a pending extension request.", p=lambda g, v: prov(v) == "Drenthe" and ext(v))
L(47086, W, "places Zaanstad?", "fact", {"gemeente": "Zaanstad", "fact": "places"},
  "Places realised and planned in Zaanstad.", fact=lambda: f_places("Zaanstad"))
L(47087, W, "welke cases zonder owner in Gld hebben te laat gereageerd", "list",
  {"no_owner": True, "province": "Gelderland", "state": ["late"]},
  "Unowned Gelderland cases that replied after the termijn.",
  p=lambda g, v: owner(v) is None and prov(v) == "Gelderland" and late(v))
L(47088, W, "what reasons geeft Hulst?", "fact", {"gemeente": "Hulst", "fact": "reasons"},
  "Reasons Hulst gives.", fact=lambda: f_reasons("Hulst"))
L(47089, W, "top 5 gemeenten met de biggest achterstand pls", "unknown", {},
  "A ranking by backlog, which the bot cannot do.")
L(47090, W, "hoeveel cases op trede 2 in ZH hebben een complete reply gestuurd?", "count",
  {"trede": 2, "province": "Zuid-Holland", "state": ["complete"]},
  "Number of Zuid-Holland trede-2 cases in state answered-complete.",
  p=lambda g, v: trede(v) == 2 and prov(v) == "Zuid-Holland" and complete(v))
L(47091, W, "list mijn cases waar de timeline missing is", "list", {"owner": "Wouter", "missing": ["timeline"]},
  "Wouter's cases missing the timeline.", p=lambda g, v: owner(v) == "Wouter" and "timeline" in missing(v))
L(47092, W, "en waar de facts missen?", "list", {"owner": "Wouter", "missing": ["facts"]},
  "Follow-up: Wouter's cases missing the facts (replaces the element).",
  p=lambda g, v: owner(v) == "Wouter" and "facts" in missing(v), after=[47091])
L(47093, W, "can you export mijn cases naar Excel?", "unknown", {"owner": "Wouter"},
  "Export of Wouter's cases to Excel, which the bot cannot do.")
L(47094, W, "what's up met Utrecht?", "clarify", {},
  "Utrecht is a province and a municipality: asked back.")
L(47095, W, "welke cases verwachten ze klaar te hebben in Q1 2027?", "list",
  {"expected_after": "2026-12-31", "expected_before": "2027-04-01"},
  "Cases whose expected date lies within Q1 2027.",
  p=lambda g, v: exp_first_last(v) is not None and exp_first_last(v)[0] > date(2026, 12, 31)
  and exp_first_last(v)[1] < date(2027, 4, 1))
L(47096, W, "en in Q2 2027?", "list", {"expected_after": "2027-03-31", "expected_before": "2027-07-01"},
  "Follow-up: the window replaced by Q2 2027.",
  p=lambda g, v: exp_first_last(v) is not None and exp_first_last(v)[0] > date(2027, 3, 31)
  and exp_first_last(v)[1] < date(2027, 7, 1), after=[47095])
L(47097, W, "how many gemeenten in Ov voldoen gedeeltelijk?", "count",
  {"province": "Overijssel", "compliance": "voldoet_gedeeltelijk"},
  "Number of Overijssel cases with compliance voldoet_gedeeltelijk.",
  p=lambda g, v: prov(v) == "Overijssel" and c(v)["compliance"] == "voldoet_gedeeltelijk")
L(47098, W, "wat heeft Brunssum op 7 okt 2026 gestuurd?", "fact",
  {"gemeente": "Brunssum", "fact": "wrote", "date": "2026-10-07"},
  "The message(s) Brunssum sent on 7 October 2026.", fact=lambda: f_wrote("Brunssum", "2026-10-07"))
L(47099, W, "welke cases in Twente zijn nog overdue?", "unknown", {"state": ["no_reply"]},
  "Twente has no border in the register: unknown, keeping the no_reply slot.")
L(47100, W, "thx, top!", "help", {}, "Thanks.")

# ---------------------------------------------------------------------------------------------
LISTY = {"list", "count"}
assert [q["id"] for q in Q] == list(range(47001, 47101)), "ids"
with open("questions47_with_expected_sets.jsonl", "w", encoding="utf-8") as fh:
    for q in Q:
        if q["intent"] in LISTY:
            gs = sorted(g for g, v in S.items() if q["p"](g, v))
            cnt, fact = len(gs), None
        else:
            gs, cnt = [], None
            fact = q["fact"]() if q["fact"] else None
        rec = {"id": q["id"], "q": q["q"], "intent": q["intent"], "filters": q["filters"],
               "expected_gemeenten": gs, "count": cnt, "after": q["after"], "as_staff": q["staff"],
               "on": ON, "meaning": q["meaning"], "expected_fact": fact}
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(Q), "questions")
