"""Text -> sentences with their source and section, using the shared spaCy pipeline.

Lines are grouped into paragraphs, bullets and headings first (mail and PDF text
is hard-wrapped; a heading like "Gezette stappen" opens a section), then spaCy's
sentencizer splits paragraphs into sentences.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from parsers.nlp import load_rules, splitting

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

# a numbered bullet needs its "." or ")": a hard-wrapped line may start with a plain number ("80 plaatsen weg")
_BULLET = re.compile(r"^\s*([-•*–·▪o]|\d{1,2}[.)]|[a-h][.)])\s+(?=\S)")
_SENT_END = re.compile(r"[.;:!?]$")


@dataclass
class Sentence:
    text: str
    source: str  # "body", "attachment:NAME", "ocr:NAME", "forwarded", "quote"
    section: str  # "facts", "steps", "timeline", "status" or ""
    bullet: bool = False


@lru_cache(maxsize=1)
def _heading_rules() -> dict[str, list[re.Pattern[str]]]:
    rules = load_rules("rules.json")["headings"]
    return {k: [re.compile(p, re.I) for p in v] for k, v in rules.items() if not k.startswith("_")}


def heading_section(line: str) -> str | None:
    """The section a heading line opens, or None if the line is not a known heading."""
    s = line.strip().strip("*").strip()
    if len(s) > 90:
        return None
    for section, pats in _heading_rules().items():
        if any(p.search(s) for p in pats):
            return section
    return None


_ASKED = re.compile(r"^(?:u vraagt|uw vraag|vraag(?: \d+)?)\s*:\s*[\"“„']?(.+?)[\"”']?\s*$", re.I)
_ANSWER = re.compile(r"^(?:antwoord|ons antwoord|reactie)\s*:\s*", re.I)
_QUESTION_SECTIONS = (
    ("timeline", re.compile(r"\b(op welke termijn|wanneer|tijdpad|tijdsindicatie|planning)\b", re.I)),
    # ("Hoeveel plaatsen komen er aan de Noordhoek?": the places to come, not the count now)
    ("steps", re.compile(r"\b(welke stappen|stappen|maatregelen|wat doet|wat heeft|hoeveel (?:plaatsen|plekken) "
                         r"(?:komen|gaan|zullen|worden)\b)", re.I)),
    ("facts", re.compile(r"\b(reden|waarom|oorza(?:ak|ken)|feiten en omstandigheden)\b", re.I)),
    ("status", re.compile(r"\b(stand van zaken|huidige stand|actuele stand|hoeveel plaatsen)\b", re.I)),
)


# "onze antwoorden op de 4 vragen", "uw vier vragen beantwoorden wij als volgt": the numbered answers below follow
# the letter's questions (the status, why, the steps, when)
_FOUR_ANSWERS = re.compile(r"\b(?:(?:antwoord\w*|reactie|reageren)\b[^.?!]{0,30}\b(?:uw|de|deze|die)\s+(?:4|vier)\s+vragen|"
                           r"(?:uw|de)\s+(?:4|vier)\s+vragen\b[^.?!]{0,30}\bbeantwoord\w*|"
                           # "Op uw vragen (kenmerk 7639589):" above "1. ..." to "4. ...": the letter's questions, in order
                           r"^\W*(?:op|antwoord\w*\s+op|reactie\s+op|n\.?a\.?v\.?)\s+(?:uw|de|jullie)\s+vragen\b[^.?!]{0,40}:\s*$)",
                           re.I)
_QUESTION_ORDER = ("status", "facts", "steps", "timeline")


_NUMBERED = re.compile(r"(\d{1,2})\s*[.)]\s+(?=\S)")


def _four_answers_at_top(lines: list[str]) -> bool:
    """A reply that opens with "1." to "4." and numbers nothing else: the answers to the letter's four questions
    ("1. 62 in gebruik" / "2. Doesburg is klein, ..." / "3. uitruil met Zutphen ..." / "4. verwacht H2 ...")."""
    numbers = [int(m.group(1)) for line in lines if (m := _NUMBERED.match(line))]
    if numbers != [1, 2, 3, 4]:
        return False
    first = next(i for i, line in enumerate(lines) if _NUMBERED.match(line))
    return sum(1 for line in lines[:first] if line.strip()) <= 2


def question_section(question: str) -> str | None:
    """The section a quoted question of the ministry's letter asks for."""
    return next((sec for sec, rx in _QUESTION_SECTIONS if rx.search(question)), None)


