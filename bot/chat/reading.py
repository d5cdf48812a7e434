"""Reading: a plain-Dutch question (typed, terse, with typos or voice-typed) → a Query.

Steps: fold case and accents; find municipality names (official, alias, former, woonplaats; longest
n-gram first) and province words; correct typos of vocabulary words (rapidfuzz against the words of
bot/chat/data/vocab.json, `lexicon`); match the vocabulary phrases with a spaCy PhraseMatcher on a blank Dutch
pipeline (longest match wins); read periods (`windows`), trede numbers and staff names; decide the intent.
A follow-up ("en Heerlen?", "en wat ontbreekt daar?") borrows the subject or the filters of the previous query.
"""
from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from rapidfuzz import fuzz

from bot.chat import lexicon, names, windows
from bot.chat.cleaning import PUNCT, clean
from bot.chat.query import Option, Query
from parsers.gemeenten import load_directory, normalise

MAX_NGRAM = 5
# single words that are both a municipality and an everyday Dutch word: a name only when capitalised
EVERYDAY = frozenset({"best", "buren", "putten", "beek", "goes", "stein", "echt", "laren", "sluis", "leek"})
EVERYDAY_ALWAYS_WORD = frozenset({"best", "echt", "goes", "buren", "putten", "beek"})
_LOCK = threading.Lock()


@dataclass
class Staff:
    id: int
    name: str


# --- words that say what a question is about -----------------------------------------------------

# a day said with the termijn, a reply or what runs out: "welke termijnen verlopen morgen", "wie moet vandaag reageren"
_ABOUT_A_DAY_DUE = re.compile(r"\b(?:termijn\w*|deadline\w*|verlo\w*|aflo\w*|loopt|lopen|reag\w*|reactie\w*|"
                              r"antwoord\w*|uiterlijk|binnen|moet|moeten|verwacht\w*|nodig)\b")
# "zoek op zaaknummer 2614307": the kind of number is no part of what to find
_NUMBER_KIND = re.compile(r"^(het\s+|de\s+)?(zaaknummer|referentie|referentienummer|kenmerk|nummer|ref)\s+(?=\S*\d)",
                          re.I)
# the reply in one clause: its verb, a negation of it, and when it came relative to the termijn
_REPLY_CLAUSE_VERB = re.compile(r"\b(?:gereageerd|geantwoord|beantwoord|reageerden|reageerde|antwoordden|ingestuurd|"
                                r"ingediend|teruggeschreven|reageren|antwoorden|stuurden|stuurde|verstuurd|verstuurden)\b")
# "wel een reactie op onze brief hebben gestuurd": a reply sent, said of the reply itself
_SENT_REPLY = re.compile(r"\b(?:reactie|antwoord)\b(?:\s+\w+){0,5}?\s+(?:gestuurd|opgestuurd|toegestuurd|ingestuurd|"
                         r"ontvangen|binnengekomen)\b")
# "een verwachte datum die al verstreken is": the expected moment lies before the day asked
_EXPECTED_PASSED = re.compile(r"\bverwacht\w*\s+(?:\w+\s+)?(?:datum|moment|einddatum|opleverdatum)\b.{0,70}?"
                              r"\b(?:verstreken|voorbij|verlopen|gepasseerd|overschreden|in het verleden|al geweest|"
                              r"achter (?:ons|de rug))\b|"
                              # "hadden volgens hun eigen planning al klaar moeten zijn": their own date has gone by
                              r"\bhadden\b.{0,50}?\b(?:al\s+)?(?:klaar|gereed|rond)\s+moeten\s+zijn\b|"
                              r"\bhadden\b.{0,50}?\bal\s+(?:aan de taak\s+)?moeten\s+voldoen\b")
# "hoeveel daarvan kwamen na het verstrijken van de termijn binnen": replies that came in, the verb split
_CAME_IN = re.compile(r"\b(?:kwam|kwamen)\b(?=[^,;?!]*\bbinnen\b)")
_REPLY_NOUN = re.compile(r"\b(?:reactie|reacties|antwoord|antwoorden)\b")
_RECEIVED = re.compile(r"\b(?:ontvangen|binnengekomen|binnen gekomen|binnengekregen|gestuurd|opgestuurd|toegestuurd|ingediend|"
                       r"binnen\s+(?:is|zijn|was|waren))\b")  # ("waarvan de reactie weliswaar binnen is")
# (not across "maar wel": "geen eigenaar maar wel een reactie" has a reply)
_REPLY_NEGATED = re.compile(r"\b(?:niet|geen|nooit)\b(?! (?:volledig|compleet|geheel|helemaal)\b)(?: (?!maar\b|wel\b)\w+){0,5} $|"
                            r"^ (?:niet|nooit)\b|\bzonder te $")
_REPLY_LATE = re.compile(r"\bna (?:afloop|het verstrijken|het verlopen|het einde) van (?:de|die|deze|hun) (?:\w+ )?termijn\b|"
                         # "pas gedaan nadat de termijn van drie weken was verstreken"
                         r"\bnadat (?:de|die|deze|hun) (?:\w+ )?termijn\b(?:\s+\w+){0,4}?\s+(?:was|waren|is)\s+"
                         r"(?:verstreken|verlopen|voorbij|om)\b|"
                         r"\bna (?:die|deze|de uiterste) (?:datum|deadline)\b|"
                         r"\bna de (?:\w+ )?termijn\b|\bbuiten de (?:\w+ )?termijn\b|\bte laat\b|\bniet (?:op tijd|tijdig)\b|"
                         r"\bniet binnen de (?:\w+ )?termijn\b")  # "wel gereageerd, doch niet binnen de termijn"
_REPLY_ON_TIME = re.compile(r"\bbinnen de (?:\w+ )?termijn\b|\bbinnen (?:de )?(?:drie|3) weken\b|\bop tijd\b|\btijdig\b")
_ABOUT_CASES = re.compile(r"\b(?:gemeenten|gemeentes|gemeente|zaken|zaak|dossiers|dossier|brieven|brief|reacties|"
                          r"reactie|meldingen|termijnen|plekken|plaatsen|trede|treden)\b")
_STILL_OPEN = re.compile(r"\book als (?:de|hun|haar|die) (?:\w+ )?termijn nog niet (?:is )?(?:verlopen|voorbij|verstreken|om)\b|"
                         r"\b(?:ongeacht|los van|onafhankelijk van)\s+(?:\w+\s+){0,4}?(?:de|hun|haar)\s+termijn\b")
# "wachten nog op een besluit van de gemeenteraad": waiting for someone else's act, not for the reply
_WAITING_FOR_OTHER = re.compile(r"\bwacht(?:en)?\s+(?:\w+\s+){0,2}?op\s+(?:een|het|de)\s+(?:besluit|raad|gemeenteraad|"
                                r"raadsbesluit|collegebesluit|raadsvergadering|"
                                r"coa|vergunning|uitspraak|rechter|provincie|oplevering|bouw)\b")
# "kun je een mail sturen naar Almere": an action the bot does not take
_ACTION_REQUEST = re.compile(r"\b(?:kun|kunt|kan|kunnen|wil|wilt|willen|zou|zoudt|zouden)\s+(?:je|jij|u|jullie|de|het systeem|ik)\b"
                             r".{0,90}?\b(?:(?:een|de)\s+"
                             r"(?:mail|e-mail|brief|herinnering|herinneringsmail|herinneringsbrief|reminder|"
                             r"rappel|aanmaning|vooraankondiging|aanschrijving)\b.{0,40}\b(?:sturen|versturen|verzenden|laten uitgaan|"
                             r"doen uitgaan|uitgaan)|mailen|"
                             r"bellen|herinneren|"
                             r"(?:sturen|versturen|doorsturen)\s+naar)\b|^(?:mail|bel)\s+(?!me\b|mij\b)|"
                             r"\bnaar\s+(?:mijn|m'n|je|jouw|het|ons)\s+(?:mail|e-mail|mailadres|e-mailadres|adres|inbox)\b|"
                             # "can you send een reminder mail naar Breda?"; contact data the register does not hold
                             r"\b(?:can|could) you\b(?!\s+(?:please\s+)?(?:tell|show|give|list|check)\b)|"
                             r"\b(?:send|stuur|verstuur)\b.{0,30}\b(?:reminder|herinnering|mail)\b|"
                             # "... namens mij een herinneringsbrief willen sturen?"
                             r"\b(?:herinneringsbrief|herinneringsmail|herinnering|reminder|rappel|aanmaning)\w*\s+"
                             r"(?:\w+\s+){0,2}?(?:sturen|versturen|verzenden)\b|"
                             # "dit overzicht naar Excel exporteren": files the chat does not make
                             r"\b(?:exporteren|exporteer|export|excel|csv|spreadsheet|downloaden|afdrukken|printen)\b|"
                             r"\b(?:staaf|taart|lijn|cirkel)?diagram\w*|\bchart\b|"  # a chart the chat does not draw
                             r"\b(?:t[e]?l[e]?foonn?umm?ers?|t[e]?l[e]?foon|e-?mailadres|mailadres|contactgegevens|contactpersoon|phone|"
                             r"call them|email address|telnr|telefoonnr|tel\.?\s*(?:nr|nummer))\b|"
                             # "Kan de trede van Tiel worden verhoogd naar trede 3?": a change asked in the passive
                             r"\b(?:kan|kunnen|mag|moet)\b.{0,60}?\bworden\s+(?:verhoogd|verlaagd|aangepast|gewijzigd|"
                             r"opgeschaald|afgeschaald|veranderd)\b|"
                             # "Zou je de trede van Breda naar 3 kunnen zetten?": changes the commands make
                             r"\b(?:kun|kunt|kan|zou|wil|wilt)\s+(?:je|jij|u|de bot)\b.{0,60}?\b(?:zetten|verhogen|verlagen|"
                             r"wijzigen|aanpassen|veranderen|ophogen)\b|"
                             # "Kan ik Almere via jou naar trede 3 laten opschalen?": the trede is set by /trede
                             r"\bnaar\s+trede\s+\w+\b.{0,30}?\b(?:opschalen|afschalen|zetten|verhogen|ophogen|brengen)\b|"
                             # "de buurgemeenten van Enschede": neighbours, which the register does not know
                             r"\bbuurgemeenten?\b|\bomliggende gemeenten\b|\bburen van\b|\bgemeenten?\s+(?:naast|rondom|rond|grenzend aan)\s|"
                             r"\b(?:liggen|ligt|grenzen|grenst)\b(?:\s+\w+){0,3}?\s+(?:naast|tegen|rondom)\b|"
                             r"\b(?:grenzen|grenst)\s+aan\b|"
                             r"\b(?:lie|lies)\s+naast\b|\bneighbou?r(?:s|ing)?\b|\bbordering\b|"
                             # "compare Gelderland and Overijssel", "vergelijk de provincies": a comparison
                             r"\b(?:compare|vergelijk|vergelijken|vergelijking)\b")
# "Klopt het dat 60 gemeenten ...", "Kunt u bevestigen dat zestien gemeenten ...", "... dat er maar één gemeente is die":
# a number to be confirmed is a count
_NUMBER_CHECKED = re.compile(r"\b(?:klopt het|is het (?:waar|juist)|kunt u bevestigen|kun je bevestigen|bevestig)\s+dat\s+"
                             r"(?:er\s+)?(?:(?:in|binnen|bij)\s+(?:[a-z-]+\s+){1,3}?)?(?:maar\s+|slechts\s+|nog\s+)?(?:\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|"
                             r"elf|twaalf|[a-z]+tien|[a-z]+tig)\s+(?:gemeenten|gemeentes|gemeente|zaken|zaak)\b")
# "verwacht (volledig) aan de taakstelling te voldoen": the task named as what is met, not its places asked
_WHEN_TASK_MET = re.compile(r"\b(?:verwacht\w*|denk\w*|hoop\w*|gaat|gaan|zal|zullen)\b(?:\s+\S+){0,6}?\s+aan\s+"
                            r"(?:de|haar|zijn|hun)\s+(?:wettelijke\s+)?(?:taak|taakstelling|opgave)\s+(?:te\s+)?voldoen\b")
