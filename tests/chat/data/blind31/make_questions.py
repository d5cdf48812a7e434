#!/usr/bin/env python3
"""Writes questions.jsonl: 100 questions (4 personas x 25) with the expected meaning and answer, computed from
status.json / due.json with the conventions of /work/blind/CONV-Q.md (evaluator in expected.py)."""
import json
from expected import load, expected_set, fact_value

ON = "2027-10-13"
HANNEKE, BAS, YASMINA, JORIS = 31501, 31502, 31503, 31504
NOORD = ["Drenthe", "Friesland", "Groningen"]
OOST = ["Gelderland", "Overijssel"]
ZUID = ["Limburg", "Noord-Brabant", "Zeeland"]

cases, no_reply = load()
by_name = {s["gemeente"]: s for s in cases}
out = []


def q(id_, as_, text, intent, filters, meaning, after=None):
    rec = {"id": id_, "q": text, "intent": intent, "filters": filters, "expected_gemeenten": [], "count": None,
           "after": after or [], "as_staff": as_, "on": ON, "meaning": meaning}
    if intent in ("list", "count"):
        g = expected_set(filters, cases, no_reply)
        rec["expected_gemeenten"], rec["count"] = g, len(g)
    elif intent in ("fact", "status"):
        rec["expected_fact"] = fact_value(by_name[filters["gemeente"]], filters.get("fact", "status"), filters.get("date"))
    out.append(rec)


# ---------------- Hanneke (beheerder): counts and lists for the minister ----------------
H = HANNEKE
q(31001, H, "Hoeveel gemeenten hebben nog altijd niet gereageerd terwijl de termijn al verstreken is?", "count",
  {"state": ["no_reply"]}, "number of cases with no reply after the termijn (due no_reply)")
q(31002, H, "Welke gemeenten in Noord-Nederland hebben te laat gereageerd?", "list",
  {"province": NOORD, "state": ["late"]}, "Drenthe/Friesland/Groningen, answered after the termijn")
q(31003, H, "Hoeveel zaken staan er op dit moment in trede 3?", "count", {"trede": 3}, "cases in trede 3")
q(31004, H, "Geef me de lijst van gemeenten in Oost-Nederland die niet voldoen.", "list",
  {"province": OOST, "compliance": "voldoet_niet"}, "Gelderland + Overijssel, compliance voldoet_niet")
q(31005, H, "Hoeveel gemeenten voldoen gedeeltelijk, Zuid-Holland niet meegerekend?", "count",
  {"compliance": "voldoet_gedeeltelijk", "not_province": "Zuid-Holland"}, "partly compliant, without Zuid-Holland")
q(31006, H, "Welke Zeeuwse zaken hebben nog geen behandelaar?", "list",
  {"province": "Zeeland", "no_owner": True}, "Zeeland cases without owner")
q(31007, H, "Bij hoeveel gemeenten ligt er een uitstelverzoek?", "count",
  {"state": ["extended"]}, "cases with an extension request")
q(31008, H, "En welke daarvan liggen in Zuid-Holland?", "list",
  {"state": ["extended"], "province": "Zuid-Holland"}, "follow-up: those extension cases in Zuid-Holland", [31007])
q(31009, H, "Hoeveel gemeenten in trede 2 hebben na het verstrijken van de termijn nog steeds niets gestuurd, met uitzondering van Noord-Brabant en Limburg?",
  "count", {"trede": 2, "state": ["no_reply"], "not_province": ["Limburg", "Noord-Brabant"]},
  "trede 2, no reply after termijn, leaving out Limburg and Noord-Brabant")
q(31010, H, "Welke gemeenten zonder behandelaar hebben de termijn laten verlopen zonder reactie?", "list",
  {"no_owner": True, "state": ["no_reply"]}, "no owner and no reply after the termijn")
q(31011, H, "Hoeveel zijn dat er in het noorden?", "count",
  {"no_owner": True, "state": ["no_reply"], "province": NOORD}, "follow-up: count of that list in Dr/Fr/Gr", [31010])
q(31012, H, "Lijst van gemeenten die te laat hebben gereageerd, behalve Breda en Heerlen.", "list",
  {"state": ["late"], "not_gemeente": ["Breda", "Heerlen"]}, "late replies, Breda and Heerlen left out")