_COLUMN_GAP = re.compile(r"\S {3,}(?=\S)")
_NARROW_GAP = re.compile(r"\S {2,}(?=\S)")
_RULE_LINE = re.compile(r"[-_=~*]{3,}")
_TABLE_RULE = re.compile(r"\|?\s*:?-{3,}:?\s*(?:[|+]\s*:?-{3,}:?\s*)+\|?$")
# a label and its figure on a line of their own: "Gerealiseerd: 120", "Wettelijke taak: 300 (274 regulier, 26 AMV)"
_LABEL_VALUE = re.compile(r"[A-ZÀ-Ý][^:.;!?]{0,38}:\s*(?=[^:]{1,45}$)[^:]*\d[^:]*$")
_LABEL_FIGURE = re.compile(r"[A-ZÀ-Ý][\w -]{0,30}:\s*[\d.]+")  # "Regulier: 380", "Totaal: 420": a label and a figure only


def _aligned_row(line: str) -> bool:
    """A row of a plain-text table aligned with spaces: two wide gaps; or a wide gap beside narrow ones (a wide
    column leaves two spaces after its longest cell: "Schalkwijkseweg  120       12   in aanbouw"); or four short
    cells two spaces apart, none a sentence ("Hessenpoort  150  regulier  vergunning aangevraagd")."""
    wide = len(_COLUMN_GAP.findall(line))
    narrow = len(_NARROW_GAP.findall(line))
    if wide >= 2 or wide and narrow >= 2:
        return True
    if narrow < 3:
        return False
    cells = re.split(r"\s{2,}", line.strip())
    return all(len(c) <= 60 and not _SENT_END.search(c) for c in cells) and any(re.fullmatch(r"\d[\d.]*", c) for c in cells)


# a line of 70 characters or more that stops mid-sentence (no closing mark): the text was wrapped, the sentence goes on
_WRAPPED = re.compile(r"^.{69,}[^.!?:;)\]\s]\s*$")
# a short line of a few words, capitalised, with no closing mark: a heading when a capitalised line follows it
# (not a line wrapped after a function word: "In het voormalige gemeentehuis van" / "Zeist zijn ...")
_HEADING_LINE = re.compile(r"(?=.{3,40}$)[A-Z][^\W\d_]*(?:[ -][\w'’-]+){0,4}")
_WRAP_WORDS = frozenset({"van", "de", "het", "een", "in", "op", "aan", "voor", "met", "en", "of", "die", "dat", "te", "naar",
                         "bij", "om", "tot", "door", "als", "zijn", "is", "wordt", "worden", "heeft", "hebben", "wij", "we",
                         "u", "er"})
# dots that lead a label to its figure ("regulier in gebruik ........ 0"), as a colon would
_DOT_LEADER = re.compile(r"\s+\.{4,}\s*(?=\d)|\s*\.{6,}\s*(?=\d)|\s*…{2,}\s*(?=\d)")


# a short label and its colon opening a line ("in voorb.: 25 pl.", "oorzaak: ...", "stappen: ..."): a line of its own
_LINE_LABEL = re.compile(r"[^\W\d_][\w.()/&-]*(?: [\w.()/&-]+){0,2}:\s+\S")


# no mail client wraps a paragraph this narrow: its lines are as the writer typed them
_NO_WRAP = 50
# a line that opens with a group of places and its figure: "regulier 34 -> 64", "AMV: 0", "reg. 35 + amv 6"
_GROUP_ROW = re.compile(r"(?:regulier|reguliere|reg\.?|amv|totaal)\s*:?\s*\d", re.I)