# the words of a request to act, the cases it names aside: "kunt u ... namens de minister ... laten uitgaan naar"
_REQUEST_WORDS = re.compile(r"\b(?:kun|kunt|kan|kunnen|wil|wilt|willen|zou|zouden)\s+(?:je|jij|u|jullie)\b|"
                            r"\bnamens\s+(?:de\s+|het\s+)?\w+\b|\b(?:laten\s+)?(?:sturen|versturen|verzenden|uitgaan)\b|"
                            r"\bnaar\s+(?=alle\b)|"
                            # "... als Excel-bestand mailen? Dan kan ik die doorsturen naar NRC.": the file and its errand
                            r"\b(?:als\s+)?(?:een\s+)?(?:excel|csv|pdf)(?:\s*-?\s*(?:bestand|sheet|lijst))?\b|"
                            r"\b(?:mailen|e-mailen|doorsturen|exporteren)\b|\bdan\s+kan\s+ik\b.*$")
# "zet Kerkrade op trede vier", "stuur Lochem de brief nog een keer", "stel een conceptbrief op": orders the bot does
# not carry out from plain text (the commands do, /trede, /toewijzen)
# what an order would send out: "een herinneringsmail", "de brief", "een rappel"
_SENT = r"(?:brief\w*|herinnering\w*|\w*mail|e-mail|rappel|aanmaning|vooraankondiging|aanschrijving)"
_ORDER = re.compile(r"^(?:zet|verhoog|verlaag|wijzig|verander)\s+(?!me\b|mij\b|ons\b)"
                    r"|^(?:stuur|verstuur|schrijf)\s+.{0,90}?\b" + _SENT + r"\b"
                    r"|\bconcept\s?brief\b|(?:brief|mail|e-mail|herinnering)\b.{0,40}\b(?:opstellen|schrijven|"
                    r"opnieuw (?:sturen|versturen)|nog een keer (?:sturen|versturen))\b"
                    # "Stel een vooraankondiging op voor Lelystad": a letter the team writes itself
                    r"|^stel\s+(?:\w+\s+){0,3}?(?:vooraankondiging|brief|aanschrijving|concept)\w*\b"
                    r"|\b(?:vooraankondiging|aanschrijving)\w*\b.{0,40}\b(?:opstellen|op te stellen|schrijven|maken)\b"
                    # "welke gemeenten hebben een zienswijze ingediend op de vooraankondiging": not in the register
                    r"|\bzienswijzen?\b.{0,60}\b(?:vooraankondiging|voornemen|indeplaatsstelling)\b")
_SENT_THING = re.compile(r"^(?:stuur|verstuur|schrijf)\b|\b(?:een|de|het)?\s*" + _SENT + r"\b")
# "hoe wijs ik een zaak aan mezelf toe?", "hoe zet ik een herinnering": how to work the bot, which help tells
_HOW_TO = re.compile(r"\bhoe\s+(?:kan|moet|wijs|zet|voeg|doe|geef|stel|krijg|maak|wijzig|verander|pas|verhoog|verlaag|"
                     r"vind|zie|gebruik|registreer|sluit|open)\s+(?:ik|je|jij|we|wij)\b|"
                     # "wat betekent trede eigenlijk?": a word of the work explained, which help does
                     r"^\W*(?:sorry\s+)?wat\s+(?:betekent|betekenen|is|zijn)\s+(?:een\s+|de\s+|het\s+)?(?:trede|termijn|"
                     r"meldplicht|interventieladder|peildatum|behandelaar|realisatie|amv)\w*(?:\s+\d)?"
                     r"(?:\s+(?:eigenlijk|precies|nou|nu|ook alweer))?\W*$")
# "welke provincie heeft de meeste ...", "de top 5", "meer ... dan in Overijssel": rankings and comparisons
# "voor mij" in a request is who it is done for, not whose cases: "kunt u de lijst ... voor mij exporteren"
_FOR_ME = re.compile(r"\bvoor mij\b")
_RANKING = re.compile(r"\bwelke provincie\b|\bhet verst\b|\bhet (?:slechtst|best)e?\b|\b(?:welke|de)\s+(?:twee|drie|vier|vijf|tien|\d+)\s+gemeenten\b"
                      r"(?=.{0,40}\b(?:meest|minst|verst|grootste|kleinste|achter)\b)|\b(?:de|het) (?:meeste|minste)\b|\bhet (?:meest|minst)\b(?! recente?\b)|"
                      r"\btop\s*\d+\b|\bhet vaakst\b|\b(?:grootste|kleinste|hoogste|laagste)\b(?! trede)|\brangschik\w*|\branglijst\b|"
                      r"\b(?:meer|minder)\b.{0,50}\bdan (?:in|bij)\b")
_COMPARED = re.compile(r"\b(?:meer|minder)\b(.{0,50})\bdan (?:in|bij)\b")
# "hoe wijs ik een zaak toe", "hoe voeg ik een collega toe": working the bot, whatever else the question names
_WORD_OF_THE_WORK = re.compile(r"^\W*(?:sorry\s+)?wat\s+(?:betekent|betekenen|is|zijn)\s+(?:een\s+|de\s+|het\s+)?trede\s+\d"
                               r"(?:\s+(?:eigenlijk|precies|nou|nu|ook alweer))?\W*$")
_HOW_TO_OPERATE = re.compile(r"\bhoe\s+(?:wijs|voeg|registreer|sluit|verwijder|zet|assign|add)\s+(?:ik|je|jij|we|wij)\b|"
                             r"\bhow\s+(?:do|can|should|would)\s+(?:i|we|you)\s+(?:assign|add|register|close|remove)\b|"
                             # "hoe ik eigenlijk een zaak aan een collega toewijs": the verb at the end
                             r"\bhoe\s+(?:ik|je|jij|we|wij)\b[^?]{0,60}\b(?:toewijs|toewijzen|toevoeg|toevoegen|"
                             r"registreer|registreren|verwijder|verwijderen)\b")
# "welke van mijn zaken zijn veranderd sinds ik weg was": a change history, which the register does not answer
_CHANGED_SINCE = re.compile(r"\b(?:veranderd|gewijzigd|aangepast)\b[^?]{0,30}\bsinds\b")
# "hoeveel asielzoekers zitten er nu in Ter Apel": people in a location, which the register does not keep
_PEOPLE_COUNT = re.compile(r"\bhoeveel\s+(?:asielzoekers|mensen|personen|bewoners|vluchtelingen)\s+"
                           r"(?:zitten|verblijven|wonen|slapen)\b")
# "mijn maandrapportage", "mijn directeur", "mijn collega": the asker's own things and people, not their cases
_MY_OWN_THING = re.compile(r"(?:rapportage|rapport|verslag|overleg|agenda|presentatie|notitie|memo|directeur|manager|"
                           r"leidinggevende|collega|collegas|team|vraag|vragen|mail|inbox|voorbereiding|stuk|stukken|"
                           r"gesprek|gesprekken|afspraak|vergadering|bespreking|briefing|overleggen|presentaties|"
                           # "naar mijn gevoel", "naar mijn idee": a way of saying, not whose cases
                           r"gevoel|idee|mening|indruk|inschatting|weten|smaak)$")
_REPLY_VERB = re.compile(r"\b(gereageerd|geantwoord|beantwoord|reageerden|reageerde|antwoordden|ingestuurd|ingediend)\b")
# "voldoen er nu niet aan", "niet aan de taak voldoen": a negation within a few words of the verb
_NOT_COMPLYING = re.compile(r"\bvoldo\w*(?: (?!aan\b|en\b|of\b)\w+){0,6} niet\b|\bniet(?: \w+){0,4} voldo\w*")
_PLURAL_WORDS = re.compile(r"\b(gemeenten|gemeentes|zaken|welke|brabantse|gelderse|friese|limburgse|zeeuwse|drentse|"
                           r"groningse|utrechtse|overijsselse|flevolandse)\b")


# --- the reader -----------------------------------------------------------------------------------


def _named_anyway(gram: str, i: int, words: list[str], raws: list[str]) -> bool:
    """An everyday word that names a municipality here: capitalised ("Ede"), right after "met/bij/van", or in
    a list of names left out ("behalve goes en sluis")."""
    if _in_list_left_out(i, words):
        return True
    if gram in EVERYDAY_ALWAYS_WORD:
        return raws[i][:1].isupper() and i > 0
    return raws[i][:1].isupper() or (i > 0 and words[i - 1] in ("met", "bij", "van", "heeft", "en"))


# a province left out: "niet in Limburg", "behalve Zeeland", "met uitzondering van de gemeenten in Limburg en Zeeland"
_EXCLUDING = frozenset({"behalve", "uitgezonderd", "uitzondering", "excl", "exclusief", "buiten", "zonder", "niet"})
_ON_THE_WAY = frozenset({"de", "het", "gemeenten", "gemeentes", "zaken", "zaak", "dossiers", "in", "uit", "van",
                         "provincie", "provincies", "zitten",
                         "ligt", "liggen", "gelegen", "die", "en", "of", "ook", "zich", "nog"})
# "niet" leaves a province out where it stands for itself ("en niet in Limburg", "die niet in Zuid-Holland liggen")
_NOT_BEFORE_PLACE = frozenset({"en", "maar", "of", "die", "zitten", "zit", "liggen", "ligt", "ook", "wel", "dus", "dan",
                               "zich", "komma", "ze", "zij"})  # ("voor zover ze niet in Zuid-Holland liggen")  # ("bevinden zich niet in trede 1", spoken: "reden komma niet in ...")
_CLAUSE_EXCLUDING = frozenset({"behalve", "uitgezonderd", "uitzondering"})
_NAME_ARTICLES = frozenset({"den", "de", "het", "'s", "s", "ter", "ten", "sint"})
_WITHOUT_EXTENSION = re.compile(r"\b(?:excl|exclusief|behalve|zonder|uitgezonderd|geen)\b(?:\s+(?:de|het|die|met|een))*"
                                # (not "geen behandelaar, uitstel gevraagd": a slot of its own between them)
                                r"\s+(?:(?!behandelaar|eigenaar|reactie|tijdpad|stappen|feiten)\w+\s+){0,3}?uitstel|"
                                r"\buitstel\w*\s+(?:niet\s+(?:meegerekend|meegeteld|meegenomen)|buiten beschouwing)")
_UNDELIVERED = re.compile(r"\bonbestelbaar\b|\bonbezorgbaar\b|\b(?:ge)?bounce\w*|\bteruggekomen\b|"
                          r"\bbrie(?:f|ven)\b(?:\s+\w+){0,2}?\s+(?:nooit|niet)\s+ontvangen\b|"
                          r"\bretour\s+(?:gekomen|ontvangen|gestuurd)\b|\bbrie(?:f|ven)\s+(?:\w+\s+)?retour\b|"
                          r"\bbrie(?:f|ven)\b(?:\s+\w+){0,3}?\s+(?:kwam|kwamen|komen|komt)\s+(?:\w+\s+)?niet\s+aan\b|"
                          r"\bbrie(?:f|ven)\b(?:\s+\w+){0,4}?\s+(?:niet|nooit)\s+(?:is\s+|zijn\s+)?(?:bezorgd|aangekomen|afgeleverd)\b")


# "trede 3 buiten beschouwing gelaten", "Limburg en Zeeland niet meegeteld": the exclusion after the names
# what is joined to the name by "en"/"of" shares its fate ("Limburg en Noord-Brabant niet meegeteld"); another word
# starts another slot ("trede 2, Limburg niet meegerekend": the trede counts)
# "de Zuid-Hollandse gemeenten niet meegerekend": the province named by its adjective, its municipalities left out
_LEFT_OUT_AFTER = re.compile(r"^(?:\s*(?:gemeenten|gemeentes)\b)?(?:\s*(?:\b(?:en|of)\b|,)\s*[\w-]+\b(?:\s+[\w-]+\b)?){0,3}?\s*"
                             r"(?:even\s+|niet\s+)?(?:buiten beschouwing(?: gelaten)?|"
                             r"niet meegeteld|niet meegerekend|niet meegenomen|uitgezonderd|weggelaten|"
                             r"niet meetelt|niet meetellen|niet meerekent|niet meerekenen|niet meeneemt|weglaat|"
                             r"niet (?:worden|zijn|hoeven te worden) (?:meegeteld|meegerekend|meegenomen))\b")


def _in_list_left_out(i: int, words: list[str]) -> bool:
    """Word i follows "behalve"/"uitgezonderd", directly or after names joined by "en"/"of"."""
    j = i - 1
    while j >= 0 and (words[j] in ("en", "of") or names.exact(words[j]) is not None):
        j -= 1
    return j >= 0 and words[j] in ("behalve", "uitgezonderd")


