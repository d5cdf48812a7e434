#!/usr/bin/env python3
"""make_questions.py -> questions.jsonl (set q34, asking day 2028-01-12).
Each list/count question carries its own hand-written predicate over status.json (independent of the
generic filter engine in expected.py, which recomputes the sets from `filters`)."""
import json, os, datetime as dt
from zoneinfo import ZoneInfo
HERE = os.path.dirname(os.path.abspath(__file__))
ON = "2028-01-12"
ST = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
BY = {s["gemeente"]: s for s in ST}
CASES = [s for s in ST if s["case"]]
STAFF = {"Femke": 34501, "Jeroen": 34502, "Sanne": 34503, "Bart": 34504}
NOORD, OOST, ZUID = ["Drenthe", "Friesland", "Groningen"], ["Gelderland", "Overijssel"], ["Limburg", "Noord-Brabant", "Zeeland"]

def c(s): return s["case"]
def prov(s, *p): return s["province"] in p
def noreply(s): return c(s)["overdue"]
def ans(s): return c(s)["answered"]
def late(s): return c(s)["answered"] and c(s)["reply_on_time"] is False
def ontime(s): return c(s)["answered"] and c(s)["reply_on_time"] is True
def inc(s): return c(s)["state"] == "answered_incomplete"
def comp(s): return c(s)["state"] == "answered_complete"
def ext(s): return c(s)["extension_requested"]
def miss(s, *m): return all(x in c(s)["missing"] for x in m)
def term(s, a=None, b=None):
    t = c(s)["termijn"]
    return t is not None and (a is None or t >= a) and (b is None or t <= b)

def exp_iv(s):
    """expected_date as (first_day, last_day) ISO strings, or None."""
    e = s["expected_date"]
    if not e: return None
    y = int(e[:4])
    if len(e) == 10: return e, e
    if "-Q" in e:
        q = int(e[-1]); m1 = 3 * q - 2; m2 = 3 * q
    elif "-H" in e:
        h = int(e[-1]); m1 = 6 * h - 5; m2 = 6 * h
    elif len(e) == 7:
        m1 = m2 = int(e[5:7])
    else:
        m1, m2 = 1, 12
    last = (dt.date(y + (m2 == 12), m2 % 12 + 1, 1) - dt.timedelta(days=1)).isoformat()
    return f"{y}-{m1:02d}-01", last

def exp_win(s, after=None, before=None):
    iv = exp_iv(s)
    return iv is not None and (after is None or iv[0] > after) and (before is None or iv[1] < before)

def local_date(ts):
    return dt.datetime.fromisoformat(ts).astimezone(ZoneInfo("Europe/Amsterdam")).date().isoformat()

def fact(kind, g, date=None):
    s = BY[g]; k = s["case"]
    if kind == "places": return {"realised_total": s["realised_total"], "planned_total": s["planned_total"]}
    if kind == "expected": return s["expected_date"]
    if kind == "owner": return k["owner"]
    if kind == "missing": return list(k["missing"])
    if kind == "termijn": return k["termijn"]
    if kind == "trede": return k["trede"]
    if kind == "compliance": return k["compliance"]
    if kind == "reasons": return list(s["reasons"])
    if kind == "reply":
        if not k["answered"]: return {"answered": False, "reply_date": None, "on_time": None, "days_before_termijn": None}
        d = local_date(k["reply_at"])
        return {"answered": True, "reply_date": d, "on_time": k["reply_on_time"],
                "days_before_termijn": (dt.date.fromisoformat(k["termijn"]) - dt.date.fromisoformat(d)).days if k["termijn"] else None}
    if kind == "wrote":
        return [{"kind": m["kind"], "subject": m["subject"]} for m in s["messages"] if local_date(m["received_at"]) == date]
    if kind == "status":
        return {"trede": k["trede"], "state": k["state"], "compliance": k["compliance"], "owner": k["owner"],
                "termijn": k["termijn"], "answered": k["answered"], "overdue": k["overdue"], "missing": list(k["missing"]),
                "expected_date": s["expected_date"], "realised_total": s["realised_total"], "planned_total": s["planned_total"]}
    raise ValueError(kind)

Q = []  # (id, asker, q, intent, filters, after, meaning, predicate-or-fact)
def add(i, who, q, intent, filters, meaning, pred=None, after=(), fact_=None):
    Q.append(dict(id=i, who=who, q=q, intent=intent, filters=filters, after=list(after), meaning=meaning, pred=pred, fact=fact_))

