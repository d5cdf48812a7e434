#!/usr/bin/env python3
"""Write questions35_with_expected_sets.jsonl: 100 questions asked on 2028-02-09.

Every expected set is computed here with a hand-written predicate per question over
status.json (one object per municipality) and due.json; `expected.py` recomputes the
sets from intent + filters only.
"""
import datetime as dt
import json
from zoneinfo import ZoneInfo

ON = "2028-02-09"
AMS = ZoneInfo("Europe/Amsterdam")
STAFF = {"Hanneke": 35501, "Mehmet": 35502, "Lotte": 35503, "Koen": 35504}

ST = json.load(open("status.json", encoding="utf-8"))
DUE = json.load(open("due.json", encoding="utf-8"))
BY = {d["gemeente"]: d for d in ST}
CASES = [d for d in ST if d["case"]]          # the universe: 229 municipalities with a case
NR = {x["gemeente"] for x in DUE if x["section"] == "overdue" and x["kind"] == "no_reply"}
assert len(CASES) == 229


# ---- small helpers used by the hand-written predicates --------------------------------
def P(d, *provs):
    return d["province"] in provs


def ans(d):
    return d["case"]["answered"]


def late(d):
    return d["case"]["answered"] and d["case"]["reply_on_time"] is False


def on_time(d):
    return d["case"]["answered"] and d["case"]["reply_on_time"] is True


def incomplete(d):
    return d["case"]["state"] == "answered_incomplete"


def miss(d, *els):
    return all(e in d["case"]["missing"] for e in els)


def exp_last_day(e):
    """last day of an expected date written as a day, month, quarter or half year"""
    y = int(e[:4])
    rest = e[5:]
    if len(rest) == 5:                       # MM-DD
        return dt.date.fromisoformat(e)
    if rest.startswith("Q"):
        m = int(rest[1]) * 3
    elif rest.startswith("H"):
        m = int(rest[1]) * 6
    else:
        m = int(rest)
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def local_day(iso):
    return dt.datetime.fromisoformat(iso).astimezone(AMS).date()


# ---- expected facts -------------------------------------------------------------------
def fact_value(g, fact, date=None):
    d = BY[g]
    c = d["case"]
    if fact == "places":
        return {"realised": d["realised_total"], "planned": d["planned_total"]}
    if fact == "expected":
        return d["expected_date"]
    if fact == "owner":
        return c["owner"]
    if fact == "missing":
        return c["missing"]
    if fact == "termijn":
        return c["termijn"]
    if fact == "reasons":
        return d["reasons"]
    if fact == "trede":
        return c["trede"]
    if fact == "compliance":
        return c["compliance"]
    if fact == "reply":
        if not c["answered"]:
            return {"reply_date": None, "on_time": None}
        rd = local_day(c["reply_at"])
        diff = (rd - dt.date.fromisoformat(c["termijn"])).days
        return {"reply_date": rd.isoformat(), "on_time": c["reply_on_time"],
                "days_after_termijn": diff}
    if fact == "wrote":
        return [{"kind": m["kind"], "subject": m["subject"], "received_at": m["received_at"]}
                for m in d["messages"] if local_day(m["received_at"]).isoformat() == date]
    raise ValueError(fact)


def status_summary(g):
    d = BY[g]
    c = d["case"]
    return {"gemeente": g, "trede": c["trede"], "state": c["state"], "compliance": c["compliance"],
            "owner": c["owner"], "termijn": c["termijn"], "overdue": c["overdue"],
            "missing": c["missing"], "expected_date": d["expected_date"],
            "realised": d["realised_total"], "planned": d["planned_total"]}


# ---- the questions --------------------------------------------------------------------
Q = []


def q(id_, who, text, intent, filters, pred=None, after=(), meaning="", fact=None):
    Q.append(dict(id=id_, who=who, q=text, intent=intent, filters=filters, pred=pred,
                  after=list(after), meaning=meaning, fact=fact))


