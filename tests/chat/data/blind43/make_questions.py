"""Hand-written questions with a hand predicate (lists/counts) or a hand fact -> questions43_with_expected_sets.jsonl.

Every predicate reads the status --json objects directly (s = status object, c = s["case"]);
NR is the due --json overdue no_reply set. expected.py recomputes everything generically from
intent + filters and must agree."""
import json, os
from common import HERE, ON, cases, load_status, no_reply_set, local_day

S = load_status()
C = cases()
NR = no_reply_set()
YV, RI, LA, OM = 43501, 43502, 43503, 43504
NOORD = ["Drenthe", "Friesland", "Groningen"]
OOST = ["Gelderland", "Overijssel"]
ZUID = ["Limburg", "Noord-Brabant", "Zeeland"]

def exp_in(s, lo, hi):
    """hand reading of an expected date as an interval, strictly inside (lo, hi) (ISO strings or None)."""
    e = s["expected_date"]
    if not e:
        return False
    first, last = {
        "2026-Q4": ("2026-10-01", "2026-12-31"), "2027-Q1": ("2027-01-01", "2027-03-31"),
        "2027-Q2": ("2027-04-01", "2027-06-30"), "2027-Q3": ("2027-07-01", "2027-09-30"),
        "2027-Q4": ("2027-10-01", "2027-12-31"), "2028-Q1": ("2028-01-01", "2028-03-31"),
        "2027-H1": ("2027-01-01", "2027-06-30"), "2027-H2": ("2027-07-01", "2027-12-31"),
    }.get(e, (None, None))
    if first is None:
        if len(e) == 10:
            first = last = e
        else:  # YYYY-MM
            y, m = int(e[:4]), int(e[5:7])
            first = f"{e}-01"
            nxt = f"{y + (m == 12):04d}-{(m % 12) + 1:02d}-01"
            import datetime
            last = (datetime.date.fromisoformat(nxt) - datetime.timedelta(days=1)).isoformat()
    return (lo is None or first > lo) and (hi is None or last < hi)

def status_fact(n):
    s = S[n]; c = s["case"]
    if not c:
        return {"gemeente": n, "case": None}
    return {"gemeente": n, "trede": c["trede"], "state": c["state"], "compliance": c["compliance"],
            "owner": c["owner"], "termijn": c["termijn"], "answered": c["answered"],
            "reply_on_time": c["reply_on_time"], "overdue": c["overdue"], "missing": c["missing"],
            "extension_requested": c["extension_requested"], "letter_undelivered": c["letter_undelivered"],
            "expected_date": s["expected_date"], "realised_total": s["realised_total"],
            "planned_total": s["planned_total"], "reasons": s["reasons"]}

def reply_fact(n):
    import datetime
    c = S[n]["case"]
    if not c["answered"]:
        return {"answered": False, "termijn": c["termijn"], "overdue": c["overdue"]}
    d = local_day(c["reply_at"])
    days = (datetime.date.fromisoformat(d) - datetime.date.fromisoformat(c["termijn"])).days
    return {"answered": True, "reply_date": d, "on_time": c["reply_on_time"],
            "days_after_termijn": days}

def wrote_fact(n, day):
    return [{"received_at": m["received_at"], "kind": m["kind"], "subject": m["subject"]}
            for m in S[n]["messages"] if local_day(m["received_at"]) == day]

