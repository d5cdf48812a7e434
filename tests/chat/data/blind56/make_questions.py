#!/usr/bin/env python3
"""make_questions.py -> questions56_with_expected_sets.jsonl

Set 56: ids 56001-56100, asked on Tuesday 2029-08-07. Expected sets, counts and facts are computed
from status.json and due.json (written by dump_status.py after assign.txt was applied)."""
import json, os, calendar, datetime as dt
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ON = "2029-08-07"
STAFF = {"Ineke": 56501, "Jasper": 56502, "Soufiane": 56503, "Marit": 56504}
NOORD = ["Drenthe", "Friesland", "Groningen"]
OOST = ["Gelderland", "Overijssel"]
ZUID = ["Limburg", "Noord-Brabant", "Zeeland"]
AMS = ZoneInfo("Europe/Amsterdam")

STATUS = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
DUE = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
BY_NAME = {s["gemeente"]: s for s in STATUS}
CASES = [s for s in STATUS if s["case"]]
NO_REPLY = {d["gemeente"] for d in DUE if d["section"] == "overdue" and d["kind"] == "no_reply"}


def interval(v):
    """expected_date -> (first day, last day)."""
    y = int(v[:4])
    if len(v) == 10:
        d = dt.date.fromisoformat(v)
        return d, d
    if "-Q" in v:
        q = int(v[-1]); m1 = 3 * q - 2; m2 = 3 * q
    elif "-H" in v:
        h = int(v[-1]); m1 = 6 * h - 5; m2 = 6 * h
    else:
        m1 = m2 = int(v[5:7])
    return dt.date(y, m1, 1), dt.date(y, m2, calendar.monthrange(y, m2)[1])


def state_holds(s, st):
    c = s["case"]
    if st == "no_reply":
        return s["gemeente"] in NO_REPLY
    if st == "unanswered":
        return not c["answered"]
    if st == "answered":
        return bool(c["answered"])
    if st == "late":
        return bool(c["answered"]) and c["reply_on_time"] is False
    if st == "on_time":
        return bool(c["answered"]) and c["reply_on_time"] is True
    if st == "incomplete":
        return c["state"] == "answered_incomplete"
    if st == "complete":
        return c["state"] == "answered_complete"
    if st == "suspended":
        return bool(c["suspended"])
    if st == "extended":
        return bool(c["extension_requested"])
    raise ValueError(st)


def as_list(v):
    return v if isinstance(v, list) else [v]


def matches(s, f):
    c = s["case"]
    if "province" in f and s["province"] not in as_list(f["province"]):
        return False
    if "not_province" in f and s["province"] in as_list(f["not_province"]):
        return False
    if "not_gemeente" in f and s["gemeente"] in as_list(f["not_gemeente"]):
        return False
    if "trede" in f and c["trede"] != f["trede"]:
        return False
    if "not_trede" in f and c["trede"] in as_list(f["not_trede"]):
        return False
    if "owner" in f and c["owner"] != f["owner"]:
        return False
    if f.get("no_owner") and c["owner"] is not None:
        return False
    if f.get("letter_undelivered") and not c["letter_undelivered"]:
        return False
    if "compliance" in f and c["compliance"] != f["compliance"]:
        return False
    for st in f.get("state", []):
        if not state_holds(s, st):
            return False
    for st in f.get("not_state", []):
        if state_holds(s, st):
            return False
    for el in f.get("missing", []):
        if el not in c["missing"]:
            return False
    if "reason" in f and f["reason"] not in s["reasons"]:
        return False
    if "expected_before" in f or "expected_after" in f:
        if not s["expected_date"]:
            return False
        a, b = interval(s["expected_date"])
        if "expected_before" in f and not b < dt.date.fromisoformat(f["expected_before"]):
            return False
        if "expected_after" in f and not a > dt.date.fromisoformat(f["expected_after"]):
            return False
    if "termijn_from" in f or "termijn_to" in f:
        if not c["termijn"]:
            return False
        t = c["termijn"]
        if "termijn_from" in f and t < f["termijn_from"]:
            return False
        if "termijn_to" in f and t > f["termijn_to"]:
            return False
    return True


def local_day(ts):
    return dt.datetime.fromisoformat(ts).astimezone(AMS).date().isoformat()


