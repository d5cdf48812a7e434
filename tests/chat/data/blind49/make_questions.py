"""The 100 questions of set 49 with hand-written predicates (lists/counts) or facts, computed from
status.json and due.json (asking day 2029-03-08). Writes questions49_with_expected_sets.jsonl."""
import json
from datetime import date, datetime
from zoneinfo import ZoneInfo

ON = "2029-03-08"
S = json.load(open("status.json", encoding="utf-8"))
DUE = json.load(open("due.json", encoding="utf-8"))
NR = {x["gemeente"] for x in DUE if x["section"] == "overdue" and x["kind"] == "no_reply"}
AMS = ZoneInfo("Europe/Amsterdam")
NOORD, OOST, ZUID = ["Drenthe", "Friesland", "Groningen"], ["Gelderland", "Overijssel"], ["Limburg", "Noord-Brabant", "Zeeland"]
STAFF = {49501: "Margreet", 49502: "Annelies", 49503: "Jeroen", 49504: "Roos"}

def c(g): return S[g]["case"]
def L(pred): return sorted(g for g, v in S.items() if pred(g, v, v["case"]))
def late(cs): return cs["answered"] and cs["reply_on_time"] is False
def ontime(cs): return cs["answered"] and cs["reply_on_time"] is True
def inc(cs): return cs["state"] == "answered_incomplete"
def comp(cs): return cs["state"] == "answered_complete"
def miss(cs, *els): return all(e in (cs["missing"] or []) for e in els)
def local_day(ts): return datetime.fromisoformat(ts).astimezone(AMS).date().isoformat()

def f_places(g): return {"realised": S[g]["realised_total"], "planned": S[g]["planned_total"]}
def f_expected(g): return S[g]["expected_date"]
def f_owner(g): return c(g)["owner"]
def f_missing(g): return sorted(c(g)["missing"] or [])
def f_termijn(g): return c(g)["termijn"]
def f_reasons(g): return sorted(S[g]["reasons"])
def f_trede(g): return c(g)["trede"]
def f_compliance(g): return c(g)["compliance"]
def f_reply(g):
    cs = c(g)
    if not cs["answered"] or not cs["reply_at"]:
        return {"reply_date": None, "on_time": None, "days_after_termijn": None}
    d = local_day(cs["reply_at"])
    days = (date.fromisoformat(d) - date.fromisoformat(cs["termijn"])).days if cs["termijn"] else None
    return {"reply_date": d, "on_time": cs["reply_on_time"], "days_after_termijn": days}
def f_wrote(g, day):
    return [{"kind": m["kind"], "subject": m["subject"]} for m in S[g]["messages"] if local_day(m["received_at"]) == day]
def f_status(g):
    cs = c(g)
    return {"trede": cs["trede"], "state": cs["state"], "owner": cs["owner"], "compliance": cs["compliance"],
            "termijn": cs["termijn"], "overdue": cs["overdue"], "extension_requested": cs["extension_requested"],
            "letter_undelivered": cs["letter_undelivered"], "missing": sorted(cs["missing"] or []),
            "expected_date": S[g]["expected_date"], "places": f_places(g)}
FACTS = {"places": f_places, "expected": f_expected, "owner": f_owner, "missing": f_missing, "termijn": f_termijn,
         "reasons": f_reasons, "trede": f_trede, "compliance": f_compliance, "reply": f_reply}

Q = []
def add(q, intent, filters, meaning, pred=None, after=(), fact=None):
    Q.append(dict(q=q, intent=intent, filters=filters, meaning=meaning, pred=pred, after=list(after), fact=fact))

# ---------------- 49501 Margreet, beheerder (hoofd afdeling), managerial ----------------
add("Goedemorgen. Hoe staan we ervoor?", "overview", {}, "A general overview of the register.")
add("Stand van zaken Gelderland: hoeveel dossiers wachten nog op een reactie terwijl de termijn al verstreken is?", "count",
    {"province": "Gelderland", "state": ["no_reply"]}, "Count Gelderland cases with no reply past the termijn.",
    lambda g, v, cs: v["province"] == "Gelderland" and g in NR)
