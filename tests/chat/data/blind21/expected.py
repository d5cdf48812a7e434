#!/usr/bin/env python3
"""Compute expected answers for the q21 question set from due.json + status.json (stdlib only).
Writes questions.jsonl next to this file. Run: python3 expected.py"""
import json, os, calendar, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
ON = "2026-12-09"
STAFF = {"Roos": 21501, "Jeroen": 21502, "Fleur": 21503, "Martijn": 21504}
STATUS = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
DUE = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
CASES = {n: s for n, s in STATUS.items() if s.get("case")}
NO_REPLY = {d["gemeente"] for d in DUE if d["section"] == "overdue" and d["kind"] == "no_reply"}
NORTH = ["Drenthe", "Friesland", "Groningen"]
EAST = ["Gelderland", "Overijssel"]
SOUTH = ["Limburg", "Noord-Brabant", "Zeeland"]


def d(s):
    return dt.date.fromisoformat(s)


def span(exp):
    """expected_date string -> (first day, last day)."""
    if exp is None:
        return None
    y = int(exp[:4])
    rest = exp[5:]
    if len(exp) == 10:
        x = d(exp)
        return x, x
    if rest.startswith("Q"):
        q = int(rest[1])
        m1, m2 = 3 * q - 2, 3 * q
    elif rest.startswith("H"):
        h = int(rest[1])
        m1, m2 = (1, 6) if h == 1 else (7, 12)
    else:
        m1 = m2 = int(rest)
    return dt.date(y, m1, 1), dt.date(y, m2, calendar.monthrange(y, m2)[1])


def as_list(v):
    return v if isinstance(v, list) else [v]


def has_state(s, st):
    c = s["case"]
    return {
        "no_reply": s["gemeente"] in NO_REPLY,
        "unanswered": not c["answered"],
        "answered": bool(c["answered"]),
        "late": c["reply_on_time"] is False,
        "on_time": c["reply_on_time"] is True,
        "incomplete": c["state"] == "answered_incomplete",
        "complete": c["state"] == "answered_complete",
        "suspended": bool(c["suspended"]),
        "extended": bool(c["extension_requested"]),
    }[st]


def match(s, f):
    c = s["case"]
    if "gemeente" in f and s["gemeente"] not in as_list(f["gemeente"]):
        return False
    if "not_gemeente" in f and s["gemeente"] in as_list(f["not_gemeente"]):
        return False
    if "province" in f and s["province"] not in as_list(f["province"]):
        return False
    if "not_province" in f and s["province"] in as_list(f["not_province"]):
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
    for st in f.get("state", []):
        if not has_state(s, st):
            return False
    for st in f.get("not_state", []):
        if has_state(s, st):
            return False
    for m in f.get("missing", []):
        if m not in (c["missing"] or []):
            return False
    if "reason" in f and f["reason"] not in (s["reasons"] or []):
        return False
    if "compliance" in f and c["compliance"] != f["compliance"]:
        return False
    if "expected_before" in f or "expected_after" in f:
        sp = span(s["expected_date"])
        if sp is None:
            return False
        if "expected_before" in f and not sp[1] < d(f["expected_before"]):
            return False
        if "expected_after" in f and not sp[0] > d(f["expected_after"]):
            return False
    if "termijn_from" in f or "termijn_to" in f:
        if not c["termijn"]:
            return False
        t = d(c["termijn"])
        if "termijn_from" in f and t < d(f["termijn_from"]):
            return False
        if "termijn_to" in f and t > d(f["termijn_to"]):
            return False
    return True


def select(f):
    return sorted(n for n, s in CASES.items() if match(s, f))


def fact(g, kind, date=None):
    s = STATUS[g]
    c = s["case"] or {}
    if kind == "places":
        return {"realised": s["realised_total"], "planned": s["planned_total"], "task": s["task_total"]}
    if kind == "expected":
        return s["expected_date"]
    if kind == "owner":
        return c.get("owner")
    if kind == "missing":
        return c.get("missing")
    if kind == "termijn":
        return c.get("termijn")
    if kind == "reply":
        return {"answered": c.get("answered"), "reply_at": c.get("reply_at"), "reply_on_time": c.get("reply_on_time")}
    if kind == "reasons":
        return s["reasons"]
    if kind == "trede":
        return c.get("trede")
    if kind == "compliance":
        return c.get("compliance")
    if kind == "wrote":
        ms = [m for m in s["messages"] if date is None or m["received_at"][:10] == date]
        return [{"id": m["id"], "kind": m["kind"], "received_at": m["received_at"], "subject": m["subject"]} for m in ms]
    raise KeyError(kind)


