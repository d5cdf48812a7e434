#!/usr/bin/env python3
"""Write questions36_with_expected_sets.jsonl: 100 questions asked on 2028-03-08, each set computed
with a hand-written predicate over status.json / due.json (expected.py recomputes them from filters)."""
import calendar, json, os
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
ON = "2028-03-08"
MARIEKE, JORIS, ESRA, WOUTER = 36501, 36502, 36503, 36504
STATUS = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
DUE = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
BY = {d["gemeente"]: d for d in STATUS}
CASES = [d for d in STATUS if d["case"]]
NO_REPLY = {o["gemeente"] for o in DUE if o["section"] == "overdue" and o["kind"] == "no_reply"}
NOORD, OOST, ZUID = ["Drenthe", "Friesland", "Groningen"], ["Gelderland", "Overijssel"], ["Limburg", "Noord-Brabant", "Zeeland"]


def span(s):
    """expected_date string -> (first day, last day)."""
    if s is None:
        return None
    y = int(s[:4])
    r = s[5:]
    if len(s) == 10:
        d = date.fromisoformat(s)
        return d, d
    if r.startswith("Q"):
        q = int(r[1])
        m1, m2 = 3 * q - 2, 3 * q
    elif r.startswith("H"):
        h = int(r[1])
        m1, m2 = 6 * h - 5, 6 * h
    else:
        m1 = m2 = int(r)
    return date(y, m1, 1), date(y, m2, calendar.monthrange(y, m2)[1])


def exp_in(d, after=None, before=None):
    sp = span(d["expected_date"])
    if sp is None:
        return False
    if after and not sp[0] > date.fromisoformat(after):
        return False
    if before and not sp[1] < date.fromisoformat(before):
        return False
    return True


def termijn_in(d, lo=None, hi=None):
    t = d["case"]["termijn"]
    if t is None:
        return False
    return (lo is None or t >= lo) and (hi is None or t <= hi)


# small readers of one case
c = lambda d: d["case"]
answered = lambda d: c(d)["answered"]
late = lambda d: c(d)["answered"] and c(d)["reply_on_time"] is False
on_time = lambda d: c(d)["answered"] and c(d)["reply_on_time"] is True
incomplete = lambda d: c(d)["state"] == "answered_incomplete"
complete = lambda d: c(d)["state"] == "answered_complete"
no_reply = lambda d: d["gemeente"] in NO_REPLY
extended = lambda d: c(d)["extension_requested"]
miss = lambda d, *els: all(e in c(d)["missing"] for e in els)
reason = lambda d, r: r in d["reasons"]


def status_fact(g):
    d = BY[g]
    k = d["case"]
    return {"gemeente": g, "trede": k["trede"], "state": k["state"], "compliance": k["compliance"],
            "owner": k["owner"], "termijn": k["termijn"], "answered": k["answered"],
            "expected_date": d["expected_date"], "realised": d["realised_total"], "planned": d["planned_total"],
            "missing": k["missing"], "overdue": k["overdue"]}


def reply_fact(g):
    k = BY[g]["case"]
    r = k["reply_at"][:10] if k["reply_at"] else None
    days = None
    if r and k["termijn"]:
        days = abs((date.fromisoformat(r) - date.fromisoformat(k["termijn"])).days)
    return {"reply_at": r, "termijn": k["termijn"], "on_time": k["reply_on_time"],
            "days_late" if k["reply_on_time"] is False else "days_early": days}


def fact(g, what):
    d = BY[g]
    k = d["case"]
    return {"places": lambda: {"realised": d["realised_total"], "planned": d["planned_total"]},
            "expected": lambda: d["expected_date"], "owner": lambda: k["owner"],
            "missing": lambda: k["missing"], "termijn": lambda: k["termijn"], "reply": lambda: reply_fact(g),
            "reasons": lambda: d["reasons"], "trede": lambda: k["trede"],
            "compliance": lambda: k["compliance"]}[what]()


Q = []


def q(id, text, intent, filters, meaning, pred=None, after=(), as_staff=None, fact_value=None):
    Q.append(dict(id=id, q=text, intent=intent, filters=filters, pred=pred, after=list(after),
                  as_staff=as_staff, meaning=meaning, fact_value=fact_value))


