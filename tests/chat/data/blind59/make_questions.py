#!/usr/bin/env python3
"""Question set 59 (asked on 2029-10-16) -> questions59_with_expected_sets.jsonl, expected sets from engine.py."""
import datetime as dt, json
from zoneinfo import ZoneInfo
from engine import Engine

ON = "2029-10-16"
E = Engine()
AMS = ZoneInfo("Europe/Amsterdam")
STAFF = {59501: "Rianne", 59502: "Mehmet", 59503: "Greetje", 59504: "Lucas"}
LIST_LIKE = {"list", "count"}

NH, ZH, NB = "Noord-Holland", "Zuid-Holland", "Noord-Brabant"
NOORD = ["Drenthe", "Friesland", "Groningen"]
ZUID = ["Limburg", "Noord-Brabant", "Zeeland"]


def local_day(ts):
    return dt.datetime.fromisoformat(ts).astimezone(AMS).date().isoformat()


def fact_value(g, fact, date=None):
    o = E.by_name[g]
    c = o["case"]
    if fact == "places":
        return {"realised": o["realised_total"], "planned": o["planned_total"]}
    if fact == "expected":
        return o["expected_date"]
    if fact == "owner":
        return c["owner"]
    if fact == "missing":
        return c["missing"]
    if fact == "termijn":
        return c["termijn"]
    if fact == "reasons":
        return o["reasons"]
    if fact == "trede":
        return c["trede"]
    if fact == "compliance":
        return c["compliance"]
    if fact == "reply":
        if not c["answered"]:
            return {"answered": False, "termijn": c["termijn"]}
        rd = local_day(c["reply_at"])
        days = (dt.date.fromisoformat(rd) - dt.date.fromisoformat(c["termijn"])).days
        return {"reply_date": rd, "termijn": c["termijn"], "on_time": c["reply_on_time"],
                "days_after_termijn": days}
    if fact == "wrote":
        return [{"id": m["id"], "kind": m["kind"], "subject": m["subject"]}
                for m in o["messages"] if local_day(m["received_at"]) == date]
    raise ValueError(fact)


def status_summary(g):
    o = E.by_name[g]
    c = o["case"]
    return {"trede": c["trede"], "state": c["state"], "owner": c["owner"], "compliance": c["compliance"],
            "termijn": c["termijn"], "answered": c["answered"], "overdue": c["overdue"], "missing": c["missing"],
            "extension_requested_until": c["extension_requested_until"] if c["extension_requested"] else None,
            "letter_undelivered": c["letter_undelivered"], "expected_date": o["expected_date"],
            "places": {"realised": o["realised_total"], "planned": o["planned_total"]}}


Q = []


def q(id_, staff, text, intent, filters, meaning, after=()):
    Q.append(dict(id=id_, staff=staff, q=text, intent=intent, filters=filters, meaning=meaning, after=list(after)))


# ---------------- persona 1: trainee, English/Dutch mix, half-remembered terms (Lucas) ----------------
L = 59504
q(59001, L, "hoi, ik ben nieuw hier - how does this bot actually work?", "help", {}, "greeting + how does the bot work")
q(59002, L, "which gemeenten are on step 3 of the ladder? trede of tree of hoe heet het", "list", {"trede": 3},
  "cases in trede 3")
q(59003, L, "and how many of those are in Overijssel?", "count", {"trede": 3, "province": "Overijssel"},
  "trede 3 cases in Overijssel, counted", [59002])
q(59004, L, "can you show me my cases pls", "list", {"owner": "Lucas"}, "the asker's (Lucas) cases")
q(59005, L, "which of mine haven't replied yet even though the deadline is verlopen?", "list",
  {"owner": "Lucas", "state": ["no_reply"]}, "Lucas's cases without reply after the termijn", [59004])
q(59006, L, "en welke daarvan zitten in Zuid-Holland?", "list",
  {"owner": "Lucas", "state": ["no_reply"], "province": ZH}, "narrow previous list to Zuid-Holland", [59004, 59005])
