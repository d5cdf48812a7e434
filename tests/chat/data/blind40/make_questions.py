#!/usr/bin/env python3
"""make_questions.py -> questions40_with_expected_sets.jsonl

One hand-written predicate (list/count) or fact extractor (fact/status) per question, over status.json and
due.json as dumped by `dump_status.py 2028-07-12`. Labels follow /work/blind/CONV-Q.md.
Staff: 40501 Willemijn (beheerder), 40502 Niels, 40503 Tessa, 40504 Maarten (behandelaars).
"""
import calendar
import json
from datetime import date, datetime
from zoneinfo import ZoneInfo

ON = "2028-07-12"
OUT = "questions40_with_expected_sets.jsonl"
ST = json.load(open("status.json", encoding="utf-8"))
DUE = json.load(open("due.json", encoding="utf-8"))
CASES = {g: d for g, d in ST.items() if d["case"]}
NR = {x["gemeente"] for x in DUE if x["section"] == "overdue" and x["kind"] == "no_reply"}
AMS = ZoneInfo("Europe/Amsterdam")
WIL, NIE, TES, MAA = 40501, 40502, 40503, 40504


def c(d):
    return d["case"]


def local_day(ts):
    return datetime.fromisoformat(ts).astimezone(AMS).date().isoformat()


def exp_interval(s):
    """expected_date string -> (first day, last day)."""
    if s is None:
        return None
    if len(s) == 10:
        d = date.fromisoformat(s)
        return d, d
    y = int(s[:4])
    rest = s[5:]
    if rest.startswith("Q"):
        q = int(rest[1])
        m1, m2 = 3 * q - 2, 3 * q
    elif rest.startswith("H"):
        h = int(rest[1])
        m1, m2 = (1, 6) if h == 1 else (7, 12)
    else:
        m1 = m2 = int(rest)
    return date(y, m1, 1), date(y, m2, calendar.monthrange(y, m2)[1])


def exp_before(d, iso):
    iv = exp_interval(d["expected_date"])
    return iv is not None and iv[1] < date.fromisoformat(iso)


def exp_after(d, iso):
    iv = exp_interval(d["expected_date"])
    return iv is not None and iv[0] > date.fromisoformat(iso)


def termijn_in(d, lo, hi):
    t = c(d)["termijn"]
    return t is not None and (lo is None or t >= lo) and (hi is None or t <= hi)


def late(d):
    return c(d)["answered"] and c(d)["reply_on_time"] is False


def on_time(d):
    return c(d)["answered"] and c(d)["reply_on_time"] is True


def status_summary(g):
    d = ST[g]
    k = c(d)
    return {"trede": k["trede"], "state": k["state"], "compliance": k["compliance"], "owner": k["owner"],
            "termijn": k["termijn"], "answered": k["answered"], "reply_on_time": k["reply_on_time"],
            "overdue": k["overdue"], "missing": k["missing"], "extension_requested": k["extension_requested"],
            "letter_undelivered": k["letter_undelivered"], "expected_date": d["expected_date"],
            "realised": d["realised_total"], "planned": d["planned_total"]}


def overview():
    from collections import Counter
    cs = list(CASES.values())
    return {"cases": len(cs),
            "by_state": dict(sorted(Counter(c(d)["state"] for d in cs).items())),
            "by_trede": {str(k): v for k, v in sorted(Counter(c(d)["trede"] for d in cs).items())},
            "by_compliance": dict(sorted(Counter(str(c(d)["compliance"]) for d in cs).items())),
            "no_reply": len(NR), "answered": sum(1 for d in cs if c(d)["answered"]),
            "late": sum(1 for d in cs if late(d)), "extended": sum(1 for d in cs if c(d)["extension_requested"]),
            "letter_undelivered": sum(1 for d in cs if c(d)["letter_undelivered"]),
            "no_owner": sum(1 for d in cs if c(d)["owner"] is None)}


# ---------------------------------------------------------------------------------------------------------
# Q(id, staff, text, intent, filters, meaning, pred=... | fact=..., after=[...])
Qs = []


def Q(i, staff, q, intent, filters, meaning, pred=None, fact=None, after=()):
    Qs.append(dict(id=40000 + i, as_staff=staff, q=q, intent=intent, filters=filters, meaning=meaning,
                   pred=pred, fact=fact, after=[40000 + a for a in after]))