# (id, persona, question, intent, filters, after, meaning)
Q = []


def q(i, who, text, intent, filters, meaning, after=()):
    Q.append((i, who, text, intent, filters, list(after), meaning))


R, J, F, M = "Roos", "Jeroen", "Fleur", "Martijn"
# ---- Roos: director-general's office, short management questions ----
q(21001, R, "Hoeveel gemeenten hebben nog niet gereageerd terwijl de termijn al verstreken is?", "count",
  {"state": ["no_reply"]}, "Number of cases without a reply whose termijn has passed.")
q(21002, R, "Welke provincies lopen het meest achter?", "unknown", {},
  "A ranking of provinces: the reader cannot rank, so unknown with nearest actions.")
q(21003, R, "Hoeveel gemeenten voldoen niet aan hun wettelijke taak?", "count",
  {"compliance": "voldoet_niet"}, "Number of cases whose compliance is voldoet_niet.")
q(21004, R, "En hoeveel daarvan liggen in Zuid-Holland?", "count",
  {"compliance": "voldoet_niet", "province": "Zuid-Holland"},
  "Follow-up: the non-compliant cases narrowed to Zuid-Holland.", after=[21003])
q(21005, R, "Welke gemeenten zitten op dit moment in trede 3?", "list", {"trede": 3},
  "All cases at trede 3 (actief toezicht).")
q(21006, R, "Hoeveel zaken staan in trede 2, Limburg niet meegerekend?", "count",
  {"trede": 2, "not_province": "Limburg"}, "Trede-2 cases outside Limburg (Limburg is left out, not the trede).")
q(21007, R, "Kun je mij een overzicht geven van de stand van zaken?", "overview", {},
  "The overview (chart) of all cases.")
q(21008, R, "Welke gemeenten in Noord-Nederland voldoen gedeeltelijk?", "list",
  {"compliance": "voldoet_gedeeltelijk", "province": NORTH},
  "Partly compliant cases in Drenthe, Friesland and Groningen.")
q(21009, R, "Hoeveel gemeenten hebben om uitstel gevraagd?", "count", {"state": ["extended"]},
  "Cases with an extension asked (and still to be answered) or granted.")
q(21010, R, "Bij welke gemeenten is de brief onbestelbaar retour gekomen?", "list", {"letter_undelivered": True},
  "Cases whose latest letter bounced.")
q(21011, R, "Hoeveel gemeenten hebben te laat gereageerd?", "count", {"state": ["late"]},
  "Cases whose reply came after the termijn ('te laat gereageerd' is the late reply, not no reply).")
q(21012, R, "En hoeveel daarvan was ook onvolledig?", "count", {"state": ["incomplete", "late"]},
  "Follow-up narrowing with 'daarvan ... ook': late AND incomplete.", after=[21011])
q(21013, R, "Welke gemeenten in Zuid-Holland hebben nog niet gereageerd, uitstelverzoeken niet meegerekend?", "list",
  {"state": ["no_reply"], "province": "Zuid-Holland", "not_state": ["extended"]},
  "No reply after the termijn in Zuid-Holland, leaving out cases with an extension request.")
q(21014, R, "Hoeveel zaken hebben nog geen behandelaar?", "count", {"no_owner": True},
  "Cases without an owner.")
q(21015, R, "Welke zaken liggen bij Jeroen?", "list", {"owner": "Jeroen"}, "Cases owned by Jeroen.")
q(21016, R, "Voldoet de gemeente Tilburg aan haar wettelijke taak?", "fact",
  {"gemeente": "Tilburg", "fact": "compliance"}, "The compliance of Tilburg.")
q(21017, R, "Hoeveel gemeenten in Zuid-Nederland in trede 2 hebben wel gereageerd?", "count",
  {"province": SOUTH, "trede": 2, "state": ["answered"]},
  "Answered trede-2 cases in Limburg, Noord-Brabant and Zeeland.")
q(21018, R, "Welke Zeeuwse gemeenten voldoen niet, Sluis uitgezonderd?", "list",
  {"compliance": "voldoet_niet", "province": "Zeeland", "not_gemeente": "Sluis"},
  "Non-compliant Zeeland cases except Sluis.")
