#!/usr/bin/env python3
"""make_questions.py: set 38 (ids 38001-38100), asked on Wednesday 2028-05-10.

Every list/count question carries a hand-written predicate over one case
(g = official name, s = its status.json object, c = s["case"]); every fact/status
question a hand-written lookup. Writes questions38_with_expected_sets.jsonl.
expected.py recomputes the same answers from intent + filters alone."""
import json, os
from common import HERE, ON, STAFF, load, local_day

S, D = load()
CASES = {g: s for g, s in S.items() if s["case"]}
NR = {x["gemeente"] for x in D if x["section"] == "overdue" and x["kind"] == "no_reply"}
DAYS_OVERDUE = {x["gemeente"]: x["days_overdue"] for x in D if x["section"] == "overdue" and x["kind"] == "no_reply"}

NOORD = ["Drenthe", "Friesland", "Groningen"]
OOST = ["Gelderland", "Overijssel"]
ZUID = ["Limburg", "Noord-Brabant", "Zeeland"]

# persona per block of 25: (staff id, description)
PERSONA = [(38501, "beheerder Pieter"), (38503, "hurried behandelaar Stijn"),
           (38502, "jurist Renske (behandelaar)"), (38504, "newcomer Vera (behandelaar)")]

Q = []


def q(i, text, intent, filters, meaning, pred=None, fact=None, after=()):
    Q.append(dict(id=38000 + i, q=text, intent=intent, filters=filters, meaning=meaning,
                  pred=pred, fact=fact, after=[38000 + a for a in after]))


def iv(x):
    """first and last day of an expected date written as day, month, quarter or half year."""
    from datetime import date, timedelta
    y = int(x[:4]); r = x[5:]
    if len(x) == 10:
        d = date.fromisoformat(x); return d, d
    if r.startswith("Q"):
        m1 = 3 * (int(r[1]) - 1) + 1; m2 = m1 + 2
    elif r.startswith("H"):
        m1 = 1 if r[1] == "1" else 7; m2 = m1 + 5
    else:
        m1 = m2 = int(r)
    last = (date(y + (m2 == 12), m2 % 12 + 1, 1) - timedelta(days=1))
    return date(y, m1, 1), last


def E(s):
    return iv(s["expected_date"]) if s["expected_date"] else None


# ---- hand-written fact lookups --------------------------------------------------------
def f_places(g):
    return lambda: {"realised": S[g]["realised_total"], "planned": S[g]["planned_total"]}


def f_reply(g):
    def f():
        c = S[g]["case"]
        if not c["answered"]:
            return {"answered": False, "termijn": c["termijn"], "overdue": g in NR,
                    "days_overdue": DAYS_OVERDUE.get(g)}
        from datetime import date
        day = local_day(c["reply_at"])
        return {"answered": True, "reply_date": day, "termijn": c["termijn"], "on_time": c["reply_on_time"],
                "days_after_termijn": (date.fromisoformat(day) - date.fromisoformat(c["termijn"])).days}
    return f


def f_status(g):
    def f():
        s = S[g]; c = s["case"]
        if c is None:
            return {"case": None}
        return {"trede": c["trede"], "state": c["state"], "owner": c["owner"], "compliance": c["compliance"],
                "termijn": c["termijn"], "answered": c["answered"], "overdue": c["overdue"],
                "missing": c["missing"], "expected_date": s["expected_date"],
                "extension_requested": c["extension_requested"], "letter_undelivered": c["letter_undelivered"]}
    return f


# =========================================================================================
# Persona 1 (38001-38025): beheerder Pieter, formal: counts, regions, compliance, overviews
# =========================================================================================
q(1, "Goedemorgen, zou ik een beknopt overzicht van de stand van het toezicht kunnen krijgen?",
  "overview", {}, "Overview of the whole register.",
  fact=lambda: {"cases": len(CASES), "no_reply": len(NR)})
q(2, "Hoeveel gemeenten in Zuid-Nederland voldoen op dit moment niet aan hun wettelijke taak?",
  "count", {"province": ZUID, "compliance": "voldoet_niet"},
  "Count of cases in Limburg, Noord-Brabant or Zeeland whose compliance is voldoet_niet.",
  pred=lambda g, s, c: s["province"] in ("Limburg", "Noord-Brabant", "Zeeland") and c["compliance"] == "voldoet_niet")