q(59007, L, "what's missing at Heerlen? de elementen or whatever they're called", "fact",
  {"gemeente": "Heerlen", "fact": "missing"}, "missing elements of Heerlen")
q(59008, L, "and their termijn, when was that?", "fact", {"gemeente": "Heerlen", "fact": "termijn"},
  "termijn of Heerlen (pronoun follow-up)", [59007])
q(59009, L, "did they reply on time?", "fact", {"gemeente": "Heerlen", "fact": "reply"},
  "reply date of Heerlen and on time/late", [59007, 59008])
q(59010, L, "how many gemeenten voldoen only partly, gedeeltelijk or so?", "count",
  {"compliance": "voldoet_gedeeltelijk"}, "count of voldoet_gedeeltelijk")
q(59011, L, "hoeveel cases have no behandelaar yet, unassigned?", "count", {"no_owner": True},
  "count of cases without owner")
q(59012, L, "which gemeenten in Noord-Holland are missing the tijdpad, the timeline thing?", "list",
  {"missing": ["timeline"], "province": NH}, "Noord-Holland cases missing the timeline element")
q(59013, L, "can you send a reminder mail to Uithoorn for me?", "unknown", {"gemeente": "Uithoorn"},
  "sending mail: the bot cannot; Uithoorn understood")
q(59014, L, "how do I assign a zaak to Greetje, toewijzen or something?", "help", {}, "how to assign a case")
q(59015, L, "which gemeenten mention bezwaar as a reason, objection procedure iets?", "list",
  {"reason": "objection_procedure"}, "cases with reason objection_procedure")
q(59016, L, "only the ones in Brabant pls", "list", {"reason": "objection_procedure", "province": NB},
  "narrow to Noord-Brabant", [59015])
q(59017, L, "who is the owner of Lelystad?", "fact", {"gemeente": "Lelystad", "fact": "owner"}, "owner of Lelystad")
q(59018, L, "give me the status of sudwest fryslan", "status", {"gemeente": "Súdwest-Fryslân"},
  "status of Súdwest-Fryslân (spelled without diacritics/hyphen)")
q(59019, L, "which gemeenten asked for uitstel, like an extension request?", "list", {"state": ["extended"]},
  "cases with an extension request")
q(59020, L, "which of those are in Zuid-Holland, except Lisse?", "list",
  {"state": ["extended"], "province": ZH, "not_gemeente": "Lisse"}, "extension requests in ZH without Lisse",
  [59019])
q(59021, L, "which gemeenten are te laat?", "clarify", {},
  "bare 'te laat': no reply after termijn, or replied late -> ask back")
q(59022, L, "can you export my cases to Excel?", "unknown", {"owner": "Lucas"},
  "export: the bot cannot; the list meant is Lucas's cases")
q(59023, L, "how many letters bounced, brief onbestelbaar or how do you say?", "count",
  {"letter_undelivered": True}, "count of cases whose letter came back undelivered")
q(59024, L, "how many plekken does Haarlem have, realised I mean?", "fact", {"gemeente": "Haarlem", "fact": "places"},
  "places realised (and planned) of Haarlem")
q(59025, L, "thanks, super helpful!", "help", {}, "thanks")

# ---------------- persona 2: team lead dictating by voice (Rianne) ----------------
R = 59501
q(59026, R, "hoeveel gemeenten in gelderland hebben nog niet gereageerd terwijl de termijn al verstreken is", "count",
  {"province": "Gelderland", "state": ["no_reply"]}, "count no_reply in Gelderland")
q(59027, R, "en in overijssel", "count", {"province": "Overijssel", "state": ["no_reply"]},
  "same count, province replaced by Overijssel", [59026])
q(59028, R, "welke zijn dat", "list", {"province": "Overijssel", "state": ["no_reply"]},
  "list of the previous count", [59026, 59027])
