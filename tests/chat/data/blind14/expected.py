#!/usr/bin/env python3
"""Compute the expected answers of the q14 question set from due.json and status.json ONLY.

The questions (text, intent, filters, follow-up links, meaning) are written below without answers;
every expected_gemeenten / count / expected_fact is computed here. Writes questions.jsonl.

Filter semantics (README `ask --json` names where they exist):
  gemeente            the one municipality (facts)
  province            str or list (several provinces: union)          [list form is an extension]
  province_exclude    list of provinces left out ("buiten", "niet in") [extension]
  gemeente_exclude    list of municipalities left out ("behalve", "met uitzondering van") [extension]
  trede               int or list;  trede_exclude  list [extension]
  owner               case owner's name ("mijn" = the as_staff person);  no_owner  true
  state               list, all must hold:
                        no_reply    -> due.json row kind "no_reply"
                        unanswered  -> case.answered is false
                        answered    -> case.answered is true
                        late/on_time-> case.reply_on_time false/true
                        incomplete/complete -> case.state answered_incomplete/answered_complete
                        suspended   -> case.suspended
                        extended    -> case.extension_requested (no termijn was moved in this register)
  letter_undelivered  true -> due.json row kind "letter_undelivered" (waiting on the team) [extension]
  missing             list, every element in case.missing
  reason              a code in status.reasons
  compliance          str, case.compliance
  expected_before / expected_after  the expected date as a period (day, month, quarter, half year):
                        period end < before, period start > after (strict); no expected date -> no match
  termijn_from / termijn_to  case.termijn within, inclusive
Facts (expected_fact): places=realised_total, expected=expected_date, owner=case.owner,
  missing=case.missing, termijn=case.termijn, reply=date of case.reply_at, reasons=reasons,
  trede=case.trede, compliance=case.compliance.
"""
import calendar, datetime as dt, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ON = "2027-05-10"
STATUS = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
DUE = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
DUE_KIND = {}
for r in DUE:
    DUE_KIND.setdefault(r["kind"], set()).add(r["gemeente"])

NB, GL, LB, ZL, DR, UT, FL = "Noord-Brabant", "Gelderland", "Limburg", "Zeeland", "Drenthe", "Utrecht", "Flevoland"
NH, ZH, FR, GR, OV = "Noord-Holland", "Zuid-Holland", "Friesland", "Groningen", "Overijssel"
ADV, INSP, TRAINEE = None, 14501, 14504   # advisor on the console (no --as), Wilma, Pieter-Jan
STAFF = {14501: "Wilma", 14502: "Sem", 14503: "Naima", 14504: "Pieter-Jan"}


def period(s):
    """expected date string -> (first day, last day)"""
    y = int(s[:4])
    rest = s[5:]
    if len(s) == 10:
        d = dt.date.fromisoformat(s); return d, d
    if rest.startswith("Q"):
        q = int(rest[1]); m1 = 3 * q - 2; m2 = 3 * q
    elif rest.startswith("H"):
        h = int(rest[1]); m1 = 6 * h - 5; m2 = 6 * h
    else:
        m1 = m2 = int(rest)
    return dt.date(y, m1, 1), dt.date(y, m2, calendar.monthrange(y, m2)[1])


def as_list(x):
    return x if isinstance(x, list) else [x]