q(3, "En hoeveel daarvan liggen in Zeeland?",
  "count", {"province": "Zeeland", "compliance": "voldoet_niet"},
  "Follow-up: of those, the ones in Zeeland.",
  pred=lambda g, s, c: s["province"] == "Zeeland" and c["compliance"] == "voldoet_niet", after=[2])
q(4, "Welke gemeenten in het noorden van het land hebben weliswaar gereageerd, maar pas na het verstrijken van de termijn?",
  "list", {"province": NOORD, "state": ["late"]},
  "Cases in Drenthe, Friesland or Groningen that answered after the termijn.",
  pred=lambda g, s, c: s["province"] in NOORD and c["answered"] and c["reply_on_time"] is False)
q(5, "Hoeveel dossiers bevinden zich inmiddels in de fase actief toezicht, trede 3?",
  "count", {"trede": 3}, "Count of cases in trede 3.",
  pred=lambda g, s, c: c["trede"] == 3)
q(6, "Is er ook een gemeente die volledig aan de taakstelling voldoet? Zo ja, welke?",
  "list", {"compliance": "voldoet"}, "Cases whose compliance is voldoet.",
  pred=lambda g, s, c: c["compliance"] == "voldoet")
q(7, "Hoeveel gemeenten in Gelderland en Overijssel voldoen slechts gedeeltelijk?",
  "count", {"province": ["Gelderland", "Overijssel"], "compliance": "voldoet_gedeeltelijk"},
  "Count of cases in Gelderland or Overijssel with compliance voldoet_gedeeltelijk.",
  pred=lambda g, s, c: s["province"] in ("Gelderland", "Overijssel") and c["compliance"] == "voldoet_gedeeltelijk")
q(8, "Graag een opsomming van de Brabantse gemeenten die niet voldoen, waarbij Waalwijk en Oisterwijk buiten beschouwing blijven.",
  "list", {"province": "Noord-Brabant", "compliance": "voldoet_niet", "not_gemeente": ["Oisterwijk", "Waalwijk"]},
  "Noord-Brabant cases with voldoet_niet, leaving out Waalwijk and Oisterwijk.",
  pred=lambda g, s, c: s["province"] == "Noord-Brabant" and c["compliance"] == "voldoet_niet" and g not in ("Waalwijk", "Oisterwijk"))
q(9, "Welke gemeenten in Drenthe en Groningen voldoen niet en zitten in trede twee",
  "list", {"province": ["Drenthe", "Groningen"], "compliance": "voldoet_niet", "trede": 2},
  "Voice-typed: Drenthe or Groningen cases in trede 2 with compliance voldoet_niet.",
  pred=lambda g, s, c: s["province"] in ("Drenthe", "Groningen") and c["compliance"] == "voldoet_niet" and c["trede"] == 2)
q(10, "Hoeveel zaken zijn nog aan geen enkele behandelaar toegewezen?",
  "count", {"no_owner": True}, "Count of cases without an owner.",
  pred=lambda g, s, c: c["owner"] is None)
q(11, "En hoeveel daarvan betreffen Limburgse gemeenten?",
  "count", {"no_owner": True, "province": "Limburg"}, "Follow-up: unassigned cases in Limburg.",
  pred=lambda g, s, c: c["owner"] is None and s["province"] == "Limburg", after=[10])
q(12, "Welke zijn dat, Maastricht niet meegeteld?",
  "list", {"no_owner": True, "province": "Limburg", "not_gemeente": "Maastricht"},
  "Follow-up: list the unassigned Limburg cases, leaving out Maastricht.",
  pred=lambda g, s, c: c["owner"] is None and s["province"] == "Limburg" and g != "Maastricht", after=[10, 11])
q(13, "Hoeveel gemeenten hebben verzocht om de reactietermijn te verlengen?",
  "count", {"state": ["extended"]}, "Count of cases with an extension request.",
  pred=lambda g, s, c: c["extension_requested"])
q(14, "Bij welke gemeenten is onze toezichtbrief als onbestelbaar retour gekomen?",
  "list", {"letter_undelivered": True}, "Cases whose latest letter bounced.",
  pred=lambda g, s, c: c["letter_undelivered"])
