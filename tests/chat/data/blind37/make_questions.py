#!/usr/bin/env python3
"""Writes questions37_with_expected_sets.jsonl: 100 staff questions asked on Wednesday 2028-04-12.

Each list/count question carries a HAND-WRITTEN predicate over one status.json record
(`s`, its case `c`); the expected set is every case for which it holds. Fact/status
answers are written out literally, read from the register (see README.md). expected.py
recomputes everything from intent + filters alone and must agree.
"""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ON = "2028-04-12"
STATUS = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
DUE = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
CASES = [s for s in STATUS if s["case"]]
NR = {d["gemeente"] for d in DUE if d["section"] == "overdue" and d["kind"] == "no_reply"}
D = dt.date.fromisoformat

NOORD = ["Drenthe", "Friesland", "Groningen"]
OOST = ["Gelderland", "Overijssel"]

ANOUK, THIJS, ILSE, RUBEN = 37501, 37502, 37503, 37504


def exp_first_last(s):
    """First and last day of status.expected_date (None when there is none)."""
    e = s["expected_date"]
    if not e:
        return None
    y = int(e[:4])
    if len(e) == 10:
        return D(e), D(e)
    p = e[5:]
    if p[0] == "Q":
        a, b = {"1": (1, 3), "2": (4, 6), "3": (7, 9), "4": (10, 12)}[p[1]]
    elif p[0] == "H":
        a, b = {"1": (1, 6), "2": (7, 12)}[p[1]]
    else:
        a = b = int(p)
    last = (dt.date(y + (b == 12), b % 12 + 1, 1) - dt.timedelta(days=1))
    return dt.date(y, a, 1), last


def exp_before(s, day):
    fl = exp_first_last(s)
    return fl is not None and fl[1] < D(day)


def exp_after(s, day):
    fl = exp_first_last(s)
    return fl is not None and fl[0] > D(day)


def tm_in(c, a, b):
    return c["termijn"] is not None and D(a) <= D(c["termijn"]) <= D(b)


late = lambda c: c["answered"] and c["reply_on_time"] is False
on_time = lambda c: c["answered"] and c["reply_on_time"] is True
incompl = lambda c: c["state"] == "answered_incomplete"
compl = lambda c: c["state"] == "answered_complete"

Q = []


def q(id, as_staff, text, intent, filters, meaning, pred=None, fact=None, after=()):
    Q.append(dict(id=id, as_staff=as_staff, q=text, intent=intent, filters=filters, meaning=meaning,
                  pred=pred, fact=fact, after=list(after)))


# ---------------------------------------------------------------- Anouk, beheerder: formal
A = ANOUK
q(37001, A, "Goedemorgen. Hoeveel dossiers telt het register op dit moment in totaal?", "count", {},
  "How many cases the register holds in all.", pred=lambda s, c: True)
q(37002, A, "Hoeveel gemeenten in het noorden van het land hebben na het verstrijken van de termijn nog steeds niets van zich laten horen?",
  "count", {"state": ["no_reply"], "province": NOORD},
  "Count of cases in Drenthe/Friesland/Groningen with no reply after the termijn.",
  pred=lambda s, c: s["province"] in NOORD and s["gemeente"] in NR)
q(37003, A, "En in Overijssel?", "count", {"state": ["no_reply"], "province": "Overijssel"},
  "Follow-up: the same count for Overijssel instead.",
  pred=lambda s, c: s["province"] == "Overijssel" and c["overdue"], after=[37002])
q(37004, A, "Welke Zuid-Hollandse gemeenten voldoen in het geheel niet aan hun wettelijke taak?", "list",
  {"compliance": "voldoet_niet", "province": "Zuid-Holland"},
  "List South Holland cases whose compliance is voldoet_niet.",
  pred=lambda s, c: s["province"] == "Zuid-Holland" and c["compliance"] == "voldoet_niet")
q(37005, A, "Welke daarvan hebben inmiddels wel een reactie ingestuurd?", "list",
  {"compliance": "voldoet_niet", "province": "Zuid-Holland", "state": ["answered"]},
  "Follow-up: of those, the ones that have answered.",
  pred=lambda s, c: s["province"] == "Zuid-Holland" and c["compliance"] == "voldoet_niet" and c["answered"],
  after=[37004])
