#!/usr/bin/env python3
"""Compute questions.jsonl (set q23, asked 2027-01-13) from status.json and due.json. python3 stdlib only."""
import json, os, sys
# ---- filter engine (slot -> status field) ----
import csv, json, os, calendar, datetime as dt
HERE = os.path.dirname(os.path.abspath(__file__))
ST = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
DUE = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
NO_REPLY = {d["gemeente"] for d in DUE if d["section"] == "overdue" and d["kind"] == "no_reply"}
CASES = {n: s for n, s in ST.items() if s.get("case")}

def d(s):
    return dt.date.fromisoformat(s)

def exp_interval(e):
    """expected_date string -> (first day, last day)"""
    if not e:
        return None
    y = int(e[:4])
    if len(e) == 10:
        x = d(e); return x, x
    if "-Q" in e:
        q = int(e[-1]); m1 = 3 * q - 2; m2 = 3 * q
    elif "-H" in e:
        h = int(e[-1]); m1, m2 = (1, 6) if h == 1 else (7, 12)
    else:
        m1 = m2 = int(e[5:7])
    return dt.date(y, m1, 1), dt.date(y, m2, calendar.monthrange(y, m2)[1])

def state_ok(name, s, st):
    c = s["case"]
    if st == "no_reply":
        return name in NO_REPLY
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
        return bool(c["extension_requested"]) or c["state"] == "extended"
    raise ValueError(st)

def aslist(v):
    return v if isinstance(v, list) else [v]

def match(name, s, f):
    c = s["case"]
    if "gemeente" in f and name not in aslist(f["gemeente"]): return False
    if "province" in f and s["province"] not in aslist(f["province"]): return False
    if "not_province" in f and s["province"] in aslist(f["not_province"]): return False
    if "not_gemeente" in f and name in aslist(f["not_gemeente"]): return False
    if "trede" in f and c["trede"] != f["trede"]: return False
    if "not_trede" in f and c["trede"] in aslist(f["not_trede"]): return False
    if "owner" in f and c["owner"] != f["owner"]: return False
    if f.get("no_owner") and c["owner"]: return False
    if "letter_undelivered" in f and bool(c["letter_undelivered"]) != f["letter_undelivered"]: return False
    for st in f.get("state", []):
        if not state_ok(name, s, st): return False
    for st in f.get("not_state", []):
        if state_ok(name, s, st): return False
    for m in f.get("missing", []):
        if m not in (c["missing"] or []): return False
    if "reason" in f and f["reason"] not in (s.get("reasons") or []): return False
    if "compliance" in f and c["compliance"] != f["compliance"]: return False
    if "expected_before" in f or "expected_after" in f:
        iv = exp_interval(s.get("expected_date"))
        if not iv: return False
        if "expected_before" in f and not iv[1] < d(f["expected_before"]): return False
        if "expected_after" in f and not iv[0] > d(f["expected_after"]): return False
    if "termijn_from" in f or "termijn_to" in f:
        t = c["termijn"]
        if not t: return False
        if "termijn_from" in f and d(t) < d(f["termijn_from"]): return False
        if "termijn_to" in f and d(t) > d(f["termijn_to"]): return False
    return True

def find(f):
    return sorted(n for n, s in CASES.items() if match(n, s, f))

# ---- questions ----

ON = "2027-01-13"
STAFF = {"Wilma": 23501, "Kees": 23502, "Samira": 23503, "Dirk": 23504}
OUT = []

def fact_value(g, fact, date=None):
    s = ST[g]; c = s.get("case")
    if c is None:
        return "geen zaak in het register"
    if fact == "places":
        return {"realised": s["realised_total"], "planned": s["planned_total"], "task": s["task_total"]}
    if fact == "expected":
        return s["expected_date"]
    if fact == "owner":
        return c["owner"]
    if fact == "missing":
        return c["missing"]
    if fact == "termijn":
        return {"termijn": c["termijn"], "days_left": c["days_left"], "answered": c["answered"],
                "extension_requested": c["extension_requested"]}
    if fact == "reply":
        return {"reply_at": c["reply_at"], "reply_on_time": c["reply_on_time"]}
    if fact == "reasons":
        return s["reasons"]
    if fact == "trede":
        return c["trede"]
    if fact == "compliance":
        return c["compliance"]
    if fact == "wrote":
        ms = [m for m in s["messages"] if date is None or m["received_at"][:10] == date]
        return [{"id": m["id"], "received_at": m["received_at"], "kind": m["kind"], "subject": m["subject"],
                 "missing": m["missing"]} for m in ms]
    raise ValueError(fact)

