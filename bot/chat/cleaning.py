"""Cleaning a typed question before it is read: the rewrites that make many surfaces one (voice-typed letters and
years, Flemish and formal phrasings, words run together, autocorrect's words), abbreviations expanded, compounds
split and filler words dropped. Returns the folded text with its words and the raw words beside them."""
from __future__ import annotations

import re

from bot.chat import lexicon, names
from parsers.gemeenten import normalise

_Y_FOR_IJ = re.compile(r"(?<=[bcdfghjklmnpqrstvwxz])y(?=[bcdfghjklmnpqrstvwxz])")
PUNCT = re.compile(r"[?!:;\"„”“«»…]+")


_MONTH_NAMES = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                "november", "december")
# "15-2-2027", "01/05/2026": day, month, year; "15-2", "15/2" only after a word that asks for a day ("vóór 15-2")
_NUMERIC_DAY = re.compile(r"\b(0?[1-9]|[12]\d|3[01])[-/.](0?[1-9]|1[0-2])[-/.]((?:19|20)\d\d)\b|"
                          r"\b((?:vóór|voor|na|op|tot|vanaf|per|uiterlijk|sinds|rond|t/m|tussen|before|after|by|on)\s+)"
                          r"(0?[1-9]|[12]\d|3[01])[-/](0?[1-9]|1[0-2])\b(?![-/.]\d)", re.I)


_ISO_DAY = re.compile(r"\b(20\d\d)-(0?[1-9]|1[0-2])-(0?[1-9]|[12]\d|3[01])\b")
_ENGLISH_MONTHS = {"jan": "januari", "feb": "februari", "mar": "maart", "apr": "april", "may": "mei", "jun": "juni",
                   "jul": "juli", "aug": "augustus", "sep": "september", "oct": "oktober", "nov": "november",
                   "dec": "december"}