q(37006, A, "Hoeveel gemeenten bevinden zich thans in trede 3, actief toezicht?", "count", {"trede": 3},
  "Count of cases in trede 3.", pred=lambda s, c: c["trede"] == 3)
q(37007, A, "Hoeveel daarvan zijn nog niet aan een behandelaar gekoppeld?", "count", {"trede": 3, "no_owner": True},
  "Follow-up: trede-3 cases without an owner.", pred=lambda s, c: c["trede"] == 3 and c["owner"] is None,
  after=[37006])
q(37008, A, "Graag een beknopt overzicht van de stand van zaken in het toezicht.", "overview", {},
  "General overview of the register.")
q(37009, A, "Welke gemeenten hebben om uitstel verzocht, met uitzondering van die in Zuid-Holland?", "list",
  {"state": ["extended"], "not_province": "Zuid-Holland"},
  "Cases with an extension request, South Holland left out.",
  pred=lambda s, c: c["extension_requested"] and s["province"] != "Zuid-Holland")
q(37010, A, "Hoeveel gemeenten in Gelderland en Overijssel voldoen gedeeltelijk aan hun taakstelling?", "count",
  {"compliance": "voldoet_gedeeltelijk", "province": OOST},
  "Count of partly compliant cases in Gelderland or Overijssel.",
  pred=lambda s, c: s["province"] in ("Gelderland", "Overijssel") and c["compliance"] == "voldoet_gedeeltelijk")
q(37011, A, "Is er eigenlijk een gemeente die volledig aan de taakstelling voldoet? Zo ja, welke?", "list",
  {"compliance": "voldoet"}, "Cases whose compliance is voldoet.", pred=lambda s, c: c["compliance"] == "voldoet")
q(37012, A, "Bij welke gemeenten is onze brief onbestelbaar retour gekomen?", "list", {"letter_undelivered": True},
  "Cases whose latest letter bounced.", pred=lambda s, c: c["letter_undelivered"])
q(37013, A, "Welke gemeenten in Limburg en Zeeland hebben hun reactie pas na de termijn ingediend?", "list",
  {"state": ["late"], "province": ["Limburg", "Zeeland"]},
  "Late repliers in Limburg or Zeeland.",
  pred=lambda s, c: s["province"] in ("Limburg", "Zeeland") and late(c))
q(37014, A, "Hoeveel gemeenten hebben een volledige reactie gestuurd, Noord-Brabant niet meegerekend?", "count",
  {"state": ["complete"], "not_province": "Noord-Brabant"},
  "Count of answered_complete cases outside Noord-Brabant.",
  pred=lambda s, c: compl(c) and s["province"] != "Noord-Brabant")
q(37015, A, "Hoeveel zaken heeft Ilse op dit moment onder zich?", "count", {"owner": "Ilse"},
  "Count of Ilse's cases.", pred=lambda s, c: c["owner"] == "Ilse")
q(37016, A, "Welke provincie telt de meeste gemeenten die niet voldoen?", "unknown", {"compliance": "voldoet_niet"},
  "Ranking of provinces: the bot cannot rank; keeps the compliance slot.")
q(37017, A, "Hoeveel gemeenten in de Randstad hebben nog niet gereageerd?", "clarify", {"state": ["no_reply"]},
  "The Randstad has no fixed border: the bot asks which provinces are meant (state no_reply kept).")
q(37018, A, "Welke gemeenten in Groningen in trede 2 geven aan geen geschikte locatie te kunnen vinden?", "list",
  {"province": "Groningen", "trede": 2, "reason": "no_location"},
  "Groningen trede-2 cases giving no_location as a reason.",
  pred=lambda s, c: s["province"] == "Groningen" and c["trede"] == 2 and "no_location" in s["reasons"])
