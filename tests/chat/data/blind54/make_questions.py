#!/usr/bin/env python3
"""make_questions.py -> questions54_with_expected_sets.jsonl

Set 54: ids 54001-54100, asked on Tuesday 2029-07-03. The expected sets, counts and facts are
computed here from status.json and due.json (written by dump_status.py 2029-07-03 after the
/toewijzen lines of assign.txt were run). expected.py recomputes them independently."""
import calendar, datetime as dt, json, os
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ON = "2029-07-03"
STAFF = {54501: "Vera", 54502: "Bart", 54503: "Leila", 54504: "Olaf"}
VERA, BART, LEILA, OLAF = 54501, 54502, 54503, 54504
AMS = ZoneInfo("Europe/Amsterdam")

STATUS = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
DUE = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
BY_NAME = {d["gemeente"]: d for d in STATUS}
CASES = [d for d in STATUS if d["case"]]
NO_REPLY = {r["gemeente"] for r in DUE if r["section"] == "overdue" and r["kind"] == "no_reply"}
assert len(CASES) == 229

NOORD = ["Drenthe", "Friesland", "Groningen"]
OOST = ["Gelderland", "Overijssel"]
ZUID = ["Limburg", "Noord-Brabant", "Zeeland"]


def d(s):
    return dt.date.fromisoformat(s)


def interval(exp):
    """An expected date read as an interval [first, last]."""
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


def state_holds(st, g):
    c = g["case"]
    if st == "no_reply":
        return g["gemeente"] in NO_REPLY
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


def matches(f, g):
    c = g["case"]
    for k, v in f.items():
        if k == "province":
            if g["province"] not in as_list(v):
                return False
        elif k == "not_province":
            if g["province"] in as_list(v):
                return False
        elif k == "not_gemeente":
            if g["gemeente"] in as_list(v):
                return False
        elif k == "trede":
            if c["trede"] != v:
                return False
        elif k == "not_trede":
            if c["trede"] in as_list(v):
                return False
        elif k == "owner":
            if c["owner"] != v:
                return False
        elif k == "no_owner":
            if (c["owner"] is None) != v:
                return False
        elif k == "letter_undelivered":
            if bool(c["letter_undelivered"]) != v:
                return False
        elif k == "compliance":
            if c["compliance"] != v:
                return False
        elif k == "state":
            if not all(state_holds(s, g) for s in v):
                return False
        elif k == "not_state":
            if any(state_holds(s, g) for s in v):
                return False
        elif k == "missing":
            if not all(m in c["missing"] for m in v):
                return False
        elif k == "reason":
            if v not in g["reasons"]:
                return False
        elif k == "expected_before":
            if not g["expected_date"] or not interval(g["expected_date"])[1] < d(v):
                return False
        elif k == "expected_after":
            if not g["expected_date"] or not interval(g["expected_date"])[0] > d(v):
                return False
        elif k == "termijn_from":
            if not c["termijn"] or d(c["termijn"]) < d(v):
                return False
        elif k == "termijn_to":
            if not c["termijn"] or d(c["termijn"]) > d(v):
                return False
        else:
            raise KeyError(k)
    return True


def select(f):
    return sorted(g["gemeente"] for g in CASES if matches(f, g))


def local_day(ts):
    return dt.datetime.fromisoformat(ts).astimezone(AMS).date()


def fact(kind, name, date=None):
    g = BY_NAME[name]
    c = g["case"]
    assert c, name
    if kind == "places":
        return {"realised": g["realised_total"], "planned": g["planned_total"]}
    if kind == "expected":
        return g["expected_date"]
    if kind == "owner":
        return c["owner"]
    if kind == "missing":
        return c["missing"]
    if kind == "termijn":
        return c["termijn"]
    if kind == "trede":
        return c["trede"]
    if kind == "compliance":
        return c["compliance"]
    if kind == "reasons":
        return g["reasons"]
    if kind == "reply":
        rd = local_day(c["reply_at"])
        days = (rd - d(c["termijn"])).days
        return {"reply_date": rd.isoformat(), "termijn": c["termijn"], "on_time": c["reply_on_time"],
                "days_after_termijn" if days > 0 else "days_before_termijn": abs(days)}
    if kind == "wrote":
        return [{"message_id": m["id"], "kind": m["kind"], "subject": m["subject"]}
                for m in sorted(g["messages"], key=lambda m: m["received_at"])
                if local_day(m["received_at"]).isoformat() == date]
    if kind == "status":
        return {"trede": c["trede"], "state": c["state"], "compliance": c["compliance"],
                "owner": c["owner"], "termijn": c["termijn"], "answered": c["answered"],
                "overdue": name in NO_REPLY, "extension_requested": c["extension_requested"],
                "letter_undelivered": c["letter_undelivered"], "missing": c["missing"],
                "expected_date": g["expected_date"],
                "places": {"realised": g["realised_total"], "planned": g["planned_total"]}}
    raise KeyError(kind)