def _typed_line_by_line(block: list[str], width: int) -> bool:
    """A block of terse lines typed one by one, lower case or not ("r 70 amv 8 -> 78 nu" / "achter ivm verlies 30 pl
    ..."): a line of figures well short of the longest had room for the next line's first word, and no line of a
    client's wrapping width stops mid-sentence."""
    # (a wrapped line goes on in lower case on a full line, or on the short last line that ends the sentence)
    if any(55 <= len(line) <= 80 and re.search(r"[^.!?:;)\]\s]\s*$", line) and nxt[:1].islower()
           and (len(nxt) >= 0.6 * width or re.search(r"[.!?]\s*$", nxt))
           for line, nxt in zip(block, block[1:], strict=False)):
        return False
    return any(len(before) <= 0.5 * width and len(before.split()) >= 3
               and re.search(r"\d", re.sub(r"^\s*\d+\s*[.)]", "", before))  # (not a numbered heading: "4. Termijn")
               and len(before) + 1 + len(line.split()[0]) <= width - 2 and not before.endswith((",", "-", "(", ".", "!", "?",
                                                                                              ";", ":"))
               and before.split()[-1].lower() not in _WRAP_WORDS
               for before, line in zip(block, block[1:], strict=False))


def _hard_breaks(lines: list[str], typed: bool = True, unwrapped: bool = False) -> set[int]:
    """Indexes of lines the writer began on purpose, though the line before has no closing mark.

    Text wrapped at a width ends a line only where its next word would not fit, so in a paragraph of several lines
    every line but the last is nearly as long as the longest. A line well short of that which had room for the next
    line's first word ended there on purpose: terse mail typed line by line ("stand: 40 pl. in gebruik, amv nog
    geen" / "Opl. Q1 vj"). So does a line before one that opens with a short label and its colon ("in voorb.: 25
    pl."), unless it is full itself, and a line after a short label that ends in its colon ("voorb.:"). In a typed
    paragraph none of whose lines comes near a mail client's wrapping width, every line that opens with a capital
    or a figure was begun on purpose ("Maarheeze, Kapelstraat 50 - per 1/9" / "Soerendonk 24 - H1 '39")."""
    hard: set[int] = set()
    block: list[int] = []

    def judge() -> None:
        if len(block) < 2:
            return
        width = max(len(lines[i]) for i in block)
        if unwrapped or (typed and _typed_line_by_line([lines[i] for i in block], width)):
            # sent from a phone, which wraps nothing, or typed line by line: each line was ended by its writer
            hard.update(cur for prev, cur in zip(block, block[1:], strict=False)
                        if not lines[prev].endswith((",", "-", "(")) and lines[prev].split()[-1].lower() not in _WRAP_WORDS)
            return
        narrow = typed and width < _NO_WRAP
        for prev, cur in zip(block, block[1:], strict=False):
            first, before, line = lines[cur].split(maxsplit=1)[0], lines[prev], lines[cur]
            label = line.partition(":")[0]
            if before.endswith(":") and len(before) <= 25 \
                    or line.endswith(":") and len(line) <= 25 and before.split()[-1].lower() not in _WRAP_WORDS:
                hard.add(cur)  # "voorb.:" above its list
                continue
            if narrow and (_LINE_LABEL.match(line) and len(label) <= 25
                           or (first[:1].isupper() or first[:1].isdigit()) and not before.endswith(("-", ","))
                           and before.split()[-1].lower() not in _WRAP_WORDS and len(before.split()) >= 2
                           and not re.match(r"(?:vraag|vragen|antwoord|beantwoording)\b", before, re.I)):
                hard.add(cur)
                continue
            if _GROUP_ROW.match(before) and (_GROUP_ROW.match(line) or first[:1].isupper()):
                hard.add(cur)  # "regulier 34 -> 64 per 1/9 (...)" / "AMV 0 -> 6 per 1/10 (...)": a row per group
                continue
            if re.search(r"(?:->|→|=>)\s*[^\s,;:]+(?:\s+[^\s,;:]+)?$", before) and (first[:1].isupper() or first[:1].isdigit()):
                hard.add(cur)  # "... bezwaar loopt -> wk 36" / "Hillegom, Pastoorslaan: 140 plk ...": a row led to its
                continue  # moment by an arrow ends there
            if _LINE_LABEL.match(line) and len(label) <= 25 and label.count("(") >= label.count(")") \
                    and (len(before) <= 0.85 * width
                         # "Gedaan: gesprek Nidos gehad" under "Oorzaak: ... late oplevering": a capital label
                         or label[:1].isupper() and not before.endswith((",", "-"))
                         and before.split()[-1].lower() not in _WRAP_WORDS):
                hard.add(cur)  # (not the end of a bracket wrapped over the line: "Fase 2 (80" / "plaatsen): ...",
                continue  # nor a full line's next words: "... aan de wettelijke" / "taak voldoet: in het ...")
            # (well short of the longest line: a letter's subject line may be longer than its wrapped paragraphs;
            # a line of one or two words is left to the heading rules: "Antwoord" above its answer)
            if len(before) + 1 + len(first) <= width - 2 and len(before) <= 0.72 * width \
                    and len(before.split()) >= 3 and not before.endswith(("-", ",")) \
                    and before.split()[-1].lower() not in _WRAP_WORDS \
                    and (not first[:1].islower() or (first.endswith(".") and len(first) <= 6)):
                hard.add(cur)  # (a line going on in lower case goes on with the sentence: "Wij reageren hierbij" /
                # "op uw vragen."; not so a word shortened: "opl. Q1 vj", "reg. 35")

    for i, line in enumerate(lines):
        if not line:
            judge()
            block = []
            continue
        block.append(i)
    judge()
    return hard