add("Waar zitten de knelpunten? Ik wil de gemeenten zien die niet voldoen en ook nog niet gereageerd hebben.", "list",
    {"compliance": "voldoet_niet", "state": ["no_reply"]}, "Cases that do not comply and have not replied past the termijn.",
    lambda g, v, cs: cs["compliance"] == "voldoet_niet" and g in NR)
add("Welke dossiers vragen aandacht omdat onze brief onbestelbaar retour is gekomen?", "list",
    {"letter_undelivered": True}, "Cases whose latest letter bounced.", lambda g, v, cs: cs["letter_undelivered"])
add("Hoeveel dossiers hebben nog geen behandelaar?", "count", {"no_owner": True}, "Count cases without an owner.",
    lambda g, v, cs: cs["owner"] is None)
add("welke dossiers zitten inmiddels in trede 3", "list", {"trede": 3}, "Cases at trede 3.", lambda g, v, cs: cs["trede"] == 3)
add("Stand van zaken Noord-Nederland: wie heeft te laat gereageerd?", "list", {"province": NOORD, "state": ["late"]},
    "Cases in Drenthe, Friesland or Groningen that replied after the termijn.",
    lambda g, v, cs: v["province"] in NOORD and late(cs))
add("en in het zuiden?", "list", {"province": ZUID, "state": ["late"]},
    "Follow-up: the same for Limburg, Noord-Brabant and Zeeland.", lambda g, v, cs: v["province"] in ZUID and late(cs), after=[49007])
add("Hoeveel uitstelverzoeken liggen er nog op ons bord?", "count", {"state": ["extended"]},
    "Count cases with an extension request awaiting a decision.", lambda g, v, cs: cs["extension_requested"])
add("Welke gemeenten hebben onvolledig gereageerd, met uitzondering van die in Zuid-Holland?", "list",
    {"state": ["incomplete"], "not_province": "Zuid-Holland"}, "Incomplete-answer cases outside Zuid-Holland.",
    lambda g, v, cs: inc(cs) and v["province"] != "Zuid-Holland")
add("Welke dossiers van Annelies staan nog open zonder reactie na de termijn?", "list", {"owner": "Annelies", "state": ["no_reply"]},
    "Annelies's cases with no reply past the termijn.", lambda g, v, cs: cs["owner"] == "Annelies" and g in NR)
add("En die van Roos?", "list", {"owner": "Roos", "state": ["no_reply"]}, "Follow-up: the same for Roos.",
    lambda g, v, cs: cs["owner"] == "Roos" and g in NR, after=[49011])
add("Bij hoeveel gemeenten speelt geldgebrek als reden?", "count", {"reason": "finance"},
    "Count cases that give finance as a reason.", lambda g, v, cs: "finance" in v["reasons"])
add("Welke gemeenten verwachten pas na de zomer van 2027 aan hun taak te voldoen?", "list", {"expected_after": "2027-08-31"},
    "Cases whose expected date starts after 31 August 2027.", None)
add("Welke dossiers hadden hun termijn in oktober 2026?", "list", {"termijn_from": "2026-10-01", "termijn_to": "2026-10-31"},
    "Cases with a termijn in October 2026.", lambda g, v, cs: bool(cs["termijn"]) and "2026-10-01" <= cs["termijn"] <= "2026-10-31")
add("Hoe staat Zaanstad ervoor?", "status", {"gemeente": "Zaanstad"}, "Status of Zaanstad.", fact=("status", "Zaanstad"))
add("Wie is de behandelaar van Nijmegen?", "fact", {"gemeente": "Nijmegen", "fact": "owner"}, "The owner of Nijmegen's case.",
    fact=("owner", "Nijmegen"))
