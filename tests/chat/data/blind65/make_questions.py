#!/usr/bin/env python3
"""Write questions65_with_expected_sets.jsonl: 4 personas x 25 questions, labelled from the dumped register."""
import json
import engine as E

ON = "2030-01-22"
ELIF, GERARD, SUSAN, TIES = 65501, 65502, 65503, 65504
NH, ZH, NB, GLD, OV, LB, ZL = "Noord-Holland", "Zuid-Holland", "Noord-Brabant", "Gelderland", "Overijssel", "Limburg", "Zeeland"
NOORD = ["Drenthe", "Friesland", "Groningen"]

Q = []  # (id, q, intent, filters, after, as_staff, meaning, extra)


def add(i, q, intent, filters, meaning, after=(), fact_value=None):
    Q.append(dict(id=i, q=q, intent=intent, filters=filters, after=list(after), meaning=meaning, fact_value=fact_value))


# ---------------------------------------------------------------- persona 1: expat colleague (Susan), English/Dutch mix
P1 = SUSAN
add(65001, "Which gemeenten in Utrecht have not responded yet?", "list",
    {"province": "Utrecht", "state": ["no_reply"]}, "cases in the province Utrecht whose termijn passed without a reply")
add(65002, "and how many of those are on step 2?", "count",
    {"province": "Utrecht", "state": ["no_reply"], "trede": 2}, "count of the previous list on trede 2", after=[65001])
add(65003, "Show me my cases please", "list", {"owner": "Susan"}, "cases owned by the asker (Susan)")
add(65004, "which of mine are overdue, so nog geen reactie?", "list", {"owner": "Susan", "state": ["no_reply"]},
    "Susan's cases without a reply after the termijn", after=[65003])
add(65005, "How many gemeenten in Limburg voldoen niet aan hun taak?", "count",
    {"province": LB, "compliance": "voldoet_niet"}, "count of Limburg cases with compliance voldoet_niet")
add(65006, "What's the verwachte datum for Zaanstad?", "fact", {"gemeente": "Zaanstad", "fact": "expected"},
    "expected date of Zaanstad")
add(65007, "and how many plekken have they realised so far?", "fact", {"gemeente": "Zaanstad", "fact": "places"},
    "places of Zaanstad (follow-up on the same municipality)", after=[65006])
add(65008, "Who is the behandelaar for Arnhem?", "fact", {"gemeente": "Arnhem", "fact": "owner"}, "owner of Arnhem")
add(65009, "List the gemeenten in Noord-Holland that replied late", "list", {"province": NH, "state": ["late"]},
    "Noord-Holland cases that answered after the termijn")
add(65010, "Which gemeenten asked for uitstel?", "list", {"state": ["extended"]},
    "cases with an extension request")
add(65011, "Are there any cases where the brief came back onbestelbaar?", "list", {"letter_undelivered": True},
    "cases whose latest letter bounced")
add(65012, "Which gemeenten in Gelderland are missing the tijdpad?", "list",
    {"province": GLD, "missing": ["timeline"]}, "Gelderland cases missing the timeline")
add(65013, "status of Nijmegen please", "status", {"gemeente": "Nijmegen"}, "the case of Nijmegen")
add(65014, "did Heerlen reply on time?", "fact", {"gemeente": "Heerlen", "fact": "reply"},
    "Heerlen's reply date and whether it was on time")
add(65015, "what reasons did Sluis give?", "fact", {"gemeente": "Sluis", "fact": "reasons"}, "reasons stated by Sluis")
add(65016, "can you send a herinnering to Texel for me?", "unknown", {"gemeente": "Texel"},
    "asks the bot to send a reminder mail: the bot cannot send mail; Texel understood")
add(65017, "Could you tell me which gemeenten expect to be klaar before Q2 2027?", "list",
    {"expected_before": "2027-04-01"}, "expected date ends before 1 April 2027 (polite opening, not a request to act)")
add(65018, "which municipalities are on trede 3?", "list", {"trede": 3}, "cases on trede 3")
add(65019, "hoeveel cases zonder behandelaar?", "count", {"no_owner": True}, "count of cases without owner")
add(65020, "Give me the overview chart", "overview", {}, "the overview chart (/overzicht)")
add(65021, "in Twente, which ones haven't answered?", "unknown", {"state": ["no_reply"]},
    "Twente has no border in the register: unknown, with the no_reply slot kept")