q(15, "Hoeveel zaken heeft collega Renske momenteel in behandeling?",
  "count", {"owner": "Renske"}, "Count of cases owned by Renske.",
  pred=lambda g, s, c: c["owner"] == "Renske")
q(16, "Welke gemeenten in trede 2 voldoen niet, Noord- en Zuid-Holland buiten beschouwing gelaten?",
  "list", {"trede": 2, "compliance": "voldoet_niet", "not_province": ["Noord-Holland", "Zuid-Holland"]},
  "Trede-2 cases with voldoet_niet outside Noord-Holland and Zuid-Holland.",
  pred=lambda g, s, c: c["trede"] == 2 and c["compliance"] == "voldoet_niet" and s["province"] not in ("Noord-Holland", "Zuid-Holland"))
q(17, "Hoeveel Flevolandse gemeenten hebben de termijn laten verlopen zonder enige reactie?",
  "count", {"province": "Flevoland", "state": ["no_reply"]}, "Count of Flevoland cases with no reply after the termijn.",
  pred=lambda g, s, c: s["province"] == "Flevoland" and g in NR)
q(18, "Zou u de lijst van gemeenten die nog altijd niet hebben gereageerd als spreadsheet kunnen downloaden?",
  "unknown", {"state": ["no_reply"]}, "Export request (spreadsheet): the bot cannot export; the list is no_reply.")
q(19, "Welke provincie telt de meeste gemeenten die niet aan de taak voldoen?",
  "unknown", {"compliance": "voldoet_niet"}, "Ranking of provinces: not possible; slot compliance voldoet_niet kept.")
q(20, "Hoeveel gemeenten in de Randstad hebben nog niet gereageerd terwijl de termijn verstreken is?",
  "clarify", {"state": ["no_reply"]}, "De Randstad has no fixed border: asked back (state kept).")
q(21, "Hoeveel gemeenten in Oost-Nederland bevinden zich nog in trede 1?",
  "count", {"province": OOST, "trede": 1}, "Count of trede-1 cases in Gelderland or Overijssel.",
  pred=lambda g, s, c: s["province"] in ("Gelderland", "Overijssel") and c["trede"] == 1)
q(22, "Welke Zeeuwse gemeenten hebben om uitstel gevraagd?",
  "list", {"province": "Zeeland", "state": ["extended"]}, "Zeeland cases with an extension request.",
  pred=lambda g, s, c: s["province"] == "Zeeland" and c["extension_requested"])
q(23, "Hoeveel gemeenten hebben keurig binnen de termijn gereageerd, maar voldoen desondanks niet?",
  "count", {"state": ["on_time"], "compliance": "voldoet_niet"},
  "Count of cases that answered on time and still have compliance voldoet_niet.",
  pred=lambda g, s, c: c["answered"] and c["reply_on_time"] is True and c["compliance"] == "voldoet_niet")
q(24, "Welke Gelderse gemeenten verwachten vóór 1 januari 2027 aan de taak te voldoen?",
  "list", {"province": "Gelderland", "expected_before": "2027-01-01"},
  "Gelderland cases whose expected date ends before 2027-01-01.",
  pred=lambda g, s, c: s["province"] == "Gelderland" and E(s) and E(s)[1].isoformat() < "2027-01-01")
q(25, "Dank u wel, dat was het voor dit moment.",
  "help", {}, "Thanks: help/acknowledgement.")

# =========================================================================================
# Persona 2 (38026-38050): hurried behandelaar Stijn on the phone: shorthand, typos, chains
# =========================================================================================
q(26, "mn zaken zonder reactie?",
  "list", {"owner": "Stijn", "state": ["no_reply"]}, "My (Stijn's) cases with no reply after the termijn.",
  pred=lambda g, s, c: c["owner"] == "Stijn" and g in NR)
q(27, "hoevl daarvan trede 3",
  "count", {"owner": "Stijn", "state": ["no_reply"], "trede": 3}, "Follow-up: how many of those are in trede 3.",
  pred=lambda g, s, c: c["owner"] == "Stijn" and g in NR and c["trede"] == 3, after=[26])
q(28, "wlke gemeentn in ov zijn over de termijn heen zonder antwrd",
  "list", {"province": "Overijssel", "state": ["no_reply"]}, "Overijssel cases with no reply after the termijn.",
  pred=lambda g, s, c: s["province"] == "Overijssel" and g in NR)