q(31013, H, "Hoeveel gemeenten voldoen niet aan hun wettelijke taak?", "count",
  {"compliance": "voldoet_niet"}, "compliance voldoet_niet")
q(31014, H, "En hoeveel daarvan hebben ook nog een onvolledige reactie gestuurd?", "count",
  {"compliance": "voldoet_niet", "state": ["incomplete"]}, "follow-up: non-compliant and state answered_incomplete", [31013])
q(31015, H, "Welke Gelderse gemeenten in trede 2 hebben op tijd en volledig gereageerd?", "list",
  {"province": "Gelderland", "trede": 2, "state": ["complete", "on_time"]}, "Gelderland, trede 2, complete and on time")
q(31016, H, "Hoeveel gemeenten zijn er te laat?", "clarify", {},
  "bare 'te laat': no reply after termijn or replied late -> ask back")
q(31017, H, "Hoeveel zaken heeft Yasmina op haar naam staan?", "count", {"owner": "Yasmina"}, "cases owned by Yasmina")
q(31018, H, "Welke zaken van Joris wachten nog op een reactie terwijl de termijn voorbij is?", "list",
  {"owner": "Joris", "state": ["no_reply"]}, "Joris's cases with no reply after termijn")
q(31019, H, "Hoeveel gemeenten in Flevoland en Utrecht hebben nog niet gereageerd, excl. uitstelverzoeken?", "count",
  {"province": ["Flevoland", "Utrecht"], "state": ["no_reply"], "not_state": ["extended"]},
  "Flevoland+Utrecht, no reply after termijn, extension requests left out")
q(31020, H, "Welke Friese gemeenten hebben gereageerd, uitgezonderd de gemeenten die te laat waren?", "list",
  {"province": "Friesland", "state": ["answered"], "not_state": ["late"]}, "Friesland, answered, not late")
q(31021, H, "Hoeveel zaken lopen er in Noord-Holland, maar niet in trede 1?", "count",
  {"province": "Noord-Holland", "not_trede": 1}, "Noord-Holland cases except trede 1")
q(31022, H, "Welke Limburgse gemeenten hebben om uitstel gevraagd?", "list",
  {"province": "Limburg", "state": ["extended"]}, "Limburg, extension requested")
q(31023, H, "Hoeveel gemeenten in Gelderland voldoen niet en hebben geen behandelaar?", "count",
  {"province": "Gelderland", "compliance": "voldoet_niet", "no_owner": True}, "Gelderland, voldoet_niet, no owner")
q(31024, H, "Geef me het totaaloverzicht voor mijn gesprek met de minister.", "overview", {}, "the overview")
q(31025, H, "Hoeveel gemeenten in trede 3 hebben nog niet gereageerd, zonder Drenthe?", "count",
  {"trede": 3, "state": ["no_reply"], "not_province": "Drenthe"}, "trede 3, no reply after termijn, without Drenthe")

# ---------------- Bas (behandelaar): phone typing, abbreviations, chains ----------------
B = BAS
q(31026, B, "welke gem in gld hebbn nog nt gereageerd", "list",
  {"province": "Gelderland", "state": ["no_reply"]}, "Gelderland, no reply after termijn")
q(31027, B, "en daarvan zonder behandelaar", "list",
  {"province": "Gelderland", "state": ["no_reply"], "no_owner": True}, "follow-up: + no owner", [31026])
q(31028, B, "en hvl in ov", "count",
  {"province": "Overijssel", "state": ["no_reply"], "no_owner": True}, "follow-up: same, Overijssel instead, count",
  [31026, 31027])
q(31029, B, "mijn zaken", "list", {"owner": "Bas"}, "cases owned by the asker (Bas)")
q(31030, B, "welke in tr2 zijn onvolledig in gld", "list",
  {"trede": 2, "state": ["incomplete"], "province": "Gelderland"}, "trede 2, answered_incomplete, Gelderland")
q(31031, B, "en welke van mij", "list",
  {"trede": 2, "state": ["incomplete"], "province": "Gelderland", "owner": "Bas"}, "follow-up: only mine", [31030])
q(31032, B, "status heerln", "status", {"gemeente": "Heerlen"}, "status of Heerlen (typo)")
q(31033, B, "en wat ontbreekt daar", "fact", {"gemeente": "Heerlen", "fact": "missing"},
  "follow-up: missing elements of Heerlen", [31032])