H, M, L, K = "Hanneke", "Mehmet", "Lotte", "Koen"
NOORD = ["Drenthe", "Friesland", "Groningen"]
OOST = ["Gelderland", "Overijssel"]
ZUID = ["Limburg", "Noord-Brabant", "Zeeland"]

# --- Hanneke (beheerder, formal) 35001-35025
q(35001, H, "Hoeveel gemeenten hebben op dit moment niet gereageerd terwijl de termijn al is verstreken?",
  "count", {"state": ["no_reply"]}, lambda d: d["gemeente"] in NR,
  meaning="count of cases overdue without reply")
q(35002, H, "Kunt u mij een algemeen overzicht geven van de stand van zaken?", "overview", {},
  meaning="overall overview")
q(35003, H, "Welke gemeenten in Noord-Nederland voldoen niet aan hun wettelijke taak?", "list",
  {"province": NOORD, "compliance": "voldoet_niet"},
  lambda d: P(d, *NOORD) and d["case"]["compliance"] == "voldoet_niet",
  meaning="north (Dr/Fr/Gr), compliance voldoet_niet")
q(35004, H, "Hoeveel gemeenten in Oost-Nederland voldoen slechts gedeeltelijk?", "count",
  {"province": OOST, "compliance": "voldoet_gedeeltelijk"},
  lambda d: P(d, *OOST) and d["case"]["compliance"] == "voldoet_gedeeltelijk",
  meaning="count east (Gld/Ov) voldoet_gedeeltelijk")
q(35005, H, "Welke Brabantse gemeenten voldoen gedeeltelijk, met uitzondering van Tilburg en Eindhoven?", "list",
  {"province": "Noord-Brabant", "compliance": "voldoet_gedeeltelijk", "not_gemeente": ["Eindhoven", "Tilburg"]},
  lambda d: P(d, "Noord-Brabant") and d["case"]["compliance"] == "voldoet_gedeeltelijk"
  and d["gemeente"] not in ("Tilburg", "Eindhoven"),
  meaning="Noord-Brabant partly compliant, excluding Tilburg and Eindhoven")
q(35006, H, "Hoeveel dossiers bevinden zich momenteel in trede 3?", "count", {"trede": 3},
  lambda d: d["case"]["trede"] == 3, meaning="count trede 3")
q(35007, H, "Welke gemeenten in Zuid-Holland die in trede 2 zitten, hebben de termijn laten verlopen zonder te reageren?",
  "list", {"province": "Zuid-Holland", "state": ["no_reply"], "trede": 2},
  lambda d: P(d, "Zuid-Holland") and d["case"]["trede"] == 2 and d["gemeente"] in NR,
  meaning="Zuid-Holland, trede 2, no reply after termijn")
q(35008, H, "Hoeveel gemeenten voldoen niet aan de taakstelling, Limburg niet meegerekend?", "count",
  {"compliance": "voldoet_niet", "not_province": "Limburg"},
  lambda d: d["case"]["compliance"] == "voldoet_niet" and not P(d, "Limburg"),
  meaning="count voldoet_niet outside Limburg")
q(35009, H, "Welke zaken in Flevoland zijn nog niet aan een behandelaar toegewezen?", "list",
  {"province": "Flevoland", "no_owner": True},
  lambda d: P(d, "Flevoland") and d["case"]["owner"] is None,
  meaning="Flevoland cases without owner")
q(35010, H, "Hoeveel gemeenten hebben om uitstel van de reactietermijn verzocht?", "count", {"state": ["extended"]},
  lambda d: d["case"]["extension_requested"], meaning="count extension requested")
q(35011, H, "Welke gemeenten in Gelderland hebben gereageerd, met uitzondering van de gemeenten die te laat waren?",
  "list", {"province": "Gelderland", "state": ["answered"], "not_state": ["late"]},
  lambda d: P(d, "Gelderland") and ans(d) and not late(d),
  meaning="Gelderland answered, leaving out late replies")
