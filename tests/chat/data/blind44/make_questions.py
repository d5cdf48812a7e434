"""Question set 44: one hand-written predicate (lists/counts) or fact per question.
Writes questions44_with_expected_sets.jsonl."""
import json
from datetime import date
from common import (load, cases, no_reply_set, interval, reply_fact, wrote_fact, status_fact,
                    ON, HERE, NOORD, OOST)

ST, DUE = load()
CASES = cases(ST)
NR = no_reply_set(DUE)
CH, DE, FL, YO = 44501, 44502, 44503, 44504

def c(v): return v["case"]
def prov(v, *ps): return v["province"] in ps
def exp_iv(v): return interval(v["expected_date"])
def late(v): return c(v)["answered"] and c(v)["reply_on_time"] is False
def ontime(v): return c(v)["answered"] and c(v)["reply_on_time"] is True
def incomplete(v): return c(v)["state"] == "answered_incomplete"
def complete(v): return c(v)["state"] == "answered_complete"
def miss(v, *els): return all(e in c(v)["missing"] for e in els)
def termijn_in(v, a, b): return c(v)["termijn"] is not None and a <= c(v)["termijn"] <= b
D = date.fromisoformat

Q = []
def q(id, text, intent, filters, meaning, pred=None, fact=None, after=(), as_staff=None):
    Q.append(dict(id=id, q=text, intent=intent, filters=filters, meaning=meaning, pred=pred,
                  fact=fact, after=list(after), as_staff=as_staff))

# ---------------- Charlotte (44501, beheerder): formal full sentences, filter combinations ----------------
q(44001, "Welke gemeenten in Gelderland hebben na het verstrijken van de termijn nog altijd niet gereageerd?",
  "list", {"province": "Gelderland", "state": ["no_reply"]},
  "Gelderland cases with no reply after the termijn passed",
  pred=lambda g, v: prov(v, "Gelderland") and g in NR, as_staff=CH)
q(44002, "Hoeveel gemeenten in trede 2 voldoen niet aan hun wettelijke taak, Limburg niet meegerekend?",
  "count", {"trede": 2, "compliance": "voldoet_niet", "not_province": "Limburg"},
  "count of trede-2 cases that do not comply, Limburg left out",
  pred=lambda g, v: c(v)["trede"] == 2 and c(v)["compliance"] == "voldoet_niet" and v["province"] != "Limburg", as_staff=CH)
q(44003, "Kunt u mij een overzicht geven van de gemeenten in Noord-Nederland die wel hebben gereageerd, maar te laat?",
  "list", {"province": ["Drenthe", "Friesland", "Groningen"], "state": ["late"]},
  "cases in Drenthe/Friesland/Groningen that replied after the termijn",
  pred=lambda g, v: prov(v, *NOORD) and late(v), as_staff=CH)
q(44004, "Welke zaken in Zuid-Holland hebben nog geen behandelaar toegewezen gekregen?",
  "list", {"province": "Zuid-Holland", "no_owner": True},
  "Zuid-Holland cases without an owner",
  pred=lambda g, v: prov(v, "Zuid-Holland") and c(v)["owner"] is None, as_staff=CH)
q(44005, "Welke gemeenten hebben om uitstel van de reactietermijn verzocht, met uitzondering van de gemeenten in Zuid-Holland?",
  "list", {"state": ["extended"], "not_province": "Zuid-Holland"},
  "cases with a pending extension request, Zuid-Holland left out",
  pred=lambda g, v: c(v)["extension_requested"] and v["province"] != "Zuid-Holland", as_staff=CH)
q(44006, "Welke gemeenten hebben een onvolledige reactie gestuurd waarin het tijdpad ontbreekt?",
  "list", {"state": ["incomplete"], "missing": ["timeline"]},
  "cases in state answered_incomplete whose missing elements include the timeline",
  pred=lambda g, v: incomplete(v) and miss(v, "timeline"), as_staff=CH)
q(44007, "Hoeveel gemeenten noemen het ontbreken van een geschikte locatie als reden voor de vertraging?",
  "count", {"reason": "no_location"},
  "count of cases stating reason no_location",
  pred=lambda g, v: "no_location" in v["reasons"], as_staff=CH)