Q = []


def q(qid, who, text, intent, filters, meaning, after=None):
    Q.append(dict(id=qid, q=text, intent=intent, filters=filters, after=after, as_staff=who, meaning=meaning))


# ---------------------------------------------------------------- 1. Vera, press officer (54001-54025)
V = VERA
q(54001, V, "Klopt het dat er op dit moment nog altijd gemeenten zijn die in het geheel niet hebben gereageerd op de toezichtsbrief van het ministerie, terwijl de termijn daarvoor al ruimschoots is verstreken? Kunt u bevestigen hoeveel gemeenten dat precies zijn?",
  "count", {"state": ["no_reply"]}, "How many municipalities did not reply and their termijn has passed?")
q(54002, V, "Ten behoeve van de beantwoording van vragen van het Algemeen Dagblad: kunt u bevestigen hoeveel gemeenten in de provincie Zuid-Holland inmiddels een reactie hebben ingediend die door het ministerie als volledig wordt aangemerkt?",
  "count", {"province": "Zuid-Holland", "state": ["complete"]}, "Count of Zuid-Holland cases whose reply is complete.")
q(54003, V, "Voor de beantwoording van Kamervragen wil de minister graag weten welke gemeenten in Noord-Nederland weliswaar hebben gereageerd op de brief, maar dat pas na afloop van de gestelde termijn hebben gedaan. Om welke gemeenten gaat het?",
  "list", {"province": NOORD, "state": ["late"]}, "Municipalities in Drenthe, Friesland, Groningen that replied after the termijn.")
q(54004, V, "Klopt het dat er inmiddels gemeenten zijn die zich in trede 3 van de interventieladder bevinden, het actief toezicht? Zo ja, kunt u mij vertellen om welke gemeenten het precies gaat?",
  "list", {"trede": 3}, "Cases in trede 3.")
q(54005, V, "De minister wil morgen in het debat kunnen zeggen hoeveel gemeenten volgens het register in het geheel niet voldoen aan hun wettelijke taak. Kunt u mij dat aantal geven, met uitzondering van de gemeenten in Flevoland, die apart worden besproken?",
  "count", {"compliance": "voldoet_niet", "not_province": "Flevoland"}, "Count of cases that do not comply at all, Flevoland left out.")
q(54006, V, "Kunt u bevestigen welke gemeenten als reden voor de vertraging bij de realisatie van opvangplekken een lopende bezwaarprocedure hebben aangevoerd?",
  "list", {"reason": "objection_procedure"}, "Cases that state an objection procedure as a reason.")
q(54007, V, "Een journalist van RTV Oost vraagt naar Hengelo in Overijssel: hoeveel opvangplaatsen zijn daar volgens de gemeente inmiddels gerealiseerd en hoeveel zijn er nog gepland?",
  "fact", {"gemeente": "Hengelo (O.)", "fact": "places"}, "Places realised and planned in Hengelo (O.).")
q(54008, V, "Kunt u mij laten weten wanneer de gemeente Eindhoven, volgens haar eigen reactie aan het ministerie, verwacht volledig aan de taakstelling te voldoen?",
  "fact", {"gemeente": "Eindhoven", "fact": "expected"}, "Expected date of Eindhoven.")
q(54009, V, "Klopt het dat meerdere Zeeuwse gemeenten hebben laten weten dat het ontbreken van een geschikte locatie de voornaamste belemmering vormt? Welke gemeenten in Zeeland hebben dat als reden genoemd?",
  "list", {"province": "Zeeland", "reason": "no_location"}, "Zeeland cases giving no location as a reason.")