NHB = ["Drenthe", "Friesland", "Groningen"]
ZUID = ["Limburg", "Noord-Brabant", "Zeeland"]

# ---- Willemijn, beheerder: formal, counts, regions, compliance, overviews (40001-40025) ------------------
Q(1, WIL, "Goedemorgen. Hoeveel gemeenten hebben inmiddels op onze brief gereageerd?", "count",
  {"state": ["answered"]}, "Count of cases with an answer to the letter.",
  pred=lambda g, d: c(d)["answered"])
Q(2, WIL, "En hoeveel daarvan kwamen na het verstrijken van de termijn binnen?", "count",
  {"state": ["answered", "late"]}, "Of those answered: how many answered after the termijn.",
  pred=lambda g, d: c(d)["answered"] and c(d)["reply_on_time"] is False, after=[1])
Q(3, WIL, "Kunt u mij laten zien welke gemeenten in Noord-Nederland niet aan hun wettelijke taak voldoen?", "list",
  {"province": NHB, "compliance": "voldoet_niet"}, "Cases in Drenthe/Friesland/Groningen with compliance voldoet_niet.",
  pred=lambda g, d: d["province"] in NHB and c(d)["compliance"] == "voldoet_niet")
Q(4, WIL, "En in Oost-Nederland?", "list",
  {"province": ["Gelderland", "Overijssel"], "compliance": "voldoet_niet"},
  "Follow-up: same, region replaced by Gelderland/Overijssel.",
  pred=lambda g, d: d["province"] in ("Gelderland", "Overijssel") and c(d)["compliance"] == "voldoet_niet", after=[3])
Q(5, WIL, "Hoeveel zaken bevinden zich op dit moment in trede 3 (actief toezicht)?", "count",
  {"trede": 3}, "Count of cases at trede 3.", pred=lambda g, d: c(d)["trede"] == 3)
Q(6, WIL, "Hoeveel gemeenten in trede 2 voldoen gedeeltelijk? Zuid-Holland graag buiten beschouwing laten.", "count",
  {"trede": 2, "compliance": "voldoet_gedeeltelijk", "not_province": "Zuid-Holland"},
  "Trede 2, partly compliant, excluding Zuid-Holland.",
  pred=lambda g, d: c(d)["trede"] == 2 and c(d)["compliance"] == "voldoet_gedeeltelijk" and d["province"] != "Zuid-Holland")
Q(7, WIL, "Mag ik een totaaloverzicht van waar we nu staan met alle dossiers?", "overview", {},
  "Overview of the whole register (counts by state, trede, compliance).", fact=lambda: overview())
Q(8, WIL, "Hoeveel dossiers zijn nog aan niemand toegewezen?", "count", {"no_owner": True},
  "Count of cases without owner.", pred=lambda g, d: c(d)["owner"] is None)
Q(9, WIL, "Welke gemeenten heeft Tessa onder haar hoede?", "list", {"owner": "Tessa"},
  "Cases owned by Tessa.", pred=lambda g, d: c(d)["owner"] == "Tessa")
Q(10, WIL, "En bij welke daarvan is de termijn verstreken zonder dat er een reactie is gekomen?", "list",
  {"owner": "Tessa", "state": ["no_reply"]}, "Follow-up: Tessa's cases overdue without reply.",
  pred=lambda g, d: c(d)["owner"] == "Tessa" and g in NR, after=[9])
Q(11, WIL, "Hoeveel gemeenten in Zeeland en Limburg hebben om uitstel verzocht?", "count",
  {"province": ["Limburg", "Zeeland"], "state": ["extended"]}, "Count of extension requests in Zeeland or Limburg.",
  pred=lambda g, d: d["province"] in ("Limburg", "Zeeland") and c(d)["extension_requested"])
Q(12, WIL, "Van welke gemeenten is onze brief als onbestelbaar teruggekomen?", "list",
  {"letter_undelivered": True}, "Cases whose latest letter bounced.", pred=lambda g, d: c(d)["letter_undelivered"])
Q(13, WIL, "Is er eigenlijk een gemeente die volledig aan haar taak voldoet?", "list", {"compliance": "voldoet"},
  "Cases with compliance voldoet.", pred=lambda g, d: c(d)["compliance"] == "voldoet")