q(35012, H, "Bij welke gemeenten is onze brief als onbestelbaar retour gekomen?", "list", {"letter_undelivered": True},
  lambda d: d["case"]["letter_undelivered"], meaning="letter bounced")
q(35013, H, "Hoeveel gemeenten in Zeeland en Limburg voldoen niet?", "count",
  {"province": ["Limburg", "Zeeland"], "compliance": "voldoet_niet"},
  lambda d: P(d, "Zeeland", "Limburg") and d["case"]["compliance"] == "voldoet_niet",
  meaning="count voldoet_niet in Zeeland or Limburg")
q(35014, H, "Welke gemeenten in Zuid-Nederland staan op trede 3?", "list", {"province": ZUID, "trede": 3},
  lambda d: P(d, *ZUID) and d["case"]["trede"] == 3, meaning="south (Lb/NB/Zl) trede 3")
q(35015, H, "Kunt u de lijst van gemeenten die niet voldoen als csv-bestand aanleveren?", "unknown",
  {"compliance": "voldoet_niet"}, meaning="export as csv: cannot do; keeps the list slot")
q(35016, H, "Zijn er gemeenten die wel volledig aan hun taak voldoen? Zo ja, welke?", "list", {"compliance": "voldoet"},
  lambda d: d["case"]["compliance"] == "voldoet", meaning="compliance voldoet")
q(35017, H, "Hoeveel gemeenten in de provincie Utrecht hebben een onvolledige reactie ingediend?", "count",
  {"province": "Utrecht", "state": ["incomplete"]},
  lambda d: P(d, "Utrecht") and incomplete(d), meaning="count province Utrecht answered_incomplete")
q(35018, H, "Hoeveel gemeenten in het noorden hebben hun reactie na het verstrijken van de termijn ingediend?", "count",
  {"province": NOORD, "state": ["late"]}, lambda d: P(d, *NOORD) and late(d),
  meaning="count north, replied late")
q(35019, H, "Hoeveel zaken heeft Lotte momenteel in behandeling?", "count", {"owner": "Lotte"},
  lambda d: d["case"]["owner"] == "Lotte", meaning="count owner Lotte")
q(35020, H, "Welke zaken van Koen wachten nog op een reactie terwijl de termijn al verstreken is?", "list",
  {"owner": "Koen", "state": ["no_reply"]},
  lambda d: d["case"]["owner"] == "Koen" and d["gemeente"] in NR, meaning="Koen's cases overdue without reply")
q(35021, H, "Welke gemeenten in de Randstad hebben nog niet gereageerd?", "clarify", {"state": ["no_reply"]},
  meaning="Randstad has no border: asked back")
q(35022, H, "Hoeveel gemeenten in trede 2 hebben tijdig gereageerd, met uitzondering van Noord-Holland?", "count",
  {"trede": 2, "state": ["on_time"], "not_province": "Noord-Holland"},
  lambda d: d["case"]["trede"] == 2 and on_time(d) and not P(d, "Noord-Holland"),
  meaning="count trede 2, on time, outside Noord-Holland")
q(35023, H, "Welke zaken in Zuid-Holland staan in trede 2, met uitzondering van de gemeenten die uitstel hebben gevraagd?",
  "list", {"province": "Zuid-Holland", "trede": 2, "not_state": ["extended"]},
  lambda d: P(d, "Zuid-Holland") and d["case"]["trede"] == 2 and not d["case"]["extension_requested"],
  meaning="Zuid-Holland trede 2, leaving out extension requests")
q(35024, H, "Graag een rangschikking van de provincies naar het aantal gemeenten dat niet voldoet.", "unknown",
  {"compliance": "voldoet_niet"}, meaning="ranking: cannot do; keeps the compliance slot")
q(35025, H, "Hartelijk dank voor de informatie.", "help", {}, meaning="thanks")

# --- Mehmet (behandelaar, hurried on the phone) 35026-35050
q(35026, M, "wlke gemeenten in Gld hebbn nog niet gereageerd, termijn is voorbij", "list",
  {"province": "Gelderland", "state": ["no_reply"]},
  lambda d: P(d, "Gelderland") and d["gemeente"] in NR, meaning="Gelderland no reply after termijn")