q(54010, V, "Kunt u bevestigen hoeveel gemeenten het ministerie formeel hebben verzocht om uitstel van de termijn waarbinnen zij op de brief moesten reageren?",
  "count", {"state": ["extended"]}, "Count of cases with an extension requested.")
q(54011, V, "Er gaan geruchten dat het toezicht bij enkele gemeenten tijdelijk is stilgelegd. Kunt u bevestigen of er gemeenten zijn waarbij het toezicht op dit moment is opgeschort, en zo ja, welke gemeenten dat zijn?",
  "list", {"state": ["suspended"]}, "Suspended cases (there are none).")
q(54012, V, "Welke gemeenten hebben het ministerie toegezegd dat zij vóór de zomer van 2027 volledig aan hun taak zullen voldoen? Ik zou graag de volledige lijst ontvangen.",
  "list", {"expected_before": "2027-07-01"}, "Cases whose expected date ends before 1 July 2027.")
q(54013, V, "Klopt het dat er brieven van het ministerie onbestelbaar retour zijn gekomen, zodat de betreffende gemeenten de brief nooit hebben ontvangen? Bij welke gemeenten was dat het geval?",
  "list", {"letter_undelivered": True}, "Cases whose latest letter came back undelivered.")
q(54014, V, "Kunt u bevestigen hoeveel gemeenten in Gelderland en Overijssel wél tijdig, dus binnen de termijn van drie weken, op de brief hebben gereageerd?",
  "count", {"province": OOST, "state": ["on_time"]}, "Count of Gelderland and Overijssel cases that replied on time.")
q(54015, V, "Hoe staat het er op dit moment voor met de gemeente Den Bosch? De burgemeester heeft gisteren in de pers verklaard dat alles op schema ligt, en ik wil de minister een volledig en juist beeld kunnen geven.",
  "status", {"gemeente": "'s-Hertogenbosch"}, "Status of 's-Hertogenbosch (Den Bosch).")
q(54016, V, "Welke gemeenten hebben in hun reactie of melding geen enkel tijdpad opgenomen? Ik ben daarbij uitsluitend geïnteresseerd in de gemeenten in Zuid-Nederland.",
  "list", {"province": ZUID, "missing": ["timeline"]}, "Cases in Limburg, Noord-Brabant, Zeeland missing the timeline.")
q(54017, V, "Voor een persbericht zou ik graag de tien gemeenten willen noemen met de grootste achterstand op hun taakstelling. Kunt u mij die top tien geven?",
  "unknown", {}, "Top ten by shortfall: a ranking, which the bot cannot do.")
q(54018, V, "Welke redenen heeft de gemeente Voorschoten aangevoerd voor het feit dat zij de opvangplaatsen niet tijdig kan realiseren?",
  "fact", {"gemeente": "Voorschoten", "fact": "reasons"}, "Reasons stated by Voorschoten.")
q(54019, V, "Klopt het dat de gemeente Oldambt pas na afloop van de termijn heeft gereageerd, en zo ja, hoeveel dagen te laat was die reactie?",
  "fact", {"gemeente": "Oldambt", "fact": "reply"}, "Oldambt's reply date, on time or late and by how many days.")
q(54020, V, "Kunt u mij een overzicht geven van de gemeenten die gedeeltelijk voldoen aan hun wettelijke taak, met uitzondering van de gemeenten in Noord-Holland en Zuid-Holland?",
  "list", {"compliance": "voldoet_gedeeltelijk", "not_province": ["Noord-Holland", "Zuid-Holland"]}, "Partly compliant cases, Noord- and Zuid-Holland left out.")
q(54021, V, "Hoe staat het er eigenlijk voor met Utrecht? Ik word daar vanmiddag over gebeld door NU.nl.",
  "clarify", {}, "Utrecht alone: the municipality or the province; asked back.")
q(54022, V, "Kunt u namens de minister een herinneringsbrief laten uitgaan naar alle gemeenten in Limburg die nog steeds niet hebben gereageerd?",
  "unknown", {"province": "Limburg", "state": ["no_reply"]}, "Sending reminder letters: the bot cannot; keeps Limburg no-reply.")