q(59029, R, "hoeveel gemeenten zitten in trede twee en voldoen niet", "count",
  {"trede": 2, "compliance": "voldoet_niet"}, "count trede 2 and voldoet_niet")
q(59030, R, "laat alle gemeenten zien in trede drie behalve die in drente", "list",
  {"trede": 3, "not_province": "Drenthe"}, "trede 3 without Drenthe ('drente' spelled by ear)")
q(59031, R, "wie verwacht voor de zomer van twee duizend zeven en twintig te voldoen", "list",
  {"expected_before": "2027-07-01"}, "expected date ends before summer 2027 (spoken year)")
q(59032, R, "en daarvan alleen die in zuid holland", "list",
  {"expected_before": "2027-07-01", "province": ZH}, "narrow to Zuid-Holland", [59031])
q(59033, R, "wat is de stand van zaken bij nijmegen", "status", {"gemeente": "Nijmegen"}, "status of Nijmegen")
q(59034, R, "wie is daar de behandelaar", "fact", {"gemeente": "Nijmegen", "fact": "owner"},
  "owner of Nijmegen (daar)", [59033])
q(59035, R, "hoeveel plekken heeft zei gerealiseerd", "fact", {"gemeente": "Nijmegen", "fact": "places"},
  "places of Nijmegen; 'zei' is voice for 'zij'", [59033, 59034])
q(59036, R, "welke gemeenten in het noorden hebben wel gereageerd maar missen het tijdpad", "list",
  {"province": NOORD, "state": ["answered"], "missing": ["timeline"]},
  "Noord-Nederland, answered, timeline missing")
q(59037, R, "hoeveel zaken heeft greetje", "count", {"owner": "Greetje"}, "count of Greetje's cases")
q(59038, R, "en hoeveel daarvan hebben nog steeds niet gereageerd", "count",
  {"owner": "Greetje", "state": ["no_reply"]}, "Greetje's cases without reply after termijn", [59037])
q(59039, R, "geef me even een overzicht van alles", "overview", {}, "the overview")
q(59040, R, "welke gemeenten in limburg hebben op tijd gereageerd", "list",
  {"province": "Limburg", "state": ["on_time"]}, "Limburg, replied on time")
q(59041, R, "hoe zit het met utrecht", "clarify", {}, "Utrecht: province or municipality -> ask back")
q(59042, R, "hoeveel zaken staan er op mijn naam", "count", {"owner": "Rianne"},
  "asker's own cases (Rianne, beheerder, owns none)")
q(59043, R, "wat is het telefoonnummer van de gemeente terneuzen", "unknown", {"gemeente": "Terneuzen"},
  "contact data: cannot; Terneuzen understood")
q(59044, R, "welke gemeenten missen zowel de stappen als het tijd pad", "list",
  {"missing": ["steps", "timeline"]}, "both steps and timeline missing ('tijd pad' split by voice)")
q(59045, R, "zet vaals maar op trede drie", "unknown", {"gemeente": "Vaals"},
  "changing trede by question: cannot (needs /trede); Vaals understood")
q(59046, R, "welke zaken in noord brabant hebben nog geen behandelaar", "list",
  {"province": NB, "no_owner": True}, "Noord-Brabant cases without owner")
q(59047, R, "hoeveel gemeenten verwachten in het eerste kwartaal van twee duizend zeven en twintig te voldoen", "count",
  {"expected_after": "2026-12-31", "expected_before": "2027-04-01"}, "expected date within Q1 2027")
q(59048, R, "wanneer verwacht zwolle klaar te zijn", "fact", {"gemeente": "Zwolle", "fact": "expected"},
  "expected date of Zwolle")
q(59049, R, "welke gemeenten noemen geld problemen als reden", "list", {"reason": "finance"},
  "reason finance ('geld problemen' split)")
q(59050, R, "wat schreef haarlem op dertig september twee duizend zes en twintig", "fact",
  {"gemeente": "Haarlem", "fact": "wrote", "date": "2026-09-30"}, "Haarlem's message(s) of 2026-09-30")