_ENGLISH_MONTH = re.compile(r"\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
                            r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+((?:19|20)\d\d)\b", re.I)


def _day_in_words(m: re.Match[str]) -> str:
    if m.group(1):
        return f"{int(m.group(1))} {_MONTH_NAMES[int(m.group(2)) - 1]} {m.group(3)}"
    return f"{m.group(4)}{int(m.group(5))} {_MONTH_NAMES[int(m.group(6)) - 1]}"


def clean(text: str) -> tuple[str, list[str], list[str]]:
    """(folded text, folded words, raw words) with voice-typing filler removed."""
    v = lexicon.vocab()
    raw = []
    # "noord- en zuid-holland", "Noord- en Zuid-Brabant": each province in full
    text = re.sub(r"\b(noord|zuid)-\s+(en|of)\s+(noord|zuid)-(holland|brabant)\b", r"\1-\4 \2 \3-\4", text, flags=re.I)
    # "afhankelijk van het COA, niet in Limburg": the comma stands for "en"
    text = re.sub(r"(?:,|\s+komma)\s*(niet|behalve|maar niet)\s+(in|uit)\b", r" en \1 \2", text, flags=re.I)
    # voice-typed: letters spoken one by one ("het c o a", "a m v"), a compound heard as two words ("tijd pad")
    text = re.sub(r"\bc\s\.?\s?o\s\.?\s?a\b", "coa", text, flags=re.I)
    text = re.sub(r"\ba\s\.?\s?m\s\.?\s?v\b", "amv", text, flags=re.I)
    text = re.sub(r"\btijd\s+pad\b", "tijdpad", text, flags=re.I)
    text = re.sub(r"\b(twee|der)\s+de\s+(trede|stap)\b", r"\1de \2", text, flags=re.I)  # voice-typed "twee de trede"
    text = re.sub(r"\b(trede|trd|stap)(\d)\b", r"\1 \2", text, flags=re.I)  # typed together: "trede2"
    # "harderwyk", "op tyd": a y typed for ij between consonants (not in a name spelled so: Lelystad, Fryslân)
    text = re.sub(r"\b\w*[bcdfghjklmnpqrstvwxz]y[bcdfghjklmnpqrstvwxz]\w*\b",
                  lambda m: m.group(0) if names.exact(m.group(0)) or normalise(m.group(0)) in lexicon.vocab().provinces
                  else _Y_FOR_IJ.sub("ij", m.group(0)), text)
    text = re.sub(r"\bbe\s+handelaar", "behandelaar", text, flags=re.I)  # voice-typed: "wie is be handelaar van ..."
    # "een volledig en juist beeld kunnen geven": how complete the asker's picture is, not a complete reply
    text = re.sub(r"\b(?:volledig|compleet|helder|goed|juist)(?:\s+en\s+(?:volledig|compleet|helder|goed|juist))?\s+(beeld|overzicht)\b",
                  r"\1", text, flags=re.I)
    text = re.sub(r"\bnext to\b", "naast", text, flags=re.I)  # "which gemeenten lie next to Zeist?"
    # a day written in figures, as the date readers know it in words: "vóór 15-2-2027", "01-05-2026", "na 15/2"
    text = _NUMERIC_DAY.sub(_day_in_words, text)
    text = _ISO_DAY.sub(lambda m: f"{int(m.group(3))} {_MONTH_NAMES[int(m.group(2)) - 1]} {m.group(1)}", text)  # "2027-03-01"
    # English months before a year: "in Oct 2026", "before March 2027"
    text = _ENGLISH_MONTH.sub(lambda m: f"{_ENGLISH_MONTHS[m.group(1).lower()[:3]]} {m.group(2)}", text)
    # "not counting Gelderland", "excluding Zeeland": left out; "wich ones": which
    text = re.sub(r"\bnot\s+counting\b|\bexcluding\b|\bexcept\s+for\b|\bexcept\b", "behalve", text, flags=re.I)
    text = re.sub(r"\b(?:wich|whcih|wihch|whihc)\b", "which", text, flags=re.I)
    text = re.sub(r"\bwk\.?\s*(\d{1,2})\b", r"week \1", text, flags=re.I)  # "mn termijnen in wk 41 van 2026"
    # voice-typed years in separate words: "twee duizend zeven en twintig" is "tweeduizend zevenentwintig"
    text = re.sub(r"\btwee\s+duizend\b", "tweeduizend", text, flags=re.I)
    text = re.sub(r"\b(tweeduizend|twintig)\s+(vijf|zes|zeven|acht|negen)\s+en\s+twintig\b", r"\1 \2entwintig", text,
                  flags=re.I)
    # English: "step 3 of the ladder" is trede 3, "which of those" narrows the list just given
    text = re.sub(r"\bstep\s+(\d)\b(?:\s+of\s+the\s+(?:intervention\s+)?ladder)?", r"trede \1", text, flags=re.I)
    text = re.sub(r"\b(?:of|among)\s+(?:those|them|these)\b", "daarvan", text, flags=re.I)
    # "which of those were also late?": late replies, said in English
    text = re.sub(r"\b(?:were|was|are|is)\s+(also\s+)?late\b", lambda m: ("ook " if m.group(1) else "") + "te laat", text,
                  flags=re.I)
    # "but not in Noord-Brabant", "and don't have a behandelaar yet": what is left out, said in English
    text = re.sub(r"\b(?:but\s+|and\s+)?not\s+in\b", " en niet in", text, flags=re.I)
    text = re.sub(r"\b(?:do|does)\s*(?:n't|not)\s+have\s+(?:a|an|any)\s+(?:behandelaar|owner|case owner|handler)\b"
                  r"(?:\s+yet)?", "geen behandelaar hebben", text, flags=re.I)
    # "op welk moment ... verwacht te voldoen": when; "tot op heden": so far (no "Rheden" in it)
    text = re.sub(r"\bop\s+welk\s+moment\b|\bop\s+welk\s+tijdstip\b", "wanneer", text, flags=re.I)
    text = re.sub(r"\b(?:tot\s+)?op\s+heden\b", " ", text, flags=re.I)
    # "klopt het dat alleen Bergen op Zoom aan de taak voldoet?": which ones comply, to check it is only that one
    text = re.sub(r"\b(?:alleen|enkel|uitsluitend|slechts)\s+(?-i:[A-Z])[\w'-]*(?:\s+(?:op|aan|den|de|en|(?-i:[A-Z])[\w'-]*)){0,4}?"
                  r"\s+(?:aan\s+(?:de|haar|zijn)\s+(?:wettelijke\s+)?(?:taak|taakstelling)\s+)?voldoet\b",
                  "welke gemeenten voldoen aan de taak", text, flags=re.I)
    # Flemish and formal ways to say no reply or a late one: "antwoord niet binnengestoken", "nagelaten te reageren"
    text = re.sub(r"\bbinnengestoken\b", "ingestuurd", text, flags=re.I)
    text = re.sub(r"\b(?:hebben|heeft)\s+nagelaten\s+(?:om\s+)?te\s+reageren\b", "niet hebben gereageerd", text, flags=re.I)
    # "hoeveel daarvan zijn niet gelegen in de provincie Zuid-Holland": the province left out, as ", niet in" says it
    text = re.sub(r"\b(?:(?:zijn|is|liggen|ligt)\s+)?niet\s+gelegen\s+in\s+(?:de\s+provincie\s+)?", ", niet in ", text,
                  flags=re.I)
    text = re.sub(r"\bniet\s+onvolledig\b", "volledig", text, flags=re.I)  # "een reactie die niet onvolledig is"
    # "welke zaken zijn aan mij toebedeeld": mine
    text = re.sub(r"\b(?:zijn|is)\s+aan\s+mij\s+(?:toebedeeld|toegewezen|toegekend)\b", "zijn mijn zaken", text, flags=re.I)
    # "vóór zomer '27": a year shortened after a season or month is that year of the century; "Noorden, ..." opening
    # a terse question is the region
    text = re.sub(r"\b(zomer|winter|voorjaar|najaar|herfst|lente|kerst|januari|februari|maart|april|mei|juni|juli|augustus|"
                  r"september|oktober|november|december|q[1-4]|h[12])\s+['’‘`](\d\d)\b", r"\1 20\2", text, flags=re.I)
    text = re.sub(r"^\W*(noorden|oosten|zuiden)\b", r"het \1", text, flags=re.I)
    # "excl. Voorschoten + Wassenaar": a plus between names joins them as "en" does
    text = re.sub(r"(?<=[A-Za-zÀ-ÿ])\s+\+\s+(?=[A-Z])", " en ", text)
    # "En indien ik mij beperk tot het eerste kwartaal van 2027?": the window just given, narrowed
    text = re.sub(r"\b(?:indien|als|wanneer)\s+ik\s+(?:mij|me)\s+beperk\s+tot\b", "in", text, flags=re.I)
    # typed fast: words run together ("vanmijn", "voldoenniet"), autocorrect's words ("mijn zakken", "geen redactie")
    text = re.sub(r"\bvan(mijn|m'n|ons|onze)\b", r"van \1", text, flags=re.I)
    text = re.sub(r"\b(voldoe[nt]|voldeden|voldeed)(niet)\b", r"\1 \2", text, flags=re.I)
    text = re.sub(r"\b(mijn|m'n|onze|alle|de|die)\s+zakken\b", r"\1 zaken", text, flags=re.I)
    text = re.sub(r"\b(geen|een|hun|de|haar|zijn)\s+redactie\b", r"\1 reactie", text, flags=re.I)
    # "hoe staan ze ervoor qua naleving": the topic of the question, not a state of compliance to filter on
    text = re.sub(r"\b(?:qua|wat\s+betreft|op\s+het\s+gebied\s+van|m\.?b\.?t\.?)\s+(?:de\s+)?naleving\b", " ", text, flags=re.I)
    # "Gelderse gemeenten kampen met geldproblemen": the verb, not the municipality Kampen
    text = re.sub(r"\b(gemeenten|gemeentes|zij|ze|die|welke|wie)\s+kampen\b(?=\s+(?:\w+\s+){0,5}?met\b)", r"\1 hebben",
                  text, flags=re.I)
    text = re.sub(r"\bnot\s+(?:counted|included)\b", "niet meegeteld", text, flags=re.I)  # "Zuid-Holland not counted"
    text = re.sub(r"\b(noord|oost|zuid)-?\s?nl\b", r"\1-nederland", text, flags=re.I)  # "Oost-NL": the region
    # "..., de gemeenten die te laat waren niet meegerekend": a left-out clause said after, as "uitgezonderd" says it before
    text = re.sub(r",?\s*((?:de|alle)\s+(?:gemeenten|gemeentes|zaken)\s+die\s+[^,.?]{3,60}?)\s+(?:niet\s+meegerekend|"
                  r"niet\s+meegeteld|buiten\s+beschouwing(?:\s+gelaten)?)\b", r", uitgezonderd \1", text, flags=re.I)
    # "in Noord-Nederland, op Friesland na": all but the one named
    text = re.sub(r"\bop\s+((?:[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*){0,2})\s+na\b", r"behalve \1", text)
    # "in gebreke gebleven (binnen de gestelde termijn | tijdig) te reageren": defaulted, no reply in time
    text = re.sub(r"\bin gebreke(?:\s+(?:gebleven|zijn|blijven|gesteld))?(?:\s+om)?(?:\s+(?:binnen\s+de\s+(?:gestelde\s+)?termijn|"
                  r"tijdig|op\s+tijd))?(?:\s+te\s+reageren)?", "niet gereageerd", text, flags=re.I)
    for w in PUNCT.sub(" ", text).replace("'s ", "'s-").split():
        if len(w) > 2 and w[0] in "'‘\"“" and w[-1] in "'’\"”":
            w = w[1:-1]  # "als reden 'overig' opgegeven": the quotes around a word it names
        bare = w.rstrip(",.")  # "brabant voldoet nt, hoeveel": the shorthand before a comma
        if bare != w and bare.casefold() in v.abbreviations:
            w = v.abbreviations[bare.casefold()] + w[len(bare):]
        raw.extend(v.abbreviations.get(w.casefold(), w).split())
    raw = years(raw)
    raw = [w for w in raw if normalise(w)]
    folded = [normalise(w) for w in raw]
    words, raws = [], []
    for w, r in zip(folded, raw, strict=True):
        for i, part in enumerate(p for word in w.split() for p in lexicon.compound(word)):
            words.append(part)
            raws.append(r if i == 0 else part)
    filler = lexicon.vocab().filler
    keep = [(w, r) for w, r in zip(words, raws, strict=True) if w not in filler or w in ("er", "nog", "al", "nu", "dan")]
    words = [w for w, _ in keep]
    raws = [r for _, r in keep]
    return " ".join(words), words, raws


def years(words: list[str]) -> list[str]:
    """Voice-typed years and days: "tweeduizend zesentwintig" / "twintig zevenentwintig" → "2026" / "2027";
    "dertig september" → "30 september"."""
    years = lexicon.vocab().year_words
    months = lexicon.vocab().months
    days = lexicon.day_words()
    out: list[str] = []
    for w in words:
        low = w.casefold()
        if out and out[-1].casefold() in ("tweeduizend", "twintig") and low in years:
            out[-1] = str(2000 + years[low])
        elif low.startswith("tweeduizend") and low[len("tweeduizend"):] in years:
            out.append(str(2000 + years[low[len("tweeduizend"):]]))  # "tweeduizendzesentwintig" in one word
        else:
            if out and low in months and normalise(out[-1]) in days and (out[-1].casefold() != "een" or (
                    len(out) > 1 and out[-2].casefold() in ("tussen", "op", "per", "vanaf", "sinds", "tot", "voor",
                                                            "vóór", "na", "en"))):
                out[-1] = str(days[normalise(out[-1])])
            out.append(w)
    return out
