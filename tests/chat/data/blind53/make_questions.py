#!/usr/bin/env python3
"""make_questions.py: writes questions53_with_expected_sets.jsonl from status.json / due.json (set 53, asked 2029-06-05)."""
import json
from qlib import ON, STAFF, select, fact, overview

ELLEN, MARK, FATIMA, TOM = 53501, 53502, 53503, 53504
NB3 = ["Limburg", "Noord-Brabant", "Zeeland"]
NOORD = ["Drenthe", "Friesland", "Groningen"]
OOST = ["Gelderland", "Overijssel"]

# (id, asker, question, intent, filters, after, meaning, fact-kind or None, fact extra)
Q = []


def q(i, who, text, intent, filters, meaning, after=(), fk=None, fx=None):
    Q.append(dict(id=i, who=who, q=text, intent=intent, filters=filters, after=list(after), meaning=meaning,
                  fk=fk, fx=fx))


# ---------------- Ellen (beheerder): report for the minister; full sentences, negations, state comparisons
q(53001, ELLEN, "Hoeveel gemeenten hebben wél gereageerd, maar niet op tijd?", "count",
  {"state": ["late"]}, "answered after the termijn")
q(53002, ELLEN, "Welke gemeenten hebben geen uitstel gevraagd en toch niet gereageerd?", "list",
  {"state": ["no_reply"], "not_state": ["extended"]}, "no reply, termijn passed, no extension asked")
q(53003, ELLEN, "Hoeveel reacties waren volledig?", "count",
  {"state": ["complete"]}, "cases whose state is answered_complete")
q(53004, ELLEN, "En hoeveel daarvan zijn ook binnen de termijn binnengekomen?", "count",
  {"state": ["complete", "on_time"]}, "follow-up narrowing with 'daarvan ... ook': complete and on time",
  after=[53003])
q(53005, ELLEN, "Hoeveel gemeenten verwachten vóór het einde van het jaar aan hun taak te voldoen?", "count",
  {"expected_before": "2030-01-01"}, "expected date ends before the end of 2029 (the year of the day asked)")
q(53006, ELLEN, "Welke gemeenten in Noord-Nederland verwachten in de tweede helft van 2027 aan hun taak te voldoen?",
  "list", {"province": NOORD, "expected_after": "2027-06-30", "expected_before": "2028-01-01"},
  "Drenthe/Friesland/Groningen, expected date inside H2 2027")
q(53007, ELLEN, "Hoeveel gemeenten verwachten binnen een jaar hun taak volledig te realiseren?", "count",
  {"expected_after": "2029-06-04", "expected_before": "2030-06-05"},
  "expected date within the year from the day asked (2029-06-05 .. 2030-06-04): none, all dates have passed")
q(53008, ELLEN, "Welke gemeenten hebben niet op tijd gereageerd en bovendien een onvolledige reactie gestuurd?", "list",
  {"state": ["incomplete", "late"]}, "late and incomplete")
q(53009, ELLEN, "Hoeveel gemeenten in trede 2 voldoen niet aan hun wettelijke taak, Limburg niet meegerekend?", "count",
  {"trede": 2, "compliance": "voldoet_niet", "not_province": "Limburg"}, "trede 2, voldoet_niet, outside Limburg")
q(53010, ELLEN, "Kunt u mij vertellen welke gemeenten in Zuid-Holland hebben gereageerd, uitgezonderd de gemeenten die te laat waren?",
  "list", {"province": "Zuid-Holland", "state": ["answered"], "not_state": ["late"]},
  "Zuid-Holland, answered, not late")
q(53011, ELLEN, "Hoeveel gemeenten hebben om uitstel gevraagd?", "count",
  {"state": ["extended"]}, "extension requested")
q(53012, ELLEN, "En welke daarvan liggen in Zeeland?", "list",
  {"state": ["extended"], "province": "Zeeland"}, "follow-up: extension requested, in Zeeland", after=[53011])