q(54023, V, "Kunt u bevestigen hoeveel gemeenten hebben aangegeven dat zij hun taak pas in 2028 of later zullen realiseren?",
  "count", {"expected_after": "2027-12-31"}, "Count of cases whose expected date starts after 2027.")
q(54024, V, "Zou u mij het totaaloverzicht van de stand van zaken kunnen bezorgen, bij voorkeur in de vorm van de grafiek, zodat ik die aan de nota voor de minister kan toevoegen?",
  "overview", {}, "The overview chart.")
q(54025, V, "Hartelijk dank voor uw snelle en zorgvuldige hulp, dit was zeer verhelderend.",
  "help", {}, "Thanks.")

# ---------------------------------------------------------------- 2. Bart, new intern (54026-54050)
B = BART
q(54026, B, "ehm hoi, ik ben nieuw hier (intern). hoe werkt deze bot eigelijk? wat kan ik allemaal vragen",
  "help", {}, "How does this bot work?")
q(54027, B, "welke gemeentes in gelderland hebben eigenlijk nog niet gereageerd... of hoe heet dat, de no reply ones waarvan de termijn al voorbij is",
  "list", {"province": "Gelderland", "state": ["no_reply"]}, "Gelderland cases with no reply, termijn passed.")
q(54028, B, "how many gemeentes zitten er nu in trede 1?",
  "count", {"trede": 1}, "Count of trede 1 cases.")
q(54029, B, "ehm wat zijn mijn zaken eigenlijk? welke cases zijn aan mij toegewezen",
  "list", {"owner": "Bart"}, "My (Bart's) cases.")
q(54030, B, "en welke daarvan hebben nog stees niet gereageerd?",
  "list", {"owner": "Bart", "state": ["no_reply"]}, "Of Bart's cases, those without a reply (termijn passed).", after=[54029])
q(54031, B, "wie is eigenlijk de behandelar van maastricht??",
  "fact", {"gemeente": "Maastricht", "fact": "owner"}, "Owner of Maastricht.")
q(54032, B, "hoeveel plekken heeft Roosendaal gerealiseert",
  "fact", {"gemeente": "Roosendaal", "fact": "places"}, "Places realised (and planned) in Roosendaal.")
q(54033, B, "welke gemeetes in brabant missen de stappen in hun reactie? de steps bedoel ik",
  "list", {"province": "Noord-Brabant", "missing": ["steps"]}, "Noord-Brabant cases missing the steps.")
q(54034, B, "zijn er gemeentes met geldproblemen? dus finance als reden ofzo, welke zijn dat",
  "list", {"reason": "finance"}, "Cases that state finance as a reason.")
q(54035, B, "hoe wijs ik een zaak toe aan iemand? assign heet dat denk ik",
  "help", {}, "How do I assign a case?")
q(54036, B, "kun je de lijst van gemeentes die niet voldoen exporteren naar excel pls",
  "unknown", {"compliance": "voldoet_niet"}, "Export of the non-compliant list to Excel: not possible; keeps compliance.")
q(54037, B, "wat heeft Hilversum geschreven op 22 mei 2026?",
  "fact", {"gemeente": "Hilversum", "fact": "wrote", "date": "2026-05-22"}, "What Hilversum wrote on 22 May 2026.")
q(54038, B, "welke gemeentes zijn te laat?",
  "clarify", {}, "Bare 'te laat': no reply or late reply; asked back.")
q(54039, B, "hoeveel gemeentes hebben wel op tijd gereageerd maar zonder tijdpad, dus de timeline ontbreekt?",
  "count", {"state": ["on_time"], "missing": ["timeline"]}, "Count of on-time replies missing the timeline.")
q(54040, B, "sorry nog een vraag: welke gemeentes in Twente hebben nog niet gereageerd?",
  "unknown", {"state": ["no_reply"]}, "Twente has no border in the register: unknown, keeps no_reply.")
q(54041, B, "welke zaken in limburg hebben nog geen behandelaar, unassigned dus",
  "list", {"province": "Limburg", "no_owner": True}, "Limburg cases without an owner.")