F, J, S, B = "Femke", "Jeroen", "Sanne", "Bart"
# ---------------- Femke (beheerder, formal, Kamerbrief) 34001-34025
add(34001, F, "Hoeveel gemeenten hebben na het verstrijken van de termijn nog altijd niet gereageerd?", "count",
    {"state": ["no_reply"]}, "count of cases overdue without reply", noreply)
add(34002, F, "Welke gemeenten in Noord-Nederland voldoen niet aan hun wettelijke taak?", "list",
    {"province": NOORD, "compliance": "voldoet_niet"}, "north (Dr/Fr/Gr), compliance voldoet_niet",
    lambda s: prov(s, *NOORD) and c(s)["compliance"] == "voldoet_niet")
add(34003, F, "Hoeveel gemeenten in Zuid-Holland voldoen gedeeltelijk aan de taakstelling?", "count",
    {"province": "Zuid-Holland", "compliance": "voldoet_gedeeltelijk"}, "ZH partly compliant, count",
    lambda s: prov(s, "Zuid-Holland") and c(s)["compliance"] == "voldoet_gedeeltelijk")
add(34004, F, "Kunt u mij het aantal gemeenten geven dat zich op dit moment in trede 3 bevindt?", "count",
    {"trede": 3}, "count trede 3", lambda s: c(s)["trede"] == 3)
add(34005, F, "Welke gemeenten hebben om uitstel verzocht, met uitzondering van die in Zuid-Holland?", "list",
    {"state": ["extended"], "not_province": "Zuid-Holland"}, "extension asked, not in ZH",
    lambda s: ext(s) and not prov(s, "Zuid-Holland"))
add(34006, F, "Hoeveel gemeenten in Oost-Nederland hebben tijdig gereageerd?", "count",
    {"province": OOST, "state": ["on_time"]}, "east (Gld/Ov) replied on time, count",
    lambda s: prov(s, *OOST) and ontime(s))
add(34007, F, "Welke gemeenten hebben te laat gereageerd en bovendien een onvolledige reactie ingediend?", "list",
    {"state": ["incomplete", "late"]}, "late and incomplete", lambda s: late(s) and inc(s))
add(34008, F, "Hoeveel gemeenten voldoen thans volledig aan hun wettelijke taak?", "count",
    {"compliance": "voldoet"}, "fully compliant count", lambda s: c(s)["compliance"] == "voldoet")
add(34009, F, "Welke Limburgse gemeenten in trede 2 hebben na afloop van de termijn nog geen reactie gestuurd?", "list",
    {"province": "Limburg", "trede": 2, "state": ["no_reply"]}, "Limburg, trede 2, overdue no reply",
    lambda s: prov(s, "Limburg") and c(s)["trede"] == 2 and noreply(s))
add(34010, F, "Hoeveel zaken zijn nog niet aan een behandelaar toegewezen?", "count",
    {"no_owner": True}, "cases without owner, count", lambda s: c(s)["owner"] is None)
add(34011, F, "Welke Brabantse gemeenten voldoen niet aan de taakstelling, Waalwijk uitgezonderd?", "list",
    {"province": "Noord-Brabant", "compliance": "voldoet_niet", "not_gemeente": "Waalwijk"},
    "NB voldoet_niet minus Waalwijk",
    lambda s: prov(s, "Noord-Brabant") and c(s)["compliance"] == "voldoet_niet" and s["gemeente"] != "Waalwijk")
add(34012, F, "Hoeveel gemeenten in trede 2 hebben inmiddels gereageerd, Limburg niet meegerekend?", "count",
    {"trede": 2, "state": ["answered"], "not_province": "Limburg"}, "trede 2 answered, Limburg left out, count",
    lambda s: c(s)["trede"] == 2 and ans(s) and not prov(s, "Limburg"))
add(34013, F, "Welke gemeenten verwachten dit jaar aan hun wettelijke taak te voldoen?", "list",
    {"expected_after": "2027-12-31", "expected_before": "2029-01-01"},
    "expected date within 2028 (dit jaar = year of the asking day)",
    lambda s: exp_win(s, "2027-12-31", "2029-01-01"))
add(34014, F, "Bij hoeveel gemeenten lag de verwachte realisatiedatum vorig jaar?", "count",
    {"expected_after": "2026-12-31", "expected_before": "2028-01-01"},
    "expected date within 2027 (vorig jaar = 2027), count",
    lambda s: exp_win(s, "2026-12-31", "2028-01-01"))