q(29, "en in gld?",
  "list", {"province": "Gelderland", "state": ["no_reply"]}, "Follow-up: the same for Gelderland.",
  pred=lambda g, s, c: s["province"] == "Gelderland" and g in NR, after=[28])
q(30, "en hoeveel daarvan brief onbestelbaar retour",
  "count", {"province": "Gelderland", "state": ["no_reply"], "letter_undelivered": True},
  "Follow-up: of those, how many had their letter bounce (zero: a bounced letter runs no termijn).",
  pred=lambda g, s, c: s["province"] == "Gelderland" and g in NR and c["letter_undelivered"], after=[28, 29])
q(31, "heemskerk wie is eigenaar",
  "fact", {"gemeente": "Heemskerk", "fact": "owner"}, "Who owns the Heemskerk case.",
  fact=lambda: {"owner": S["Heemskerk"]["case"]["owner"]})
q(32, "op tijd gereageerd?",
  "fact", {"gemeente": "Heemskerk", "fact": "reply"}, "Follow-up about Heemskerk: did it reply on time.",
  fact=f_reply("Heemskerk"), after=[31])
q(33, "wat mist er nog bij epe",
  "fact", {"gemeente": "Epe", "fact": "missing"}, "Which elements are missing for Epe.",
  fact=lambda: {"missing": S["Epe"]["case"]["missing"]})
q(34, "hvl onvolledig binnen in fr",
  "count", {"province": "Friesland", "state": ["incomplete"]}, "Count of Friesland cases whose state is answered_incomplete.",
  pred=lambda g, s, c: s["province"] == "Friesland" and c["state"] == "answered_incomplete")
q(35, "en daarvan ook te laat?",
  "count", {"province": "Friesland", "state": ["incomplete", "late"]},
  "Follow-up: of those, how many also replied late.",
  pred=lambda g, s, c: s["province"] == "Friesland" and c["state"] == "answered_incomplete" and c["answered"] and c["reply_on_time"] is False,
  after=[34])
q(36, "lijstje mn zaken in limburg",
  "list", {"owner": "Stijn", "province": "Limburg"}, "My (Stijn's) cases in Limburg.",
  pred=lambda g, s, c: c["owner"] == "Stijn" and s["province"] == "Limburg")
q(37, "zaken van vera met uitstelverzoek",
  "list", {"owner": "Vera", "state": ["extended"]}, "Vera's cases with an extension request.",
  pred=lambda g, s, c: c["owner"] == "Vera" and c["extension_requested"])
q(38, "wlke hebbn geen tijdpad gegevn in zh",
  "list", {"province": "Zuid-Holland", "missing": ["timeline"]}, "Zuid-Holland cases missing the timeline.",
  pred=lambda g, s, c: s["province"] == "Zuid-Holland" and "timeline" in c["missing"])
q(39, "en ook geen stappen",
  "list", {"province": "Zuid-Holland", "missing": ["steps", "timeline"]},
  "Follow-up: of those, the ones that also miss the steps.",
  pred=lambda g, s, c: s["province"] == "Zuid-Holland" and "timeline" in c["missing"] and "steps" in c["missing"], after=[38])
q(40, "welke gemeenten in limburg hebben wel gereageerd maar zijn onvolledig behalve heerlen",
  "list", {"province": "Limburg", "state": ["answered", "incomplete"], "not_gemeente": "Heerlen"},
  "Voice-typed: Limburg cases that answered and are incomplete, leaving out Heerlen.",
  pred=lambda g, s, c: s["province"] == "Limburg" and c["answered"] and c["state"] == "answered_incomplete" and g != "Heerlen")
q(41, "trede 3 lijst",
  "list", {"trede": 3}, "All trede-3 cases.",
  pred=lambda g, s, c: c["trede"] == 3)
q(42, "welke daarvan zijn van mij",
  "list", {"trede": 3, "owner": "Stijn"}, "Follow-up: the trede-3 cases that are mine (Stijn).",
  pred=lambda g, s, c: c["trede"] == 3 and c["owner"] == "Stijn", after=[41])
q(43, "termijn lelystad?",
  "fact", {"gemeente": "Lelystad", "fact": "termijn"}, "Lelystad's reply deadline.",
  fact=lambda: {"termijn": S["Lelystad"]["case"]["termijn"]})
