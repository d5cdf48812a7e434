"""Write questions.jsonl: the questions, their labels, and expected answers computed by expected.py."""
import json
from datetime import datetime, date
from zoneinfo import ZoneInfo
from expected import expected, STATUS

ON = "2027-03-10"
AMS = ZoneInfo("Europe/Amsterdam")
STAFF = {"Marloes": 25501, "Jeroen": 25502, "Fatima": 25503, "Hendrik": 25504}


def local(ts):
    return datetime.fromisoformat(ts).astimezone(AMS)


def fact(g, kind, day=None):
    v = STATUS[g]
    c = v["case"]
    if kind == "places":
        return {"realised": v["realised_total"], "planned": v["planned_total"]}
    if kind == "expected":
        return v["expected_date"]
    if kind == "owner":
        return c["owner"]
    if kind == "missing":
        return c["missing"]
    if kind == "termijn":
        return c["termijn"]
    if kind == "reasons":
        return v["reasons"]
    if kind == "trede":
        return c["trede"]
    if kind == "compliance":
        return c["compliance"]
    if kind == "reply":
        if not c["answered"]:
            return {"reply_at": None, "on_time": None}
        d = local(c["reply_at"]).date()
        t = date.fromisoformat(c["termijn"])
        return {"reply_at": d.isoformat(), "on_time": c["reply_on_time"], "termijn": c["termijn"],
                "days_late": max(0, (d - t).days)}
    if kind == "wrote":
        return [{"id": m["id"], "kind": m["kind"], "subject": m["subject"]}
                for m in v["messages"] if local(m["received_at"]).date().isoformat() == day]
    if kind == "status":
        return {k: c[k] for k in ("trede", "owner", "state", "compliance", "termijn", "answered",
                                  "reply_on_time", "overdue", "missing", "extension_requested",
                                  "letter_undelivered")} | {"expected_date": v["expected_date"],
                                                            "realised_total": v["realised_total"],
                                                            "planned_total": v["planned_total"]}
    raise ValueError(kind)


Q = []


def q(id, text, intent, filters=None, as_staff="Marloes", after=(), meaning="", fact_day=None):
    Q.append(dict(id=id, q=text, intent=intent, filters=filters or {}, after=list(after),
                  as_staff=STAFF[as_staff], on=ON, meaning=meaning, fact_day=fact_day))


M, J, F, H = "Marloes", "Jeroen", "Fatima", "Hendrik"
NOORD = ["Drenthe", "Friesland", "Groningen"]
OOST = ["Gelderland", "Overijssel"]
ZUID = ["Limburg", "Noord-Brabant", "Zeeland"]

# ---- Marloes: team manager, formal, national and provincial counts and lists ----
q(25001, "Hoeveel gemeenten hebben na het verstrijken van de termijn nog altijd niet gereageerd?", "count",
  {"state": ["no_reply"]}, M, meaning="count of no reply after termijn, nationally")
q(25002, "Welke gemeenten in Zuid-Holland voldoen niet aan hun wettelijke taak?", "list",
  {"province": "Zuid-Holland", "compliance": "voldoet_niet"}, M, meaning="ZH, voldoet niet")
q(25003, "Kunt u mij een overzicht geven van de gemeenten die zich in trede 3 bevinden?", "list",
  {"trede": 3}, M, meaning="all trede 3 cases")
q(25004, "Hoeveel gemeenten in Noord-Nederland voldoen gedeeltelijk aan de taak?", "count",
  {"province": NOORD, "compliance": "voldoet_gedeeltelijk"}, M, meaning="region Noord, partly compliant")
q(25005, "Welke gemeenten hebben zowel te laat als onvolledig gereageerd?", "list",
  {"state": ["incomplete", "late"]}, M, meaning="late reply and incomplete state")
q(25006, "Hoeveel gemeenten hebben tijdig én volledig gereageerd?", "count",
  {"state": ["complete", "on_time"]}, M, meaning="on time and complete")