Q(14, WIL, "Hoeveel Brabantse gemeenten voldoen niet, met uitzondering van Gemert-Bakel en Woensdrecht?", "count",
  {"province": "Noord-Brabant", "compliance": "voldoet_niet", "not_gemeente": ["Gemert-Bakel", "Woensdrecht"]},
  "Count NB voldoet_niet minus two named municipalities.",
  pred=lambda g, d: d["province"] == "Noord-Brabant" and c(d)["compliance"] == "voldoet_niet"
  and g not in ("Gemert-Bakel", "Woensdrecht"))
Q(15, WIL, "Welke gemeenten in de provincie Utrecht hebben een volledige reactie ingestuurd?", "list",
  {"province": "Utrecht", "state": ["complete"]}, "Province Utrecht, state answered_complete.",
  pred=lambda g, d: d["province"] == "Utrecht" and c(d)["state"] == "answered_complete")
Q(16, WIL, "Zou u de lijst van gemeenten die nog niet gereageerd hebben als csv kunnen aanleveren?", "unknown",
  {"state": ["no_reply"]}, "Export request: cannot; keeps the no_reply slot.")
Q(17, WIL, "Hoeveel gemeenten in het zuiden hebben wel gereageerd maar geen stappen genoemd?", "count",
  {"province": ZUID, "state": ["answered"], "missing": ["steps"]},
  "South (Lb/NB/Zl), answered, steps missing.",
  pred=lambda g, d: d["province"] in ZUID and c(d)["answered"] and "steps" in c(d)["missing"])
Q(18, WIL, "Welke Gelderse gemeenten in trede 2 voldoen in het geheel niet, de uitstelverzoeken niet meegeteld?", "list",
  {"province": "Gelderland", "trede": 2, "compliance": "voldoet_niet", "not_state": ["extended"]},
  "Gelderland, trede 2, voldoet_niet, excluding extension requests.",
  pred=lambda g, d: d["province"] == "Gelderland" and c(d)["trede"] == 2 and c(d)["compliance"] == "voldoet_niet"
  and not c(d)["extension_requested"])
Q(19, WIL, "Welke Friese en Groningse gemeenten hebben hun reactie te laat ingediend?", "list",
  {"province": ["Friesland", "Groningen"], "state": ["late"]}, "Friesland/Groningen, answered late.",
  pred=lambda g, d: d["province"] in ("Friesland", "Groningen") and late(d))
Q(20, WIL, "Graag een top 5 van gemeenten met de grootste achterstand in opvangplekken.", "unknown", {},
  "Ranking: cannot.")
Q(21, WIL, "ik wil graag weten hoeveel gemeenten in flevoland nog helemaal niets van zich hebben laten horen terwijl de termijn allang voorbij is",
  "count", {"province": "Flevoland", "state": ["no_reply"]}, "Voice: Flevoland, overdue without reply.",
  pred=lambda g, d: d["province"] == "Flevoland" and g in NR)
Q(22, WIL, "Welke gemeenten in de Achterhoek hebben de termijn laten verlopen zonder te reageren?", "unknown",
  {"state": ["no_reply"]}, "Region without border (Achterhoek): unknown, keeps no_reply.")
Q(23, WIL, "Hoeveel gemeenten denken pas ná de zomer van 2027 aan hun taak te voldoen?", "count",
  {"expected_after": "2027-08-31"}, "Expected date starting after 31 Aug 2027.",
  pred=lambda g, d: exp_after(d, "2027-08-31"))
Q(24, WIL, "Noord-Hollandse gemeenten die een reactie hebben gestuurd, behalve degenen die over de termijn heen gingen?", "list",
  {"province": "Noord-Holland", "state": ["answered"], "not_state": ["late"]},
  "Noord-Holland answered, excluding late answers.",
  pred=lambda g, d: d["province"] == "Noord-Holland" and c(d)["answered"] and not late(d))
Q(25, WIL, "Dank u wel, dat was het voor vandaag.", "help", {}, "Thanks: help/ack.")

# ---- Niels, hurried behandelaar: shorthand, typos, chains (40026-40050) ----------------------------------
Q(26, NIE, "mijn zaken?", "list", {"owner": "Niels"}, "Asker's (Niels) cases.",
  pred=lambda g, d: c(d)["owner"] == "Niels")
Q(27, NIE, "welke vn mijn zkn zijn nog nt binnen", "list", {"owner": "Niels", "state": ["no_reply"]},
  "Follow-up: Niels's cases with no reply after the termijn.",
  pred=lambda g, d: c(d)["owner"] == "Niels" and g in NR, after=[26])
