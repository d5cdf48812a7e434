#!/usr/bin/env python3
"""Blind question set q13 (ids 13001-13099, all asked on 2026-12-21).

Computes expected_gemeenten / count / expected_fact from due.json and status.json ONLY and writes
questions.jsonl. No answer is typed by hand: every question carries the filters as I read it, and the
functions below evaluate those filters over the dumped register.

Filter semantics (names as in the README's `ask --json` section where they exist):
  province            str or list (list = any of them)
  not_province        str or list (my own key: negation "niet in Limburg", "buiten Limburg")
  trede               int or list
  owner / no_owner    case.owner == name / case.owner is None
  state               list, all must hold:
      no_reply     the case is in due.json section overdue, kind no_reply
      unanswered   case.answered is false
      answered     case.answered is true
      late         case.reply_on_time is false
      on_time      case.reply_on_time is true
      incomplete   case.state == answered_incomplete
      complete     case.state == answered_complete
      suspended    case.suspended
      extended     case.extension_requested, or a due.json row for the case with extended true
  missing             list: every element listed is in case.missing
  reason              str or list: every code listed is in status.reasons
  compliance          str or list
  expected_before     the expected date's period ENDS strictly before this day
  expected_after      the expected date's period STARTS strictly after this day
                      (periods: YYYY-MM-DD day, YYYY-MM month, YYYY-Qn quarter, YYYY-Hn half, YYYY year;
                      a case without expected date never matches)
  termijn_from/_to    case.termijn within [from, to] inclusive (any state)
  letter_undelivered  (my own key) case.letter_undelivered is true
  any_of              (my own key) list of filter dicts, the case must match at least one
Facts (intent fact/status) read status.json of filters.gemeente; expected_gemeenten stays [] and count null.
"""
import calendar
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ON = "2026-12-21"
STATUS = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
DUE = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
CASES = {name: v for name, v in STATUS.items() if v.get("case")}
NO_REPLY = {r["gemeente"] for r in DUE if r["section"] == "overdue" and r["kind"] == "no_reply"}
DUE_EXTENDED = {r["gemeente"] for r in DUE if r.get("extended")}

ILSE, MEHMET, DEWI, RUUD = 13502, 13503, 13504, 13501


def period(s):
    """expected_date string -> (first day, last day)."""
    if s is None:
        return None
    y = int(s[:4])
    rest = s[5:]
    if not rest:
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if rest[0] == "Q":
        q = int(rest[1])
        m0 = 3 * q - 2
        m1 = 3 * q
        return dt.date(y, m0, 1), dt.date(y, m1, calendar.monthrange(y, m1)[1])
    if rest[0] == "H":
        h = int(rest[1])
        return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if h == 1 else (dt.date(y, 7, 1), dt.date(y, 12, 31))
    if len(rest) == 2:
        m = int(rest)
        return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])
    d = dt.date.fromisoformat(s)
    return d, d


def as_list(x):
    return x if isinstance(x, list) else [x]


STATE_TESTS = {
    "no_reply": lambda n, v: n in NO_REPLY,
    "unanswered": lambda n, v: not v["case"]["answered"],
    "answered": lambda n, v: bool(v["case"]["answered"]),
    "late": lambda n, v: v["case"]["reply_on_time"] is False,
    "on_time": lambda n, v: v["case"]["reply_on_time"] is True,
    "incomplete": lambda n, v: v["case"]["state"] == "answered_incomplete",
    "complete": lambda n, v: v["case"]["state"] == "answered_complete",
    "suspended": lambda n, v: bool(v["case"]["suspended"]),
    "extended": lambda n, v: bool(v["case"]["extension_requested"]) or n in DUE_EXTENDED,
}