def fact_value(g, fact, date=None):
    s = BY_NAME[g]; c = s["case"]
    if fact == "places":
        return {"realised": s["realised_total"], "planned": s["planned_total"]}
    if fact == "expected":
        return s["expected_date"]
    if fact == "owner":
        return c["owner"]
    if fact == "missing":
        return sorted(c["missing"])
    if fact == "termijn":
        return c["termijn"]
    if fact == "reasons":
        return sorted(s["reasons"])
    if fact == "trede":
        return c["trede"]
    if fact == "compliance":
        return c["compliance"]
    if fact == "reply":
        if not c["answered"]:
            return {"reply_date": None, "on_time": None, "days_after_termijn": None}
        rd = local_day(c["reply_at"])
        return {"reply_date": rd, "on_time": c["reply_on_time"],
                "days_after_termijn": (dt.date.fromisoformat(rd) - dt.date.fromisoformat(c["termijn"])).days}
    if fact == "wrote":
        return [{"message_id": m["id"], "kind": m["kind"], "subject": m["subject"], "received_at": m["received_at"]}
                for m in sorted(s["messages"], key=lambda m: m["received_at"]) if local_day(m["received_at"]) == date]
    if fact == "status":
        return {"trede": c["trede"], "owner": c["owner"], "state": c["state"], "compliance": c["compliance"],
                "termijn": c["termijn"], "answered": c["answered"], "overdue": c["overdue"],
                "missing": sorted(c["missing"]), "extension_requested": c["extension_requested"],
                "letter_undelivered": c["letter_undelivered"], "realised_total": s["realised_total"],
                "planned_total": s["planned_total"], "expected_date": s["expected_date"]}
    raise ValueError(fact)


def overview():
    def n(st):
        return sum(1 for s in CASES if state_holds(s, st))
    cnt = lambda key: {str(k): sum(1 for s in CASES if s["case"][key] == k)
                       for k in sorted({s["case"][key] for s in CASES}, key=str)}
    return {"cases": len(CASES), "no_reply": n("no_reply"), "answered": n("answered"), "on_time": n("on_time"),
            "late": n("late"), "incomplete": n("incomplete"), "complete": n("complete"),
            "extended": n("extended"), "suspended": n("suspended"),
            "letter_undelivered": sum(1 for s in CASES if s["case"]["letter_undelivered"]),
            "no_owner": sum(1 for s in CASES if s["case"]["owner"] is None),
            "trede": cnt("trede"), "compliance": cnt("compliance")}


# (id, asker, question, intent, filters, after, meaning)
Q = []
def q(i, who, text, intent, filters, after, meaning):
    Q.append((i, who, text, intent, filters, after, meaning))

# ---- 1. Ineke (beheerder): management meeting, counts with 2-3 conditions, comparisons ----
I = "Ineke"
q(56001, I, "Goedemorgen. Voor het MT-overleg van donderdag: hoeveel gemeenten hebben nog niet gereageerd terwijl de termijn al verstreken is?",
  "count", {"state": ["no_reply"]}, [], "How many municipalities have not replied and their termijn has passed?")
q(56002, I, "En hoeveel daarvan liggen in Noord-Nederland?",
  "count", {"state": ["no_reply"], "province": NOORD}, [56001], "Of those (no reply, overdue), how many are in the north (Dr/Fr/Gr)?")
q(56003, I, "Hoeveel gemeenten in trede 2 voldoen niet aan hun wettelijke taak en hebben bovendien te laat gereageerd?",
  "count", {"trede": 2, "compliance": "voldoet_niet", "state": ["late"]}, [], "Count: trede 2, compliance voldoet_niet, replied late.")
q(56004, I, "Kun je Gelderland en Overijssel met elkaar vergelijken wat betreft het aantal gemeenten zonder reactie?",
  "unknown", {"state": ["no_reply"], "province": ["Gelderland", "Overijssel"]}, [], "Compare Gelderland with Overijssel on no-reply counts: a comparison the bot cannot do.")
q(56005, I, "Welke gemeenten hebben om uitstel gevraagd?",
  "list", {"state": ["extended"]}, [], "Which municipalities asked for an extension?")
q(56006, I, "Hoeveel zaken hebben op dit moment nog geen behandelaar?",
  "count", {"no_owner": True}, [], "How many cases have no owner?")