q(53013, ELLEN, "Kunt u mij een algemeen overzicht geven van de stand van zaken?", "overview",
  {}, "the overview of the register", fk="overview")
q(53014, ELLEN, "Hoeveel gemeenten verwachten pas na de zomer van 2027 aan hun taak te voldoen?", "count",
  {"expected_after": "2027-08-31"}, "expected date starts after the summer (July-August) of 2027")
q(53015, ELLEN, "Welke gemeenten hebben een volledige reactie gestuurd, maar voldoen nog steeds niet aan hun taak?", "list",
  {"state": ["complete"], "compliance": "voldoet_niet"}, "complete answer, voldoet_niet")
q(53016, ELLEN, "Hoeveel gemeenten hebben wel op tijd gereageerd, maar geen tijdpad in hun reactie opgenomen?", "count",
  {"state": ["on_time"], "missing": ["timeline"]}, "on time, timeline missing")
q(53017, ELLEN, "Bij hoeveel gemeenten is onze brief onbestelbaar retour gekomen?", "count",
  {"letter_undelivered": True}, "latest letter came back undelivered")
q(53018, ELLEN, "Welke gemeenten in Gelderland en Overijssel hebben nog geen behandelaar toegewezen gekregen?", "list",
  {"province": OOST, "no_owner": True}, "Gelderland or Overijssel, no owner")
q(53019, ELLEN, "Welke gemeenten in Zuid-Nederland verwachten vóór het einde van 2026 aan hun taak te voldoen?", "list",
  {"province": NB3, "expected_before": "2027-01-01"}, "Limburg/Noord-Brabant/Zeeland, expected date ends before 2027")
q(53020, ELLEN, "Welke gemeenten met een termijn tussen 1 oktober en 30 november 2026 hebben niet gereageerd?", "list",
  {"termijn_from": "2026-10-01", "termijn_to": "2026-11-30", "state": ["no_reply"]},
  "termijn in Oct-Nov 2026, no reply")
q(53021, ELLEN, "Wanneer verwacht de gemeente Haarlem aan haar taak te voldoen?", "fact",
  {"gemeente": "Haarlem", "fact": "expected"}, "expected date of Haarlem", fk="expected")
q(53022, ELLEN, "Kunt u de lijst van gemeenten die niet voldoen naar Excel exporteren?", "unknown",
  {"compliance": "voldoet_niet"}, "export: the bot cannot; the list it is about is kept")
q(53023, ELLEN, "Voldoet de gemeente Tilburg aan haar wettelijke taak?", "fact",
  {"gemeente": "Tilburg", "fact": "compliance"}, "compliance of Tilburg", fk="compliance")
q(53024, ELLEN, "Hoe staat het met de gemeente Utrecht?", "status",
  {"gemeente": "Utrecht"}, "'gemeente' decides: the municipality Utrecht", fk="status")
q(53025, ELLEN, "Hoeveel gemeenten voldoen gedeeltelijk en hebben noch de stappen noch het tijdpad beschreven?", "count",
  {"compliance": "voldoet_gedeeltelijk", "missing": ["steps", "timeline"]},
  "voldoet_gedeeltelijk, steps and timeline both missing")

# ---------------- Mark (behandelaar): reasons and missing elements in his own words
q(53026, MARK, "waar zit het vast op de vergunning?", "list",
  {"reason": "permit_procedure"}, "reason permit_procedure")
q(53027, MARK, "wie hebben er problemen met het COA", "list",
  {"reason": "coa_dependency"}, "reason coa_dependency")
q(53028, MARK, "waar mist de onderbouwing?", "list",
  {"missing": ["facts"]}, "the facts and circumstances (the reasons, 'onderbouwing') are missing")
q(53029, MARK, "wie gaf geen planning", "list",
  {"missing": ["timeline"]}, "no time indication (timeline missing)")