Q(28, NIE, "en in gld?", "list", {"owner": "Niels", "state": ["no_reply"], "province": "Gelderland"},
  "Follow-up: same, in Gelderland.",
  pred=lambda g, d: c(d)["owner"] == "Niels" and g in NR and d["province"] == "Gelderland", after=[26, 27])
Q(29, NIE, "hoevl in ov zonder reactie", "count", {"province": "Overijssel", "state": ["no_reply"]},
  "Count Overijssel overdue without reply.", pred=lambda g, d: d["province"] == "Overijssel" and g in NR)
Q(30, NIE, "en daarvan trede 3?", "count", {"province": "Overijssel", "state": ["no_reply"], "trede": 3},
  "Follow-up: of those, trede 3 (zero).",
  pred=lambda g, d: d["province"] == "Overijssel" and g in NR and c(d)["trede"] == 3, after=[29])
Q(31, NIE, "deventer stand?", "status", {"gemeente": "Deventer"}, "Status of Deventer.",
  fact=lambda: status_summary("Deventer"))
Q(32, NIE, "plekken?", "fact", {"gemeente": "Deventer", "fact": "places"}, "Follow-up: Deventer places.",
  fact=lambda: {"realised": ST["Deventer"]["realised_total"], "planned": ST["Deventer"]["planned_total"]}, after=[31])
Q(33, NIE, "wnneer zijn ze klaar", "fact", {"gemeente": "Deventer", "fact": "expected"},
  "Follow-up: Deventer expected date (none known).",
  fact=lambda: ST["Deventer"]["expected_date"], after=[31, 32])
Q(34, NIE, "wie heeft zeist", "fact", {"gemeente": "Zeist", "fact": "owner"}, "Owner of Zeist.",
  fact=lambda: c(ST["Zeist"])["owner"])
Q(35, NIE, "en wat mist daar nog", "fact", {"gemeente": "Zeist", "fact": "missing"},
  "Follow-up: missing elements of Zeist.", fact=lambda: c(ST["Zeist"])["missing"], after=[34])
Q(36, NIE, "lijst gem zonder behandelaar in limburg", "list", {"no_owner": True, "province": "Limburg"},
  "Limburg cases without owner.", pred=lambda g, d: c(d)["owner"] is None and d["province"] == "Limburg")
Q(37, NIE, "idem brabant", "list", {"no_owner": True, "province": "Noord-Brabant"},
  "Follow-up: same for Noord-Brabant.",
  pred=lambda g, d: c(d)["owner"] is None and d["province"] == "Noord-Brabant", after=[36])
Q(38, NIE, "wlke in NB hebbn onvolledig gereageerd", "list", {"province": "Noord-Brabant", "state": ["incomplete"]},
  "NB cases whose state is answered_incomplete.",
  pred=lambda g, d: d["province"] == "Noord-Brabant" and c(d)["state"] == "answered_incomplete")
Q(39, NIE, "zonder breda", "list",
  {"province": "Noord-Brabant", "state": ["incomplete"], "not_gemeente": "Breda"},
  "Follow-up: same without Breda.",
  pred=lambda g, d: d["province"] == "Noord-Brabant" and c(d)["state"] == "answered_incomplete" and g != "Breda",
  after=[38])
Q(40, NIE, "hoeveel gemeentes missen t tijdpad", "count", {"missing": ["timeline"]},
  "Count cases with timeline missing.", pred=lambda g, d: "timeline" in c(d)["missing"])
Q(41, NIE, "en ook de stappen?", "count", {"missing": ["steps", "timeline"]},
  "Follow-up: both steps and timeline missing.",
  pred=lambda g, d: {"steps", "timeline"} <= set(c(d)["missing"]), after=[40])
Q(42, NIE, "nieuwegein op tijd gereageerd?", "fact", {"gemeente": "Nieuwegein", "fact": "reply"},
  "Nieuwegein's reply date and whether on time.",
  fact=lambda: {"reply_date": local_day(c(ST["Nieuwegein"])["reply_at"]),
                "on_time": c(ST["Nieuwegein"])["reply_on_time"],
                "days_from_termijn": (date.fromisoformat(local_day(c(ST["Nieuwegein"])["reply_at"]))
                                      - date.fromisoformat(c(ST["Nieuwegein"])["termijn"])).days})