q(44008, "Welke gemeenten in Noord-Holland of Zuid-Holland verwachten in de eerste helft van 2027 aan hun taak te voldoen?",
  "list", {"province": ["Noord-Holland", "Zuid-Holland"], "expected_after": "2026-12-31", "expected_before": "2027-07-01"},
  "NH/ZH cases whose expected date lies within 2027-H1",
  pred=lambda g, v: prov(v, "Noord-Holland", "Zuid-Holland") and exp_iv(v) is not None
  and exp_iv(v)[0] >= D("2027-01-01") and exp_iv(v)[1] <= D("2027-06-30"), as_staff=CH)
q(44009, "Wanneer verwacht de gemeente Eindhoven volledig aan haar taakstelling te voldoen?",
  "fact", {"gemeente": "Eindhoven", "fact": "expected"},
  "expected date of Eindhoven", fact=ST["Eindhoven"]["expected_date"], as_staff=CH)
q(44010, "Voldoet de gemeente Hilversum aan haar wettelijke taak?",
  "fact", {"gemeente": "Hilversum", "fact": "compliance"},
  "compliance of Hilversum", fact=ST["Hilversum"]["case"]["compliance"], as_staff=CH)
q(44011, "Welke gemeenten in trede 2 hebben zowel tijdig als volledig gereageerd?",
  "list", {"trede": 2, "state": ["complete", "on_time"]},
  "trede-2 cases that replied on time and completely (chain start)",
  pred=lambda g, v: c(v)["trede"] == 2 and complete(v) and ontime(v), as_staff=CH)
q(44012, "En hoeveel daarvan bevinden zich in Oost-Nederland?",
  "count", {"trede": 2, "state": ["complete", "on_time"], "province": ["Gelderland", "Overijssel"]},
  "follow-up: of those, how many in Gelderland/Overijssel",
  pred=lambda g, v: c(v)["trede"] == 2 and complete(v) and ontime(v) and prov(v, *OOST),
  after=[44011], as_staff=CH)
q(44013, "Welke zijn dat, Hof van Twente buiten beschouwing gelaten?",
  "list", {"trede": 2, "state": ["complete", "on_time"], "province": ["Gelderland", "Overijssel"], "not_gemeente": "Hof van Twente"},
  "follow-up: list them, without Hof van Twente",
  pred=lambda g, v: c(v)["trede"] == 2 and complete(v) and ontime(v) and prov(v, *OOST) and g != "Hof van Twente",
  after=[44011, 44012], as_staff=CH)
q(44014, "Bij welke gemeenten is onze brief onbestelbaar retour gekomen?",
  "list", {"letter_undelivered": True},
  "cases whose latest letter bounced",
  pred=lambda g, v: c(v)["letter_undelivered"] is True, as_staff=CH)
q(44015, "Hoeveel zaken van Dennis wachten nog op een reactie terwijl de termijn al is verstreken?",
  "count", {"owner": "Dennis", "state": ["no_reply"]},
  "count of Dennis's cases with no reply after the termijn",
  pred=lambda g, v: c(v)["owner"] == "Dennis" and g in NR, as_staff=CH)
q(44016, "Welke gemeenten in Utrecht hebben onvolledig gereageerd en missen zowel de stappen als het tijdpad?",
  "list", {"province": "Utrecht", "state": ["incomplete"], "missing": ["steps", "timeline"]},
  "Utrecht-province cases answered incompletely missing steps and timeline",
  pred=lambda g, v: prov(v, "Utrecht") and incomplete(v) and miss(v, "steps", "timeline"), as_staff=CH)
q(44017, "Welke gemeenten voldoen gedeeltelijk aan hun taak en hebben een verwachte datum die al verstreken is?",
  "list", {"compliance": "voldoet_gedeeltelijk", "expected_before": ON},
  "partly compliant cases whose expected date ended before the asking day",
  pred=lambda g, v: c(v)["compliance"] == "voldoet_gedeeltelijk" and exp_iv(v) is not None and exp_iv(v)[1] < D(ON), as_staff=CH)
q(44018, "Zou u de gemeenten in trede 3 voor mij als csv-bestand willen exporteren?",
  "unknown", {"trede": 3},
  "export request (cannot): unknown, keeps trede 3", as_staff=CH)
q(44019, "Welke gemeenten in Zeeland hebben gereageerd, uitgezonderd de gemeenten die te laat waren?",
  "list", {"province": "Zeeland", "state": ["answered"], "not_state": ["late"]},
  "Zeeland cases that answered, leaving out late replies",
  pred=lambda g, v: prov(v, "Zeeland") and c(v)["answered"] and not late(v), as_staff=CH)