def matches(n, v, f):
    c = v["case"]
    if "province" in f and v["province"] not in as_list(f["province"]):
        return False
    if "not_province" in f and v["province"] in as_list(f["not_province"]):
        return False
    if "trede" in f and c["trede"] not in as_list(f["trede"]):
        return False
    if "owner" in f and c["owner"] != f["owner"]:
        return False
    if f.get("no_owner") and c["owner"] is not None:
        return False
    for st in f.get("state", []):
        if not STATE_TESTS[st](n, v):
            return False
    if "missing" in f and not set(f["missing"]) <= set(c["missing"] or []):
        return False
    if "reason" in f and not set(as_list(f["reason"])) <= set(v["reasons"] or []):
        return False
    if "compliance" in f and c["compliance"] not in as_list(f["compliance"]):
        return False
    if "expected_before" in f or "expected_after" in f:
        p = period(v["expected_date"])
        if p is None:
            return False
        if "expected_before" in f and not p[1] < dt.date.fromisoformat(f["expected_before"]):
            return False
        if "expected_after" in f and not p[0] > dt.date.fromisoformat(f["expected_after"]):
            return False
    if "termijn_from" in f or "termijn_to" in f:
        t = c["termijn"]
        if t is None:
            return False
        if "termijn_from" in f and t < f["termijn_from"]:
            return False
        if "termijn_to" in f and t > f["termijn_to"]:
            return False
    if f.get("letter_undelivered") and not c["letter_undelivered"]:
        return False
    if "any_of" in f and not any(matches(n, v, sub) for sub in f["any_of"]):
        return False
    return True


def select(f):
    return sorted(n for n, v in CASES.items() if matches(n, v, f))


def fact(f):
    v = STATUS[f["gemeente"]]
    c = v.get("case")
    k = f["fact"]
    if k == "status":
        if not c:
            return {"case": None}
        return {"state": c["state"], "trede": c["trede"], "owner": c["owner"], "compliance": c["compliance"],
                "termijn": c["termijn"], "answered": c["answered"], "overdue": c["overdue"],
                "extension_requested_until": c["extension_requested_until"]}
    if k == "places":
        return {"realised_total": v["realised_total"], "planned_total": v["planned_total"],
                "task_total": v["task_total"]}
    if k == "expected":
        return v["expected_date"]
    if k == "owner":
        return c["owner"]
    if k == "missing":
        return c["missing"] or []
    if k == "termijn":
        return {"termijn": c["termijn"], "extension_requested": c["extension_requested"],
                "extension_requested_until": c["extension_requested_until"]}
    if k == "reply":
        return {"answered": c["answered"], "reply_at": (c["reply_at"] or "")[:10] or None,
                "reply_on_time": c["reply_on_time"], "overdue": c["overdue"], "termijn": c["termijn"]}
    if k == "reasons":
        return sorted(v["reasons"] or [])
    if k == "trede":
        return c["trede"]
    if k == "compliance":
        return c["compliance"]
    if k == "wrote":
        return [{"kind": m["kind"], "subject": m["subject"], "missing": m["missing"], "on_time": m["on_time"]}
                for m in v["messages"] if m["received_at"][:10] == f["date"]]
    raise KeyError(k)


# ---------------------------------------------------------------------------------------------------
# The questions. q = as typed; filters = my reading. Personas: V = case officer voice-typing while
# driving (Ilse 13502 / Mehmet 13503), P = policy adviser, formal compound (Ruud 13501), A = data
# analyst (Dewi 13504), T = terse/typo chat (any of them).
# ---------------------------------------------------------------------------------------------------
NH, ZH, NB = "Noord-Holland", "Zuid-Holland", "Noord-Brabant"
Q = []


def q(i, text, intent, filters, meaning, after=(), as_staff=None):
    Q.append(dict(id=i, q=text, intent=intent, filters=filters, after=list(after), as_staff=as_staff,
                  meaning=meaning))


# --- V1: Ilse, voice, in the car ---------------------------------------------------------------
q(13001, "welke gemeenten in gelderland hebben nog niet gereageerd", "list",
  {"state": ["no_reply"], "province": "Gelderland"},
  "Gelderse zaken zonder reactie waarvan de termijn verstreken is (due no_reply).", as_staff=ILSE)
q(13002, "en in overijssel", "list", {"state": ["no_reply"], "province": "Overijssel"},
  "Follow-up: hetzelfde voor Overijssel.", after=[13001], as_staff=ILSE)
q(13003, "en hoeveel zijn het er in limburg", "count", {"state": ["no_reply"], "province": "Limburg"},
  "Follow-up: aantal Limburgse zaken zonder reactie, termijn verstreken.", after=[13001, 13002], as_staff=ILSE)
q(13004, "mijn zaken", "list", {"owner": "Ilse"}, "Alle zaken waarvan Ilse behandelaar is.", as_staff=ILSE)
q(13005, "welke van mijn zaken zitten over de termijn en hebben nog steeds niks gestuurd", "list",
  {"owner": "Ilse", "state": ["no_reply"]},
  "Follow-up: Ilses zaken zonder reactie na de termijn.", after=[13004], as_staff=ILSE)