q(37019, A, "Hoeveel gemeenten hebben gereageerd, exclusief de gemeenten die na de termijn reageerden?", "count",
  {"state": ["answered"], "not_state": ["late"]},
  "Count of answered cases that were not late.",
  pred=lambda s, c: c["answered"] and not late(c))
q(37020, A, "Welke Utrechtse gemeenten denken pas ná de zomer van 2027 klaar te zijn?", "list",
  {"province": "Utrecht", "expected_after": "2027-08-31"},
  "Utrecht-province cases whose expected date starts after 31 Aug 2027.",
  pred=lambda s, c: s["province"] == "Utrecht" and exp_after(s, "2027-08-31"))
q(37021, A, "Kunt u de lijst van gemeenten zonder reactie als csv-bestand aanleveren?", "unknown",
  {"state": ["no_reply"]}, "Export request: the bot cannot export; keeps the no_reply slot.")
q(37022, A, "Hoeveel gemeenten in Flevoland bevinden zich nog in trede 1?", "count",
  {"province": "Flevoland", "trede": 1}, "Count of Flevoland cases in trede 1 (zero).",
  pred=lambda s, c: s["province"] == "Flevoland" and c["trede"] == 1)
q(37023, A, "Hoeveel gemeenten voldoen niet aan hun taak, Drenthe en Groningen buiten beschouwing gelaten?", "count",
  {"compliance": "voldoet_niet", "not_province": ["Drenthe", "Groningen"]},
  "Count of voldoet_niet cases outside Drenthe and Groningen.",
  pred=lambda s, c: c["compliance"] == "voldoet_niet" and s["province"] not in ("Drenthe", "Groningen"))
q(37024, A, "Welke gemeenten in Oost-Nederland hebben volledig gereageerd, zitten nog in trede 2 en hebben nog geen behandelaar?",
  "list", {"province": OOST, "state": ["complete"], "trede": 2, "no_owner": True},
  "East-Netherlands trede-2 cases with a complete answer and no owner.",
  pred=lambda s, c: s["province"] in OOST and compl(c) and c["trede"] == 2 and not c["owner"])
q(37025, A, "Dank u, dat was het voor nu.", "help", {}, "Thanks: a courtesy, answered as help.")

# ---------------------------------------------------------------- Thijs, hurried behandelaar on the phone
T = THIJS
q(37026, T, "mijn zaken zonder reactie?", "list", {"owner": "Thijs", "state": ["no_reply"]},
  "The asker's (Thijs) cases with no reply after the termijn.",
  pred=lambda s, c: c["owner"] == "Thijs" and s["gemeente"] in NR)
q(37027, T, "en welke daarvn in overijsel", "list", {"owner": "Thijs", "state": ["no_reply"], "province": "Overijssel"},
  "Follow-up: those in Overijssel.",
  pred=lambda s, c: c["owner"] == "Thijs" and c["overdue"] and s["province"] == "Overijssel", after=[37026])
q(37028, T, "hoevl v mijn zaken zijn onvolledig", "count", {"owner": "Thijs", "state": ["incomplete"]},
  "Count of Thijs's cases in state answered_incomplete.",
  pred=lambda s, c: c["owner"] == "Thijs" and incompl(c))
q(37029, T, "wat ontbreekt er bij noordoostpolder", "fact", {"gemeente": "Noordoostpolder", "fact": "missing"},
  "Which elements Noordoostpolder's answer misses.", fact=["timeline"])
q(37030, T, "wlke gem in gld hebbn nog nt gereageerd", "list", {"province": "Gelderland", "state": ["no_reply"]},
  "Gelderland cases with no reply after the termijn.",
  pred=lambda s, c: s["province"] == "Gelderland" and s["gemeente"] in NR)
q(37031, T, "en daarvan zonder behandelaar", "list",
  {"province": "Gelderland", "state": ["no_reply"], "no_owner": True},
  "Follow-up: of those, the ones without an owner.",
  pred=lambda s, c: s["province"] == "Gelderland" and c["overdue"] and c["owner"] is None, after=[37030])