# ---------------- Marieke, beheerder: formal; counts, regions, compliance, exclusions, overview
M = MARIEKE
q(36001, "Hoeveel gemeenten hebben op dit moment nog altijd niet gereageerd, terwijl hun termijn al is verstreken?",
  "count", {"state": ["no_reply"]}, "count of cases with no reply after the termijn", no_reply, as_staff=M)
q(36002, "Welke gemeenten in Noord-Nederland voldoen niet aan hun wettelijke taak?", "list",
  {"province": NOORD, "compliance": "voldoet_niet"}, "non-compliant cases in Drenthe, Friesland, Groningen",
  lambda d: d["province"] in NOORD and c(d)["compliance"] == "voldoet_niet", as_staff=M)
q(36003, "En daarvan uitsluitend de Friese gemeenten?", "list",
  {"province": "Friesland", "compliance": "voldoet_niet"}, "follow-up: narrow the list to Friesland",
  lambda d: d["province"] == "Friesland" and c(d)["compliance"] == "voldoet_niet", after=[36002], as_staff=M)
q(36004, "Welke daarvan hebben inmiddels wel gereageerd?", "list",
  {"province": "Friesland", "compliance": "voldoet_niet", "state": ["answered"]},
  "follow-up: of those, the ones that answered",
  lambda d: d["province"] == "Friesland" and c(d)["compliance"] == "voldoet_niet" and answered(d),
  after=[36002, 36003], as_staff=M)
q(36005, "Kunt u mij een algemeen overzicht geven van de stand van zaken?", "overview", {},
  "overall overview", as_staff=M)
q(36006, "Hoeveel dossiers bevinden zich momenteel in trede 3?", "count", {"trede": 3},
  "count of cases in trede 3", lambda d: c(d)["trede"] == 3, as_staff=M)
q(36007, "Welke gemeenten in Zuid-Holland hebben gereageerd, met uitzondering van de gemeenten die te laat waren?",
  "list", {"province": "Zuid-Holland", "state": ["answered"], "not_state": ["late"]},
  "Zuid-Holland cases that answered, leaving out late answers",
  lambda d: d["province"] == "Zuid-Holland" and answered(d) and not late(d), as_staff=M)
q(36008, "Graag een lijst van de Brabantse gemeenten in trede 2, behalve Breda en Tilburg.", "list",
  {"province": "Noord-Brabant", "trede": 2, "not_gemeente": ["Breda", "Tilburg"]},
  "Noord-Brabant trede-2 cases without Breda and Tilburg",
  lambda d: d["province"] == "Noord-Brabant" and c(d)["trede"] == 2 and d["gemeente"] not in ("Breda", "Tilburg"),
  as_staff=M)
q(36009, "Hoeveel gemeenten voldoen gedeeltelijk aan de taak, Limburg niet meegerekend?", "count",
  {"compliance": "voldoet_gedeeltelijk", "not_province": "Limburg"}, "partly compliant cases outside Limburg",
  lambda d: c(d)["compliance"] == "voldoet_gedeeltelijk" and d["province"] != "Limburg", as_staff=M)
q(36010, "Welke zaken in Zeeland zijn nog niet aan een behandelaar toegewezen?", "list",
  {"province": "Zeeland", "no_owner": True}, "Zeeland cases without an owner",
  lambda d: d["province"] == "Zeeland" and c(d)["owner"] is None, as_staff=M)
q(36011, "Hoeveel gemeenten hebben een verzoek om uitstel ingediend?", "count", {"state": ["extended"]},
  "count of cases with an extension request", extended, as_staff=M)
q(36012, "Van welke gemeenten is onze brief als onbestelbaar retour gekomen?", "list", {"letter_undelivered": True},
  "cases whose latest letter bounced", lambda d: c(d)["letter_undelivered"], as_staff=M)