q(21019, R, "Hoeveel gemeenten in Noord-Holland hebben een volledige reactie gestuurd?", "count",
  {"state": ["complete"], "province": "Noord-Holland"}, "Noord-Holland cases whose answer misses nothing (state answered_complete).")
q(21020, R, "Zijn er ook gemeenten die wel aan hun taak voldoen?", "list", {"compliance": "voldoet"},
  "Cases whose compliance is voldoet.")
q(21021, R, "Hoeveel gemeenten noemen een bezwaarprocedure als reden?", "count", {"reason": "objection_procedure"},
  "Cases with reason objection_procedure in a reply or notice.")
q(21022, R, "Welke gemeenten in de Randstad hebben nog niet gereageerd?", "clarify", {"state": ["no_reply"]},
  "'De Randstad' has no fixed border: asked back.")
q(21023, R, "Hoeveel gemeenten in Oost-Nederland zitten in trede 3?", "count",
  {"province": EAST, "trede": 3}, "Trede-3 cases in Gelderland and Overijssel.")
q(21024, R, "Welke gemeenten hebben alle drie de elementen niet aangeleverd?", "list",
  {"missing": ["facts", "steps", "timeline"]}, "Cases missing facts, steps and timeline.")
q(21025, R, "Wat is de top 5 van gemeenten met de grootste achterstand?", "unknown", {},
  "A ranking: unknown, with the nearest things the bot can do.")
# ---- Jeroen: case officer on the phone, voice dictation ----
q(21026, J, "uh hoe staat het er uh voor met harderwijk harderwijk", "status", {"gemeente": "Harderwijk"},
  "Status of Harderwijk (repeated name, filler words).")
q(21027, J, "en wanneer verwachten ze klaar te zijn", "fact", {"gemeente": "Harderwijk", "fact": "expected"},
  "Follow-up: the expected date of Harderwijk.", after=[21026])
q(21028, J, "en hoeveel plekken hebben ze nu al gerealiseerd", "fact", {"gemeente": "Harderwijk", "fact": "places"},
  "Follow-up: places realised by Harderwijk.", after=[21026, 21027])
q(21029, J, "wie is de behandelaar van culemborg", "fact", {"gemeente": "Culemborg", "fact": "owner"},
  "Owner of Culemborg.")
q(21030, J, "en wat ontbreekt daar nog", "fact", {"gemeente": "Culemborg", "fact": "missing"},
  "Follow-up: missing elements of Culemborg.", after=[21029])
q(21031, J, "welke gemeenten in gelderland hebben nog niet gereageerd", "list",
  {"state": ["no_reply"], "province": "Gelderland"}, "No reply after termijn in Gelderland.")
q(21032, J, "en in overijssel", "list", {"state": ["no_reply"], "province": "Overijssel"},
  "Follow-up: same question for Overijssel.", after=[21031])
q(21033, J, "uh mijn zaken", "list", {"owner": "Jeroen"}, "The asker's cases.")
q(21034, J, "hoeveel van mijn zaken hebben nog niet gereageerd terwijl de termijn verstreken is", "count",
  {"owner": "Jeroen", "state": ["no_reply"]}, "Asker's cases with no reply after the termijn.")
q(21035, J, "status van den bosch graag", "status", {"gemeente": "'s-Hertogenbosch"},
  "Status of 's-Hertogenbosch via the alias Den Bosch.")
q(21036, J, "tot wanneer heeft zeven aar om te reageren", "fact", {"gemeente": "Zevenaar", "fact": "termijn"},
  "The termijn of Zevenaar (name split by voice typing).")
q(21037, J, "hoe staat het ervoor met de gemeente arnem", "status", {"gemeente": "Arnhem"},
  "Status of Arnhem (misheard/typo 'arnem', a guess the answer should mention).")
q(21038, J, "wat schreef heerlen op vierentwintig juni", "fact",
  {"gemeente": "Heerlen", "fact": "wrote", "date": "2026-06-24"}, "The message Heerlen sent on 24 June (2026).")
q(21039, J, "in welke trede zit lelystad ook alweer", "fact", {"gemeente": "Lelystad", "fact": "trede"},
  "The trede of Lelystad.")
q(21040, J, "voldoet epe eigenlijk aan de taak", "fact", {"gemeente": "Epe", "fact": "compliance"},
  "Compliance of Epe.")