q(53030, MARK, "en daarvan alleen die van mij?", "list",
  {"missing": ["timeline"], "owner": "Mark"}, "follow-up: timeline missing, Mark's cases", after=[53029])
q(53031, MARK, "welke van mijn gemeenten lopen vast op bezwaarprocedures", "list",
  {"owner": "Mark", "reason": "objection_procedure"}, "Mark's cases with reason objection_procedure")
q(53032, MARK, "waar wacht het nog op een raadsbesluit", "list",
  {"reason": "council_decision"}, "reason council_decision")
q(53033, MARK, "wlke gemeenten hebbn geldproblemen in Gld", "list",
  {"reason": "finance", "province": "Gelderland"}, "shorthand; reason finance ('geldproblemen'), Gelderland")
q(53034, MARK, "waar in Zuid-Holland hebben ze last van verzet uit de buurt", "list",
  {"province": "Zuid-Holland", "reason": "local_opposition"}, "Zuid-Holland, reason local_opposition")
q(53035, MARK, "wie kan er in Fr geen locatie vinden", "list",
  {"province": "Friesland", "reason": "no_location"}, "abbreviation Fr; reason no_location")
q(53036, MARK, "welke gemeenten raken plekken kwijt", "list",
  {"reason": "places_lost"}, "reason places_lost")
q(53037, MARK, "Veere, wat ontbreekt daar nog?", "fact",
  {"gemeente": "Veere", "fact": "missing"}, "missing elements of Veere", fk="missing")
q(53038, MARK, "en waarom lukt het ze niet?", "fact",
  {"gemeente": "Veere", "fact": "reasons"}, "follow-up about Veere: the reasons", after=[53037], fk="reasons")
q(53039, MARK, "waar ontbreken zowel de stappen als het tijdpad", "list",
  {"missing": ["steps", "timeline"]}, "steps and timeline both missing")
q(53040, MARK, "welke van mijn zaken hebben nog helemaal niks gestuurd terwijl de termijn voorbij is", "list",
  {"owner": "Mark", "state": ["no_reply"]}, "Mark's cases, no reply and termijn passed")
q(53041, MARK, "hoeveel trede 1 gemeenten noemen geen stappen", "count",
  {"trede": 1, "missing": ["steps"]}, "trede 1, steps missing")
q(53042, MARK, "wie zit er klem door de woningnood", "list",
  {"reason": "housing_shortage"}, "reason housing_shortage")
q(53043, MARK, "welke gemeenten die niet voldoen hebben hun verhaal ook niet onderbouwd", "list",
  {"compliance": "voldoet_niet", "missing": ["facts"]}, "voldoet_niet, facts missing")
q(53044, MARK, "wie van mij heeft uitstel gevraagd", "list",
  {"owner": "Mark", "state": ["extended"]}, "Mark's cases with an extension request")
q(53045, MARK, "hoeveel plekken heeft Epe nu en hoeveel zitten er in de pijplijn?", "fact",
  {"gemeente": "Epe", "fact": "places"}, "places of Epe: realised and planned", fk="places")
q(53046, MARK, "wie is eigenaar van Oldambt", "fact",
  {"gemeente": "Oldambt", "fact": "owner"}, "'eigenaar' asks for the owner", fk="owner")
q(53047, MARK, "op tijd gereageerd?", "fact",
  {"gemeente": "Oldambt", "fact": "reply"}, "short fragment after a question about Oldambt: its reply",
  after=[53046], fk="reply")
q(53048, MARK, "welke gemeenten die vastlopen op bezwaar en beroep verwachten pas na Q1 2027 klaar te zijn", "list",
  {"reason": "objection_procedure", "expected_after": "2027-03-31"},
  "reason objection_procedure, expected date starts after Q1 2027")
q(53049, MARK, "wat schreef Middelburg op 18 mei 2026", "fact",
  {"gemeente": "Middelburg (Z.)", "fact": "wrote", "date": "2026-05-18"},
  "the message(s) Middelburg sent on that day", fk="wrote")