q(25007, "Welke Limburgse gemeenten in trede 2 hebben na afloop van de termijn nog geen reactie gestuurd?", "list",
  {"province": "Limburg", "trede": 2, "state": ["no_reply"]}, M, meaning="Limburg, trede 2, no reply")
q(25008, "Hoeveel gemeenten voeren het ontbreken van een geschikte locatie aan als reden?", "count",
  {"reason": "no_location"}, M, meaning="reason no_location")
q(25009, "En hoeveel daarvan liggen in Gelderland?", "count",
  {"reason": "no_location", "province": "Gelderland"}, M, after=[25008], meaning="follow-up: no_location in Gelderland")
q(25010, "Welke gemeenten hebben verzocht om uitstel van de reactietermijn?", "list",
  {"state": ["extended"]}, M, meaning="extension requested")
q(25011, "Bij welke gemeenten is onze brief onbestelbaar retour gekomen?", "list",
  {"letter_undelivered": True}, M, meaning="latest letter undelivered")
q(25012, "Hoeveel gemeenten voldoen niet aan de taak, Noord-Brabant en Limburg buiten beschouwing gelaten?", "count",
  {"compliance": "voldoet_niet", "not_province": ["Limburg", "Noord-Brabant"]}, M,
  meaning="voldoet niet, excluding NB and Lb")
q(25013, "Welke gemeenten in Oost-Nederland verwachten vóór 1 juli 2027 aan hun taak te voldoen?", "list",
  {"province": OOST, "expected_before": "2027-07-01"}, M, meaning="region Oost, expected date ends before 2027-07-01")
q(25014, "Hoeveel zaken zijn nog niet aan een behandelaar toegewezen?", "count",
  {"no_owner": True}, M, meaning="cases without owner")
q(25015, "Welke Zeeuwse gemeenten zonder behandelaar voldoen niet?", "list",
  {"province": "Zeeland", "no_owner": True, "compliance": "voldoet_niet"}, M, meaning="Zeeland, no owner, voldoet niet")
q(25016, "Bij hoeveel gemeenten in trede 2 ontbreekt het tijdpad?", "count",
  {"trede": 2, "missing": ["timeline"]}, M, meaning="trede 2, timeline missing")
q(25017, "Mag ik een totaaloverzicht van de stand van zaken ten behoeve van de DG?", "overview",
  {}, M, meaning="overview of the register")
q(25018, "Hoeveel gemeenten hebben gereageerd, uitgezonderd de gemeenten die te laat waren?", "count",
  {"state": ["answered"], "not_state": ["late"]}, M, meaning="answered, leaving out late replies")
q(25019, "Welke gemeenten noemen een bezwaarprocedure als reden en verwachten pas na de zomer van 2027 te voldoen?", "list",
  {"reason": "objection_procedure", "expected_after": "2027-08-31"}, M,
  meaning="reason objection_procedure and expected date starts after summer 2027")
q(25020, "Hoeveel Gelderse gemeenten hebben nog niet gereageerd, Arnhem niet meegerekend?", "count",
  {"province": "Gelderland", "state": ["no_reply"], "not_gemeente": "Arnhem"}, M,
  meaning="Gelderland no reply minus Arnhem")
q(25021, "Kunt u de lijst van gemeenten die niet voldoen naar Excel exporteren?", "unknown",
  {"compliance": "voldoet_niet"}, M, meaning="export is not possible by question")
q(25022, "Welke provincie telt de meeste gemeenten zonder reactie?", "unknown",
  {"state": ["no_reply"]}, M, meaning="ranking of provinces is not possible")
q(25023, "Welke gemeenten in de provincie Utrecht voldoen gedeeltelijk?", "list",
  {"province": "Utrecht", "compliance": "voldoet_gedeeltelijk"}, M, meaning="province Utrecht (explicit), partly compliant")
q(25024, "Hoeveel gemeenten missen zowel de stappen als het tijdpad?", "count",
  {"missing": ["steps", "timeline"]}, M, meaning="steps and timeline both missing")
q(25025, "Welke zaken staan op mijn naam?", "list",
  {"owner": "Marloes"}, M, meaning="my cases (Marloes)")

