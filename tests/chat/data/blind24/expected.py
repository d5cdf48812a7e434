#!/usr/bin/env python3
"""Compute expected answers for q24 (ids 24001-24100) from status.json and due.json; writes questions.jsonl.

Conventions (see README.md): the universe of every list/count is the set of municipalities whose
`status --json` has a case (229 here). Slots map to status fields as follows.
"""
import json, os, calendar
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
S = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
D = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
ON = "2027-02-03"
STAFF = {"Petra": 24501, "Youssef": 24502, "Ingrid": 24503, "Niels": 24504}
ID2NAME = {v: k for k, v in STAFF.items()}
CASES = {g: v for g, v in S.items() if v.get("case")}
NO_REPLY = {x["gemeente"] for x in D if x["section"] == "overdue" and x["kind"] == "no_reply"}
REGIONS = {"noord": ["Drenthe", "Friesland", "Groningen"], "oost": ["Gelderland", "Overijssel"],
           "zuid": ["Limburg", "Noord-Brabant", "Zeeland"]}


def span(exp):
    """expected_date string -> (first day, last day)."""
    if exp is None:
        return None
    y = int(exp[:4])
    if len(exp) == 10:
        d = date.fromisoformat(exp); return d, d
    if "-Q" in exp:
        q = int(exp[-1]); m1 = 3 * q - 2; m2 = 3 * q
        return date(y, m1, 1), date(y, m2, calendar.monthrange(y, m2)[1])
    if "-H" in exp:
        h = int(exp[-1]); m1, m2 = (1, 6) if h == 1 else (7, 12)
        return date(y, m1, 1), date(y, m2, calendar.monthrange(y, m2)[1])
    if len(exp) == 7:
        m = int(exp[5:7]); return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
    return date(y, 1, 1), date(y, 12, 31)


def has_state(g, st):
    c = CASES[g]["case"]
    return {
        "no_reply": g in NO_REPLY,
        "unanswered": not c["answered"],
        "answered": bool(c["answered"]),
        "late": c["answered"] and c["reply_on_time"] is False,
        "on_time": c["answered"] and c["reply_on_time"] is True,
        "incomplete": c["state"] == "answered_incomplete",
        "complete": c["state"] == "answered_complete",
        "suspended": bool(c["suspended"]),
        "extended": bool(c["extension_requested"]),  # no extension was granted in this register
    }[st]


def aslist(x):
    return x if isinstance(x, list) else [x]


def select(f, as_staff=None):
    out = []
    for g, v in CASES.items():
        c = v["case"]
        if "province" in f and v["province"] not in aslist(f["province"]): continue
        if "not_province" in f and v["province"] in aslist(f["not_province"]): continue
        if "not_gemeente" in f and g in aslist(f["not_gemeente"]): continue
        if "trede" in f and c["trede"] != f["trede"]: continue
        if "not_trede" in f and c["trede"] == f["not_trede"]: continue
        if "owner" in f:
            who = ID2NAME[as_staff] if f["owner"] == "mijn" else f["owner"]
            if c["owner"] != who: continue
        if f.get("no_owner") and c["owner"] is not None: continue
        if f.get("letter_undelivered") and not c["letter_undelivered"]: continue
        if "state" in f and not all(has_state(g, s) for s in f["state"]): continue
        if "not_state" in f and any(has_state(g, s) for s in f["not_state"]): continue
        if "missing" in f and not all(m in c["missing"] for m in f["missing"]): continue
        if "reason" in f and f["reason"] not in v["reasons"]: continue
        if "compliance" in f and c["compliance"] != f["compliance"]: continue
        if "expected_before" in f or "expected_after" in f:
            sp = span(v["expected_date"])
            if sp is None: continue
            if "expected_before" in f and not sp[1] < date.fromisoformat(f["expected_before"]): continue
            if "expected_after" in f and not sp[0] > date.fromisoformat(f["expected_after"]): continue
        if "termijn_from" in f or "termijn_to" in f:
            t = c["termijn"]
            if t is None: continue
            if "termijn_from" in f and t < f["termijn_from"]: continue
            if "termijn_to" in f and t > f["termijn_to"]: continue
        out.append(g)
    return sorted(out)