# the verbs that close a left-out relative clause ("die om uitstel hebben gevraagd", "die in Limburg liggen")
_CLAUSE_CLOSERS = frozenset({"gevraagd", "verzocht", "aangevraagd", "gekregen", "liggen", "ligt", "gereageerd",
                             "geantwoord", "waren", "was", "zijn", "is", "hebben", "heeft", "gedaan", "ingediend",
                             "kregen", "kreeg", "vroegen", "vroeg", "lagen", "lag", "hadden", "had", "reageerden"})


def _left_out_clause_end(words: list[str], at: int) -> int:
    """Where the clause left out at `at` ends: after the verb that closes its "die ..." (a participle last, or a finite
    verb with nothing of its own after it); the end of the question when it has no such clause."""
    die = next((k for k in range(at + 1, min(len(words), at + 6)) if words[k] in ("die", "dat", "welke")), None)
    if die is None:
        return len(words)
    for k in range(die + 1, min(len(words), die + 10)):
        if words[k] in _CLAUSE_CLOSERS and (k + 1 == len(words) or words[k + 1] not in _CLAUSE_CLOSERS):
            return k + 1
    return len(words)


def _as_set(value: str | list[str]) -> set[str]:
    return {value} if isinstance(value, str) else set(value)


def _left_out(words: list[str], start: int, since: int = 0, end: int | None = None) -> bool:
    """An exclusion word leads up to the name at `start` ("behalve Breda", "met uitzondering van Zaanstad", "en niet in
    Limburg"), or follows it ("Limburg en Zeeland niet meegeteld"); "niet" only where it stands for itself, not as
    the negation of a verb ("voldoet er niet in ...")."""
    if end is not None and _LEFT_OUT_AFTER.match(" ".join(words[end:end + 8])):
        return True
    j = start - 1
    joined_at = None
    while j >= since and words[j] in _ON_THE_WAY:
        if words[j] in ("of", "en") and joined_at is None:
            joined_at = j
        j -= 1
    if j >= since and words[j] in _EXCLUDING and (
            words[j] != "niet" or j == 0 or words[j - 1] in _NOT_BEFORE_PLACE):
        return True
    # joined to a relative clause that is left out: "behalve de gemeenten die uitstel hebben gevraagd of in Limburg
    # liggen" leaves out both
    if joined_at is None:
        return False
    before = words[max(since, joined_at - 9):joined_at]
    lead = next((k for k in range(len(before) - 1, -1, -1) if before[k] in _CLAUSE_EXCLUDING), None)
    return lead is not None and ("die" in before[lead + 1:] or len(before) - lead <= 7)


def _left_out_flags(words: list[str], spans: list[tuple[int, int]], since_previous: bool = True) -> list[bool]:
    """Per name (start, end), whether the question leaves it out; a name joined by "en"/"of" to a left-out one is
    left out too ("behalve Limburg en Zeeland", "behalve Breda en Tilburg"). `since_previous`: an exclusion word
    counts only after the name before (provinces), else anywhere before the name (municipalities)."""
    flags: list[bool] = []
    prev_end, prev_out = 0, False
    for start, end in spans:
        left_out = _left_out(words, start, prev_end if since_previous else 0, end) or (
            prev_out and all(w in ("en", "of") for w in words[prev_end:start]))
        flags.append(left_out)
        prev_end, prev_out = end, left_out
    return flags


def _split_provinces(words: list[str], provs: list[tuple[int, int, str]]) -> tuple[list[str], list[str]]:
    """The provinces a question asks about and those it leaves out (`_left_out_flags`)."""
    flags = _left_out_flags(words, [(start, end) for start, end, _ in provs])
    inside = [prov for (_, _, prov), out in zip(provs, flags, strict=True) if not out]
    outside = [prov for (_, _, prov), out in zip(provs, flags, strict=True) if out]
    return list(dict.fromkeys(inside)), list(dict.fromkeys(outside))


# regions as the national government names them (Noord-Nederland: the three northern provinces of SNN)
_REGIONS = {"noord nederland": ("Drenthe", "Friesland", "Groningen"), "het noorden": ("Drenthe", "Friesland", "Groningen"),
            "noorden des lands": ("Drenthe", "Friesland", "Groningen"),
            "oost nederland": ("Gelderland", "Overijssel"), "het oosten": ("Gelderland", "Overijssel"),
            "zuid nederland": ("Limburg", "Noord-Brabant", "Zeeland"), "het zuiden": ("Limburg", "Noord-Brabant", "Zeeland"),
            # the adjectives: "de Oost-Nederlandse gemeenten"
            "noord nederlandse": ("Drenthe", "Friesland", "Groningen"), "oost nederlandse": ("Gelderland", "Overijssel"),
            "zuid nederlandse": ("Limburg", "Noord-Brabant", "Zeeland")}


_BARE_COUNT = re.compile(r"(?:en\s+)?(?:hoeveel(?:\s+(?:zijn|waren)\s+(?:dat|het)(?:\s+er)?|\s+dan)?|(?:het\s+)?aantal)")
_BARE_REPLY = re.compile(r"(?:en\s+)?(?:de\s+|hun\s+|haar\s+)?(?:reactie|antwoord)")
_BARE_REGIONS = {"noord": "noord nederland", "oost": "oost nederland", "zuid": "zuid nederland"}


_FUNCTION_WORDS = frozenset({"naar", "van", "in", "op", "met", "aan", "voor", "bij", "de", "het", "den", "te", "om", "uit",
                             "over", "en", "of"})