q(35027, M, "en in Fr?", "list", {"province": "Friesland", "state": ["no_reply"]},
  lambda d: P(d, "Friesland") and d["gemeente"] in NR, after=[35026],
  meaning="follow-up: same for Friesland")
q(35028, M, "en daarvan trede 3?", "list", {"province": "Friesland", "state": ["no_reply"], "trede": 3},
  lambda d: P(d, "Friesland") and d["gemeente"] in NR and d["case"]["trede"] == 3, after=[35026, 35027],
  meaning="follow-up: of those, trede 3")
q(35029, M, "mijn zaken?", "list", {"owner": "Mehmet"}, lambda d: d["case"]["owner"] == "Mehmet",
  meaning="cases owned by the asker (Mehmet)")
q(35030, M, "hoe staat zeist erbij", "status", {"gemeente": "Zeist"}, meaning="status of Zeist")
q(35031, M, "en wnneer verwachten ze klaar te zijn?", "fact", {"gemeente": "Zeist", "fact": "expected"},
  after=[35030], meaning="follow-up: Zeist expected date")
q(35032, M, "op tijd gereageerd?", "fact", {"gemeente": "Zeist", "fact": "reply"}, after=[35030, 35031],
  meaning="follow-up: did Zeist reply on time")
q(35033, M, "hoevl gemeenten kwamen pas na de termijn met hun antwoord", "count", {"state": ["late"]},
  lambda d: late(d), meaning="count replied late")
q(35034, M, "en hoeveel daarvan was ook onvolledig?", "count", {"state": ["incomplete", "late"]},
  lambda d: late(d) and incomplete(d), after=[35033], meaning="follow-up: late and incomplete")
q(35035, M, "en in NB?", "count", {"province": "Noord-Brabant", "state": ["incomplete", "late"]},
  lambda d: P(d, "Noord-Brabant") and late(d) and incomplete(d), after=[35033, 35034],
  meaning="follow-up: same in Noord-Brabant")
q(35036, M, "zaken zndr behandelaar in trede 3?", "list", {"trede": 3, "no_owner": True},
  lambda d: d["case"]["trede"] == 3 and d["case"]["owner"] is None,
  meaning="trede 3 without owner (shorthand)")
q(35037, M, "welke van mij missen nog t tijdpad", "list", {"owner": "Mehmet", "missing": ["timeline"]},
  lambda d: d["case"]["owner"] == "Mehmet" and miss(d, "timeline"),
  meaning="my (Mehmet's) cases missing the timeline")
q(35038, M, "wat moet ik deze week", "list",
  {"owner": "Mehmet", "termijn_from": "2028-02-07", "termijn_to": "2028-02-13"},
  lambda d: d["case"]["owner"] == "Mehmet" and d["case"]["termijn"] is not None
  and "2028-02-07" <= d["case"]["termijn"] <= "2028-02-13",
  meaning="my cases with a termijn this week (Mon 7 - Sun 13 Feb 2028); none")
q(35039, M, "bel even heerenveen voor me, ze reageren niet", "unknown", {"gemeente": "Heerenveen"},
  meaning="phone call: cannot do; keeps the municipality")
q(35040, M, "hoeveel in Lb nog geen antwoord en termijn verlopen", "count",
  {"province": "Limburg", "state": ["no_reply"]},
  lambda d: P(d, "Limburg") and d["gemeente"] in NR, meaning="count Limburg no reply after termijn")
q(35041, M, "wie heeft noardeast fryslan?", "fact", {"gemeente": "Noardeast-Fryslân", "fact": "owner"},
  meaning="owner of Noardeast-Fryslân (diacritics/hyphen missing)")