def match(name, v, f):
    c = v["case"]
    if "gemeente" in f and name != f["gemeente"]:
        return False
    if "province" in f and v["province"] not in as_list(f["province"]):
        return False
    if v["province"] in f.get("province_exclude", []):
        return False
    if name in f.get("gemeente_exclude", []):
        return False
    if "trede" in f and c["trede"] not in as_list(f["trede"]):
        return False
    if c["trede"] in f.get("trede_exclude", []):
        return False
    if "owner" in f and c["owner"] != f["owner"]:
        return False
    if f.get("no_owner") and c["owner"] is not None:
        return False
    for st in f.get("state", []):
        ok = {
            "no_reply": name in DUE_KIND.get("no_reply", set()),
            "unanswered": not c["answered"],
            "answered": bool(c["answered"]),
            "late": c["reply_on_time"] is False,
            "on_time": c["reply_on_time"] is True,
            "incomplete": c["state"] == "answered_incomplete",
            "complete": c["state"] == "answered_complete",
            "suspended": bool(c["suspended"]),
            "extended": bool(c["extension_requested"]),
        }[st]
        if not ok:
            return False
    if f.get("letter_undelivered") and name not in DUE_KIND.get("letter_undelivered", set()):
        return False
    if not all(m in c["missing"] for m in f.get("missing", [])):
        return False
    if "reason" in f and f["reason"] not in v["reasons"]:
        return False
    if "compliance" in f and c["compliance"] not in as_list(f["compliance"]):
        return False
    if "expected_before" in f or "expected_after" in f:
        if not v["expected_date"]:
            return False
        a, b = period(v["expected_date"])
        if "expected_before" in f and not b < dt.date.fromisoformat(f["expected_before"]):
            return False
        if "expected_after" in f and not a > dt.date.fromisoformat(f["expected_after"]):
            return False
    if "termijn_from" in f or "termijn_to" in f:
        t = c["termijn"]
        if not t:
            return False
        if "termijn_from" in f and t < f["termijn_from"]:
            return False
        if "termijn_to" in f and t > f["termijn_to"]:
            return False
    return True


def fact_value(name, key):
    v = STATUS[name]; c = v["case"]
    return {
        "places": v["realised_total"],
        "expected": v["expected_date"],
        "owner": c["owner"],
        "missing": c["missing"],
        "termijn": c["termijn"],
        "reply": c["reply_at"][:10] if c["reply_at"] else None,
        "reasons": v["reasons"],
        "trede": c["trede"],
        "compliance": c["compliance"],
    }[key]