q(21041, J, "welke redenen noemt deventer uh deventer", "fact", {"gemeente": "Deventer", "fact": "reasons"},
  "Reasons Deventer stated.")
q(21042, J, "hoe staat het met delfzijl", "status", {"gemeente": "Eemsdelta"},
  "Delfzijl merged into Eemsdelta (2021): status of Eemsdelta with a note.")
q(21043, J, "en hebben ze op tijd gereageerd", "fact", {"gemeente": "Eemsdelta", "fact": "reply"},
  "Follow-up: did Eemsdelta reply on time.", after=[21042])
q(21044, J, "welke gemeenten in gelderland hebben geen tijdpad gestuurd", "list",
  {"missing": ["timeline"], "province": "Gelderland"}, "Gelderland cases missing the timeline.")
q(21045, J, "hoeveel gemeenten in gelderland zitten in trede een", "count", {"trede": 1, "province": "Gelderland"},
  "Trede-1 cases in Gelderland (number as a word).")
q(21046, J, "welke van mijn gemeenten hebben te laat gereageerd", "list", {"owner": "Jeroen", "state": ["late"]},
  "Asker's cases with a late reply ('te laat gereageerd' is unambiguous).")
q(21047, J, "hoe staat het met zaandam", "status", {"gemeente": "Zaanstad"},
  "Zaandam is a place in Zaanstad: status of Zaanstad with a note.")
q(21048, J, "uh hoeveel plekken heeft uh heerde gepland", "fact", {"gemeente": "Heerde", "fact": "places"},
  "Places (planned) of Heerde.")
q(21049, J, "wat heeft tiel ons geschreven", "fact", {"gemeente": "Tiel", "fact": "wrote"},
  "What Tiel wrote (its messages).")
q(21050, J, "welke overijsselse gemeenten voldoen niet behalve hardenberg en ommen", "list",
  {"compliance": "voldoet_niet", "province": "Overijssel", "not_gemeente": ["Hardenberg", "Ommen"]},
  "Non-compliant Overijssel cases except Hardenberg and Ommen.")
# ---- Fleur: data steward ----
q(21051, F, "Welke gemeenten verwachten vóór de zomer van 2027 te voldoen?", "list",
  {"expected_before": "2027-07-01"}, "Expected date ends before 1 July 2027.")
q(21052, F, "En welke pas na de zomer van 2027?", "list", {"expected_after": "2027-08-31"},
  "Follow-up: expected date starts after the summer (after 31 Aug 2027); replaces the window.", after=[21051])
q(21053, F, "Welke gemeenten verwachten in het tweede kwartaal klaar te zijn?", "list",
  {"expected_after": "2027-03-31", "expected_before": "2027-07-01"},
  "Expected date within Q2 of the year ahead (2027).")
q(21054, F, "Wie verwacht pas na 1 januari aan de taak te voldoen?", "list", {"expected_after": "2027-01-01"},
  "Expected date starts strictly after 1 January (the one ahead, 2027).")
q(21055, F, "Bij welke zaken ligt de verwachte datum al in het verleden?", "list", {"expected_before": ON},
  "Expected date ended before the asking day.")
q(21056, F, "Welke termijnen verlopen deze week?", "list", {"termijn_from": "2026-12-07", "termijn_to": "2026-12-13"},
  "Termijn in the week of the asking day (Mon-Sun).")
q(21057, F, "Welke termijnen verlopen volgende maand?", "list", {"termijn_from": "2027-01-01", "termijn_to": "2027-01-31"},
  "Termijn in January 2027.")
q(21058, F, "Welke termijnen zijn in november verlopen?", "list", {"termijn_from": "2026-11-01", "termijn_to": "2026-11-30"},
  "Termijn in November; the nearest November to 9 Dec 2026 is November 2026.")
q(21059, F, "Bij welke zaken ontbreken de feiten en omstandigheden?", "list", {"missing": ["facts"]},
  "Cases missing the facts element.")
q(21060, F, "Welke gemeenten missen zowel de stappen als het tijdpad?", "list", {"missing": ["steps", "timeline"]},
  "Cases missing both steps and timeline.")
q(21061, F, "Welke gemeenten geven het ontbreken van een geschikte locatie als reden?", "list", {"reason": "no_location"},
  "Cases with reason no_location.")