q(44020, "Wat heeft de gemeente Oosterhout op 10 juni 2026 aan ons geschreven?",
  "fact", {"gemeente": "Oosterhout", "fact": "wrote", "date": "2026-06-10"},
  "the message(s) Oosterhout sent on 10 June 2026",
  fact=wrote_fact(ST["Oosterhout"], "2026-06-10"), as_staff=CH)
q(44021, "Welke redenen heeft de gemeente Voorschoten opgegeven voor de vertraging?",
  "fact", {"gemeente": "Voorschoten", "fact": "reasons"},
  "reason codes of Voorschoten", fact=ST["Voorschoten"]["reasons"], as_staff=CH)
q(44022, "Hoeveel gemeenten in de Randstad hebben nog niet gereageerd?",
  "clarify", {"state": ["no_reply"]},
  "the Randstad has no fixed border: asked back", as_staff=CH)
q(44023, "Welke gemeenten hadden een termijn tussen 1 oktober en 30 november 2026 en hebben nog altijd niet gereageerd?",
  "list", {"termijn_from": "2026-10-01", "termijn_to": "2026-11-30", "state": ["no_reply"]},
  "no_reply cases whose termijn lies in Oct-Nov 2026",
  pred=lambda g, v: termijn_in(v, "2026-10-01", "2026-11-30") and g in NR, as_staff=CH)
q(44024, "Kunt u mij een algemeen overzicht geven van de stand van zaken?",
  "overview", {}, "general overview", as_staff=CH)
q(44025, "Welke gemeenten van Fleur voldoen niet aan hun wettelijke taak, met uitzondering van Teylingen en Noordwijk?",
  "list", {"owner": "Fleur", "compliance": "voldoet_niet", "not_gemeente": ["Noordwijk", "Teylingen"]},
  "Fleur's non-compliant cases without Teylingen and Noordwijk",
  pred=lambda g, v: c(v)["owner"] == "Fleur" and c(v)["compliance"] == "voldoet_niet" and g not in ("Teylingen", "Noordwijk"), as_staff=CH)

# ---------------- Dennis (44502, behandelaar): phone typing, no capitals, gem/tp/bhl, typos ----------------
q(44026, "mijn zkn zonder reactie?", "list", {"owner": "Dennis", "state": ["no_reply"]},
  "asker's (Dennis) cases with no reply after the termijn",
  pred=lambda g, v: c(v)["owner"] == "Dennis" and g in NR, as_staff=DE)
q(44027, "hoevl gem in lb hebbn nog nt gereageerd", "count", {"province": "Limburg", "state": ["no_reply"]},
  "count of Limburg cases with no reply after the termijn",
  pred=lambda g, v: prov(v, "Limburg") and g in NR, as_staff=DE)
q(44028, "wlke gem in gld missen tp", "list", {"province": "Gelderland", "missing": ["timeline"]},
  "Gelderland cases missing the timeline (tp = tijdpad)",
  pred=lambda g, v: prov(v, "Gelderland") and miss(v, "timeline"), as_staff=DE)
q(44029, "gem zonder bhl in nb?", "list", {"province": "Noord-Brabant", "no_owner": True},
  "Noord-Brabant cases without owner (bhl = behandelaar)",
  pred=lambda g, v: prov(v, "Noord-Brabant") and c(v)["owner"] is None, as_staff=DE)
q(44030, "bhl van heerlen?", "fact", {"gemeente": "Heerlen", "fact": "owner"},
  "owner of Heerlen", fact=ST["Heerlen"]["case"]["owner"], as_staff=DE)
q(44031, "wat ontbreekt er bij tiel nog", "fact", {"gemeente": "Tiel", "fact": "missing"},
  "missing elements of Tiel", fact=ST["Tiel"]["case"]["missing"], as_staff=DE)
q(44032, "hoevl van mijn zkn zijn onvolledig", "count", {"owner": "Dennis", "state": ["incomplete"]},
  "count of Dennis's cases in state answered_incomplete",
  pred=lambda g, v: c(v)["owner"] == "Dennis" and incomplete(v), as_staff=DE)
q(44033, "en hoevl daarvan ook te laat", "count", {"owner": "Dennis", "state": ["incomplete", "late"]},
  "follow-up narrowing: of those, also replied late",
  pred=lambda g, v: c(v)["owner"] == "Dennis" and incomplete(v) and late(v), after=[44032], as_staff=DE)