def fact(g, kind, d=None):
    v = S[g]; c = v.get("case")
    if c is None:
        return f"{g}: geen zaak in het register"
    if kind == "places":
        return f"gerealiseerd {v['realised_total']}, gepland {v['planned_total']} (taak {v['task_total']})"
    if kind == "expected":
        return v["expected_date"] or "geen verwachte datum bekend"
    if kind == "owner":
        return c["owner"] or "geen behandelaar"
    if kind == "missing":
        return ", ".join(c["missing"]) if c["missing"] else "niets ontbreekt"
    if kind == "termijn":
        s = f"termijn {c['termijn']}"
        if c["extension_requested"]:
            s += f"; uitstel gevraagd tot {c['extension_requested_until']}"
        if c["overdue"]:
            s += f"; verstreken, nog geen reactie ({(date.fromisoformat(ON) - date.fromisoformat(c['termijn'])).days} dagen)"
        return s
    if kind == "reply":
        if not c["answered"]:
            return f"geen reactie op de laatste brief (termijn {c['termijn']})"
        rd = c["reply_at"][:10]
        late = (date.fromisoformat(rd) - date.fromisoformat(c["termijn"])).days
        return f"reactie {rd}, termijn {c['termijn']}: " + ("op tijd" if c["reply_on_time"] else f"te laat ({late} dagen)")
    if kind == "reasons":
        return ", ".join(v["reasons"]) or "geen redenen"
    if kind == "trede":
        return f"trede {c['trede']} ({v['trede_name']})"
    if kind == "compliance":
        return c["compliance"] or "onbekend"
    if kind == "wrote":
        ms = [m for m in v["messages"] if d is None or m["received_at"][:10] == d]
        return "; ".join(f"{m['kind']} van {m['received_at'][:10]} ({m['subject']}), ontbreekt: {', '.join(m['missing']) or 'niets'}" for m in ms) or "niets op die dag"
    if kind == "status":
        return (f"trede {c['trede']}, behandelaar {c['owner'] or 'geen'}, {c['state']}, {c['compliance']}, "
                f"termijn {c['termijn']}, ontbreekt: {', '.join(c['missing']) or 'niets'}")
    raise ValueError(kind)