add(34015, F, "Welke Zeeuwse gemeenten hebben zowel tijdig als volledig gereageerd?", "list",
    {"province": "Zeeland", "state": ["complete", "on_time"]}, "Zeeland, complete and on time",
    lambda s: prov(s, "Zeeland") and comp(s) and ontime(s))
add(34016, F, "Van welke gemeenten is de brief onbestelbaar retour gekomen?", "list",
    {"letter_undelivered": True}, "latest letter bounced", lambda s: c(s)["letter_undelivered"])
add(34017, F, "Hoeveel gemeenten in Gelderland en Overijssel voldoen niet aan hun wettelijke taak?", "count",
    {"province": ["Gelderland", "Overijssel"], "compliance": "voldoet_niet"}, "Gld+Ov voldoet_niet, count",
    lambda s: prov(s, "Gelderland", "Overijssel") and c(s)["compliance"] == "voldoet_niet")
add(34018, F, "Voldoet de gemeente Heemskerk aan haar wettelijke taak?", "fact",
    {"gemeente": "Heemskerk", "fact": "compliance"}, "compliance of Heemskerk", fact_=("compliance", "Heemskerk"))
add(34019, F, "Welke gemeenten hebben na afloop van de termijn nog niet gereageerd, exclusief de uitstelverzoeken?", "list",
    {"state": ["no_reply"], "not_state": ["extended"]}, "overdue no reply, not extension-requested",
    lambda s: noreply(s) and not ext(s))
add(34020, F, "Hoeveel gemeenten hebben gereageerd, uitgezonderd de gemeenten die te laat waren?", "count",
    {"state": ["answered"], "not_state": ["late"]}, "answered minus late, count", lambda s: ans(s) and not late(s))
add(34021, F, "Mag ik een algemeen overzicht van de stand van zaken?", "overview", {}, "overview of the register")
add(34022, F, "Kunt u de lijst van gemeenten die niet voldoen naar Excel exporteren?", "unknown",
    {"compliance": "voldoet_niet"}, "export is not possible; slot kept")
add(34023, F, "Welke gemeenten in de Randstad hebben nog niet gereageerd?", "clarify",
    {"state": ["no_reply"]}, "Randstad has no fixed border: ask back")
add(34024, F, "Hoeveel Friese gemeenten bevinden zich nog in trede 1?", "count",
    {"province": "Friesland", "trede": 1}, "Friesland trede 1 count", lambda s: prov(s, "Friesland") and c(s)["trede"] == 1)
add(34025, F, "Welke gemeenten in Zuid-Nederland hebben gereageerd zonder een tijdpad te noemen?", "list",
    {"province": ZUID, "state": ["answered"], "missing": ["timeline"]}, "south, answered, timeline missing",
    lambda s: prov(s, *ZUID) and ans(s) and miss(s, "timeline"))
# ---------------- Jeroen (behandelaar, phone shorthand, chains) 34026-34050
add(34026, J, "wlke gemeentn in gld hebbn nog nt gereageerd", "list",
    {"province": "Gelderland", "state": ["no_reply"]}, "Gelderland overdue no reply",
    lambda s: prov(s, "Gelderland") and noreply(s))
add(34027, J, "en daarvan die nt voldoen?", "list",
    {"province": "Gelderland", "state": ["no_reply"], "compliance": "voldoet_niet"}, "narrow previous to voldoet_niet",
    lambda s: prov(s, "Gelderland") and noreply(s) and c(s)["compliance"] == "voldoet_niet", after=[34026])
add(34028, J, "en in ov?", "list",
    {"province": "Overijssel", "state": ["no_reply"], "compliance": "voldoet_niet"}, "same chain, province Overijssel",
    lambda s: prov(s, "Overijssel") and noreply(s) and c(s)["compliance"] == "voldoet_niet", after=[34026, 34027])
add(34029, J, "welke daarvan zonder behandelaar", "list",
    {"province": "Overijssel", "state": ["no_reply"], "compliance": "voldoet_niet", "no_owner": True}, "narrow to no owner",
    lambda s: prov(s, "Overijssel") and noreply(s) and c(s)["compliance"] == "voldoet_niet" and c(s)["owner"] is None,
    after=[34026, 34027, 34028])