q(37032, T, "behalve nunspeet en heumen", "list",
  {"province": "Gelderland", "state": ["no_reply"], "no_owner": True, "not_gemeente": ["Heumen", "Nunspeet"]},
  "Follow-up: the same list without Nunspeet and Heumen.",
  pred=lambda s, c: s["province"] == "Gelderland" and c["overdue"] and c["owner"] is None
  and s["gemeente"] not in ("Nunspeet", "Heumen"), after=[37030, 37031])
q(37033, T, "brunssum termijn?", "fact", {"gemeente": "Brunssum", "fact": "termijn"},
  "Brunssum's reply deadline.", fact="2026-10-05")
q(37034, T, "op tijd gereageerd?", "fact", {"gemeente": "Brunssum", "fact": "reply"},
  "Follow-up about Brunssum: did it reply on time (2 days late).",
  fact={"reply_on": "2026-10-07", "on_time": False, "days": 2}, after=[37033])
q(37035, T, "trede 3 zaken van mij", "list", {"owner": "Thijs", "trede": 3},
  "Thijs's cases in trede 3.", pred=lambda s, c: c["owner"] == "Thijs" and c["trede"] == 3)
q(37036, T, "wie heeft dordrecht in behandeling", "fact", {"gemeente": "Dordrecht", "fact": "owner"},
  "Owner of Dordrecht.", fact="Thijs")
q(37037, T, "hoeveel te laat gereageerd in nh", "count", {"state": ["late"], "province": "Noord-Holland"},
  "Count of late repliers in Noord-Holland.",
  pred=lambda s, c: s["province"] == "Noord-Holland" and late(c))
q(37038, T, "en hoeveel daarvan ook nog onvolledig", "count",
  {"state": ["incomplete", "late"], "province": "Noord-Holland"},
  "Follow-up: of those, also incomplete (both states hold).",
  pred=lambda s, c: s["province"] == "Noord-Holland" and late(c) and incompl(c), after=[37037])
q(37039, T, "welke gemeenten in zeeland hebben last van woningnood", "list",
  {"province": "Zeeland", "reason": "housing_shortage"},
  "Voice-typed: Zeeland cases stating housing_shortage (everyday word).",
  pred=lambda s, c: s["province"] == "Zeeland" and "housing_shortage" in s["reasons"])
q(37040, T, "zonder reactie fryslan", "list", {"province": "Friesland", "state": ["no_reply"]},
  "Friesland cases with no reply after the termijn.",
  pred=lambda s, c: s["province"] == "Friesland" and s["gemeente"] in NR)
q(37041, T, "montferland stand v zaken", "status", {"gemeente": "Montferland"},
  "Status summary of Montferland.",
  fact={"state": "answered_incomplete", "trede": 2, "compliance": "voldoet_niet", "owner": "Thijs",
        "termijn": "2026-04-30", "missing": ["timeline"]})
q(37042, T, "en wat ontbreekt daar", "fact", {"gemeente": "Montferland", "fact": "missing"},
  "Follow-up: what Montferland's answer misses.", fact=["timeline"], after=[37041])
q(37043, T, "heerde wnneer klaar verwacht", "fact", {"gemeente": "Heerde", "fact": "expected"},
  "When Heerde expects to meet its task.", fact="2027-07")
q(37044, T, "mijn zaken met uitstelverzoek", "list", {"owner": "Thijs", "state": ["extended"]},
  "Thijs's cases with an extension request.",
  pred=lambda s, c: c["owner"] == "Thijs" and c["extension_requested"])
q(37045, T, "wat loopt er deze week bij mij af", "list",
  {"owner": "Thijs", "termijn_from": "2028-04-10", "termijn_to": "2028-04-16"},
  "Thijs's cases whose termijn falls in this week (Mon 10 - Sun 16 April 2028): none.",
  pred=lambda s, c: c["owner"] == "Thijs" and tm_in(c, "2028-04-10", "2028-04-16"))
q(37046, T, "limburg zonder behandelaar en nog steeds geen reactie", "list",
  {"province": "Limburg", "no_owner": True, "state": ["no_reply"]},
  "Limburg cases without owner and with no reply after the termijn.",
  pred=lambda s, c: s["province"] == "Limburg" and c["owner"] is None and s["gemeente"] in NR)