P, Y, I, N = 24501, 24502, 24503, 24504
# (id, asker, text, intent, filters, after, meaning, fact-kind-or-None)
Q = [
 # ---------------- Petra: director, national overview, formal
 (24001, P, "Hoeveel gemeenten voldoen op dit moment niet aan hun wettelijke taak uit de Spreidingswet?", "count", {"compliance": "voldoet_niet"}, [], "count of cases with compliance voldoet_niet", None),
 (24002, P, "Kunt u mij een overzicht geven van alle gemeenten die slechts gedeeltelijk aan de taakstelling voldoen?", "list", {"compliance": "voldoet_gedeeltelijk"}, [], "list of cases with compliance voldoet_gedeeltelijk", None),
 (24003, P, "Welke gemeenten hebben na het verstrijken van de termijn nog altijd niet gereageerd op de brief van het ministerie?", "list", {"state": ["no_reply"]}, [], "all cases without reply whose termijn passed", None),
 (24004, P, "Hoeveel gemeenten in Zuid-Holland hebben nog niet gereageerd, terwijl de termijn inmiddels is verstreken?", "count", {"province": "Zuid-Holland", "state": ["no_reply"]}, [], "count no_reply in Zuid-Holland", None),
 (24005, P, "Welke gemeenten bevinden zich momenteel in trede 3 van de interventieladder?", "list", {"trede": 3}, [], "cases in trede 3", None),
 (24006, P, "Hoeveel gemeenten in Noord-Nederland voldoen niet aan de wettelijke taak?", "count", {"province": ["Drenthe", "Friesland", "Groningen"], "compliance": "voldoet_niet"}, [], "count voldoet_niet in the north (Dr, Fr, Gr)", None),
 (24007, P, "Welke gemeenten hebben om uitstel van de reactietermijn gevraagd?", "list", {"state": ["extended"]}, [], "cases with an extension requested (none granted)", None),
 (24008, P, "Hoeveel zaken hebben op dit moment nog geen behandelaar?", "count", {"no_owner": True}, [], "count of cases without owner", None),
 (24009, P, "Welke gemeenten hebben te laat gereageerd op onze brief, dus na afloop van de termijn?", "list", {"state": ["late"]}, [], "cases whose reply came after the termijn", None),
 (24010, P, "Ten behoeve van de nota aan de minister: welke gemeenten in Gelderland en Overijssel voldoen niet aan hun taak en hebben bovendien na het verstrijken van de termijn nog niet gereageerd?", "list", {"province": ["Gelderland", "Overijssel"], "compliance": "voldoet_niet", "state": ["no_reply"]}, [], "voldoet_niet AND no_reply in Gld or Ov", None),
 (24011, P, "Hoeveel gemeenten in Zuid-Holland hebben een onvolledige reactie gestuurd?", "count", {"province": "Zuid-Holland", "state": ["incomplete"]}, [], "count incomplete (case state) in Zuid-Holland", None),
 (24012, P, "Welke Limburgse gemeenten voldoen gedeeltelijk, met uitzondering van Venlo en Heerlen?", "list", {"province": "Limburg", "compliance": "voldoet_gedeeltelijk", "not_gemeente": ["Heerlen", "Venlo"]}, [], "Limburg voldoet_gedeeltelijk minus Venlo and Heerlen", None),
 (24013, P, "Hoeveel gemeenten in trede 2 hebben na de termijn nog niet gereageerd, Limburg niet meegerekend?", "count", {"trede": 2, "state": ["no_reply"], "not_province": "Limburg"}, [], "count trede 2 no_reply outside Limburg", None),
 (24014, P, "Bij welke gemeenten is de brief onbestelbaar retour gekomen?", "list", {"letter_undelivered": True}, [], "cases whose latest letter bounced", None),
 (24015, P, "Welke gemeenten hebben na het verstrijken van de termijn niet gereageerd en ook geen uitstel gevraagd?", "list", {"state": ["no_reply"], "not_state": ["extended"]}, [], "no_reply excluding extension requests", None),
 (24016, P, "Hoeveel gemeenten hebben zowel tijdig als volledig gereageerd?", "count", {"state": ["complete", "on_time"]}, [], "count replies on time AND state complete", None),
 (24017, P, "Welke gemeenten in de provincie Utrecht voldoen niet aan hun wettelijke taak?", "list", {"province": "Utrecht", "compliance": "voldoet_niet"}, [], "province Utrecht (explicit) voldoet_niet", None),
 (24018, P, "Hoeveel zaken heeft Youssef op dit moment in behandeling?", "count", {"owner": "Youssef"}, [], "count of cases owned by Youssef", None),
 (24019, P, "Welke gemeenten zijn te laat?", "clarify", {}, [], "bare 'te laat': no reply after termijn or late reply -> asks back", None),
 (24020, P, "Mag ik het totaaloverzicht van alle zaken zien?", "overview", {}, [], "the overview", None),
 (24021, P, "Welke gemeenten in Noord-Holland verwachten vóór de zomer van 2027 aan hun taak te voldoen?", "list", {"province": "Noord-Holland", "expected_before": "2027-07-01"}, [], "NH with expected date ending before 2027-07-01", None),
 (24022, P, "Kunt u aangeven bij hoeveel gemeenten in trede 2 die niet aan hun taak voldoen het tijdpad ontbreekt?", "count", {"trede": 2, "compliance": "voldoet_niet", "missing": ["timeline"]}, [], "count trede 2, voldoet_niet, timeline missing", None),
 (24023, P, "Welke gemeenten hebben uitstel gevraagd en hebben nog geen behandelaar toegewezen gekregen?", "list", {"state": ["extended"], "no_owner": True}, [], "extension requested and no owner", None),
 (24024, P, "Hoeveel gemeenten in Oost-Nederland hebben nog niet gereageerd terwijl de termijn verstreken is?", "count", {"province": ["Gelderland", "Overijssel"], "state": ["no_reply"]}, [], "count no_reply in Gld+Ov (Oost-Nederland)", None),
 (24025, P, "Welke gemeenten in de Randstad voldoen niet aan hun taak?", "clarify", {"compliance": "voldoet_niet"}, [], "Randstad has no fixed border -> asks back", None),
 # ---------------- Youssef: hurried case officer, chat style
 (24026, Y, "hoevl gmnt in Gld hebbn nog niet gereageerd", "count", {"province": "Gelderland", "state": ["no_reply"]}, [], "count no_reply in Gelderland", None),
 (24027, Y, "wie is behandelaar van almere", "fact", {"gemeente": "Almere", "fact": "owner"}, [], "owner of Almere", ("Almere", "owner")),
 (24028, Y, "en wnr verwachten ze klaar te zijn", "fact", {"gemeente": "Almere", "fact": "expected"}, [24027], "follow-up: expected date Almere", ("Almere", "expected")),
 (24029, Y, "en die ernaast?", "unknown", {"gemeente": "Almere"}, [24027, 24028], "neighbours of Almere: the register has no neighbours -> unknown", None),
 (24030, Y, "hvl plekken heeft zaanstad gerealiseerd", "fact", {"gemeente": "Zaanstad", "fact": "places"}, [], "places realised Zaanstad", ("Zaanstad", "places")),
 (24031, Y, "en hoorn?", "fact", {"gemeente": "Hoorn", "fact": "places"}, [24030], "follow-up: places realised Hoorn", ("Hoorn", "places")),
 (24032, Y, "wat ontbreekt er nog bij zoetermeer", "fact", {"gemeente": "Zoetermeer", "fact": "missing"}, [], "missing elements Zoetermeer", ("Zoetermeer", "missing")),
 (24033, Y, "mijn zaken", "list", {"owner": "Youssef"}, [], "cases owned by the asker (Youssef)", None),
 (24034, Y, "welke v mijn zaken hebben nog niet gereageerd", "list", {"owner": "Youssef", "state": ["no_reply"]}, [], "Youssef's cases with no_reply", None),
 (24035, Y, "NB gmnt zonder tijdpad", "list", {"province": "Noord-Brabant", "missing": ["timeline"]}, [], "Noord-Brabant cases missing timeline", None),
 (24036, Y, "ZH gemeentes die nog nt gereageerd hebben behalve westland", "list", {"province": "Zuid-Holland", "state": ["no_reply"], "not_gemeente": "Westland"}, [], "ZH no_reply minus Westland", None),
 (24037, Y, "status heerlen", "status", {"gemeente": "Heerlen"}, [], "status of Heerlen", ("Heerlen", "status")),
 (24038, Y, "wnr moesten ze reageren", "fact", {"gemeente": "Heerlen", "fact": "termijn"}, [24037], "follow-up: termijn Heerlen", ("Heerlen", "termijn")),
 (24039, Y, "en was dat op tijd?", "fact", {"gemeente": "Heerlen", "fact": "reply"}, [24037, 24038], "follow-up: Heerlen reply on time? (late, 8 days)", ("Heerlen", "reply")),
 (24040, Y, "welke trede zit den bosch in", "fact", {"gemeente": "'s-Hertogenbosch", "fact": "trede"}, [], "trede of 's-Hertogenbosch", ("'s-Hertogenbosch", "trede")),
 (24041, Y, "wat schreef zaanstad op 29 april", "fact", {"gemeente": "Zaanstad", "fact": "wrote", "date": "2026-04-29"}, [], "Zaanstad's message of 29 April 2026", ("Zaanstad", "wrote", "2026-04-29")),
 (24042, Y, "welke gmnt in ZH hebbn geldproblemen", "list", {"province": "Zuid-Holland", "reason": "finance"}, [], "Zuid-Holland cases with reason finance", None),
 (24043, Y, "waar speelt bezwaar in Gld", "list", {"province": "Gelderland", "reason": "objection_procedure"}, [], "Gelderland with objection_procedure", None),
 (24044, Y, "voldoet goes wel aan de taak?", "fact", {"gemeente": "Goes", "fact": "compliance"}, [], "compliance of Goes", ("Goes", "compliance")),
 (24045, Y, "hoevl zaken zonder behandelaar in Fr", "count", {"province": "Friesland", "no_owner": True}, [], "count Friesland without owner", None),
 (24046, Y, "limburgse gmnt in trede 2 die nog nie gereageerd hebbn", "list", {"province": "Limburg", "trede": 2, "state": ["no_reply"]}, [], "Limburg trede 2 no_reply", None),
 (24047, Y, "amstrdam status", "status", {"gemeente": "Amsterdam"}, [], "typo guessed as Amsterdam, which has no case", ("Amsterdam", "status")),
 (24048, Y, "hvl plekken zijn er gepland in veenendaal", "fact", {"gemeente": "Veenendaal", "fact": "places"}, [], "places (planned 320) Veenendaal", ("Veenendaal", "places")),
 (24049, Y, "wie heeft dronten", "fact", {"gemeente": "Dronten", "fact": "owner"}, [], "owner of Dronten", ("Dronten", "owner")),
 (24050, Y, "en wat is daar de termijn", "fact", {"gemeente": "Dronten", "fact": "termijn"}, [24049], "follow-up: termijn Dronten (passed, no reply)", ("Dronten", "termijn")),
 # ---------------- Ingrid: legal adviser
 (24051, I, "Welke gemeenten in trede 2 hebben na het verstrijken van de termijn nog niet gereageerd?", "list", {"trede": 2, "state": ["no_reply"]}, [], "trede 2 no_reply", None),
 (24052, I, "Welke gemeenten hebben na de termijn alsnog gereageerd, maar was die reactie onvolledig?", "list", {"state": ["incomplete", "late"]}, [], "late reply AND incomplete", None),
 (24053, I, "Hoeveel gemeenten hebben binnen de termijn gereageerd?", "count", {"state": ["on_time"]}, [], "count replies on time", None),
 (24054, I, "En hoeveel daarvan was ook onvolledig?", "count", {"state": ["incomplete", "on_time"]}, [24053], "follow-up narrowing: on time AND incomplete", None),
 (24055, I, "Bij welke gemeenten ontbreken zowel de stappen als het tijdpad?", "list", {"missing": ["steps", "timeline"]}, [], "missing steps and timeline", None),
 (24056, I, "Welke gemeenten hebben geen feiten en omstandigheden aangeleverd?", "list", {"missing": ["facts"]}, [], "missing facts", None),
 (24057, I, "Bij welke gemeenten ontbreken alle drie de elementen?", "list", {"missing": ["facts", "steps", "timeline"]}, [], "missing all three elements", None),
 (24058, I, "Waar loopt een bezwaar- of beroepsprocedure?", "list", {"reason": "objection_procedure"}, [], "reason objection_procedure", None),
 (24059, I, "Welke gemeenten noemen vergunningsperikelen als reden?", "list", {"reason": "permit_procedure"}, [], "reason permit_procedure", None),
 (24060, I, "Welke gemeenten verwachten in het eerste kwartaal van 2027 aan hun taak te voldoen?", "list", {"expected_after": "2026-12-31", "expected_before": "2027-04-01"}, [], "expected date within Q1 2027", None),
 (24061, I, "Welke gemeenten verwachten pas na de zomer van 2027 te voldoen?", "list", {"expected_after": "2027-08-31"}, [], "expected date starting after 2027-08-31", None),
 (24062, I, "Welke gemeenten hebben een verwachte datum genoemd die al verstreken is?", "list", {"expected_before": "2027-02-03"}, [], "expected date ended before today", None),
 (24063, I, "Welke termijnen verliepen tussen 1 en 30 november 2026?", "list", {"termijn_from": "2026-11-01", "termijn_to": "2026-11-30"}, [], "cases with termijn in November 2026", None),
 (24064, I, "En tussen 1 en 15 november 2026?", "list", {"termijn_from": "2026-11-01", "termijn_to": "2026-11-15"}, [24063], "follow-up: termijn 1-15 Nov 2026 (none)", None),
 (24065, I, "Welke gemeenten hadden hun termijn in oktober 2026 en hebben nog steeds niet gereageerd?", "list", {"termijn_from": "2026-10-01", "termijn_to": "2026-10-31", "state": ["no_reply"]}, [], "termijn in Oct 2026 AND no_reply", None),
 (24066, I, "Welke gemeenten in trede 3 hebben nog niet gereageerd?", "list", {"trede": 3, "state": ["no_reply"]}, [], "trede 3 no_reply", None),
 (24067, I, "Welke gemeenten in trede 2 voldoen niet, maar hebben wel een volledige reactie gestuurd?", "list", {"trede": 2, "compliance": "voldoet_niet", "state": ["complete"]}, [], "trede 2, voldoet_niet, state complete", None),
 (24068, I, "Hoeveel dagen te laat was Heerlen met de reactie?", "fact", {"gemeente": "Heerlen", "fact": "reply"}, [], "Heerlen reply 2026-06-24 vs termijn 2026-06-16: 8 days late", ("Heerlen", "reply")),
 (24069, I, "Welke redenen voert Hulst aan?", "fact", {"gemeente": "Hulst", "fact": "reasons"}, [], "reasons of Hulst", ("Hulst", "reasons")),
 (24070, I, "Wat ontbreekt er in de reactie van Velsen?", "fact", {"gemeente": "Velsen", "fact": "missing"}, [], "missing elements Velsen", ("Velsen", "missing")),
 (24071, I, "In welke trede zit Rijssen-Holten?", "fact", {"gemeente": "Rijssen-Holten", "fact": "trede"}, [], "trede of Rijssen-Holten", ("Rijssen-Holten", "trede")),
 (24072, I, "Bij welke gemeenten ontbreekt het tijdpad, met uitzondering van Noord-Holland?", "list", {"missing": ["timeline"], "not_province": "Noord-Holland"}, [], "timeline missing outside NH", None),
 (24073, I, "Welke gemeenten hebben gereageerd, uitgezonderd de gemeenten die te laat waren?", "list", {"state": ["answered"], "not_state": ["late"]}, [], "answered minus late replies", None),
 (24074, I, "Welke gemeenten in Zeeland hebben uitstel gevraagd?", "list", {"province": "Zeeland", "state": ["extended"]}, [], "Zeeland extension requested", None),
 (24075, I, "Welke gemeenten in Limburg zijn te laat?", "clarify", {"province": "Limburg"}, [], "bare 'te laat' with province -> asks back", None),
 # ---------------- Niels: trainee, English/Dutch, vague
 (24076, N, "hi! how does this bot work?", "help", {}, [], "greeting + help", None),
 (24077, N, "Can you send a reminder letter to Heumen?", "unknown", {"gemeente": "Heumen"}, [], "cannot send letters", None),
 (24078, N, "how many municipalities in Limburg have not replied yet?", "count", {"province": "Limburg", "state": ["no_reply"]}, [], "count no_reply Limburg", None),
 (24079, N, "status van Bergen", "clarify", {}, [], "Bergen is ambiguous (L. / NH.) -> asks back", None),
 (24080, N, "Bergen (L) bedoel ik", "status", {"gemeente": "Bergen (L.)"}, [24079], "follow-up: status Bergen (L.)", ("Bergen (L.)", "status")),
 (24081, N, "what about Hengelo?", "status", {"gemeente": "Hengelo (O.)"}, [], "Hengelo = Hengelo (O.)", ("Hengelo (O.)", "status")),
 (24082, N, "can you change the trede of Houten to 4?", "unknown", {"gemeente": "Houten"}, [], "changing trede is a command (/trede), not a question", None),
 (24083, N, "wie is de eigenaar van Rijswijk?", "fact", {"gemeente": "Rijswijk (ZH.)", "fact": "owner"}, [], "owner of Rijswijk (ZH.): none", ("Rijswijk (ZH.)", "owner")),
 (24084, N, "hoe staat Laren ervoor?", "status", {"gemeente": "Laren (NH.)"}, [], "Laren (NH.) has no case", ("Laren (NH.)", "status")),
 (24085, N, "export all cases to excel please", "unknown", {}, [], "export is a CLI command, not a chat answer", None),
 (24086, N, "compare Gelderland and Overijssel: where do more gemeenten not comply?", "unknown", {"province": ["Gelderland", "Overijssel"], "compliance": "voldoet_niet"}, [], "comparison -> unknown", None),
 (24087, N, "what's the phone number of Vaals? I want to call them", "unknown", {"gemeente": "Vaals"}, [], "contact data -> unknown", None),
 (24088, N, "thanks!", "help", {}, [], "thanks: friendly reply / what it can do", None),
 (24089, N, "which cases are mine?", "list", {"owner": "Niels"}, [], "asker's (Niels) cases", None),
 (24090, N, "welke van mijn zaken hebben uitstel gevraagd", "list", {"owner": "Niels", "state": ["extended"]}, [], "Niels's cases with extension requested", None),
 (24091, N, "how many gemeenten voldoen niet in Drenthe", "count", {"province": "Drenthe", "compliance": "voldoet_niet"}, [], "count Drenthe voldoet_niet", None),
 (24092, N, "en hun buren?", "unknown", {"province": "Drenthe", "compliance": "voldoet_niet"}, [24091], "neighbours -> unknown", None),
 (24093, N, "give me the top 5 gemeenten met de grootste achterstand", "unknown", {}, [], "ranking -> unknown", None),
 (24094, N, "hoe wijs ik een zaak toe?", "help", {}, [], "how to assign -> help", None),
 (24095, N, "Twente gemeenten die nog niet gereageerd hebben", "unknown", {"state": ["no_reply"]}, [], "Twente has no border in the register -> unknown with state", None),
 (24096, N, "wat moet ik deze week doen", "list", {"owner": "Niels", "termijn_from": "2027-02-01", "termijn_to": "2027-02-07"}, [], "asker's cases with termijn this week (none)", None),
 (24097, N, "which termijnen expire next week?", "list", {"termijn_from": "2027-02-08", "termijn_to": "2027-02-14"}, [], "termijnen next week (none)", None),
 (24098, N, "how is Utrecht doing?", "clarify", {}, [], "Utrecht: province or municipality -> asks back", None),
 (24099, N, "gemeenten in Utrecht die nog niet gereageerd hebben", "list", {"province": "Utrecht", "state": ["no_reply"]}, [], "plural decides province Utrecht; no_reply", None),
 (24100, N, "who should I ask about Zwijndrecht?", "fact", {"gemeente": "Zwijndrecht", "fact": "owner"}, [], "owner of Zwijndrecht", ("Zwijndrecht", "owner")),
]


def main():
    assert len(Q) == 100 and len({q[0] for q in Q}) == 100
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for qid, who, text, intent, filters, after, meaning, fk in Q:
            rec = {"id": qid, "q": text, "intent": intent, "filters": filters, "after": after,
                   "as_staff": who, "on": ON, "meaning": meaning}
            if intent in ("list", "count"):
                g = select(filters, who)  # "mijn" questions carry the asker's name as owner
                rec["expected_gemeenten"] = g
                rec["count"] = len(g)
                rec["expected_fact"] = None
            else:
                rec["expected_gemeenten"] = []
                rec["count"] = None
                rec["expected_fact"] = fact(fk[0], fk[1], fk[2] if len(fk) > 2 else None) if fk else None
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("written", len(Q))


if __name__ == "__main__":
    main()