q(56007, I, "Hoeveel gemeenten hebben wel op tijd gereageerd, maar was de reactie toch onvolledig?",
  "count", {"state": ["incomplete", "on_time"]}, [], "Count: replied on time but the reply is incomplete.")
q(56008, I, "Geef me de top 10 van gemeenten met de grootste achterstand in opvangplekken.",
  "unknown", {}, [], "Top 10 by shortfall of places: a ranking the bot cannot do.")
q(56009, I, "Welke gemeenten in Zuid-Nederland voldoen gedeeltelijk aan hun taak?",
  "list", {"province": ZUID, "compliance": "voldoet_gedeeltelijk"}, [], "List: south (Lb/NB/Zl), compliance partly met.")
q(56010, I, "Hoeveel gemeenten in Twente zitten in trede 2?",
  "unknown", {"trede": 2}, [], "Trede 2 in Twente: Twente has no border in the register -> unknown, trede kept.")
q(56011, I, "Kun je me een overzicht geven van hoe het register er nu voor staat? Ik wil het als plaatje in de MT-notitie.",
  "overview", {}, [], "The overview (chart) of the register.")
q(56012, I, "Welke gemeenten in Oost-Nederland hebben volledig gereageerd, de gemeenten die te laat waren niet meegerekend?",
  "list", {"province": OOST, "state": ["complete"], "not_state": ["late"]}, [], "List: east (Gld/Ov), complete reply, excluding late replies.")
q(56013, I, "hoeveel brieven zijn er eigenlijk onbestelbaar retour gekomen",
  "count", {"letter_undelivered": True}, [], "How many cases whose latest letter bounced (dictated, no punctuation)?")
q(56014, I, "Hoeveel gemeenten verwachten vóór de zomer van 2027 aan hun taak te voldoen?",
  "count", {"expected_before": "2027-07-01"}, [], "Count: expected date ends before 1 July 2027.")
q(56015, I, "En hoeveel pas na de zomer van 2027?",
  "count", {"expected_after": "2027-08-31"}, [56014], "And how many only after summer 2027 (expected date starts after 31 Aug 2027)? Window replaced.")
q(56016, I, "Hoeveel gemeenten in de Randstad hebben nog niet gereageerd?",
  "clarify", {"state": ["no_reply"]}, [], "No reply in 'de Randstad': no fixed border, asked back.")
q(56017, I, "Hoeveel gemeenten hebben zowel de stappen als het tijdpad niet aangeleverd?",
  "count", {"missing": ["steps", "timeline"]}, [], "Count: both steps and timeline missing.")
q(56018, I, "Hoeveel gemeenten in Zeeland en Limburg hebben gereageerd, uitgezonderd de gemeenten die te laat waren?",
  "count", {"province": ["Limburg", "Zeeland"], "state": ["answered"], "not_state": ["late"]}, [], "Count: Zeeland or Limburg, answered, not late.")
q(56019, I, "Kun je de lijst van gemeenten die niet voldoen naar Excel exporteren voor de vergadering?",
  "unknown", {"compliance": "voldoet_niet"}, [], "Export the voldoet_niet list to Excel: export is not possible in chat; slot kept.")
q(56020, I, "Welke gemeenten hebben gereageerd zonder de feiten en omstandigheden te noemen?",
  "list", {"state": ["answered"], "missing": ["facts"]}, [], "List: answered, facts missing.")
q(56021, I, "Hoeveel zaken heeft Soufiane momenteel onder zich?",
  "count", {"owner": "Soufiane"}, [], "How many cases does Soufiane own?")
q(56022, I, "En hoeveel daarvan hebben te laat gereageerd?",
  "count", {"owner": "Soufiane", "state": ["late"]}, [56021], "Of Soufiane's cases, how many replied late?")
q(56023, I, "Hoeveel zaken zijn er op dit moment opgeschort?",
  "count", {"state": ["suspended"]}, [], "How many cases are suspended?")
q(56024, I, "Welke gemeenten voldoen volledig aan hun wettelijke taak?",
  "list", {"compliance": "voldoet"}, [], "List: compliance voldoet.")
q(56025, I, "Dank je wel, hier kan ik mee verder.",
  "help", {}, [], "Thanks: help/courtesy.")