# ---- Jeroen: case officer on his phone, shorthand, chains ----
q(25026, "hoevl plekken heeft velsen nu", "fact", {"gemeente": "Velsen", "fact": "places"}, J,
  meaning="places of Velsen")
q(25027, "en wat ontbreekt daar nog", "fact", {"gemeente": "Velsen", "fact": "missing"}, J, after=[25026],
  meaning="follow-up: what Velsen's reply misses")
q(25028, "wnr kwam hun reactie binnen, was dat op tijd?", "fact", {"gemeente": "Velsen", "fact": "reply"}, J,
  after=[25026, 25027], meaning="follow-up: reply date and on time/late")
q(25029, "status lelystad", "status", {"gemeente": "Lelystad"}, J, meaning="status of Lelystad")
q(25030, "wie is eigenaar lelystad", "fact", {"gemeente": "Lelystad", "fact": "owner"}, J, after=[25029],
  meaning="owner of Lelystad")
q(25031, "en termijn?", "fact", {"gemeente": "Lelystad", "fact": "termijn"}, J, after=[25029, 25030],
  meaning="follow-up: termijn of Lelystad")
q(25032, "wnneer verwacht hilversum klaar te zijn", "fact", {"gemeente": "Hilversum", "fact": "expected"}, J,
  meaning="expected date Hilversum")
q(25033, "wat schreef hilversum op 23 apr 2026", "fact",
  {"gemeente": "Hilversum", "fact": "wrote", "date": "2026-04-23"}, J, after=[25032],
  meaning="message(s) from Hilversum received 2026-04-23", fact_day="2026-04-23")
q(25034, "en op 22 mei 2026?", "fact", {"gemeente": "Hilversum", "fact": "wrote", "date": "2026-05-22"}, J,
  after=[25032, 25033], meaning="follow-up: Hilversum on 2026-05-22", fact_day="2026-05-22")
q(25035, "redenen hilversum?", "fact", {"gemeente": "Hilversum", "fact": "reasons"}, J,
  after=[25032, 25033, 25034], meaning="reasons Hilversum gives")
q(25036, "edam volendam wat mist er", "fact", {"gemeente": "Edam-Volendam", "fact": "missing"}, J,
  meaning="missing elements Edam-Volendam")
q(25037, "welke trede zit edam-volendam", "fact", {"gemeente": "Edam-Volendam", "fact": "trede"}, J,
  after=[25036], meaning="trede of Edam-Volendam")
q(25038, "en voldoen ze?", "fact", {"gemeente": "Edam-Volendam", "fact": "compliance"}, J,
  after=[25036, 25037], meaning="follow-up: compliance Edam-Volendam")
q(25039, "hoe staat heemskrek ervoor", "status", {"gemeente": "Heemskerk"}, J,
  meaning="status Heemskerk (typo, answer says it guessed)")
q(25040, "verwachte datum?", "fact", {"gemeente": "Heemskerk", "fact": "expected"}, J, after=[25039],
  meaning="follow-up: expected date Heemskerk")
q(25041, "mijn zaken zonder reactie", "list", {"owner": "Jeroen", "state": ["no_reply"]}, J,
  meaning="my cases (Jeroen) with no reply after termijn")
q(25042, "mn zaken tr 2", "list", {"owner": "Jeroen", "trede": 2}, J, meaning="my cases in trede 2")
q(25043, "en die in NH?", "list", {"owner": "Jeroen", "trede": 2, "province": "Noord-Holland"}, J, after=[25042],
  meaning="follow-up: narrowed to Noord-Holland")
q(25044, "wie is behandelaar vd almere zaak", "fact", {"gemeente": "Almere", "fact": "owner"}, J,
  meaning="owner of Almere: none")
q(25045, "plekken roosendaal", "fact", {"gemeente": "Roosendaal", "fact": "places"}, J, meaning="places Roosendaal")
q(25046, "en Breda?", "fact", {"gemeente": "Breda", "fact": "places"}, J, after=[25045],
  meaning="follow-up: places Breda")