add("Zet de lijst van gemeenten die niet voldoen even in een Excelbestand voor het MT.", "unknown", {"compliance": "voldoet_niet"},
    "An export request (not possible); the list it is about is understood.")
add("Welke provincie doet het het slechtst?", "unknown", {}, "A ranking of provinces (not possible).")
add("Hoeveel dossiers hebben te laat gereageerd en missen bovendien het tijdpad?", "count", {"state": ["late"], "missing": ["timeline"]},
    "Count late replies that also miss the timeline.", lambda g, v, cs: late(cs) and miss(cs, "timeline"))
add("te laat?", "clarify", {}, "Bare 'te laat': no reply past the termijn or replied late; ask back.")
add("Welke dossiers in Ov voldoen gedeeltelijk, Deventer niet meegerekend?", "list",
    {"province": "Overijssel", "compliance": "voldoet_gedeeltelijk", "not_gemeente": "Deventer"},
    "Partly complying Overijssel cases except Deventer.",
    lambda g, v, cs: v["province"] == "Overijssel" and cs["compliance"] == "voldoet_gedeeltelijk" and g != "Deventer")
add("Welke zaken in trede 2 in Limburg voldoen helemaal niet?", "list", {"trede": 2, "province": "Limburg", "compliance": "voldoet_niet"},
    "Limburg trede-2 cases that do not comply.",
    lambda g, v, cs: cs["trede"] == 2 and v["province"] == "Limburg" and cs["compliance"] == "voldoet_niet")
add("Welke gemeenten in Twente hebben nog niet gereageerd?", "unknown", {"state": ["no_reply"]},
    "Twente has no border in the register; the state is understood.")
add("Dank je, dat was het voor nu.", "help", {}, "Thanks.")

# ---------------- 49502 Annelies, behandelaar back from leave ----------------
add("Ik ben terug van verlof. Welke van mijn zaken hebben inmiddels gereageerd?", "list", {"owner": "Annelies", "state": ["answered"]},
    "Annelies's cases that have answered.", lambda g, v, cs: cs["owner"] == "Annelies" and cs["answered"])
add("welke van mijn zaken hebben nog steeds niet gereageerd terwijl de termijn voorbij is", "list", {"owner": "Annelies", "state": ["no_reply"]},
    "Annelies's cases with no reply past the termijn.", lambda g, v, cs: cs["owner"] == "Annelies" and g in NR)
add("wie heeft er uitstel gevraagd bij mijn dossiers?", "list", {"owner": "Annelies", "state": ["extended"]},
    "Annelies's cases with an open extension request.", lambda g, v, cs: cs["owner"] == "Annelies" and cs["extension_requested"])
add("welke van mijn gemeenten hebben te laat gereageerd?", "list", {"owner": "Annelies", "state": ["late"]},
    "Annelies's cases that replied after the termijn.", lambda g, v, cs: cs["owner"] == "Annelies" and late(cs))
add("en bij welke daarvan ontbreekt ook het tijdpad?", "list", {"owner": "Annelies", "state": ["late"], "missing": ["timeline"]},
    "Follow-up: of those, the ones that also miss the timeline.",
    lambda g, v, cs: cs["owner"] == "Annelies" and late(cs) and miss(cs, "timeline"), after=[49029])
add("Wat heeft Venlo op 14 juli 2026 gestuurd?", "fact", {"gemeente": "Venlo", "fact": "wrote", "date": "2026-07-14"},
    "What Venlo sent on 14 July 2026.", fact=("wrote", "Venlo", "2026-07-14"))
add("hoe staat het met Vaals?", "status", {"gemeente": "Vaals"}, "Status of Vaals.", fact=("status", "Vaals"))
add("Wat ontbreekt er nog bij Valkenburg aan de Geul?", "fact", {"gemeente": "Valkenburg aan de Geul", "fact": "missing"},
    "The missing elements of Valkenburg aan de Geul.", fact=("missing", "Valkenburg aan de Geul"))