add(34030, J, "mijn zaken", "list", {"owner": "Jeroen"}, "cases owned by asker (Jeroen)",
    lambda s: c(s)["owner"] == "Jeroen")
add(34031, J, "welke daarvan hebben nog geen reactie gestuurd", "list",
    {"owner": "Jeroen", "state": ["no_reply"]}, "my cases overdue no reply",
    lambda s: c(s)["owner"] == "Jeroen" and noreply(s), after=[34030])
add(34032, J, "hvl gem in nb zonder reactie", "count", {"province": "Noord-Brabant", "state": ["no_reply"]},
    "NB overdue no reply, count", lambda s: prov(s, "Noord-Brabant") and noreply(s))
add(34033, J, "en hoevl daarvan voldoen ook nt", "count",
    {"province": "Noord-Brabant", "state": ["no_reply"], "compliance": "voldoet_niet"}, "narrow to voldoet_niet",
    lambda s: prov(s, "Noord-Brabant") and noreply(s) and c(s)["compliance"] == "voldoet_niet", after=[34032])
add(34034, J, "hoe staat zaanstad ervoor", "status", {"gemeente": "Zaanstad"}, "status Zaanstad",
    fact_=("status", "Zaanstad"))
add(34035, J, "wnnr verwachten ze klaar te zijn", "fact", {"gemeente": "Zaanstad", "fact": "expected"},
    "expected date of Zaanstad", after=[34034], fact_=("expected", "Zaanstad"))
add(34036, J, "op tijd gereageerd?", "fact", {"gemeente": "Zaanstad", "fact": "reply"},
    "reply timeliness Zaanstad", after=[34034, 34035], fact_=("reply", "Zaanstad"))
add(34037, J, "en wie is eigenaar", "fact", {"gemeente": "Zaanstad", "fact": "owner"},
    "owner of Zaanstad (none)", after=[34034, 34035, 34036], fact_=("owner", "Zaanstad"))
add(34038, J, "lijst trede 3", "list", {"trede": 3}, "trede 3 list", lambda s: c(s)["trede"] == 3)
add(34039, J, "alleen zh gemeentes: wie hebbn uitstel gevraagd", "list", {"province": "Zuid-Holland", "state": ["extended"]},
    "ZH extension asked", lambda s: prov(s, "Zuid-Holland") and ext(s))
add(34040, J, "en in nh?", "list", {"province": "Noord-Holland", "state": ["extended"]}, "same in NH",
    lambda s: prov(s, "Noord-Holland") and ext(s), after=[34039])
add(34041, J, "brieven onbestelbaar retour in gld?", "list", {"province": "Gelderland", "letter_undelivered": True},
    "Gelderland letter bounced", lambda s: prov(s, "Gelderland") and c(s)["letter_undelivered"])
add(34042, J, "wat moet ik deze week", "list",
    {"owner": "Jeroen", "termijn_from": "2028-01-10", "termijn_to": "2028-01-16"},
    "my cases with termijn in the week of 2028-01-12 (Mon 10 - Sun 16): none",
    lambda s: c(s)["owner"] == "Jeroen" and term(s, "2028-01-10", "2028-01-16"))
add(34043, J, "hoe zit t met goes", "status", {"gemeente": "Goes"}, "status Goes", fact_=("status", "Goes"))
add(34044, J, "wanneer was de termijn", "fact", {"gemeente": "Goes", "fact": "termijn"}, "termijn of Goes",
    after=[34043], fact_=("termijn", "Goes"))
add(34045, J, "welke gemeentn in fr hebben onvolledig gereageerd", "list",
    {"province": "Friesland", "state": ["incomplete"]}, "Friesland incomplete", lambda s: prov(s, "Friesland") and inc(s))
add(34046, J, "zeeuwse gemeenten die gereageerd hebben behalve goes en sluis", "list",
    {"province": "Zeeland", "state": ["answered"], "not_gemeente": ["Goes", "Sluis"]}, "Zeeland answered minus Goes, Sluis",
    lambda s: prov(s, "Zeeland") and ans(s) and s["gemeente"] not in ("Goes", "Sluis"))
add(34047, J, "top, bedankt!", "help", {}, "thanks")
add(34048, J, "hoevl zaken heeft sanne", "count", {"owner": "Sanne"}, "Sanne's cases count",
    lambda s: c(s)["owner"] == "Sanne")