q(54042, B, "wat ontbreekt er eigenlijk bij zoetermeer?",
  "fact", {"gemeente": "Zoetermeer", "fact": "missing"}, "What is missing for Zoetermeer.")
q(54043, B, "welke gemeentes hebben uitstel gevraagd, excluding zuid-holland",
  "list", {"state": ["extended"], "not_province": "Zuid-Holland"}, "Extension requested, Zuid-Holland left out.")
q(54044, B, "welke gemeentes hebben gereageerd, behalve de gemeentes die te laat waren?",
  "list", {"state": ["answered"], "not_state": ["late"]}, "Answered cases except late replies.")
q(54045, B, "wanneer verwacht groningen klaar te zijn?",
  "fact", {"gemeente": "Groningen", "fact": "expected"}, "Expected date of the municipality Groningen (a fact decides).")
q(54046, B, "welke gemeentes hadden een deadline tussen 1 en 30 november 2026? ik bedoel de termijn",
  "list", {"termijn_from": "2026-11-01", "termijn_to": "2026-11-30"}, "Cases with a termijn in November 2026.")
q(54047, B, "welke gemeentes in friesland voldoen maar gedeeltelijk, partially compliant ofzo",
  "list", {"province": "Friesland", "compliance": "voldoet_gedeeltelijk"}, "Friesland cases that partly comply.")
q(54048, B, "hoeveel gemeentes verwachten in Q1 2027 klaar te zijn?",
  "count", {"expected_after": "2026-12-31", "expected_before": "2027-04-01"}, "Count of expected dates within Q1 2027.")
q(54049, B, "en in Q2 2027?",
  "count", {"expected_after": "2027-03-31", "expected_before": "2027-07-01"}, "Same, window replaced by Q2 2027.", after=[54048])
q(54050, B, "hoe staat sudwest fryslan er voor? status pls",
  "status", {"gemeente": "Súdwest-Fryslân"}, "Status of Súdwest-Fryslân.")

# ---------------------------------------------------------------- 3. Leila, shorthand (54051-54075)
L = LEILA
q(54051, L, "gem. Ov zonder reactie, termijn verstr.",
  "list", {"province": "Overijssel", "state": ["no_reply"]}, "Overijssel cases with no reply, termijn passed.")
q(54052, L, "mijn zkn / onvolledig",
  "list", {"owner": "Leila", "state": ["incomplete"]}, "My (Leila's) cases whose reply is incomplete.")
q(54053, L, "NB + Lb: tp ontbr., aantal?",
  "count", {"province": ["Limburg", "Noord-Brabant"], "missing": ["timeline"]}, "Count of Noord-Brabant and Limburg cases missing the timeline.")
q(54054, L, "gem. ZH ivm vergunningsperikelen",
  "list", {"province": "Zuid-Holland", "reason": "permit_procedure"}, "Zuid-Holland cases with permit procedure as a reason.")
q(54055, L, "tr. 2 / voldoet niet / Dr, Gr, Fr",
  "list", {"trede": 2, "compliance": "voldoet_niet", "province": NOORD}, "Trede 2, not complying, in Drenthe, Groningen, Friesland.")
q(54056, L, "Almere: plekken gereal./gepland?",
  "fact", {"gemeente": "Almere", "fact": "places"}, "Places realised and planned in Almere.")
q(54057, L, "termijnen kom. 14 dgn?",
  "list", {"termijn_from": "2029-07-03", "termijn_to": "2029-07-16"}, "Termijnen in the coming 14 days (none).")
q(54058, L, "behandelaar Kapelle?",
  "fact", {"gemeente": "Kapelle", "fact": "owner"}, "Owner of Kapelle.")
q(54059, L, "uitstel gevraagd, NH",
  "list", {"province": "Noord-Holland", "state": ["extended"]}, "Noord-Holland cases with an extension requested.")
q(54060, L, "aantal zkn zonder behandelaar, excl. trede 1",
  "count", {"no_owner": True, "not_trede": 1}, "Count of cases without an owner, trede 1 left out.")
q(54061, L, "ontbr.: stappen én tp",
  "list", {"missing": ["steps", "timeline"]}, "Cases missing both steps and timeline.")