q(31034, B, "op tijd gereageerd?", "fact", {"gemeente": "Heerlen", "fact": "reply"},
  "follow-up fragment: Heerlen's reply date and on time / late", [31032, 31033])
q(31035, B, "hvl zh zonder reactie", "count",
  {"province": "Zuid-Holland", "state": ["no_reply"]}, "count Zuid-Holland no reply after termijn")
q(31036, B, "wlke nb gemeenten voldoen nt", "list",
  {"province": "Noord-Brabant", "compliance": "voldoet_niet"}, "Noord-Brabant voldoet_niet")
q(31037, B, "en daarvan zonder reactie behalve woensdrecht", "list",
  {"province": "Noord-Brabant", "compliance": "voldoet_niet", "state": ["no_reply"], "not_gemeente": "Woensdrecht"},
  "follow-up: + no reply after termijn, Woensdrecht left out", [31036])
q(31038, B, "tr3 lijst", "list", {"trede": 3}, "list of trede 3 cases")
q(31039, B, "hvl uitstel gevraagd zh", "count",
  {"province": "Zuid-Holland", "state": ["extended"]}, "count Zuid-Holland extension requested")
q(31040, B, "welke brieven zijn onbestelbaar retour gekomen", "list",
  {"letter_undelivered": True}, "cases whose latest letter came back undelivered")
q(31041, B, "eigenaar zaanstad?", "fact", {"gemeente": "Zaanstad", "fact": "owner"}, "owner of Zaanstad")
q(31042, B, "en almere", "fact", {"gemeente": "Almere", "fact": "owner"},
  "follow-up: owner of Almere (none)", [31041])
q(31043, B, "hvl plekken heeft roosendaal gerealiseerd", "fact", {"gemeente": "Roosendaal", "fact": "places"},
  "places of Roosendaal")
q(31044, B, "gld zonder tijdpad", "list", {"province": "Gelderland", "missing": ["timeline"]},
  "Gelderland, timeline missing")
q(31045, B, "en daarvan in tr2", "list", {"province": "Gelderland", "missing": ["timeline"], "trede": 2},
  "follow-up: + trede 2", [31044])
q(31046, B, "zaken zonder behandelaar fr", "list", {"province": "Friesland", "no_owner": True},
  "Friesland cases without owner")
q(31047, B, "hoevl zaken tr1 in ov en gld", "count", {"trede": 1, "province": ["Gelderland", "Overijssel"]},
  "count trede 1 in Gelderland and Overijssel")
q(31048, B, "wlke hebbn te laat gereageerd in lb", "list", {"province": "Limburg", "state": ["late"]},
  "Limburg replied late ('te laat gereageerd' is not the bare 'te laat')")
q(31049, B, "ok thx", "help", {}, "thanks")
q(31050, B, "mijn zaken zonder reactie", "list", {"owner": "Bas", "state": ["no_reply"]},
  "my cases with no reply after termijn")

# ---------------- Yasmina (juridisch adviseur): elements, reasons, windows ----------------
Y = YASMINA
q(31051, Y, "Welke gemeenten hebben zowel de stappen als het tijdpad niet benoemd?", "list",
  {"missing": ["steps", "timeline"]}, "both steps and timeline missing")
q(31052, Y, "Bij welke gemeenten speelt een bezwaar- of beroepsprocedure?", "list",
  {"reason": "objection_procedure"}, "reason objection_procedure")
q(31053, Y, "Hoeveel gemeenten voeren het ontbreken van een geschikte locatie als reden aan?", "count",
  {"reason": "no_location"}, "reason no_location")
q(31054, Y, "Welke gemeenten wachten nog op een raadsbesluit?", "list",
  {"reason": "council_decision"}, "reason council_decision")
q(31055, Y, "En welke daarvan liggen in Noord-Holland?", "list",
  {"reason": "council_decision", "province": "Noord-Holland"}, "follow-up: + Noord-Holland", [31054])
q(31056, Y, "Welke gemeenten zijn voor hun opvang afhankelijk van het COA?", "list",
  {"reason": "coa_dependency"}, "reason coa_dependency")