add(34049, J, "en bart?", "count", {"owner": "Bart"}, "Bart's cases count", lambda s: c(s)["owner"] == "Bart",
    after=[34048])
add(34050, J, "welke daarvan nog geen reactie", "list", {"owner": "Bart", "state": ["no_reply"]},
    "Bart's cases overdue no reply", lambda s: c(s)["owner"] == "Bart" and noreply(s), after=[34048, 34049])
# ---------------- Sanne (jurist/analist) 34051-34075
add(34051, S, "Bij welke gemeenten ontbreekt een concreet tijdpad?", "list", {"missing": ["timeline"]},
    "timeline missing", lambda s: miss(s, "timeline"))
add(34052, S, "Bij welke gemeenten ontbreken zowel de stappen als het tijdpad?", "list", {"missing": ["steps", "timeline"]},
    "steps and timeline missing", lambda s: miss(s, "steps", "timeline"))
add(34053, S, "Welke gemeenten missen alle drie de elementen?", "list", {"missing": ["facts", "steps", "timeline"]},
    "all three elements missing", lambda s: miss(s, "facts", "steps", "timeline"))
add(34054, S, "Hoeveel gemeenten voeren een lopende bezwaarprocedure aan als reden?", "count",
    {"reason": "objection_procedure"}, "reason objection_procedure, count",
    lambda s: "objection_procedure" in s["reasons"])
add(34055, S, "Welke Noord-Hollandse gemeenten noemen het ontbreken van een geschikte locatie?", "list",
    {"province": "Noord-Holland", "reason": "no_location"}, "NH reason no_location",
    lambda s: prov(s, "Noord-Holland") and "no_location" in s["reasons"])
add(34056, S, "Welke gemeenten hebben geldproblemen?", "list", {"reason": "finance"}, "reason finance",
    lambda s: "finance" in s["reasons"])
add(34057, S, "Welke gemeenten verwachten vóór de zomer van 2027 aan de taak te voldoen?", "list",
    {"expected_before": "2027-07-01"}, "expected interval ends before 2027-07-01",
    lambda s: exp_win(s, before="2027-07-01"))
add(34058, S, "Welke gemeenten verwachten pas na de zomer van 2027 klaar te zijn?", "list",
    {"expected_after": "2027-08-31"}, "expected interval starts after 2027-08-31",
    lambda s: exp_win(s, after="2027-08-31"))
add(34059, S, "Welke gemeenten verwachten in Q1 2027 te voldoen?", "list",
    {"expected_after": "2026-12-31", "expected_before": "2027-04-01"}, "expected inside Q1 2027",
    lambda s: exp_win(s, "2026-12-31", "2027-04-01"))
add(34060, S, "En in Q2 2027?", "list", {"expected_after": "2027-03-31", "expected_before": "2027-07-01"},
    "window replaced by Q2 2027", lambda s: exp_win(s, "2027-03-31", "2027-07-01"), after=[34059])
add(34061, S, "Hoeveel gemeenten hebben een verwachte datum die al verstreken is?", "count",
    {"expected_before": "2028-01-12"}, "expected interval ended before the asking day, count",
    lambda s: exp_win(s, before="2028-01-12"))
add(34062, S, "Welke gemeenten verwachten deze maand aan hun taak te voldoen?", "list",
    {"expected_after": "2027-12-31", "expected_before": "2028-02-01"}, "expected inside January 2028",
    lambda s: exp_win(s, "2027-12-31", "2028-02-01"))
add(34063, S, "En welke gemeenten hadden vorige maand als verwachte datum?", "list",
    {"expected_after": "2027-11-30", "expected_before": "2028-01-01"}, "expected inside December 2027",
    lambda s: exp_win(s, "2027-11-30", "2028-01-01"), after=[34062])
add(34064, S, "Hoeveel gemeenten verwachten pas volgend jaar te voldoen?", "count",
    {"expected_after": "2028-12-31", "expected_before": "2030-01-01"}, "expected inside 2029 (volgend jaar), count",
    lambda s: exp_win(s, "2028-12-31", "2030-01-01"))
add(34065, S, "Hoeveel gemeenten verwachten vóór 1 maart klaar te zijn?", "count",
    {"expected_before": "2028-03-01"}, "no year: lies ahead -> before 2028-03-01, count",
    lambda s: exp_win(s, before="2028-03-01"))