def status_value(g):
    s = ST[g]; c = s.get("case")
    if c is None:
        return "geen zaak in het register"
    return {"trede": c["trede"], "owner": c["owner"], "state": c["state"], "compliance": c["compliance"],
            "termijn": c["termijn"], "missing": c["missing"]}

def Q(i, who, q, intent, filters=None, after=(), meaning="", gem=None):
    filters = dict(filters or {})
    rec = {"id": i, "q": q, "intent": intent, "filters": filters, "expected_gemeenten": [], "count": None,
           "after": list(after), "as_staff": STAFF[who], "on": ON, "meaning": meaning}
    if intent in ("list", "count"):
        g = find(filters)
        rec["expected_gemeenten"] = g; rec["count"] = len(g)
    elif intent == "fact":
        rec["expected_fact"] = fact_value(filters["gemeente"], filters["fact"], filters.get("date"))
    elif intent == "status":
        rec["expected_fact"] = status_value(filters["gemeente"])
    OUT.append(rec)

# ---------------- Wilma (beheerder), formal ----------------
W = "Wilma"
Q(23001, W, "Gaarne een overzicht van alle gemeenten die zich thans in trede 3 bevinden.", "list", {"trede": 3}, meaning="list cases at trede 3")
Q(23002, W, "Hoeveel zaken bevinden zich momenteel in trede 1?", "count", {"trede": 1}, meaning="count cases at trede 1")
Q(23003, W, "Gaarne een overzicht van de Zeeuwse gemeenten die nog niet hebben gereageerd.", "list", {"province": "Zeeland", "state": ["no_reply"]}, meaning="Zeeland cases with no reply after the termijn")
Q(23004, W, "Hoeveel gemeenten voldoen op dit moment niet aan hun wettelijke taak?", "count", {"compliance": "voldoet_niet"}, meaning="count cases with compliance voldoet_niet")
Q(23005, W, "Welke gemeenten in Limburg voldoen slechts gedeeltelijk aan de taak?", "list", {"province": "Limburg", "compliance": "voldoet_gedeeltelijk"}, meaning="Limburg cases partly compliant")
Q(23006, W, "Gaarne een lijst van de zaken die bij Kees in behandeling zijn.", "list", {"owner": "Kees"}, meaning="cases owned by Kees")
Q(23007, W, "Gaarne een overzicht van de gemeenten die te laat hebben gereageerd.", "list", {"state": ["late"]}, meaning="chain A: replies received after the termijn")
Q(23008, W, "En daarvan alleen die in Zeeland?", "list", {"state": ["late"], "province": "Zeeland"}, after=[23007], meaning="chain A narrowed to Zeeland")
Q(23009, W, "En zonder behandelaar?", "list", {"state": ["late"], "province": "Zeeland", "no_owner": True}, after=[23007, 23008], meaning="chain A narrowed to cases without owner")
Q(23010, W, "Welke gemeenten in Gelderland hebben een onvolledige reactie ingestuurd?", "list", {"province": "Gelderland", "state": ["incomplete"]}, meaning="chain B: Gelderland incomplete")
Q(23011, W, "En daarvan alleen die zonder behandelaar?", "list", {"province": "Gelderland", "state": ["incomplete"], "no_owner": True}, after=[23010], meaning="chain B narrowed to no owner")
Q(23012, W, "En welke daarvan missen het tijdpad?", "list", {"province": "Gelderland", "state": ["incomplete"], "no_owner": True, "missing": ["timeline"]}, after=[23010, 23011], meaning="chain B narrowed to timeline missing")
Q(23013, W, "Hoeveel zaken lopen er in totaal in Noord-Holland?", "count", {"province": "Noord-Holland"}, meaning="count all cases in Noord-Holland")
Q(23014, W, "Gaarne een overzicht van de zaken van Samira waarop nog geen reactie is ontvangen terwijl de termijn verstreken is.", "list", {"owner": "Samira", "state": ["no_reply"]}, meaning="Samira's cases with no reply after the termijn")
Q(23015, W, "Welke gemeenten hebben om uitstel verzocht?", "list", {"state": ["extended"]}, meaning="cases with an extension requested")
Q(23016, W, "Bij welke gemeenten is onze brief onbestelbaar retour gekomen?", "list", {"letter_undelivered": True}, meaning="cases whose latest letter bounced")
Q(23017, W, "Hoeveel gemeenten in Friesland en Groningen bevinden zich in trede 2?", "count", {"province": ["Friesland", "Groningen"], "trede": 2}, meaning="count trede-2 cases in Friesland or Groningen")
Q(23018, W, "Gaarne een overzicht van de gemeenten in trede 2 die niet voldoen, met uitzondering van Zuid-Holland.", "list", {"trede": 2, "compliance": "voldoet_niet", "not_province": "Zuid-Holland"}, meaning="trede 2, voldoet_niet, outside Zuid-Holland")
Q(23019, W, "Welke gemeenten hebben zowel tijdig als volledig gereageerd?", "list", {"state": ["complete", "on_time"]}, meaning="replied on time and case complete")
Q(23020, W, "Hoeveel zaken heb ik zelf in behandeling?", "count", {"owner": "Wilma"}, meaning="count the asker's (Wilma's) cases")
Q(23021, W, "Hoe staat het ervoor met de gemeente Utrecht?", "status", {"gemeente": "Utrecht"}, meaning="status of the municipality Utrecht ('gemeente' decides)")
Q(23022, W, "Gaarne een overzicht van de gemeenten in het noorden die niet voldoen.", "list", {"province": ["Drenthe", "Friesland", "Groningen"], "compliance": "voldoet_niet"}, meaning="north region (Dr, Fr, Gr) voldoet_niet")
Q(23023, W, "Welke gemeenten in de Randstad hebben nog niet gereageerd?", "clarify", {"state": ["no_reply"]}, meaning="Randstad has no fixed border: asks back")
Q(23024, W, "Hoeveel gemeenten in Oost-Nederland hebben te laat gereageerd?", "count", {"province": ["Gelderland", "Overijssel"], "state": ["late"]}, meaning="count late replies in Gelderland+Overijssel")
Q(23025, W, "Gaarne een overzicht van de zaken in Utrecht en Flevoland waarvan de reactie nog ontbreekt, exclusief de uitstelverzoeken.", "list", {"province": ["Flevoland", "Utrecht"], "state": ["no_reply"], "not_state": ["extended"]}, meaning="no_reply in Utrecht/Flevoland, leaving out extension requests (no_reply already excludes them)")