q(31057, Y, "Welke reacties uit de provincie Utrecht zijn onvolledig?", "list",
  {"province": "Utrecht", "state": ["incomplete"]}, "province Utrecht, state answered_incomplete")
q(31058, Y, "Hoeveel gemeenten hebben een volledige reactie gestuurd?", "count",
  {"state": ["complete"]}, "state answered_complete")
q(31059, Y, "Welke gemeenten verwachten vóór 1 januari 2027 aan de taak te voldoen?", "list",
  {"expected_before": "2027-01-01"}, "expected date ends before 2027-01-01")
q(31060, Y, "Wie verwacht pas na de zomer van 2027 te voldoen?", "list",
  {"expected_after": "2027-08-31"}, "expected date starts after 2027-08-31")
q(31061, Y, "Welke gemeenten verwachten in het tweede kwartaal van 2027 te voldoen?", "list",
  {"expected_after": "2027-03-31", "expected_before": "2027-07-01"}, "expected date within 2027-Q2")
q(31062, Y, "En in het derde kwartaal van 2027?", "list",
  {"expected_after": "2027-06-30", "expected_before": "2027-10-01"}, "follow-up: window replaced by 2027-Q3", [31061])
q(31063, Y, "Welke gemeenten denken in de tweede helft van 2027 klaar te zijn?", "list",
  {"expected_after": "2027-06-30", "expected_before": "2028-01-01"}, "expected date within 2027-H2")
q(31064, Y, "Bij welke gemeenten is de verwachte datum al verstreken?", "list",
  {"expected_before": "2027-10-13"}, "expected date ends before the asking day")
q(31065, Y, "Hoeveel gemeenten verwachten dit jaar aan hun taak te voldoen?", "count",
  {"expected_after": "2026-12-31", "expected_before": "2028-01-01"}, "expected date within 2027 (this year)")
q(31066, Y, "Welke zaken hebben een termijn tussen 1 juni 2026 en 31 oktober 2026?", "list",
  {"termijn_from": "2026-06-01", "termijn_to": "2026-10-31"}, "termijn in [2026-06-01, 2026-10-31]")
q(31067, Y, "Welke termijnen verliepen in november 2026?", "list",
  {"termijn_from": "2026-11-01", "termijn_to": "2026-11-30"}, "termijn in November 2026")
q(31068, Y, "En welke daarvan hebben nog steeds niet gereageerd?", "list",
  {"termijn_from": "2026-11-01", "termijn_to": "2026-11-30", "state": ["no_reply"]},
  "follow-up: + no reply after termijn", [31067])
q(31069, Y, "Welke gemeenten met een termijn vóór 1 mei 2026 hebben onvolledig gereageerd?", "list",
  {"termijn_to": "2026-04-30", "state": ["incomplete"]}, "termijn up to 2026-04-30, answered_incomplete")
q(31070, Y, "Bij welke gemeenten ontbreken de feiten en omstandigheden?", "list",
  {"missing": ["facts"]}, "facts missing")
q(31071, Y, "Welke gemeenten missen alle drie de elementen?", "list",
  {"missing": ["facts", "steps", "timeline"]}, "all three elements missing")
q(31072, Y, "Waar loopt een vergunningsprocedure terwijl de reactie wel volledig is?", "list",
  {"reason": "permit_procedure", "state": ["complete"]}, "reason permit_procedure and answered_complete")
q(31073, Y, "Welke gemeenten noemen lokale weerstand als reden, behalve die in Overijssel?", "list",
  {"reason": "local_opposition", "not_province": "Overijssel"}, "reason local_opposition, without Overijssel")
q(31074, Y, "Bij welke gemeenten ontbreekt het tijdpad, maar niet in trede 1?", "list",
  {"missing": ["timeline"], "not_trede": 1}, "timeline missing, trede 1 left out")
q(31075, Y, "Hoeveel gemeenten hebben te laat gereageerd en daarbij ook nog onvolledig geantwoord?", "count",
  {"state": ["incomplete", "late"]}, "late reply and answered_incomplete")

# ---------------- Joris (stagiair): facts, help, cannot-do, ambiguous names ----------------
J = JORIS
q(31076, J, "Hoi! Hoe werkt deze bot eigenlijk?", "help", {}, "help")
q(31077, J, "Wie is de behandelaar van Leeuwarden?", "fact", {"gemeente": "Leeuwarden", "fact": "owner"},
  "owner of Leeuwarden")