add(34066, S, "Welke gemeenten verwachten tussen 1 maart 2027 en 30 juni 2027 te voldoen?", "list",
    {"expected_after": "2027-02-28", "expected_before": "2027-07-01"}, "expected inside Mar-Jun 2027",
    lambda s: exp_win(s, "2027-02-28", "2027-07-01"))
add(34067, S, "Welke gemeenten hadden hun termijn in juni 2026?", "list",
    {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30"}, "termijn in June 2026",
    lambda s: term(s, "2026-06-01", "2026-06-30"))
add(34068, S, "Hoeveel zaken hebben een termijn vóór 1 mei 2026?", "count", {"termijn_to": "2026-04-30"},
    "termijn up to 2026-04-30, count", lambda s: term(s, None, "2026-04-30"))
add(34069, S, "Welke termijnen verlopen binnen twee weken?", "list",
    {"termijn_from": "2028-01-12", "termijn_to": "2028-01-25"}, "termijn in the 14 days from the asking day: none",
    lambda s: term(s, "2028-01-12", "2028-01-25"))
add(34070, S, "Welke gemeenten hadden hun termijn in november?", "list",
    {"termijn_from": "2027-11-01", "termijn_to": "2027-11-30"},
    "month without year = nearest November = November 2027: none", lambda s: term(s, "2027-11-01", "2027-11-30"))
add(34071, S, "Welke gemeenten met een termijn vanaf 1 oktober 2026 hebben nog steeds niet gereageerd?", "list",
    {"termijn_from": "2026-10-01", "state": ["no_reply"]}, "termijn from 2026-10-01, overdue no reply",
    lambda s: term(s, "2026-10-01") and noreply(s))
add(34072, S, "Bij welke Utrechtse gemeenten ontbreken de feiten?", "list", {"province": "Utrecht", "missing": ["facts"]},
    "Utrecht, facts missing", lambda s: prov(s, "Utrecht") and miss(s, "facts"))
add(34073, S, "Welke gemeenten wijzen op vergunningsperikelen?", "list", {"reason": "permit_procedure"},
    "reason permit_procedure", lambda s: "permit_procedure" in s["reasons"])
add(34074, S, "Welke redenen geeft Delft op voor de achterstand?", "fact", {"gemeente": "Delft", "fact": "reasons"},
    "reasons of Delft", fact_=("reasons", "Delft"))
add(34075, S, "Welke gemeenten hebben vorig jaar een termijn laten verlopen zonder te reageren?", "list",
    {"termijn_from": "2027-01-01", "termijn_to": "2027-12-31", "state": ["no_reply"]},
    "vorig jaar = 2027: termijn in 2027 and overdue no reply: none (all termijnen are in 2026)",
    lambda s: term(s, "2027-01-01", "2027-12-31") and noreply(s))
# ---------------- Bart (newcomer) 34076-34100
add(34076, B, "Hoe staat Ede ervoor?", "status", {"gemeente": "Ede"}, "status Ede", fact_=("status", "Ede"))
add(34077, B, "Hoeveel plekken heeft Zaanstad al, amv meegeteld?", "fact", {"gemeente": "Zaanstad", "fact": "places"},
    "places of Zaanstad (totals incl. AMV)", fact_=("places", "Zaanstad"))
add(34078, B, "Wanneer moest Heerde uiterlijk reageren?", "fact", {"gemeente": "Heerde", "fact": "termijn"},
    "termijn of Heerde", fact_=("termijn", "Heerde"))
add(34079, B, "In welke trede zit Coevorden?", "fact", {"gemeente": "Coevorden", "fact": "trede"}, "trede of Coevorden",
    fact_=("trede", "Coevorden"))
add(34080, B, "Hoe werkt deze bot eigenlijk?", "help", {}, "help")
add(34081, B, "Hoe wijs ik een zaak toe aan een collega?", "help", {}, "help on assigning")
add(34082, B, "Kunt u een herinneringsmail sturen naar Baarn?", "unknown", {"gemeente": "Baarn"},
    "cannot send mail; municipality kept")
add(34083, B, "Wat is het telefoonnummer van de gemeente Lochem?", "unknown", {"gemeente": "Lochem"},
    "no contact data; municipality kept")
add(34084, B, "Welke gemeenten liggen naast Zeist?", "unknown", {"gemeente": "Zeist"}, "neighbours: cannot do")
add(34085, B, "Hoe zit het met Bergen?", "clarify", {}, "Bergen (L.) or Bergen (NH.): ask back")
add(34086, B, "Hoe zit het met Utrecht?", "clarify", {}, "province or municipality Utrecht: ask back")
add(34087, B, "Hoe staat het met Heerhugowaard?", "status", {"gemeente": "Dijk en Waard"},
    "former name -> Dijk en Waard", fact_=("status", "Dijk en Waard"))
add(34088, B, "Wanneer verwacht Hellevoetsluis klaar te zijn?", "fact", {"gemeente": "Voorne aan Zee", "fact": "expected"},
    "former name -> Voorne aan Zee, expected date", fact_=("expected", "Voorne aan Zee"))
add(34089, B, "Heeft Nijmegn al gereageerd?", "fact", {"gemeente": "Nijmegen", "fact": "reply"},
    "misspelled Nijmegen, reply", fact_=("reply", "Nijmegen"))
add(34090, B, "Welke gemeenten in Twente hebben niet gereageerd?", "unknown", {"state": ["no_reply"]},
    "Twente has no border in the register")
add(34091, B, "Wie is de behandelaar van Den Bosch?", "fact", {"gemeente": "'s-Hertogenbosch", "fact": "owner"},
    "owner of 's-Hertogenbosch", fact_=("owner", "'s-Hertogenbosch"))
add(34092, B, "Wat schreef Heemskerk op 28 april 2026?", "fact",
    {"gemeente": "Heemskerk", "fact": "wrote", "date": "2026-04-28"}, "messages of Heemskerk that day",
    fact_=("wrote", "Heemskerk", "2026-04-28"))
add(34093, B, "Welke gemeenten zijn aan mij toegewezen?", "list", {"owner": "Bart"}, "asker's cases (Bart)",
    lambda s: c(s)["owner"] == "Bart")
add(34094, B, "die van mij in gelderland welke hebben nog niet gereageerd", "list",
    {"owner": "Bart", "province": "Gelderland", "state": ["no_reply"]}, "Bart's Gelderland cases overdue",
    lambda s: c(s)["owner"] == "Bart" and prov(s, "Gelderland") and noreply(s))
add(34095, B, "Welke gemeenten zijn te laat?", "clarify", {}, "bare 'te laat': ask back")
add(34096, B, "Heeft Delfzijl op tijd gereageerd?", "fact", {"gemeente": "Eemsdelta", "fact": "reply"},
    "former name -> Eemsdelta, reply", fact_=("reply", "Eemsdelta"))
add(34097, B, "Geef me de top 5 gemeenten met de grootste achterstand", "unknown", {}, "ranking: cannot do")
add(34098, B, "waarom voldoet sudwest fryslan niet", "fact", {"gemeente": "Súdwest-Fryslân", "fact": "reasons"},
    "reasons of Súdwest-Fryslân (no diacritics typed)", fact_=("reasons", "Súdwest-Fryslân"))
add(34099, B, "Welke gemeenten in Groningen hebben al gereageerd?", "list", {"province": "Groningen", "state": ["answered"]},
    "plural decides province Groningen; answered", lambda s: prov(s, "Groningen") and ans(s))
add(34100, B, "Dank je wel voor de uitleg!", "help", {}, "thanks")

def main():
    assert len(Q) == 100 and [q["id"] for q in Q] == list(range(34001, 34101))
    out = []
    for q in Q:
        rec = {"id": q["id"], "q": q["q"], "intent": q["intent"], "filters": q["filters"]}
        if q["pred"]:
            g = sorted(s["gemeente"] for s in CASES if q["pred"](s))
            rec["expected_gemeenten"], rec["count"] = g, len(g)
        else:
            rec["expected_gemeenten"], rec["count"] = [], None
        rec.update({"after": q["after"], "as_staff": STAFF[q["who"]], "on": ON, "meaning": q["meaning"]})
        if q["fact"]:
            rec["expected_fact"] = fact(*q["fact"])
        elif q["intent"] == "overview":
            rec["expected_fact"] = {"cases": len(CASES), "no_reply": sum(1 for s in CASES if noreply(s)),
                                    "answered": sum(1 for s in CASES if ans(s)),
                                    "extended": sum(1 for s in CASES if ext(s))}
        else:
            rec["expected_fact"] = None
        out.append(rec)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(out), "questions written")
    for r in out:
        print(r["id"], r["intent"], r["count"], (r["expected_gemeenten"][:4] if r["count"] else r.get("expected_fact")))

if __name__ == "__main__":
    main()