# (id, asker, question, intent, filters, hand predicate (s, c) or hand fact (callable), after, meaning)
Q = [
 # ---- Yvonne, beheerder: overviews and counts per province / region, formal
 (43001, YV, "Goedemorgen. Kunt u mij een overzicht geven van de stand van zaken per provincie?", "overview", {}, None, [],
  "General overview of the register (per province)."),
 (43002, YV, "Hoeveel gemeenten in Gelderland hebben nog niet gereageerd terwijl de termijn al verstreken is?", "count",
  {"province": "Gelderland", "state": ["no_reply"]}, lambda s, c: s["province"] == "Gelderland" and s["gemeente"] in NR, [],
  "Count of Gelderland cases with no reply and termijn passed."),
 (43003, YV, "Hoeveel gemeenten in Noord-Nederland voldoen niet aan hun wettelijke taak?", "count",
  {"province": NOORD, "compliance": "voldoet_niet"}, lambda s, c: s["province"] in NOORD and c["compliance"] == "voldoet_niet", [],
  "Count of non-compliant cases in Drenthe, Friesland, Groningen."),
 (43004, YV, "En in Zuid-Nederland?", "count",
  {"province": ZUID, "compliance": "voldoet_niet"}, lambda s, c: s["province"] in ZUID and c["compliance"] == "voldoet_niet", [43003],
  "Follow-up: same count for Limburg, Noord-Brabant, Zeeland."),
 (43005, YV, "Welke gemeenten in Zeeland hebben om uitstel gevraagd?", "list",
  {"province": "Zeeland", "state": ["extended"]}, lambda s, c: s["province"] == "Zeeland" and c["extension_requested"], [],
  "Zeeland cases with an extension requested."),
 (43006, YV, "Welke zaken in trede 2 in Overijssel hebben nog geen behandelaar?", "list",
  {"province": "Overijssel", "trede": 2, "no_owner": True},
  lambda s, c: s["province"] == "Overijssel" and c["trede"] == 2 and c["owner"] is None, [],
  "Overijssel trede-2 cases without owner."),
 (43007, YV, "Hoeveel gemeenten hebben te laat gereageerd, Limburg niet meegerekend?", "count",
  {"state": ["late"], "not_province": "Limburg"},
  lambda s, c: c["answered"] and c["reply_on_time"] is False and s["province"] != "Limburg", [],
  "Count of late replies outside Limburg."),
 (43008, YV, "En hoeveel daarvan waren ook onvolledig?", "count",
  {"state": ["incomplete", "late"], "not_province": "Limburg"},
  lambda s, c: c["answered"] and c["reply_on_time"] is False and c["state"] == "answered_incomplete" and s["province"] != "Limburg", [43007],
  "Follow-up narrowing with 'daarvan ook': late AND incomplete, still outside Limburg."),
 (43009, YV, "Welke gemeenten in Oost-Nederland voldoen gedeeltelijk?", "list",
  {"province": OOST, "compliance": "voldoet_gedeeltelijk"},
  lambda s, c: s["province"] in OOST and c["compliance"] == "voldoet_gedeeltelijk", [],
  "Partly compliant cases in Gelderland and Overijssel."),
 (43010, YV, "Hoeveel zaken heeft Laura op dit moment in behandeling?", "count",
  {"owner": "Laura"}, lambda s, c: c["owner"] == "Laura", [], "Count of Laura's cases."),
 (43011, YV, "Welke zaken van Omar wachten nog op een reactie terwijl de termijn al verstreken is?", "list",
  {"owner": "Omar", "state": ["no_reply"]}, lambda s, c: c["owner"] == "Omar" and s["gemeente"] in NR, [],
  "Omar's cases with no reply after the termijn."),
 (43012, YV, "Bij hoeveel gemeenten is de brief onbestelbaar retour gekomen?", "count",
  {"letter_undelivered": True}, lambda s, c: c["letter_undelivered"], [], "Count of cases whose latest letter bounced."),
 (43013, YV, "Hoeveel gemeenten in Noord-Holland hebben een volledige reactie gestuurd?", "count",
  {"province": "Noord-Holland", "state": ["complete"]},
  lambda s, c: s["province"] == "Noord-Holland" and c["state"] == "answered_complete", [],
  "Count of Noord-Holland cases whose state is answered_complete."),
 (43014, YV, "Hoe staat het ervoor met Rijssen-Holten?", "status", {"gemeente": "Rijssen-Holten"},
  lambda: status_fact("Rijssen-Holten"), [], "Status summary of Rijssen-Holten."),
 (43015, YV, "En Heerlen?", "status", {"gemeente": "Heerlen"}, lambda: status_fact("Heerlen"), [43014],
  "Follow-up: status summary of Heerlen."),
 (43016, YV, "Hoeveel gemeenten in Zuid-Holland hebben gereageerd, uitgezonderd de gemeenten die te laat waren?", "count",
  {"province": "Zuid-Holland", "state": ["answered"], "not_state": ["late"]},
  lambda s, c: s["province"] == "Zuid-Holland" and c["answered"] and c["reply_on_time"] is not False, [],
  "Count of Zuid-Holland cases that answered, leaving out late answers."),
 (43017, YV, "Welke gemeenten in de Randstad hebben nog niet gereageerd?", "clarify", {"state": ["no_reply"]}, None, [],
  "'de Randstad' has no fixed border: ask back."),
 (43018, YV, "Hoeveel zaken in Friesland en Groningen zijn onvolledig beantwoord?", "count",
  {"province": ["Friesland", "Groningen"], "state": ["incomplete"]},
  lambda s, c: s["province"] in ("Friesland", "Groningen") and c["state"] == "answered_incomplete", [],
  "Count of incomplete cases in Friesland or Groningen."),
 (43019, YV, "Hoe wijs ik een zaak toe aan een van de behandelaars?", "help", {}, None, [], "How to assign a case: help."),
 (43020, YV, "Welke gemeenten in de provincie Utrecht hebben nog geen behandelaar?", "list",
  {"province": "Utrecht", "no_owner": True}, lambda s, c: s["province"] == "Utrecht" and c["owner"] is None, [],
  "Cases in the province of Utrecht without owner."),
 (43021, YV, "Hoeveel gemeenten hebben uitstel gevraagd, met uitzondering van Groningen en Drenthe?", "count",
  {"state": ["extended"], "not_province": ["Drenthe", "Groningen"]},
  lambda s, c: c["extension_requested"] and s["province"] not in ("Groningen", "Drenthe"), [],
  "Count of extension requests outside the provinces Groningen and Drenthe."),
 (43022, YV, "Kunt u de lijst van gemeenten die niet voldoen naar Excel exporteren?", "unknown",
  {"compliance": "voldoet_niet"}, None, [], "Export to Excel: not possible in chat; keeps the compliance slot."),
 (43023, YV, "Welke gemeenten verwachten in het eerste kwartaal van 2027 aan hun taak te voldoen?", "list",
  {"expected_after": "2026-12-31", "expected_before": "2027-04-01"}, lambda s, c: exp_in(s, "2026-12-31", "2027-04-01"), [],
  "Cases whose expected date lies within Q1 2027."),
 (43024, YV, "En in het tweede kwartaal van 2027?", "list",
  {"expected_after": "2027-03-31", "expected_before": "2027-07-01"}, lambda s, c: exp_in(s, "2027-03-31", "2027-07-01"), [43023],
  "Follow-up: the window replaced by Q2 2027."),
 (43025, YV, "Hoeveel zaken van Rick liggen in Limburg of Zeeland?", "count",
  {"owner": "Rick", "province": ["Limburg", "Zeeland"]},
  lambda s, c: c["owner"] == "Rick" and s["province"] in ("Limburg", "Zeeland"), [],
  "Count of Rick's cases in Limburg or Zeeland."),

 # ---- Rick, behandelaar: terse, 'mijn', abbreviations, typos
 (43026, RI, "mijn zaken", "list", {"owner": "Rick"}, lambda s, c: c["owner"] == "Rick", [], "Rick's own cases."),
 (43027, RI, "hoevl van mijn zaken hebbn nog nt gereageerd", "count", {"owner": "Rick", "state": ["no_reply"]},
  lambda s, c: c["owner"] == "Rick" and s["gemeente"] in NR, [], "Count of Rick's cases without reply after the termijn."),
 (43028, RI, "wlke van mijn gem. missen t tijdpad", "list", {"owner": "Rick", "missing": ["timeline"]},
  lambda s, c: c["owner"] == "Rick" and "timeline" in c["missing"], [], "Rick's cases missing the timeline."),
 (43029, RI, "status tholen", "status", {"gemeente": "Tholen"}, lambda: status_fact("Tholen"), [], "Status of Tholen."),
 (43030, RI, "op tijd gereageerd?", "fact", {"gemeente": "Tholen", "fact": "reply"}, lambda: reply_fact("Tholen"), [43029],
  "Fragment after a question about Tholen: did Tholen reply on time?"),
 (43031, RI, "trede kerkrade?", "fact", {"gemeente": "Kerkrade", "fact": "trede"}, lambda: S["Kerkrade"]["case"]["trede"], [],
  "Trede of Kerkrade."),
 (43032, RI, "mijn zaken in NB", "list", {"owner": "Rick", "province": "Noord-Brabant"},
  lambda s, c: c["owner"] == "Rick" and s["province"] == "Noord-Brabant", [], "Rick's cases in Noord-Brabant."),
 (43033, RI, "mijn zkn excl. uitstelverzoeken", "list", {"owner": "Rick", "not_state": ["extended"]},
  lambda s, c: c["owner"] == "Rick" and not c["extension_requested"], [], "Rick's cases leaving out extension requests."),
 (43034, RI, "wnr verwacht alkmaar klaar te zijn", "fact", {"gemeente": "Alkmaar", "fact": "expected"},
  lambda: S["Alkmaar"]["expected_date"], [], "Expected date of Alkmaar."),
 (43035, RI, "wat ontbreekt bij venray", "fact", {"gemeente": "Venray", "fact": "missing"},
  lambda: S["Venray"]["case"]["missing"], [], "Missing elements of Venray."),
 (43036, RI, "en bij steenwijkerland?", "fact", {"gemeente": "Steenwijkerland", "fact": "missing"},
  lambda: S["Steenwijkerland"]["case"]["missing"], [43035], "Follow-up: missing elements of Steenwijkerland."),
 (43037, RI, "hoeveel vn mijn zaken zitten in trede 1", "count", {"owner": "Rick", "trede": 1},
  lambda s, c: c["owner"] == "Rick" and c["trede"] == 1, [], "Count of Rick's trede-1 cases."),
 (43038, RI, "mijn zaken met een bezwaarprocedure", "list", {"owner": "Rick", "reason": "objection_procedure"},
  lambda s, c: c["owner"] == "Rick" and "objection_procedure" in s["reasons"], [], "Rick's cases citing an objection procedure."),
 (43039, RI, "wie heeft leeuwarden", "fact", {"gemeente": "Leeuwarden", "fact": "owner"},
  lambda: S["Leeuwarden"]["case"]["owner"], [], "Owner of Leeuwarden."),
 (43040, RI, "termijn midden-groningen?", "fact", {"gemeente": "Midden-Groningen", "fact": "termijn"},
  lambda: S["Midden-Groningen"]["case"]["termijn"], [], "Termijn of Midden-Groningen."),
 (43041, RI, "stuur ff een herinnering naar nunspeet", "unknown", {"gemeente": "Nunspeet"}, None, [],
  "Sending a reminder mail: the bot cannot; keeps Nunspeet."),
 (43042, RI, "welke van mijn zaken zijn te laat", "clarify", {"owner": "Rick"}, None, [],
  "Bare 'te laat': no reply after termijn or replied late? Ask back."),
 (43043, RI, "hvl gemeenten in Ov zonder behandelaar", "count", {"province": "Overijssel", "no_owner": True},
  lambda s, c: s["province"] == "Overijssel" and c["owner"] is None, [], "Count of Overijssel cases without owner."),
 (43044, RI, "plaatsen amstelveen", "fact", {"gemeente": "Amstelveen", "fact": "places"},
  lambda: {"realised": S["Amstelveen"]["realised_total"], "planned": S["Amstelveen"]["planned_total"]}, [],
  "Places realised and planned in Amstelveen."),
 (43045, RI, "redenen ridderkerk?", "fact", {"gemeente": "Ridderkerk", "fact": "reasons"},
  lambda: S["Ridderkerk"]["reasons"], [], "Reasons stated by Ridderkerk."),
 (43046, RI, "mijn onvolledige zaken waar de stappen ontbreken", "list",
  {"owner": "Rick", "state": ["incomplete"], "missing": ["steps"]},
  lambda s, c: c["owner"] == "Rick" and c["state"] == "answered_incomplete" and "steps" in c["missing"], [],
  "Rick's incomplete cases missing the steps."),
 (43047, RI, "mijn zkn in Lb behalve kerkrade", "list",
  {"owner": "Rick", "province": "Limburg", "not_gemeente": "Kerkrade"},
  lambda s, c: c["owner"] == "Rick" and s["province"] == "Limburg" and s["gemeente"] != "Kerkrade", [],
  "Rick's Limburg cases except Kerkrade."),
 (43048, RI, "mijn zaken waarvan de termijn op 30 april 2026 afliep", "list",
  {"owner": "Rick", "termijn_from": "2026-04-30", "termijn_to": "2026-04-30"},
  lambda s, c: c["owner"] == "Rick" and c["termijn"] == "2026-04-30", [], "Rick's cases with termijn 30 April 2026."),
 (43049, RI, "thx!", "help", {}, None, [], "Thanks: help/acknowledgement."),
 (43050, RI, "hoevl gemeenten vrwachten vóór 2027 klaar te zijn", "count", {"expected_before": "2027-01-01"},
  lambda s, c: exp_in(s, None, "2027-01-01"), [], "Count of cases whose expected date ends before 2027."),

 # ---- Laura, policy advisor: reasons, missing elements, expected dates
 (43051, LA, "Welke gemeenten noemen het ontbreken van een geschikte locatie als reden?", "list",
  {"reason": "no_location"}, lambda s, c: "no_location" in s["reasons"], [], "Cases citing no suitable location."),
 (43052, LA, "Hoeveel daarvan liggen in Zuid-Holland?", "count", {"reason": "no_location", "province": "Zuid-Holland"},
  lambda s, c: "no_location" in s["reasons"] and s["province"] == "Zuid-Holland", [43051],
  "Follow-up: how many of those are in Zuid-Holland."),
 (43053, LA, "Welke gemeenten voeren lokale weerstand aan als reden, Overijssel niet meegerekend?", "list",
  {"reason": "local_opposition", "not_province": "Overijssel"},
  lambda s, c: "local_opposition" in s["reasons"] and s["province"] != "Overijssel", [],
  "Cases citing local opposition, outside Overijssel."),
 (43054, LA, "Bij welke gemeenten ontbreken alle drie de elementen?", "list", {"missing": ["facts", "steps", "timeline"]},
  lambda s, c: set(c["missing"]) >= {"facts", "steps", "timeline"}, [], "Cases missing facts, steps and timeline."),
 (43055, LA, "Welke gemeenten missen zowel de stappen als het tijdpad?", "list", {"missing": ["steps", "timeline"]},
  lambda s, c: "steps" in c["missing"] and "timeline" in c["missing"], [], "Cases missing both steps and timeline."),
 (43056, LA, "Welke gemeenten verwachten pas na de zomer van 2027 aan hun taak te voldoen?", "list",
  {"expected_after": "2027-08-31"}, lambda s, c: exp_in(s, "2027-08-31", None), [],
  "Cases whose expected date starts after summer 2027 (after 31 Aug 2027)."),
 (43057, LA, "Welke Gelderse gemeenten hebben een verwachte datum die al verstreken is?", "list",
  {"province": "Gelderland", "expected_before": ON},
  lambda s, c: s["province"] == "Gelderland" and exp_in(s, None, ON), [],
  "Gelderland cases whose expected date has already passed (before the asking day)."),
 (43058, LA, "Welke gemeenten hebben geldproblemen?", "list", {"reason": "finance"},
  lambda s, c: "finance" in s["reasons"], [], "Cases citing finance."),
 (43059, LA, "Welke redenen geeft Hoorn op?", "fact", {"gemeente": "Hoorn", "fact": "reasons"},
  lambda: S["Hoorn"]["reasons"], [], "Reasons stated by Hoorn."),
 (43060, LA, "Wanneer verwacht Eindhoven aan de taak te voldoen?", "fact", {"gemeente": "Eindhoven", "fact": "expected"},
  lambda: S["Eindhoven"]["expected_date"], [], "Expected date of Eindhoven."),
 (43061, LA, "Welke gemeenten die plaatsen kwijtraken verwachten vóór de zomer van 2027 klaar te zijn?", "list",
  {"reason": "places_lost", "expected_before": "2027-07-01"},
  lambda s, c: "places_lost" in s["reasons"] and exp_in(s, None, "2027-07-01"), [],
  "Cases losing places with an expected date before summer 2027."),
 (43062, LA, "Welke gemeenten in trede 2 hebben gereageerd maar de feiten en omstandigheden weggelaten?", "list",
  {"trede": 2, "state": ["answered"], "missing": ["facts"]},
  lambda s, c: c["trede"] == 2 and c["answered"] and "facts" in c["missing"], [],
  "Trede-2 cases that answered but miss the facts."),
 (43063, LA, "Hoeveel gemeenten verwachten tussen 1 januari 2027 en 30 juni 2027 aan hun taak te voldoen?", "count",
  {"expected_after": "2026-12-31", "expected_before": "2027-07-01"},
  lambda s, c: exp_in(s, "2026-12-31", "2027-07-01"), [], "Count of expected dates within H1 2027."),
 (43064, LA, "Welke gemeenten wijzen naar het COA als oorzaak van de vertraging?", "list", {"reason": "coa_dependency"},
  lambda s, c: "coa_dependency" in s["reasons"], [], "Cases citing dependency on COA."),
 (43065, LA, "Welke gemeenten met vergunningsperikelen voldoen niet?", "list",
  {"reason": "permit_procedure", "compliance": "voldoet_niet"},
  lambda s, c: "permit_procedure" in s["reasons"] and c["compliance"] == "voldoet_niet", [],
  "Non-compliant cases citing permit trouble."),
 (43066, LA, "Voldoet de gemeente Sittard-Geleen aan haar wettelijke taak?", "fact",
  {"gemeente": "Sittard-Geleen", "fact": "compliance"}, lambda: S["Sittard-Geleen"]["case"]["compliance"], [],
  "Compliance of Sittard-Geleen."),
 (43067, LA, "Wat schreef Eindhoven op 23 november 2026?", "fact",
  {"gemeente": "Eindhoven", "fact": "wrote", "date": "2026-11-23"}, lambda: wrote_fact("Eindhoven", "2026-11-23"), [],
  "Message(s) Eindhoven sent on 23 Nov 2026."),
 (43068, LA, "Welke gemeenten met een termijn tussen 1 en 30 juni 2026 hebben nog altijd niet gereageerd?", "list",
  {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30", "state": ["no_reply"]},
  lambda s, c: c["termijn"] is not None and "2026-06-01" <= c["termijn"] <= "2026-06-30" and s["gemeente"] in NR, [],
  "Cases with termijn in June 2026 and no reply."),
 (43069, LA, "Welke gemeenten hebben op tijd gereageerd maar missen het tijdpad?", "list",
  {"state": ["on_time"], "missing": ["timeline"]},
  lambda s, c: c["answered"] and c["reply_on_time"] is True and "timeline" in c["missing"], [],
  "On-time replies missing the timeline."),
 (43070, LA, "En welke daarvan liggen in de provincie Groningen?", "list",
  {"state": ["on_time"], "missing": ["timeline"], "province": "Groningen"},
  lambda s, c: c["answered"] and c["reply_on_time"] is True and "timeline" in c["missing"] and s["province"] == "Groningen",
  [43069], "Follow-up: the same, in the province of Groningen."),
 (43071, LA, "Welke gemeenten noemen woningnood als reden, behalve Barendrecht en Ridderkerk?", "list",
  {"reason": "housing_shortage", "not_gemeente": ["Barendrecht", "Ridderkerk"]},
  lambda s, c: "housing_shortage" in s["reasons"] and s["gemeente"] not in ("Barendrecht", "Ridderkerk"), [],
  "Cases citing housing shortage except Barendrecht and Ridderkerk."),
 (43072, LA, "Welke gemeenten liggen naast Zeist?", "unknown", {"gemeente": "Zeist"}, None, [],
  "Neighbours: not in the register."),
 (43073, LA, "Geef me de top 5 gemeenten met de grootste achterstand.", "unknown", {}, None, [],
  "Ranking: not supported."),
 (43074, LA, "Welke gemeenten waar het nog op een raadsbesluit wacht, verwachten in 2027 klaar te zijn?", "list",
  {"reason": "council_decision", "expected_after": "2026-12-31", "expected_before": "2028-01-01"},
  lambda s, c: "council_decision" in s["reasons"] and exp_in(s, "2026-12-31", "2028-01-01"), [],
  "Cases citing a council decision with an expected date within 2027."),
 (43075, LA, "Hoe werkt deze bot eigenlijk?", "help", {}, None, [], "How the bot works: help."),

 # ---- Omar, new colleague: formal/spoken mix, nicknames, misspellings
 (43076, OM, "Hoi, ik ben nieuw in het team. Hoe staat den bosch ervoor?", "status", {"gemeente": "'s-Hertogenbosch"},
  lambda: status_fact("'s-Hertogenbosch"), [], "Status of 's-Hertogenbosch (nickname den bosch)."),
 (43077, OM, "Wat is eigenlijk de stand van zaken in A'dam?", "status", {"gemeente": "Amsterdam"},
  lambda: status_fact("Amsterdam"), [], "Status of Amsterdam: it has no case."),
 (43078, OM, "Hoeveel plekken heeft Sudwest Fryslan nu gerealiseerd en hoeveel zijn er gepland?", "fact",
  {"gemeente": "Súdwest-Fryslân", "fact": "places"},
  lambda: {"realised": S["Súdwest-Fryslân"]["realised_total"], "planned": S["Súdwest-Fryslân"]["planned_total"]}, [],
  "Places realised/planned in Súdwest-Fryslân (written without accents)."),
 (43079, OM, "en wat ontbreekt daar nog?", "fact", {"gemeente": "Súdwest-Fryslân", "fact": "missing"},
  lambda: S["Súdwest-Fryslân"]["case"]["missing"], [43078], "Follow-up: missing elements of Súdwest-Fryslân."),
 (43080, OM, "ff checken, welke zaken staan er allemaal op mijn naam?", "list", {"owner": "Omar"},
  lambda s, c: c["owner"] == "Omar", [], "Omar's own cases."),
 (43081, OM, "Welke van mijn gemeenten hebben onvolledig gereageerd?", "list", {"owner": "Omar", "state": ["incomplete"]},
  lambda s, c: c["owner"] == "Omar" and c["state"] == "answered_incomplete", [], "Omar's incomplete cases."),
 (43082, OM, "Welke gemeenten in Brabant hebben nog helemaal niks gestuurd terwijl de deadline al voorbij is?", "list",
  {"province": "Noord-Brabant", "state": ["no_reply"]},
  lambda s, c: s["province"] == "Noord-Brabant" and s["gemeente"] in NR, [], "Noord-Brabant cases with no reply after termijn."),
 (43083, OM, "Wie is eigenlijk de behandelaar van Hengelo?", "fact", {"gemeente": "Hengelo (O.)", "fact": "owner"},
  lambda: S["Hengelo (O.)"]["case"]["owner"], [], "Owner of Hengelo (O.)."),
 (43084, OM, "Zeg, wanneer had Nijmegen eigenlijk moeten reageren?", "fact", {"gemeente": "Nijmegen", "fact": "termijn"},
  lambda: S["Nijmegen"]["case"]["termijn"], [], "Termijn of Nijmegen."),
 (43085, OM, "Hoeveel gemeenten in Twente voldoen niet?", "unknown", {"compliance": "voldoet_niet"}, None, [],
  "Twente has no border in the register: unknown, keeps compliance."),
 (43086, OM, "Hoe zit het met Bergen?", "clarify", {}, None, [], "Bergen (L.) or Bergen (NH.): ask back."),
 (43087, OM, "Bergen in Limburg bedoel ik", "status", {"gemeente": "Bergen (L.)"}, lambda: status_fact("Bergen (L.)"), [43086],
  "Follow-up: status of Bergen (L.)."),
 (43088, OM, "Heeft Leiden al gereageerd op de brief?", "fact", {"gemeente": "Leiden", "fact": "reply"},
  lambda: reply_fact("Leiden"), [], "Reply of Leiden: none, termijn passed."),
 (43089, OM, "Welke gemeenten in Gelderland hebben wel gereageerd maar niet op tijd?", "list",
  {"province": "Gelderland", "state": ["late"]},
  lambda s, c: s["province"] == "Gelderland" and c["answered"] and c["reply_on_time"] is False, [], "Late replies in Gelderland."),
 (43090, OM, "Kun je me het telefoonnummer van de gemeente Tilburg geven?", "unknown", {"gemeente": "Tilburg"}, None, [],
  "Contact data: not available."),
 (43091, OM, "Welke Friese gemeenten hebben nog niet gereageerd en ook nog geen uitstel gevraagd?", "list",
  {"province": "Friesland", "state": ["no_reply"], "not_state": ["extended"]},
  lambda s, c: s["province"] == "Friesland" and s["gemeente"] in NR and not c["extension_requested"], [],
  "Friesland cases with no reply after termijn and no extension request."),
 (43092, OM, "Hoeveel zaken in Flevoland hebben nog geen eigenaar?", "count", {"province": "Flevoland", "no_owner": True},
  lambda s, c: s["province"] == "Flevoland" and c["owner"] is None, [], "Count of Flevoland cases without owner."),
 (43093, OM, "wat is de trede van Smalingerland eigenlijk", "fact", {"gemeente": "Smallingerland", "fact": "trede"},
  lambda: S["Smallingerland"]["case"]["trede"], [], "Trede of Smallingerland (misspelt)."),
 (43094, OM, "Hoe zit het met Utrecht?", "clarify", {}, None, [], "Utrecht province or municipality: ask back."),
 (43095, OM, "Welke gemeenten in Noord Holland of Zuid Holland hebben te laat gereageerd?", "list",
  {"province": ["Noord-Holland", "Zuid-Holland"], "state": ["late"]},
  lambda s, c: s["province"] in ("Noord-Holland", "Zuid-Holland") and c["answered"] and c["reply_on_time"] is False, [],
  "Late replies in Noord- or Zuid-Holland."),
 (43096, OM, "Waarom haalt Westerveld z'n taak niet?", "fact", {"gemeente": "Westerveld", "fact": "reasons"},
  lambda: S["Westerveld"]["reasons"], [], "Reasons of Westerveld."),
 (43097, OM, "Wat moet ik deze week doen?", "list", {"owner": "Omar", "termijn_from": "2028-10-09", "termijn_to": "2028-10-15"},
  lambda s, c: c["owner"] == "Omar" and c["termijn"] is not None and "2028-10-09" <= c["termijn"] <= "2028-10-15", [],
  "Omar's cases with a termijn this week (Mon 9 - Sun 15 Oct 2028): none."),
 (43098, OM, "Welke gemeenten in Limburg voldoen gedeeltelijk, behalve Heerlen en Venlo?", "list",
  {"province": "Limburg", "compliance": "voldoet_gedeeltelijk", "not_gemeente": ["Heerlen", "Venlo"]},
  lambda s, c: s["province"] == "Limburg" and c["compliance"] == "voldoet_gedeeltelijk" and s["gemeente"] not in ("Heerlen", "Venlo"), [],
  "Partly compliant Limburg cases except Heerlen and Venlo."),
 (43099, OM, "Wat heeft Ede op 4 mei 2026 gestuurd?", "fact", {"gemeente": "Ede", "fact": "wrote", "date": "2026-05-04"},
  lambda: wrote_fact("Ede", "2026-05-04"), [], "Message(s) Ede sent on 4 May 2026."),
 (43100, OM, "Super, bedankt voor je hulp!", "help", {}, None, [], "Thanks: help."),
]

def main():
    assert len(Q) == 100 and len({q[0] for q in Q}) == 100
    out = []
    for qid, who, q, intent, filters, fn, after, meaning in Q:
        assert all(a < qid for a in after)
        row = {"id": qid, "q": q, "intent": intent, "filters": filters, "expected_gemeenten": [], "count": None,
               "after": after, "as_staff": who, "on": ON, "meaning": meaning, "expected_fact": None}
        if intent in ("list", "count"):
            names = sorted(n for n, s in C.items() if fn(s, s["case"]))
            row["expected_gemeenten"] = names
            row["count"] = len(names)
        elif intent in ("fact", "status"):
            row["expected_fact"] = fn()
        out.append(row)
    path = os.path.join(HERE, "questions43_with_expected_sets.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} questions to {path}")

if __name__ == "__main__":
    main()