# ---- 2. Jasper: lowercase, no punctuation, chat slang ----
J = "Jasper"
q(56026, J, "hoeveel gem in gld zonder reactie nu",
  "count", {"state": ["no_reply"], "province": "Gelderland"}, [], "How many in Gelderland without reply (overdue)?")
q(56027, J, "wie heeft nog nix gestuurd in ov",
  "list", {"state": ["no_reply"], "province": "Overijssel"}, [], "Who in Overijssel has sent nothing yet (overdue)?")
q(56028, J, "mn zaken pls",
  "list", {"owner": "Jasper"}, [], "My (Jasper's) cases.")
q(56029, J, "welke vn mij zijn te laat binnengekomen",
  "list", {"owner": "Jasper", "state": ["late"]}, [], "Which of my cases had their reply come in late?")
q(56030, J, "hoevl zaken zonder behandelaar in nb",
  "count", {"no_owner": True, "province": "Noord-Brabant"}, [], "How many cases without owner in Noord-Brabant?")
q(56031, J, "wie zit er in trede 1 in lb",
  "list", {"trede": 1, "province": "Limburg"}, [], "Who is in trede 1 in Limburg?")
q(56032, J, "status almere",
  "status", {"gemeente": "Almere"}, [], "Status of Almere.")
q(56033, J, "hoeveel plekken hebben ze nu",
  "fact", {"gemeente": "Almere", "fact": "places"}, [56032], "How many places does Almere have (realised/planned)?")
q(56034, J, "en zwolle",
  "fact", {"gemeente": "Zwolle", "fact": "places"}, [56032, 56033], "And Zwolle's places?")
q(56035, J, "wie is eigenaar vlaardinge",
  "fact", {"gemeente": "Vlaardingen", "fact": "owner"}, [], "Who owns Vlaardingen (typo 'vlaardinge')?")
q(56036, J, "welke gem missen tijdpad in zh",
  "list", {"missing": ["timeline"], "province": "Zuid-Holland"}, [], "Which in Zuid-Holland miss the timeline?")
q(56037, J, "wlke gemeenten hebbn uitstel gevraagd in zh",
  "list", {"state": ["extended"], "province": "Zuid-Holland"}, [], "Which in Zuid-Holland asked for an extension?")
q(56038, J, "te laat",
  "clarify", {}, [], "Bare 'te laat': no reply overdue or late reply? Asked back.")
q(56039, J, "hoeveel in t noorden op tijd en compleet",
  "count", {"province": NOORD, "state": ["complete", "on_time"]}, [], "How many in the north replied on time and complete?")
q(56040, J, "kun je ff een herinneringsmail sturen naar heumen",
  "unknown", {"gemeente": "Heumen"}, [], "Send a reminder mail to Heumen: the bot cannot send mail.")
q(56041, J, "wat schreef tilburg op 30-4-2026",
  "fact", {"gemeente": "Tilburg", "fact": "wrote", "date": "2026-04-30"}, [], "What did Tilburg write on 30 April 2026?")
q(56042, J, "lijst gem die nt voldoen in fl",
  "list", {"compliance": "voldoet_niet", "province": "Flevoland"}, [], "List Flevoland municipalities that do not comply.")
q(56043, J, "zaken vn marit zonder reactie",
  "list", {"owner": "Marit", "state": ["no_reply"]}, [], "Marit's cases without reply (overdue).")
q(56044, J, "en die van soufiane",
  "list", {"owner": "Soufiane", "state": ["no_reply"]}, [56043], "And Soufiane's (no reply)?")
q(56045, J, "waar speelt geldgedoe",
  "list", {"reason": "finance"}, [], "Where are money troubles a reason?")
q(56046, J, "hoeveel gem in trede 2 behalve lb en nb",
  "count", {"trede": 2, "not_province": ["Limburg", "Noord-Brabant"]}, [], "How many in trede 2, excluding Limburg and Noord-Brabant?")
q(56047, J, "wie verwacht in q1 2027 klaar te zijn",
  "list", {"expected_after": "2026-12-31", "expected_before": "2027-04-01"}, [], "Who expects to be done in Q1 2027?")
q(56048, J, "en in q2 2027",
  "list", {"expected_after": "2027-03-31", "expected_before": "2027-07-01"}, [56047], "And in Q2 2027 (window replaced)?")