q(35042, M, "welke zijn te laat", "clarify", {}, meaning="bare 'te laat': no reply vs late reply, asked back")
q(35043, M, "hvl trede 1 zaken in NH", "count", {"trede": 1, "province": "Noord-Holland"},
  lambda d: d["case"]["trede"] == 1 and P(d, "Noord-Holland"), meaning="count trede 1 in Noord-Holland")
q(35044, M, "Harlemmermeer stand?", "status", {"gemeente": "Haarlemmermeer"},
  meaning="status of Haarlemmermeer (typo)")
q(35045, M, "wlke in ZH hebbn uitstel gevraagd", "list", {"province": "Zuid-Holland", "state": ["extended"]},
  lambda d: P(d, "Zuid-Holland") and d["case"]["extension_requested"],
  meaning="Zuid-Holland extension requested")
q(35046, M, "stuur lisse ff een herinnering", "unknown", {"gemeente": "Lisse"},
  meaning="send a reminder: cannot do; keeps the municipality")
q(35047, M, "welke in Dr missen de stappen", "list", {"province": "Drenthe", "missing": ["steps"]},
  lambda d: P(d, "Drenthe") and miss(d, "steps"), meaning="Drenthe missing steps")
q(35048, M, "brief retour gekomen in Gld?", "list", {"province": "Gelderland", "letter_undelivered": True},
  lambda d: P(d, "Gelderland") and d["case"]["letter_undelivered"], meaning="Gelderland letter undelivered")
q(35049, M, "welke in Gld en Ov voldoen niet, behalve barneveld", "list",
  {"province": ["Gelderland", "Overijssel"], "compliance": "voldoet_niet", "not_gemeente": "Barneveld"},
  lambda d: P(d, "Gelderland", "Overijssel") and d["case"]["compliance"] == "voldoet_niet"
  and d["gemeente"] != "Barneveld",
  meaning="Gld/Ov voldoet_niet without Barneveld")
q(35050, M, "thx!", "help", {}, meaning="thanks")

# --- Lotte (behandelaar, lawyer) 35051-35075
q(35051, L, "Welke gemeenten hebben in hun reactie geen feiten en omstandigheden vermeld?", "list",
  {"missing": ["facts"]}, lambda d: miss(d, "facts"), meaning="missing facts")
q(35052, L, "Bij welke gemeenten ontbreken alle drie de vereiste elementen?", "list",
  {"missing": ["facts", "steps", "timeline"]}, lambda d: miss(d, "facts", "steps", "timeline"),
  meaning="missing facts, steps and timeline")
q(35053, L, "Welke gemeenten noemen noch de te nemen stappen noch een tijdpad?", "list",
  {"missing": ["steps", "timeline"]}, lambda d: miss(d, "steps", "timeline"),
  meaning="missing steps and timeline")
q(35054, L, "Welke gemeenten voeren aan dat er geen geschikte locatie voorhanden is?", "list",
  {"reason": "no_location"}, lambda d: "no_location" in d["reasons"], meaning="reason no_location")
q(35055, L, "Welke gemeenten beroepen zich op lopende bezwaar- en beroepsprocedures en voldoen gedeeltelijk?", "list",
  {"reason": "objection_procedure", "compliance": "voldoet_gedeeltelijk"},
  lambda d: "objection_procedure" in d["reasons"] and d["case"]["compliance"] == "voldoet_gedeeltelijk",
  meaning="reason objection_procedure and partly compliant")
q(35056, L, "Welke gemeenten wijzen op vergunningsperikelen terwijl zij in het geheel niet aan de taak voldoen?", "list",
  {"reason": "permit_procedure", "compliance": "voldoet_niet"},
  lambda d: "permit_procedure" in d["reasons"] and d["case"]["compliance"] == "voldoet_niet",
  meaning="reason permit_procedure and voldoet_niet")
q(35057, L, "Welke gemeenten stellen dat zij bestaande opvangplekken zijn kwijtgeraakt?", "list",
  {"reason": "places_lost"}, lambda d: "places_lost" in d["reasons"], meaning="reason places_lost")