add("Wanneer denkt Heerde klaar te zijn?", "fact", {"gemeente": "Heerde", "fact": "expected"}, "Heerde's expected date.",
    fact=("expected", "Heerde"))
add("hoeveel zaken staan er nu op mijn naam?", "count", {"owner": "Annelies"}, "Count Annelies's cases.",
    lambda g, v, cs: cs["owner"] == "Annelies")
add("welke van mijn zaken liggen in Limburg?", "list", {"owner": "Annelies", "province": "Limburg"},
    "Annelies's cases in Limburg.", lambda g, v, cs: cs["owner"] == "Annelies" and v["province"] == "Limburg")
add("Welke van mijn zaken missen het tijdpad nog?", "list", {"owner": "Annelies", "missing": ["timeline"]},
    "Annelies's cases missing the timeline.", lambda g, v, cs: cs["owner"] == "Annelies" and miss(cs, "timeline"))
add("Wanneer heeft Súdwest-Fryslân gereageerd?", "fact", {"gemeente": "Súdwest-Fryslân", "fact": "reply"},
    "When Súdwest-Fryslân replied and whether on time.", fact=("reply", "Súdwest-Fryslân"))
add("welke redenen geeft Capelle aan den IJssel op?", "fact", {"gemeente": "Capelle aan den IJssel", "fact": "reasons"},
    "The reasons Capelle aan den IJssel gives.", fact=("reasons", "Capelle aan den IJssel"))
add("heeft Middelburg op tijd gereageerd?", "fact", {"gemeente": "Middelburg (Z.)", "fact": "reply"},
    "Whether Middelburg replied on time.", fact=("reply", "Middelburg (Z.)"))
add("welke zaken van Jeroen hebben uitstel aangevraagd?", "list", {"owner": "Jeroen", "state": ["extended"]},
    "Jeroen's cases with an open extension request.", lambda g, v, cs: cs["owner"] == "Jeroen" and cs["extension_requested"])
add("Wat was de termijn van Veldhoven ook alweer?", "fact", {"gemeente": "Veldhoven", "fact": "termijn"}, "Veldhoven's termijn.",
    fact=("termijn", "Veldhoven"))
add("in welke trede zit Huizen?", "fact", {"gemeente": "Huizen", "fact": "trede"}, "Huizen's trede.", fact=("trede", "Huizen"))
add("hoeveel van mijn dossiers voldoen niet", "count", {"owner": "Annelies", "compliance": "voldoet_niet"},
    "Count Annelies's cases that do not comply.", lambda g, v, cs: cs["owner"] == "Annelies" and cs["compliance"] == "voldoet_niet")
add("welke van mijn zaken hebben een volledige reactie gestuurd?", "list", {"owner": "Annelies", "state": ["complete"]},
    "Annelies's cases answered completely.", lambda g, v, cs: cs["owner"] == "Annelies" and comp(cs))
add("Is er bij mij een brief onbestelbaar teruggekomen?", "list", {"owner": "Annelies", "letter_undelivered": True},
    "Annelies's cases whose letter bounced.", lambda g, v, cs: cs["owner"] == "Annelies" and cs["letter_undelivered"])
add("Kun je Schiedam een herinnering sturen?", "unknown", {"gemeente": "Schiedam"}, "Sending mail (not possible); Schiedam understood.")
add("welke van mijn zaken zijn veranderd sinds ik weg was?", "unknown", {"owner": "Annelies"},
    "Changes since a date are not a filter the bot has; her cases are understood.")
add("hoeveel plekken heeft Bergen in Limburg nu en hoeveel zijn er gepland?", "fact", {"gemeente": "Bergen (L.)", "fact": "places"},
    "Realised and planned places of Bergen (L.).", fact=("places", "Bergen (L.)"))