q(54062, L, "prov. Utrecht / feiten ontbr.",
  "list", {"province": "Utrecht", "missing": ["facts"]}, "Province Utrecht cases missing the facts.")
q(54063, L, "Lb: op tijd gereageerd + compleet",
  "list", {"province": "Limburg", "state": ["complete", "on_time"]}, "Limburg cases that replied on time and complete.")
q(54064, L, "wat schreef Venlo 14 juli 2026?",
  "fact", {"gemeente": "Venlo", "fact": "wrote", "date": "2026-07-14"}, "What Venlo wrote on 14 July 2026.")
q(54065, L, "termijn 5 okt 2026, nog geen reactie",
  "list", {"termijn_from": "2026-10-05", "termijn_to": "2026-10-05", "state": ["no_reply"]}, "Termijn on 5 Oct 2026 and no reply.")
q(54066, L, "verw. datum na zomer 2027, Oost-NL",
  "list", {"province": OOST, "expected_after": "2027-08-31"}, "Gelderland/Overijssel cases expected after summer 2027.")
q(54067, L, "Brunssum reactie: tijdig? hoeveel dgn",
  "fact", {"gemeente": "Brunssum", "fact": "reply"}, "Brunssum's reply: on time or late, by how many days.")
q(54068, L, "trede Kerkrade?",
  "fact", {"gemeente": "Kerkrade", "fact": "trede"}, "Trede of Kerkrade.")
q(54069, L, "naleving Sittard-Geleen",
  "fact", {"gemeente": "Sittard-Geleen", "fact": "compliance"}, "Compliance of Sittard-Geleen.")
q(54070, L, "gem. Fl excl. Almere/Lelystad",
  "list", {"province": "Flevoland", "not_gemeente": ["Almere", "Lelystad"]}, "Flevoland cases without Almere and Lelystad.")
q(54071, L, "telnr contactpersoon gem. Veenendaal",
  "unknown", {"gemeente": "Veenendaal"}, "Phone number: not in the register; unknown.")
q(54072, L, "status Bergen",
  "clarify", {}, "Bergen (L.) or Bergen (NH.); asked back.")
q(54073, L, "voldoet volledig, NB",
  "list", {"province": "Noord-Brabant", "compliance": "voldoet"}, "Noord-Brabant cases that fully comply.")
q(54074, L, "redenen Hulst",
  "fact", {"gemeente": "Hulst", "fact": "reasons"}, "Reasons stated by Hulst.")
q(54075, L, "Kempen: gem. mbt verlies plekken",
  "unknown", {"reason": "places_lost"}, "De Kempen has no border in the register: unknown, keeps places_lost.")

# ---------------------------------------------------------------- 4. Olaf, chained follow-ups (54076-54100)
O = OLAF
q(54076, O, "welke gemeenten in Limburg hebben nog niet gereageerd?",
  "list", {"province": "Limburg", "state": ["no_reply"]}, "Limburg cases with no reply, termijn passed.")
q(54077, O, "en in Zeeland?",
  "list", {"province": "Zeeland", "state": ["no_reply"]}, "Same for Zeeland.", after=[54076])
q(54078, O, "en hoeveel zijn het er in Noord-Brabant?",
  "count", {"province": "Noord-Brabant", "state": ["no_reply"]}, "Count of the same for Noord-Brabant.", after=[54076, 54077])
q(54079, O, "en als je Gemert-Bakel niet meetelt?",
  "count", {"province": "Noord-Brabant", "state": ["no_reply"], "not_gemeente": "Gemert-Bakel"}, "Same count without Gemert-Bakel.", after=[54076, 54077, 54078])
q(54080, O, "wat is de status van Venlo?",
  "status", {"gemeente": "Venlo"}, "Status of Venlo.")
q(54081, O, "en wat ontbreekt daar?",
  "fact", {"gemeente": "Venlo", "fact": "missing"}, "What is missing for Venlo (nothing).", after=[54080])
q(54082, O, "en Heerlen?",
  "fact", {"gemeente": "Heerlen", "fact": "missing"}, "What is missing for Heerlen.", after=[54080, 54081])
q(54083, O, "op tijd gereageerd?",
  "fact", {"gemeente": "Heerlen", "fact": "reply"}, "Did Heerlen reply on time?", after=[54080, 54081, 54082])