Q(43, NIE, "ik sta hier net bij de auto kun je me even zeggen welke van mijn gemeenten in limburg een onvolledige reactie hebben gestuurd",
  "list", {"owner": "Niels", "province": "Limburg", "state": ["incomplete"]},
  "Voice: Niels's Limburg cases with state answered_incomplete.",
  pred=lambda g, d: c(d)["owner"] == "Niels" and d["province"] == "Limburg" and c(d)["state"] == "answered_incomplete")
Q(44, NIE, "wat moet ik deze week nog", "list",
  {"owner": "Niels", "termijn_from": "2028-07-10", "termijn_to": "2028-07-16"},
  "Niels's cases with a termijn this week (Mon 10 - Sun 16 July 2028): none.",
  pred=lambda g, d: c(d)["owner"] == "Niels" and termijn_in(d, "2028-07-10", "2028-07-16"))
Q(45, NIE, "stuur rhenen ff een herinnering", "unknown", {"gemeente": "Rhenen"},
  "Sending a reminder: cannot; keeps Rhenen.")
Q(46, NIE, "purmerend welke trede", "fact", {"gemeente": "Purmerend", "fact": "trede"}, "Trede of Purmerend.",
  fact=lambda: c(ST["Purmerend"])["trede"])
Q(47, NIE, "welke zijn te laat in zh", "clarify", {"province": "Zuid-Holland"},
  "Bare 'te laat': asks back (no reply after termijn, or answered late).")
Q(48, NIE, "telnr gemeente oldenzaal?", "unknown", {"gemeente": "Oldenzaal"},
  "Phone number: cannot; keeps Oldenzaal.")
Q(49, NIE, "hoeveel vn mijn gemeenten hebbn uitstel gevraagd", "count", {"owner": "Niels", "state": ["extended"]},
  "Count Niels's cases with an extension request.",
  pred=lambda g, d: c(d)["owner"] == "Niels" and c(d)["extension_requested"])
Q(50, NIE, "thx top", "help", {}, "Thanks.")

# ---- Tessa, jurist: elements, reasons, calendar and termijn windows (40051-40075) ------------------------
Q(51, TES, "Bij welke zaken ontbreken alle drie de elementen: feiten, stappen én een tijdsindicatie?", "list",
  {"missing": ["facts", "steps", "timeline"]}, "All three elements missing.",
  pred=lambda g, d: {"facts", "steps", "timeline"} <= set(c(d)["missing"]))
Q(52, TES, "Welke gemeenten voeren lopende bezwaarprocedures aan als oorzaak van de vertraging?", "list",
  {"reason": "objection_procedure"}, "Reason objection_procedure.",
  pred=lambda g, d: "objection_procedure" in d["reasons"])
Q(53, TES, "En welke daarvan liggen in Noord-Brabant?", "list",
  {"reason": "objection_procedure", "province": "Noord-Brabant"}, "Follow-up: same, in Noord-Brabant.",
  pred=lambda g, d: "objection_procedure" in d["reasons"] and d["province"] == "Noord-Brabant", after=[52])
Q(54, TES, "Welke gemeenten zeggen geen geschikte locatie te kunnen vinden en noemen bovendien geen tijdpad?", "list",
  {"reason": "no_location", "missing": ["timeline"]}, "Reason no_location and timeline missing.",
  pred=lambda g, d: "no_location" in d["reasons"] and "timeline" in c(d)["missing"])