q(36013, "Hoeveel gemeenten in Oost-Nederland hebben een onvolledige reactie gestuurd waarin het tijdpad ontbreekt?",
  "count", {"province": OOST, "state": ["incomplete"], "missing": ["timeline"]},
  "Gelderland/Overijssel cases with an incomplete answer missing the timeline",
  lambda d: d["province"] in OOST and incomplete(d) and miss(d, "timeline"), as_staff=M)
q(36014, "Hoeveel zaken lopen er in Gelderland, trede 1 niet meegeteld?", "count",
  {"province": "Gelderland", "not_trede": 1}, "Gelderland cases not in trede 1",
  lambda d: d["province"] == "Gelderland" and c(d)["trede"] != 1, as_staff=M)
q(36015, "Hoeveel gemeenten verwachten dit kwartaal aan hun taak te voldoen?", "count",
  {"expected_after": "2027-12-31", "expected_before": "2028-04-01"},
  "expected date within Q1 2028 (the quarter of the asking day)",
  lambda d: exp_in(d, "2027-12-31", "2028-04-01"), as_staff=M)
q(36016, "Welke Utrechtse gemeenten hebben een verwachte datum opgegeven die inmiddels al verstreken is?", "list",
  {"province": "Utrecht", "expected_before": ON}, "Utrecht cases whose expected date has passed",
  lambda d: d["province"] == "Utrecht" and exp_in(d, None, ON), as_staff=M)
q(36017, "Welke zaken van Joris staan nog open zonder reactie, terwijl de termijn al voorbij is?", "list",
  {"owner": "Joris", "state": ["no_reply"]}, "Joris's cases with no reply after the termijn",
  lambda d: c(d)["owner"] == "Joris" and no_reply(d), as_staff=M)
q(36018, "En bij Esra?", "list", {"owner": "Esra", "state": ["no_reply"]},
  "follow-up: the same for Esra", lambda d: c(d)["owner"] == "Esra" and no_reply(d), after=[36017], as_staff=M)
q(36019, "En hoe zit dat bij Wouter?", "list", {"owner": "Wouter", "state": ["no_reply"]},
  "follow-up: the same for Wouter", lambda d: c(d)["owner"] == "Wouter" and no_reply(d),
  after=[36017, 36018], as_staff=M)
q(36020, "Hoeveel gemeenten in de provincie Flevoland bevinden zich in trede 2?", "count",
  {"province": "Flevoland", "trede": 2}, "Flevoland cases in trede 2",
  lambda d: d["province"] == "Flevoland" and c(d)["trede"] == 2, as_staff=M)
q(36021, "Welke gemeenten in Zuid-Nederland hebben pas na afloop van de termijn gereageerd?", "list",
  {"province": ZUID, "state": ["late"]}, "late answers in Limburg, Noord-Brabant, Zeeland",
  lambda d: d["province"] in ZUID and late(d), as_staff=M)
q(36022, "Kunt u de lijst van gemeenten die niet voldoen naar Excel exporteren?", "unknown",
  {"compliance": "voldoet_niet"}, "cannot-do: export to Excel (keeps the list it is about)", as_staff=M)
q(36023, "Hoeveel gemeenten in Noord- en Zuid-Holland hebben een volledige reactie ingediend?", "count",
  {"province": ["Noord-Holland", "Zuid-Holland"], "state": ["complete"]},
  "complete answers in Noord-Holland and Zuid-Holland",
  lambda d: d["province"] in ("Noord-Holland", "Zuid-Holland") and complete(d), as_staff=M)
q(36024, "Welke gemeenten voldoen niet en geven aan dat het hun aan geld ontbreekt?", "list",
  {"compliance": "voldoet_niet", "reason": "finance"}, "non-compliant cases citing money (finance)",
  lambda d: c(d)["compliance"] == "voldoet_niet" and reason(d, "finance"), as_staff=M)
q(36025, "Dank u wel, dat was het voor dit moment.", "help", {}, "thanks", as_staff=M)

# ---------------- Joris, behandelaar: hurried, phone shorthand, typos, follow-up chains
J = JORIS
q(36026, "hoevl zonder reactie in Gld?", "count", {"province": "Gelderland", "state": ["no_reply"]},
  "count of Gelderland cases with no reply after the termijn",
  lambda d: d["province"] == "Gelderland" and no_reply(d), as_staff=J)