# ---------------- Kees (behandelaar), single municipalities ----------------
K = "Kees"
Q(23026, K, "hoeveel plekken heeft Den Bosch inmiddels gerealiseerd?", "fact", {"gemeente": "'s-Hertogenbosch", "fact": "places"}, meaning="places realised in 's-Hertogenbosch")
Q(23027, K, "en wanneer verwachten ze klaar te zijn?", "fact", {"gemeente": "'s-Hertogenbosch", "fact": "expected"}, after=[23026], meaning="expected date of 's-Hertogenbosch (none known)")
Q(23028, K, "Wanneer verwacht Bergen op zoom te voldoen?", "fact", {"gemeente": "Bergen op Zoom", "fact": "expected"}, meaning="expected date Bergen op Zoom")
Q(23029, K, "wie heeft die in behandeling?", "fact", {"gemeente": "Bergen op Zoom", "fact": "owner"}, after=[23028], meaning="owner of Bergen op Zoom")
Q(23030, K, "wat ontbreekt er nog bij Sudwest Fryslan", "fact", {"gemeente": "Súdwest-Fryslân", "fact": "missing"}, meaning="missing elements Súdwest-Fryslân")
Q(23031, K, "wanneer liep de termijn daar af?", "fact", {"gemeente": "Súdwest-Fryslân", "fact": "termijn"}, after=[23030], meaning="termijn of Súdwest-Fryslân")
Q(23032, K, "Wie is behandelaar van Hengelo (O)?", "fact", {"gemeente": "Hengelo (O.)", "fact": "owner"}, meaning="owner of Hengelo (O.)")
Q(23033, K, "hoe staat het met Nuenen?", "status", {"gemeente": "Nuenen, Gerwen en Nederwetten"}, meaning="status of Nuenen, Gerwen en Nederwetten: no case in the register")
Q(23034, K, "Wanneer liep de termijn van Delfzijl af?", "fact", {"gemeente": "Eemsdelta", "fact": "termijn"}, meaning="former municipality Delfzijl -> Eemsdelta, termijn")
Q(23035, K, "en wat hebben ze geschreven?", "fact", {"gemeente": "Eemsdelta", "fact": "wrote"}, after=[23034], meaning="what Eemsdelta wrote")
Q(23036, K, "welke redenen geeft Hellevoetsluis op?", "fact", {"gemeente": "Voorne aan Zee", "fact": "reasons"}, meaning="former Hellevoetsluis -> Voorne aan Zee, reasons")
Q(23037, K, "In welke trede zit Heerlen?", "fact", {"gemeente": "Heerlen", "fact": "trede"}, meaning="trede of Heerlen")
Q(23038, K, "en wanneer kwam hun reactie binnen?", "fact", {"gemeente": "Heerlen", "fact": "reply"}, after=[23037], meaning="when Heerlen's reply arrived (late)")
Q(23039, K, "en hun buren?", "unknown", {}, after=[23037, 23038], meaning="neighbours are not in the register: unknown")
Q(23040, K, "wat schreef Tiel op 6 mei?", "fact", {"gemeente": "Tiel", "fact": "wrote", "date": "2026-05-06"}, meaning="Tiel's message of 2026-05-06")
Q(23041, K, "Voldoet de gemeente Zaanstad aan haar wettelijke taak?", "fact", {"gemeente": "Zaanstad", "fact": "compliance"}, meaning="compliance of Zaanstad")
Q(23042, K, "hoeveel plaatsen heeft Zaandam nu?", "fact", {"gemeente": "Zaanstad", "fact": "places"}, meaning="place Zaandam -> Zaanstad, places realised")
Q(23043, K, "Hoe staat Middelburg ervoor?", "status", {"gemeente": "Middelburg (Z.)"}, meaning="status of Middelburg (Z.)")
Q(23044, K, "wat ontbreekt daar nog?", "fact", {"gemeente": "Middelburg (Z.)", "fact": "missing"}, after=[23043], meaning="missing elements Middelburg (Z.)")
Q(23045, K, "wie is de eigenaar van Goes?", "fact", {"gemeente": "Goes", "fact": "owner"}, meaning="owner of Goes")
Q(23046, K, "en Sluis?", "fact", {"gemeente": "Sluis", "fact": "owner"}, after=[23045], meaning="owner of Sluis (none)")
Q(23047, K, "tot wanneer had Veere om te reageren?", "fact", {"gemeente": "Veere", "fact": "termijn"}, meaning="termijn of Veere")
Q(23048, K, "waarom lukt het Waddinxveen niet", "fact", {"gemeente": "Waddinxveen", "fact": "reasons"}, meaning="reasons given by Waddinxveen")
Q(23049, K, "Welke van mijn zaken hebben nog steeds niet gereageerd?", "list", {"owner": "Kees", "state": ["no_reply"]}, meaning="Kees's cases with no reply after termijn")
Q(23050, K, "wat heeft Almere ons gestuurd?", "fact", {"gemeente": "Almere", "fact": "wrote"}, meaning="messages Almere sent")