Q(55, TES, "Welke gemeenten hadden een termijn die in juni 2026 afliep?", "list",
  {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30"}, "Termijn within June 2026.",
  pred=lambda g, d: termijn_in(d, "2026-06-01", "2026-06-30"))
Q(56, TES, "En welke daarvan hebben binnen de termijn gereageerd?", "list",
  {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30", "state": ["on_time"]},
  "Follow-up: of those, answered on time.",
  pred=lambda g, d: termijn_in(d, "2026-06-01", "2026-06-30") and on_time(d), after=[55])
Q(57, TES, "Welke gemeenten waarvan de termijn eind april 2026 verliep, hebben pas na die datum gereageerd?", "list",
  {"termijn_from": "2026-04-21", "termijn_to": "2026-04-30", "state": ["late"]},
  "Termijn 21-30 April 2026 and answered late.",
  pred=lambda g, d: termijn_in(d, "2026-04-21", "2026-04-30") and late(d))
Q(58, TES, "Welke gemeenten verwachten hun opvang vóór 1 april 2027 op orde te hebben?", "list",
  {"expected_before": "2027-04-01"}, "Expected date ending before 1 April 2027.",
  pred=lambda g, d: exp_before(d, "2027-04-01"))
Q(59, TES, "Welke gemeenten verwachten in het eerste halfjaar van 2027 klaar te zijn?", "list",
  {"expected_after": "2026-12-31", "expected_before": "2027-07-01"}, "Expected date within H1 2027.",
  pred=lambda g, d: exp_after(d, "2026-12-31") and exp_before(d, "2027-07-01"))
Q(60, TES, "En in het tweede kwartaal van 2027?", "list",
  {"expected_after": "2027-03-31", "expected_before": "2027-07-01"},
  "Follow-up: window replaced by Q2 2027.",
  pred=lambda g, d: exp_after(d, "2027-03-31") and exp_before(d, "2027-07-01"), after=[59])
Q(61, TES, "Welke gemeenten melden geldproblemen als reden?", "list", {"reason": "finance"},
  "Reason finance.", pred=lambda g, d: "finance" in d["reasons"])
Q(62, TES, "Welke van mijn dossiers missen een concrete tijdsindicatie?", "list",
  {"owner": "Tessa", "missing": ["timeline"]}, "Tessa's cases with timeline missing.",
  pred=lambda g, d: c(d)["owner"] == "Tessa" and "timeline" in c(d)["missing"])
Q(63, TES, "Welke gemeenten hebben wel gereageerd, maar zonder de feiten en omstandigheden te beschrijven?", "list",
  {"state": ["answered"], "missing": ["facts"]}, "Answered, facts missing.",
  pred=lambda g, d: c(d)["answered"] and "facts" in c(d)["missing"])
Q(64, TES, "Welke elementen ontbreken er nog in het antwoord van Hulst?", "fact",
  {"gemeente": "Hulst", "fact": "missing"}, "Missing elements of Hulst.",
  fact=lambda: c(ST["Hulst"])["missing"])
Q(65, TES, "En welke redenen voert Hulst aan?", "fact", {"gemeente": "Hulst", "fact": "reasons"},
  "Follow-up: reasons Hulst gives.", fact=lambda: ST["Hulst"]["reasons"], after=[64])
Q(66, TES, "Wanneer kwam de reactie van Sluis binnen en was die tijdig?", "fact",
  {"gemeente": "Sluis", "fact": "reply"}, "Sluis reply date, on time or late, days.",
  fact=lambda: {"reply_date": local_day(c(ST["Sluis"])["reply_at"]), "on_time": c(ST["Sluis"])["reply_on_time"],
                "days_from_termijn": (date.fromisoformat(local_day(c(ST["Sluis"])["reply_at"]))
                                      - date.fromisoformat(c(ST["Sluis"])["termijn"])).days})
Q(67, TES, "Op welke datum verliep de reactietermijn voor Coevorden?", "fact",
  {"gemeente": "Coevorden", "fact": "termijn"}, "Termijn of Coevorden.", fact=lambda: c(ST["Coevorden"])["termijn"])
Q(68, TES, "kun je mij vertellen welke gemeenten als reden geven dat de gemeenteraad nog een besluit moet nemen en die ook nog geen stappen hebben beschreven",
  "list", {"reason": "council_decision", "missing": ["steps"]},
  "Voice: reason council_decision and steps missing.",
  pred=lambda g, d: "council_decision" in d["reasons"] and "steps" in c(d)["missing"])
Q(69, TES, "Hoeveel gemeenten hebben een verwachte opleverdatum die inmiddels al achter ons ligt?", "count",
  {"expected_before": "2028-07-12"}, "Expected date already passed on the asking day.",
  pred=lambda g, d: exp_before(d, "2028-07-12"))
Q(70, TES, "Welke gemeenten in trede 2 met een termijn vanaf 1 oktober 2026 hebben nog altijd niet gereageerd?", "list",
  {"trede": 2, "termijn_from": "2026-10-01", "state": ["no_reply"]},
  "Trede 2, termijn on/after 1 Oct 2026, no reply after termijn.",
  pred=lambda g, d: c(d)["trede"] == 2 and termijn_in(d, "2026-10-01", None) and g in NR)
Q(71, TES, "Welke gemeenten noemen weerstand uit de buurt als reden?", "list", {"reason": "local_opposition"},
  "Reason local_opposition.", pred=lambda g, d: "local_opposition" in d["reasons"])
Q(72, TES, "en welke daarvan voldoen helemaal niet?", "list",
  {"reason": "local_opposition", "compliance": "voldoet_niet"}, "Follow-up: of those, voldoet_niet.",
  pred=lambda g, d: "local_opposition" in d["reasons"] and c(d)["compliance"] == "voldoet_niet", after=[71])
Q(73, TES, "Welke gemeenten hebben uitstel gevraagd maar zitten niet in trede 2?", "list",
  {"state": ["extended"], "not_trede": 2}, "Extension requested, trede other than 2.",
  pred=lambda g, d: c(d)["extension_requested"] and c(d)["trede"] != 2)
Q(74, TES, "Vergelijk het aantal late reacties in Gelderland met dat in Overijssel.", "unknown",
  {"state": ["late"]}, "Comparison: cannot; keeps the late slot.")
Q(75, TES, "Welke gemeenten met vergunningsperikelen verwachten pas na 2027 klaar te zijn?", "list",
  {"reason": "permit_procedure", "expected_after": "2027-12-31"},
  "Reason permit_procedure and expected date starting in 2028 or later.",
  pred=lambda g, d: "permit_procedure" in d["reasons"] and exp_after(d, "2027-12-31"))

# ---- Maarten, newcomer: one municipality, help, cannot-do, former/ambiguous names (40076-40100) ----------
Q(76, MAA, "Hallo, ik ben net begonnen in het team. Hoe werkt deze bot eigenlijk?", "help", {}, "How does it work.")
Q(77, MAA, "Hoe staat het ervoor met Coevorden?", "status", {"gemeente": "Coevorden"}, "Status of Coevorden.",
  fact=lambda: status_summary("Coevorden"))
Q(78, MAA, "Wie is daar de behandelaar van?", "fact", {"gemeente": "Coevorden", "fact": "owner"},
  "Follow-up: owner of Coevorden.", fact=lambda: c(ST["Coevorden"])["owner"], after=[77])
Q(79, MAA, "Hoeveel opvangplekken heeft Den Bosch nu al?", "fact",
  {"gemeente": "'s-Hertogenbosch", "fact": "places"}, "Places of 's-Hertogenbosch (common name).",
  fact=lambda: {"realised": ST["'s-Hertogenbosch"]["realised_total"],
                "planned": ST["'s-Hertogenbosch"]["planned_total"]})
Q(80, MAA, "Wat is de stand van zaken in Heerhugowaard?", "status", {"gemeente": "Dijk en Waard"},
  "Former municipality: status of Dijk en Waard.", fact=lambda: status_summary("Dijk en Waard"))
Q(81, MAA, "Hoeveel plekken heeft Bergen inmiddels gerealiseerd?", "clarify", {"fact": "places"},
  "Bare 'Bergen': asks back Bergen (L.) or Bergen (NH.).")
Q(82, MAA, "Ik bedoel Bergen in Noord-Holland.", "fact", {"gemeente": "Bergen (NH.)", "fact": "places"},
  "Follow-up: places of Bergen (NH.).",
  fact=lambda: {"realised": ST["Bergen (NH.)"]["realised_total"], "planned": ST["Bergen (NH.)"]["planned_total"]},
  after=[81])
Q(83, MAA, "Hoe loopt het met Utrecht?", "clarify", {}, "Utrecht alone: province or municipality, asks back.")
Q(84, MAA, "Hoeveel plaatsen heeft Nijmegn op dit moment?", "fact", {"gemeente": "Nijmegen", "fact": "places"},
  "Misspelling: places of Nijmegen.",
  fact=lambda: {"realised": ST["Nijmegen"]["realised_total"], "planned": ST["Nijmegen"]["planned_total"]})
Q(85, MAA, "In welke trede zit Lelystad?", "fact", {"gemeente": "Lelystad", "fact": "trede"}, "Trede of Lelystad.",
  fact=lambda: c(ST["Lelystad"])["trede"])
Q(86, MAA, "Haalt Tilburg de wettelijke taak?", "fact", {"gemeente": "Tilburg", "fact": "compliance"},
  "Compliance of Tilburg.", fact=lambda: c(ST["Tilburg"])["compliance"])
Q(87, MAA, "Welke redenen gaf Voorschoten op?", "fact", {"gemeente": "Voorschoten", "fact": "reasons"},
  "Reasons of Voorschoten.", fact=lambda: ST["Voorschoten"]["reasons"])
Q(88, MAA, "Wat stuurde Heemskerk ons op 28 april 2026?", "fact",
  {"gemeente": "Heemskerk", "fact": "wrote", "date": "2026-04-28"}, "Messages from Heemskerk on 28 April 2026.",
  fact=lambda: [{"kind": m["kind"], "subject": m["subject"], "reference": m["reference"]}
                for m in ST["Heemskerk"]["messages"] if local_day(m["received_at"]) == "2026-04-28"])
Q(89, MAA, "Kun je Baarn namens ons een herinnering mailen?", "unknown", {"gemeente": "Baarn"},
  "Sending mail: cannot; keeps Baarn.")
Q(90, MAA, "Welke gemeenten liggen er rondom Zwolle?", "unknown", {"gemeente": "Zwolle"},
  "Neighbours: cannot; keeps Zwolle.")
Q(91, MAA, "Hoe zet ik een zaak op mijn naam?", "help", {}, "How to assign a case: help.")
Q(92, MAA, "wat is de status van sudwest fryslan", "status", {"gemeente": "Súdwest-Fryslân"},
  "Spelling without diacritics/hyphen: status of Súdwest-Fryslân.", fact=lambda: status_summary("Súdwest-Fryslân"))
Q(93, MAA, "Kan ik Leeuwarden zelf naar trede 3 verhogen?", "unknown", {"gemeente": "Leeuwarden"},
  "Changing trede by question: cannot; keeps Leeuwarden.")
Q(94, MAA, "Wanneer verwacht Boxmeer aan de taak te voldoen?", "fact", {"gemeente": "Land van Cuijk", "fact": "expected"},
  "Former municipality Boxmeer: expected date of Land van Cuijk.", fact=lambda: ST["Land van Cuijk"]["expected_date"])
Q(95, MAA, "Welke zaken heb ik?", "list", {"owner": "Maarten"}, "Asker's (Maarten) cases.",
  pred=lambda g, d: c(d)["owner"] == "Maarten")
Q(96, MAA, "En welke daarvan hebben een compleet antwoord gegeven?", "list", {"owner": "Maarten", "state": ["complete"]},
  "Follow-up: Maarten's cases with state answered_complete.",
  pred=lambda g, d: c(d)["owner"] == "Maarten" and c(d)["state"] == "answered_complete", after=[95])
Q(97, MAA, "Tot wanneer had Pekela om te reageren?", "fact", {"gemeente": "Pekela", "fact": "termijn"},
  "Termijn of Pekela.", fact=lambda: c(ST["Pekela"])["termijn"])
Q(98, MAA, "Hoeveel plekken heeft Almere en hoeveel zijn er in de maak?", "fact", {"gemeente": "Almere", "fact": "places"},
  "Places of Almere (realised and planned).",
  fact=lambda: {"realised": ST["Almere"]["realised_total"], "planned": ST["Almere"]["planned_total"]})
Q(99, MAA, "ik zit hier met de wethouder van ridderkerk aan de lijn wanneer denken zij klaar te zijn met de opvang",
  "fact", {"gemeente": "Ridderkerk", "fact": "expected"}, "Voice: expected date of Ridderkerk.",
  fact=lambda: ST["Ridderkerk"]["expected_date"])
Q(100, MAA, "Hebben de gemeenten in de Randstad al gereageerd?", "clarify", {"state": ["answered"]},
  "Randstad has no fixed border: asks back.")


def main():
    ids = [q["id"] for q in Qs]
    assert ids == list(range(40001, 40101)), "ids must be 40001..40100"
    with open(OUT, "w", encoding="utf-8") as f:
        for q in Qs:
            if q["intent"] in ("list", "count"):
                gs = sorted(g for g, d in CASES.items() if q["pred"](g, d))
                cnt, fact = len(gs), None
            else:
                gs, cnt = [], None
                fact = q["fact"]() if q["fact"] else None
            row = {"id": q["id"], "q": q["q"], "intent": q["intent"], "filters": q["filters"],
                   "expected_gemeenten": gs, "count": cnt, "after": q["after"], "as_staff": q["as_staff"],
                   "on": ON, "meaning": q["meaning"], "expected_fact": fact}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(Qs)} questions -> {OUT}")


if __name__ == "__main__":
    main()