q(36027, "en in Ov?", "count", {"province": "Overijssel", "state": ["no_reply"]},
  "follow-up: the same for Overijssel", lambda d: d["province"] == "Overijssel" and no_reply(d),
  after=[36026], as_staff=J)
q(36028, "en daarvan trede 3?", "count", {"province": "Overijssel", "state": ["no_reply"], "trede": 3},
  "follow-up: of those, trede 3 (zero)",
  lambda d: d["province"] == "Overijssel" and no_reply(d) and c(d)["trede"] == 3, after=[36026, 36027], as_staff=J)
q(36029, "wlke van mijn zaken zijn te laat beantwoord", "list", {"owner": "Joris", "state": ["late"]},
  "asker's cases answered after the termijn", lambda d: c(d)["owner"] == "Joris" and late(d), as_staff=J)
q(36030, "status zeist", "status", {"gemeente": "Zeist"}, "status of Zeist", as_staff=J,
  fact_value=("status", "Zeist"))
q(36031, "en wanneer verwachten ze klaar te zijn?", "fact", {"gemeente": "Zeist", "fact": "expected"},
  "follow-up: Zeist's expected date", after=[36030], as_staff=J, fact_value=("expected", "Zeist"))
q(36032, "wat mist er nog in hun antwoord", "fact", {"gemeente": "Zeist", "fact": "missing"},
  "follow-up: elements missing in Zeist's answer", after=[36030, 36031], as_staff=J,
  fact_value=("missing", "Zeist"))
q(36033, "op tijd gereageerd?", "fact", {"gemeente": "Zeist", "fact": "reply"},
  "follow-up fragment: did Zeist reply on time", after=[36030, 36031, 36032], as_staff=J,
  fact_value=("reply", "Zeist"))
q(36034, "welke gem in Lb hebben ruzie in de raad", "list", {"province": "Limburg", "reason": "council_decision"},
  "Limburg cases citing the council (council_decision)",
  lambda d: d["province"] == "Limburg" and reason(d, "council_decision"), as_staff=J)
q(36035, "apeldorn hoe staat t ervoor", "status", {"gemeente": "Apeldoorn"},
  "status of Apeldoorn (misspelt)", as_staff=J, fact_value=("status", "Apeldoorn"))
q(36036, "wie is eigenaar oldenzal", "fact", {"gemeente": "Oldenzaal", "fact": "owner"},
  "owner of Oldenzaal (misspelt)", as_staff=J, fact_value=("owner", "Oldenzaal"))
q(36037, "zh zonder reactie, uitstelaanvragen niet meegeteld", "list",
  {"province": "Zuid-Holland", "state": ["no_reply"], "not_state": ["extended"]},
  "Zuid-Holland no-reply cases leaving out extension requests",
  lambda d: d["province"] == "Zuid-Holland" and no_reply(d) and not extended(d), as_staff=J)
q(36038, "hoeveel gemeentes in trede 1 zonder behandelaar", "count", {"trede": 1, "no_owner": True},
  "trede-1 cases without an owner", lambda d: c(d)["trede"] == 1 and c(d)["owner"] is None, as_staff=J)
q(36039, "lijst gem waar de buurt dwars ligt", "list", {"reason": "local_opposition"},
  "cases citing local opposition", lambda d: reason(d, "local_opposition"), as_staff=J)
q(36040, "stuur ff herinnering naar baarn", "unknown", {"gemeente": "Baarn"},
  "cannot-do: send a reminder mail", as_staff=J)
q(36041, "wat is termijn van Den Heldr", "fact", {"gemeente": "Den Helder", "fact": "termijn"},
  "termijn of Den Helder (misspelt)", as_staff=J, fact_value=("termijn", "Den Helder"))
q(36042, "welke v mijn zaken hebben geen tijdpad", "list", {"owner": "Joris", "missing": ["timeline"]},
  "asker's cases missing the timeline", lambda d: c(d)["owner"] == "Joris" and miss(d, "timeline"), as_staff=J)