q(13006, "wat ontbreekt er nog bij tiel", "fact", {"gemeente": "Tiel", "fact": "missing"},
  "Welke elementen ontbreken in de reactie van Tiel.", as_staff=ILSE)
q(13007, "en bij nijmegen", "fact", {"gemeente": "Nijmegen", "fact": "missing"},
  "Follow-up: wat ontbreekt bij Nijmegen (niets: volledige reactie).", after=[13006], as_staff=ILSE)
q(13008, "en wanneer verwachten ze daar klaar te zijn", "fact", {"gemeente": "Nijmegen", "fact": "expected"},
  "Follow-up: verwachte datum van Nijmegen.", after=[13006, 13007], as_staff=ILSE)

# --- V2: Mehmet, voice -------------------------------------------------------------------------
q(13009, "wie is behandelaar van heerlen eigenlijk", "fact", {"gemeente": "Heerlen", "fact": "owner"},
  "Behandelaar van Heerlen.", as_staff=MEHMET)
q(13010, "mijn zaken in limburg waar de termijn verstreken is zonder reactie", "list",
  {"owner": "Mehmet", "province": "Limburg", "state": ["no_reply"]},
  "Mehmets Limburgse zaken zonder reactie na de termijn.", as_staff=MEHMET)
q(13011, "zet kerkrade maar op trede vier", "unknown", {"gemeente": "Kerkrade", "trede": 4},
  "Een wijziging (trede), geen vraag: moet via /trede met bevestiging; de vraaglezer mag niets wijzigen.",
  as_staff=MEHMET)
q(13012, "tot wanneer heeft weerd uitstel gevraagd", "fact", {"gemeente": "Weert", "fact": "termijn"},
  "Voice-homofoon 'weerd' = Weert: gevraagd uitstel tot welke datum.", as_staff=MEHMET)
q(13013, "welke brabantse gemeenten missen zowel de stappen als het tijdpad", "list",
  {"province": NB, "missing": ["steps", "timeline"]},
  "Brabantse zaken waar stappen en tijdpad beide ontbreken (ook in een art. 8-melding).", as_staff=MEHMET)

# --- V3: Ilse, voice, numbers in words ---------------------------------------------------------
q(13014, "hoeveel gemeenten staan op trede drie", "count", {"trede": 3}, "Aantal zaken op trede 3.",
  as_staff=ILSE)
q(13015, "en welke zijn dat", "list", {"trede": 3}, "Follow-up: de lijst van trede 3.", after=[13014],
  as_staff=ILSE)
q(13016, "welke gemeenten in noord holland verwachten voor een juli tweeduizend zevenentwintig aan hun taak te voldoen",
  "list", {"province": NH, "expected_before": "2027-07-01"},
  "Noord-Hollandse zaken met verwachte datum die vóór 1 juli 2027 eindigt ('voor een juli' = vóór 1 juli).",
  as_staff=ILSE)
q(13017, "en in zuid holland", "list", {"province": ZH, "expected_before": "2027-07-01"},
  "Follow-up: hetzelfde voor Zuid-Holland.", after=[13016], as_staff=ILSE)
q(13018, "hoeveel plekken heeft roosendaal nu gerealiseerd", "fact", {"gemeente": "Roosendaal", "fact": "places"},
  "Gerealiseerde plaatsen Roosendaal (realised_total).", as_staff=ILSE)
q(13019, "wanneer verwacht zaan stad klaar te zijn", "fact", {"gemeente": "Zaanstad", "fact": "expected"},
  "Voice-splitsing 'zaan stad' = Zaanstad: verwachte datum.", as_staff=ILSE)
q(13020, "waar speelt bezwaar komma in brabant", "list", {"reason": "objection_procedure", "province": NB},
  "Gesproken 'komma': Brabantse zaken met reden bezwaarprocedure.", as_staff=ILSE)

# --- V4: Mehmet, voice, dates in words -----------------------------------------------------------
q(13021, "welke gemeenten verwachten in het derde kwartaal van tweeduizend zevenentwintig te voldoen", "list",
  {"expected_after": "2027-06-30", "expected_before": "2027-10-01"},
  "Verwachte datum geheel binnen Q3 2027 (2027-H2 valt er dus buiten).", as_staff=MEHMET)