q(35058, L, "Welke gemeenten hadden toegezegd vorige maand aan hun taak te voldoen?", "list",
  {"expected_after": "2027-12-31", "expected_before": "2028-02-01"},
  lambda d: d["expected_date"] is not None and d["expected_date"].startswith("2028-01"),
  meaning="expected date in January 2028 (last month)")
q(35059, L, "Welke gemeenten verwachten deze maand aan de wettelijke taak te voldoen?", "list",
  {"expected_after": "2028-01-31", "expected_before": "2028-03-01"},
  lambda d: d["expected_date"] is not None and d["expected_date"].startswith("2028-02"),
  meaning="expected date in February 2028 (this month); none")
q(35060, L, "Welke gemeenten verwachten dit kwartaal de benodigde plaatsen gerealiseerd te hebben?", "list",
  {"expected_after": "2027-12-31", "expected_before": "2028-04-01"},
  lambda d: d["expected_date"] is not None and (d["expected_date"] == "2028-Q1" or d["expected_date"][:7]
                                                in ("2028-01", "2028-02", "2028-03")),
  meaning="expected date within 2028-Q1 (this quarter)")
q(35061, L, "Welke gemeenten verwachten volgend jaar aan hun verplichting te voldoen?", "list",
  {"expected_after": "2028-12-31", "expected_before": "2030-01-01"},
  lambda d: d["expected_date"] is not None and d["expected_date"].startswith("2029"),
  meaning="expected date within 2029 (next year); none")
q(35062, L, "Bij welke gemeenten is de door henzelf opgegeven verwachte datum inmiddels verstreken?", "list",
  {"expected_before": ON},
  lambda d: d["expected_date"] is not None and exp_last_day(d["expected_date"]) < dt.date(2028, 2, 9),
  meaning="expected date already passed")
q(35063, L, "Welke gemeenten verwachten vóór de zomer van 2027 aan de taak te voldoen?", "list",
  {"expected_before": "2027-07-01"},
  lambda d: d["expected_date"] is not None and exp_last_day(d["expected_date"]) < dt.date(2027, 7, 1),
  meaning="expected before 1 July 2027")
q(35064, L, "Welke Limburgse gemeenten verwachten tussen 1 januari en 30 juni 2027 te voldoen?", "list",
  {"province": "Limburg", "expected_after": "2026-12-31", "expected_before": "2027-07-01"},
  lambda d: P(d, "Limburg") and d["expected_date"] is not None
  and d["expected_date"] >= "2027" and exp_last_day(d["expected_date"]) <= dt.date(2027, 6, 30),
  meaning="Limburg, expected within the first half of 2027")
q(35065, L, "Bij welke zaken liep de reactietermijn af in oktober 2026?", "list",
  {"termijn_from": "2026-10-01", "termijn_to": "2026-10-31"},
  lambda d: (d["case"]["termijn"] or "").startswith("2026-10"), meaning="termijn in October 2026")
q(35066, L, "Welke gemeenten hadden een termijn die eind november 2026 verstreek?", "list",
  {"termijn_from": "2026-11-21", "termijn_to": "2026-11-30"},
  lambda d: (d["case"]["termijn"] or "") >= "2026-11-21" and (d["case"]["termijn"] or "") <= "2026-11-30",
  meaning="termijn 21-30 November 2026")
q(35067, L, "Welke gemeenten hebben weliswaar tijdig gereageerd, maar laten het tijdpad achterwege?", "list",
  {"state": ["on_time"], "missing": ["timeline"]}, lambda d: on_time(d) and miss(d, "timeline"),
  meaning="replied on time but missing timeline")
q(35068, L, "Heeft Heerlen binnen de termijn gereageerd?", "fact", {"gemeente": "Heerlen", "fact": "reply"},
  meaning="Heerlen reply on time?")
q(35069, L, "Welke redenen voert Veere aan voor de achterstand?", "fact", {"gemeente": "Veere", "fact": "reasons"},
  meaning="Veere reasons")