# ---------------- persona 3: jurist, precise about termijnen (Greetje) ----------------
G = 59503
q(59051, G, "Welke gemeenten hebben na het verstrijken van de termijn in het geheel nog niet gereageerd?", "list",
  {"state": ["no_reply"]}, "no reply, termijn passed")
q(59052, G, "Welke gemeenten hebben wél gereageerd, maar pas na het verstrijken van de termijn?", "list",
  {"state": ["late"]}, "replied after the termijn")
q(59053, G, "Hoeveel daarvan was ook onvolledig?", "count", {"state": ["incomplete", "late"]},
  "late and incomplete, counted", [59052])
q(59054, G, "Welke gemeenten hadden een termijn die uiterlijk op 30 april 2026 afliep?", "list",
  {"termijn_to": "2026-04-30"}, "termijn on or before 2026-04-30")
q(59055, G, "Welke termijnen liepen af in de periode vanaf 1 juni 2026 t/m 30 juni 2026?", "list",
  {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30"}, "termijn in June 2026, inclusive")
q(59056, G, "Hoeveel zaken hebben een termijn vanaf 1 oktober 2026?", "count", {"termijn_from": "2026-10-01"},
  "termijn on or after 2026-10-01")
q(59057, G, "Aan welke gemeenten is uitstel verleend of staat een uitstelverzoek nog open, met een termijn t/m 30 april 2026?",
  "list", {"state": ["extended"], "termijn_to": "2026-04-30"}, "extended (granted or pending) with termijn <= 2026-04-30")
q(59058, G, "Welke gemeenten in Gelderland hebben gereageerd, met uitzondering van de gemeenten die na de termijn reageerden?",
  "list", {"province": "Gelderland", "state": ["answered"], "not_state": ["late"]},
  "Gelderland, answered, late ones left out")
q(59059, G, "Op welke datum is de reactie van Etten-Leur binnengekomen, en viel die binnen de termijn?", "fact",
  {"gemeente": "Etten-Leur", "fact": "reply"}, "reply date and timeliness of Etten-Leur")
q(59060, G, "En die van Oosterhout?", "fact", {"gemeente": "Oosterhout", "fact": "reply"},
  "same fact for Oosterhout", [59059])
q(59061, G, "Heeft Eindhoven tijdig gereageerd?", "fact", {"gemeente": "Eindhoven", "fact": "reply"},
  "reply of Eindhoven on the last day of the termijn")
q(59062, G, "Welke gemeenten verwachten pas na 31 december 2027 aan hun taak te voldoen?", "list",
  {"expected_after": "2027-12-31"}, "expected date starts after 2027-12-31")
q(59063, G, "Welke gemeenten in Limburg hebben een verwachte datum die inmiddels al verstreken is?", "list",
  {"province": "Limburg", "expected_before": ON}, "Limburg, expected date already past on 2029-10-16")
q(59064, G, "Welke gemeenten in trede 2 hebben gereageerd zonder de feiten en omstandigheden te noemen?", "list",
  {"trede": 2, "state": ["answered"], "missing": ["facts"]}, "trede 2, answered, facts missing")
q(59065, G, "Bij welke gemeenten is de brief onbestelbaar retour gekomen, zodat er geen termijn loopt?", "list",
  {"letter_undelivered": True}, "letter undelivered")
q(59066, G, "Hoeveel gemeenten in trede 3 hebben na afloop van de termijn nog niet gereageerd?", "count",
  {"trede": 3, "state": ["no_reply"]}, "trede 3 no_reply count")
q(59067, G, "Welke termijnen verlopen binnen twee weken?", "list",
  {"termijn_from": "2029-10-16", "termijn_to": "2029-10-29"}, "termijn in the 14 days from 2029-10-16 (none)")
q(59068, G, "Voldoet de gemeente Sluis aan haar wettelijke taak?", "fact", {"gemeente": "Sluis", "fact": "compliance"},
  "compliance of Sluis")
q(59069, G, "Welke redenen heeft zij daarvoor aangevoerd?", "fact", {"gemeente": "Sluis", "fact": "reasons"},
  "reasons of Sluis (zij)", [59068])
q(59070, G, "Hoeveel gemeenten in Noord-Holland hebben na de termijn gereageerd?", "count",
  {"province": NH, "state": ["late"]}, "late replies in Noord-Holland")
q(59071, G, "Wat is de stand van zaken in het dossier Ermelo?", "status", {"gemeente": "Ermelo"},
  "status of Ermelo (extension requested until 2026-10-16)")
q(59072, G, "Welke gemeenten met een termijn tussen 1 en 31 oktober 2026 hebben nog niet gereageerd?", "list",
  {"termijn_from": "2026-10-01", "termijn_to": "2026-10-31", "state": ["no_reply"]},
  "termijn in October 2026 and no reply")
q(59073, G, "Kunt u de gemeenten die na de termijn nog niet hebben gereageerd een vooraankondiging sturen?", "unknown",
  {"state": ["no_reply"]}, "sending letters: cannot; the list meant is no_reply")
q(59074, G, "Welke gemeenten in trede 2 buiten Limburg, Noord-Brabant en Zeeland voldoen niet aan hun taak?", "list",
  {"trede": 2, "not_province": ZUID, "compliance": "voldoet_niet"}, "trede 2, voldoet_niet, not in Lb/NB/Zl")
q(59075, G, "Welke gemeenten hebben binnen de termijn gereageerd, maar met een onvolledige reactie?", "list",
  {"state": ["incomplete", "on_time"]}, "on time and incomplete")

# ---------------- persona 4: communications officer, "klopt het dat" (Mehmet) ----------------
M = 59502
q(59076, M, "Klopt het dat Almere inmiddels 608 opvangplekken heeft gerealiseerd?", "fact",
  {"gemeente": "Almere", "fact": "places"}, "places of Almere (608 realised: yes)")
q(59077, M, "En hoeveel hebben ze er nog in voorbereiding?", "fact", {"gemeente": "Almere", "fact": "places"},
  "planned places of Almere", [59076])
q(59078, M, "Wanneer verwachten zij volledig aan de taak te voldoen?", "fact", {"gemeente": "Almere", "fact": "expected"},
  "expected date of Almere", [59076, 59077])
q(59079, M, "Klopt het dat 23 gemeenten te laat hebben gereageerd?", "count", {"state": ["late"]},
  "count late replies (23: yes)")
q(59080, M, "Klopt het dat er in Friesland vier gemeenten zijn die na de termijn nog steeds niet hebben gereageerd?",
  "count", {"province": "Friesland", "state": ["no_reply"]}, "Friesland no_reply count (quoted 4, actually 3)")
q(59081, M, "Welke zijn dat?", "list", {"province": "Friesland", "state": ["no_reply"]}, "list of the same",
  [59080])
q(59082, M, "Hoe staat Delft ervoor?", "status", {"gemeente": "Delft"}, "status of Delft")
q(59083, M, "Welke redenen noemt de gemeente voor de achterstand?", "fact", {"gemeente": "Delft", "fact": "reasons"},
  "reasons of Delft", [59082])
q(59084, M, "En ontbreekt er nog iets in hun reactie?", "fact", {"gemeente": "Delft", "fact": "missing"},
  "missing elements of Delft (none)", [59082, 59083])
q(59085, M, "Klopt het dat Groningen in trede 2 zit?", "fact", {"gemeente": "Groningen", "fact": "trede"},
  "trede of the municipality Groningen (a fact decides Groningen = gemeente); it is 1")
q(59086, M, "Klopt het dat er in de provincie Utrecht vijf gemeenten in trede 1 zitten?", "count",
  {"province": "Utrecht", "trede": 1}, "trede 1 in the province Utrecht (quoted 5, actually 4)")
q(59087, M, "Klopt het dat alleen Bergen op Zoom aan de taak voldoet?", "list", {"compliance": "voldoet"},
  "which cases voldoet (only Bergen op Zoom: yes)")
q(59088, M, "Wat is de stand in Bergen?", "clarify", {}, "Bergen (NH.) or Bergen (L.) -> ask back")
q(59089, M, "Ik bedoel Bergen in Limburg", "status", {"gemeente": "Bergen (L.)"}, "status of Bergen (L.)", [59088])
q(59090, M, "Hoeveel gemeenten in Zuid-Holland voldoen gedeeltelijk, Delft niet meegerekend?", "count",
  {"province": ZH, "compliance": "voldoet_gedeeltelijk", "not_gemeente": "Delft"},
  "ZH voldoet_gedeeltelijk without Delft")
q(59091, M, "Wat zijn de buurgemeenten van Amersfoort en hoe staan die ervoor?", "unknown", {"gemeente": "Amersfoort"},
  "neighbours: cannot; Amersfoort understood")
q(59092, M, "Welke gemeente heeft de meeste plekken gerealiseerd?", "unknown", {}, "ranking: cannot")
q(59093, M, "Klopt het dat Ede op 4 mei 2026 een melding heeft gestuurd?", "fact",
  {"gemeente": "Ede", "fact": "wrote", "date": "2026-05-04"}, "what Ede wrote on 2026-05-04 (a meldplicht)")
q(59094, M, "Hoeveel Twentse gemeenten hebben nog niet gereageerd?", "unknown", {"state": ["no_reply"]},
  "Twente has no border in the register: unknown, no_reply kept")
q(59095, M, "Welke gemeenten in de Randstad voldoen niet?", "clarify", {"compliance": "voldoet_niet"},
  "Randstad has no fixed border -> ask back")
q(59096, M, "Wie is eigenaar van het dossier Zaanstad?", "fact", {"gemeente": "Zaanstad", "fact": "owner"},
  "owner of Zaanstad (none)")
q(59097, M, "Welke zaken heeft Lucas in Noord-Holland?", "list", {"owner": "Lucas", "province": NH},
  "Lucas's cases in Noord-Holland")
q(59098, M, "Klopt het dat Tilburg 904 plekken heeft?", "fact", {"gemeente": "Tilburg", "fact": "places"},
  "places of Tilburg (904 realised: yes)")
q(59099, M, "Hoeveel gemeenten buiten Gelderland noemen het verlies van plekken als reden?", "count",
  {"reason": "places_lost", "not_province": "Gelderland"}, "reason places_lost, not Gelderland")
q(59100, M, "Kun je die lijst als csv naar me mailen?", "unknown",
  {"reason": "places_lost", "not_province": "Gelderland"}, "export/mail: cannot; the list of the previous question",
  [59099])

ids = [x["id"] for x in Q]
assert ids == list(range(59001, 59101)), "ids"
out = []
for x in Q:
    for a in x["after"]:
        assert a in ids and a < x["id"]
    f = x["filters"]
    intent = x["intent"]
    if intent in LIST_LIKE:
        gem = E.select(f)
        cnt = len(gem)
        fact = None
    else:
        gem, cnt = [], None
        if intent == "fact":
            fact = fact_value(f["gemeente"], f["fact"], f.get("date"))
        elif intent == "status":
            fact = status_summary(f["gemeente"])
        else:
            fact = None
    out.append({"id": x["id"], "q": x["q"], "intent": intent, "filters": f, "expected_gemeenten": gem,
                "count": cnt, "after": x["after"], "as_staff": x["staff"], "on": ON, "meaning": x["meaning"],
                "expected_fact": fact})
with open("questions59_with_expected_sets.jsonl", "w", encoding="utf-8") as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
from collections import Counter
print(len(out), Counter(r["intent"] for r in out))