q(13022, "en daarvan alleen die op trede twee", "list",
  {"expected_after": "2027-06-30", "expected_before": "2027-10-01", "trede": 2},
  "Follow-up: idem, alleen trede 2.", after=[13021], as_staff=MEHMET)
q(13023, "welke zaken in limburg hebben nog geen behandelaar", "list", {"no_owner": True, "province": "Limburg"},
  "Limburgse zaken zonder behandelaar.", as_staff=MEHMET)
q(13024, "hoeveel termijnen verlopen er deze week", "count",
  {"termijn_from": "2026-12-21", "termijn_to": "2026-12-27"},
  "Termijnen in de week van 21 december 2026: er zijn er geen (alle termijnen liggen in het verleden).",
  as_staff=MEHMET)
q(13025, "wat schreef eindhoven op drieëntwintig november", "fact",
  {"gemeente": "Eindhoven", "fact": "wrote", "date": "2026-11-23"},
  "Het bericht van Eindhoven van 23 november 2026.", as_staff=MEHMET)
q(13026, "welke gemeenten hebben wel gereageerd maar zonder de feiten en omstandigheden punt", "list",
  {"state": ["incomplete"], "missing": ["facts"]},
  "Gesproken 'punt': onvolledige reacties waarin de feiten ontbreken.", as_staff=MEHMET)

# --- P1: Ruud, policy adviser, formal compound ---------------------------------------------------
q(13027, "Zou je mij kunnen vertellen welke gemeenten in Overijssel en Gelderland weliswaar hebben gereageerd op de toezichtsbrief, maar in hun reactie nog altijd geen tijdpad hebben opgenomen?",
  "list", {"province": ["Gelderland", "Overijssel"], "state": ["incomplete"], "missing": ["timeline"]},
  "Twee provincies: onvolledige reacties zonder tijdpad in Gelderland of Overijssel.", as_staff=RUUD)
q(13028, "Kunt u daarbij tevens aangeven bij welke van deze gemeenten die reactie bovendien pas na afloop van de gestelde termijn is ontvangen?",
  "list", {"province": ["Gelderland", "Overijssel"], "state": ["incomplete", "late"], "missing": ["timeline"]},
  "Follow-up: dezelfde set, alleen de te late reacties.", after=[13027], as_staff=RUUD)
q(13029, "Zou je mij kunnen vertellen welke Limburgse gemeenten volgens de meest recente gegevens niet aan hun wettelijke taak voldoen, maar inmiddels wel een reactie op onze brief hebben gestuurd?",
  "list", {"province": "Limburg", "compliance": "voldoet_niet", "state": ["answered"]},
  "Limburgse zaken met naleving 'voldoet niet' die wel gereageerd hebben.", as_staff=RUUD)
q(13030, "Welke gemeenten hebben wél gereageerd, maar niet op tijd, met uitzondering van de gemeenten in Limburg en Zeeland?",
  "list", {"state": ["late"], "not_province": ["Limburg", "Zeeland"]},
  "Negatie over twee provincies: te late reacties buiten Limburg en Zeeland.", as_staff=RUUD)
q(13031, "Ik ontvang graag een overzicht van de Gelderse gemeenten die om uitstel van de reactietermijn hebben verzocht, alsmede de Gelderse gemeenten waarvan onze brief als onbestelbaar retour is gekomen.",
  "list", {"province": "Gelderland", "any_of": [{"state": ["extended"]}, {"letter_undelivered": True}]},
  "Samengesteld (OF): Gelderse zaken met uitstelverzoek plus die met onbestelbare brief.", as_staff=RUUD)
q(13032, "Kunt u mij vertellen of de gemeente Westerkwartier, waarin in 2019 onder meer Zuidhorn is opgegaan, inmiddels heeft aangegeven wanneer zij verwacht aan de taakstelling te voldoen?",
  "fact", {"gemeente": "Westerkwartier", "fact": "expected"},
  "Verwachte datum Westerkwartier: niet opgegeven (tijdpad ontbreekt) -> expected_fact null.", as_staff=RUUD)
q(13033, "Is er vanuit Heerhugowaard inmiddels een reactie op de toezichtsbrief ontvangen?", "fact",
  {"gemeente": "Dijk en Waard", "fact": "reply"},
  "Voormalige gemeente Heerhugowaard = Dijk en Waard: nee, termijn verstreken.", as_staff=RUUD)