q(54084, O, "en wie is hun behandelaar?",
  "fact", {"gemeente": "Heerlen", "fact": "owner"}, "Owner of Heerlen (none).", after=[54080, 54081, 54082, 54083])
q(54085, O, "en die ernaast?",
  "unknown", {"gemeente": "Heerlen"}, "Neighbours: unknown, keeps Heerlen.", after=[54080, 54081, 54082, 54083, 54084])
q(54086, O, "zaken van Leila",
  "list", {"owner": "Leila"}, "Leila's cases.")
q(54087, O, "en mijn zaken?",
  "list", {"owner": "Olaf"}, "My (Olaf's) cases.", after=[54086])
q(54088, O, "hoeveel daarvan hebben te laat gereageerd?",
  "count", {"owner": "Olaf", "state": ["late"]}, "Of Olaf's cases, count of late replies.", after=[54086, 54087])
q(54089, O, "en hoeveel daarvan was ook onvolledig?",
  "count", {"owner": "Olaf", "state": ["incomplete", "late"]}, "Of those, count also incomplete.", after=[54086, 54087, 54088])
q(54090, O, "welke gemeenten voldoen niet in Gelderland?",
  "list", {"province": "Gelderland", "compliance": "voldoet_niet"}, "Gelderland cases that do not comply.")
q(54091, O, "en in Overijssel?",
  "list", {"province": "Overijssel", "compliance": "voldoet_niet"}, "Same for Overijssel.", after=[54090])
q(54092, O, "en dan zonder Hardenberg en Hellendoorn?",
  "list", {"province": "Overijssel", "compliance": "voldoet_niet", "not_gemeente": ["Hardenberg", "Hellendoorn"]}, "Same without Hardenberg and Hellendoorn.", after=[54090, 54091])
q(54093, O, "welke termijnen liepen af in juni 2026?",
  "list", {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30"}, "Cases whose termijn fell in June 2026.")
q(54094, O, "en welke daarvan hebben nog steeds niet gereageerd?",
  "list", {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30", "state": ["no_reply"]}, "Of those, the ones with no reply.", after=[54093])
q(54095, O, "en alleen die in Zuid-Holland?",
  "list", {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30", "state": ["no_reply"], "province": "Zuid-Holland"}, "Of those, only Zuid-Holland.", after=[54093, 54094])
q(54096, O, "wanneer verwacht Nijmegen klaar te zijn?",
  "fact", {"gemeente": "Nijmegen", "fact": "expected"}, "Expected date of Nijmegen.")
q(54097, O, "en Arnhem?",
  "fact", {"gemeente": "Arnhem", "fact": "expected"}, "Expected date of Arnhem (none).", after=[54096])
q(54098, O, "en Zwolle, wanneer verwachten zij klaar te zijn?",
  "fact", {"gemeente": "Zwolle", "fact": "expected"}, "Expected date of Zwolle.", after=[54096, 54097])
q(54099, O, "welke gemeenten in de Randstad noemen bezwaar als reden?",
  "clarify", {"reason": "objection_procedure"}, "De Randstad has no fixed border: asked back; keeps the reason.")
q(54100, O, "top, bedankt!",
  "help", {}, "Thanks.")


def main():
    assert len(Q) == 100 and [x["id"] for x in Q] == list(range(54001, 54101))
    out = []
    for x in Q:
        f = x["filters"]
        if x["intent"] in ("list", "count"):
            gs = select(f)
            cnt = len(gs)
            ef = None
        else:
            gs, cnt, ef = [], None, None
            if x["intent"] == "fact":
                ef = fact(f["fact"], f["gemeente"], f.get("date"))
            elif x["intent"] == "status":
                ef = fact("status", f["gemeente"])
        out.append({"id": x["id"], "q": x["q"], "intent": x["intent"], "filters": f,
                    "expected_gemeenten": gs, "count": cnt, "after": x["after"],
                    "as_staff": x["as_staff"], "on": ON, "meaning": x["meaning"], "expected_fact": ef})
    with open(os.path.join(HERE, "questions54_with_expected_sets.jsonl"), "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} questions")


if __name__ == "__main__":
    main()