add("welke van mijn zaken verwachten vóór 1 januari 2027 aan de taak te voldoen?", "list",
    {"owner": "Annelies", "expected_before": "2027-01-01"}, "Annelies's cases with an expected date ending before 2027.",
    None)

# ---------------- 49503 Jeroen, behandelaar, nicknames / places / abbreviations ----------------
add("hoe staat Den Bosch ervoor?", "status", {"gemeente": "'s-Hertogenbosch"}, "Status of 's-Hertogenbosch.",
    fact=("status", "'s-Hertogenbosch"))
add("wanneer verwacht Gaasterlân klaar te zijn?", "fact", {"gemeente": "De Fryske Marren", "fact": "expected"},
    "Expected date of De Fryske Marren (Gaasterlân is a former municipality merged into it).", fact=("expected", "De Fryske Marren"))
add("Hengelo (Ov.) al gereageerd?", "fact", {"gemeente": "Hengelo (O.)", "fact": "reply"}, "Whether and when Hengelo (O.) replied.",
    fact=("reply", "Hengelo (O.)"))
add("stand Bergen NH?", "status", {"gemeente": "Bergen (NH.)"}, "Status of Bergen (NH.).", fact=("status", "Bergen (NH.)"))
add("Volendam, welke redenen noemen ze?", "fact", {"gemeente": "Edam-Volendam", "fact": "reasons"},
    "Reasons given by Edam-Volendam (Volendam is a place in it).", fact=("reasons", "Edam-Volendam"))
add("welke gemeenten in Gld hebben nog nie gereageerd", "list", {"province": "Gelderland", "state": ["no_reply"]},
    "Gelderland cases with no reply past the termijn.", lambda g, v, cs: v["province"] == "Gelderland" and g in NR)
add("en in Ov?", "list", {"province": "Overijssel", "state": ["no_reply"]}, "Follow-up: the same for Overijssel.",
    lambda g, v, cs: v["province"] == "Overijssel" and g in NR, after=[49056])
add("hoeveel in NB voldoen niet", "count", {"province": "Noord-Brabant", "compliance": "voldoet_niet"},
    "Count Noord-Brabant cases that do not comply.",
    lambda g, v, cs: v["province"] == "Noord-Brabant" and cs["compliance"] == "voldoet_niet")
add("wie behandelt Delfzijl?", "fact", {"gemeente": "Eemsdelta", "fact": "owner"},
    "Owner of Eemsdelta (Delfzijl merged into it).", fact=("owner", "Eemsdelta"))
add("Bergen?", "clarify", {}, "Bare Bergen: Bergen (L.) or Bergen (NH.); ask back.")
add("hoe zit het met Utrecht?", "clarify", {}, "Utrecht is a province and a municipality; ask back.")
add("welke gemeenten in Fr missen het tijdpad, trede 1 niet meegeteld", "list", {"province": "Friesland", "missing": ["timeline"], "not_trede": 1},
    "Friesland cases missing the timeline, leaving out trede 1.",
    lambda g, v, cs: v["province"] == "Friesland" and miss(cs, "timeline") and cs["trede"] != 1)
add("Brielle al iets gestuurd als reactie?", "fact", {"gemeente": "Voorne aan Zee", "fact": "reply"},
    "Whether Voorne aan Zee (Brielle merged into it) has replied.", fact=("reply", "Voorne aan Zee"))
add("Uden, welke redenen geven ze op?", "fact", {"gemeente": "Maashorst", "fact": "reasons"},
    "Reasons given by Maashorst (Uden merged into it).", fact=("reasons", "Maashorst"))
add("hoeveel plekken heeft Sneek?", "fact", {"gemeente": "Súdwest-Fryslân", "fact": "places"},
    "Places of Súdwest-Fryslân (Sneek is its main town).", fact=("places", "Súdwest-Fryslân"))
add("welke zaken in ZH en NH zitten nog in trede 1?", "list", {"province": ["Noord-Holland", "Zuid-Holland"], "trede": 1},
    "Trede-1 cases in Noord- or Zuid-Holland.", lambda g, v, cs: v["province"] in ("Noord-Holland", "Zuid-Holland") and cs["trede"] == 1)