q(13034, "Welke redenen voert de gemeente Uden aan voor het niet tijdig realiseren van de opvangplekken?", "fact",
  {"gemeente": "Maashorst", "fact": "reasons"},
  "Voormalige gemeente Uden = Maashorst: genoemde redenen.", as_staff=RUUD)
q(13035, "Zou u mij kunnen meedelen hoeveel opvangplaatsen de gemeente Delfzijl thans heeft gerealiseerd en hoeveel er nog gepland staan?",
  "fact", {"gemeente": "Eemsdelta", "fact": "places"},
  "Delfzijl valt onder Eemsdelta: gerealiseerde en geplande plaatsen.", as_staff=RUUD)
q(13036, "Welke gemeenten in de provincies Groningen en Drenthe bevinden zich inmiddels op trede 3 van de interventieladder?",
  "list", {"province": ["Drenthe", "Groningen"], "trede": 3},
  "Twee provincies (Groningen als provincie, niet de gemeente): trede 3.", as_staff=RUUD)
q(13037, "En hoe zit dat in Friesland?", "list", {"province": "Friesland", "trede": 3},
  "Follow-up: trede 3 in Friesland.", after=[13036], as_staff=RUUD)
q(13038, "Zou je mij kunnen vertellen welke gemeenten in Noord-Holland en Zuid-Holland aangeven dat het ontbreken van een geschikte locatie de voornaamste belemmering vormt?",
  "list", {"province": [NH, ZH], "reason": "no_location"},
  "Twee provincies: reden geen locatie.", as_staff=RUUD)
q(13039, "Hoe zit het met Utrecht?", "clarify", {"gemeente_or_province": "Utrecht"},
  "Gemeente of provincie Utrecht: hoort terug te vragen.", as_staff=RUUD)
q(13040, "Welke gemeenten zijn te laat?", "clarify", {"state": ["no_reply|late"]},
  "Kale 'te laat': geen reactie na termijn of te late reactie; hoort terug te vragen.", as_staff=RUUD)
q(13041, "Zou u voor mij een conceptbrief aan de gemeente Lochem willen opstellen, nu de eerdere brief onbestelbaar bleek?",
  "unknown", {"gemeente": "Lochem"},
  "Een brief opstellen kan de bot niet (alleen een verzoek om aanvulling vanuit een melding).", as_staff=RUUD)
q(13042, "Welke Utrechtse gemeenten hebben nog altijd niet gereageerd, terwijl de termijn reeds is verstreken?",
  "list", {"province": "Utrecht", "state": ["no_reply"]},
  "Provincie-adjectief 'Utrechtse' (niet de gemeente Utrechtse Heuvelrug): zonder reactie na termijn.",
  as_staff=RUUD)
q(13043, "Welke gemeenten die pas na 2027 verwachten aan hun taak te voldoen, noemen daarbij een bezwaarprocedure als oorzaak?",
  "list", {"expected_after": "2027-12-31", "reason": "objection_procedure"},
  "Verwachte datum begint na 2027 én reden bezwaarprocedure.", as_staff=RUUD)

# --- A1: Dewi, data analyst ------------------------------------------------------------------------
q(13044, "hoeveel zaken: geen reactie, termijn verstreken?", "count", {"state": ["no_reply"]},
  "Aantal no_reply zaken.", as_staff=DEWI)
q(13045, "idem, maar alleen trede 3", "count", {"state": ["no_reply"], "trede": 3},
  "Follow-up: no_reply op trede 3.", after=[13044], as_staff=DEWI)
q(13046, "aantal zaken op trede 1", "count", {"trede": 1}, "Aantal zaken op trede 1.", as_staff=DEWI)
q(13047, "aantal trede-2-zaken waarbij het tijdpad ontbreekt", "count", {"trede": 2, "missing": ["timeline"]},
  "Trede 2 en tijdpad ontbreekt.", as_staff=DEWI)
q(13048, "aantal zaken waar zowel stappen als tijdpad ontbreken", "count", {"missing": ["steps", "timeline"]},
  "Stappen én tijdpad ontbreken (ook als feiten ook ontbreken).", as_staff=DEWI)
q(13049, "en waar alle drie de elementen ontbreken?", "count", {"missing": ["facts", "steps", "timeline"]},
  "Follow-up: feiten, stappen en tijdpad ontbreken alle drie.", after=[13048], as_staff=DEWI)