q(37047, T, "stuur ff een herinnering naar oldenzaal", "unknown", {"gemeente": "Oldenzaal"},
  "Sending a reminder: the bot cannot send mail; keeps the municipality.")
q(37048, T, "hoeveel onvolledig in het noorden", "count", {"state": ["incomplete"], "province": NOORD},
  "Count of answered_incomplete cases in Drenthe/Friesland/Groningen.",
  pred=lambda s, c: s["province"] in NOORD and incompl(c))
q(37049, T, "en daarvan ontbreekt het tijdpad", "count",
  {"state": ["incomplete"], "province": NOORD, "missing": ["timeline"]},
  "Follow-up: of those, the ones missing the timeline.",
  pred=lambda s, c: s["province"] in NOORD and incompl(c) and "timeline" in c["missing"], after=[37048])
q(37050, T, "plekken culemborg", "fact", {"gemeente": "Culemborg", "fact": "places"},
  "Culemborg's realised and planned places.", fact={"realised": 0, "planned": 160})

# ---------------------------------------------------------------- Ilse, jurist: elements, reasons, termijn windows
J = ILSE
q(37051, J, "Bij welke gemeenten ontbreken in de reactie zowel de concrete stappen als een tijdpad?", "list",
  {"missing": ["steps", "timeline"]}, "Cases missing both steps and timeline.",
  pred=lambda s, c: "steps" in c["missing"] and "timeline" in c["missing"])
q(37052, J, "Bij welke gemeenten ontbreken alle drie de elementen: feiten, stappen én tijdpad?", "list",
  {"missing": ["facts", "steps", "timeline"]}, "Cases missing all three elements.",
  pred=lambda s, c: set(c["missing"]) >= {"facts", "steps", "timeline"})
q(37053, J, "Welke gemeenten voeren lopende bezwaarprocedures aan als oorzaak van de vertraging?", "list",
  {"reason": "objection_procedure"}, "Cases stating objection_procedure.",
  pred=lambda s, c: "objection_procedure" in s["reasons"])
q(37054, J, "en daarvan in trede 1?", "list", {"reason": "objection_procedure", "trede": 1},
  "Follow-up: of those, trede 1.",
  pred=lambda s, c: "objection_procedure" in s["reasons"] and c["trede"] == 1, after=[37053])
q(37055, J, "Welke gemeenten wijzen op verzet uit de buurt als reden dat het niet lukt?", "list",
  {"reason": "local_opposition"}, "Cases stating local_opposition (everyday words).",
  pred=lambda s, c: "local_opposition" in s["reasons"])
q(37056, J, "Welke gemeenten zeggen dat ze er simpelweg het geld niet voor hebben, Limburg niet meegerekend?", "list",
  {"reason": "finance", "not_province": "Limburg"}, "Cases stating finance (everyday words), Limburg left out.",
  pred=lambda s, c: "finance" in s["reasons"] and s["province"] != "Limburg")