q(25047, "welke in Fl hebben nog nt gereageerd", "list", {"province": "Flevoland", "state": ["no_reply"]}, J,
  meaning="Flevoland, no reply")
q(25048, "kun je dronten ff een herinnering sturen", "unknown", {"gemeente": "Dronten"}, J,
  meaning="sending mail is not possible")
q(25049, "tel nr van purmerend?", "unknown", {"gemeente": "Purmerend"}, J, meaning="contact data not available")
q(25050, "termijn krimpenerwaard", "fact", {"gemeente": "Krimpenerwaard", "fact": "termijn"}, J,
  meaning="termijn Krimpenerwaard")

# ---- Fatima: policy analyst ----
q(25051, "Hoeveel gemeenten missen een tijdpad in hun reactie of melding?", "count", {"missing": ["timeline"]}, F,
  meaning="timeline missing")
q(25052, "Welke gemeenten missen alle drie de elementen?", "list", {"missing": ["facts", "steps", "timeline"]}, F,
  meaning="all three elements missing")
q(25053, "Welke gemeenten noemen lokale weerstand als reden?", "list", {"reason": "local_opposition"}, F,
  meaning="reason local_opposition")
q(25054, "en welke daarvan voldoen niet?", "list", {"reason": "local_opposition", "compliance": "voldoet_niet"}, F,
  after=[25053], meaning="follow-up: and voldoet niet")
q(25055, "Wie verwacht in Q2 2027 te voldoen?", "list",
  {"expected_after": "2027-03-31", "expected_before": "2027-07-01"}, F, meaning="expected date within Q2 2027")
q(25056, "en in Q3?", "list", {"expected_after": "2027-06-30", "expected_before": "2027-10-01"}, F, after=[25055],
  meaning="follow-up: window replaced by Q3 2027")
q(25057, "Hoeveel gemeenten hebben een verwachte datum die al verstreken is?", "count",
  {"expected_before": ON}, F, meaning="expected date ended before today")