q(36043, "te laat", "clarify", {}, "bare 'te laat': asked back (no reply vs late reply)", as_staff=J,
  fact_value=("const", ["no_reply", "late"]))
q(36044, "hoeveel plekken heeft zwole nu", "fact", {"gemeente": "Zwolle", "fact": "places"},
  "places of Zwolle (misspelt)", as_staff=J, fact_value=("places", "Zwolle"))
q(36045, "wie zitten in trede 3 in fryslan", "list", {"province": "Friesland", "trede": 3},
  "trede-3 cases in Friesland", lambda d: d["province"] == "Friesland" and c(d)["trede"] == 3, as_staff=J)
q(36046, "gem in dr die niet voldoen", "list", {"province": "Drenthe", "compliance": "voldoet_niet"},
  "non-compliant cases in Drenthe",
  lambda d: d["province"] == "Drenthe" and c(d)["compliance"] == "voldoet_niet", as_staff=J)
q(36047, "en welke daarvan hebben wél gereageerd", "list",
  {"province": "Drenthe", "compliance": "voldoet_niet", "state": ["answered"]},
  "follow-up: of those, the ones that answered",
  lambda d: d["province"] == "Drenthe" and c(d)["compliance"] == "voldoet_niet" and answered(d),
  after=[36046], as_staff=J)
q(36048, "zeeland onvolledig?", "list", {"province": "Zeeland", "state": ["incomplete"]},
  "Zeeland cases with an incomplete answer", lambda d: d["province"] == "Zeeland" and incomplete(d), as_staff=J)
q(36049, "wanneer is noardeast fryslan klaar", "fact", {"gemeente": "Noardeast-Fryslân", "fact": "expected"},
  "expected date of Noardeast-Fryslân (no diacritic)", as_staff=J, fact_value=("expected", "Noardeast-Fryslân"))
q(36050, "thx top", "help", {}, "thanks (shorthand)", as_staff=J)

# ---------------- Esra, behandelaar: jurist; elements, reasons in own words, windows
E = ESRA
q(36051, "Welke gemeenten hebben in hun reactie noch de stappen noch het tijdpad opgenomen?", "list",
  {"missing": ["steps", "timeline"]}, "cases missing both steps and timeline",
  lambda d: miss(d, "steps", "timeline"), as_staff=E)
q(36052, "Bij hoeveel gemeenten ontbreken alle drie de elementen?", "count",
  {"missing": ["facts", "steps", "timeline"]}, "cases missing all three elements",
  lambda d: miss(d, "facts", "steps", "timeline"), as_staff=E)
q(36053, "Welke gemeenten staan stil omdat ze wachten op de rechter?", "list", {"reason": "objection_procedure"},
  "cases waiting on objection/appeal procedures", lambda d: reason(d, "objection_procedure"), as_staff=E)
q(36054, "Welke gemeenten verwachten pas na de zomer van 2027 aan de taak te voldoen?", "list",
  {"expected_after": "2027-08-31"}, "expected date starts after summer 2027",
  lambda d: exp_in(d, "2027-08-31", None), as_staff=E)
q(36055, "Welke gemeenten hebben tijdig gereageerd, maar met een onvolledige reactie?", "list",
  {"state": ["incomplete", "on_time"]}, "on-time answers that are incomplete",
  lambda d: on_time(d) and incomplete(d), as_staff=E)
q(36056, "Bij welke gemeenten loopt de reactietermijn dit jaar af?", "list",
  {"termijn_from": "2028-01-01", "termijn_to": "2028-12-31"}, "termijn within 2028 (zero)",
  lambda d: termijn_in(d, "2028-01-01", "2028-12-31"), as_staff=E)
q(36057, "Welke gemeenten denken in het volgende kwartaal aan hun verplichting te voldoen?", "list",
  {"expected_after": "2028-03-31", "expected_before": "2028-07-01"}, "expected date within Q2 2028 (zero)",
  lambda d: exp_in(d, "2028-03-31", "2028-07-01"), as_staff=E)
q(36058, "Welke gemeenten hebben wel gereageerd, maar zonder de feiten en omstandigheden te noemen?", "list",
  {"state": ["answered"], "missing": ["facts"]}, "answered cases missing the facts",
  lambda d: answered(d) and miss(d, "facts"), as_staff=E)