q(44, "stuur lelystad ff een herinnering",
  "unknown", {"gemeente": "Lelystad"}, "Sending a reminder mail: the bot cannot send mail.")
q(45, "hoeveel zonder reactie in totaal",
  "count", {"state": ["no_reply"]}, "Count of all cases with no reply after the termijn.",
  pred=lambda g, s, c: g in NR)
q(46, "en dan zonder de provincie utrecht",
  "count", {"state": ["no_reply"], "not_province": "Utrecht"}, "Follow-up: the same count leaving out the province of Utrecht.",
  pred=lambda g, s, c: g in NR and s["province"] != "Utrecht", after=[45])
q(47, "hvl van renske haar zaken voldoen nie",
  "count", {"owner": "Renske", "compliance": "voldoet_niet"}, "Count of Renske's cases with compliance voldoet_niet.",
  pred=lambda g, s, c: c["owner"] == "Renske" and c["compliance"] == "voldoet_niet")
q(48, "te laat",
  "clarify", {}, "Bare 'te laat': no reply after termijn, or replied late? Asked back.")
q(49, "wlke gem in brabant zitten vast in bezwaarprocedures",
  "list", {"province": "Noord-Brabant", "reason": "objection_procedure"}, "Noord-Brabant cases stating objection procedures as a reason.",
  pred=lambda g, s, c: s["province"] == "Noord-Brabant" and "objection_procedure" in s["reasons"])
q(50, "wat moet ik deze week",
  "list", {"owner": "Stijn", "termijn_from": "2028-05-08", "termijn_to": "2028-05-14"},
  "My (Stijn's) cases with a termijn this week (Mon 8 - Sun 14 May 2028): none.",
  pred=lambda g, s, c: c["owner"] == "Stijn" and c["termijn"] is not None and "2028-05-08" <= c["termijn"] <= "2028-05-14")

# =========================================================================================
# Persona 3 (38051-38075): jurist Renske: elements, reasons, calendar and termijn windows
# =========================================================================================
q(51, "Bij welke gemeenten ontbreekt een concrete tijdsindicatie voor het realiseren van de plaatsen?",
  "list", {"missing": ["timeline"]}, "Cases whose missing elements include the timeline.",
  pred=lambda g, s, c: "timeline" in c["missing"])
q(52, "En hoeveel daarvan hebben evenmin de feiten en omstandigheden uiteengezet?",
  "count", {"missing": ["facts", "timeline"]}, "Follow-up: how many of those also miss the facts.",
  pred=lambda g, s, c: "timeline" in c["missing"] and "facts" in c["missing"], after=[51])
q(53, "Welke gemeenten hebben geen enkel van de drie vereiste elementen aangeleverd?",
  "list", {"missing": ["facts", "steps", "timeline"]}, "Cases missing all three elements.",
  pred=lambda g, s, c: set(c["missing"]) >= {"facts", "steps", "timeline"})
q(54, "Welke gemeenten stellen dat zij wachten op de omgevingsvergunning voor de opvanglocatie?",
  "list", {"reason": "permit_procedure"}, "Cases stating the permit procedure as a reason.",
  pred=lambda g, s, c: "permit_procedure" in s["reasons"])
q(55, "Welke gemeenten schuiven de vertraging door naar het COA?",
  "list", {"reason": "coa_dependency"}, "Cases stating dependency on the COA as a reason.",
  pred=lambda g, s, c: "coa_dependency" in s["reasons"])
q(56, "In welke gemeenten speelt weerstand uit de buurt een rol bij het uitblijven van opvangplekken?",
  "list", {"reason": "local_opposition"}, "Cases stating local opposition as a reason.",
  pred=lambda g, s, c: "local_opposition" in s["reasons"])
q(57, "En daarvan in Overijssel?",
  "list", {"reason": "local_opposition", "province": "Overijssel"}, "Follow-up: those in Overijssel.",
  pred=lambda g, s, c: "local_opposition" in s["reasons"] and s["province"] == "Overijssel", after=[56])
q(58, "Welke gemeenten verwachten uiterlijk in juni 2027 klaar te zijn met hun opvang?",
  "list", {"expected_before": "2027-07-01"}, "Cases whose expected date ends before 2027-07-01.",
  pred=lambda g, s, c: E(s) is not None and E(s)[1].isoformat() < "2027-07-01")