# ---------------- Samira (analyst), combined filters ----------------
S = "Samira"
Q(23051, S, "Welke Brabantse gemeenten noemen een bezwaarprocedure als reden?", "list", {"province": "Noord-Brabant", "reason": "objection_procedure"}, meaning="reason objection_procedure in Noord-Brabant")
Q(23052, S, "gemeenten in Gelderland of Overijssel die geen locatie kunnen vinden", "list", {"province": ["Gelderland", "Overijssel"], "reason": "no_location"}, meaning="reason no_location in Gld/Ov")
Q(23053, S, "trede 2 zonder tijdpad", "list", {"trede": 2, "missing": ["timeline"]}, meaning="trede 2, timeline missing")
Q(23054, S, "Welke gemeenten verwachten in de eerste helft van 2027 te voldoen?", "list", {"expected_after": "2026-12-31", "expected_before": "2027-07-01"}, meaning="expected date within 2027-H1")
Q(23055, S, "Wie verwacht pas na de zomer van 2027 klaar te zijn?", "list", {"expected_after": "2027-08-31"}, meaning="expected date starts after 2027-08-31")
Q(23056, S, "Welke gemeenten verwachten vóór 2028 te voldoen, behalve die in Zuid-Holland?", "list", {"expected_before": "2028-01-01", "not_province": "Zuid-Holland"}, meaning="expected before 2028, not Zuid-Holland")
Q(23057, S, "Welke termijnen zijn in november verlopen zonder dat er een reactie kwam?", "list", {"termijn_from": "2026-11-01", "termijn_to": "2026-11-30", "state": ["no_reply"]}, meaning="termijn in Nov 2026, no reply")
Q(23058, S, "Hoeveel gemeenten hadden hun termijn in oktober en hebben wél gereageerd?", "count", {"termijn_from": "2026-10-01", "termijn_to": "2026-10-31", "state": ["answered"]}, meaning="termijn in Oct 2026, answered")
Q(23059, S, "welke termijnen zijn vorige maand verlopen?", "list", {"termijn_from": "2026-12-01", "termijn_to": "2026-12-31"}, meaning="termijn in Dec 2026 (none)")
Q(23060, S, "Brabantse gemeenten zonder stappen, behalve Breda", "list", {"province": "Noord-Brabant", "missing": ["steps"], "not_gemeente": "Breda"}, meaning="NB, steps missing, without Breda")
Q(23061, S, "Welke gemeenten in trede 2 hebben vergunningsperikelen?", "list", {"trede": 2, "reason": "permit_procedure"}, meaning="trede 2 with reason permit_procedure")
Q(23062, S, "Gemeenten die afhankelijk zijn van het COA, niet in Limburg", "list", {"reason": "coa_dependency", "not_province": "Limburg"}, meaning="reason coa_dependency outside Limburg")
Q(23063, S, "Welke gemeenten missen zowel de stappen als het tijdpad?", "list", {"missing": ["steps", "timeline"]}, meaning="steps and timeline both missing")
Q(23064, S, "Hoeveel gemeenten missen alle drie de elementen?", "count", {"missing": ["facts", "steps", "timeline"]}, meaning="count cases missing all three elements")
Q(23065, S, "Welke gemeenten in de provincie Utrecht hebben gereageerd, uitgezonderd de gemeenten die te laat waren?", "list", {"province": "Utrecht", "state": ["answered"], "not_state": ["late"]}, meaning="province Utrecht, answered, not late")
Q(23066, S, "Welke gemeenten met geldproblemen verwachten vóór de zomer van 2027 te voldoen?", "list", {"reason": "finance", "expected_before": "2027-07-01"}, meaning="reason finance, expected before 2027-07-01")
Q(23067, S, "Noemen gemeenten in Zeeland woningnood als reden?", "list", {"province": "Zeeland", "reason": "housing_shortage"}, meaning="Zeeland, reason housing_shortage")
Q(23068, S, "gemeenten die plekken kwijtraken, zonder behandelaar", "list", {"reason": "places_lost", "no_owner": True}, meaning="reason places_lost, no owner")
Q(23069, S, "Bij welke gemeenten is de verwachte datum al verstreken?", "list", {"expected_before": ON}, meaning="expected date ended before today")
Q(23070, S, "Welke gemeenten noemen lokale weerstand, maar niet in trede 1?", "list", {"reason": "local_opposition", "not_trede": 1}, meaning="reason local_opposition, trede not 1")
Q(23071, S, "Wie verwacht in Q3 2027 te voldoen?", "list", {"expected_after": "2027-06-30", "expected_before": "2027-10-01"}, meaning="expected within 2027-Q3")
Q(23072, S, "en in Q2?", "list", {"expected_after": "2027-03-31", "expected_before": "2027-07-01"}, after=[23071], meaning="window replaced by 2027-Q2")
Q(23073, S, "zaken in Limburg en Noord-Brabant waar de feiten ontbreken", "list", {"province": ["Limburg", "Noord-Brabant"], "missing": ["facts"]}, meaning="Lb/NB, facts missing")
Q(23074, S, "Welke gemeenten moesten in juni 2026 reageren en hebben dat nog steeds niet gedaan?", "list", {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30", "state": ["no_reply"]}, meaning="termijn in June 2026, no reply")
Q(23075, S, "Welke gemeenten hebben te laat gereageerd en missen ook nog de feiten?", "list", {"state": ["late"], "missing": ["facts"]}, meaning="late reply and facts missing")

# ---------------- Dirk (voice), ambiguous / cannot ----------------
D = "Dirk"
Q(23076, D, "eh hoeveel gemeenten zitten er nou in trede drie", "count", {"trede": 3}, meaning="count trede 3")
Q(23077, D, "nou welke van mijn zaken hebben nog niks gestuurd terwijl de termijn al voorbij is", "list", {"owner": "Dirk", "state": ["no_reply"]}, meaning="Dirk's cases, no reply after termijn")
Q(23078, D, "how many municipalities in limburg did not reply yet", "count", {"province": "Limburg", "state": ["no_reply"]}, meaning="count Limburg no_reply")
Q(23079, D, "geef me de top vijf met de grootste achterstand", "unknown", {}, meaning="ranking: cannot")
Q(23080, D, "wat is het telefoonnummer van de gemeente ede", "unknown", {}, meaning="contact data: cannot")
Q(23081, D, "stuur even een mail naar heerlen dat ze te laat zijn", "unknown", {}, meaning="sending mail: cannot")
Q(23082, D, "hoe zit het met utrecht", "clarify", {}, meaning="Utrecht province or municipality: asks back")
Q(23083, D, "welke gemeenten zijn te laat", "clarify", {}, meaning="bare 'te laat': no reply or late reply, asks back")
Q(23084, D, "hoe staat het met bergen", "clarify", {}, meaning="Bergen (L.) or Bergen (NH.): asks back")
Q(23085, D, "help", "help", {}, meaning="help")
Q(23086, D, "eh hoe wijs ik een zaak toe aan een collega", "help", {}, meaning="how to assign: help")
Q(23087, D, "nou wat kun je allemaal eigenlijk", "help", {}, meaning="what can you do: help")
Q(23088, D, "zijn er in gelderland meer gemeenten te laat dan in overijssel", "unknown", {}, meaning="comparison: cannot")
Q(23089, D, "hoeveel plekken heeft eh tilburg nou gerealiseerd", "fact", {"gemeente": "Tilburg", "fact": "places"}, meaning="places Tilburg")
Q(23090, D, "wanneer is groningen klaar", "fact", {"gemeente": "Groningen", "fact": "expected"}, meaning="expected date of the municipality Groningen (a fact decides)")
Q(23091, D, "welke gemeenten in de achterhoek hebben nog niet gereageerd", "unknown", {"state": ["no_reply"]}, meaning="Achterhoek has no border in the register: unknown with the other slots")
Q(23092, D, "lijst van zaken zonder behandelaar in drenthe", "list", {"province": "Drenthe", "no_owner": True}, meaning="Drenthe, no owner")
Q(23093, D, "hoeveel gemeenten hebben helemaal nog niet gereageerd terwijl de termijn voorbij is", "count", {"state": ["no_reply"]}, meaning="count no_reply")
Q(23094, D, "wat moet ik deze week", "list", {"owner": "Dirk", "termijn_from": "2027-01-11", "termijn_to": "2027-01-17"}, meaning="Dirk's termijnen this week (Mon 11 - Sun 17 Jan 2027): none")
Q(23095, D, "hoevl gemeenten in zh hebbn uitstel gevraagd", "count", {"province": "Zuid-Holland", "state": ["extended"]}, meaning="count Zuid-Holland extension requests")
Q(23096, D, "hoe staat alphen ervoor", "clarify", {}, meaning="Alphen: Alphen aan den Rijn or Alphen-Chaam, asks back / suggests")
Q(23097, D, "wie heeft de meeste zaken van ons", "unknown", {}, meaning="ranking of owners: cannot")
Q(23098, D, "trede twee in zeeland graag", "list", {"trede": 2, "province": "Zeeland"}, meaning="trede 2 in Zeeland")
Q(23099, D, "welke gemeenten in fr hebben nog nie gereageerd", "list", {"province": "Friesland", "state": ["no_reply"]}, meaning="Friesland no_reply")
Q(23100, D, "eh welke van de mijne missen het tijdpad nou", "list", {"owner": "Dirk", "missing": ["timeline"]}, meaning="Dirk's cases with timeline missing")

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.jsonl"), "w", encoding="utf-8") as f:
    for r in OUT:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
if __name__ == "__main__":
    from collections import Counter
    print(len(OUT), Counter(r["intent"] for r in OUT))
    for r in OUT:
        print(r["id"], r["intent"], r["count"], r["expected_gemeenten"][:8] if r["expected_gemeenten"] else r.get("expected_fact", ""))