q(13050, "welke zijn dat", "list", {"missing": ["facts", "steps", "timeline"]},
  "Follow-up: de lijst daarvan.", after=[13048, 13049], as_staff=DEWI)
q(13051, "hoeveel gemeenten noemen bezwaar als reden", "count", {"reason": "objection_procedure"},
  "Aantal zaken met reden bezwaarprocedure.", as_staff=DEWI)
q(13052, "en vergunningsprocedure?", "count", {"reason": "permit_procedure"},
  "Follow-up: reden vergunningsprocedure.", after=[13051], as_staff=DEWI)
q(13053, "en geldgebrek", "count", {"reason": "finance"}, "Follow-up: reden financiën.",
  after=[13051, 13052], as_staff=DEWI)
q(13054, "hoeveel gemeenten verwachten in Q1 2027 te voldoen", "count",
  {"expected_after": "2026-12-31", "expected_before": "2027-04-01"},
  "Verwachte datum geheel in Q1 2027 (README-voorbeeld).", as_staff=DEWI)
q(13055, "en in Q2", "count", {"expected_after": "2027-03-31", "expected_before": "2027-07-01"},
  "Follow-up: geheel in Q2 2027.", after=[13054], as_staff=DEWI)
q(13056, "en in H1 2027 in totaal", "count", {"expected_after": "2026-12-31", "expected_before": "2027-07-01"},
  "Follow-up: geheel in de eerste helft 2027; meer dan Q1+Q2 omdat '2027-H1' zelf meetelt.",
  after=[13054, 13055], as_staff=DEWI)
q(13057, "hoeveel verwachten pas na 2027 te voldoen", "count", {"expected_after": "2027-12-31"},
  "Verwachte datum begint in 2028 of later.", as_staff=DEWI)
q(13058, "welke gemeenten verwachten deze maand te voldoen", "list",
  {"expected_after": "2026-11-30", "expected_before": "2027-01-01"},
  "Verwachte datum in december 2026 (maand van --on); 2026-Q4 telt niet mee.", as_staff=DEWI)
q(13059, "welke gemeenten hebben een verwachte datum die al verstreken is", "list",
  {"expected_before": "2026-12-21"},
  "Verwachte datum eindigt vóór vandaag (21-12-2026).", as_staff=DEWI)
q(13060, "aantal zaken zonder behandelaar in Zuid-Holland", "count", {"no_owner": True, "province": ZH},
  "Zuid-Hollandse zaken zonder behandelaar.", as_staff=DEWI)
q(13061, "hoeveel zaken heeft Mehmet", "count", {"owner": "Mehmet"}, "Aantal zaken van Mehmet.", as_staff=DEWI)
q(13062, "mijn zaken met een openstaand uitstelverzoek", "list", {"owner": "Dewi", "state": ["extended"]},
  "Dewi's zaken met uitstel gevraagd/verleend.", as_staff=DEWI)
q(13063, "hoeveel reacties waren op tijd maar onvolledig", "count", {"state": ["on_time", "incomplete"]},
  "Op tijd en onvolledig (status answered_incomplete).", as_staff=DEWI)
q(13064, "en te laat én onvolledig?", "count", {"state": ["late", "incomplete"]},
  "Follow-up: te laat en onvolledig.", after=[13063], as_staff=DEWI)
q(13065, "hoeveel zaken met een volledige reactie voldoen nog steeds niet aan de taak", "count",
  {"state": ["complete"], "compliance": "voldoet_niet"},
  "Volledige reactie maar naleving 'voldoet niet'.", as_staff=DEWI)
q(13066, "hoeveel gemeenten voldoen volledig", "count", {"compliance": "voldoet"},
  "Naleving 'voldoet'.", as_staff=DEWI)
q(13067, "aantal uitstelverzoeken waar nog geen besluit over is", "count", {"state": ["extended"]},
  "Zaken op 'uitstel gevraagd' (geen /verleng gebruikt, dus alleen open verzoeken).", as_staff=DEWI)
q(13068, "hoeveel daarvan in Zuid-Holland", "count", {"state": ["extended"], "province": ZH},
  "Follow-up: open uitstelverzoeken in Zuid-Holland.", after=[13067], as_staff=DEWI)
q(13069, "welke termijnen verliepen in november", "list",
  {"termijn_from": "2026-11-01", "termijn_to": "2026-11-30"},
  "Zaken met termijn in november 2026 (dichtstbijzijnde november), ongeacht of er gereageerd is.", as_staff=DEWI)