q(36059, "Welke gemeenten in Gelderland geven aan dat er simpelweg geen geschikte plek te vinden is?", "list",
  {"province": "Gelderland", "reason": "no_location"}, "Gelderland cases citing no location",
  lambda d: d["province"] == "Gelderland" and reason(d, "no_location"), as_staff=E)
q(36060, "Welke gemeenten zijn opvangplekken kwijtgeraakt?", "list", {"reason": "places_lost"},
  "cases that lost places", lambda d: reason(d, "places_lost"), as_staff=E)
q(36061, "Voldoet de gemeente Tynaarlo aan haar wettelijke taak?", "fact",
  {"gemeente": "Tynaarlo", "fact": "compliance"}, "compliance of Tynaarlo", as_staff=E,
  fact_value=("compliance", "Tynaarlo"))
q(36062, "Welke elementen ontbreken in de reactie van Heerlen?", "fact", {"gemeente": "Heerlen", "fact": "missing"},
  "missing elements of Heerlen", as_staff=E, fact_value=("missing", "Heerlen"))
q(36063, "Wanneer is de reactie van Hulst binnengekomen, en viel die binnen de termijn?", "fact",
  {"gemeente": "Hulst", "fact": "reply"}, "reply date and timeliness of Hulst", as_staff=E,
  fact_value=("reply", "Hulst"))
q(36064, "Welke gemeenten zeggen dat ze op het COA moeten wachten?", "list", {"reason": "coa_dependency"},
  "cases depending on the COA", lambda d: reason(d, "coa_dependency"), as_staff=E)
q(36065, "Welke gemeenten in Noord-Holland lopen vast op vergunningsperikelen?", "list",
  {"province": "Noord-Holland", "reason": "permit_procedure"}, "Noord-Holland cases citing permits",
  lambda d: d["province"] == "Noord-Holland" and reason(d, "permit_procedure"), as_staff=E)
q(36066, "Welke gemeenten voeren het tekort aan woningen aan en voldoen niet aan de taak?", "list",
  {"reason": "housing_shortage", "compliance": "voldoet_niet"}, "non-compliant cases citing housing shortage",
  lambda d: reason(d, "housing_shortage") and c(d)["compliance"] == "voldoet_niet", as_staff=E)