q(37057, J, "Welke zaken hadden een termijn die in juni 2026 verstreek?", "list",
  {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30"}, "Cases whose termijn lies in June 2026.",
  pred=lambda s, c: tm_in(c, "2026-06-01", "2026-06-30"))
q(37058, J, "En welke daarvan hebben pas na afloop van die termijn gereageerd?", "list",
  {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30", "state": ["late"]},
  "Follow-up: of those, the late repliers.",
  pred=lambda s, c: tm_in(c, "2026-06-01", "2026-06-30") and late(c), after=[37057])
q(37059, J, "Hoeveel gemeenten hadden een reactietermijn tussen 1 oktober en 30 november 2026?", "count",
  {"termijn_from": "2026-10-01", "termijn_to": "2026-11-30"}, "Count of cases with termijn 1 Oct - 30 Nov 2026.",
  pred=lambda s, c: tm_in(c, "2026-10-01", "2026-11-30"))
q(37060, J, "Verlopen er de komende 14 dagen nog termijnen?", "list",
  {"termijn_from": "2028-04-12", "termijn_to": "2028-04-25"},
  "Cases whose termijn falls in the 14 days from 12 April 2028 (none).",
  pred=lambda s, c: tm_in(c, "2028-04-12", "2028-04-25"))
q(37061, J, "Welke gemeenten verwachten in het eerste kwartaal van 2027 aan hun taak te voldoen?", "list",
  {"expected_after": "2026-12-31", "expected_before": "2027-04-01"},
  "Cases whose expected date lies within Q1 2027.",
  pred=lambda s, c: exp_after(s, "2026-12-31") and exp_before(s, "2027-04-01"))
q(37062, J, "En in het tweede kwartaal van 2027?", "list",
  {"expected_after": "2027-03-31", "expected_before": "2027-07-01"},
  "Follow-up: the window replaced by Q2 2027.",
  pred=lambda s, c: exp_after(s, "2027-03-31") and exp_before(s, "2027-07-01"), after=[37061])
q(37063, J, "Welke Gelderse gemeenten hebben een verwachte datum genoemd die inmiddels al verstreken is?", "list",
  {"province": "Gelderland", "expected_before": "2028-04-12"},
  "Gelderland cases whose expected date ended before the asking day.",
  pred=lambda s, c: s["province"] == "Gelderland" and exp_before(s, ON))
q(37064, J, "Welke gemeenten in trede 2 hebben binnen de termijn gereageerd maar de feiten en omstandigheden achterwege gelaten?",
  "list", {"trede": 2, "state": ["on_time"], "missing": ["facts"]},
  "Trede-2 cases that replied on time but miss facts.",
  pred=lambda s, c: c["trede"] == 2 and on_time(c) and "facts" in c["missing"])
q(37065, J, "Voldoet Oisterwijk inmiddels aan de wettelijke taak?", "fact", {"gemeente": "Oisterwijk", "fact": "compliance"},
  "Oisterwijk's compliance.", fact="voldoet_niet")
q(37066, J, "Welke redenen geeft Delft voor de achterstand?", "fact", {"gemeente": "Delft", "fact": "reasons"},
  "Delft's stated reasons.", fact=["local_opposition", "permit_procedure", "places_lost"])
q(37067, J, "Welke gemeenten die al in trede 3 zitten noemen vertraging bij de vergunningverlening?", "list",
  {"trede": 3, "reason": "permit_procedure"}, "Trede-3 cases stating permit_procedure (none).",
  pred=lambda s, c: c["trede"] == 3 and "permit_procedure" in s["reasons"])
q(37068, J, "Welke Noord-Hollandse gemeenten melden dat ze opvangplekken kwijtraken?", "list",
  {"province": "Noord-Holland", "reason": "places_lost"}, "Noord-Holland cases stating places_lost.",
  pred=lambda s, c: s["province"] == "Noord-Holland" and "places_lost" in s["reasons"])
q(37069, J, "Welke gemeenten in Drenthe zeggen dat de gemeenteraad eerst nog een besluit moet nemen?", "list",
  {"province": "Drenthe", "reason": "council_decision"}, "Drenthe cases stating council_decision (in own words).",
  pred=lambda s, c: s["province"] == "Drenthe" and "council_decision" in s["reasons"])
q(37070, J, "Wat stuurde Hilversum ons op 23 april 2026?", "fact",
  {"gemeente": "Hilversum", "fact": "wrote", "date": "2026-04-23"},
  "What Hilversum wrote that day (an extension request).",
  fact=[{"kind": "extension_request",
         "subject": "Verzoek om uitstel reactie brief interbestuurlijk toezicht (uw referentie 7468367)"}])
q(37071, J, "Heeft Zandvoort binnen de termijn gereageerd?", "fact", {"gemeente": "Zandvoort", "fact": "reply"},
  "Zandvoort's reply date and timeliness (6 days late).",
  fact={"reply_on": "2026-05-06", "on_time": False, "days": 6})
q(37072, J, "Welke gemeenten noemen hun afhankelijkheid van het COA, trede 1 buiten beschouwing gelaten?", "list",
  {"reason": "coa_dependency", "not_trede": 1}, "Cases stating coa_dependency not in trede 1.",
  pred=lambda s, c: "coa_dependency" in s["reasons"] and c["trede"] != 1)
q(37073, J, "Welke gemeenten met een deadline vóór 1 mei 2026 hebben nog altijd niet gereageerd?", "list",
  {"termijn_to": "2026-04-30", "state": ["no_reply"]},
  "Cases with termijn up to 30 April 2026 and no reply.",
  pred=lambda s, c: c["termijn"] is not None and c["termijn"] <= "2026-04-30" and s["gemeente"] in NR)
q(37074, J, "Welke gemeenten verwachten vóór 1 januari 2027 aan de taak te voldoen?", "list",
  {"expected_before": "2027-01-01"}, "Cases whose expected date ends before 2027.",
  pred=lambda s, c: exp_before(s, "2027-01-01"))
q(37075, J, "Welke Friese gemeenten hebben zowel tijdig als volledig gereageerd?", "list",
  {"province": "Friesland", "state": ["complete", "on_time"]},
  "Friesland cases that answered completely and on time.",
  pred=lambda s, c: s["province"] == "Friesland" and compl(c) and on_time(c))

# ---------------------------------------------------------------- Ruben, newcomer
N = RUBEN
q(37076, N, "Hoi! Ik ben net begonnen in het team. Wat kan ik allemaal aan je vragen?", "help", {},
  "Newcomer asks what the bot can do.")
q(37077, N, "Hoe staat Heerhugowaard ervoor?", "status", {"gemeente": "Dijk en Waard"},
  "Former municipality Heerhugowaard: status of Dijk en Waard.",
  fact={"state": "awaiting_reply", "trede": 2, "compliance": "voldoet_gedeeltelijk", "owner": None,
        "termijn": "2026-06-16", "missing": []})
q(37078, N, "En wie is daar de behandelaar van?", "fact", {"gemeente": "Dijk en Waard", "fact": "owner"},
  "Follow-up: owner of Dijk en Waard (none).", fact=None, after=[37077])
q(37079, N, "hoe zit het met bergen", "clarify", {},
  "Bare 'Bergen': asks back Bergen (L.) or Bergen (NH.).")
q(37080, N, "Hoeveel opvangplaatsen heeft Uden nu en hoeveel komen er nog bij?", "fact",
  {"gemeente": "Maashorst", "fact": "places"}, "Former Uden: Maashorst's realised and planned places.",
  fact={"realised": 130, "planned": 150})
q(37081, N, "Hoe staat Amsterdam ervoor?", "status", {"gemeente": "Amsterdam"},
  "Amsterdam has no case in the register.", fact={"case": None})
q(37082, N, "wat is de status van den bosch", "status", {"gemeente": "'s-Hertogenbosch"},
  "Status of 's-Hertogenbosch (meldplicht-only trede-1 case).",
  fact={"state": "awaiting_reply", "trede": 1, "compliance": None, "owner": None, "termijn": None,
        "missing": ["steps", "timeline"]})
q(37083, N, "Welke trede heeft Zoetermer?", "fact", {"gemeente": "Zoetermeer", "fact": "trede"},
  "Misspelled Zoetermeer: its trede.", fact=2)
q(37084, N, "In welke trede zit Utrecht?", "fact", {"gemeente": "Utrecht", "fact": "trede"},
  "A fact question decides Utrecht is the municipality: its trede.", fact=1)
q(37085, N, "Kun je me het telefoonnummer van de gemeente Zwolle geven?", "unknown", {"gemeente": "Zwolle"},
  "Contact data: not available; keeps the municipality.")
q(37086, N, "Welke gemeenten grenzen aan Ede?", "unknown", {"gemeente": "Ede"},
  "Neighbours: not available; keeps the municipality.")
q(37087, N, "Hoe kan ik een zaak aan mezelf toewijzen?", "help", {}, "How to assign a case: help.")
q(37088, N, "Klopt het dat Weesp nog niet heeft gereageerd?", "fact", {"gemeente": "Amsterdam", "fact": "reply"},
  "Former Weesp is Amsterdam, which has no case.", fact={"case": None})
q(37089, N, "Welke zaken staan er op mijn naam?", "list", {"owner": "Ruben"},
  "The asker's (Ruben) cases.", pred=lambda s, c: c["owner"] == "Ruben")
q(37090, N, "welke van mijn zaken zitten in trede 3", "list", {"owner": "Ruben", "trede": 3},
  "Follow-up: Ruben's cases in trede 3.", pred=lambda s, c: c["owner"] == "Ruben" and c["trede"] == 3,
  after=[37089])
q(37091, N, "Wat mist er nog in het antwoord van Valkenburg aan de Geul?", "fact",
  {"gemeente": "Valkenburg aan de Geul", "fact": "missing"}, "Missing elements of Valkenburg aan de Geul.",
  fact=["facts", "steps"])
q(37092, N, "Wanneer denkt Hengelo aan de taak te voldoen?", "fact", {"gemeente": "Hengelo (O.)", "fact": "expected"},
  "Hengelo = Hengelo (O.): its expected date.", fact="2027-06")
q(37093, N, "Waarom lukt het Wassenaar niet om genoeg plekken te regelen?", "fact",
  {"gemeente": "Wassenaar", "fact": "reasons"}, "Wassenaar's reasons.",
  fact=["finance", "no_location", "objection_procedure", "permit_procedure"])
q(37094, N, "hoe staat sudwest fryslan ervoor", "status", {"gemeente": "Súdwest-Fryslân"},
  "Status of Súdwest-Fryslân written without diacritics or hyphen.",
  fact={"state": "answered_incomplete", "trede": 2, "compliance": "voldoet_gedeeltelijk", "owner": None,
        "termijn": "2026-04-30", "missing": ["timeline"]})
q(37095, N, "Kun je Kerkrade een trede hoger zetten?", "unknown", {"gemeente": "Kerkrade"},
  "Changing the trede by question: not possible; keeps the municipality.")
q(37096, N, "welke gemeenten in brabant hebben nog helemaal niks laten horen", "list",
  {"province": "Noord-Brabant", "state": ["no_reply"]}, "Voice-typed: Noord-Brabant cases with no reply.",
  pred=lambda s, c: s["province"] == "Noord-Brabant" and s["gemeente"] in NR)
q(37097, N, "Wanneer verwacht Brielle genoeg opvangplekken te hebben?", "fact",
  {"gemeente": "Voorne aan Zee", "fact": "expected"}, "Former Brielle: Voorne aan Zee's expected date.",
  fact="2027-Q3")
q(37098, N, "Welke gemeenten zijn te laat?", "clarify", {},
  "Bare 'te laat': asks back no reply after the termijn or replied late.")
q(37099, N, "Heeft Bergen in Limburg op tijd gereageerd?", "fact", {"gemeente": "Bergen (L.)", "fact": "reply"},
  "Bergen (L.)'s reply: on time, 6 days before the termijn.",
  fact={"reply_on": "2026-06-10", "on_time": True, "days": 6})
q(37100, N, "Top, bedankt voor de hulp!", "help", {}, "Thanks: help.")


def main():
    assert len(Q) == 100 and [x["id"] for x in Q] == list(range(37001, 37101))
    out = []
    for x in Q:
        if x["intent"] in ("list", "count"):
            g = sorted(s["gemeente"] for s in CASES if x["pred"](s, s["case"]))
            n, fact = len(g), None
        elif x["intent"] == "overview":
            g, n = [], None
            fact = {"cases": 229, "no_reply": 60, "answered": 100, "late": 27, "incomplete": 55,
                    "extended": 16, "voldoet_niet": 79}
        else:
            g, n, fact = [], None, x["fact"]
        out.append({"id": x["id"], "q": x["q"], "intent": x["intent"], "filters": x["filters"],
                    "expected_gemeenten": g, "count": n, "after": x["after"], "as_staff": x["as_staff"],
                    "on": ON, "meaning": x["meaning"], "expected_fact": fact})
    with open(os.path.join(HERE, "questions37_with_expected_sets.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} questions")


if __name__ == "__main__":
    main()