q(53050, MARK, "stuur Kapelle maar een herinnering", "unknown",
  {"gemeente": "Kapelle"}, "sending mail: the bot cannot; the municipality is understood")

# ---------------- Fatima (behandelaar): dictates by voice while driving; no punctuation, fillers, spoken numbers
q(53051, FATIMA, "eh welke gemeenten in eh limburg hebben nog niet gereageerd", "list",
  {"province": "Limburg", "state": ["no_reply"]}, "Limburg, no reply and termijn passed")
q(53052, FATIMA, "even kijken hoeveel zaken heb ik nou zeg maar", "count",
  {"owner": "Fatima"}, "Fatima's cases")
q(53053, FATIMA, "en welke daarvan hebben eh te laat gereageerd", "list",
  {"owner": "Fatima", "state": ["late"]}, "follow-up: Fatima's cases that answered after the termijn "
  "('te laat gereageerd' is not the bare 'te laat')", after=[53052])
q(53054, FATIMA, "wat is de termijn van eh hulst", "fact",
  {"gemeente": "Hulst", "fact": "termijn"}, "termijn of Hulst", fk="termijn")
q(53055, FATIMA, "eh wat mist er nog bij sudwest friesland", "fact",
  {"gemeente": "Súdwest-Fryslân", "fact": "missing"}, "name as heard; missing elements of Súdwest-Fryslân",
  fk="missing")
q(53056, FATIMA, "welke gemeenten in trede drie eh hebben nog geen reactie gestuurd", "list",
  {"trede": 3, "state": ["no_reply"]}, "spoken 'drie'; trede 3, no reply and termijn passed")
q(53057, FATIMA, "hoeveel plekken heeft den bosch nu zeg maar", "fact",
  {"gemeente": "'s-Hertogenbosch", "fact": "places"}, "'den bosch' = 's-Hertogenbosch; places", fk="places")
q(53058, FATIMA, "even kijken welke van mijn gemeenten hebben eh geen tijdpad gegeven", "list",
  {"owner": "Fatima", "missing": ["timeline"]}, "Fatima's cases, timeline missing")
q(53059, FATIMA, "en in drenthe", "list",
  {"owner": "Fatima", "missing": ["timeline"], "province": "Drenthe"}, "follow-up: the same, in Drenthe",
  after=[53058])
q(53060, FATIMA, "hoeveel gemeenten in zeeland voldoen eh niet", "count",
  {"province": "Zeeland", "compliance": "voldoet_niet"}, "Zeeland, voldoet_niet")
q(53061, FATIMA, "welke gemeenten hadden de termijn op drieentwintig november tweeduizend zesentwintig", "list",
  {"termijn_from": "2026-11-23", "termijn_to": "2026-11-23"}, "spoken date; termijn on 2026-11-23")
q(53062, FATIMA, "eh wie heeft er zeg maar op tijd gereageerd in friesland behalve leeuwarden", "list",
  {"province": "Friesland", "state": ["on_time"], "not_gemeente": "Leeuwarden"},
  "Friesland, answered by the termijn, Leeuwarden left out")
q(53063, FATIMA, "waarom lukt het eh westerkwartier niet zeg maar", "fact",
  {"gemeente": "Westerkwartier", "fact": "reasons"}, "reasons of Westerkwartier", fk="reasons")
q(53064, FATIMA, "welke trede heeft eh lelystad", "fact",
  {"gemeente": "Lelystad", "fact": "trede"}, "trede of Lelystad", fk="trede")
q(53065, FATIMA, "eh hoeveel gemeenten in noord holland en zuid holland hebben een volledige reactie gestuurd", "count",
  {"province": ["Noord-Holland", "Zuid-Holland"], "state": ["complete"]}, "NH or ZH, complete")