def _units(text: str, typed: bool = True, unwrapped: bool = False) -> list[tuple[str, str, bool]]:
    """(text, section, is_bullet) units."""
    units: list[tuple[str, str, bool]] = []
    section = ""
    buf: list[str] = []
    buf_bullet = False

    def flush() -> None:
        nonlocal buf, buf_bullet
        if buf:
            units.append((" ".join(buf), section, buf_bullet))
        buf, buf_bullet = [], False

    def labelled(rest: str, line: str) -> list[str]:
        """The text after a label: a unit of its own, or the start of one when the line was wrapped mid-sentence
        ("Reden: het pand is ... als het COA de" / "huurovereenkomst heeft getekend."); the new buffer."""
        if _WRAPPED.search(line):
            return [rest]
        units.append((rest, section, False))
        return []

    lines = [_DOT_LEADER.sub(": ", raw.strip().replace("\u00a0", " ")) for raw in text.replace("\r", "").split("\n")]
    hard = _hard_breaks(lines, typed, unwrapped)
    # the answers to the letter's four questions, numbered in the letter's order: announced (below) or at the top
    four = _four_answers_at_top(lines)
    for n, line in enumerate(lines):  # "amv in gebruik ....... 0" is a label line
        if not line:
            flush()
            continue
        if _FOUR_ANSWERS.search(line):
            four = True
        elif four and (nr := re.match(r"([1-4])\s*[.)]\s+(?=\S)", line)):
            flush()  # "Hierbij kort onze antwoorden op de 4 vragen: ... 4) Q1 2037": the fourth answer is the timeline
            section = _QUESTION_ORDER[int(nr.group(1)) - 1]
        # ("4. Op welke termijn verwacht de gemeente ...?": the number alone heads it too)
        numbered = re.match(r"(?:(?:vraag|v)\s*)?\d{1,2}\s*[.:)]\s*(\S.{5,200}\?)\s*$", line, re.I)
        if numbered and (sec := heading_section(numbered.group(1)) or question_section(numbered.group(1))):
            flush()  # "Vraag 4. Wanneer verwacht de gemeente aan de taak te voldoen?": the question heads its answer
            section = sec
            continue
        asked = _ASKED.match(line)
        if asked:  # 'U vraagt: "Op welke termijn verwacht u ...?"': the ministry's question opens its answer
            flush()
            section = question_section(asked.group(1)) or section
            continue
        line = _ANSWER.sub("", line)
        sec = heading_section(line)
        inline = re.match(r"([^?:]{3,120}\?)\s+(\S.*)$", line) if sec is not None else None
        if inline and heading_section(inline.group(1)) == sec:
            # "Waarom duurt het langer? Tegen de eerste schets is een petitie met" - the question heads the text
            # that follows it on the line (and goes on on the next)
            flush()
            section = sec
            buf = [inline.group(2)]
            continue
        if sec is not None:
            flush()
            section = sec
            rest = re.split(r":\s*", line, maxsplit=1)
            # "Planning: wij verwachten ..." carries text after the colon
            if len(rest) == 2 and rest[1].strip() and len(rest[1]) > 3:
                buf = labelled(rest[1].strip(), line)
            continue
        label, colon, rest_text = line.partition(":")
        if colon and len(label) < 40 and len(rest_text.strip()) > 3 and (sec := heading_section(label)) is not None:
            flush()  # "Termijn: de 60 plekken verwachten we in het tweede kwartaal van 2027." - a label inline
            section = sec
            buf = labelled(rest_text.strip(), line)
            continue
        if _TABLE_RULE.match(line):
            continue  # "|---|---|" under a markdown table's header: no row, the header stays beside its rows
        if _RULE_LINE.fullmatch(line):
            flush()  # "-----" between a list and its total: no word of either
            continue
        if "\t" in line:  # a table copied as tab-separated text (Outlook's plain part): a row as in HTML
            cells = [c.strip() for c in line.split("\t") if c.strip()]
            line = " | ".join(cells) if len(cells) > 2 and all(len(c) <= 120 for c in cells) else " ".join(cells)
        if len(line) < 200 and _aligned_row(line):
            # a plain-text table aligned with spaces: its cells as in HTML (no empty cells where "|" was typed too)
            line = re.sub(r"(?:\s*\|\s*)+", " | ", re.sub(r"\s{2,}", " | ", line)).strip(" |")
        cells = line.split(" | ")
        if len(cells) > 1 and all(_LABEL_FIGURE.fullmatch(c.strip()) for c in cells):
            flush()  # "Regulier: 380 | AMV: 40 | Totaal: 420": label lines side by side, each a unit of its own
            units.extend((c.strip(), section, False) for c in cells)
            continue
        if " | " in line and len(line) < 200:
            flush()
            units.append((line, section, False))  # a table row stays one unit
            continue
        if len(line) < 90 and _LABEL_VALUE.match(line):
            flush()  # "Gerealiseerd: 120", "Tekort per 1 december: 180": a label line is a unit of its own
            units.append((line, section, False))
            continue
        if _BULLET.match(line):
            flush()
            buf = [_BULLET.sub("", line, count=1)]
            buf_bullet = True
            continue
        if buf and ((not buf_bullet and _SENT_END.search(buf[-1]) and len(buf[-1]) < 60) or n in hard):
            flush()
        if buf and not buf_bullet and len(line) < 60 and not _SENT_END.search(line) and line[:1].isupper() \
                and _SENT_END.search(buf[-1]):
            flush()
        if len(buf) == 1 and not buf_bullet and _HEADING_LINE.fullmatch(buf[0]) and line[:1].isupper() \
                and buf[0].split()[-1].lower() not in _WRAP_WORDS \
                and not re.match(r"(?:vraag|vragen|antwoord|beantwoording)\b", buf[0], re.I):
            # ("Vraag 2" / "Antwoord" stay with the text they label: council questions are told apart by them)
            flush()  # "Wat is er gebeurd" above "Het college heeft ...": a heading of its own, no part of the sentence
        buf.append(line)
        if line.endswith("?") and len(line) < 90 and len(buf) == 1:
            # a question as a heading ("Waarom voldoen wij nog niet aan de taak?")
            flush()
    flush()
    return units