q(31078, J, "Hoeveel opvangplekken heeft Zaanstad gerealiseerd en hoeveel zijn er gepland?", "fact",
  {"gemeente": "Zaanstad", "fact": "places"}, "places of Zaanstad")
q(31079, J, "Wanneer verwacht Almere aan de taak te voldoen?", "fact", {"gemeente": "Almere", "fact": "expected"},
  "expected date of Almere")
q(31080, J, "In welke trede zit Kerkrade nu?", "fact", {"gemeente": "Kerkrade", "fact": "trede"}, "trede of Kerkrade")
q(31081, J, "Wanneer heeft Breda op de brief gereageerd?", "fact", {"gemeente": "Breda", "fact": "reply"},
  "reply date of Breda and on time/late")
q(31082, J, "Wat schreef Ede op 4 mei 2026?", "fact", {"gemeente": "Ede", "fact": "wrote", "date": "2026-05-04"},
  "messages of Ede received on 2026-05-04")
q(31083, J, "Hoe staat Bergen ervoor?", "clarify", {}, "Bergen (L.) or Bergen (NH.): ask back")
q(31084, J, "Bergen in Noord-Holland bedoel ik", "status", {"gemeente": "Bergen (NH.)"},
  "answer to the ask-back: status of Bergen (NH.)", [31083])
q(31085, J, "Hoe zit het met Utrecht?", "clarify", {}, "Utrecht: municipality or province -> ask back")
q(31086, J, "Wie is behandelaar van de gemeente Utrecht?", "fact", {"gemeente": "Utrecht", "fact": "owner"},
  "'gemeente' decides: owner of the municipality Utrecht")
q(31087, J, "Hoeveel plaatsen heeft Hengelo gerealiseerd en gepland?", "fact",
  {"gemeente": "Hengelo (O.)", "fact": "places"}, "Hengelo = the one municipality Hengelo (O.) (alias); places")
q(31088, J, "Heeft Sluis op tijd gereageerd?", "fact", {"gemeente": "Sluis", "fact": "reply"},
  "reply of Sluis: date and on time/late")
q(31089, J, "Kun je een herinneringsmail sturen naar Den Helder?", "unknown", {"gemeente": "Den Helder"},
  "sending mail: cannot; slot gemeente kept")
q(31090, J, "Wat is het telefoonnummer van de gemeente Texel?", "unknown", {"gemeente": "Texel"},
  "contact data: cannot; slot gemeente kept")
q(31091, J, "Kun je de lijst van gemeenten zonder reactie naar Excel exporteren?", "unknown",
  {"state": ["no_reply"]}, "export: cannot; the list's slot kept")
q(31092, J, "Wat is de top 5 van gemeenten met de grootste achterstand?", "unknown", {}, "ranking: cannot")
q(31093, J, "Welke gemeenten liggen naast Zeist?", "unknown", {"gemeente": "Zeist"}, "neighbours: cannot")
q(31094, J, "Voldoet de gemeente Vlissingen aan haar wettelijke taak?", "fact",
  {"gemeente": "Vlissingen", "fact": "compliance"}, "compliance of Vlissingen")
q(31095, J, "Wat ontbreekt er in de reactie van Velsen?", "fact", {"gemeente": "Velsen", "fact": "missing"},
  "missing elements of Velsen")
q(31096, J, "Welke redenen noemt Rijswijk?", "fact", {"gemeente": "Rijswijk (ZH.)", "fact": "reasons"},
  "Rijswijk = the one municipality Rijswijk (ZH.) (alias); reasons")
q(31097, J, "Welke gemeenten in Twente hebben nog niet gereageerd?", "unknown", {"state": ["no_reply"]},
  "Twente has no border in the register: unknown, state slot kept")
q(31098, J, "Wanneer liep de termijn van Nijmegen af?", "fact", {"gemeente": "Nijmegen", "fact": "termijn"},
  "termijn of Nijmegen")
q(31099, J, "Hoe wijs ik een zaak aan mezelf toe?", "help", {}, "how to assign: help")
q(31100, J, "Top, bedankt voor je hulp!", "help", {}, "thanks")

assert len(out) == 100
with open("questions.jsonl", "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("wrote", len(out))