q(53066, FATIMA, "welke gemeenten in gelderland verwachten eh klaar te zijn voor de zomer van tweeduizend zevenentwintig",
  "list", {"province": "Gelderland", "expected_before": "2027-07-01"},
  "Gelderland, expected date ends before 1 July 2027")
q(53067, FATIMA, "heeft sluis eh op tijd gereageerd", "fact",
  {"gemeente": "Sluis", "fact": "reply"}, "reply of Sluis: date and on time/late", fk="reply")
q(53068, FATIMA, "wat schreef eh zandvoort op zes mei tweeduizend zesentwintig", "fact",
  {"gemeente": "Zandvoort", "fact": "wrote", "date": "2026-05-06"}, "spoken date; Zandvoort's message(s) that day",
  fk="wrote")
q(53069, FATIMA, "eh hoeveel gemeenten zonder behandelaar hebben zeg maar nog niet gereageerd", "count",
  {"no_owner": True, "state": ["no_reply"]}, "no owner, no reply and termijn passed")
q(53070, FATIMA, "welke gemeenten in brabant eh noemen geen stappen", "list",
  {"province": "Noord-Brabant", "missing": ["steps"]}, "'brabant' = Noord-Brabant; steps missing")
q(53071, FATIMA, "wie is de behandelaar van eh venray", "fact",
  {"gemeente": "Venray", "fact": "owner"}, "owner of Venray", fk="owner")
q(53072, FATIMA, "wat is het telefoonnummer van eh lelystad", "unknown",
  {"gemeente": "Lelystad"}, "contact data: the bot cannot; the municipality is understood")
q(53073, FATIMA, "even kijken welke gemeenten verwachten eh in het eerste kwartaal van tweeduizend zevenentwintig klaar te zijn",
  "list", {"expected_after": "2026-12-31", "expected_before": "2027-04-01"}, "expected date inside Q1 2027")
q(53074, FATIMA, "en het tweede kwartaal van dat jaar dan", "list",
  {"expected_after": "2027-03-31", "expected_before": "2027-07-01"},
  "follow-up: the quarter replaces the window; 'dat jaar' is 2027", after=[53073])
q(53075, FATIMA, "eh hoe staat het met de hoekse waard", "status",
  {"gemeente": "Hoeksche Waard"}, "name as heard; status of Hoeksche Waard", fk="status")

# ---------------- Tom (behandelaar, new): help, things the bot cannot do, genuinely ambiguous questions
q(53076, TOM, "wat kan je allemaal?", "help", {}, "help", fx=None)
q(53077, TOM, "hoe werkt toewijzen?", "help", {}, "how to assign a case: help")
q(53078, TOM, "welke zaken zijn van mij?", "list", {"owner": "Tom"}, "Tom's cases")
q(53079, TOM, "welke gemeenten zijn te laat?", "clarify", {},
  "bare 'te laat': asked back", fx=["no_reply", "late"])
q(53080, TOM, "hoe zit het met Bergen?", "clarify", {},
  "two municipalities named Bergen: asked back", fx=["Bergen (L.)", "Bergen (NH.)"])
q(53081, TOM, "wat moet ik deze week doen?", "list",
  {"owner": "Tom", "termijn_from": "2029-06-04", "termijn_to": "2029-06-10"},
  "the week of the day asked (Mon 4 - Sun 10 June 2029) as a termijn window of Tom's cases: none")
q(53082, TOM, "welke gemeenten in de Randstad hebben niet gereageerd?", "clarify",
  {"state": ["no_reply"]}, "'de Randstad' has no fixed border: asked back which provinces")
q(53083, TOM, "welke gemeenten in Twente hebben nog niet gereageerd?", "unknown",
  {"state": ["no_reply"]}, "Twente has no border in the register: unknown, the state is kept")
q(53084, TOM, "geef me de top 5 gemeenten met de grootste achterstand", "unknown",
  {}, "ranking: the bot cannot")
q(53085, TOM, "welke gemeenten liggen naast Deventer?", "unknown",
  {"gemeente": "Deventer"}, "neighbours: the bot cannot; the municipality is understood")