q(56049, J, "hoeveel termijnen liepen af in juni 2026",
  "count", {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30"}, [], "How many termijnen ended in June 2026?")
q(56050, J, "thx",
  "help", {}, [], "Thanks.")

# ---- 3. Soufiane: jurist, precise legal wording, negations, single municipalities ----
S = "Soufiane"
q(56051, S, "Welke gemeenten in trede 2 zijn in gebreke gebleven nu de termijn is verstreken zonder reactie, met uitzondering van de gemeenten in Limburg?",
  "list", {"trede": 2, "state": ["no_reply"], "not_province": "Limburg"}, [], "Trede 2, no reply and overdue, excluding Limburg.")
q(56052, S, "Bij welke gemeenten in trede 3 is de termijn verstreken zonder dat er een reactie is ontvangen?",
  "list", {"trede": 3, "state": ["no_reply"]}, [], "Trede 3, termijn passed without reply.")
q(56053, S, "Welke termijn geldt voor de gemeente Lisse?",
  "fact", {"gemeente": "Lisse", "fact": "termijn"}, [], "Lisse's termijn.")
q(56054, S, "Voldoet de gemeente Oldambt aan haar wettelijke taak?",
  "fact", {"gemeente": "Oldambt", "fact": "compliance"}, [], "Does Oldambt meet its legal task (compliance)?")
q(56055, S, "Heeft Oldambt binnen de gestelde termijn op de aanschrijving gereageerd?",
  "fact", {"gemeente": "Oldambt", "fact": "reply"}, [], "Did Oldambt reply within the termijn? (reply date, on time/late, days)")
q(56056, S, "Welke gemeenten hebben wel gereageerd, doch niet binnen de termijn, en bevinden zich niet in trede 1?",
  "list", {"state": ["late"], "not_trede": 1}, [], "Replied late, not in trede 1.")
q(56057, S, "Welke gemeenten voeren in hun zienswijze de vergunningprocedure als reden aan, behalve Enkhuizen en Stede Broec?",
  "list", {"reason": "permit_procedure", "not_gemeente": ["Enkhuizen", "Stede Broec"]}, [], "Reason permit procedure, excluding Enkhuizen and Stede Broec.")
q(56058, S, "Welke Zeeuwse gemeenten hebben de termijn laten verstrijken zonder reactie en hebben evenmin uitstel gevraagd?",
  "list", {"province": "Zeeland", "state": ["no_reply"], "not_state": ["extended"]}, [], "Zeeland, no reply overdue, no extension asked.")
q(56059, S, "In welke trede bevindt de gemeente Midden-Drenthe zich?",
  "fact", {"gemeente": "Midden-Drenthe", "fact": "trede"}, [], "Midden-Drenthe's trede.")
q(56060, S, "Welke vereiste elementen ontbreken in de reactie van Heerlen?",
  "fact", {"gemeente": "Heerlen", "fact": "missing"}, [], "Which elements are missing in Heerlen's reply?")
q(56061, S, "Op welke datum verwacht Zaanstad aan de taakstelling te voldoen?",
  "fact", {"gemeente": "Zaanstad", "fact": "expected"}, [], "Zaanstad's expected date.")
q(56062, S, "Welke gemeenten hebben een verwachte datum die al verstreken is en voldoen desondanks niet?",
  "list", {"expected_before": ON, "compliance": "voldoet_niet"}, [], "Expected date already past (before the day asked), compliance voldoet_niet.")
q(56063, S, "Bij welke gemeenten is de brief onbestelbaar retour gekomen, uitgezonderd Gelderland?",
  "list", {"letter_undelivered": True, "not_province": "Gelderland"}, [], "Letter undelivered, excluding Gelderland.")
q(56064, S, "Welke gemeenten hebben tijdig gereageerd, maar zonder concrete tijdsindicatie?",
  "list", {"state": ["on_time"], "missing": ["timeline"]}, [], "Replied on time, timeline missing.")
q(56065, S, "Hoeveel gemeenten hebben noch de stappen noch het tijdpad vermeld, Friesland niet meegerekend?",
  "count", {"missing": ["steps", "timeline"], "not_province": "Friesland"}, [], "Count: steps and timeline both missing, excluding Friesland.")
q(56066, S, "Welke redenen voert Voorschoten aan?",
  "fact", {"gemeente": "Voorschoten", "fact": "reasons"}, [], "Voorschoten's stated reasons.")
q(56067, S, "Hoe zit het met Bergen?",
  "clarify", {}, [], "'Bergen' is Bergen (L.) or Bergen (NH.): asked back.")
q(56068, S, "Welke gemeenten met een termijn vóór 1 mei 2026 hebben nog steeds niet gereageerd?",
  "list", {"termijn_to": "2026-04-30", "state": ["no_reply"]}, [], "Termijn before 1 May 2026 and still no reply (overdue).")
q(56069, S, "Welke gemeenten in Overijssel hebben onvolledig gereageerd, met uitzondering van de gemeenten die te laat waren?",
  "list", {"province": "Overijssel", "state": ["incomplete"], "not_state": ["late"]}, [], "Overijssel, incomplete, excluding late replies.")
q(56070, S, "Wie is de behandelaar van Sudwest Fryslan?",
  "fact", {"gemeente": "Súdwest-Fryslân", "fact": "owner"}, [], "Owner of Súdwest-Fryslân (written without accents).")
q(56071, S, "Welke gemeenten verwachten tussen 1 maart 2027 en 30 juni 2027 aan de taak te voldoen?",
  "list", {"expected_after": "2027-02-28", "expected_before": "2027-07-01"}, [], "Expected date within 1 March - 30 June 2027.")
q(56072, S, "Geef mij het telefoonnummer van de contactpersoon bij de gemeente Westland.",
  "unknown", {"gemeente": "Westland"}, [], "Phone number for Westland: contact data is not known.")
q(56073, S, "Welke gemeenten waarvan de reactie nog ontbreekt, liggen niet in Noord-Holland of Zuid-Holland?",
  "list", {"state": ["no_reply"], "not_province": ["Noord-Holland", "Zuid-Holland"]}, [], "No reply (overdue), not in NH or ZH.")
q(56074, S, "Welke aan mij toegewezen zaken betreffen een onvolledige reactie?",
  "list", {"owner": "Soufiane", "state": ["incomplete"]}, [], "My (Soufiane's) cases whose state is answered_incomplete.")
q(56075, S, "Wat heeft Coevorden op 1 oktober 2026 geschreven?",
  "fact", {"gemeente": "Coevorden", "fact": "wrote", "date": "2026-10-01"}, [], "What did Coevorden write on 1 Oct 2026?")

# ---- 4. Marit: own caseload, follow-ups with pronouns and fragments ----
M = "Marit"
q(56076, M, "Laat mijn zaken eens zien",
  "list", {"owner": "Marit"}, [], "My (Marit's) cases.")
q(56077, M, "Welke daarvan hebben nog niet gereageerd?",
  "list", {"owner": "Marit", "state": ["no_reply"]}, [56076], "Of my cases, which have not replied (overdue)?")
q(56078, M, "alleen trede 2",
  "list", {"owner": "Marit", "state": ["no_reply"], "trede": 2}, [56076, 56077], "Only trede 2.")
q(56079, M, "en die van Jasper?",
  "list", {"owner": "Jasper", "state": ["no_reply"], "trede": 2}, [56076, 56077, 56078], "And Jasper's (no reply, trede 2)?")
q(56080, M, "hoeveel zijn dat",
  "count", {"owner": "Jasper", "state": ["no_reply"], "trede": 2}, [56076, 56077, 56078, 56079], "How many is that?")
q(56081, M, "Terug naar mijn eigen zaken: welke hebben te laat gereageerd?",
  "list", {"owner": "Marit", "state": ["late"]}, [], "My cases that replied late.")
q(56082, M, "En hoeveel daarvan waren ook onvolledig?",
  "count", {"owner": "Marit", "state": ["incomplete", "late"]}, [56081], "How many of those were also incomplete?")
q(56083, M, "Wat ontbreekt er bij Velsen?",
  "fact", {"gemeente": "Velsen", "fact": "missing"}, [], "What is missing for Velsen?")
q(56084, M, "en bij Edam-Volendam?",
  "fact", {"gemeente": "Edam-Volendam", "fact": "missing"}, [56083], "And for Edam-Volendam?")
q(56085, M, "op tijd gereageerd?",
  "fact", {"gemeente": "Edam-Volendam", "fact": "reply"}, [56083, 56084], "Did Edam-Volendam reply on time?")
q(56086, M, "Welke van mijn zaken missen het tijdpad?",
  "list", {"owner": "Marit", "missing": ["timeline"]}, [], "My cases with the timeline missing.")
q(56087, M, "alleen die in Friesland",
  "list", {"owner": "Marit", "missing": ["timeline"], "province": "Friesland"}, [56086], "Only those in Friesland.")
q(56088, M, "en in Noord-Holland?",
  "list", {"owner": "Marit", "missing": ["timeline"], "province": "Noord-Holland"}, [56086, 56087], "And in Noord-Holland (province replaced)?")
q(56089, M, "Hoeveel van mijn gemeenten voldoen gedeeltelijk?",
  "count", {"owner": "Marit", "compliance": "voldoet_gedeeltelijk"}, [], "How many of mine partly comply?")
q(56090, M, "en hoeveel voldoen helemaal niet?",
  "count", {"owner": "Marit", "compliance": "voldoet_niet"}, [56089], "And how many do not comply at all?")
q(56091, M, "welke daarvan liggen in Zeeland?",
  "list", {"owner": "Marit", "compliance": "voldoet_niet", "province": "Zeeland"}, [56089, 56090], "Which of those are in Zeeland?")
q(56092, M, "Wanneer verwacht Noord-Beveland klaar te zijn?",
  "fact", {"gemeente": "Noord-Beveland", "fact": "expected"}, [], "Noord-Beveland's expected date.")
q(56093, M, "en hoeveel plekken hebben ze al?",
  "fact", {"gemeente": "Noord-Beveland", "fact": "places"}, [56092], "And their places (realised/planned)?")
q(56094, M, "wat moet ik deze week",
  "list", {"owner": "Marit", "termijn_from": "2029-08-06", "termijn_to": "2029-08-12"}, [], "My cases with a termijn this week (Mon 6 - Sun 12 Aug 2029).")
q(56095, M, "Heb ik zaken waarvan de brief niet is bezorgd?",
  "list", {"owner": "Marit", "letter_undelivered": True}, [], "My cases whose letter bounced.")
q(56096, M, "Welke van mijn gemeenten hebben om uitstel gevraagd?",
  "list", {"owner": "Marit", "state": ["extended"]}, [], "My cases with an extension request.")
q(56097, M, "hoe wijs ik een zaak toe aan Jasper?",
  "help", {}, [], "How do I assign a case to Jasper? (help)")
q(56098, M, "Welke gemeenten van Soufiane liggen in Limburg?",
  "list", {"owner": "Soufiane", "province": "Limburg"}, [], "Soufiane's cases in Limburg.")
q(56099, M, "en welke daarvan hebben nog niks gestuurd",
  "list", {"owner": "Soufiane", "province": "Limburg", "state": ["no_reply"]}, [56098], "Of those, which have sent nothing (overdue)?")
q(56100, M, "en hun buren?",
  "unknown", {"owner": "Soufiane", "province": "Limburg", "state": ["no_reply"]}, [56098, 56099], "And their neighbours? Neighbours are unknown; the list's slots are kept.")

ROW_INTENTS = {"list", "count"}


def main():
    out = []
    assert len(Q) == 100 and [x[0] for x in Q] == list(range(56001, 56101))
    for i, who, text, intent, filters, after, meaning in Q:
        for a in after:
            assert a < i
        f = {k: (sorted(v) if isinstance(v, list) else v) for k, v in filters.items()}
        fact = None
        if intent in ROW_INTENTS:
            gs = sorted(s["gemeente"] for s in CASES if matches(s, f))
            count = len(gs)
        else:
            gs, count = [], None
            if intent == "fact":
                fact = fact_value(f["gemeente"], f["fact"], f.get("date"))
            elif intent == "status":
                fact = fact_value(f["gemeente"], "status")
            elif intent == "overview":
                fact = overview()
        out.append({"id": i, "q": text, "intent": intent, "filters": f, "expected_gemeenten": gs,
                    "count": count, "after": after, "as_staff": STAFF[who], "on": ON, "meaning": meaning,
                    "expected_fact": fact})
    with open(os.path.join(HERE, "questions56_with_expected_sets.jsonl"), "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} questions")


if __name__ == "__main__":
    main()