add("Beemster, wat ontbreekt er?", "fact", {"gemeente": "Purmerend", "fact": "missing"},
    "Missing elements of Purmerend (Beemster merged into it).", fact=("missing", "Purmerend"))
add("mijn zaken in de prov. Utrecht zonder reactie na termijn?", "list", {"owner": "Jeroen", "province": "Utrecht", "state": ["no_reply"]},
    "Jeroen's cases in the province of Utrecht with no reply past the termijn.",
    lambda g, v, cs: cs["owner"] == "Jeroen" and v["province"] == "Utrecht" and g in NR)
add("wat schreef Ljouwert op 22 april 2026?", "fact", {"gemeente": "Leeuwarden", "fact": "wrote", "date": "2026-04-22"},
    "What Leeuwarden (Frisian name Ljouwert) sent on 22 April 2026.", fact=("wrote", "Leeuwarden", "2026-04-22"))
add("wlke gemeenten in Lb hebbn te laat gereageerd", "list", {"province": "Limburg", "state": ["late"]},
    "Limburg cases that replied after the termijn.", lambda g, v, cs: v["province"] == "Limburg" and late(cs))
add("welke gemeenten in Zeeland wachten nog op een besluit over hun uitstelverzoek?", "list", {"province": "Zeeland", "state": ["extended"]},
    "Zeeland cases with an open extension request.", lambda g, v, cs: v["province"] == "Zeeland" and cs["extension_requested"])
add("wie heeft Hoorn NH in behandeling?", "fact", {"gemeente": "Hoorn", "fact": "owner"}, "Owner of Hoorn.", fact=("owner", "Hoorn"))
add("en wat was de termijn daar?", "fact", {"gemeente": "Hoorn", "fact": "termijn"}, "Follow-up: Hoorn's termijn.",
    fact=("termijn", "Hoorn"), after=[49072])
add("Achterhoek, wie heeft nog niet gereageerd?", "unknown", {"state": ["no_reply"]},
    "The Achterhoek has no border in the register; the state is understood.")
add("Cuijk welke trede?", "fact", {"gemeente": "Land van Cuijk", "fact": "trede"}, "Trede of Land van Cuijk (Cuijk merged into it).",
    fact=("trede", "Land van Cuijk"))

# ---------------- 49504 Roos, new behandelaar, full polite sentences ----------------
add("Goedemiddag, ik ben nieuw in het team. Hoe werkt deze bot eigenlijk?", "help", {}, "How the bot works.")
add("Zou u mij kunnen vertellen welke zaken aan mij zijn toegewezen?", "list", {"owner": "Roos"}, "Roos's cases.",
    lambda g, v, cs: cs["owner"] == "Roos")
add("Welke van mijn zaken hebben nog niet gereageerd terwijl de termijn verstreken is, en hoeveel zijn dat er?", "list",
    {"owner": "Roos", "state": ["no_reply"]}, "Roos's cases with no reply past the termijn (the list carries the count).",
    lambda g, v, cs: cs["owner"] == "Roos" and g in NR)
add("Kunt u mij vertellen wat er bij Oosterhout nog ontbreekt en wanneer zij verwachten klaar te zijn?", "status", {"gemeente": "Oosterhout"},
    "Two facts about Oosterhout at once; the status summary answers both.", fact=("status", "Oosterhout"))
add("Hoe wijs ik een zaak toe aan een collega?", "help", {}, "How to assign a case.")
add("Mag ik vragen welke gemeenten in Drenthe hun reactie te laat hebben ingestuurd?", "list", {"province": "Drenthe", "state": ["late"]},
    "Drenthe cases that replied after the termijn.", lambda g, v, cs: v["province"] == "Drenthe" and late(cs))