q(44034, "gem met uitstel gevraagd zonder bhl?", "list", {"state": ["extended"], "no_owner": True},
  "cases with a pending extension request and no owner",
  pred=lambda g, v: c(v)["extension_requested"] and c(v)["owner"] is None, as_staff=DE)
q(44035, "wlke gem had termijn in juni 2026 en nog gn reactie", "list",
  {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30", "state": ["no_reply"]},
  "no_reply cases with a termijn in June 2026",
  pred=lambda g, v: termijn_in(v, "2026-06-01", "2026-06-30") and g in NR, as_staff=DE)
q(44036, "hoevl gem trede 2 voldoen nt, excl uitstelverzoeken", "count",
  {"trede": 2, "compliance": "voldoet_niet", "not_state": ["extended"]},
  "count of trede-2 non-compliant cases without a pending extension request",
  pred=lambda g, v: c(v)["trede"] == 2 and c(v)["compliance"] == "voldoet_niet" and not c(v)["extension_requested"], as_staff=DE)
q(44037, "reden vertraging zeewolde?", "fact", {"gemeente": "Zeewolde", "fact": "reasons"},
  "reason codes of Zeewolde", fact=ST["Zeewolde"]["reasons"], as_staff=DE)
q(44038, "wnr vewacht breda klaar te zijn", "fact", {"gemeente": "Breda", "fact": "expected"},
  "expected date of Breda", fact=ST["Breda"]["expected_date"], as_staff=DE)
q(44039, "gem met vergunningsperikelen in zh", "list", {"reason": "permit_procedure", "province": "Zuid-Holland"},
  "Zuid-Holland cases stating permit_procedure",
  pred=lambda g, v: "permit_procedure" in v["reasons"] and prov(v, "Zuid-Holland"), as_staff=DE)
q(44040, "ovzicht gem die bezwaarprocedures noemen behalve in nb", "list",
  {"reason": "objection_procedure", "not_province": "Noord-Brabant"},
  "cases stating objection_procedure, Noord-Brabant left out",
  pred=lambda g, v: "objection_procedure" in v["reasons"] and v["province"] != "Noord-Brabant", as_staff=DE)
q(44041, "te laat??", "clarify", {}, "bare 'te laat': asked back (no reply vs late reply)", as_staff=DE)
q(44042, "stuur ff herinnering naar nunspeet", "unknown", {"gemeente": "Nunspeet"},
  "send a reminder (cannot): unknown, keeps the municipality", as_staff=DE)
q(44043, "zkn van fleur die op tijd gereagerd hebben", "list", {"owner": "Fleur", "state": ["on_time"]},
  "Fleur's cases that replied by the termijn",
  pred=lambda g, v: c(v)["owner"] == "Fleur" and ontime(v), as_staff=DE)
q(44044, "hoevl gem in fr en drenthe missen de feiten", "count",
  {"province": ["Drenthe", "Friesland"], "missing": ["facts"]},
  "count of Friesland/Drenthe cases missing the facts",
  pred=lambda g, v: prov(v, "Friesland", "Drenthe") and miss(v, "facts"), as_staff=DE)
q(44045, "wat schreef venray op 3 sept 2026", "fact", {"gemeente": "Venray", "fact": "wrote", "date": "2026-09-03"},
  "message(s) Venray sent on 3 September 2026", fact=wrote_fact(ST["Venray"], "2026-09-03"), as_staff=DE)
q(44046, "gem in ov met verwachte datum voor 1 jan 2027", "list",
  {"province": "Overijssel", "expected_before": "2027-01-01"},
  "Overijssel cases whose expected date ends before 2027-01-01",
  pred=lambda g, v: prov(v, "Overijssel") and exp_iv(v) is not None and exp_iv(v)[1] <= D("2026-12-31"), as_staff=DE)
q(44047, "hoevl zkn fleur in zh", "count", {"owner": "Fleur", "province": "Zuid-Holland"},
  "count of Fleur's cases in Zuid-Holland",
  pred=lambda g, v: c(v)["owner"] == "Fleur" and prov(v, "Zuid-Holland"), as_staff=DE)
q(44048, "trede coevorden", "fact", {"gemeente": "Coevorden", "fact": "trede"},
  "trede of Coevorden", fact=ST["Coevorden"]["case"]["trede"], as_staff=DE)
q(44049, "stappen en tp ontbreken allebei, wlke gem", "list", {"missing": ["steps", "timeline"]},
  "cases missing both steps and timeline",
  pred=lambda g, v: miss(v, "steps") and miss(v, "timeline"), as_staff=DE)
q(44050, "thx!", "help", {}, "thanks: help", as_staff=DE)

# ---------------- Fleur (44503, behandelaar): voice-typed, numbers as words, spoken punctuation ----------------
q(44051, "welke gemeenten in trede drie hebben nog niet gereageerd punt", "list", {"trede": 3, "state": ["no_reply"]},
  "trede-3 cases with no reply after the termijn",
  pred=lambda g, v: c(v)["trede"] == 3 and g in NR, as_staff=FL)
q(44052, "hoeveel gemeenten in overijssel voldoen niet aan hun taak punt", "count",
  {"province": "Overijssel", "compliance": "voldoet_niet"},
  "count of non-compliant Overijssel cases",
  pred=lambda g, v: prov(v, "Overijssel") and c(v)["compliance"] == "voldoet_niet", as_staff=FL)
q(44053, "wat is de termijn van de gemeente kampen vraagteken", "fact", {"gemeente": "Kampen", "fact": "termijn"},
  "termijn of Kampen", fact=ST["Kampen"]["case"]["termijn"], as_staff=FL)
q(44054, "welke van mijn zaken hebben een onvolledige reactie gestuurd komma en wat ontbreekt er dan", "list",
  {"owner": "Fleur", "state": ["incomplete"]},
  "asker's (Fleur) cases in state answered_incomplete",
  pred=lambda g, v: c(v)["owner"] == "Fleur" and incomplete(v), as_staff=FL)
q(44055, "hoeveel plaatsen heeft vlaardingen gerealiseerd en hoeveel zijn er gepland", "fact",
  {"gemeente": "Vlaardingen", "fact": "places"}, "realised and planned places of Vlaardingen",
  fact={"realised": ST["Vlaardingen"]["realised_total"], "planned": ST["Vlaardingen"]["planned_total"]}, as_staff=FL)
q(44056, "welke gemeenten in het noorden hebben op tijd gereageerd maar missen het tijd pad", "list",
  {"province": ["Drenthe", "Friesland", "Groningen"], "state": ["on_time"], "missing": ["timeline"]},
  "northern cases that replied on time but miss the timeline",
  pred=lambda g, v: prov(v, *NOORD) and ontime(v) and miss(v, "timeline"), as_staff=FL)
q(44057, "welke gemeenten verwachten pas na de zomer van tweeduizend zevenentwintig klaar te zijn", "list",
  {"expected_after": "2027-08-31"},
  "cases whose expected date starts after 31 August 2027",
  pred=lambda g, v: exp_iv(v) is not None and exp_iv(v)[0] >= D("2027-09-01"), as_staff=FL)
q(44058, "welke gemeenten met een termijn tussen één juni en dertig juni tweeduizend zesentwintig hebben te laat gereageerd", "list",
  {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30", "state": ["late"]},
  "cases with a June 2026 termijn that replied late",
  pred=lambda g, v: termijn_in(v, "2026-06-01", "2026-06-30") and late(v), as_staff=FL)
q(44059, "hoe staat het er voor met de gemeente heumen", "status", {"gemeente": "Heumen"},
  "status summary of Heumen", fact=status_fact(ST["Heumen"]), as_staff=FL)
q(44060, "wie is de eigenaar van de zaak van roermond", "fact", {"gemeente": "Roermond", "fact": "owner"},
  "owner of Roermond", fact=ST["Roermond"]["case"]["owner"], as_staff=FL)
q(44061, "welke gemeenten in limburg hebben een onvolledige reactie gestuurd", "list",
  {"province": "Limburg", "state": ["incomplete"]},
  "Limburg cases in state answered_incomplete (chain start)",
  pred=lambda g, v: prov(v, "Limburg") and incomplete(v), as_staff=FL)
q(44062, "en in zeeland", "list", {"province": "Zeeland", "state": ["incomplete"]},
  "follow-up: same for Zeeland",
  pred=lambda g, v: prov(v, "Zeeland") and incomplete(v), after=[44061], as_staff=FL)
q(44063, "hoeveel daarvan missen de stappen", "count", {"province": "Zeeland", "state": ["incomplete"], "missing": ["steps"]},
  "follow-up: of the Zeeland ones, how many miss the steps",
  pred=lambda g, v: prov(v, "Zeeland") and incomplete(v) and miss(v, "steps"), after=[44061, 44062], as_staff=FL)
q(44064, "hoeveel gemeenten noemen geld problemen als reden", "count", {"reason": "finance"},
  "count of cases stating finance", pred=lambda g, v: "finance" in v["reasons"], as_staff=FL)
q(44065, "welke gemeenten noemen lokaal verzet als reden komma niet in gelderland", "list",
  {"reason": "local_opposition", "not_province": "Gelderland"},
  "cases stating local_opposition, Gelderland left out",
  pred=lambda g, v: "local_opposition" in v["reasons"] and v["province"] != "Gelderland", as_staff=FL)
q(44066, "wanneer heeft de gemeente heerlen gereageerd en was dat op tijd", "fact", {"gemeente": "Heerlen", "fact": "reply"},
  "reply date of Heerlen and whether on time", fact=reply_fact(ST["Heerlen"]), as_staff=FL)
q(44067, "welke gemeenten hebben een brief gekregen die niet bezorgd is komma behalve staphorst", "list",
  {"letter_undelivered": True, "not_gemeente": "Staphorst"},
  "bounced-letter cases except Staphorst",
  pred=lambda g, v: c(v)["letter_undelivered"] and g != "Staphorst", as_staff=FL)
q(44068, "welke gemeenten missen alle drie de elementen", "list", {"missing": ["facts", "steps", "timeline"]},
  "cases missing facts, steps and timeline",
  pred=lambda g, v: set(c(v)["missing"]) >= {"facts", "steps", "timeline"}, as_staff=FL)
q(44069, "welke gemeenten in noord holland zijn afhankelijk van het c o a", "list",
  {"province": "Noord-Holland", "reason": "coa_dependency"},
  "Noord-Holland cases stating coa_dependency",
  pred=lambda g, v: prov(v, "Noord-Holland") and "coa_dependency" in v["reasons"], as_staff=FL)
q(44070, "hoeveel zaken in trede één hebben nog geen behandelaar", "count", {"trede": 1, "no_owner": True},
  "count of trede-1 cases without owner",
  pred=lambda g, v: c(v)["trede"] == 1 and c(v)["owner"] is None, as_staff=FL)
q(44071, "welke gemeenten verwachten in het tweede kwartaal van tweeduizend zevenentwintig klaar te zijn", "list",
  {"expected_after": "2027-03-31", "expected_before": "2027-07-01"},
  "cases whose expected date lies within 2027-Q2",
  pred=lambda g, v: exp_iv(v) is not None and D("2027-04-01") <= exp_iv(v)[0] and exp_iv(v)[1] <= D("2027-06-30"), as_staff=FL)
q(44072, "wat heeft veere geschreven op twaalf mei tweeduizend zesentwintig", "fact",
  {"gemeente": "Veere", "fact": "wrote", "date": "2026-05-12"},
  "message(s) Veere sent on 12 May 2026", fact=wrote_fact(ST["Veere"], "2026-05-12"), as_staff=FL)
q(44073, "hoe wijs ik een zaak toe aan een collega", "help", {}, "how to assign: help", as_staff=FL)
q(44074, "welke gemeenten hebben een verwachte datum voor een januari tweeduizend zevenentwintig komma in zuid holland of noord holland", "list",
  {"province": ["Noord-Holland", "Zuid-Holland"], "expected_before": "2027-01-01"},
  "NH/ZH cases whose expected date ends before 2027-01-01",
  pred=lambda g, v: prov(v, "Noord-Holland", "Zuid-Holland") and exp_iv(v) is not None and exp_iv(v)[1] < D("2027-01-01"), as_staff=FL)
q(44075, "welke gemeenten liggen er naast heumen", "unknown", {"gemeente": "Heumen"},
  "neighbours (cannot): unknown, keeps Heumen", as_staff=FL)

# ---------------- Youssef (44504, trainee): follow-ups on one or two municipalities, then groups ----------------
q(44076, "Ik ben nieuw en heb Assen toegewezen gekregen. Kun je me vertellen wat er nog ontbreekt in hun reactie?", "fact",
  {"gemeente": "Assen", "fact": "missing"}, "missing elements of Assen (chain start)",
  fact=ST["Assen"]["case"]["missing"], as_staff=YO)
q(44077, "Welke redenen hebben ze gegeven?", "fact", {"gemeente": "Assen", "fact": "reasons"},
  "follow-up: reasons of Assen", fact=ST["Assen"]["reasons"], after=[44076], as_staff=YO)
q(44078, "En hebben ze eigenlijk op tijd gereageerd?", "fact", {"gemeente": "Assen", "fact": "reply"},
  "follow-up: reply date of Assen and on time", fact=reply_fact(ST["Assen"]), after=[44076, 44077], as_staff=YO)
q(44079, "En welke gemeenten in Drenthe missen allemaal het tijdpad?", "list",
  {"province": "Drenthe", "missing": ["timeline"]},
  "follow-up to a group: Drenthe cases missing the timeline",
  pred=lambda g, v: prov(v, "Drenthe") and miss(v, "timeline"), after=[44076, 44077, 44078], as_staff=YO)
q(44080, "Wanneer verwacht de gemeente Groningen klaar te zijn?", "fact", {"gemeente": "Groningen", "fact": "expected"},
  "expected date of the municipality Groningen (chain start)", fact=ST["Groningen"]["expected_date"], as_staff=YO)
q(44081, "En hoeveel plaatsen hebben ze nu al, en hoeveel komen er nog bij?", "fact",
  {"gemeente": "Groningen", "fact": "places"}, "follow-up: realised and planned places of Groningen",
  fact={"realised": ST["Groningen"]["realised_total"], "planned": ST["Groningen"]["planned_total"]},
  after=[44080], as_staff=YO)
q(44082, "En Eemsdelta?", "fact", {"gemeente": "Eemsdelta", "fact": "places"},
  "follow-up: same fact (places) for Eemsdelta",
  fact={"realised": ST["Eemsdelta"]["realised_total"], "planned": ST["Eemsdelta"]["planned_total"]},
  after=[44080, 44081], as_staff=YO)
q(44083, "Welke gemeenten in de provincie Groningen voldoen nog helemaal niet aan hun taak?", "list",
  {"province": "Groningen", "compliance": "voldoet_niet"},
  "follow-up to a group: non-compliant cases in the province Groningen",
  pred=lambda g, v: prov(v, "Groningen") and c(v)["compliance"] == "voldoet_niet",
  after=[44080, 44081, 44082], as_staff=YO)
q(44084, "Hilversum staat op mijn naam. In welke trede zit die gemeente nu?", "fact",
  {"gemeente": "Hilversum", "fact": "trede"}, "trede of Hilversum (chain start)",
  fact=ST["Hilversum"]["case"]["trede"], as_staff=YO)
q(44085, "En wanneer hebben ze gereageerd, was dat binnen de termijn?", "fact", {"gemeente": "Hilversum", "fact": "reply"},
  "follow-up: reply date of Hilversum and on time", fact=reply_fact(ST["Hilversum"]), after=[44084], as_staff=YO)
q(44086, "En Heemskerk?", "fact", {"gemeente": "Heemskerk", "fact": "reply"},
  "follow-up: same fact (reply) for Heemskerk", fact=reply_fact(ST["Heemskerk"]), after=[44084, 44085], as_staff=YO)
q(44087, "Welke van mijn zaken in Noord-Holland hebben eigenlijk allemaal te laat gereageerd?", "list",
  {"owner": "Youssef", "province": "Noord-Holland", "state": ["late"]},
  "follow-up to a group: asker's (Youssef) Noord-Holland cases that replied late",
  pred=lambda g, v: c(v)["owner"] == "Youssef" and prov(v, "Noord-Holland") and late(v),
  after=[44084, 44085, 44086], as_staff=YO)
q(44088, "Hoeveel zaken heb ik nu eigenlijk in totaal op mijn naam staan?", "count", {"owner": "Youssef"},
  "count of the asker's (Youssef) cases", pred=lambda g, v: c(v)["owner"] == "Youssef", as_staff=YO)
q(44089, "Welke van mijn gemeenten hebben nog helemaal niet gereageerd terwijl de termijn al voorbij is?", "list",
  {"owner": "Youssef", "state": ["no_reply"]},
  "asker's (Youssef) cases with no reply after the termijn",
  pred=lambda g, v: c(v)["owner"] == "Youssef" and g in NR, as_staff=YO)
q(44090, "En welke daarvan liggen in de provincie Utrecht?", "list",
  {"owner": "Youssef", "state": ["no_reply"], "province": "Utrecht"},
  "follow-up: of those, the ones in the province Utrecht",
  pred=lambda g, v: c(v)["owner"] == "Youssef" and g in NR and prov(v, "Utrecht"), after=[44089], as_staff=YO)
q(44091, "Wat heeft Bunnik op 30 april 2026 precies gestuurd?", "fact",
  {"gemeente": "Bunnik", "fact": "wrote", "date": "2026-04-30"},
  "message(s) Bunnik sent on 30 April 2026 (local time)", fact=wrote_fact(ST["Bunnik"], "2026-04-30"), as_staff=YO)
q(44092, "Kun je me het telefoonnummer van de contactpersoon bij Montfoort geven?", "unknown",
  {"gemeente": "Montfoort"}, "contact data (cannot): unknown, keeps Montfoort", as_staff=YO)
q(44093, "Hoe zit het met Utrecht?", "clarify", {},
  "Utrecht is a province and a municipality: asked back", as_staff=YO)
q(44094, "Welke gemeenten in de provincie Utrecht hebben om uitstel gevraagd en wachten nog op ons besluit?", "list",
  {"province": "Utrecht", "state": ["extended"]},
  "Utrecht-province cases with a pending extension request",
  pred=lambda g, v: prov(v, "Utrecht") and c(v)["extension_requested"], as_staff=YO)
q(44095, "Ik snap nog niet helemaal wat trede 1 inhoudt, maar welke gemeenten zitten daar eigenlijk in, behalve die in Noord-Holland en Zuid-Holland?", "list",
  {"trede": 1, "not_province": ["Noord-Holland", "Zuid-Holland"]},
  "trede-1 cases outside Noord-Holland and Zuid-Holland",
  pred=lambda g, v: c(v)["trede"] == 1 and v["province"] not in ("Noord-Holland", "Zuid-Holland"), as_staff=YO)
q(44096, "Hoe staat Nieuwegein ervoor?", "status", {"gemeente": "Nieuwegein"},
  "status summary of Nieuwegein", fact=status_fact(ST["Nieuwegein"]), as_staff=YO)
q(44097, "En Maashorst, wat ontbreekt daar nog?", "fact", {"gemeente": "Maashorst", "fact": "missing"},
  "follow-up: missing elements of Maashorst", fact=ST["Maashorst"]["case"]["missing"], after=[44096], as_staff=YO)
q(44098, "Welke gemeenten in trede 2 in Gelderland en Overijssel voldoen gedeeltelijk en hebben nog geen uitstel gevraagd?", "list",
  {"trede": 2, "province": ["Gelderland", "Overijssel"], "compliance": "voldoet_gedeeltelijk", "not_state": ["extended"]},
  "trede-2 Gld/Ov partly compliant cases without a pending extension request",
  pred=lambda g, v: c(v)["trede"] == 2 and prov(v, *OOST) and c(v)["compliance"] == "voldoet_gedeeltelijk"
  and not c(v)["extension_requested"], as_staff=YO)
q(44099, "Hoeveel gemeenten noemen woningnood als reden en hebben nog geen tijdpad gegeven?", "count",
  {"reason": "housing_shortage", "missing": ["timeline"]},
  "count of cases stating housing_shortage that miss the timeline",
  pred=lambda g, v: "housing_shortage" in v["reasons"] and miss(v, "timeline"), as_staff=YO)
q(44100, "Welke gemeenten in Twente hebben nog niet gereageerd?", "unknown", {"state": ["no_reply"]},
  "Twente has no border in the register: unknown, keeps the state", as_staff=YO)

def build():
    out = []
    ids = [x["id"] for x in Q]
    assert ids == list(range(44001, 44101)), "ids"
    for x in Q:
        rec = dict(id=x["id"], q=x["q"], intent=x["intent"], filters=x["filters"])
        if x["intent"] in ("list", "count"):
            gs = sorted(g for g, v in CASES.items() if x["pred"](g, v))
            rec.update(expected_gemeenten=gs, count=len(gs))
        else:
            rec.update(expected_gemeenten=[], count=None)
        rec.update(after=x["after"], as_staff=x["as_staff"], on=ON, meaning=x["meaning"],
                   expected_fact=x["fact"] if x["intent"] in ("fact", "status") else None)
        out.append(rec)
    with open(f"{HERE}/questions44_with_expected_sets.jsonl", "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return out

if __name__ == "__main__":
    for r in build():
        print(r["id"], r["intent"], r["count"], (r["expected_gemeenten"][:6] if r["count"] else ""),
              json.dumps(r["expected_fact"], ensure_ascii=False)[:150] if r["expected_fact"] is not None else "")