def _find_names(words: list[str], raws: list[str]) -> tuple[list[tuple[int, int, names.NameMatch]],
                                                            list[tuple[int, int, str]]]:
    """Municipality names and province words in the text: [(start, end, match)], [(start, end, province)]."""
    v = lexicon.vocab()
    found: list[tuple[int, int, names.NameMatch]] = []
    provs: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    for n in range(min(MAX_NGRAM, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            if taken & set(range(i, i + n)):
                continue
            gram = " ".join(words[i:i + n])
            if n == 1 and gram in _BARE_REGIONS and i and words[i - 1] in ("in", "uit", "regio") \
                    and (i + 1 == len(words) or words[i + 1] not in ("brabant", "holland", "nederland", "nederlandse")):
                gram = _BARE_REGIONS[gram]  # "in Noord", "en in Oost?": the region said short
            if gram in _REGIONS:  # "Noord-Nederland", "het noorden": its provinces
                taken.update(range(i, i + n))
                provs.extend((i, i + n, p) for p in _REGIONS[gram])
                continue
            prov = v.provinces.get(gram)
            if prov is None and n == 2 and words[i] not in _FUNCTION_WORDS:
                prov = v.provinces.get(gram.replace(" ", ""))  # voice-typed apart: "zee land", "over ijssel"
            if n == 1 and gram in EVERYDAY and not _named_anyway(gram, i, words, raws):
                continue
            if n == 1 and gram == "kampen" and i + 1 < len(words) and words[i + 1] == "met" \
                    and (raws[i][:1].islower() or (i and words[i - 1] in ("gemeenten", "gemeentes", "die", "wie"))):
                continue  # "welke gemeenten kampen met vergunningsperikelen": the verb, not the municipality
            if n == 1 and (gram in v.stopwords or gram in v.filler) and prov is None:
                continue
            match = names.exact(gram)
            if match is None and n == 2 and prov is None and len(gram) >= 7 and words[i] not in v.stopwords \
                    and words[i] not in _FUNCTION_WORDS:
                # (not "naar den" of "sturen naar Den Helder": a function word is no half of a name)
                match = names.exact(gram.replace(" ", ""))  # voice-typed apart: "zaan stad", "heeren veen"
                if match is None and gram.replace(" ", "") not in v.words:
                    match = next((hit for s in lexicon.sounds_like(gram.replace(" ", ""))
                                  if (hit := names.exact(s)) is not None), None)  # "lelie stad"
            if match is None and n >= 3 and prov is None:
                match = names.close_long_name(gram)  # "capelle aan den ijsel"
            if match is None and n == 1 and prov is None and len(gram) >= 5 and gram not in v.words:
                match = next((hit for s in lexicon.sounds_like(gram) if (hit := names.exact(s)) is not None), None)
            if prov is None and match is None and n == 1 and len(gram) >= 5 and gram not in v.words:
                heard = next((h for h in lexicon.spelled_as_heard(gram) if h in v.provinces or names.exact(h)), None)
                if heard is not None:  # "in utregt": written as it sounds
                    prov, match = v.provinces.get(heard), names.exact(heard)
            if prov is None and match is None and n == 1 and len(gram) >= 6:
                prov = lexicon.province_typo(gram)
            if match is None and prov is None:
                continue
            if n == 1 and match is not None and gram in v.words and prov is None:
                continue  # a vocabulary word ("status") is not a name here
            taken.update(range(i, i + n))
            if prov is not None:
                provs.append((i, i + n, prov))
            if match is not None:
                found.append((i, i + n, match))
    return sorted(found, key=lambda t: t[0]), sorted(provs)


# thanks and a closing word, no question: "Dank u wel, hiermee ben ik voor het debat voldoende voorbereid."
_THANKS = re.compile(r"^\W*(?:dank\s*(?:je|u)?\s*(?:wel)?|bedankt|hartelijk dank|veel dank|thanks|thank you|"
                     r"top(?=\s*(?:[,.!]|$|bedankt|dank)))\b", re.I)
_ASKS = re.compile(r"\?|\b(?:hoeveel|welke|wie|wat|wanneer|waar|hoe|kun|kunt|kan|zou|wil)\b", re.I)


def read(text: str, on: date, *, staff: list[Staff] | None = None, me: Staff | None = None,
         context: Query | None = None, references: Callable[[str], str | None] | None = None) -> Query:
    """Read one question. `on`: the day relative dates refer to; `me`: who asks ("mijn");
    `context`: the previous query of this conversation (follow-ups), or None; `references`: the
    municipality of a letter reference ("van wie is referentie 7531181")."""
    if _THANKS.match(text) and not _ASKS.search(_THANKS.sub("", text, count=1)):
        return Query("help", text=text)
    asked = _GREETING.sub("", text, count=1)
    if asked == text or len(asked.split()) < 2:
        asked = text  # "Goedemorgen" alone is a greeting (help)
    with _LOCK:
        q = _read(asked, on, staff or [], me, context, references)
        if asked != text and q.intent == "unknown" and not q.filters:
            q = _read(text, on, staff or [], me, context, references)  # nothing asked after it: a greeting (help)
    q.text = text
    return q


# a greeting that opens a question ("Goedemorgen, zou ik een overzicht kunnen krijgen?"): the question is the rest
_GREETING = re.compile(r"^\W*(?:goede(?:n)?(?:morgen|middag|avond|dag)|goeie(?:morgen|middag|avond)|hallo|hoi|hey|hi|"
                       r"dag|beste(?:\s+bot)?)\b[\s,!.;:-]*", re.I)


def _picked(context: Query, text: str, fits: Callable[[Any], bool]) -> Query | None:
    """The one choice a clarify offered whose municipality fits, asked again as this text; None unless exactly one
    fits."""
    picks = [o.query for o in context.options if o.query.name is not None and len(o.query.name.gemeenten) == 1
             and fits(o.query.name.gemeenten[0])]
    if len(picks) != 1:
        return None
    return Query(picks[0].intent, dict(picks[0].filters), name=picks[0].name, text=text)


def _follow_cue_typo(words: list[str]) -> bool:
    """A one-word follow-up cue typed with one letter wrong or missing ("daarvn", "hiervn")."""
    cues = [c for c in lexicon.vocab().follow_cues if " " not in c and len(c) >= 6]
    return any(len(w) >= 5 and fuzz.ratio(w, c) >= 85 for w in words for c in cues)


def _reply_state(text: str) -> str | None:
    """What one clause says of the reply: none ("hebben na het verstrijken van de termijn nog altijd niet
    gereageerd", "laten verstrijken zonder te reageren"), late ("hun reactie pas na afloop van de termijn
    ingediend") or on time ("binnen de gestelde termijn gereageerd"); None when no reply verb is there."""
    m = _REPLY_CLAUSE_VERB.search(text) or _CAME_IN.search(text)
    if m is None:  # "die reactie pas na afloop van de termijn is ontvangen": the reply as subject
        about = _REPLY_NOUN.search(text)
        m = _RECEIVED.search(text, about.end()) if about else None
        if m is None or re.search(r"[,;?!]", text[about.end():m.start()]):
            return None
    start = max((b.end() for b in re.finditer(r"[,;?!]", text[:m.start()])), default=0)
    end = next((b.start() for b in re.finditer(r"[,;?!]", text[m.end():])), len(text) - m.end()) + m.end()
    before, after, clause = text[start:m.start()], text[m.end():end], text[start:end]
    late = _REPLY_LATE.search(clause)
    if late is None and re.search(r"\b(?:dat|dit)\b[^,;?]{0,25}\b(?:gedaan|gebeurd|deden|deed)\b", text[end:]):
        late = _REPLY_LATE.search(text[end:])  # "een reactie gestuurd, maar hebben dat pas gedaan nadat ..."
    if (_REPLY_NEGATED.search(before) or _REPLY_NEGATED.search(after[:8])) and not (late and late.group(0).startswith("niet")):
        return "no_reply"
    if late:
        return "late"
    if _REPLY_ON_TIME.search(clause):
        return "on_time"
    return None


def _read(text: str, on: date, staff: list[Staff], me: Staff | None, context: Query | None,
          references: Callable[[str], str | None] | None = None) -> Query:
    v = lexicon.vocab()
    folded, words, raws = clean(text)
    if not words:
        return Query("unknown", text=text)
    found = _search_query(text, folded, words)
    if found is not None:
        return found
    if _HOW_TO_OPERATE.search(folded) or _WORD_OF_THE_WORK.search(folded):
        # "hoe wijs ik een zaak toe aan nadia": how to work the bot; "wat betekent trede 2 eigenlijk?": a word of the
        # work explained (its number no filter)
        return Query("help", text=text)
    found = _cannot_query(text, folded, words, raws, on, staff, me, context)
    if found is not None:
        return found
    gemeenten, provinces = _find_names(words, raws)
    region = next((r for r, rx in lexicon.region_patterns() if rx.search(folded)
                   and not any(r in " ".join(words[a:b]) for a, b, _ in gemeenten)), None)
    if region and provinces and all(" ".join(words[a:b]) in region for a, b, _ in provinces):
        provinces = []  # "in Zeeuws-Vlaanderen": the province's adjective is part of the region's name
    if region and not provinces:
        # "in de Achterhoek" has no border the register knows: say so, with what is clear of the rest
        inner = _read(re.sub(rf"\b(?:in\s+)?(?:de\s+|het\s+)?{re.escape(region)}\b", " ", folded), on, staff, me, None)
        q = _unknown(Query("unknown", dict(inner.filters) if inner.intent in ("list", "count") else {}, text=text),
                     folded)
        q.clarify = "region"
        return q
    if context is not None and re.search(r"\b(?:hun|haar|zijn|de) (?:buren|buurgemeenten|buurgemeente)\b|"
                                         r"\bdie (?:daar)?naast\b|\bdaarnaast\b|\bernaast\b|\bin de buurt\b", folded) \
            and not gemeenten and not provinces:
        # "en hun buren?": no neighbours in the register; the subject asked about stays the slot understood
        kept = dict(context.filters) if context.intent in ("list", "count") else \
            {"gemeente": context.filters["gemeente"]} if context.filters.get("gemeente") else {}
        return _unknown(Query("unknown", kept, text=text), folded)
    if "randstad" in words and not provinces:
        return _clarify_randstad(Query("list", {}, text=text), text, on, staff, me)
    said = re.match(r"\W*(?:(?:ik\s+)?bedoel\s+)?(?:de\s+)?(gemeente|provincie)\b(?:\s+bedoel\s+ik)?[\s.,!:;]*", folded) \
        if context is not None and context.intent == "clarify" and context.clarify == "gemeente_or_province" else None
    if said:  # "Hoe zit het met Utrecht?" - "De gemeente bedoel ik. Hoeveel plekken hebben ze nu?": the choice, then
        # the rest of the question about it
        opt = next((o.query for o in context.options if (o.query.intent != "list") == (said.group(1) == "gemeente")),
                   None)
        rest = folded[said.end():].strip()
        if opt is not None:
            chosen = Query(opt.intent, dict(opt.filters), name=opt.name, text=text)
            return _read(rest, on, staff, me, chosen, references) if len(rest.split()) >= 2 else chosen
    if context is not None and context.intent == "clarify" and context.clarify in ("gemeente", "suggest") \
            and provinces and not gemeenten:
        # "hoe staat Bergen ervoor?" - "die in Limburg": the province picks one of the choices offered
        picked = _picked(context, text, lambda g: g.province == provinces[0][2])
        if picked is not None:
            return picked
    if context is not None and context.intent == "clarify" and context.options and len(gemeenten) == 1 \
            and len(words) <= 8:
        # "Hoeveel plekken heeft Bergen ...?" - "Ik bedoel Bergen in Noord-Holland.": the choice, with what was asked
        fits = [g for g in gemeenten[0][2].gemeenten
                if len(gemeenten[0][2].gemeenten) == 1 or any(g.province == p[2] for p in provinces)]
        chosen = fits[0].name if len(fits) == 1 else None
        picked = _picked(context, text, lambda g: g.name == chosen)
        if picked is not None:
            return picked
    name_idx = {i for s, e, _ in gemeenten for i in range(s, e)} | {i for s, e, _ in provinces for i in range(s, e)}
    staff_words = {w for p in staff or () for w in normalise(p.name).split()}  # "Daan" is no typo of "dan"
    fixed = [w if i in name_idx or w in staff_words else lexicon.correct(w) for i, w in enumerate(words)]
    labels, covered, state_phrases, state_at = _phrase_labels(fixed, name_idx)
    excl_at, excluded_states = _left_out_states(fixed, name_idx, labels, state_at)
    fixed_text = " ".join(fixed)
    if re.match(r"\W*wat\b", fixed_text) and re.search(r"\b(?:binnengekomen|binnen gekomen|ontvangen)\b|\bkwam\b.{0,50}"
                                                       r"\bbinnen\b", fixed_text):
        labels["fact"] = ["wrote"]  # "Wat is er op 14 september van Almere binnengekomen?": what it wrote that day
    reach = re.search(r"\b(?:haalt|halen|haalde|haalden)\b(?:\s+\S+){0,4}?\s+(?:de\s+|haar\s+|zijn\s+|hun\s+)?"
                      r"(?:wettelijke\s+)?(?:taak|taakstelling|opgave)\b(?:\s+(niet|nog niet))?", fixed_text)
    if reach and "expected" not in labels and not re.search(r"\bwanneer\b", fixed_text):
        # "Haalt Tilburg de wettelijke taak?": whether it complies, not its places ("halen hun taak niet": it does not)
        labels["compliance"] = ["voldoet_niet" if reach.group(1) else "voldoet"]
        if labels.get("fact") == ["places"]:
            labels.pop("fact")
    elif reach and "expected" not in labels:
        labels["expected"] = ["yes"]  # "wanneer haalt Ede de taak": when it expects to comply
        if labels.get("fact") == ["places"]:
            labels["fact"] = ["expected"]
    if "termijn" not in labels and not fixed_text.startswith("hoe ") and re.search(r"\b(?:loopt|lopen|liep|liepen)\b(?:\s+\w+){1,6}?\s+af\b", fixed_text):
        labels["termijn"] = ["yes"]  # "wat loopt er deze week bij mij af": the termijn, its verb split
    unnamed_text = " ".join(w for w in fixed if w not in staff_words) if staff_words else fixed_text
    filters: dict[str, Any] = {}
    q = Query("unknown", filters, text=text)

    # --- slots ---
    m = re.search(r"\btrede\s+(\d|" + "|".join(v.numbers) + r")\b", fixed_text) or \
        re.search(r"\b(" + "|".join(v.numbers) + r"|\d)e? trede\b", fixed_text)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else v.numbers.get(m.group(1), 0)
        if 1 <= n <= 6:
            # "maar niet in trede 1", "behalve trede 1", "trede 3 buiten beschouwing gelaten": as provinces are left out
            first, after = fixed_text[:m.start()].count(" "), fixed_text[:m.end()].count(" ") + 1
            # "trede 2, en Limburg niet meegerekend": a name after it is what is left out, not the trede
            # "zaken die niet op trede 1 staan": the verb's negation leaves the trede out too
            out = _left_out(fixed, first, 0, None if name_idx & set(range(after, after + 3)) else after) \
                or bool(re.search(r"\bniet\s+(?:(?:meer|langer)\s+)?(?:op|in)\s+(?:de\s+)?$", fixed_text[:m.start()]))
            filters["not_trede" if out else "trede"] = n
    elif re.search(r"\b(?:zwaarste|hoogste|laatste|zesde) trede\b", fixed_text):
        filters["trede"] = 6  # "de zwaarste trede": the top of the ladder
    owner_vals = labels.get("owner", [])
    person = _staff_in(fixed, staff, covered | name_idx)
    if person is not None:
        filters["owner"], q.owner_id = person.name, person.id
    elif "me" in owner_vals and me is not None:
        filters["owner"], q.owner_id = me.name, me.id
    elif "me" in owner_vals:
        filters["owner"], q.owner_id = "", -1  # "mijn" without a known asker: nobody's cases
    elif "none" in owner_vals:
        filters["no_owner"] = True
    states, without, said = _reply_states(labels, fixed, fixed_text, folded, excl_at, excluded_states)
    facts, elements = _missing_elements(labels, fixed_text, words, context, states, filters, bool(gemeenten))
    reasons = labels.get("reason", [])
    if reasons:
        filters["reason"] = reasons[0]
    if _EXPECTED_PASSED.search(fixed_text):
        filters["expected_before"] = on.isoformat()  # "een verwachte datum die al verstreken is"
    expected_ctx = "expected" in labels or "expected" in facts or (  # "en in Q2" after an expected window
        words[0] == "en" and context is not None and bool({"expected_before", "expected_after"} & context.filters.keys()))
    # ("een termijn vóór 1 mei 2026 en voldoen niet": the day is the termijn's, the compliance a state)
    ewin = windows.expected_window(unnamed_text, windows.year_of_context(words, unnamed_text, context, on)) \
        if (expected_ctx or "compliance" in labels) and "expected_before" not in filters \
        and not ("expected" not in labels and "expected" not in facts and windows.termijn_side(unnamed_text, on)) else None
    if ewin is not None:
        before, after = ewin
        if before:
            filters["expected_before"] = before.isoformat()
        if after:
            filters["expected_after"] = after.isoformat()
    comp = labels.get("compliance", [])
    if comp and re.search(r"\bhet (?:volledig |geheel )?voldoen\b", fixed_text) and not re.search(
            r"\b(?:voldoet|voldoen)\b(?!\s+aan\b)", fixed_text.replace("het voldoen", "")):
        comp = []  # "een verwachte datum voor het voldoen aan de taak": the moment, not whether they comply
    if comp and "voldoet_gedeeltelijk" not in comp and _NOT_COMPLYING.search(fixed_text):
        comp = ["voldoet_niet"]  # "voldoen er op dit moment niet aan de taak": the negation split from the verb
    if comp and (not ewin or re.search(r"\b(?:maar|en)\s+voldoen\s+(?:nu\s+)?(?:nog\s+)?(?:steeds\s+)?niet\b|"
                                      # "voldoen gedeeltelijk en verwachten tussen ... klaar te zijn": both
                                      r"\b(?:voldoen|voldoet)\s+(?:nu\s+|nog\s+|op dit moment\s+|momenteel\s+|slechts\s+|"
                                      r"maar\s+|alleen\s+)*(?:gedeeltelijk|deels)\b|"
                                      r"\bdie\s+(?:nu\s+|nog\s+|momenteel\s+|op dit moment\s+)*(?:niet|nog niet|"
                                      r"gedeeltelijk|deels)\s+"
                                      r"voldoen\b(?!\s+(?:voor|vóór|na|in)\b)", fixed_text)):
        # "verwachtten vóór 2027 klaar te zijn maar voldoen nog steeds niet", "welke gemeenten die niet voldoen
        # verwachten pas na de zomer klaar te zijn": both the window and the state
        order = ["voldoet_niet", "voldoet_gedeeltelijk", "voldoet"]
        filters["compliance"] = next(c for c in order if c in comp)
    twin = None
    window_follow = words[0] == "en" and context is not None and "termijn_from" in context.filters
    my_work = re.search(r"\b(?:moet|moeten)\s+(?:ik|we|wij)\b", fixed_text)  # "wat moet ik deze week": what is due
    if not ewin and ("termijn" in labels or states or "list" in labels or "count" in labels or window_follow
                     or my_work):
        window_text = unnamed_text
        if context is not None and context.filters.get("termijn_from") and re.search(r"\bvan\s+dat\s+jaar\b", window_text):
            # "in week 48 van dat jaar" after a window of 2026
            window_text = re.sub(r"\bvan\s+dat\s+jaar\b", "van " + context.filters["termijn_from"][:4], window_text)
        twin = windows.termijn_window(window_text, on)  # "Pieter-Jan" names no month
    if twin is not None and twin[0] == twin[1] and twin[0] in (on, on + timedelta(days=1)) \
            and (re.search(r"\bper vandaag\b", unnamed_text) or not _ABOUT_A_DAY_DUE.search(unnamed_text)):
        twin = None  # "De minister wil morgen in het debat zeggen ...", "per vandaag in trede 1": when asked, no termijn
    side = windows.termijn_side(unnamed_text, on) if not ewin else None
    if side is not None:  # "met een termijn vóór 1 mei 2026": one side of the window
        filters[side[0]] = side[1].isoformat()
        twin = None
    if twin is not None and not ("wrote" in facts and gemeenten):
        filters["termijn_from"], filters["termijn_to"] = twin[0].isoformat(), twin[1].isoformat()
        if "no_reply" in states and not without and not set(state_phrases) - {"verlopen", "verloopt"}:
            states.discard("no_reply")  # "verlopen" only names the termijn here
        elif "no_reply" in states and twin[1] >= on:  # a window still open replaces "the termijn has passed"
            states.discard("no_reply")
            states.add("unanswered")
    if _WITHOUT_EXTENSION.search(folded):
        states.discard("extended")  # "zonder reactie, excl. uitstelverzoeken"
        filters["not_state"] = ["extended"]
    if excluded_states:
        filters["not_state"] = sorted(set(filters.get("not_state", [])) | set(excluded_states))
    if _UNDELIVERED.search(folded):
        filters["letter_undelivered"] = True  # "bij welke gemeenten is de brief onbestelbaar retour gekomen"
    if states:
        filters["state"] = sorted(states)
    province = provinces[0][2] if provinces else None

    # --- municipality vs province (Utrecht, Groningen) ---
    listish = "list" in labels or "count" in labels or bool(states) or any(
        k in filters for k in ("missing", "reason", "compliance", "trede", "owner", "no_owner", "expected_before",
                               "expected_after", "termijn_from", "letter_undelivered", "not_state"))
    # "hoeveel" asks for a number: plural for a province/municipality clash, not for several municipalities
    in_names = {i for st, e, _ in gemeenten for i in range(st, e)}
    # ("in welke trede zit Utrecht": "welke" asks which trede, of one)
    many = bool(_PLURAL_WORDS.search(re.sub(r"\bwelke\s+(?:trede|stap|termijn|datum|reden|redenen|oorzaak|oorzaken)\b",
                                            "", " ".join(w for i, w in enumerate(fixed) if i not in in_names))))
    # "hoeveel plekken heeft Groningen gerealiseerd": a number of one, the municipality's places
    plural = many or (bool(re.search(r"\bhoeveel\b", fixed_text)) and not re.search(
        r"\bhoeveel\s+(?:\w+\s+)?(?:plekken|plaatsen|opvangplekken|opvangplaatsen)\s+heeft\b", fixed_text))
    clash = [g for g in gemeenten if g[2].how == "exact" and any(p[0] == g[0] and p[1] == g[1] for p in provinces)]
    if clash:
        s, e, match = clash[0]
        before = words[s - 1] if s > 0 else ""
        asked_of_one = words[0] == "en" and context is not None and context.intent == "fact"
        of_a_list = words[0] == "en" and context is not None and context.intent in ("list", "count")
        among = len({p[2] for p in provinces}) >= 3  # "Gelderland Overijssel Utrecht, wie ...": a list of provinces
        if plural or before == "provincie" or of_a_list or among:  # "en in Groningen?" after a list: the province
            gemeenten = [g for g in gemeenten if g is not clash[0]]  # "gemeenten in Utrecht": the province
        elif facts or before == "gemeente" or asked_of_one \
                or "trede" in filters and re.search(r"\b(?:zit|staat|valt)\b", fixed_text):
            # "wie is behandelaar van Assen?" - "en groningen?"; "klopt het dat Groningen in trede 2 zit?": one case
            province = None if len(provinces) == 1 else province  # "wanneer is Groningen klaar": the municipality
            provinces = [p for p in provinces if (p[0], p[1]) != (s, e)]
        else:
            # "hoe zit het met Utrecht?", "wat speelt er in Utrecht": the province or the municipality - ask back
            return _clarify_province(q, match, provinces[0][2], filters)
    if province and provinces:
        inside, outside = _split_provinces(words, provinces)
        if inside and (plural or listish or not gemeenten):
            filters["province"] = inside[0] if len(inside) == 1 else sorted(inside)
        if outside:
            filters["not_province"] = outside[0] if len(outside) == 1 else sorted(outside)

    # --- municipalities left out of a list: "Brabantse gemeenten behalve Breda" ---
    if gemeenten:
        flags = _left_out_flags(words, [(g[0], g[1]) for g in gemeenten], since_previous=False)
        out_names = [g for g, out in zip(gemeenten, flags, strict=True) if out]
        if out_names and len(out_names) == len(gemeenten) and all(len(g[2].gemeenten) == 1 for g in out_names):
            left = sorted({g[2].gemeenten[0].name for g in out_names})
            filters["not_gemeente"] = left[0] if len(left) == 1 else left
            gemeenten = []
            listish = True

    # --- "en die andere zaken van mij in Limburg" after questions about Kerkrade: the others than the subject ---
    if not gemeenten and context is not None and context.filters.get("gemeente") and "not_gemeente" not in filters \
            and isinstance(context.filters["gemeente"], str) \
            and re.search(r"\b(?:die |de )?(?:andere|overige)\s+(?:zaken|gemeenten|gemeentes|dossiers)\b", folded):
        filters["not_gemeente"] = context.filters["gemeente"]
        listish = True

    # --- a letter reference names the municipality ("van wie is referentie 7531181") ---
    ref = re.search(r"\b(\d{7})\b", folded)
    if not gemeenten and ref and references is not None:
        official = references(ref.group(1))
        if official:
            gemeenten = [(0, 0, names.NameMatch(ref.group(1), "exact", (load_directory().by_name(official),)))]
            if facts == ["owner"] and "behandelaar" not in fixed:
                facts = []  # "van wie is referentie X": whose letter, not whose case

    # --- a mistyped municipality among the leftover words ("wanneer verwacht zaanstadt te voldoen") ---
    leftover = [i for i, w in enumerate(words) if i not in covered and i not in name_idx and w not in v.stopwords
                and w not in v.filler and w not in v.words and not w.isdigit() and len(w) >= 4]
    if not gemeenten and leftover and (facts or "status" in labels or "compliance" in labels
                                       or re.search(r"\btrede\b", fixed_text)
                                       # "termijn nisewaard": a word of the register and a name, typed short
                                       or len(words) <= 3 and len(leftover) == 1 and re.search(r"\btermijn\w*\b", fixed_text)
                                       or (states and not _PLURAL_WORDS.search(fixed_text)
                                           # "Heeft Harlngen al geantwoord op onze brief?": a yes/no question of one
                                           and (len(words) <= 5 or words[0] in ("heeft", "is", "was", "had")))):
        guess = names.fuzzy(" ".join(words[i] for i in leftover))
        start, end = leftover[0], leftover[-1] + 1
        if guess.how != "guess" and start and words[start - 1] in _NAME_ARTICLES:
            start -= 1  # "wat is termijn van Den Heldr": the article is part of the name ("den" is a stopword)
            guess = names.fuzzy(" ".join(words[start:end]))
        if guess.how != "guess" and len(leftover) > 1:  # "harlngen ... onze": the name is one of the words
            for i in leftover:
                one = names.fuzzy(words[i])
                if one.how == "guess":
                    guess, start, end = one, i, i + 1
                    break
        if guess.how == "guess":
            gemeenten = [(start, end, guess)]

    # --- follow-ups ---
    # a bare fragment right after an answer: "hoeveel" after a list is its count, "reactie?" after a question about
    # one municipality is its reply
    if context is not None and context.intent in ("list", "count") and _BARE_COUNT.fullmatch(fixed_text):
        return Query("count", dict(context.filters), text=text, owner_id=context.owner_id)
    if context is not None and context.subject and _BARE_REPLY.fullmatch(fixed_text) \
            and (match := names.exact(context.subject)) is not None and len(match.gemeenten) == 1:
        return Query("fact", {"gemeente": match.gemeenten[0].name, "fact": "reply"}, name=match, text=text,
                     explicit=True)
    follow = words[0] == "en" or any(re.search(rf"\b{p}\b", folded) or re.search(rf"\b{p}\b", fixed_text)
                                     for p in (*v.pronouns, *v.follow_cues)) or _follow_cue_typo(words)
    if not follow and context is not None and context.intent in ("list", "count") and filters \
            and set(filters) <= {"not_gemeente", "not_province"} and not states and not gemeenten \
            and (words[0] in ("behalve", "uitgezonderd", "zonder", "maar", "exclusief", "excl")
                 or words[:2] == ["met", "uitzondering"]):
        follow = True  # "behalve veere en hulst?", "excl. Zuid-Holland" right after a list: the same list without them
    subject_from_context = None
    # "hebben die al gereageerd?", "was dat op tijd?" after a question about one municipality: the same one
    # a short fragment right after a question about one municipality is about it too ("op tijd gereageerd?")
    of_it = (follow or len(words) <= 4) and context is not None and context.intent in ("status", "fact") and (
        bool(states) and not (filters.keys() - {"state"})
        or "compliance" in labels and not (filters.keys() - {"compliance"})  # "en voldoen ze?" after "trede van X"
        # "wanneer was de termijn" after "hoe zit het met Goes": its termijn
        or "termijn" in labels and not filters and not states and bool(re.match(r"(?:en\s+)?(?:wanneer|wat)\b",
                                                                                fixed_text)))
    # "en welke redenen noemen ze?" after a question about Hulst: "welke" asks which reasons, not which municipalities
    which_of_it = bool(facts or re.search(r"\btrede\b", fixed_text)) and bool(re.search(
        r"\bwelke\s+(?:redenen|reden|oorzaken|oorzaak|trede|termijn)\b", fixed_text)) \
        and not re.search(r"\b(?:gemeenten|gemeentes|zaken)\b", fixed_text)
    if not gemeenten and context is not None and context.subject and (follow or facts or "status" in labels or of_it) \
            and (not many or which_of_it and follow) and (not (listish and not facts) or of_it):
        subject_from_context = context.subject

    # --- intent ---
    fact = next((f for f in ("wrote", "reasons", "places", "expected", "missing", "trede", "termijn", "owner", "reply")
                 if f in facts), None)
    asks_when = "expected" in labels and bool(re.search(r"\bwanneer\b", fixed_text))
    if fact is None and asks_when:
        fact = "expected"  # "verwacht wanneer zwartewaterland": the moment, asked without a verb in its place
    if fact is None and labels.get("element") == ["facts"] and "missing_cue" not in labels \
            and re.search(r"\b(?:reden|oorzaak)\b", fixed_text) and not re.search(r"\b(?:ontbr\w*|mis\w*|zonder)\b", fixed_text):
        fact = "reasons"  # "reden westerkwartier": why, not whether the reason is missing
    if fact == "wrote" and not windows.message_day(fixed_text, on) and (about := re.search(
            r"\b(?:gemeld|gemaild|geschreven|laten weten|gezegd|aangegeven|schreef|meldde)\s+over\s+(.+)", fixed_text)):
        # "Wat heeft Heemskerk gemeld over het aantal opvangplaatsen?": the topic is the fact, not the message
        topic = next((f for f in ("places", "reasons", "expected", "missing") if f in facts
                      and any(p_ in about.group(1) for p_, slot, val in lexicon.vocab().phrases if slot == "fact" and val == f)),
                     None)
        fact = topic or fact
    if fact == "wrote" and not windows.message_day(fixed_text, on) \
            and re.match(r"(?:en\s+)?(?:wanneer|op\s+welke\s+(?:datum|dag))\s+(?:hebben|heeft)\s+(?:ze|zij|hij|het|die|\S+)\s+"
                         r"(?:geschreven|gemaild|gereageerd|geantwoord)\b", fixed_text):
        fact = "reply"  # "Wanneer hebben ze geschreven?": the day of the reply
    if fact in (None, "places") and re.search(r"\bwanneer\b|\b(?:op|per)\s+welke\s+datum\b|\bwelke\s+datum\b", fixed_text) \
            and _WHEN_TASK_MET.search(fixed_text):
        fact = "expected"  # "wanneer Eindhoven ... verwacht volledig aan de taakstelling te voldoen": the moment
    asked_facts = set(facts) & {"reasons", "places", "expected", "missing", "trede", "termijn", "owner", "reply"}
    if asks_when:
        asked_facts.add("expected")
    if len(asked_facts) >= 2 and re.search(r"\ben\s+(?:wanneer|wat|hoeveel|wie|welke|of)\b", fixed_text):
        fact, facts = None, [f for f in facts if f not in asked_facts]  # "wat ontbreekt er en wanneer verwachten zij
        labels["status"] = ["yes"]  # klaar te zijn?": two things about one case, its status says both
    if fact == "places" and "compliance" in labels and (re.match(r"(?:en\s+)?(?:(?:does|do)\s+[\w'-]+(?:\s+[\w'-]+){0,3}?\s+)?"
                                                                r"(?:voldoet|voldoen)\b", fixed_text) or re.search(
            r"\bof\b(?: \S+){0,10} (?:voldoet|voldoen)\s*\??\s*$", fixed_text) or re.search(
            # "bevestigen of de gemeente Zaanstad inmiddels voldoet aan haar wettelijke taak, zoals ..."
            r"\bof\b(?: \S+){0,10} (?:voldoet|voldoen)\s+aan\s+(?:haar|de|zijn|hun)\s+(?:wettelijke\s+)?taak", fixed_text)) \
            and not re.search(r"\b(?:hoeveel|plekken|plaatsen|wanneer)\b", fixed_text):
        fact = "compliance"  # "Voldoet de gemeente Bergen op Zoom aan haar wettelijke taak?", "... of Venlo aan haar
        # taak voldoet": yes or no
    if fact == "places" and ("expected" in facts or re.search(r"\bwanneer\b.{0,60}\bvoldo", fixed_text)) \
            and re.search(r"\bwanneer\b", fixed_text):
        fact = "expected"  # "wanneer denkt Leeuwarden aan de taak te voldoen": a moment, not a number
    if fact == "places" and "count" not in labels and not gemeenten and not subject_from_context:
        fact = None
    if gemeenten or subject_from_context:
        match = names.exact(subject_from_context) if subject_from_context else gemeenten[0][2]
        if match is not None and len(match.gemeenten) > 1 and provinces:
            # "Bergen in Limburg": the province picks one of the municipalities of that name
            picked = [g for g in match.gemeenten if g.province in {p[2] for p in provinces}]
            if len(picked) == 1:
                match = names.NameMatch(match.given, match.how, (picked[0],), match.former, match.place)
        if match is None or len(match.gemeenten) != 1:
            return _clarify_gemeente(q, match, fact, filters, text, on)
        g = match.gemeenten[0]
        out = Query("status", {"gemeente": g.name}, name=match, text=text,
                    explicit=bool(facts) or "status" in labels or "compliance" in labels)
        if fact is None and re.match(r"(?:en\s+)?wie\s+(?:van\s+(?:ons|jullie)\s+)?(?:heeft|doet|behandelt)\b", fixed_text):
            fact = "owner"  # "wie van ons heeft Rheden?"
        if fact is None and "compliance" in labels and not plural:
            fact = "compliance"
        if fact is None and not plural and re.search(r"\bwanneer\b.*\b(?:had|hadden|moest|moesten|moet|moeten)\b"
                                                     r".*\b(?:reageren|antwoorden|reageert|antwoord|reactie)\b", fixed_text):
            fact = "termijn"  # "wanneer had Nijmegen eigenlijk moeten reageren?": the words apart
        if fact is None and "termijn" in labels and twin is None and not states and not plural:
            fact = "termijn"  # "termijn almere?"
        if fact is None and re.search(r"\btrede\b", fixed_text) and not plural \
                and ("trede" not in filters or re.search(r"\b(?:zit|zitten|staat|valt)\b", fixed_text)):
            fact = "trede"  # "trede van Rijswijk"; "klopt het dat Groningen in trede 2 zit?": its trede, to check
        if fact is None and (elements and ("missing_cue" in labels or "element_question" in labels)
                             or states & {"complete", "incomplete"} or "missing" in filters):
            fact = "missing"  # "hilversum reactie compleet?", "heeft die al een tijdpad gegeven"
        elif fact is None and states & {"extended", "suspended"}:
            fact = "termijn"  # "Teylingen uitstel gekregen?"
        elif fact is None and states:
            fact = "reply"  # "Volendam al gereageerd?", "Velsen was te laat, hoeveel dagen"
        if fact is None and follow and context is not None and context.intent == "fact" and not labels.get("status"):
            fact = context.filters.get("fact")
            if fact == "wrote" and context.filters.get("date") and not windows.message_day(fixed_text, on):
                out.filters["date"] = context.filters["date"]  # "wat schreef Ede op 4 mei" - "en Woerden?"
        if fact:
            out.intent = "fact"
            out.filters["fact"] = fact
            if fact == "wrote":
                day = windows.message_day(fixed_text, on)
                if day:
                    out.filters["date"] = day.isoformat()
        return out
    # not about one municipality: a list, a count, or something else
    if ("help" in labels or _HOW_TO.search(folded)) and (not listish or (not filters and not states)):
        return Query("help", text=text)
    if "overview" in labels and (not listish or (not filters and not states and re.search(
            r"\bper (?:provincie|trede)\b|\bverdeeld over\b|\bverdeling\b|grafiek\b|\bhoe\b.{0,40}\b(?:staan|staat)\b|"
            r"\btotaaloverzicht\b|\bwaar\s+(?:we|wij)\s+(?:nu\s+)?(?:staan|staat)\b|\balgeme(?:en|ne)\s+overzicht\b|"
            # "het actuele overzicht van alle zaken": the overview, asked for as such
            r"\b(?:actuele|huidige|volledige|hele)\s+overzicht\b|\boverzicht\s+van\s+alle\s+(?:zaken|dossiers)\b|"
            r"\bstand van zaken (?:bij|van|voor) alle (?:gemeenten|gemeentes|zaken)\b",
            folded))):
        # "een overzicht per provincie van alle lopende zaken", "een overzicht van hoe alle zaken ervoor staan"
        return Query("overview", text=text)
    if follow and context is not None and context.intent in ("list", "count") and not filters and not states \
            and "count" not in labels and re.search(r"\b(welke|wie|noem|toon|laat|geef|geven|namen|lijst)\b", fixed_text):
        # "hoeveel zijn het in trede 3?" - "en welke zijn dat": the same cases, listed
        return Query("list", dict(context.filters), text=text, owner_id=context.owner_id)
    if follow and context is not None and context.intent in ("list", "count") and (filters or "count" in labels):
        return _follow_up_list(context, filters, labels, fixed_text, state_phrases, said, q, text)
    if person is None and "owner" not in filters and not gemeenten:
        m = re.search(r"\b(?:zaken|gemeenten|gemeentes|dossiers|werk) van ([a-z]{3,})\b", fixed_text)
        if m and m.group(1) not in v.words and m.group(1) not in v.stopwords and names.exact(m.group(1)) is None:
            shown = next((r for r, w in zip(raws, words, strict=True) if w == m.group(1)), m.group(1))
            q.intent, q.clarify = "clarify", "no_staff"  # "zaken van Bas" when nobody is called Bas
            q.name = names.NameMatch(shown, "none")
            return q
    # "wie heeft er dienst met kerst": "wie heeft" alone asks for no case's owner
    weak_owner = fact == "owner" and not re.search(r"\b(behandelaar|behandelt|gaat over|van wie|zaak|dossier)\b",
                                                   fixed_text)
    if weak_owner:
        fact, facts = None, [f for f in facts if f != "owner"]
    if fact in ("owner", "expected", "wrote", "places", "termijn", "reasons", "trede") and not plural and not (
            filters.keys() - {"province"}):
        q.intent, q.clarify = "clarify", "which_gemeente"  # "en wie is daar behandelaar" with no subject yet
        return q
    if "count" in labels and not filters and not states and not _ABOUT_CASES.search(fixed_text):
        return _unknown(q, folded)  # "hoeveel file staat er op de a twaalf": a count of nothing we keep
    if not filters and not states and re.search(r"\bnog niet\s*$", fixed_text):
        return _clarify_not_yet(q)  # "welke gemeentes zijn er nog niet": replied, or complying?
    if (listish or filters) and _NUMBER_CHECKED.search(fixed_text):
        labels["count"] = ["yes"]  # "Klopt het dat 60 gemeenten nog niet hebben gereageerd?": the number asked back
    if listish or filters:
        # "Welke van mijn zaken ..., en hoeveel zijn dat er?", "Hoeveel ..., en welke zijn dat?": the list, with its count
        both = re.search(r"\bwelke\b.*\ben\s+hoeveel\b|\bhoeveel\b.*\ben\s+welke\b", fixed_text)
        q.intent = "count" if "count" in labels and not both else "list"
        # ("hun reactie te laat ingediend": the reply verb says it came, late)
        if state_phrases and set(state_phrases) <= {"te laat"} and "termijn_from" not in filters and said != "late":
            return _clarify_late(q)
        return q
    # leftover words: maybe a mistyped municipality ("hoe staat Amstrdam ervoor", "heemskrek")
    rest = [w for i, w in enumerate(words) if i not in covered and w not in v.stopwords and w not in v.filler
            and not w.isdigit()]
    if rest and len(rest) <= 4:
        guess = names.fuzzy(" ".join(rest))
        if guess.how == "none" and len(rest) > 1:
            for w in rest:
                guess = names.fuzzy(w)
                if guess.how != "none":
                    break
        if guess.how == "guess" and (facts or "status" in labels or len(rest) == len(words)):
            g = guess.gemeenten[0]
            out = Query("fact" if fact else "status", {"gemeente": g.name}, name=guess, text=text,
                        explicit=bool(facts) or "status" in labels)
            if fact:
                out.filters["fact"] = fact
            return out
        if guess.how in ("guess", "suggest") and (facts or "status" in labels or len(rest) == len(words)
                                                  or re.search(r"\btrede\b", fixed_text)):
            return _clarify_gemeente(q, guess, fact or ("trede" if "trede" in fixed else None), filters, text, on)
    if re.search(r"\bhoe\s+(?:staan|gaat|doen)\s+(?:we|wij|het|ons)\b(?:\s+\w+){0,2}?\s+(?:ervoor|het|erbij)\b", fixed_text) \
            and not rest:
        return Query("overview", text=text)  # "Goedemorgen. Hoe staan we ervoor?": how things stand, on the whole
    if "status" in labels or facts:
        q.intent, q.clarify = "clarify", "which_gemeente"
        if rest:  # a name we do not know at all ("hoe staat Atlantis ervoor?")
            shown = [raws[i] for i, w in enumerate(words) if w in rest]
            q.clarify, q.name = "no_gemeente", names.NameMatch(" ".join(shown), "none")
        return q
    return _unknown(q, folded)


def _search_query(text: str, folded: str, words: list[str]) -> Query | None:
    """A search in the messages: everything after the search word, as typed."""
    anywhere = re.search(r"\bzoek(?:en)?\s+(?:naar|op)\s+(\S.*?)\s*[?.!]*\s*$", text, re.I | re.S)
    if anywhere and words[0] not in ("zoek", "zoeken", "search") and not re.search(r"\bgemeenten?\b.{0,40}\bzoeken\b", folded):
        # "Kun je in de berichten zoeken naar zaaknummer 2614307? Ik weet niet ..." - the first question's object
        rest = re.split(r"[?!]", anywhere.group(1))[0].strip()
        rest = _NUMBER_KIND.sub("", rest)
        if rest:
            return Query("search", {"search": rest}, text=text)
    if words[0] in ("zoek", "zoeken", "search") or folded.startswith(("zoek naar ", "zoeken naar ", "zoek op ")):
        rest = re.sub(r"^\s*(zoek(en)?|search)(\s+(even|eens|nog|maar))*(\s+(naar|op))?\s*", "", PUNCT.sub(" ", text),
                      flags=re.I).strip()
        rest = _NUMBER_KIND.sub("", rest)
        return Query("search", {"search": rest}, text=text) if rest else Query("unknown", text=text)
    return None


def _cannot_query(text: str, folded: str, words: list[str], raws: list[str], on: date, staff: list[Staff],
                  me: Staff | None, context: Query | None) -> Query | None:
    """What the bot cannot do (rankings, comparisons, actions, orders), with the slots still understood."""
    cannot = [rx for rx in (_ACTION_REQUEST, _ORDER, _PEOPLE_COUNT, _RANKING, _CHANGED_SINCE) if rx.search(folded)]
    if cannot:
        # rankings and comparisons ("de top 5 met de grootste achterstand", "meer ... dan in Overijssel"), actions and
        # orders: not possible; the slots still understood are kept ("de lijst van gemeenten die niet voldoen naar
        # Excel exporteren": the list it would be), else the municipality it names
        stripped = folded
        for rx in cannot:
            if rx is _RANKING:  # "meer gemeenten die niet voldoen dan in Zuid-Holland": what is compared stays
                stripped = _COMPARED.sub(lambda m: f" {m.group(1)} in ", stripped)
            stripped = rx.sub(" ", stripped)
        stripped = re.sub(r"\b(?:naar|op)\s+trede\s+\w+", " ", stripped)  # the trede a change would set is no filter
        def slots(rest: str) -> dict[str, Any]:
            inner = _read(rest, on, staff, me, None) if rest.strip() and rest != folded else None
            return dict(inner.filters) if inner is not None and inner.intent in ("list", "count") else {}

        kept = slots(_FOR_ME.sub(" ", stripped))  # ("kunt u ... voor mij naar Excel exporteren": for me, not mine)
        if not kept and _ORDER.search(folded):  # "stuur alle gemeenten zonder reactie een herinneringsmail": the
            kept = slots(_SENT_THING.sub(" ", folded))  # order's verb and what it would send out, the cases kept
        if _ACTION_REQUEST in cannot:
            # "Kunt u alle gemeenten die nog niet hebben gereageerd een herinneringsmail sturen": the request's own words
            # and what it would send out taken away, the cases it names kept
            named = slots(_SENT_THING.sub(" ", _REQUEST_WORDS.sub(" ", _FOR_ME.sub(" ", folded))))
            kept = named if len(named) > len(kept) else kept
        if not kept and context is not None and context.intent in ("list", "count") \
                and re.search(r"\b(?:die|ze|hen|deze|allemaal|daarvan|daar)\b", folded):
            kept = dict(context.filters)  # "stuur die ff allemaal een herinneringsmail": the list just given
        if not kept and context is not None and context.filters.get("gemeente") \
                and re.search(r"\b(?:die|deze|hem|haar|ze)\b", folded):
            kept = {"gemeente": context.filters["gemeente"]}  # "zet die dan maar op trede 4": the one just asked about
        return _unknown(Query("unknown", kept or _named_one(words, raws), text=text), folded)
    return None


def _phrase_labels(fixed: list[str], name_idx: set[int]) -> tuple[dict[str, list[str]], set[int], list[str],
                                                              list[tuple[int, set[str]]]]:
    """The lexicon's phrases as slot labels; the words they cover; the state phrases and where they stand."""
    hits = lexicon.phrase_hits(fixed)
    labels: dict[str, list[str]] = {}
    covered: set[int] = set()
    state_phrases: list[str] = []
    state_at: list[tuple[int, set[str]]] = []
    for start, end, lab in hits:
        if name_idx & set(range(start, end)):
            continue
        if lab == {"owner=me"} and end - start == 1 and end < len(fixed) and _MY_OWN_THING.search(fixed[end]):
            continue  # "ten behoeve van mijn maandrapportage": the asker's report, not the asker's cases
        if "state=answered" in lab and {"niet", "geen", "nooit"} & set(fixed[max(0, start - 3):start]) \
                and fixed[start] != "wel" and not {"maar", "wel"} & set(fixed[max(0, start - 2):start]):
            lab = {"state=no_reply"}  # "nog niet hebben gereageerd" (not "geen eigenaar maar wel een reactie")
        covered.update(range(start, end))
        if any(x.startswith("state=") for x in lab):
            state_phrases.append(" ".join(fixed[start:end]))
            state_at.append((start, {x.split("=", 1)[1] for x in lab if x.startswith("state=")}))
        for item in lab:
            slot, value = item.split("=", 1)
            labels.setdefault(slot, [])
            if value not in labels[slot]:
                labels[slot].append(value)
    return labels, covered, state_phrases, state_at


def _left_out_states(fixed: list[str], name_idx: set[int], labels: dict[str, list[str]],
                     state_at: list[tuple[int, set[str]]]) -> tuple[int | None, list[str]]:
    """Where a left-out clause starts and the states it leaves out (taken out of `labels`)."""
    # states named after "uitgezonderd", "behalve", "met uitzondering van" are left out ("hebben gereageerd,
    # uitgezonderd de gemeenten die te laat waren"), unless also asked for before it
    excl_at = next((i for i, w in enumerate(fixed) if w in ("uitgezonderd", "behalve", "excl", "exclusief", "afgezien")
                    or (w == "uitzondering" and i and fixed[i - 1] == "met")), None)
    if excl_at is not None:
        nxt = next((i for i in range(excl_at + 1, len(fixed)) if fixed[i] not in ("de", "het", "van")), None)
        lead = next((i for i in range(excl_at + 1, len(fixed))
                     if fixed[i] not in ("de", "het", "van", "die", "deze", "gemeenten", "gemeentes", "zaken", "zich", "nog")),
                    None)
        if nxt is None or nxt in name_idx or fixed[nxt] == "trede" \
                or (lead is not None and fixed[lead] in ("in", "uit", "trede") and lead + 1 < len(fixed)):
            # ("met uitzondering van die in Limburg en Zeeland", "van de gemeenten die zich nog in trede 1 bevinden")
            excl_at = None  # "behalve Breda", "met uitzondering van trede 1": a name or a trede is left out, not a state
    excluded_states: list[str] = []
    if excl_at is not None and "state" in labels:
        # the left-out clause ends with its verb: "uitgezonderd de gemeenten die om uitstel hebben gevraagd, nog niets
        # van zich laten horen" asks for the state after it
        close = _left_out_clause_end(fixed, excl_at)
        before = set().union(*(vals for at, vals in state_at if at < excl_at or at >= close)) if state_at else set()
        after = set().union(*(vals for at, vals in state_at if excl_at < at < close)) if state_at else set()
        excluded_states = sorted(after - before)
        if ("answered" in before or "complete" in before or "incomplete" in before
                or _REPLY_VERB.search(" ".join(fixed[:excl_at])) or _SENT_REPLY.search(" ".join(fixed[:excl_at]))
                or _REPLY_NOUN.search(" ".join(fixed[excl_at:]))) \
                and "no_reply" in excluded_states:
            # "Hoeveel reacties zijn volledig, uitgezonderd de reacties die te laat waren": replies, so late ones
            # "hebben gereageerd, uitgezonderd de gemeenten die te laat waren": late replies, not no reply
            excluded_states = sorted((set(excluded_states) - {"no_reply"}) | {"late"})
        labels["state"] = [x for x in labels["state"] if x not in after - before]
        if not labels["state"]:
            labels.pop("state")
    return excl_at, excluded_states


def _reply_states(labels: dict[str, list[str]], fixed: list[str], fixed_text: str, folded: str,
                  excl_at: int | None, excluded_states: list[str]) -> tuple[set[str], re.Match[str] | None, str | None]:
    """The reply states asked for; the "zonder reactie" match; the state a reply verb said (`said`)."""
    states = set(labels.get("state", []))
    if {"unanswered", "extended"} <= states and re.search(r"\bopenstaand\w*\s+(?:\w+\s+)?uitstel", fixed_text):
        states.discard("unanswered")  # "een openstaand uitstelverzoek": the request is open, not the reply
    if "unanswered" in states and _WAITING_FOR_OTHER.search(fixed_text):
        states.discard("unanswered")
    if _STILL_OPEN.search(fixed_text):
        states = (states - {"no_reply"}) | {"unanswered"}  # "ook als hun termijn nog niet voorbij is"
    elif "unanswered" in states and re.search(r"\btermijn\s+(?:al\s+|inmiddels\s+|ruim\s+|is\s+|was\s+)*(?:voorbij|verstreken|verlopen|"
                                              r"om)\b(?!\s+of\b)", fixed_text) \
            and not re.search(r"\bnog niet\s+(?:\w+\s+)?(?:voorbij|verstreken|verlopen|om)\b", fixed_text):
        # "wachten nog op een reactie terwijl de termijn voorbij is": no reply after the termijn
        states = (states - {"unanswered"}) | {"no_reply"}
    without = re.search(r"\bzonder dat (?:er )?(?:\w+ )?(?:reactie|antwoord)\b|\bzonder (?:te )?(?:reageren|antwoorden)\b",
                        fixed_text)
    if without and not states & {"answered", "late", "on_time", "complete", "incomplete"}:
        # "verstreek de termijn ... zonder dat er een reactie is ontvangen": no reply (yet)
        states.add("no_reply" if re.search(r"\bverstre\w*|\bverl(?:o|ie)pen\b|\bverliep\b|\bvoorbij\b",
                                           fixed_text) else "unanswered")
    asked_text = " ".join(fixed[:excl_at]) if excluded_states and excl_at is not None else fixed_text
    said = _reply_state(asked_text) or (_reply_state(folded) if asked_text == fixed_text else None)
    if said is None and re.search(r"\bte laat\s+(?:binnengekomen|binnen gekomen|ontvangen|ingediend|ingestuurd|gestuurd)\b",
                                  fixed_text):
        said = "late"  # "welke van mij zijn te laat binnengekomen": what came in, late
    # as corrected, or as typed ("verstrijken"); only what is asked for, not what is left out after "uitgezonderd"
    sent = _SENT_REPLY.search(fixed_text) or _SENT_REPLY.search(folded)
    if not said and sent and not states & {"answered", "late", "on_time", "no_reply", "unanswered", "complete",
                                           "incomplete"} and not re.search(r"\b(?:geen|niet|nooit|zonder)\b",
                                                                           fixed_text[max(0, sent.start() - 30):sent.end()]):
        said = "answered"  # "niet voldoen, maar inmiddels wel een reactie hebben gestuurd"
    if said and "unanswered" not in states:
        states = (states - {"answered", "no_reply", "late", "on_time"}) | {said}
    if states & {"late", "on_time"}:
        states.discard("answered")
    if "no_reply" in states and re.search(r"\bte laat\b", fixed_text) and _REPLY_VERB.search(fixed_text):
        states.discard("no_reply")  # "die te laat en ook nog onvolledig hebben gereageerd": a late reply
        states.add("late")
    if "no_reply" in states and states & {"complete", "incomplete"} and re.search(r"\bte laat\b", fixed_text):
        states.discard("no_reply")  # "te laat én onvolledig": an incomplete reply says it came, so it came late
        states.add("late")
    if "no_reply" in states and "late" in states and re.search(r"\bna de (?:\w+ )?termijn\b", fixed_text) \
            and not _REPLY_VERB.search(fixed_text) and re.search(r"\b(?:niets|niks|nog niet|nog steeds niet|geen)\b",
                                                                   fixed_text):
        states.discard("late")  # "hebben na de termijn nog niets van zich laten horen": no reply, past the termijn
    if "no_reply" in states and states & {"late", "on_time", "answered"}:
        states.discard("no_reply")  # "te laat gereageerd" split oddly: the reply wins
    if "no_reply" in states and "incomplete" in states and re.search(r"\bniet (?:volledig|compleet|geheel)\b", fixed_text):
        states.discard("no_reply")  # "hebben niet volledig gereageerd": a reply that is incomplete
    if "complete" in states and "incomplete" in states:
        states.discard("complete")
    if "complete" in states and labels.get("compliance") and not re.search(
            r"\b(?:reacties?|antwoorden|antwoord|gereageerd|beantwoord|geantwoord|brief|brieven)\b", fixed_text):
        states.discard("complete")  # "voldoen inmiddels volledig": complete is said of the task, not of a reply
    if "complete" in states and re.search(r"\b(?:taak|taakstelling|opgave)\s+volledig\s+(?:te\s+)?(?:realiseren|voldoen|"
                                          r"halen|invullen|gerealiseerd)\b", fixed_text):
        states.discard("complete")  # "verwachten binnen een jaar hun taak volledig te realiseren": the task, not a reply
    if states & {"complete", "incomplete"} and not re.search(
            r"\b(?:gereageerd|geantwoord|beantwoord)\b,?\s+maar\s+(?:\w+\s+)?onvolledig\b", fixed_text):
        # "volledig gereageerd": complete says answered already; "hebben wel gereageerd maar onvolledig" says both
        # (an incomplete answer to an older letter is no answer to this one: q28, q30 writers)
        states.discard("answered")
    if {"unanswered", "no_reply"} <= states and re.search(r"\b(?:deadline|termijn)\b(?:\s+\w+){0,2}?\s+(?:gemist|verstreken|"
                                                           r"verlopen)\b", fixed_text):
        states.discard("unanswered")  # "hun deadline gemist zonder te reageren": no reply after the termijn
    if "unanswered" in states:
        states.discard("no_reply")
    return states, without, said


def _follow_up_list(context: Query, filters: dict[str, Any], labels: dict[str, list[str]], fixed_text: str,
                     state_phrases: list[str], said: str | None, q: Query, text: str) -> Query:
    """A list or count right after one: the earlier filters, with what the follow-up adds or replaces."""
    replaced = set(filters)  # a new window replaces both ends of the old one
    # ("en zonder eigenaar?" after "mijn zaken": no owner instead of the asker)
    for pair in (("expected_before", "expected_after"), ("termijn_from", "termijn_to"), ("trede", "not_trede"),
                 ("owner", "no_owner")):
        if replaced & set(pair):
            replaced |= set(pair)
    for key, other in (("province", "not_province"), ("not_province", "province")):
        # "en buiten Limburg?" after Limburg drops it; "en zonder Brabant?" after Brabant and Gelderland keeps
        # Gelderland
        if key in filters and other in context.filters:
            new, old = _as_set(filters[key]), _as_set(context.filters[other])
            if new & old:
                kept = sorted(old - new)
                if kept and key == "not_province":
                    filters = {**filters, "province": kept[0] if len(kept) == 1 else kept}
                    filters.pop("not_province")
                replaced.add(other)
            elif key == "not_province":  # "en excl. Zeeland?" after Zuid-Holland: nothing to leave out
                filters = {k: val for k, val in filters.items() if k != "not_province"}
    merged = {k: val for k, val in context.filters.items() if k not in replaced}
    if state_phrases and set(state_phrases) <= {"te laat"} and "state" in filters \
            and (set(context.filters.get("state", [])) & {"complete", "incomplete", "answered", "on_time"}
                 or {"missing", "reason"} & context.filters.keys()):
        # "Hoeveel gemeenten hebben volledig gereageerd?" - "En hoeveel daarvan ook te laat?": late replies;
        # so too after a list of what is missing or of reasons: those cases have answered
        filters = {**filters, "state": ["late"]}
        state_phrases = []
    if "state" in filters and "state" in context.filters and re.search(
            r"\b(?:daarvan|hiervan|ervan|ook|tevens|bovendien)\b", fixed_text):
        both = set(filters["state"]) | set(context.filters["state"])
        if not (both & {"no_reply", "unanswered"} and both - {"no_reply", "unanswered", "extended"}):
            filters = {**filters, "state": sorted(both)}  # "te laat" - "en hoeveel daarvan was ook onvolledig"
    if "missing" in filters and "missing" in context.filters and re.search(
            r"\b(?:daarvan|hiervan|ervan|ook|tevens|bovendien|evenmin|eveneens|daarnaast)\b", fixed_text):
        # "zonder tijdpad" - "en ook geen stappen", "hoeveel daarvan hebben evenmin de feiten": both missing
        both = set(filters["missing"]) | set(context.filters["missing"])
        filters = {**filters, "missing": [e for e in ("facts", "steps", "timeline") if e in both]}
    merged.update(filters)
    intent = "count" if "count" in labels else "list" if re.search(r"\bwelke\b", fixed_text) else context.intent
    if state_phrases and set(state_phrases) <= {"te laat"} and "termijn_from" not in merged and said != "late":
        # "welke daarvan zijn te laat": no reply after the termijn, or a late reply? Ask, keeping the subject
        return _clarify_late(Query(intent, merged, text=text, owner_id=context.owner_id))
    owner_id = q.owner_id if "owner" in filters else None if "no_owner" in filters else context.owner_id
    return Query(intent, merged, text=text, owner_id=owner_id)


def _missing_elements(labels: dict[str, list[str]], fixed_text: str, words: list[str], context: Query | None,
                      states: set[str], filters: dict[str, Any], named: bool) -> tuple[list[str], list[str]]:
    """The elements asked about as missing (set in `filters`, the reply states adjusted); the facts and elements named."""
    facts = labels.get("fact", [])
    if "missing" in facts and labels.get("reason") and re.search(
            r"\bontbreken van (?:een|de|het)\b(?! (?:feiten|stappen|tijdpad))|"
            r"\baan\s+(?:\w+\s+){0,2}?(?:ontbreekt|ontbreken|schort|schiet)\b", fixed_text):  # "dat het hun aan geld ontbreekt"
        facts = [f for f in facts if f != "missing"]  # "het ontbreken van een geschikte locatie als reden": a cause
        labels.pop("missing_cue", None)
    if "missing" in facts and not named:
        states.add("incomplete")  # "waar ontbreekt iets" is a list
    missing = list(labels.get("missing", []))
    elements = labels.get("element", [])
    also_missing = context is not None and bool(context.filters.get("missing")) and words[0] == "en" \
        and bool(re.search(r"\b(?:ook|evenmin|eveneens|daarnaast|tevens)\b", fixed_text))  # "en ook de stappen?"
    # "en de stappen" right after a list of what is missing: the same list with that element instead
    swap_missing = context is not None and bool(context.filters.get("missing")) and bool(elements) and bool(
        re.fullmatch(r"en\s+(?:(?:de|het|dan|nu|wat)\s+)*(?:feiten(?: en omstandigheden)?|omstandigheden|stappen|"
                     r"tijdpad|tijdspad|planning)\s*\??", fixed_text))
    if elements and ("missing_cue" in labels or "missing" in facts or missing or also_missing or swap_missing):
        # "welke reacties missen de feiten", "waar ontbreken zowel de stappen als het tijdpad",
        # "ontbreken de feiten én het tijdpad" (the second element joined to a missing phrase)
        missing += elements
    if re.search(r"\b(?:(?:alle|al)\s+(?:drie|3)\s+(?:de\s+)?|geen\s+(?:enkel|enkele|een|een enkel)?\s*(?:van\s+de\s+)?"
                 r"(?:drie|3)\s+)(?:(?:vereiste|gevraagde|verplichte|benodigde)\s+)?"
                 r"(?:elementen|onderdelen|punten)\b", fixed_text) \
            or (len(re.findall(r"\bnoch\b", fixed_text)) >= 2 and len(set(elements)) == 3):
        missing = ["facts", "steps", "timeline"]  # "waar alle drie de elementen ontbreken"
    elif len(re.findall(r"\bnoch\b", fixed_text)) >= 2 and len(set(elements)) >= 2:
        missing = sorted(set(elements))  # "noch de stappen noch het tijdpad aangegeven": both missing
    if missing:
        filters["missing"] = [e for e in ("facts", "steps", "timeline") if e in missing]
        if not states - {"answered", "incomplete"} and re.search(r"\b(?:reactie|antwoord)\b[^?]{0,30}\bwaarin\b", fixed_text):
            states.discard("answered")  # "een reactie ingediend waarin ... ontbreken": the reply carries the gaps
        if not re.search(r"\bonvolledige?\b", fixed_text):  # "een onvolledige reactie waarin de feiten ontbreken"
            states.discard("incomplete")  # keeps both; "zonder tijdpad" alone says no more than the element
        states.discard("complete")
    return facts, elements


def _staff_in(words: list[str], staff: list[Staff], skip: set[int]) -> Staff | None:
    """A staff member named in the words: full name, or a unique first name."""
    if not staff:
        return None
    text = " " + " ".join(words) + " "
    for p in staff:
        if f" {normalise(p.name)} " in text:
            return p
    firsts: dict[str, list[Staff]] = {}
    for p in staff:
        firsts.setdefault(normalise(p.name).split()[0], []).append(p)
    for i, w in enumerate(words):
        if i in skip or w in lexicon.vocab().stopwords:
            continue
        people = firsts.get(w)
        if people and len(people) == 1:
            return people[0]
    return None


def _clarify_gemeente(q: Query, match: names.NameMatch | None, fact: str | None, filters: dict[str, Any],
                      text: str, on: date) -> Query:
    """Several municipalities fit (Bergen, Haaren) or only near names: ask with buttons."""
    q.intent, q.name = "clarify", match
    q.clarify = "suggest" if match is not None and match.how == "suggest" else "gemeente"
    if fact:
        q.filters["fact"] = fact  # what was asked of it stays understood ("Hoeveel plekken heeft Bergen ...?")
    for g in (match.gemeenten if match else ())[:8]:
        sure = names.NameMatch(g.name, "exact", (g,))
        option = Query("fact" if fact else "status", {"gemeente": g.name}, name=sure, text=text)
        if fact:
            option.filters["fact"] = fact
        q.options.append(Option(g.name, option))
    return q


def _clarify_randstad(q: Query, text: str, on: date, staff: list[Staff], me: Staff | None) -> Query:
    """"de Randstad" has no fixed border: the question with the three western provinces, or with Flevoland too."""
    rest = re.sub(r"\b(?:in\s+)?(?:de\s+)?randstad\b\s*:?", " ", text, flags=re.I)
    inner = _read(rest, on, staff, me, None)
    intent = inner.intent if inner.intent in ("list", "count") else "list"
    q.options = [Option(f"regio:{label}", Query(intent, {**inner.filters, "province": list(provs)}, text=text,
                                                     owner_id=inner.owner_id))
                 for label, provs in (("Noord-Holland, Zuid-Holland en Utrecht",
                                       ("Noord-Holland", "Utrecht", "Zuid-Holland")),
                                      ("Noord-Holland, Zuid-Holland, Utrecht en Flevoland",
                                       ("Flevoland", "Noord-Holland", "Utrecht", "Zuid-Holland")))]
    q.intent, q.clarify, q.filters = "clarify", "randstad", dict(inner.filters)
    return q


def _clarify_not_yet(q: Query) -> Query:
    """"welke gemeenten zijn er nog niet": not replied yet, or not complying yet? Ask with two buttons."""
    q.options = [Option("state:no_reply", Query(q.intent, dict(q.filters, state=["no_reply"]), text=q.text,
                                                owner_id=q.owner_id)),
                 Option("compliance:voldoet_niet", Query(q.intent, dict(q.filters, compliance="voldoet_niet"),
                                                         text=q.text, owner_id=q.owner_id))]
    q.intent, q.clarify = "clarify", "not_yet"
    return q


def _clarify_late(q: Query) -> Query:
    """"te laat" alone: no reply after the termijn, or a reply that came late? Ask with two buttons."""
    options = []
    for state in ("no_reply", "late"):
        f = dict(q.filters, state=[state])
        options.append(Option(f"state:{state}", Query(q.intent, f, text=q.text, owner_id=q.owner_id)))
    q.filters.pop("state", None)
    q.intent, q.clarify, q.options = "clarify", "late", options
    return q


def _clarify_province(q: Query, match: names.NameMatch, province: str, filters: dict[str, Any]) -> Query:
    """"Utrecht" in a question that fits both the municipality and the province."""
    q.intent, q.clarify, q.name = "clarify", "gemeente_or_province", match
    g = match.gemeenten[0]
    q.options.append(Option(f"gemeente:{g.name}", Query("status", {"gemeente": g.name},
                                                        name=names.NameMatch(g.name, "exact", (g,)), text=q.text)))
    as_list = dict(filters, province=province)
    q.options.append(Option(f"provincie:{province}", Query("list", as_list, text=q.text, owner_id=q.owner_id)))
    return q


def _named_one(words: list[str], raws: list[str]) -> dict[str, Any]:
    """The slot of what the bot cannot do that is still understood: the one municipality it names, if any."""
    found = [m for _, _, m in _find_names(words, raws)[0] if len(m.gemeenten) == 1]
    names_ = {m.gemeenten[0].name for m in found}
    return {"gemeente": names_.pop()} if len(names_) == 1 else {}


def _unknown(q: Query, folded: str) -> Query:
    """Not understood: offer the two nearest things the bot can do."""
    caps = lexicon.vocab().capabilities
    scored = sorted(((fuzz.token_set_ratio(folded, normalise(example)), i) for i, (example, _) in enumerate(caps)),
                    key=lambda t: (-t[0], t[1]))
    q.intent, q.clarify = "unknown", "unknown"
    for _, i in scored[:2]:
        q.options.append(Option(f"capability:{i}", Query("capability", {"capability": i}, text=caps[i][0])))
    return q


def capability(i: int) -> tuple[str, str]:
    """(example question, button label) of capability `i`."""
    return lexicon.vocab().capabilities[i]


def warm_up() -> None:
    with _LOCK:
        lexicon.matcher()
        lexicon.vocab_list()
    load_directory()
    names.warm_up()