add(65022, "How many gemeenten in the north mention bezwaar as a reason?", "count",
    {"province": NOORD, "reason": "objection_procedure"}, "count of Noord-Nederland cases with reason objection_procedure")
add(65023, "which gemeenten with a termijn in June 2026 replied op tijd?", "list",
    {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30", "state": ["on_time"]},
    "termijn in June 2026 and answered on time")
add(65024, "and which ones replied te laat?", "list",
    {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30", "state": ["late"]},
    "same termijn window, answered late (context decides: a late reply, not no reply)", after=[65023])
add(65025, "Thanks, super helpful!", "help", {}, "thanks")

# ---------------------------------------------------------------- persona 2: team lead (Elif), compound and negated
add(65026, "Welke Gelderse gemeenten zitten zonder tijdpad of zonder stappen?", "list",
    {"province": GLD, "missing_any": ["steps", "timeline"]},
    "Gelderland cases missing the timeline OR the steps (either one; a union, not both)")
add(65027, "Hoeveel zaken staan er niet in Brabant en niet op trede 1?", "count",
    {"not_province": NB, "not_trede": 1}, "count of cases outside Noord-Brabant and not on trede 1")
add(65028, "Geef me alle gemeenten zonder reactie, behalve die van Gerard.", "list",
    {"state": ["no_reply"], "not_owner": "Gerard"}, "no_reply cases not owned by Gerard (cases without owner included)")
add(65029, "Welke gemeenten in Zeeland of Limburg voldoen niet?", "list",
    {"province": [LB, ZL], "compliance": "voldoet_niet"}, "voldoet_niet in Limburg or Zeeland")
add(65030, "Hoeveel gemeenten hebben te laat gereageerd en waren daarbij ook nog onvolledig?", "count",
    {"state": ["incomplete", "late"]}, "count answered late and state answered_incomplete")
add(65031, "Welke zaken in Zuid-Holland staan op trede 2 en hebben nog geen behandelaar?", "list",
    {"province": ZH, "trede": 2, "no_owner": True}, "ZH, trede 2, no owner")
add(65032, "Welke gemeenten in Overijssel hebben gereageerd, uitgezonderd de gemeenten die te laat waren?", "list",
    {"province": OV, "state": ["answered"], "not_state": ["late"]}, "Overijssel, answered, not late")
add(65033, "Hoeveel gemeenten zonder reactie zijn er, excl. uitstelverzoeken?", "count",
    {"state": ["no_reply"], "not_state": ["extended"]}, "count no_reply, leaving out extension requests")
add(65034, "Welke zaken op trede 2 voldoen niet, Limburg niet meegerekend en Noord-Holland ook niet?", "list",
    {"trede": 2, "compliance": "voldoet_niet", "not_province": [LB, NH]}, "trede 2, voldoet_niet, not in Limburg or Noord-Holland")
add(65035, "Welke gemeenten noemen een bezwaarprocedure als reden en hebben nog geen tijdpad gegeven?", "list",
    {"reason": "objection_procedure", "missing": ["timeline"]}, "reason objection_procedure and timeline missing")
add(65036, "Wie van het team heeft Kerkrade?", "fact", {"gemeente": "Kerkrade", "fact": "owner"}, "owner of Kerkrade")
add(65037, "Staat Goeree-Overflakkee nog op trede 2 of al op 3?", "fact",
    {"gemeente": "Goeree-Overflakkee", "fact": "trede"}, "trede of Goeree-Overflakkee")
add(65038, "Hoe staat het met Midden-Drenthe?", "status", {"gemeente": "Midden-Drenthe"}, "the case of Midden-Drenthe")
add(65039, "Zet Almelo op trede 3.", "unknown", {"gemeente": "Almelo"},
    "changing the trede by question is not possible (only /trede with a confirm button); Almelo understood")
add(65040, "Welke gemeenten liggen naast Zeist en hebben niet gereageerd?", "unknown",
    {"gemeente": "Zeist", "state": ["no_reply"]}, "neighbours: unknown; Zeist and the no_reply slot understood")
add(65041, "Welke gemeenten in de Randstad hebben niet gereageerd?", "clarify", {"state": ["no_reply"]},
    "de Randstad has no fixed border: asked back")
add(65042, "Hoeveel gemeenten in het noorden hebben nog niet gereageerd en nog geen uitstel gevraagd?", "count",
    {"province": NOORD, "state": ["no_reply"], "not_state": ["extended"]}, "Noord-Nederland, no_reply, no extension asked")
add(65043, "Welke gemeenten verwachten pas na de zomer van 2027 klaar te zijn, maar niet die in Gelderland of Overijssel?",
    "list", {"expected_after": "2027-08-31", "not_province": [GLD, OV]},
    "expected date starting after 31 Aug 2027, outside Gelderland and Overijssel")
add(65044, "Welke zaken van Ties hebben een onvolledige reactie?", "list", {"owner": "Ties", "state": ["incomplete"]},
    "Ties's cases whose state is answered_incomplete")
add(65045, "Welke gemeenten missen alle drie de elementen?", "list", {"missing": ["facts", "steps", "timeline"]},
    "cases missing facts, steps and timeline")
add(65046, "Hoeveel gemeenten voldoen gedeeltelijk, niet in Noord-Holland en niet in Zuid-Holland?", "count",
    {"compliance": "voldoet_gedeeltelijk", "not_province": [NH, ZH]}, "voldoet_gedeeltelijk outside NH and ZH")
add(65047, "Vergelijk Limburg met Zeeland qua aantal reacties.", "unknown", {"province": [LB, ZL]},
    "comparisons are not possible; the two provinces understood")
add(65048, "Welke gemeenten met een termijn vóór 1 juni 2026 hebben nog steeds niet gereageerd, behalve Arnhem en Enschede?",
    "list", {"termijn_to": "2026-05-31", "state": ["no_reply"], "not_gemeente": ["Arnhem", "Enschede"]},
    "termijn up to 31 May 2026, no_reply, Arnhem and Enschede left out")
add(65049, "Hoe wijs ik een zaak toe aan Gerard?", "help", {}, "how to assign (/toewijzen)")
add(65050, "Welke zaken hebben geen behandelaar en hebben uitstel gevraagd?", "list",
    {"no_owner": True, "state": ["extended"]}, "no owner and extension requested")

# ---------------------------------------------------------------- persona 3: intern (Ties), towns / former / informal names
add(65051, "Hoe staat Den Bosch ervoor?", "status", {"gemeente": "'s-Hertogenbosch"}, "Den Bosch = 's-Hertogenbosch")
add(65052, "wat is de stand van zaken in Sneek?", "status", {"gemeente": "Súdwest-Fryslân"},
    "Sneek is a town in Súdwest-Fryslân")
add(65053, "Heeft Bedum al gereageerd?", "fact", {"gemeente": "Het Hogeland", "fact": "reply"},
    "Bedum merged into Het Hogeland (2019): its reply")
add(65054, "Hoeveel opvangplekken heeft Hengelo?", "fact", {"gemeente": "Hengelo (O.)", "fact": "places"},
    "Hengelo = Hengelo (O.): places")
add(65055, "Wie is de behandelaar van Haarlemmerliede?", "fact", {"gemeente": "Haarlemmermeer", "fact": "owner"},
    "Haarlemmerliede en Spaarnwoude merged into Haarlemmermeer (2019): owner")
add(65056, "Wat ontbreekt er nog bij Leeuwarderadeel?", "fact", {"gemeente": "Leeuwarden", "fact": "missing"},
    "Leeuwarderadeel merged into Leeuwarden (2018): missing elements")
add(65057, "Wanneer verwacht Delfzijl klaar te zijn?", "fact", {"gemeente": "Eemsdelta", "fact": "expected"},
    "Delfzijl merged into Eemsdelta (2021): expected date")
add(65058, "Hoeveel plekken heeft Winschoten in voorbereiding?", "fact", {"gemeente": "Oldambt", "fact": "places"},
    "Winschoten is a town in Oldambt: places (planned asked)")
add(65059, "Op welke trede staat Uden?", "fact", {"gemeente": "Maashorst", "fact": "trede"},
    "Uden merged into Maashorst (2022): trede")
add(65060, "en Heerhugowaard?", "fact", {"gemeente": "Dijk en Waard", "fact": "trede"},
    "same fact for Heerhugowaard = Dijk en Waard", after=[65059])
add(65061, "Voldoet Beemster aan haar wettelijke taak?", "fact", {"gemeente": "Purmerend", "fact": "compliance"},
    "Beemster merged into Purmerend (2022): compliance")
add(65062, "Hoe zit het met Bergen?", "clarify", {}, "Bergen: Bergen (L.) or Bergen (NH.), asked back")
add(65063, "Bergen in Limburg bedoel ik", "status", {"gemeente": "Bergen (L.)"}, "the case of Bergen (L.)", after=[65062])
add(65064, "Wat was de termijn van Schinnen?", "fact", {"gemeente": "Beekdaelen", "fact": "termijn"},
    "Schinnen merged into Beekdaelen (2019): termijn")
add(65065, "Welke redenen geeft Hoogezand op?", "fact", {"gemeente": "Midden-Groningen", "fact": "reasons"},
    "Hoogezand is a town in Midden-Groningen: reasons")
add(65066, "Wat is de status van Den Haag?", "status", {"gemeente": "'s-Gravenhage"},
    "Den Haag = 's-Gravenhage, which has no case: the answer must say so")
add(65067, "Welke gemeenten in Fryslân hebben nog niet gereageerd?", "list",
    {"province": "Friesland", "state": ["no_reply"]}, "Fryslân = province Friesland; no_reply")
add(65068, "Hoeveel zaken zijn er in Brabant?", "count", {"province": NB}, "count of cases in Noord-Brabant")
add(65069, "Wanneer denkt Sittard klaar te zijn?", "fact", {"gemeente": "Sittard-Geleen", "fact": "expected"},
    "Sittard = Sittard-Geleen: expected date")
add(65070, "Hoe staat Haaren ervoor?", "clarify", {},
    "Haaren was split (2021) over Boxtel, Oisterwijk, Tilburg and Vught: the choices are listed")
add(65071, "Hoe staat het met Utrecht?", "clarify", {}, "Utrecht: the municipality or the province, asked back")
add(65072, "Wat schreef Appingedam op 29 april 2026?", "fact",
    {"gemeente": "Eemsdelta", "fact": "wrote", "date": "2026-04-29"},
    "Appingedam merged into Eemsdelta (2021): the message(s) received that day")
add(65073, "hoe werkt deze bot eigenlijk?", "help", {}, "how does the bot work")
add(65074, "Kun je me het telefoonnummer van de gemeente in Sneek geven?", "unknown", {"gemeente": "Súdwest-Fryslân"},
    "contact data: unknown; Sneek = Súdwest-Fryslân understood")
add(65075, "Welke gemeenten in Groningen hebben een onvolledige reactie gestuurd?", "list",
    {"province": "Groningen", "state": ["incomplete"]}, "plural 'gemeenten in Groningen' = province; state answered_incomplete")

# ---------------------------------------------------------------- persona 4: secretary (Gerard), chained follow-ups
add(65076, "Welke zaken heeft Ties?", "list", {"owner": "Ties"}, "Ties's cases")
add(65077, "en die van Susan?", "list", {"owner": "Susan"}, "Susan's cases", after=[65076])
add(65078, "hoeveel zijn dat?", "count", {"owner": "Susan"}, "count of Susan's cases", after=[65076, 65077])
add(65079, "en daarvan zonder reactie?", "list", {"owner": "Susan", "state": ["no_reply"]},
    "Susan's cases without reply after the termijn", after=[65076, 65077, 65078])
add(65080, "en in Limburg?", "list", {"owner": "Susan", "state": ["no_reply"], "province": LB},
    "the same, in Limburg", after=[65076, 65077, 65078, 65079])
add(65081, "Hoe staat Almelo ervoor?", "status", {"gemeente": "Almelo"}, "the case of Almelo")
add(65082, "wie heeft die?", "fact", {"gemeente": "Almelo", "fact": "owner"}, "owner of Almelo", after=[65081])
add(65083, "en wat ontbreekt daar?", "fact", {"gemeente": "Almelo", "fact": "missing"}, "missing elements of Almelo",
    after=[65081, 65082])
add(65084, "en wanneer was de termijn?", "fact", {"gemeente": "Almelo", "fact": "termijn"}, "termijn of Almelo",
    after=[65081, 65082, 65083])
add(65085, "Welke gemeenten in Gelderland voldoen niet?", "list", {"province": GLD, "compliance": "voldoet_niet"},
    "Gelderland, voldoet_niet")
add(65086, "en in Overijssel?", "list", {"province": OV, "compliance": "voldoet_niet"}, "the same in Overijssel",
    after=[65085])
add(65087, "hoeveel zijn dat?", "count", {"province": OV, "compliance": "voldoet_niet"}, "count of the previous list",
    after=[65085, 65086])
add(65088, "en welke daarvan hebben nog niet gereageerd?", "list",
    {"province": OV, "compliance": "voldoet_niet", "state": ["no_reply"]}, "narrowed to no_reply",
    after=[65085, 65086, 65087])
add(65089, "Welke zaken hebben uitstel gevraagd?", "list", {"state": ["extended"]}, "extension requested")
add(65090, "en welke daarvan zijn van Susan?", "list", {"state": ["extended"], "owner": "Susan"},
    "narrowed to Susan's", after=[65089])
add(65091, "en hoeveel hebben er helemaal geen behandelaar?", "count", {"state": ["extended"], "no_owner": True},
    "extension requested and no owner (replaces the owner slot)", after=[65089, 65090])
add(65092, "Welke gemeenten in Noord-Holland hebben onvolledig gereageerd?", "list",
    {"province": NH, "state": ["incomplete"]}, "NH, state answered_incomplete")
add(65093, "en in Zuid-Holland?", "list", {"province": ZH, "state": ["incomplete"]}, "the same in ZH", after=[65092])
add(65094, "kun je die lijst naar Excel exporteren?", "unknown", {"province": ZH, "state": ["incomplete"]},
    "export is not possible; the list it is about is kept", after=[65092, 65093])
add(65095, "wat ontbreekt bij Capelle aan den IJssel?", "fact", {"gemeente": "Capelle aan den IJssel", "fact": "missing"},
    "missing elements of Capelle aan den IJssel")
add(65096, "en bij Hulst?", "fact", {"gemeente": "Hulst", "fact": "missing"}, "missing elements of Hulst", after=[65095])
add(65097, "Wat is de termijn van Texel?", "fact", {"gemeente": "Texel", "fact": "termijn"}, "termijn of Texel")
add(65098, "en heeft die al gereageerd?", "fact", {"gemeente": "Texel", "fact": "reply"},
    "Texel's reply: none (only a meldplicht notice), termijn passed", after=[65097])
add(65099, "dank je wel!", "help", {}, "thanks")
add(65100, "mag ik het overzicht?", "overview", {}, "the overview chart")

STAFF = {0: SUSAN, 1: ELIF, 2: TIES, 3: GERARD}
CLARIFY = {
    65041: {"asks_back": "de Randstad heeft geen vaste grens in het register: welke provincies?"},
    65062: {"choices": ["Bergen (L.)", "Bergen (NH.)"]},
    65070: {"choices": ["Boxtel", "Oisterwijk", "Tilburg", "Vught"]},
    65071: {"choices": ["gemeente Utrecht", "provincie Utrecht"]},
}


def expected_fact(x):
    f, it = x["filters"], x["intent"]
    if it == "fact":
        return E.fact(f["gemeente"], f["fact"], f.get("date"))
    if it == "status":
        return E.status_summary(f["gemeente"])
    if it == "clarify":
        return CLARIFY[x["id"]]
    if it == "overview":
        return {"cases": len(E.CASES), "no_reply": len(E.NO_REPLY)}
    if it == "help":
        return "help: the commands / how the bot works (assigning: /toewijzen <gemeente> <behandelaar>)" \
            if x["id"] == 65049 else "help: a friendly reply with what the bot can do"
    if it == "unknown":
        return "not possible: " + x["meaning"]
    return None


def main():
    assert len(Q) == 100 and [x["id"] for x in Q] == list(range(65001, 65101))
    ids = {x["id"] for x in Q}
    with open("questions65_with_expected_sets.jsonl", "w", encoding="utf-8") as out:
        for n, x in enumerate(Q):
            assert all(a in ids and a < x["id"] for a in x["after"])
            listy = x["intent"] in ("list", "count")
            gs = E.select(x["filters"]) if listy else []
            if x["intent"] in ("fact", "status"):
                assert x["filters"]["gemeente"] in E.BY_NAME
            rec = {"id": x["id"], "q": x["q"], "intent": x["intent"], "filters": x["filters"],
                   "expected_gemeenten": gs, "count": len(gs) if listy else None, "after": x["after"],
                   "as_staff": STAFF[n // 25], "on": ON, "meaning": x["meaning"], "expected_fact": expected_fact(x)}
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote 100 questions")


if __name__ == "__main__":
    main()