# (id, q, intent, filters, after, as_staff, meaning)
Q = [
# --- persona 1: a minister's advisor preparing a parliamentary debate (console, formal, several slots) ---
(14001, "Welke gemeenten in Noord-Brabant en Gelderland hebben nog niet gereageerd, terwijl de termijn is verstreken?", "list",
 {"province": [NB, GL], "state": ["no_reply"]}, [], ADV, "Cases in Noord-Brabant or Gelderland with no reply after the termijn passed."),
(14002, "En zonder Brabant?", "list",
 {"province": GL, "state": ["no_reply"]}, [14001], ADV, "Follow-up dropping Noord-Brabant: Gelderland only, still no reply past the termijn."),
(14003, "En in Limburg?", "list",
 {"province": LB, "state": ["no_reply"]}, [14001, 14002], ADV, "Follow-up changing the province to Limburg, still no reply past the termijn."),
(14004, "Hoeveel zijn dat er in Limburg, Zeeland en Drenthe bij elkaar?", "count",
 {"province": [LB, ZL, DR], "state": ["no_reply"]}, [14003], ADV, "Count of no-reply cases in three provinces together."),
(14005, "Hoeveel gemeenten in Zeeland, Utrecht en Flevoland voldoen niet?", "count",
 {"province": [ZL, UT, FL], "compliance": "voldoet_niet"}, [], ADV, "Number of cases with compliance voldoet_niet in three provinces."),
(14006, "Welke trede 2-gemeenten hebben een onvolledige reactie gestuurd waarin de feiten ontbreken?", "list",
 {"trede": 2, "state": ["incomplete"], "missing": ["facts"]}, [], ADV, "Trede 2 cases whose reply is incomplete and misses the facts."),
(14007, "En alleen trede 3?", "list",
 {"trede": 3, "state": ["incomplete"], "missing": ["facts"]}, [14006], ADV, "Same question for trede 3."),
(14008, "Welke gemeenten verwachten in het derde kwartaal van 2027 te voldoen en noemen een bezwaarprocedure als reden?", "list",
 {"reason": "objection_procedure", "expected_after": "2027-06-30", "expected_before": "2027-10-01"}, [], ADV,
 "Cases citing an objection procedure whose expected date lies within Q3 2027."),
(14009, "En met bezwaar als reden, maar dan vóór de zomer van 2027?", "list",
 {"reason": "objection_procedure", "expected_before": "2027-07-01"}, [14008], ADV,
 "Follow-up replacing the window: objection procedure, expected date ending before 1 July 2027."),
(14010, "Welke gemeenten die gedeeltelijk voldoen liggen bij Sem?", "list",
 {"compliance": "voldoet_gedeeltelijk", "owner": "Sem"}, [], ADV, "Sem's cases with compliance voldoet_gedeeltelijk."),
(14011, "idem voor Naima", "list",
 {"compliance": "voldoet_gedeeltelijk", "owner": "Naima"}, [14010], ADV, "Follow-up changing the owner to Naima."),
(14012, "Welke Noord-Hollandse gemeenten, met uitzondering van Zaanstad, hebben volledig gereageerd?", "list",
 {"province": NH, "gemeente_exclude": ["Zaanstad"], "state": ["complete"]}, [], ADV,
 "Noord-Holland cases whose answer misses nothing, Zaanstad left out."),
(14013, "Graag een overzicht van de Friese en Groningse gemeenten in trede 2 die nog niet hebben gereageerd.", "list",
 {"province": [FR, GR], "trede": 2, "state": ["no_reply"]}, [], ADV,
 "Trede 2 cases in Friesland or Groningen with no reply past the termijn (province adjectives)."),
(14014, "Hoeveel gemeenten buiten Zuid-Holland noemen woningtekort als reden?", "count",
 {"reason": "housing_shortage", "province_exclude": [ZH]}, [], ADV, "Count of cases citing housing shortage outside Zuid-Holland."),
(14015, "Welke gemeenten geven als reden dat er geen geschikte locatie is en verwachten pas na 2027 te voldoen?", "list",
 {"reason": "no_location", "expected_after": "2027-12-31"}, [], ADV,
 "Cases citing no_location whose expected date starts after 2027."),
(14016, "Welke gemeenten in Zuid-Holland en Zeeland hebben om uitstel gevraagd?", "list",
 {"province": [ZH, ZL], "state": ["extended"]}, [], ADV, "Cases in Zuid-Holland or Zeeland with an extension request pending."),
(14017, "en excl. Zeeland?", "list",
 {"province": ZH, "state": ["extended"]}, [14016], ADV, "Follow-up leaving Zeeland out: Zuid-Holland only."),
(14018, "Welke gemeenten die om uitstel vroegen liggen niet in Zuid-Holland of Zeeland?", "list",
 {"state": ["extended"], "province_exclude": [ZH, ZL]}, [], ADV, "Extension requests outside Zuid-Holland and Zeeland ('niet in')."),
(14019, "Bij welke gemeenten is de brief niet bezorgd?", "list",
 {"letter_undelivered": True}, [], ADV, "Cases whose letter bounced and waits to be sent again (due.json letter_undelivered)."),
(14020, "En welke daarvan liggen in Gelderland of Overijssel?", "list",
 {"letter_undelivered": True, "province": [GL, OV]}, [14019], ADV, "Undelivered letters narrowed to Gelderland or Overijssel."),
(14021, "Hoeveel zaken zitten inmiddels in trede 3?", "count",
 {"trede": 3}, [], ADV, "Number of cases at trede 3."),
(14022, "En welke daarvan hebben nog niet gereageerd?", "list",
 {"trede": 3, "state": ["no_reply"]}, [14021], ADV, "Trede 3 cases with no reply past the termijn."),
(14023, "Welke Brabantse gemeenten behalve Breda hebben een onvolledige reactie gestuurd?", "list",
 {"province": NB, "gemeente_exclude": ["Breda"], "state": ["incomplete"]}, [], ADV,
 "Noord-Brabant cases with an incomplete answer, Breda left out."),
(14024, "Welke gemeenten die niet voldoen hebben nog geen behandelaar?", "list",
 {"compliance": "voldoet_niet", "no_owner": True}, [], ADV, "Cases with compliance voldoet_niet and no owner."),
(14025, "Beperk dat tot Drenthe en Overijssel.", "list",
 {"compliance": "voldoet_niet", "no_owner": True, "province": [DR, OV]}, [14024], ADV,
 "Follow-up adding two provinces to the previous filter."),
(14026, "Welke gemeenten noemen een vergunningsprocedure en verwachten dit jaar nog te voldoen?", "list",
 {"reason": "permit_procedure", "expected_after": "2026-12-31", "expected_before": "2028-01-01"}, [], ADV,
 "Cases citing a permit procedure whose expected date lies within 2027."),
(14027, "Welke gemeenten hebben te laat gereageerd én missen de stappen?", "list",
 {"state": ["late"], "missing": ["steps"]}, [], ADV, "Cases whose reply came after the termijn and that miss the steps."),
(14028, "Hoeveel trede 1-gemeenten hebben hun melding gedaan zonder tijdpad?", "count",
 {"trede": 1, "missing": ["timeline"]}, [], ADV, "Count of trede 1 cases whose notice misses the timeline."),
(14029, "Welke gemeenten voldoen volledig?", "list",
 {"compliance": "voldoet"}, [], ADV, "Cases with compliance voldoet."),
(14030, "Welke gemeenten in Utrecht en Gelderland verwachten in Q1 2027 te voldoen?", "list",
 {"province": [UT, GL], "expected_after": "2026-12-31", "expected_before": "2027-04-01"}, [], ADV,
 "Cases in the provinces Utrecht or Gelderland expecting to comply within Q1 2027 (plural decides province)."),
(14031, "En in Q2?", "list",
 {"province": [UT, GL], "expected_after": "2027-03-31", "expected_before": "2027-07-01"}, [14030], ADV,
 "Follow-up moving the window to Q2 2027."),
(14032, "Welke gemeenten voldoen gedeeltelijk, noemen het verlies van plekken als reden en hebben wel op tijd gereageerd?", "list",
 {"compliance": "voldoet_gedeeltelijk", "reason": "places_lost", "state": ["on_time"]}, [], ADV,
 "Compliance voldoet_gedeeltelijk, reason places_lost, reply on time."),
(14033, "Welke gemeenten in trede 2 zonder reactie vallen onder Pieter-Jan?", "list",
 {"trede": 2, "state": ["no_reply"], "owner": "Pieter-Jan"}, [], ADV, "Pieter-Jan's trede 2 cases with no reply past the termijn."),
(14034, "Welke Limburgse en Zeeuwse gemeenten hebben te laat gereageerd?", "list",
 {"province": [LB, ZL], "state": ["late"]}, [], ADV,
 "Cases in Limburg or Zeeland whose reply came after the termijn ('te laat gereageerd' is not a bare 'te laat')."),
(14035, "Hoe zit het met Utrecht?", "clarify",
 {}, [], ADV, "Utrecht is a province and a municipality: the bot should ask back."),
(14036, "Welke gemeenten zijn te laat?", "clarify",
 {}, [], ADV, "A bare 'te laat': no reply past the termijn, or a late reply; the bot should ask back."),
(14037, "Kunt u voor het debat een Kamerbrief opstellen met de stand van zaken per provincie?", "unknown",
 {}, [], ADV, "Drafting a letter to parliament is not something the bot does."),
# --- persona 2: an inspector of the team checking colleagues' work (Wilma, beheerder) ---
(14038, "welke zaken van Sem staan al langer dan een maand zonder reactie", "list",
 {"owner": "Sem", "state": ["no_reply"]}, [], INSP,
 "Sem's cases with no reply past the termijn (every one is overdue by far more than a month)."),
(14039, "idem voor Naima", "list",
 {"owner": "Naima", "state": ["no_reply"]}, [14038], INSP, "Follow-up changing the owner to Naima."),
(14040, "en voor Pieter-Jan?", "list",
 {"owner": "Pieter-Jan", "state": ["no_reply"]}, [14038, 14039], INSP, "Follow-up changing the owner to Pieter-Jan."),
(14041, "wie heeft de meeste open zaken", "unknown",
 {}, [], INSP, "A ranking of staff by number of cases; the bot has no such question (Sem and Naima tie at 8)."),
(14042, "welke zaken hebben nog geen behandelaar in Limburg", "list",
 {"no_owner": True, "province": LB}, [], INSP, "Limburg cases without an owner."),
(14043, "en in Groningen?", "list",
 {"no_owner": True, "province": GR}, [14042], INSP, "Follow-up changing the province to Groningen (plural 'zaken' in the context)."),
(14044, "zaken van Sem", "list",
 {"owner": "Sem"}, [], INSP, "All of Sem's cases."),
(14045, "hoeveel zaken heeft Naima", "count",
 {"owner": "Naima"}, [], INSP, "Number of Naima's cases."),
(14046, "welke zaken van Pieter-Jan hebben een onvolledige reactie", "list",
 {"owner": "Pieter-Jan", "state": ["incomplete"]}, [], INSP, "Pieter-Jan's cases whose answer misses elements."),
(14047, "mijn zaken", "list",
 {"owner": "Wilma"}, [], INSP, "The cases of the person asking (Wilma)."),
(14048, "welke zaken van Naima wachten nog op een besluit over uitstel", "list",
 {"owner": "Naima", "state": ["extended"]}, [], INSP, "Naima's cases with an extension request still to be decided."),
(14049, "heeft Sem zaken waarvan de brief niet is aangekomen?", "list",
 {"owner": "Sem", "letter_undelivered": True}, [], INSP, "Sem's cases whose letter bounced."),
(14050, "wie is behandelaar van Kerkrade", "fact",
 {"gemeente": "Kerkrade", "fact": "owner"}, [], INSP, "The owner of Kerkrade's case."),
(14051, "en van Delfzijl?", "fact",
 {"gemeente": "Eemsdelta", "fact": "owner"}, [14050], INSP, "Follow-up: owner for Delfzijl, merged into Eemsdelta in 2021."),
(14052, "welke zaken zonder behandelaar in NH hebben te laat gereageerd", "list",
 {"no_owner": True, "province": NH, "state": ["late"]}, [], INSP, "Unowned Noord-Holland cases whose reply came late (abbreviation NH)."),
(14053, "hoeveel trede 3 zaken hebben geen behandelaar", "count",
 {"trede": 3, "no_owner": True}, [], INSP, "Number of unowned trede 3 cases."),
(14054, "zaken van Sem in Limburg", "list",
 {"owner": "Sem", "province": LB}, [], INSP, "Sem's Limburg cases."),
(14055, "en buiten Limburg?", "list",
 {"owner": "Sem", "province_exclude": [LB]}, [14054], INSP, "Follow-up: Sem's cases outside Limburg."),
(14056, "welke gemeenten van Naima voldoen niet", "list",
 {"owner": "Naima", "compliance": "voldoet_niet"}, [], INSP, "Naima's cases with compliance voldoet_niet."),
(14057, "welke zaken zonder behandelaar noemen bezwaar", "list",
 {"no_owner": True, "reason": "objection_procedure"}, [], INSP, "Unowned cases citing an objection procedure."),
(14058, "wat ontbreekt er bij Zoetermeer?", "fact",
 {"gemeente": "Zoetermeer", "fact": "missing"}, [], INSP, "The elements Zoetermeer's answer misses."),
(14059, "en wie is daar behandelaar?", "fact",
 {"gemeente": "Zoetermeer", "fact": "owner"}, [14058], INSP, "Follow-up: the owner of Zoetermeer's case."),
(14060, "welke trede heeft Houten?", "fact",
 {"gemeente": "Houten", "fact": "trede"}, [], INSP, "Houten's trede."),
(14061, "en wat was de termijn daar?", "fact",
 {"gemeente": "Houten", "fact": "termijn"}, [14060], INSP, "Follow-up: Houten's termijn."),
(14062, "welke zaken van Sem hebben wel gereageerd", "list",
 {"owner": "Sem", "state": ["answered"]}, [], INSP, "Sem's cases where the municipality answered the latest letter."),
(14063, "stuur de brief aan Vaals opnieuw", "unknown",
 {}, [], INSP, "Sending letters is not something the chat does (Vaals's letter did bounce)."),
(14064, "welke ZH-gemeenten zonder behandelaar zitten in trede 1", "list",
 {"no_owner": True, "province": ZH, "trede": 1}, [], INSP, "Unowned trede 1 cases in Zuid-Holland (abbreviation ZH)."),
# --- persona 3: a trainee, messy Dutch, typos, English words (Pieter-Jan) ---
(14065, "hoeveel cases zijn overdue", "count",
 {"state": ["no_reply"]}, [], TRAINEE, "Number of cases with no reply past the termijn ('overdue' read as case.overdue / due no_reply)."),
(14066, "welke gemeentes zijn er nog niet", "clarify",
 {}, [], TRAINEE, "Too vague: not replied yet, not compliant yet? The bot should ask back or say what it can do."),
(14067, "ik bedoel die nog niet gereageerd hebben", "list",
 {"state": ["no_reply"]}, [14066], TRAINEE, "Clarified: cases with no reply past the termijn."),
(14068, "en alleen die in brabant?", "list",
 {"province": NB, "state": ["no_reply"]}, [14067], TRAINEE, "Follow-up narrowing to Noord-Brabant."),
(14069, "wat zijn mijn cases", "list",
 {"owner": "Pieter-Jan"}, [], TRAINEE, "The cases of the person asking (Pieter-Jan)."),
(14070, "welke gemeentes in frieslan hebbe geen tijdpad gestuurd", "list",
 {"province": FR, "missing": ["timeline"]}, [], TRAINEE, "Friesland cases whose reply or notice misses the timeline (typos)."),
(14071, "hoevel gemeenten voldoen niet", "count",
 {"compliance": "voldoet_niet"}, [], TRAINEE, "Number of cases with compliance voldoet_niet (typo)."),
(14072, "wie is de behandelaar van leeuwaarden", "fact",
 {"gemeente": "Leeuwarden", "fact": "owner"}, [], TRAINEE, "Owner of Leeuwarden's case (typo in the name)."),
(14073, "wat mist er nog bij sudwest fryslan", "fact",
 {"gemeente": "Súdwest-Fryslân", "fact": "missing"}, [], TRAINEE, "Missing elements of Súdwest-Fryslân (no diacritics)."),
(14074, "hoeveel plekken heeft den bosch al", "fact",
 {"gemeente": "'s-Hertogenbosch", "fact": "places"}, [], TRAINEE, "Realised places of 's-Hertogenbosch (alias Den Bosch)."),
(14075, "welke gemeentes zitten in trede drie", "list",
 {"trede": 3}, [], TRAINEE, "Cases at trede 3 (number in words)."),
(14076, "welke gemeenten hebben extension gevraagd", "list",
 {"state": ["extended"]}, [], TRAINEE, "Cases with an extension request pending (English word)."),
(14077, "zijn er letters gebounced?", "list",
 {"letter_undelivered": True}, [], TRAINEE, "Cases whose letter bounced (English words)."),
(14078, "welke gemeentes hebben op tijd gereageerd in utrecht", "list",
 {"province": UT, "state": ["on_time"]}, [], TRAINEE, "Cases in the province Utrecht that replied on time (plural decides province)."),
(14079, "wanneer is boxmeer klaar", "fact",
 {"gemeente": "Land van Cuijk", "fact": "expected"}, [], TRAINEE, "Expected date for Boxmeer, merged into Land van Cuijk in 2022."),
(14080, "hoe heet die ene gemeente die wel voldoet", "list",
 {"compliance": "voldoet"}, [], TRAINEE, "The municipality with compliance voldoet."),
(14081, "welke gemeenten in overijssel hebben nog niet gereageerd behalve enschede", "list",
 {"province": OV, "state": ["no_reply"], "gemeente_exclude": ["Enschede"]}, [], TRAINEE,
 "Voice-typed: Overijssel no-reply cases without Enschede."),
(14082, "hoeveel gemeenten verwachten voor een januari tweeduizend achtentwintig te voldoen", "count",
 {"expected_before": "2028-01-01"}, [], TRAINEE, "Voice-typed: cases whose expected date ends before 1 January 2028."),
(14083, "welke termijnen verlopen deze week", "list",
 {"termijn_from": "2027-05-10", "termijn_to": "2027-05-16"}, [], TRAINEE,
 "Termijnen falling in the week of 10 May 2027: none (all termijnen lie in 2026)."),
(14084, "hoeveel gemeentes zonder reactie hebben brabant en limburg samen", "count",
 {"province": [NB, LB], "state": ["no_reply"]}, [], TRAINEE, "Count of no-reply cases in Noord-Brabant and Limburg."),
(14085, "welke redenen geeft brielle", "fact",
 {"gemeente": "Voorne aan Zee", "fact": "reasons"}, [], TRAINEE, "Reasons for Brielle, merged into Voorne aan Zee in 2023."),
(14086, "voldoet de friese meren al?", "fact",
 {"gemeente": "De Fryske Marren", "fact": "compliance"}, [], TRAINEE, "Compliance of De Fryske Marren (Dutch name De Friese Meren)."),
(14087, "wanneer heeft breda gereageerd", "fact",
 {"gemeente": "Breda", "fact": "reply"}, [], TRAINEE, "The day Breda's reply arrived."),
(14088, "hoeveel plaatsen heeft heerhugowaard gerealiseerd", "fact",
 {"gemeente": "Dijk en Waard", "fact": "places"}, [], TRAINEE, "Realised places for Heerhugowaard, merged into Dijk en Waard in 2022."),
(14089, "wanneer verwacht zaandam te voldoen", "fact",
 {"gemeente": "Zaanstad", "fact": "expected"}, [], TRAINEE, "Expected date for Zaandam, a place in Zaanstad."),
(14090, "hoe staat Bergen ervoor?", "clarify",
 {}, [], TRAINEE, "Bergen is Bergen (L.) or Bergen (NH.): the bot should ask which."),
(14091, "welke gemeenten verwachten volgende maand te voldoen", "list",
 {"expected_after": "2027-05-31", "expected_before": "2027-07-01"}, [], TRAINEE, "Expected date within June 2027."),
(14092, "en deze maand?", "list",
 {"expected_after": "2027-04-30", "expected_before": "2027-06-01"}, [14091], TRAINEE, "Follow-up: expected date within May 2027."),
(14093, "welke gemeenten in trede twee in gelderland hebben een vergunningsprocedure als reden", "list",
 {"trede": 2, "province": GL, "reason": "permit_procedure"}, [], TRAINEE, "Voice-typed: trede 2 Gelderland cases citing a permit procedure."),
(14094, "hoeveel asielzoekers zitten er nu in ter apel", "unknown",
 {}, [], TRAINEE, "Occupancy figures of Ter Apel are not in the register."),
(14095, "welke termijnen liepen af in juni 2026 in Zuid-Holland", "list",
 {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30", "province": ZH}, [], TRAINEE,
 "Zuid-Holland cases whose termijn fell in June 2026."),
(14096, "en in oktober 2026?", "list",
 {"termijn_from": "2026-10-01", "termijn_to": "2026-10-31", "province": ZH}, [14095], TRAINEE,
 "Follow-up moving the termijn window to October 2026."),
(14097, "welke zaken wachten nog op reactie en hebben geen tijdpad, maar niet in trede 1", "list",
 {"state": ["unanswered"], "missing": ["timeline"], "trede_exclude": [1]}, [], TRAINEE,
 "Unanswered cases missing the timeline, trede 1 left out."),
(14098, "welke gemeenten in Noord-Holland en Utrecht hebben een onvolledige reactie gestuurd en nog geen behandelaar", "list",
 {"province": [NH, UT], "state": ["incomplete"], "no_owner": True}, [], ADV,
 "Unowned cases in Noord-Holland or Utrecht with an incomplete answer."),
(14099, "Welke gemeenten met lokaal verzet als reden voldoen niet, behalve die in Overijssel?", "list",
 {"reason": "local_opposition", "compliance": "voldoet_niet", "province_exclude": [OV]}, [], ADV,
 "Cases citing local opposition with compliance voldoet_niet, Overijssel left out."),
]


def main():
    ids = [q[0] for q in Q]
    assert ids == list(range(14001, 14100)), "ids must be 14001..14099 in order"
    out = []
    for qid, text, intent, filters, after, staff, meaning in Q:
        f = dict(filters)
        fact = None
        gem = []
        count = None
        if intent == "fact":
            fact = fact_value(f["gemeente"], f["fact"])
        elif intent in ("list", "count"):
            gem = sorted(n for n, v in STATUS.items() if match(n, v, f))
            count = len(gem)
        out.append({"id": qid, "q": text, "intent": intent, "filters": f, "expected_gemeenten": gem,
                    "count": count, "after": after, "as_staff": staff, "on": ON, "meaning": meaning,
                    "expected_fact": fact})
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    for o in main():
        g = o["expected_gemeenten"]
        print(o["id"], o["intent"], o["count"], o["expected_fact"] if o["intent"] == "fact" else "", g[:8], "..." if len(g) > 8 else "")