q(36067, "Hoeveel gemeenten hadden een termijn tussen 1 en 30 juni 2026?", "count",
  {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30"}, "termijn in June 2026",
  lambda d: termijn_in(d, "2026-06-01", "2026-06-30"), as_staff=E)
q(36068, "Welke gemeenten met een termijn vóór 1 mei 2026 hebben nog altijd niet gereageerd?", "list",
  {"termijn_to": "2026-04-30", "state": ["no_reply"]}, "no reply, termijn before 1 May 2026",
  lambda d: termijn_in(d, None, "2026-04-30") and no_reply(d), as_staff=E)
q(36069, "Welke van mijn dossiers missen een concreet tijdpad?", "list", {"owner": "Esra", "missing": ["timeline"]},
  "asker's cases missing the timeline", lambda d: c(d)["owner"] == "Esra" and miss(d, "timeline"), as_staff=E)
q(36070, "Welke gemeenten hebben toegezegd deze maand aan de taak te voldoen?", "list",
  {"expected_after": "2028-02-29", "expected_before": "2028-04-01"}, "expected date within March 2028 (zero)",
  lambda d: exp_in(d, "2028-02-29", "2028-04-01"), as_staff=E)
q(36071, "Hoeveel gemeenten verwachten in de loop van dit jaar aan de taak te voldoen?", "count",
  {"expected_after": "2027-12-31", "expected_before": "2029-01-01"}, "expected date within 2028",
  lambda d: exp_in(d, "2027-12-31", "2029-01-01"), as_staff=E)
q(36072, "Bij hoeveel gemeenten verliep de termijn vorige maand?", "count",
  {"termijn_from": "2028-02-01", "termijn_to": "2028-02-29"}, "termijn in February 2028 (zero)",
  lambda d: termijn_in(d, "2028-02-01", "2028-02-29"), as_staff=E)
q(36073, "Welke gemeenten in Zuid-Holland in trede 2 hebben om uitstel gevraagd?", "list",
  {"province": "Zuid-Holland", "trede": 2, "state": ["extended"]}, "Zuid-Holland trede-2 extension requests",
  lambda d: d["province"] == "Zuid-Holland" and c(d)["trede"] == 2 and extended(d), as_staff=E)
q(36074, "Welke redenen voert Voorschoten aan?", "fact", {"gemeente": "Voorschoten", "fact": "reasons"},
  "reasons of Voorschoten", as_staff=E, fact_value=("reasons", "Voorschoten"))
q(36075, "Welke gemeenten hebben gereageerd en verwachten vóór de zomer van 2027 klaar te zijn, Limburg uitgezonderd?",
  "list", {"state": ["answered"], "expected_before": "2027-07-01", "not_province": "Limburg"},
  "answered, expected before summer 2027, outside Limburg",
  lambda d: answered(d) and exp_in(d, None, "2027-07-01") and d["province"] != "Limburg", as_staff=E)

# ---------------- Wouter, behandelaar: newcomer; facts, help, cannot-do, ambiguous and former names
W = WOUTER
q(36076, "Hoi, ik ben nieuw hier. Hoe werkt deze bot eigenlijk?", "help", {}, "how does the bot work", as_staff=W)
q(36077, "Hoe staat het ervoor met Delfzijl?", "status", {"gemeente": "Eemsdelta"},
  "status of former Delfzijl = Eemsdelta", as_staff=W, fact_value=("status", "Eemsdelta"))
q(36078, "Hoe zit het met Bergen?", "clarify", {}, "ambiguous Bergen: asked back", as_staff=W,
  fact_value=("const", ["Bergen (L.)", "Bergen (NH.)"]))
q(36079, "Hoeveel opvangplekken heeft Den Bosch al gerealiseerd en hoeveel zijn er gepland?", "fact",
  {"gemeente": "'s-Hertogenbosch", "fact": "places"}, "places of 's-Hertogenbosch", as_staff=W,
  fact_value=("places", "'s-Hertogenbosch"))
q(36080, "In welke trede zit Lelystad?", "fact", {"gemeente": "Lelystad", "fact": "trede"}, "trede of Lelystad",
  as_staff=W, fact_value=("trede", "Lelystad"))
q(36081, "Wie behandelt de zaak van Sudwest-Fryslan?", "fact", {"gemeente": "Súdwest-Fryslân", "fact": "owner"},
  "owner of Súdwest-Fryslân (no diacritics; none)", as_staff=W, fact_value=("owner", "Súdwest-Fryslân"))
q(36082, "Welke gemeenten liggen naast Zeist?", "unknown", {"gemeente": "Zeist"}, "cannot-do: neighbours",
  as_staff=W)
q(36083, "Wat is het telefoonnummer van de gemeente Tiel?", "unknown", {"gemeente": "Tiel"},
  "cannot-do: contact data", as_staff=W)
q(36084, "Kun je Oss naar trede 3 zetten?", "unknown", {"gemeente": "Oss"},
  "cannot-do: change the trede by question", as_staff=W)
q(36085, "Geef me de top 5 gemeenten met de grootste achterstand.", "unknown", {}, "cannot-do: ranking", as_staff=W)
q(36086, "Welke gemeenten in Twente hebben nog niet gereageerd?", "unknown", {"state": ["no_reply"]},
  "cannot-do: Twente has no border in the register (keeps the state)", as_staff=W)
q(36087, "Hoe staat Haaren ervoor?", "clarify", {}, "Haaren was split: asked back", as_staff=W,
  fact_value=("const", ["Boxtel", "Oisterwijk", "Tilburg", "Vught"]))
q(36088, "Tot wanneer had Heerhugowaard de tijd om te reageren?", "fact",
  {"gemeente": "Dijk en Waard", "fact": "termijn"}, "termijn of former Heerhugowaard = Dijk en Waard", as_staff=W,
  fact_value=("termijn", "Dijk en Waard"))
q(36089, "Welke zaken zijn aan mij toegewezen?", "list", {"owner": "Wouter"}, "the asker's cases",
  lambda d: c(d)["owner"] == "Wouter", as_staff=W)
q(36090, "Welke van mijn gemeenten hebben nog niets van zich laten horen terwijl de termijn voorbij is?", "list",
  {"owner": "Wouter", "state": ["no_reply"]}, "asker's cases with no reply after the termijn",
  lambda d: c(d)["owner"] == "Wouter" and no_reply(d), as_staff=W)
q(36091, "Hoe wijs ik een zaak toe aan een collega?", "help", {}, "how to assign a case", as_staff=W)
q(36092, "Hoe gaat het met Heerenven?", "status", {"gemeente": "Heerenveen"}, "status of Heerenveen (misspelt)",
  as_staff=W, fact_value=("status", "Heerenveen"))
q(36093, "Welke gemeenten in Utrecht hebben nog niet gereageerd?", "list",
  {"province": "Utrecht", "state": ["no_reply"]}, "plural decides: province Utrecht, no reply",
  lambda d: d["province"] == "Utrecht" and no_reply(d), as_staff=W)
q(36094, "Wanneer is Groningen klaar?", "fact", {"gemeente": "Groningen", "fact": "expected"},
  "a fact decides: municipality Groningen, expected date", as_staff=W, fact_value=("expected", "Groningen"))
q(36095, "Voldoet Bergen in Limburg al aan de taak?", "fact", {"gemeente": "Bergen (L.)", "fact": "compliance"},
  "compliance of Bergen (L.)", as_staff=W, fact_value=("compliance", "Bergen (L.)"))
q(36096, "Hoeveel plaatsen heeft Uden nu en hoeveel komen er nog bij?", "fact",
  {"gemeente": "Maashorst", "fact": "places"}, "places of former Uden = Maashorst", as_staff=W,
  fact_value=("places", "Maashorst"))
q(36097, "Welke gemeenten hebben onze brief nooit ontvangen en hebben ook nog geen behandelaar?", "list",
  {"letter_undelivered": True, "no_owner": True}, "bounced letter and no owner",
  lambda d: c(d)["letter_undelivered"] and c(d)["owner"] is None, as_staff=W)
q(36098, "Heeft Brunssum op tijd gereageerd?", "fact", {"gemeente": "Brunssum", "fact": "reply"},
  "reply timeliness of Brunssum", as_staff=W, fact_value=("reply", "Brunssum"))
q(36099, "Hoeveel van mijn zaken zitten in trede 1?", "count", {"owner": "Wouter", "trede": 1},
  "asker's cases in trede 1", lambda d: c(d)["owner"] == "Wouter" and c(d)["trede"] == 1, as_staff=W)
q(36100, "Top, bedankt voor de hulp!", "help", {}, "thanks", as_staff=W)

assert [x["id"] for x in Q] == list(range(36001, 36101)), "ids"
assert len({x["q"] for x in Q}) == 100
out = []
for x in Q:
    if x["intent"] in ("list", "count"):
        gs = sorted(d["gemeente"] for d in CASES if x["pred"](d))
        cnt, ef = len(gs), None
    else:
        assert x["pred"] is None
        gs, cnt, ef = [], None, None
        if x["fact_value"]:
            kind, arg = x["fact_value"]
            ef = arg if kind == "const" else status_fact(arg) if kind == "status" else fact(arg, kind)
    out.append({"id": x["id"], "q": x["q"], "intent": x["intent"], "filters": x["filters"],
                "expected_gemeenten": gs, "count": cnt, "after": x["after"], "as_staff": x["as_staff"],
                "on": ON, "meaning": x["meaning"], "expected_fact": ef})
with open(os.path.join(HERE, "questions36_with_expected_sets.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(f"{len(out)} questions written")
for o in out:
    print(o["id"], o["intent"], o["count"], (o["expected_gemeenten"][:6] if o["count"] else json.dumps(o["expected_fact"], ensure_ascii=False)[:110]))