q(53086, TOM, "wat ontbreekt er bij Deventer?", "fact",
  {"gemeente": "Deventer", "fact": "missing"}, "missing elements of Deventer", fk="missing")
q(53087, TOM, "en hoeveel plekken hebben ze?", "fact",
  {"gemeente": "Deventer", "fact": "places"}, "follow-up about Deventer: places", after=[53086], fk="places")
q(53088, TOM, "kun je Raalte naar trede 3 zetten?", "unknown",
  {"gemeente": "Raalte"}, "changing the trede by question: the bot cannot; the municipality is understood")
q(53089, TOM, "welke van mijn zaken hebben nog niet gereageerd?", "list",
  {"owner": "Tom", "state": ["no_reply"]}, "Tom's cases, no reply and termijn passed")
q(53090, TOM, "en welke daarvan zitten in Overijssel?", "list",
  {"owner": "Tom", "state": ["no_reply"], "province": "Overijssel"}, "follow-up: the same in Overijssel",
  after=[53089])
q(53091, TOM, "hoe zit het met Utrecht?", "clarify", {},
  "province or municipality Utrecht: asked back", fx=["gemeente Utrecht", "provincie Utrecht"])
q(53092, TOM, "hoevl gemeenten staan in trede 3", "count", {"trede": 3}, "shorthand 'hoevl'; trede 3")
q(53093, TOM, "top, bedankt!", "help", {}, "thanks: help")
q(53094, TOM, "wie heeft Stadskanaal?", "fact",
  {"gemeente": "Stadskanaal", "fact": "owner"}, "who owns Stadskanaal", fk="owner")
q(53095, TOM, "welke gemeenten in het noorden hebben onvolledig gereageerd", "list",
  {"province": NOORD, "state": ["incomplete"]}, "'het noorden' = Drenthe/Friesland/Groningen; incomplete")
q(53096, TOM, "hoeveel gemeenten voldoen wel aan hun taak?", "count",
  {"compliance": "voldoet"}, "compliance voldoet")
q(53097, TOM, "kun je de gemeenten zonder reactie als csv sturen?", "unknown",
  {"state": ["no_reply"]}, "export: the bot cannot; the list it is about is kept")
q(53098, TOM, "wanneer verloopt de termijn van Borne?", "fact",
  {"gemeente": "Borne", "fact": "termijn"}, "termijn of Borne", fk="termijn")
q(53099, TOM, "welke gemeenten in trede 2 hebben nog geen eigenaar, maar niet in Zuid-Holland", "list",
  {"trede": 2, "no_owner": True, "not_province": "Zuid-Holland"}, "trede 2, no owner, outside Zuid-Holland")
q(53100, TOM, "welke gemeenten hebben als reden 'overig' opgegeven?", "list",
  {"reason": "other"}, "reason code other")


def build():
    out = []
    for x in Q:
        f = x["filters"]
        rec = {"id": x["id"], "q": x["q"], "intent": x["intent"], "filters": f}
        if x["intent"] in ("list", "count"):
            gs = select(f)
            rec["expected_gemeenten"], rec["count"], ef = gs, len(gs), None
        else:
            rec["expected_gemeenten"], rec["count"] = [], None
            if x["fk"] == "overview":
                ef = overview()
            elif x["fk"]:
                ef = fact(x["fk"], f["gemeente"], f.get("date"))
            else:
                ef = x["fx"]
        rec.update(after=x["after"], as_staff=x["who"], on=ON, meaning=x["meaning"], expected_fact=ef)
        out.append(rec)
    return out


if __name__ == "__main__":
    recs = build()
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with open("questions53_with_expected_sets.jsonl", "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for r in recs:
        print(r["id"], STAFF[r["as_staff"]], r["intent"], r["count"], r["expected_fact"] if r["count"] is None else r["expected_gemeenten"][:6])
    print(len(recs), "questions")