q(35070, L, "Welke elementen ontbreken nog in de reactie van Hulst?", "fact", {"gemeente": "Hulst", "fact": "missing"},
  meaning="Hulst missing elements")
q(35071, L, "Per wanneer diende Kerkrade uiterlijk te reageren?", "fact", {"gemeente": "Kerkrade", "fact": "termijn"},
  meaning="Kerkrade termijn")
q(35072, L, "Welke gemeenten in trede 3 hebben om uitstel verzocht?", "list", {"state": ["extended"], "trede": 3},
  lambda d: d["case"]["extension_requested"] and d["case"]["trede"] == 3, meaning="trede 3 with extension request")
q(35073, L, "Welke gemeenten verwijzen naar geldproblemen?", "list", {"reason": "finance"},
  lambda d: "finance" in d["reasons"], meaning="reason finance")
q(35074, L, "Welke van mijn dossiers missen de feiten en omstandigheden?", "list",
  {"owner": "Lotte", "missing": ["facts"]}, lambda d: d["case"]["owner"] == "Lotte" and miss(d, "facts"),
  meaning="my (Lotte's) cases missing facts")
q(35075, L, "Welke Overijsselse gemeenten in trede 2 hebben een onvolledige reactie gegeven?", "list",
  {"province": "Overijssel", "trede": 2, "state": ["incomplete"]},
  lambda d: P(d, "Overijssel") and d["case"]["trede"] == 2 and incomplete(d),
  meaning="Overijssel trede 2 answered_incomplete")

# --- Koen (behandelaar, newcomer) 35076-35100
q(35076, K, "Hoi! Ik ben nieuw hier, hoe werkt deze bot eigenlijk?", "help", {}, meaning="how does the bot work")
q(35077, K, "Hoe staat Heemskerk ervoor?", "status", {"gemeente": "Heemskerk"}, meaning="status Heemskerk")
q(35078, K, "Wat is de status van Den Bosch?", "status", {"gemeente": "'s-Hertogenbosch"},
  meaning="status 's-Hertogenbosch (common name)")
q(35079, K, "Hoe staat het met Heerhugowaard?", "status", {"gemeente": "Dijk en Waard"},
  meaning="former municipality Heerhugowaard: Dijk en Waard")
q(35080, K, "Hoe is het gesteld met Bergen in Limburg?", "status", {"gemeente": "Bergen (L.)"},
  meaning="status Bergen (L.)")
q(35081, K, "Hoeveel opvangplekken heeft Zwolle nu en hoeveel zijn er gepland?", "fact",
  {"gemeente": "Zwolle", "fact": "places"}, meaning="Zwolle places realised/planned")
q(35082, K, "Wie is de behandelaar van Haarlem?", "fact", {"gemeente": "Haarlem", "fact": "owner"},
  meaning="owner of Haarlem")
q(35083, K, "Op welke trede staat Lelystad?", "fact", {"gemeente": "Lelystad", "fact": "trede"},
  meaning="trede of Lelystad")
q(35084, K, "Voldoet de gemeente Nijmegen aan haar wettelijke taak?", "fact",
  {"gemeente": "Nijmegen", "fact": "compliance"}, meaning="compliance of Nijmegen")
q(35085, K, "Kun je Almere naar trede 3 zetten?", "unknown", {"gemeente": "Almere"},
  meaning="change trede by question: cannot do")
q(35086, K, "Welke gemeenten grenzen aan Amersfoort?", "unknown", {"gemeente": "Amersfoort"},
  meaning="neighbours: cannot do")
q(35087, K, "Wat is het telefoonnummer van de gemeente Tiel?", "unknown", {"gemeente": "Tiel"},
  meaning="phone number: cannot do")
q(35088, K, "Hoe is de stand in Leeuwaarden?", "status", {"gemeente": "Leeuwarden"},
  meaning="status Leeuwarden (misspelt)")
q(35089, K, "Welke zaken zijn aan mij toegewezen?", "list", {"owner": "Koen"},
  lambda d: d["case"]["owner"] == "Koen", meaning="cases owned by the asker (Koen)")