def _plain_sentencizer(nlp: Language) -> frozenset[int] | None:
    """The punctuation (as string ids) of the pipeline's sentencizer when a plain `sentencizer` is the only thing
    that sets sentence starts, else None (a trained parser or senter must run as a pipeline)."""
    if "sentencizer" not in nlp.pipe_names or "parser" in nlp.pipe_names or "senter" in nlp.pipe_names:
        return None
    from spacy.pipeline import Sentencizer
    from spacy.strings import get_string_id

    pipe = nlp.get_pipe("sentencizer")
    if type(pipe) is not Sentencizer:
        return None
    return frozenset(get_string_id(c) for c in pipe.punct_chars)


_PUNCT_IDS: dict[int, frozenset[int] | None] = {}
# the sentences of a unit, by (splitter, unit text): mail repeats text (quotes, replies). Stable while deferred
# tokenizer exceptions are added: those that occur in a unit are added before it is first split.
# A line typed without any full stop ("hoi allen ivm jullie brief stand zutphen nu r 40 ... volgende stap is Hoven-west
# 130 pl ... oplevering verwacht Q1 2041 reden dat het langer duurt is ..."): its clauses start where a new topic word
# or a subject with its verb opens one
_RUN_ON_MIN_WORDS = 25
_RUN_ON_OPENER = re.compile(
    r"\s(?=(?:volgende stap|stand\s+(?!van\b)|status\b|oplevering\b|planning\b|verwachting\b|reden(?:en)?\s+(?:dat|is|zijn|waarom)\b|"
    r"verder\s+(?:kan|kunnen|is|zijn|hebben|heeft|gaan|gaat|wordt|worden)\b|daarnaast\b|"
    r"(?:we|wij|ik)\s+(?:hebben|zijn|doen|willen|gaan|verwachten|kunnen|zullen|moeten|hopen|werken|zoeken|verkennen|"
    r"krijgen|bouwen|zitten|staan|kijken|praten|wachten|proberen)\b))", re.I)