q(25058, "Hoeveel termijnen liepen af in juni 2026?", "count",
  {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30"}, F, meaning="termijn in June 2026")
q(25059, "Welke gemeenten met een termijn tussen 1 oktober en 30 november 2026 hebben nog steeds niet gereageerd?",
  "list", {"termijn_from": "2026-10-01", "termijn_to": "2026-11-30", "state": ["no_reply"]}, F,
  meaning="termijn window Oct-Nov 2026, no reply")
q(25060, "Hoeveel gemeenten hebben op tijd gereageerd, maar onvolledig?", "count",
  {"state": ["incomplete", "on_time"]}, F, meaning="on time but incomplete")
q(25061, "En hoeveel te laat maar wel volledig?", "count", {"state": ["complete", "late"]}, F, after=[25060],
  meaning="follow-up: late but complete (replaces the states)")
q(25062, "Welke van mijn zaken missen de stappen?", "list", {"owner": "Fatima", "missing": ["steps"]}, F,
  meaning="my cases (Fatima) missing steps")
q(25063, "mijn zaken die te laat gereageerd hebben", "list", {"owner": "Fatima", "state": ["late"]}, F,
  meaning="my cases with a late reply")
q(25064, "Welke gemeenten in trede 2 noemen geldproblemen?", "list", {"reason": "finance", "trede": 2}, F,
  meaning="reason finance, trede 2")
q(25065, "Hoeveel gemeenten verwachten pas na 2027 te voldoen?", "count", {"expected_after": "2027-12-31"}, F,
  meaning="expected date starts after 2027")
q(25066, "Welke Noord-Hollandse gemeenten hebben wel gereageerd maar missen de feiten?", "list",
  {"province": "Noord-Holland", "state": ["answered"], "missing": ["facts"]}, F, meaning="NH, answered, facts missing")
q(25067, "Welke gemeenten in Zuid-Nederland hebben uitstel gevraagd?", "list",
  {"state": ["extended"], "province": ZUID}, F, meaning="region Zuid, extension requested")
q(25068, "zaken van Hendrik zonder tijdpad", "list", {"owner": "Hendrik", "missing": ["timeline"]}, F,
  meaning="Hendrik's cases missing timeline")
q(25069, "Waar spelen vergunningsperikelen?", "list", {"reason": "permit_procedure"}, F,
  meaning="reason permit_procedure")
q(25070, "Welke gemeenten verwachten vóór de zomer van 2027 te voldoen, maar missen de stappen?", "list",
  {"expected_before": "2027-07-01", "missing": ["steps"]}, F, meaning="expected before summer 2027 and steps missing")
q(25071, "Hoeveel onvolledige reacties zijn er uit de provincie Utrecht gekomen?", "count",
  {"state": ["incomplete"], "province": "Utrecht"}, F, meaning="incomplete state, province Utrecht")
q(25072, "Welke gemeenten die afhankelijk zijn van het COA hebben een volledige reactie gestuurd?", "list",
  {"reason": "coa_dependency", "state": ["complete"]}, F, meaning="reason coa_dependency, complete")
q(25073, "Wat moet ik deze week?", "list",
  {"owner": "Fatima", "termijn_from": "2027-03-08", "termijn_to": "2027-03-14"}, F,
  meaning="termijnen of my cases this week (none)")
q(25074, "Welke gemeenten met een termijn in april 2026 hebben te laat gereageerd, behalve Breda?", "list",
  {"termijn_from": "2026-04-01", "termijn_to": "2026-04-30", "state": ["late"], "not_gemeente": "Breda"}, F,
  meaning="termijn April 2026, late reply, without Breda")
q(25075, "vergelijk Limburg met Zeeland qua onvolledige reacties", "unknown",
  {"state": ["incomplete"], "province": ["Limburg", "Zeeland"]}, F, meaning="comparison is not possible")

# ---- Hendrik: new, hesitant, spoken ----
q(25076, "Hallo, ik ben nieuw in het team, hoe werkt deze bot eigenlijk?", "help", {}, H, meaning="help")
q(25077, "Euhm, ik vroeg me af... hoe wijs ik eigenlijk een zaak aan mezelf toe?", "help", {}, H,
  meaning="how to assign: help")
q(25078, "Hoe zit het met Bergen?", "clarify", {}, H, meaning="Bergen (L.) or Bergen (NH.): asked back")
q(25079, "Ik bedoelde Bergen in Limburg, wie is daar de behandelaar van?", "fact",
  {"gemeente": "Bergen (L.)", "fact": "owner"}, H, after=[25078], meaning="owner of Bergen (L.)")
q(25080, "Hoe staat Hengelo er eigenlijk voor?", "status", {"gemeente": "Hengelo (O.)"}, H,
  meaning="status Hengelo (O.), the only municipality named Hengelo")
q(25081, "En Middelburg, hebben die al gereageerd en was dat op tijd?", "fact",
  {"gemeente": "Middelburg (Z.)", "fact": "reply"}, H, after=[25080], meaning="reply of Middelburg (Z.)")
q(25082, "hoe zit het met utrecht", "clarify", {}, H, meaning="municipality or province Utrecht: asked back")
q(25083, "oh sorry, ik bedoel welke gemeenten in Utrecht hebben nog niet gereageerd", "list",
  {"province": "Utrecht", "state": ["no_reply"]}, H, after=[25082], meaning="plural: province Utrecht, no reply")
q(25084, "Wanneer denkt de gemeente Utrecht klaar te zijn?", "fact", {"gemeente": "Utrecht", "fact": "expected"}, H,
  meaning="expected date municipality Utrecht")
q(25085, "Ik heb gehoord dat er zaken op mijn naam staan, zou je die voor mij kunnen laten zien alstublieft?", "list",
  {"owner": "Hendrik"}, H, meaning="my cases (Hendrik)")
q(25086, "en welke daarvan zijn te laat", "clarify", {"owner": "Hendrik"}, H, after=[25085],
  meaning="bare 'te laat': no reply or late reply, asked back")
q(25087, "ik bedoel dus welke van mijn zaken te laat hebben gereageerd", "list",
  {"owner": "Hendrik", "state": ["late"]}, H, after=[25085, 25086], meaning="my cases with a late reply")
q(25088, "Kan de bot misschien ook een brief naar de gemeente Woerden sturen om een aanvulling te vragen?", "unknown",
  {"gemeente": "Woerden"}, H, meaning="sending letters is not possible by question")
q(25089, "Zou je de trede van Breda voor mij naar 3 kunnen zetten?", "unknown", {"gemeente": "Breda"}, H,
  meaning="changing trede by question is not possible")
q(25090, "Welke gemeenten in Twente hebben nog niet gereageerd?", "unknown", {"state": ["no_reply"]}, H,
  meaning="Twente has no border in the register")
q(25091, "Hoeveel gemeenten in de Randstad voldoen er eigenlijk niet?", "clarify", {"compliance": "voldoet_niet"}, H,
  meaning="Randstad has no fixed border: asked back")
q(25092, "En de buurgemeenten van Enschede, hoe staan die ervoor?", "unknown", {"gemeente": "Enschede"}, H,
  meaning="neighbours are not possible")
q(25093, "Even een vraagje hoor, welke gemeenten in Gelderland hebben last van, eh, lokale weerstand zeg maar?", "list",
  {"province": "Gelderland", "reason": "local_opposition"}, H, meaning="Gelderland, reason local_opposition")
q(25094, "Dus als ik het goed begrijp... hoeveel gemeenten zitten er nou eigenlijk in trede 1?", "count",
  {"trede": 1}, H, meaning="count trede 1")
q(25095, "te laat", "clarify", {}, H, meaning="bare 'te laat': asked back")
q(25096, "Wat is de termijn van Zwartewaterland? Dat is volgens mij een zaak van mij.", "fact",
  {"gemeente": "Zwartewaterland", "fact": "termijn"}, H, meaning="termijn Zwartewaterland: none (trede 1, meldplicht)")
q(25097, "Welke gemeenten hebben wel gereageerd maar noemen noch de stappen noch het tijdpad?", "list",
  {"state": ["answered"], "missing": ["steps", "timeline"]}, H, meaning="answered, steps and timeline missing")
q(25098, "Hoeveel gemeenten voldoen er niet in Overijssel? Sorry als het een domme vraag is.", "count",
  {"compliance": "voldoet_niet", "province": "Overijssel"}, H, meaning="Overijssel voldoet niet")
q(25099, "Kun je me de top 5 gemeenten met de grootste achterstand geven?", "unknown", {}, H,
  meaning="ranking is not possible")
q(25100, "Heel erg bedankt voor je hulp!", "help", {}, H, meaning="thanks")

LISTY = {"list", "count"}
with open("questions.jsonl", "w", encoding="utf-8") as f:
    for x in Q:
        fl = x["filters"]
        if x["intent"] in LISTY:
            eg = expected(fl)
            cnt = len(eg)
        else:
            eg, cnt = [], None
        ef = None
        if x["intent"] == "fact":
            ef = fact(fl["gemeente"], fl["fact"], x["fact_day"])
            if ef is None:  # a null fact: the answer must say there is none
                ef = {"value": None, "text": {"owner": "geen behandelaar", "termijn": "geen termijn",
                                              "expected": "geen verwachte datum"}[fl["fact"]]}
        elif x["intent"] == "status":
            ef = fact(fl["gemeente"], "status")
        elif x["id"] in (25078,):
            ef = {"choices": ["Bergen (L.)", "Bergen (NH.)"]}
        elif x["id"] in (25082,):
            ef = {"choices": ["Utrecht (gemeente)", "Utrecht (provincie)"]}
        elif x["id"] in (25086, 25095):
            ef = {"choices": ["no_reply", "late"]}
        row = dict(id=x["id"], q=x["q"], intent=x["intent"], filters=fl, expected_gemeenten=eg, count=cnt,
                   after=x["after"], as_staff=x["as_staff"], on=x["on"], meaning=x["meaning"], expected_fact=ef)
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
ids = [x["id"] for x in Q]
assert ids == list(range(25001, 25101)), ids
print(len(Q), "questions")