add("Welke gemeenten in Noord-Holland hebben op tijd gereageerd maar daarbij het tijdpad niet genoemd?", "list",
    {"province": "Noord-Holland", "state": ["on_time"], "missing": ["timeline"]},
    "Noord-Holland cases that replied on time but miss the timeline.",
    lambda g, v, cs: v["province"] == "Noord-Holland" and ontime(cs) and miss(cs, "timeline"))
add("Welke gemeenten verwachten in het eerste kwartaal van 2027 aan hun taak te voldoen?", "list",
    {"expected_after": "2026-12-31", "expected_before": "2027-04-01"}, "Cases whose expected date lies within Q1 2027.", None)
add("En welke in het tweede kwartaal van 2027?", "list", {"expected_after": "2027-03-31", "expected_before": "2027-07-01"},
    "Follow-up: expected date within Q2 2027.", None, after=[49083])
add("Kunt u mij zeggen welke redenen Westerveld opgeeft voor de vertraging?", "fact", {"gemeente": "Westerveld", "fact": "reasons"},
    "Westerveld's reasons.", fact=("reasons", "Westerveld"))
add("Welke gemeenten in Zuid-Holland hebben nog niet gereageerd en ook geen uitstel gevraagd?", "list",
    {"province": "Zuid-Holland", "state": ["no_reply"], "not_state": ["extended"]},
    "Zuid-Holland cases with no reply past the termijn and no extension request.",
    lambda g, v, cs: v["province"] == "Zuid-Holland" and g in NR and not cs["extension_requested"])
add("Hoeveel gemeenten noemen een lopende bezwaarprocedure als reden, en welke zijn dat?", "list", {"reason": "objection_procedure"},
    "Cases that give an objection procedure as a reason (the list carries the count).",
    lambda g, v, cs: "objection_procedure" in v["reasons"])
add("In welke trede bevindt de gemeente Coevorden zich op dit moment?", "fact", {"gemeente": "Coevorden", "fact": "trede"},
    "Coevorden's trede.", fact=("trede", "Coevorden"))
add("Zou u de telefoonnummers van de contactpersonen in Zeeland voor mij kunnen opzoeken?", "unknown", {"province": "Zeeland"},
    "Contact data (not possible); Zeeland understood.")
add("Welke gemeenten missen zowel de feiten als het tijdpad in hun reactie?", "list", {"missing": ["facts", "timeline"]},
    "Cases missing both facts and timeline.", lambda g, v, cs: miss(cs, "facts", "timeline"))
add("Welke gemeenten in Flevoland zijn nog niet aan een behandelaar gekoppeld?", "list", {"province": "Flevoland", "no_owner": True},
    "Flevoland cases without an owner.", lambda g, v, cs: v["province"] == "Flevoland" and cs["owner"] is None)
add("Welke zaken van Annelies hadden een termijn die in juni 2026 afliep?", "list",
    {"owner": "Annelies", "termijn_from": "2026-06-01", "termijn_to": "2026-06-30"}, "Annelies's cases with a termijn in June 2026.",
    lambda g, v, cs: cs["owner"] == "Annelies" and bool(cs["termijn"]) and "2026-06-01" <= cs["termijn"] <= "2026-06-30")
add("Kunt u mij vertellen wat de gemeente Gouda op 24 maart 2026 heeft gestuurd?", "fact", {"gemeente": "Gouda", "fact": "wrote", "date": "2026-03-24"},
    "What Gouda sent on 24 March 2026.", fact=("wrote", "Gouda", "2026-03-24"))
add("Voldoet de gemeente Bergen op Zoom inmiddels aan haar wettelijke taak?", "fact", {"gemeente": "Bergen op Zoom", "fact": "compliance"},
    "Whether Bergen op Zoom meets its task.", fact=("compliance", "Bergen op Zoom"))
add("Welke gemeenten hebben een verwachte datum opgegeven die inmiddels al verstreken is?", "list", {"expected_before": ON},
    "Cases whose expected date has passed by the asking day.", None)