_NOT_BEFORE_A_CLAUSE = frozenset({"en", "maar", "of", "dat", "die", "als", "omdat", "want", "dus", "zodat", "toen", "wat",
                                  "waar", "hoe", "wanneer", "zodra", "nu", "de", "het", "een", "van", "in", "op", "met",
                                  "voor", "naar", "bij", "om", "te", "tot", "door", "over", "zoals", "dan", "terwijl",
                                  "hoewel", "tenzij", "indien", "waarin", "waarmee", "waardoor", "nadat", "voordat",
                                  # ("in zijn planning", "de nieuwe planning"): a noun after its determiner
                                  "zijn", "haar", "hun", "onze", "ons", "mijn", "uw", "deze", "dit", "welke", "elke",
                                  "geen", "nieuwe", "eerste", "tweede", "laatste", "huidige", "verdere", "verwachte"})


def _run_on_parts(sentence: str) -> list[str]:
    """A long sentence typed without full stops, cut where a clause opens; any other sentence as it is."""
    if len(sentence) < 120 or re.search(r"[.!?;,]\s", sentence) or len(sentence.split()) < _RUN_ON_MIN_WORDS:
        return [sentence]
    parts, start = [], 0
    for m in _RUN_ON_OPENER.finditer(sentence):
        before = sentence[start:m.start()].split()
        if len(before) < 3 or before[-1].lower() in _NOT_BEFORE_A_CLAUSE:
            continue
        parts.append(sentence[start:m.start()])
        start = m.end()
    parts.append(sentence[start:])
    return [p for p in parts if p.strip()]


_SPLIT: dict[tuple[int, str], tuple[str, ...]] = {}
_SPLIT_MAX_CHARS = 4000  # longer units are split every time (a few MB at most are kept)


def split_cache_clear() -> None:
    _SPLIT.clear()


def _sentence_texts(nlp: Language, punct: frozenset[int], text: str) -> list[str]:
    """The sentences of one unit, exactly as spaCy's `Sentencizer` splits it, from the tokenizer alone.

    A sentence starts at the first token after sentence punctuation that is neither punctuation nor such a
    character; this reads token ids and flags from one array instead of building a Token per token.
    """
    from spacy.attrs import IDX, IS_PUNCT, ORTH

    doc = nlp.make_doc(text)
    if not len(doc):
        return []
    starts = [0]
    seen = False
    for orth, is_punct, idx in doc.to_array([ORTH, IS_PUNCT, IDX]).tolist():
        in_punct = orth in punct
        if seen and not is_punct and not in_punct:
            starts.append(idx)
            seen = False
        elif in_punct:
            seen = True
    starts.append(len(text))
    return [text[starts[k]:starts[k + 1]] for k in range(len(starts) - 1)]


# a shortened month before a year, a day or a bracket ends no sentence: "ingebruikname sept. 2037" reads "sept 2037"
# ("Wij openen in sept. De raad ..." keeps its full stop)
# ("in jan. het voorstel", "tot febr. '38": the dot of a month shortened after a word that dates is no full stop)
_MONTH_SHORT = r"(?:jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)"
_SHORT_MONTH = re.compile(r"\b(?:(?:in|eind|begin|medio|sinds|vanaf|per|tot|na|voor|half)\s+" + _MONTH_SHORT
                          + r"\.(?=\s[a-z])|" + _MONTH_SHORT + r"\.(?=\s*(?:\d|[),;'’‘`])))", re.I)
