#!/usr/bin/env python3
"""Set 64: 100 questions (4 personas x 25), asked on 2030-01-08, labelled from status.json/due.json via engine.py.
Writes questions64_with_expected_sets.jsonl."""
import json, os
import engine as E

HERE = os.path.dirname(os.path.abspath(__file__))
ON = "2030-01-08"
NOORD = ["Drenthe", "Friesland", "Groningen"]
STAFF = {1: 64501, 2: 64502, 3: 64503, 4: 64504}  # Marjolein, Kevin, Naima, Frank

# (id, persona, question, intent, filters, after, meaning[, extra])
#   fact/status: filters hold gemeente (+ fact, + date); expected_fact computed.
#   clarify/help/unknown: extra = expected_fact given by hand.
Q = [
 # ---- persona 1: political assistant of the minister (Marjolein, beheerder), formal, briefing ----
 (64001, 1, "Ten behoeve van de briefing van de minister: hoeveel gemeenten in Gelderland hebben nog niet gereageerd, terwijl de termijn inmiddels is verstreken?",
  "count", {"state": ["no_reply"], "province": "Gelderland"}, [], "count of Gelderland cases with no reply and termijn passed"),
 (64002, 1, "Kunt u mij de namen van die gemeenten geven?",
  "list", {"state": ["no_reply"], "province": "Gelderland"}, [64001], "follow-up: the same set as a list"),
 (64003, 1, "Hoeveel gemeenten bevinden zich op dit moment in trede 3 van de interventieladder?",
  "count", {"trede": 3}, [], "count of trede-3 cases"),
 (64004, 1, "Welke gemeenten betreft het?",
  "list", {"trede": 3}, [64003], "follow-up: list the trede-3 cases"),
 (64005, 1, "Hoeveel gemeenten in trede 2 voldoen in het geheel niet aan hun wettelijke taak?",
  "count", {"trede": 2, "compliance": "voldoet_niet"}, [], "count trede 2 with compliance voldoet_niet"),
 (64006, 1, "En welke daarvan liggen in Noord-Brabant?",
  "list", {"trede": 2, "compliance": "voldoet_niet", "province": "Noord-Brabant"}, [64005], "follow-up narrowed to Noord-Brabant, as a list"),
 (64007, 1, "Hoeveel gemeenten in Noord-Nederland hebben te laat gereageerd op de brief?",
  "count", {"province": NOORD, "state": ["late"]}, [], "region Noord (Dr/Fr/Gr), answered after the termijn"),
 (64008, 1, "Wat is de stand van zaken in de gemeente Kerkrade?",
  "status", {"gemeente": "Kerkrade"}, [], "status summary of Kerkrade"),
 (64009, 1, "Hoeveel opvangplaatsen heeft de gemeente Nijmegen gerealiseerd, en hoeveel zijn er in voorbereiding?",
  "fact", {"gemeente": "Nijmegen", "fact": "places"}, [], "realised and planned places of Nijmegen"),
 (64010, 1, "Per wanneer verwacht de gemeente Amersfoort aan haar taakstelling te voldoen?",
  "fact", {"gemeente": "Amersfoort", "fact": "expected"}, [], "expected date of Amersfoort"),
 (64011, 1, "Welke redenen voert de gemeente Eindhoven aan voor de achterstand?",
  "fact", {"gemeente": "Eindhoven", "fact": "reasons"}, [], "reason codes of Eindhoven"),
 (64012, 1, "Welke Zeeuwse gemeenten voldoen slechts gedeeltelijk aan hun wettelijke taak?",
  "list", {"compliance": "voldoet_gedeeltelijk", "province": "Zeeland"}, [], "Zeeland, compliance voldoet_gedeeltelijk"),
 (64013, 1, "Hoeveel daarvan hebben een onvolledige reactie gestuurd?",
  "count", {"compliance": "voldoet_gedeeltelijk", "province": "Zeeland", "state": ["incomplete"]}, [64012], "follow-up: of those, state answered_incomplete, counted"),
 (64014, 1, "Hoeveel zaken zijn nog niet aan een behandelaar toegewezen?",
  "count", {"no_owner": True}, [], "count of cases without owner"),
 (64015, 1, "Voldoet de gemeente Bergen op Zoom aan haar wettelijke taak?",
  "fact", {"gemeente": "Bergen op Zoom", "fact": "compliance"}, [], "compliance of Bergen op Zoom (the one 'voldoet')"),
 (64016, 1, "Welke gemeenten in Limburg en Zeeland hebben om uitstel verzocht?",
  "list", {"province": ["Limburg", "Zeeland"], "state": ["extended"]}, [], "Limburg or Zeeland, extension requested"),
 (64017, 1, "Zou u de lijst van gemeenten die niet voldoen naar Excel kunnen exporteren?",
  "unknown", {"compliance": "voldoet_niet"}, [], "export is not possible; slot kept: compliance voldoet_niet", "export not possible"),
 (64018, 1, "Welke gemeenten verwachten vóór de zomer van 2027 aan hun taak te voldoen?",
  "list", {"expected_before": "2027-07-01"}, [], "expected date ends before 2027-07-01"),
 (64019, 1, "Kunt u dat beperken tot Zuid-Holland?",
  "list", {"expected_before": "2027-07-01", "province": "Zuid-Holland"}, [64018], "follow-up: the same, only Zuid-Holland"),
 (64020, 1, "Hoe staat het ervoor met Utrecht?",
  "clarify", {}, [], "Utrecht is a municipality and a province: asked back", ["gemeente Utrecht", "provincie Utrecht"]),
 (64021, 1, "Hoeveel gemeenten in Friesland en Groningen hebben de termijn laten verstrijken zonder te reageren?",
  "count", {"province": ["Friesland", "Groningen"], "state": ["no_reply"]}, [], "Friesland or Groningen, no reply and termijn passed"),
 (64022, 1, "Welke Brabantse gemeenten hebben in hun reactie geen tijdpad opgenomen?",
  "list", {"province": "Noord-Brabant", "missing": ["timeline"]}, [], "Noord-Brabant, timeline missing (meldplicht-only cases count)"),
 (64023, 1, "In welke trede bevindt de gemeente Lelystad zich?",
  "fact", {"gemeente": "Lelystad", "fact": "trede"}, [], "trede of Lelystad"),
 (64024, 1, "Kunt u mij een totaaloverzicht van het register geven, ten behoeve van de minister?",
  "overview", {}, [], "the overview of the register"),
 (64025, 1, "Hartelijk dank voor uw hulp.",
  "help", {}, [], "thanks: help", "help/thanks"),
 # ---- persona 2: staffer pasting spreadsheet / mail fragments (Kevin, behandelaar) ----
 (64026, 2, "Gemeente: Ede; status?",
  "status", {"gemeente": "Ede"}, [], "status summary of Ede"),
 (64027, 2, "EDE / TILBURG / NIJMEGEN -> wie heeft die?",
  "fact", {"gemeente": ["Ede", "Nijmegen", "Tilburg"], "fact": "owner"}, [], "owner of each of three municipalities"),
 (64028, 2, "HEERLEN – termijn?",
  "fact", {"gemeente": "Heerlen", "fact": "termijn"}, [], "termijn of Heerlen"),
 (64029, 2, "op tijd gereageerd?",
  "fact", {"gemeente": "Heerlen", "fact": "reply"}, [64028], "follow-up fragment about Heerlen: reply date, on time or late, days"),
 (64030, 2, "Provincie: Overijssel | Status: geen reactie | Termijn: verstreken",
  "list", {"province": "Overijssel", "state": ["no_reply"]}, [], "Overijssel, no reply and termijn passed"),
 (64031, 2, "aantal?",
  "count", {"province": "Overijssel", "state": ["no_reply"]}, [64030], "follow-up: count of the same"),
 (64032, 2, "mijn zaken",
  "list", {"owner": "Kevin"}, [], "cases of the asker (Kevin)"),
 (64033, 2, "idem, alleen die zonder reactie (termijn verstreken)",
  "list", {"owner": "Kevin", "state": ["no_reply"]}, [64032], "follow-up: Kevin's cases with no reply"),
 (64034, 2, "Trede: 3; Provincie: Limburg; Aantal: ?",
  "count", {"trede": 3, "province": "Limburg"}, [], "count trede 3 in Limburg"),
 (64035, 2, "ZAKEN NAIMA",
  "list", {"owner": "Naima"}, [], "cases of Naima"),
 (64036, 2, "idem Frank, alleen Zuid-Holland",
  "list", {"owner": "Frank", "province": "Zuid-Holland"}, [64035], "follow-up: Frank's cases in Zuid-Holland"),
 (64037, 2, "Onbestelbaar retour -> welke gemeenten?",
  "list", {"letter_undelivered": True}, [], "cases whose letter came back undelivered"),
 (64038, 2, "Zie mail hieronder: 'graag overzicht van alle gemeenten die uitstel hebben aangevraagd' – kun je die lijst geven?",
  "list", {"state": ["extended"]}, [], "cases with an extension requested"),
 (64039, 2, "excl. Zuid-Holland",
  "list", {"state": ["extended"], "not_province": "Zuid-Holland"}, [64038], "follow-up: the same without Zuid-Holland"),
 (64040, 2, "Gemeente: Roosendaal; verwachte datum?",
  "fact", {"gemeente": "Roosendaal", "fact": "expected"}, [], "expected date of Roosendaal"),
 (64041, 2, "Kolom 'ontbreekt' = stappen + tijdpad -> welke gemeenten?",
  "list", {"missing": ["steps", "timeline"]}, [], "steps and timeline both missing"),
 (64042, 2, "TILBURG: gerealiseerd / gepland?",
  "fact", {"gemeente": "Tilburg", "fact": "places"}, [], "realised and planned places of Tilburg"),
 (64043, 2, "zaken zonder behandelaar; Gelderland",
  "list", {"no_owner": True, "province": "Gelderland"}, [], "Gelderland cases without owner"),
 (64044, 2, "Hoe wijs ik een zaak toe aan Naima?",
  "help", {}, [], "how to assign: help", "help: /toewijzen <gemeente> <behandelaar>"),
 (64045, 2, "RE: FW: stand van zaken Zaanstad?",
  "status", {"gemeente": "Zaanstad"}, [], "status summary of Zaanstad"),
 (64046, 2, "VENLO -> redenen?",
  "fact", {"gemeente": "Venlo", "fact": "reasons"}, [], "reason codes of Venlo"),
 (64047, 2, "Export naar csv: alle gemeenten in Drenthe",
  "unknown", {"province": "Drenthe"}, [], "export is not possible; slot kept: province Drenthe", "export not possible"),
 (64048, 2, "Volledig + op tijd; Zeeland -> welke?",
  "list", {"state": ["complete", "on_time"], "province": "Zeeland"}, [], "Zeeland, answered complete and on time"),
 (64049, 2, "Reden: bezwaarprocedure; Provincie: Noord-Brabant",
  "list", {"reason": "objection_procedure", "province": "Noord-Brabant"}, [], "Noord-Brabant, reason objection_procedure"),
 (64050, 2, "Randstad-gemeenten zonder reactie -> aantal?",
  "clarify", {"state": ["no_reply"]}, [], "de Randstad has no fixed border: asked back", "Randstad: which provinces?"),
 # ---- persona 3: many spelling errors (Naima, behandelaar) ----
 (64051, 3, "wlke gemeentes hebbe nog nit gereageert",
  "list", {"state": ["no_reply"]}, [], "no reply and termijn passed"),
 (64052, 3, "hoevel zijn dat er in limburg",
  "count", {"state": ["no_reply"], "province": "Limburg"}, [64051], "follow-up: count of those in Limburg"),
 (64053, 3, "wat is de termein van heerenveen",
  "fact", {"gemeente": "Heerenveen", "fact": "termijn"}, [], "termijn of Heerenveen"),
 (64054, 3, "hoevel plekken heft zwolle al gerealiseert",
  "fact", {"gemeente": "Zwolle", "fact": "places"}, [], "realised (and planned) places of Zwolle"),
 (64055, 3, "welke gemeentes in trede 1 hebbe we in drente",
  "list", {"trede": 1, "province": "Drenthe"}, [], "trede 1 in Drenthe"),
 (64056, 3, "mijn zakn",
  "list", {"owner": "Naima"}, [], "cases of the asker (Naima)"),
 (64057, 3, "welke daarvan hebbe te laat gereageert",
  "list", {"owner": "Naima", "state": ["late"]}, [64056], "follow-up: Naima's cases answered late"),
 (64058, 3, "wie is behandlaar van harderwyk",
  "fact", {"gemeente": "Harderwijk", "fact": "owner"}, [], "owner of Harderwijk"),
 (64059, 3, "welke gemeentes in brabant voldoen nit",
  "list", {"province": "Noord-Brabant", "compliance": "voldoet_niet"}, [], "Noord-Brabant, voldoet_niet"),
 (64060, 3, "hoevel gemeentes in gelderand hebbe uitstel gevraagt",
  "count", {"province": "Gelderland", "state": ["extended"]}, [], "count Gelderland with extension requested"),
 (64061, 3, "wat onbreekt er bij zeist",
  "fact", {"gemeente": "Zeist", "fact": "missing"}, [], "missing elements of Zeist"),
 (64062, 3, "en bij tiel",
  "fact", {"gemeente": "Tiel", "fact": "missing"}, [64061], "follow-up: missing elements of Tiel"),
 (64063, 3, "hoe gaat het met maastrcht",
  "status", {"gemeente": "Maastricht"}, [], "status summary of Maastricht"),
 (64064, 3, "welke gemeentes hebbe geen stapen genoemd",
  "list", {"missing": ["steps"]}, [], "steps missing"),
 (64065, 3, "kan ik een overzict krijgen van alles",
  "overview", {}, [], "the overview"),
 (64066, 3, "welke gemeentes in overijsel hebbe op tyd gereageert",
  "list", {"province": "Overijssel", "state": ["on_time"]}, [], "Overijssel, answered on time"),
 (64067, 3, "welke gemeentes hebbe problemen met vergunninge",
  "list", {"reason": "permit_procedure"}, [], "reason permit_procedure"),
 (64068, 3, "wanneer is groningen klaar",
  "fact", {"gemeente": "Groningen", "fact": "expected"}, [], "a fact decides: the municipality Groningen, expected date"),
 (64069, 3, "welke gemeentes in het noorde hebbe een onvolledige reaktie gestuurd",
  "list", {"province": NOORD, "state": ["incomplete"]}, [], "region Noord, state answered_incomplete"),
 (64070, 3, "hoevel gemeentes voldoen gedeeltelyk",
  "count", {"compliance": "voldoet_gedeeltelijk"}, [], "count voldoet_gedeeltelijk"),
 (64071, 3, "geef de top 5 gemeentes met de meeste achterstand",
  "unknown", {}, [], "ranking: not possible", "ranking not possible"),
 (64072, 3, "te laat",
  "clarify", {}, [], "bare 'te laat': no reply (termijn passed) or late reply", ["no_reply", "late"]),
 (64073, 3, "welke gemeentes in twente hebbe nog nit gereageert",
  "unknown", {"state": ["no_reply"]}, [], "Twente has no border in the register; slot kept: no_reply", "region Twente not known"),
 (64074, 3, "wat hebbe ze in sittard geleen geschreve op 15 juni 2026",
  "fact", {"gemeente": "Sittard-Geleen", "fact": "wrote", "date": "2026-06-15"}, [], "message(s) Sittard-Geleen sent on 2026-06-15"),
 (64075, 3, "bedankt!!",
  "help", {}, [], "thanks: help", "help/thanks"),
 # ---- persona 4: legal officer, termijnen and dates (Frank, behandelaar) ----
 (64076, 4, "Welke gemeenten hadden een termijn vóór 1 mei 2026?",
  "list", {"termijn_to": "2026-04-30"}, [], "termijn on or before 2026-04-30"),
 (64077, 4, "Hoeveel daarvan hebben nog steeds niet gereageerd?",
  "count", {"termijn_to": "2026-04-30", "state": ["no_reply"]}, [64076], "follow-up: of those, no reply, counted"),
 (64078, 4, "Bij welke gemeenten verliep de termijn na 15 juni 2026?",
  "list", {"termijn_from": "2026-06-16"}, [], "termijn from 2026-06-16 (strictly after 15 June)"),
 (64079, 4, "Welke gemeenten hebben een termijn tussen 1 oktober en 30 november 2026?",
  "list", {"termijn_from": "2026-10-01", "termijn_to": "2026-11-30"}, [], "termijn in Oct-Nov 2026"),
 (64080, 4, "Welke termijnen vielen in week 41 van 2026?",
  "list", {"termijn_from": "2026-10-05", "termijn_to": "2026-10-11"}, [], "ISO week 41 of 2026: Mon 5 - Sun 11 Oct"),
 (64081, 4, "En in week 48 van dat jaar?",
  "list", {"termijn_from": "2026-11-23", "termijn_to": "2026-11-29"}, [64080], "follow-up: ISO week 48 of 2026: 23-29 Nov"),
 (64082, 4, "Welke gemeenten met een termijn in juni 2026 hebben te laat gereageerd?",
  "list", {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30", "state": ["late"]}, [], "termijn in June 2026 and reply late"),
 (64083, 4, "Heeft Oosterhout binnen de termijn gereageerd?",
  "fact", {"gemeente": "Oosterhout", "fact": "reply"}, [], "reply of Oosterhout: date, on time/late, days"),
 (64084, 4, "Hoeveel dagen na het verstrijken van de termijn kwam de reactie van Hulst binnen?",
  "fact", {"gemeente": "Hulst", "fact": "reply"}, [], "reply of Hulst: days late"),
 (64085, 4, "Welke gemeenten met een termijn vóór 1 juli 2026 hebben om uitstel gevraagd?",
  "list", {"termijn_to": "2026-06-30", "state": ["extended"]}, [], "termijn on or before 2026-06-30 and extension requested"),
 (64086, 4, "Met uitzondering van Zuid-Holland, graag.",
  "list", {"termijn_to": "2026-06-30", "state": ["extended"], "not_province": "Zuid-Holland"}, [64085], "follow-up: the same without Zuid-Holland"),
 (64087, 4, "Welke gemeenten verwachten tussen 1 januari 2027 en 30 juni 2027 aan hun taak te voldoen?",
  "list", {"expected_after": "2026-12-31", "expected_before": "2027-07-01"}, [], "expected date within H1 2027"),
 (64088, 4, "En in Q3 2027?",
  "list", {"expected_after": "2027-06-30", "expected_before": "2027-10-01"}, [64087], "follow-up: the window replaced by Q3 2027"),
 (64089, 4, "Welke gemeenten verwachten pas na 2027 aan de taak te voldoen?",
  "list", {"expected_after": "2027-12-31"}, [], "expected date starts after 2027"),
 (64090, 4, "Wat was de termijn van Coevorden?",
  "fact", {"gemeente": "Coevorden", "fact": "termijn"}, [], "termijn of Coevorden"),
 (64091, 4, "En heeft Coevorden tijdig gereageerd?",
  "fact", {"gemeente": "Coevorden", "fact": "reply"}, [64090], "follow-up: reply of Coevorden, on time, days before"),
 (64092, 4, "Welke gemeenten in trede 2 met een termijn op 30 april 2026 hebben gereageerd, uitgezonderd de gemeenten die te laat waren?",
  "list", {"trede": 2, "termijn_from": "2026-04-30", "termijn_to": "2026-04-30", "state": ["answered"], "not_state": ["late"]}, [],
  "trede 2, termijn exactly 2026-04-30, answered and not late"),
 (64093, 4, "Hoeveel gemeenten hebben na het verstrijken van de termijn gereageerd?",
  "count", {"state": ["late"]}, [], "count answered late"),
 (64094, 4, "En hoeveel daarvan waren ook onvolledig?",
  "count", {"state": ["incomplete", "late"]}, [64093], "follow-up: late and answered_incomplete"),
 (64095, 4, "Wat schreef Heerlen op 24 juni 2026?",
  "fact", {"gemeente": "Heerlen", "fact": "wrote", "date": "2026-06-24"}, [], "message(s) Heerlen sent on 2026-06-24"),
 (64096, 4, "Kunt u Gorinchem een herinnering sturen dat de termijn is verstreken?",
  "unknown", {"gemeente": "Gorinchem"}, [], "sending mail is not possible; slot kept: Gorinchem", "sending a reminder not possible"),
 (64097, 4, "Welke gemeenten met een termijn in april 2026 hebben noch de stappen noch het tijdpad aangeleverd?",
  "list", {"termijn_from": "2026-04-01", "termijn_to": "2026-04-30", "missing": ["steps", "timeline"]}, [], "termijn in April 2026, steps and timeline missing"),
 (64098, 4, "Welke termijnen verlopen deze week?",
  "list", {"termijn_from": "2030-01-07", "termijn_to": "2030-01-13"}, [], "week of --on (Mon 7 - Sun 13 Jan 2030): none"),
 (64099, 4, "Hoe zit het met Bergen?",
  "clarify", {}, [], "Bergen is two municipalities: asked back", ["Bergen (L.)", "Bergen (NH.)"]),
 (64100, 4, "Welke gemeenten in trede 3 hebben een termijn na 5 oktober 2026?",
  "list", {"trede": 3, "termijn_from": "2026-10-06"}, [], "trede 3, termijn from 2026-10-06"),
]


def build():
    out = []
    ids = [q[0] for q in Q]
    assert ids == list(range(64001, 64101)), "ids"
    for q in Q:
        qid, persona, text, intent, filters, after, meaning = q[:7]
        extra = q[7] if len(q) > 7 else None
        rec = {"id": qid, "q": text, "intent": intent, "filters": filters, "expected_gemeenten": [], "count": None,
               "after": after, "as_staff": STAFF[persona], "on": ON, "meaning": meaning, "expected_fact": None}
        if intent in ("list", "count"):
            s = E.select(filters)
            rec["expected_gemeenten"] = s
            rec["count"] = len(s)
        elif intent == "fact":
            g = filters["gemeente"]
            if isinstance(g, list):
                rec["expected_fact"] = {n: E.fact(n, filters["fact"], filters.get("date")) for n in g}
            else:
                rec["expected_fact"] = E.fact(g, filters["fact"], filters.get("date"))
        elif intent == "status":
            rec["expected_fact"] = E.fact(filters["gemeente"], "status")
        elif intent == "overview":
            rec["expected_fact"] = E.overview()
        else:
            rec["expected_fact"] = extra
        for a in after:
            assert a < qid and STAFF[persona] == STAFF[next(x[1] for x in Q if x[0] == a)]
        out.append(rec)
    path = os.path.join(HERE, "questions64_with_expected_sets.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print("written", len(out), dict(Counter(r["intent"] for r in out)))


if __name__ == "__main__":
    build()