q(21062, F, "Waar speelt lokale weerstand in Noord-Holland?", "list",
  {"reason": "local_opposition", "province": "Noord-Holland"}, "Noord-Holland cases with reason local_opposition.")
q(21063, F, "Welke zaken van Martijn missen een tijdpad?", "list", {"owner": "Martijn", "missing": ["timeline"]},
  "Martijn's cases missing the timeline.")
q(21064, F, "Welke van mijn zaken zijn onvolledig beantwoord?", "list", {"owner": "Fleur", "state": ["incomplete"]},
  "Asker's cases in state answered_incomplete.")
q(21065, F, "Hoeveel reacties zijn volledig, uitgezonderd de reacties die te laat waren?", "count",
  {"state": ["complete"], "not_state": ["late"]}, "Complete answers, leaving out late replies.")
q(21066, F, "Welke gemeenten in Utrecht hebben gereageerd, uitgezonderd de gemeenten die te laat waren?", "list",
  {"state": ["answered"], "not_state": ["late"], "province": "Utrecht"},
  "Answered cases in the province Utrecht (plural decides) without late replies.")
q(21067, F, "Welke zaken in Zuid-Holland hebben nog geen eigenaar?", "list", {"no_owner": True, "province": "Zuid-Holland"},
  "Zuid-Holland cases without owner.")
q(21068, F, "Welke gemeenten met een vergunningprocedure als reden verwachten in Q1 2027 klaar te zijn?", "list",
  {"reason": "permit_procedure", "expected_after": "2026-12-31", "expected_before": "2027-04-01"},
  "Reason permit_procedure and expected date within Q1 2027.")
q(21069, F, "Welke gemeenten verwachten tussen 1 maart 2027 en 30 juni 2027 te voldoen?", "list",
  {"expected_after": "2027-02-28", "expected_before": "2027-07-01"}, "Expected date within March-June 2027.")
q(21070, F, "Welke Friese gemeenten zijn afhankelijk van het COA?", "list",
  {"reason": "coa_dependency", "province": "Friesland"}, "Friesland cases with reason coa_dependency.")
q(21071, F, "Bij welke gemeenten is uitstel gevraagd, behalve in Zuid-Holland?", "list",
  {"state": ["extended"], "not_province": "Zuid-Holland"}, "Extension cases outside Zuid-Holland.")
q(21072, F, "Welke gemeenten hebben op tijd gereageerd maar missen het tijdpad?", "list",
  {"state": ["on_time"], "missing": ["timeline"]}, "On-time replies whose case misses the timeline.")
q(21073, F, "Wat ontbreekt er nog bij Zoetermeer?", "fact", {"gemeente": "Zoetermeer", "fact": "missing"},
  "Missing elements of Zoetermeer.")
q(21074, F, "Welke redenen heeft Hellevoetsluis opgegeven?", "fact", {"gemeente": "Voorne aan Zee", "fact": "reasons"},
  "Hellevoetsluis merged into Voorne aan Zee (2023): its reasons, with a note.")
q(21075, F, "Hoeveel gemeenten verwachten vóór 1 maart te voldoen?", "count", {"expected_before": "2027-03-01"},
  "Expected date ends before 1 March of the year ahead (2027); already-past dates count too.")
# ---- Martijn: trainee, English/Dutch mix, typos ----
q(21076, M, "welke gemeenten zijn overdue", "list", {"state": ["no_reply"]},
  "'overdue' read as no reply after the termijn (due --json no_reply).")
q(21077, M, "status van Tilburg please", "status", {"gemeente": "Tilburg"}, "Status of Tilburg.")
q(21078, M, "which cases heeft Roos", "list", {"owner": "Roos"}, "Cases owned by Roos.")
q(21079, M, "en mijn cases?", "list", {"owner": "Martijn"}, "Follow-up: the asker's cases.", after=[21078])
q(21080, M, "hoeveel cases zijn incomplete in NB", "count", {"state": ["incomplete"], "province": "Noord-Brabant"},
  "Noord-Brabant cases in state answered_incomplete (NB abbreviation).")
q(21081, M, "wat is the deadline van Venlo", "fact", {"gemeente": "Venlo", "fact": "termijn"}, "Termijn of Venlo.")
q(21082, M, "hoe zit het met Utrecht?", "clarify", {},
  "Utrecht is a province and a municipality: asked back.")