q(13070, "en welke daarvan hebben nog niks gestuurd", "list",
  {"termijn_from": "2026-11-01", "termijn_to": "2026-11-30", "state": ["no_reply"]},
  "Follow-up: daarvan de no_reply zaken.", after=[13069], as_staff=DEWI)
q(13071, "welke termijnen verlopen volgende maand", "list",
  {"termijn_from": "2027-01-01", "termijn_to": "2027-01-31"},
  "Termijnen in januari 2027: geen.", as_staff=DEWI)
q(13072, "gem. in Zeeland zonder reactie, excl. uitstelverzoeken", "list",
  {"province": "Zeeland", "state": ["no_reply"]},
  "Zeeuwse no_reply zaken (zaken met uitstelverzoek zijn nooit no_reply).", as_staff=DEWI)
q(13073, "hoeveel zaken hebben een brief die niet bezorgd is", "count", {"letter_undelivered": True},
  "Zaken waarvan de (laatste) brief onbestelbaar retour kwam (status letter_undelivered).", as_staff=DEWI)
q(13074, "wat is de gemiddelde doorlooptijd tussen brief en reactie per provincie", "unknown", {},
  "Een statistiek die de bot niet kent.", as_staff=DEWI)
q(13075, "hoeveel Overijsselse gemeenten op trede 2 noemen lokale weerstand als reden", "count",
  {"province": "Overijssel", "trede": 2, "reason": "local_opposition"},
  "Overijssel, trede 2, reden lokale weerstand.", as_staff=DEWI)

# --- T: terse, typos, aliases, negation, help ----------------------------------------------------
q(13076, "frieze gemeentes zonder tijdpad", "list", {"province": "Friesland", "missing": ["timeline"]},
  "Typo 'frieze' = Friese: tijdpad ontbreekt.", as_staff=ILSE)
q(13077, "zeeuwse gemeenten die te laat gereageerd hebben", "list", {"province": "Zeeland", "state": ["late"]},
  "'te laat gereageerd' is eenduidig: reactie na de termijn.", as_staff=MEHMET)
q(13078, "drentse gem zonder reactie", "list", {"province": "Drenthe", "state": ["no_reply"]},
  "Afkorting 'gem': Drentse zaken zonder reactie na termijn.", as_staff=DEWI)
q(13079, "welke groningse gemeenten verwachten voor de zomer van 2027 te voldoen", "list",
  {"province": "Groningen", "expected_before": "2027-07-01"},
  "Groningse zaken, verwachte datum vóór 1 juli 2027.", as_staff=RUUD)
q(13080, "status amstrdam", "status", {"gemeente": "Amsterdam", "fact": "status"},
  "Typo: de bot raadt Amsterdam; Amsterdam heeft geen zaak.", as_staff=ILSE)
q(13081, "hoe staat bergen ervoor", "clarify", {"gemeente": "Bergen (L.)|Bergen (NH.)"},
  "Dubbelzinnige naam Bergen: hoort terug te vragen.", as_staff=MEHMET)
q(13082, "wat is de trede van kerkraad", "fact", {"gemeente": "Kerkrade", "fact": "trede"},
  "Typo 'kerkraad' = Kerkrade: trede.", as_staff=MEHMET)
q(13083, "naleving eindhoven?", "fact", {"gemeente": "Eindhoven", "fact": "compliance"},
  "Naleving van Eindhoven.", as_staff=DEWI)
q(13084, "waarom voldoet hulst niet", "fact", {"gemeente": "Hulst", "fact": "reasons"},
  "Redenen van Hulst.", as_staff=ILSE)
q(13085, "plekken hellevoetsluis", "fact", {"gemeente": "Voorne aan Zee", "fact": "places"},
  "Voormalige gemeente Hellevoetsluis = Voorne aan Zee: plaatsen.", as_staff=DEWI)
q(13086, "wanneer verwacht boxmeer klaar te zijn", "fact", {"gemeente": "Land van Cuijk", "fact": "expected"},
  "Voormalige gemeente Boxmeer = Land van Cuijk: verwachte datum.", as_staff=MEHMET)
q(13087, "welke gemeenten in gelderland komma overijssel hebben geen locatie punt", "list",
  {"province": ["Gelderland", "Overijssel"], "reason": "no_location"},
  "Voice met gesproken 'komma'/'punt': twee provincies, reden geen locatie.", as_staff=ILSE)