add("Hoeveel zaken bevinden zich in trede 2, Limburg niet meegerekend?", "count", {"trede": 2, "not_province": "Limburg"},
    "Count trede-2 cases outside Limburg.", lambda g, v, cs: cs["trede"] == 2 and v["province"] != "Limburg")
add("Welke gemeenten noemen een bezwaarprocedure als reden en verwachten pas na 2027 klaar te zijn?", "list",
    {"reason": "objection_procedure", "expected_after": "2027-12-31"},
    "Cases citing an objection procedure whose expected date lies after 2027.", None)
add("Welke van mijn zaken zitten nog in trede 1, en hoeveel zijn het er?", "list", {"owner": "Roos", "trede": 1},
    "Roos's trede-1 cases (the list carries the count).", lambda g, v, cs: cs["owner"] == "Roos" and cs["trede"] == 1)
add("Welke gemeenten liggen er naast Wijchen?", "unknown", {"gemeente": "Wijchen"}, "Neighbours (not possible); Wijchen understood.")
add("Hartelijk dank voor uw hulp!", "help", {}, "Thanks.")

# ---------- expected-date windows: interval of status.expected_date ----------
import calendar
def interval(x):
    if not x: return None
    y = int(x[:4])
    if len(x) == 10: return x, x
    if x[5] == "Q":
        q = int(x[6]); m1, m2 = 3 * q - 2, 3 * q
    elif x[5] == "H":
        h = int(x[6]); m1, m2 = (1, 6) if h == 1 else (7, 12)
    else:
        m1 = m2 = int(x[5:7])
    return f"{y}-{m1:02d}-01", f"{y}-{m2:02d}-{calendar.monthrange(y, m2)[1]:02d}"
def exp_in(v, after=None, before=None):
    iv = interval(v["expected_date"])
    if iv is None: return False
    return (after is None or iv[0] > after) and (before is None or iv[1] < before)
WINDOW_PRED = {
    49014: lambda g, v, cs: exp_in(v, after="2027-08-31"),
    49050: lambda g, v, cs: cs["owner"] == "Annelies" and exp_in(v, before="2027-01-01"),
    49083: lambda g, v, cs: exp_in(v, after="2026-12-31", before="2027-04-01"),
    49084: lambda g, v, cs: exp_in(v, after="2027-03-31", before="2027-07-01"),
    49095: lambda g, v, cs: exp_in(v, before=ON),
    49097: lambda g, v, cs: "objection_procedure" in v["reasons"] and exp_in(v, after="2027-12-31"),
}

assert len(Q) == 100, len(Q)
out = []
for i, q in enumerate(Q):
    qid = 49001 + i
    staff = 49501 + i // 25
    pred = WINDOW_PRED.get(qid, q["pred"])
    if q["intent"] in ("list", "count"):
        assert pred is not None, qid
        gs = L(pred); cnt = len(gs); fact = None
    else:
        assert pred is None, qid
        gs = []; cnt = None; fact = None
        if q["fact"]:
            kind, g, *rest = q["fact"]
            assert g in S, g
            fact = f_status(g) if kind == "status" else f_wrote(g, rest[0]) if kind == "wrote" else FACTS[kind](g)
    for a in q["after"]:
        assert a < qid
    out.append(dict(id=qid, q=q["q"], intent=q["intent"], filters=q["filters"], expected_gemeenten=gs, count=cnt,
                    after=q["after"], as_staff=staff, on=ON, meaning=q["meaning"], expected_fact=fact))
with open("questions49_with_expected_sets.jsonl", "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
for o in out:
    print(o["id"], o["as_staff"], o["intent"], o["count"], o["q"][:60], "|", json.dumps(o["expected_fact"], ensure_ascii=False)[:90] if o["expected_fact"] is not None else (o["expected_gemeenten"][:6] if o["count"] is not None else ""))