# footnote marks ("40 plekken¹", "maart 2027²") are no part of the word or the number they follow
_FOOTNOTE_MARKS = str.maketrans({c: " " for c in "¹²³⁴⁵⁶⁷⁸⁹⁰"})


def sentences(text: str, source: str, unwrapped: bool = False) -> list[Sentence]:
    """All sentences of a text, in order; `unwrapped`: typed where nothing wraps lines (a phone), so every line
    break is the writer's."""
    if not text or not text.strip():
        return []
    # (a document's lines are the layout's, not the writer's: only typed text has lines of its own)
    typed = not source.startswith(("attachment", "ocr"))
    units = _units(_SHORT_MONTH.sub(lambda m: m.group(0)[:-1], text.translate(_FOOTNOTE_MARKS)),
                   typed=typed, unwrapped=unwrapped)
    out: list[Sentence] = []
    texts = [u[0][:20000] for u in units]
    with splitting(texts) as nlp:
        key = id(nlp)
        if key not in _PUNCT_IDS:
            _PUNCT_IDS[key] = _plain_sentencizer(nlp)
        punct = _PUNCT_IDS[key]
        if punct is not None:
            for (_, section, bullet), unit in zip(units, texts, strict=True):
                split = (unit,) if " | " in unit and len(unit) < 200 else _SPLIT.get((key, unit))
                if split is None:  # a table row stays one sentence ("Locatie | Reg. | AMV | Tot.")
                    split = tuple(_sentence_texts(nlp, punct, unit))
                    if len(unit) <= _SPLIT_MAX_CHARS:
                        if len(_SPLIT) >= 4096:
                            _SPLIT.clear()
                        _SPLIT[(key, unit)] = split
                if typed:
                    split = tuple(part for sent in split for part in _run_on_parts(sent))
                for sent in split:
                    s = sent.strip()
                    if s:
                        out.append(Sentence(s, source, section, bullet))
            return out
        with nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in ("sentencizer", "senter", "parser")]):
            docs = list(nlp.pipe(texts))
    for (_, section, bullet), doc in zip(units, docs, strict=True):
        for sent in doc.sents:
            s = sent.text.strip()
            if s:
                out.append(Sentence(s, source, section, bullet))
    return out


# answers to council questions (art. 40/42 RvO): "Vraag 1 ..." is the council member's, "Antwoord 1 ..." the college's
_QUESTION_LABEL = re.compile(r"^\s*(?:vraag|vragen)\s*\d*[a-z]?\s*[:.)]?\s", re.I)
_BARE_QUESTION_LABEL = re.compile(r"\s*(?:vraag|vragen)\s*\d*[a-z]?\s*[:.)]?\s*", re.I)
_ANSWER_LABEL = re.compile(r"^\s*(?:antwoord|beantwoording)\s*\d*[a-z]?\s*(?:van het college\s*)?[:.)]?\s", re.I)


def without_council_questions(sents: list[Sentence]) -> list[Sentence]:
    """The sentences of a text that answers council questions, without the questions: from a "Vraag N" label to the
    next "Antwoord N" the words are the council member's, not the municipality's. Texts without answer labels are
    left as they are."""
    if not any(_ANSWER_LABEL.match(s.text) for s in sents) or not any(_QUESTION_LABEL.match(s.text) for s in sents):
        return sents
    out: list[Sentence] = []
    asking, source, asked = False, None, False
    bare: str | None = None  # the section at a "Vraag 3" label standing alone
    for s in sents:
        if s.source != source:
            asking, source, asked = False, s.source, False
        if bare is not None and s.section and s.section != bare and not s.text.rstrip().endswith("?"):
            asked = True  # "Vraag 3" / "Waarom voldoet Huizen nog niet?" read as a heading: what follows answers it
        bare = None
        if _QUESTION_LABEL.match(s.text):
            asking, asked = True, False
            if _BARE_QUESTION_LABEL.fullmatch(s.text):
                bare = s.section
        if _ANSWER_LABEL.match(s.text) or (asking and asked and not s.text.rstrip().endswith("?")):
            asking = False  # "Antwoord:" taken off as a label: the first sentence after the question mark answers
        if asking and s.text.rstrip().endswith("?"):
            asked = True
        if not asking:
            out.append(s)
    return out