q(13088, "hoeveel asielzoekers zitten er nu in ter apel", "unknown", {},
  "Bezetting van een AZC staat niet in het register.", as_staff=ILSE)
q(13089, "wat kun je allemaal", "help", {}, "Hulp: wat de bot kan.", as_staff=ILSE)
q(13090, "welke gemeenten hebben WEL gereageerd maar niet op tijd", "list", {"state": ["late"]},
  "Negatie: reactie ontvangen, maar na de termijn.", as_staff=MEHMET)
q(13091, "en niet in limburg", "list", {"state": ["late"], "not_province": "Limburg"},
  "Follow-up met negatie: idem zonder Limburg.", after=[13090], as_staff=MEHMET)
q(13092, "wie is behandelaar van lijden", "fact", {"gemeente": "Leiden", "fact": "owner"},
  "Voice-homofoon 'lijden' = Leiden: behandelaar.", as_staff=ILSE)
q(13093, "zaken van mehmet in brabant", "list", {"owner": "Mehmet", "province": NB},
  "Mehmets Brabantse zaken.", as_staff=ILSE)
q(13094, "en van dewi", "list", {"owner": "Dewi", "province": NB},
  "Follow-up: Dewi's Brabantse zaken (geen).", after=[13093], as_staff=ILSE)
q(13095, "Welke gemeenten in Utrecht en Flevoland voldoen slechts gedeeltelijk aan hun taak?", "list",
  {"province": ["Flevoland", "Utrecht"], "compliance": "voldoet_gedeeltelijk"},
  "Twee provincies (Utrecht als provincie door 'gemeenten in'): naleving gedeeltelijk.", as_staff=RUUD)
q(13096, "hoeveel noord-hollandse gemeenten hebben op tijd en volledig gereageerd", "count",
  {"province": NH, "state": ["on_time", "complete"]},
  "Noord-Holland: op tijd en volledig.", as_staff=DEWI)
q(13097, "welke gemeenten met een raadsbesluit als knelpunt verwachten in de tweede helft van 2027 of later te voldoen",
  "list", {"reason": "council_decision", "expected_after": "2027-06-30"},
  "Reden raadsbesluit, verwachte datum begint na 30 juni 2027.", as_staff=RUUD)
q(13098, "welke gemeenten zonder reactie hebben geen behandelaar en zitten niet in zuid holland", "list",
  {"state": ["no_reply"], "no_owner": True, "not_province": ZH},
  "Negatie: no_reply, zonder behandelaar, buiten Zuid-Holland.", as_staff=ILSE)
q(13099, "stuur lochem de brief nog een keer", "unknown", {"gemeente": "Lochem"},
  "Versturen van brieven kan de bot niet (reminder letter_undelivered vraagt het team dit te doen).",
  as_staff=MEHMET)


def build():
    ids = [x["id"] for x in Q]
    assert ids == list(range(13001, 13100)), "ids must be 13001..13099 in order"
    known = set()
    out = []
    for x in Q:
        for a in x["after"]:
            assert a in known, (x["id"], a)
        known.add(x["id"])
        f = x["filters"]
        rec = {"id": x["id"], "q": x["q"], "intent": x["intent"], "filters": f}
        if x["intent"] in ("list", "count"):
            g = select(f)
            rec["expected_gemeenten"] = g
            rec["count"] = len(g)
            ef = None
        else:
            rec["expected_gemeenten"] = []
            rec["count"] = None
            ef = fact(f) if "fact" in f else None
        rec.update({"after": x["after"], "as_staff": x["as_staff"], "on": ON, "meaning": x["meaning"],
                    "expected_fact": ef})
        out.append(rec)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    import sys
    recs = build()
    verbose = "-v" in sys.argv
    for r in recs:
        if r["intent"] in ("list", "count"):
            extra = (": " + ", ".join(r["expected_gemeenten"])) if verbose or r["count"] <= 12 else ""
            print(r["id"], r["intent"], r["count"], extra)
        else:
            print(r["id"], r["intent"], json.dumps(r["expected_fact"], ensure_ascii=False))
    print(len(recs), "questions;", sum(1 for r in recs if r["after"]), "follow-ups;",
          sum(1 for r in recs if r["intent"] in ("fact", "status")), "facts;",
          sum(1 for r in recs if r["intent"] in ("unknown", "clarify")), "unknown/clarify")