q(21083, M, "hoe wijs ik een zaak toe?", "help", {}, "How to assign a case: help.")
q(21084, M, "can you send een reminder mail naar Breda?", "unknown", {},
  "The reader cannot send mail: unknown (or it says so), with nearest actions.")
q(21085, M, "welke gemeenten zijn te laat", "clarify", {},
  "Bare 'te laat': no reply after termijn, or a late reply? Asked back.")
q(21086, M, "status van Bergen", "clarify", {}, "Bergen (L.) or Bergen (NH.): asked back with buttons.")
q(21087, M, "Maastrcht status?", "status", {"gemeente": "Maastricht"}, "Status of Maastricht (typo, guessed).")
q(21088, M, "how many gemeenten in Limburg hebben nog niet gereageerd", "count",
  {"state": ["no_reply"], "province": "Limburg"}, "Limburg cases with no reply after the termijn.")
q(21089, M, "show me alle gemeenten in Fr met trede 1", "list", {"trede": 1, "province": "Friesland"},
  "Friesland trede-1 cases (Fr abbreviation).")
q(21090, M, "who is behandelaar van Oss", "fact", {"gemeente": "Oss", "fact": "owner"}, "Owner of Oss.")
q(21091, M, "welke gemeenten in ZH hebben geen stappen beschreven", "list",
  {"missing": ["steps"], "province": "Zuid-Holland"}, "Zuid-Holland cases missing steps.")
q(21092, M, "hoeveel plekken heeft Eindhovn gerealiseerd", "fact", {"gemeente": "Eindhoven", "fact": "places"},
  "Realised places of Eindhoven (typo).")
q(21093, M, "zoek naar Venlo-Oost", "search", {"search": "Venlo-Oost"},
  "Search the messages for 'Venlo-Oost'.")
q(21094, M, "wat is het telefoonnummer van de wethouder in Gouda?", "unknown", {},
  "Contact details are not in the register: unknown.")
q(21095, M, "welke trede 3 gemeenten hebben nog geen reactie gestuurd", "list", {"trede": 3, "state": ["unanswered"]},
  "Trede-3 cases with no reply yet (unanswered, termijn passed or not).")
q(21096, M, "cases zonder behandelaar in Gld graag", "list", {"no_owner": True, "province": "Gelderland"},
  "Gelderland cases without owner (Gld abbreviation).")
q(21097, M, "hoeveel gemeenten in Drenthe en Groningen voldoen niet", "count",
  {"compliance": "voldoet_niet", "province": ["Drenthe", "Groningen"]}, "Non-compliant cases in Drenthe or Groningen.")
q(21098, M, "welke Brabantse gemeenten behalve Breda en Tilburg hebben geen tijdpad", "list",
  {"missing": ["timeline"], "province": "Noord-Brabant", "not_gemeente": ["Breda", "Tilburg"]},
  "Noord-Brabant cases missing the timeline, except Breda and Tilburg.")
q(21099, M, "which gemeenten missen een tijdpad, maar niet in trede 1?", "list",
  {"missing": ["timeline"], "not_trede": 1}, "Cases missing the timeline, leaving out trede 1.")

SEARCH = {21093: ["Venlo"]}  # from grepping /work/shared/corpus: only 051-venlo.eml and 087-venlo.eml contain it


def main():
    ids = [x[0] for x in Q]
    assert ids == list(range(21001, 21100)), "ids must be 21001..21099 in order"
    out = []
    for i, who, text, intent, filters, after, meaning in Q:
        filters = {k: (sorted(v) if isinstance(v, list) else v) for k, v in filters.items()}
        ef = None
        if intent in ("list", "count"):
            gs = select(filters)
        elif intent == "status":
            g = filters["gemeente"]
            assert CASES.get(g), g
            gs = [g]
        elif intent == "fact":
            ef = fact(filters["gemeente"], filters["fact"], filters.get("date"))
            gs = []
        elif intent == "search":
            gs = SEARCH[i]
        else:
            gs = []
        out.append({"id": i, "q": text, "intent": intent, "filters": filters, "expected_gemeenten": gs,
                    "count": len(gs), "after": after, "as_staff": STAFF[who], "on": ON,
                    "meaning": meaning, "expected_fact": ef})
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    for o in main():
        g = o["expected_gemeenten"]
        print(o["id"], o["intent"], o["count"], (g if len(g) <= 8 else g[:8] + ["…"]), o["expected_fact"] if o["expected_fact"] is not None else "")