q(35090, K, "Hoe staat Sudwest Fryslan ervoor?", "status", {"gemeente": "Súdwest-Fryslân"},
  meaning="status Súdwest-Fryslân (no diacritics)")
q(35091, K, "Hoe wijs ik een zaak toe aan een collega?", "help", {}, meaning="how to assign")
q(35092, K, "Welke gemeenten in Twente hebben nog niet gereageerd?", "unknown", {"state": ["no_reply"]},
  meaning="Twente has no border in the register: unknown, keeps the state")
q(35093, K, "Wat schreef Heemskerk op 28 april 2026?", "fact",
  {"gemeente": "Heemskerk", "fact": "wrote", "date": "2026-04-28"}, meaning="Heemskerk's message of 28 April 2026")
q(35094, K, "Welke gemeenten in Flevoland zitten in trede 2?", "list", {"province": "Flevoland", "trede": 2},
  lambda d: P(d, "Flevoland") and d["case"]["trede"] == 2, meaning="Flevoland trede 2")
q(35095, K, "Welke Limburgse gemeenten staan nog op trede 1?", "list", {"province": "Limburg", "trede": 1},
  lambda d: P(d, "Limburg") and d["case"]["trede"] == 1, meaning="Limburg trede 1")
q(35096, K, "Wanneer moest Valkenburg aan de Geul uiterlijk antwoorden?", "fact",
  {"gemeente": "Valkenburg aan de Geul", "fact": "termijn"}, meaning="Valkenburg aan de Geul termijn")
q(35097, K, "Hoe staat het met Sittard Geleen?", "status", {"gemeente": "Sittard-Geleen"},
  meaning="status Sittard-Geleen (hyphen missing)")
q(35098, K, "Welke van mijn gemeenten hebben een onvolledig antwoord gestuurd?", "list",
  {"owner": "Koen", "state": ["incomplete"]},
  lambda d: d["case"]["owner"] == "Koen" and incomplete(d), meaning="my (Koen's) cases answered incomplete")
q(35099, K, "Welke zaken zonder behandelaar hebben een brief die onbestelbaar retour kwam?", "list",
  {"no_owner": True, "letter_undelivered": True},
  lambda d: d["case"]["owner"] is None and d["case"]["letter_undelivered"], meaning="no owner and letter bounced")
q(35100, K, "Hoe staat het met de gemeente Utrecht?", "status", {"gemeente": "Utrecht"},
  meaning="status of the municipality Utrecht ('gemeente' decides)")

# ---- write ----------------------------------------------------------------------------
assert [x["id"] for x in Q] == list(range(35001, 35101))
assert len({x["q"] for x in Q}) == 100
NOSET = {"status", "fact", "help", "overview", "clarify", "unknown"}
with open("questions35_with_expected_sets.jsonl", "w", encoding="utf-8") as f:
    for x in Q:
        if x["intent"] in NOSET:
            assert x["pred"] is None
            gem, count = [], None
            g = x["filters"].get("gemeente")
            if x["intent"] == "fact":
                ef = fact_value(g, x["filters"]["fact"], x["filters"].get("date"))
            elif x["intent"] == "status":
                ef = status_summary(g)
            else:
                ef = None
        else:
            gem = sorted(d["gemeente"] for d in CASES if x["pred"](d))
            count, ef = len(gem), None
        for g in ([x["filters"]["gemeente"]] if "gemeente" in x["filters"] else []):
            assert g in BY, g
        f.write(json.dumps({"id": x["id"], "q": x["q"], "intent": x["intent"], "filters": x["filters"],
                            "expected_gemeenten": gem, "count": count, "after": x["after"],
                            "as_staff": STAFF[x["who"]], "on": ON, "meaning": x["meaning"],
                            "expected_fact": ef}, ensure_ascii=False) + "\n")
print("wrote questions35_with_expected_sets.jsonl: 100 questions")