q(59, "En welke denken pas vanaf september 2027 zover te zijn?",
  "list", {"expected_after": "2027-08-31"}, "Follow-up replacing the window: expected date starts after 2027-08-31.",
  pred=lambda g, s, c: E(s) is not None and E(s)[0].isoformat() > "2027-08-31", after=[58])
q(60, "Welke gemeenten denken in het eerste kwartaal van 2027 hun taak te halen?",
  "list", {"expected_after": "2026-12-31", "expected_before": "2027-04-01"}, "Expected date within Q1 2027.",
  pred=lambda g, s, c: E(s) is not None and E(s)[0].isoformat() > "2026-12-31" and E(s)[1].isoformat() < "2027-04-01")
q(61, "Welke zaken hadden een reactietermijn die tussen 1 en 30 juni 2026 afliep?",
  "list", {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30"}, "Cases whose termijn lies in June 2026.",
  pred=lambda g, s, c: c["termijn"] is not None and "2026-06-01" <= c["termijn"] <= "2026-06-30")
q(62, "Loopt er tussen nu en twee weken nog ergens een termijn af?",
  "list", {"termijn_from": "2028-05-10", "termijn_to": "2028-05-23"},
  "Termijn within fourteen days counting today (10-23 May 2028): none.",
  pred=lambda g, s, c: c["termijn"] is not None and "2028-05-10" <= c["termijn"] <= "2028-05-23")
q(63, "Welke gemeenten hebben na afloop van de termijn gereageerd, Limburg niet meegerekend?",
  "list", {"state": ["late"], "not_province": "Limburg"}, "Late replies outside Limburg.",
  pred=lambda g, s, c: c["answered"] and c["reply_on_time"] is False and s["province"] != "Limburg")
q(64, "Welke Utrechtse gemeenten hebben een reactie ingediend, behalve degene die over de termijn heen gingen?",
  "list", {"province": "Utrecht", "state": ["answered"], "not_state": ["late"]},
  "Utrecht cases that answered, leaving out late ones.",
  pred=lambda g, s, c: s["province"] == "Utrecht" and c["answered"] and not (c["answered"] and c["reply_on_time"] is False))
q(65, "Welke gemeenten geven aan dat ze het financieel niet rond krijgen?",
  "list", {"reason": "finance"}, "Cases stating finance as a reason.",
  pred=lambda g, s, c: "finance" in s["reasons"])
q(66, "Hoeveel gemeenten voeren aan dat bestaande opvangplekken zijn of worden opgeheven?",
  "count", {"reason": "places_lost"}, "Count of cases stating lost places as a reason.",
  pred=lambda g, s, c: "places_lost" in s["reasons"])
q(67, "Welke redenen heeft Eindhoven aangevoerd voor de achterstand?",
  "fact", {"gemeente": "Eindhoven", "fact": "reasons"}, "Eindhoven's stated reasons.",
  fact=lambda: {"reasons": S["Eindhoven"]["reasons"]})
q(68, "Heeft Hulst binnen de gestelde termijn geantwoord?",
  "fact", {"gemeente": "Hulst", "fact": "reply"}, "Whether and when Hulst replied relative to its termijn.",
  fact=f_reply("Hulst"))
q(69, "Welke elementen ontbreken nog in de reactie van Zeewolde?",
  "fact", {"gemeente": "Zeewolde", "fact": "missing"}, "Zeewolde's missing elements.",
  fact=lambda: {"missing": S["Zeewolde"]["case"]["missing"]})
q(70, "Welke gemeenten in trede 2 hebben een verwachte datum genoemd die inmiddels al verstreken is?",
  "list", {"trede": 2, "expected_before": "2028-05-10"}, "Trede-2 cases whose expected date ended before today.",
  pred=lambda g, s, c: c["trede"] == 2 and E(s) is not None and E(s)[1].isoformat() < "2028-05-10")
q(71, "Bij welke gemeenten ontbreken de stappen én het tijdpad, zaken in trede 1 niet meegerekend?",
  "list", {"missing": ["steps", "timeline"], "not_trede": 1}, "Cases missing steps and timeline, outside trede 1.",
  pred=lambda g, s, c: "steps" in c["missing"] and "timeline" in c["missing"] and c["trede"] != 1)
q(72, "Welke zaken hadden hun uiterste reactiedatum in november 2026?",
  "list", {"termijn_from": "2026-11-01", "termijn_to": "2026-11-30"}, "Cases whose termijn lies in November 2026.",
  pred=lambda g, s, c: c["termijn"] is not None and "2026-11-01" <= c["termijn"] <= "2026-11-30")
q(73, "Zijn er gemeenten die hebben toegezegd in mei van dit jaar hun plekken op orde te hebben?",
  "list", {"expected_after": "2028-04-30", "expected_before": "2028-06-01"}, "Expected date within May 2028: none.",
  pred=lambda g, s, c: E(s) is not None and E(s)[0].isoformat() > "2028-04-30" and E(s)[1].isoformat() < "2028-06-01")
q(74, "Welke gemeenten die bezwaarprocedures als oorzaak noemen, hebben op onze laatste brief nog altijd niet gereageerd?",
  "list", {"reason": "objection_procedure", "state": ["no_reply"]}, "Cases stating objection procedures that are overdue without reply.",
  pred=lambda g, s, c: "objection_procedure" in s["reasons"] and g in NR)
q(75, "Welke gemeenten in trede 2 hebben de feiten en omstandigheden niet onderbouwd en bovendien te laat geantwoord?",
  "list", {"trede": 2, "missing": ["facts"], "state": ["late"]}, "Trede-2 cases missing facts that replied late.",
  pred=lambda g, s, c: c["trede"] == 2 and "facts" in c["missing"] and c["answered"] and c["reply_on_time"] is False)

# =========================================================================================
# Persona 4 (38076-38100): newcomer Vera: one municipality, help, limits, names
# =========================================================================================
q(76, "Hallo! Ik ben net begonnen in het team. Hoe werkt deze bot eigenlijk?",
  "help", {}, "How does the bot work: help.")
q(77, "Hoe staat Tynaarlo ervoor?",
  "status", {"gemeente": "Tynaarlo"}, "Status of Tynaarlo.", fact=f_status("Tynaarlo"))
q(78, "Hoeveel opvangplekken heeft Tynaarlo nu al, en hoeveel zitten er in de pijplijn?",
  "fact", {"gemeente": "Tynaarlo", "fact": "places"}, "Tynaarlo's realised and planned places.",
  fact=f_places("Tynaarlo"))
q(79, "hoe gaat het eigenlijk met den bosch",
  "status", {"gemeente": "'s-Hertogenbosch"}, "Status of 's-Hertogenbosch (everyday name Den Bosch).",
  fact=f_status("'s-Hertogenbosch"))
q(80, "Ik kom in een oud stuk de gemeente Beemster tegen. Hoe staat die ervoor?",
  "status", {"gemeente": "Purmerend"}, "Former municipality Beemster: status of Purmerend.",
  fact=f_status("Purmerend"))
q(81, "Wie behandelt het dossier van Heerhugowaard?",
  "fact", {"gemeente": "Dijk en Waard", "fact": "owner"}, "Former municipality Heerhugowaard: owner of Dijk en Waard.",
  fact=lambda: {"owner": S["Dijk en Waard"]["case"]["owner"]})
q(82, "Wat is de status van Bergen?",
  "clarify", {}, "Bergen is ambiguous (Bergen (L.) / Bergen (NH.)): asked back.")
q(83, "Ik bedoel Bergen in Noord-Holland.",
  "status", {"gemeente": "Bergen (NH.)"}, "Follow-up: status of Bergen (NH.).",
  fact=f_status("Bergen (NH.)"), after=[82])
q(84, "Wanneer verwacht Nijmgen aan de taak te voldoen?",
  "fact", {"gemeente": "Nijmegen", "fact": "expected"}, "Misspelled Nijmegen: its expected date.",
  fact=lambda: {"expected_date": S["Nijmegen"]["expected_date"]})
q(85, "Hoe bereik ik de contactpersoon bij Zwolle, heb je een nummer?",
  "unknown", {"gemeente": "Zwolle"}, "Contact data: not possible.")
q(86, "Welke buurgemeenten heeft Apeldoorn eigenlijk?",
  "unknown", {"gemeente": "Apeldoorn"}, "Neighbours: not possible.")
q(87, "Could you tell me which step of the ladder Kerkrade is on?",
  "fact", {"gemeente": "Kerkrade", "fact": "trede"}, "English, polite opening: Kerkrade's trede.",
  fact=lambda: {"trede": S["Kerkrade"]["case"]["trede"]})
q(88, "Voldoet Sluis inmiddels aan de taakstelling?",
  "fact", {"gemeente": "Sluis", "fact": "compliance"}, "Sluis's compliance.",
  fact=lambda: {"compliance": S["Sluis"]["case"]["compliance"]})
q(89, "Wat heeft Weert ons op 11 juni 2026 gestuurd?",
  "fact", {"gemeente": "Weert", "fact": "wrote", "date": "2026-06-11"}, "The message(s) Weert sent on 2026-06-11.",
  fact=lambda: {"messages": [{"kind": m["kind"], "subject": m["subject"]} for m in S["Weert"]["messages"]
                             if local_day(m["received_at"]) == "2026-06-11"]})
q(90, "Kan ik Almere via jou naar trede 3 laten opschalen?",
  "unknown", {"gemeente": "Almere"}, "Changing the trede by question: not possible.")
q(91, "Welke gemeenten op de Veluwe hebben nog steeds niets van zich laten horen?",
  "unknown", {"state": ["no_reply"]}, "De Veluwe has no border in the register: unknown, state kept.")
q(92, "Hoe wijs ik een gemeente toe aan een collega?",
  "help", {}, "How to assign: help.")
q(93, "Tot wanneer had Sudwest Fryslan om te antwoorden?",
  "fact", {"gemeente": "Súdwest-Fryslân", "fact": "termijn"}, "Súdwest-Fryslân (spelled without accents): its termijn.",
  fact=lambda: {"termijn": S["Súdwest-Fryslân"]["case"]["termijn"]})
q(94, "Wat is de stand van zaken bij Hellevoetsluis?",
  "status", {"gemeente": "Voorne aan Zee"}, "Former municipality Hellevoetsluis: status of Voorne aan Zee.",
  fact=f_status("Voorne aan Zee"))
q(95, "Heeft Harlngen al geantwoord op onze brief?",
  "fact", {"gemeente": "Harlingen", "fact": "reply"}, "Misspelled Harlingen: has it replied (no, overdue).",
  fact=f_reply("Harlingen"))
q(96, "Hoeveel opvangplaatsen heeft Utrecht gerealiseerd en hoeveel zijn er gepland?",
  "fact", {"gemeente": "Utrecht", "fact": "places"}, "Places of the municipality Utrecht (a fact decides).",
  fact=f_places("Utrecht"))
q(97, "Hoe staat Amsterdam er eigenlijk voor?",
  "status", {"gemeente": "Amsterdam"}, "Status of Amsterdam, which has no case.",
  fact=f_status("Amsterdam"))
q(98, "Welke gemeenten in Groningen zijn nog aan niemand toegewezen?",
  "list", {"province": "Groningen", "no_owner": True}, "Unassigned cases in the province of Groningen (plural decides).",
  pred=lambda g, s, c: s["province"] == "Groningen" and c["owner"] is None)
q(99, "Welke zaken staan er op mijn naam?",
  "list", {"owner": "Vera"}, "My (Vera's) cases.",
  pred=lambda g, s, c: c["owner"] == "Vera")
q(100, "Top, bedankt voor de uitleg!",
  "help", {}, "Thanks: help.")


def build():
    assert len(Q) == 100 and [x["id"] for x in Q] == list(range(38001, 38101))
    out = []
    for x in Q:
        staff = PERSONA[(x["id"] - 38001) // 25][0]
        if x["intent"] in ("list", "count"):
            gs = sorted(g for g, s in CASES.items() if x["pred"](g, s, s["case"]))
            cnt, fact = len(gs), None
        else:
            gs, cnt = [], None
            fact = x["fact"]() if x["fact"] else None
        out.append({"id": x["id"], "q": x["q"], "intent": x["intent"], "filters": x["filters"],
                    "expected_gemeenten": gs, "count": cnt, "after": x["after"], "as_staff": staff,
                    "on": ON, "meaning": x["meaning"], "expected_fact": fact})
    return out


if __name__ == "__main__":
    rows = build()
    with open(os.path.join(HERE, "questions38_with_expected_sets.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for r in rows:
        print(r["id"], r["intent"], r["count"], r["expected_gemeenten"][:8] if r["count"] else r["expected_fact"])
