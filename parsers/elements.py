"""Required elements of an answer or notice: facts (reasons), steps, timeline; with evidence sentences.

Works on the sentences of the municipality's OWN text (new text, its own quoted
mails, attachments): quoted ministry text never reaches this module. Each
finding carries the sentences that prove it; rejected candidates are noted
(negation, vague time, superseded plan).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from parsers import meaning
from parsers import reasons as reasons_mod
from parsers.dates import SHORT_YEAR, TimeExpr, anchor_back, find_time_expressions, is_past
from parsers.model import Evidence, Finding
from parsers.nlp import IgnoreCaseRule, LowerRule, any_of, load_rules
from parsers.segments import Sentence

_PLACE_WORDS = re.compile(r"plekken|plaatsen|locatie|opvang|units|paviljoen|gebouw|pand|taak|voldo|asielzoekers|bewoners|"
                          r"vleugel|verdieping|etage|bouwdeel|"
                          r"voorziening|"
                          r"personen|school|hotel|kantoor|complex|woningen|ingebruikname|oplevering|opleverdatum|opgeleverd|"
                          r"intrek|in gebruik|uitbreiding|capaciteit|jongeren|minderjarigen|amv|"
                          r"verbouwing|renovatie|herstel\b|nieuwbouw|opening\b|woning\b|plaats (aan|voor)|mensen|"
                          r"\bde bouw\b|\balles\b[^.;]{0,60}\b(?:klaar|gereed|gerealiseerd|rond)\b|"
                          r"\b(?:fase|deelfase|tranche)\s+(?:\d|[a-e]\b|een|twee|drie|i{1,3}\b)|\b(?:eerste|tweede|derde|laatste) fase\b|"
                          r"\b(?:beide|alle|de twee|de drie) fasen\b|\d\s*pl\b|"
                          r"\bopl\.(?=\s)|\beta\b|"  # "Opl. Q2 2038.", "ETA wk 12": the delivery, said short
                          # "verwacht Q4 '38", "verwacht: medio 2039": the expectation itself, the places left unsaid
                          r"\bverwacht\s*:?\s+(?:q[1-4]|h[12]\b|eind|medio|begin|per\s|rond|uiterlijk)",
                          re.I)
# a short sentence that continues the previous one about the places ("Die zijn in oktober 2027 gereed.")
_REFERS_BACK = re.compile(r"\s*(die|dat|deze|ze|zij|dit)\b", re.I)
# a date named without a year in a clause told in the past ("de raad heeft op 12 oktober ... verworpen") is an
# event that happened, not a moment ahead: the year is the last one, and it is no time indication
_PAST_AUX = frozenset({"heeft", "hebben", "had", "hadden", "werd", "werden"})
_PAST_ADVERBS = frozenset({"afgelopen", "jl", "onlangs", "vorige", "eerder", "reeds"})
_NOT_PAST = frozenset({"zal", "zullen", "gaat", "gaan", "te", "verwacht", "verwachten", "wordt", "worden", "dan",
                       "pas", "dat", "moet", "moeten", "kan", "kunnen", "mits", "zodra", "als", "indien"})
_PARTIES = (r"(?:provincie|rijk|ministerie|rijksoverheid|nidos|rechtbank|rechter|voorzieningenrechter|raad van state|"
            r"ontwikkelaar|projectontwikkelaar|eigenaar|grondeigenaar|woningcorporatie|corporatie|netbeheerder|"
            r"veiligheidsregio|regio|regietafel|regionale regietafel)")
_OTHER_PARTY = re.compile(r"\s*(?:(?:ook|daarnaast|inmiddels)\s+)?(?:de|het)\s+" + _PARTIES +
                          r"\b(?:\s+(?:[A-Z][\w-]+|en|het|de)){0,4}\s+(?:heeft|hebben|is|zijn|wil|willen|gaat|gaan|zal|zullen|"
                          r"onderzoekt|onderzoeken|zoekt|zoeken|verkent|verkennen|organiseerde|besloot|werkt|werken|"
                          r"begeleidt)\b|"
                          # "Daarnaast zoekt de provincie Limburg via de regietafel naar regionale oplossingen"
                          r"\s*(?:ook|daarnaast|inmiddels|verder)\s+(?:zoekt|onderzoekt|verkent|werkt|kijkt)\s+(?:de|het)\s+"
                          + _PARTIES + r"\b", re.I)
_OWN_PARTY = re.compile(r"\b(?:wij|we|het college)\b", re.I)
_TL_LABEL = re.compile(r"\s*(?:nieuwe\s+|verwachte?\s+)?(?:verwachting|planning|tijdpad|tijdsindicatie|termijn|"
                       r"streefdatum|opleverdatum|oplevering|realisatie|verwacht|gereed|klaar|volledig|openstelling|"
                       r"opening|ingebruikname|openingsdatum|beschikbaarheid|beschikbaar|bewoning|eta|opl\.?|streven|doel)"
                       r"(?:\s+(?:ongewijzigd|onveranderd|gewijzigd|"
                       r"aangepast|herzien|blijft))?\s*:", re.I)
# a label of any wording whose value is the delivery: "verwachtign: gereed eind 2037", "planning: opl. Q3"
_TL_VALUE = re.compile(r"\s*[^\W\d][\w .-]{1,24}:\s*(?:gereed|klaar|opl\.?|oplevering|ingebruikname|in gebruik|open)\b",
                       re.I)
# a line of only the delivery and its moment: "klaar Q1 '39", "oplevering per 1/9", "op taak eind '38"
_DELIVERY_LEAD = re.compile(r"\W{0,3}(?:verwacht\s+)?(?:klaar|gereed|oplevering|opl\.?|ingebruikname|opening|op taak|"
                            r"realisatie|eta)\s*(?:(?:per|in|vanaf|rond|uiterlijk)\s+)?", re.I)
# a terse line that leads from the places to their moment with an arrow: "120 nu + 140 Triangel = 260 → mrt '40"
_ARROW_TO_MOMENT = re.compile(r"(?:→|->|=>)\s*(?:(?:in gebruik|klaar|gereed|open|bewoonbaar|oplevering)\s+)?"
                              r"(?:(?:per|vanaf|in|rond|eind|begin|medio|uiterlijk)\s+)?$", re.I)
# "nu 420 -> 596 in Q3 2040": the count now, the count it becomes and when
_COUNT_ARROW = re.compile(r"\b\d+\s*(?:→|->|=>)\s*\d+\s+(?:plekken\s+|plaatsen\s+|plk\s+|pl\.?\s+)?"
                          r"(?:(?:per|vanaf|in|rond|eind|begin|medio|uiterlijk)\s+)?$", re.I)
# a person free to meet, not places available: "Zij is beschikbaar op dinsdag 17 januari", "ik ben bereikbaar op"
_PERSON_AVAILABLE = re.compile(r"\b(?:zij|hij|ik|wethouder\w*|burgemeester|gemeentesecretaris)\s+(?:is|ben)\s+"
                               r"(?:\w+\s+)?(?:beschikbaar|bereikbaar)\b", re.I)
# a terse line that ends in its moment: "0 nu, 103 in Odijk (raad 19/12 akkoord), open 1/3/'41", "64 van 178 nu,
# +114 Sprundel (vergunning rond) Q3 '40"
_DELIVERY_AFTER_COMMA = re.compile(r"(?:^|[,;]\s*)(?:open|klaar|gereed|in gebruik|oplevering|opl\.?|bewoning|"
                                   r"ingebruikname)\s*:?\s*(?:(?:per|vanaf|in|rond|eind|begin|medio)\s+)?$", re.I)
_INCREMENT_TO_MOMENT = re.compile(r"(?:^|[,;]\s*)\+\s*\d+\b[^.;+]{0,60}$")
# a terse line that opens with a count of places and ends in its moment: "79 plk Heeswijk (vergunning rond) per 1-9-'40",
# "65 plk gereed 1-7-2040 (Bijvanck, modulair)"
_COUNT_THEN_MOMENT = re.compile(r"\W{0,3}(?:\+\s*)?\d+\s*(?:plk|pl\.?|plaatsen|plekken|opvangplekken|units)\b[^.;:]{0,60}?"
                                r"\b(?:per|vanaf|gereed|klaar|open|beschikbaar|in gebruik)\s+$", re.I)
_ROW_MOMENT = re.compile(r"\s[-–]\s+(?:(?:per|vanaf|uiterlijk|in|rond|eind|begin|medio)\s+)?$", re.I)
_MOMENT_COLUMN = re.compile(r"(?:verwacht(?:e)?\s+)?(?:beschikbaar(?:heid)?|gereed|klaar|oplevering|opleverdatum|"
                            r"planning|opening|ingebruikname|realisatie|in gebruik(?:name)?|verwacht)(?:\s+(?:per|vanaf|"
                            r"op|in))?", re.I)
_ANSWER_LABEL = re.compile(r"\W{0,3}([^\W\d][\w .'-]{0,20}):\s*(?:(?:eind|einde|begin|medio|rond|uiterlijk|per)\s+)?", re.I)
_ROW_EVENT = re.compile(r"\b(?:raad\w*|besluit\w*|besluitvorming|college\w*|\w*vergunning\w*|aanvra\w*|"
                        r"aanbested\w*|start\w*|gesprek\w*|overleg|procedure|bezwaar\w*|zitting|datum|date|"
                        r"verzonden|ontvangen|brief|sent)\b", re.I)
# the note of a day places go; analyse reads it back to leave that day out wherever the mail names it again
_DECLINE_NOTE = "moment van achteruitgang"
_FALLS_BEHIND = re.compile(r"\W{0,3}(?:\w+\s+){0,3}?(?:achterop|verder onder|onder de (?:wettelijke )?taak|"
                           r"niet meer aan)\b|"
                           # "dat de locatie per 1 september 2040 sluit, omdat ...": the day a site closes
                           r"\s+(?:sluit|sluiten|dichtgaat|dicht gaat|stopt|stoppen|wordt gesloten|worden gesloten)\b", re.I)
_PHASE_LINE = re.compile(r"\s*(?:[-•*]\s*)?(?:fase|deelfase|tranche)\s+\w+\s*[:(]", re.I)
_OWN_VERB = re.compile(r"\b(is|zijn|wordt|worden|zal|zullen|verwacht|verwachten|gaat|gaan|komt|komen|kan|kunnen|"
                       r"moet|moeten|opent|openen)\b")
_WITH_YEAR = re.compile(r"20\d\d|jaar|" + SHORT_YEAR)
# a purpose phrase names the problem an act remedies ("om de vertraging te beperken heeft de gemeente ..."): the
# problem there is no cause that turns the act into one
_PURPOSE = re.compile(r"\bom\b[^,;:.]{0,80}?\bte\s+[a-zà-ÿ]+en\b")
# the task met since a day: "Sinds 1 december 2026 voldoet Maastricht aan de wettelijke taak" is when it was met
_MET_TASK = re.compile(r"\bgelijk aan (?:de|onze|haar|zijn|hun) (?:volledige |wettelijke )*(?:taak|taakstelling)\b|"
                       r"\bvoldo(?:et|en)\b[^.;:]{0,60}?\baan (?:de|onze|haar|zijn|hun) (?:volledige |wettelijke |gehele )*"
                       r"(?:taak|taakstelling|opgave)\b|\b(?:taak|taakstelling|opgave) (?:is|zijn) (?:daarmee |inmiddels |"
                       r"volledig )*(?:gerealiseerd|gehaald|ingevuld)\b|\baan (?:de|onze|haar|zijn|hun) (?:volledige |wettelijke |"
                       r"gehele )*(?:taak|taakstelling|opgave) (?:\w+ )?voldo(?:et|en)\b", re.I)
_SINCE = re.compile(r"\b(?:sinds|per|vanaf|met ingang van)\s*$", re.I)
_NOT_MET = re.compile(r"\b(?:nog niet|niet (?:volledig|meer|langer|geheel)|niet)\b[^.;:]{0,30}$", re.I)
# the places not yet covered by a plan: "de overige 90 plekken", "de resterende plaatsen", "deze tweede fase"
_REST = re.compile(r"\b(?:overige|resterende|rest van|andere \d+|tweede fase|laatste fase|voor de \d+|"
                   r"laatste (?:\w+ )?(?:plaatsen|plekken))\b", re.I)
# the whole task told with no more than a year: "Wij verwachten niet eerder dan in 2037 volledig aan de taak te voldoen"
# no moment can be given: "kunnen wij op dit moment niet zeggen", "Een termijn kunnen wij daarvoor nu niet geven"
_NO_MOMENT_SAID = re.compile(r"\b(?:kunnen|kan|konden)\b[^.;]{0,40}\bniet\b[^.;]{0,20}\b(?:zeggen|aangeven|noemen|geven|"
                             r"voorspellen|inschatten)\b|\bniet\b[^.;]{0,30}\b(?:te zeggen|aan te geven|te voorspellen)\b|"
                             r"\bis (?:nog )?(?:niet bekend|onbekend|onduidelijk)\b", re.I)
_WHOLE_TASK = re.compile(r"\b(?:volledig|geheel|helemaal) aan (?:de|onze|haar|zijn) (?:wettelijke )?taak\b|"
                         r"\b(?:hele|gehele|volledige) (?:wettelijke )?taak\b", re.I)
_A_YEAR = re.compile(r"\b20\d\d\b")
_BARE_YEAR = re.compile(r"\b(?:(?:niet eerder dan|pas|op zijn vroegst|ergens)\s+(?:in\s+)?|in (?:de loop van\s+)?)20\d\d\b",
                        re.I)
_DENIED = re.compile(r"\b(?:niet|geen)\b(?!\s+eerder\b)", re.I)  # "niet meer volledig": a loss, not a moment
# a dated sentence about meeting the task: "Wij verwachten medio volgend jaar aan de volledige taak te voldoen"
_TASK_MET = re.compile(r"\bvoldo(?:en|et|ed)\b[^.;]{0,60}\btaak|\btaak\b[^.;]{0,60}\bvoldo(?:en|et)\b", re.I)
_NON_STEP = IgnoreCaseRule(r"(reactie|brief|melding|antwoord)\b.{0,60}(vastgesteld|besloten)|"
                           r"(vastgesteld|besloten) .{0,40}(reactie|brief|melding)")


@lru_cache(maxsize=1)
def _rules() -> dict:
    r = load_rules("rules.json")
    steps = r["steps"]
    tl = r["timeline"]
    return {
        "step_cues": [any_of(steps["cues"])],
        "step_neg": [any_of(steps["negations"])],
        "predicates": LowerRule(tl["predicates"]),
        "clause_neg": LowerRule(tl["clause_negations"]),
        "sent_neg": LowerRule(tl["sentence_negations"]),
        "vague": LowerRule(tl["vague"]),
        "near_neg": LowerRule(tl["near_negations"]),
        "reported": LowerRule(tl["reported"]),
        "causal": LowerRule(r["facts_causal"]),
        "generic": LowerRule(r["facts_generic"]),
    }


@dataclass
class ElementResult:
    findings: list[Finding]
    reasons: list[str]
    expected_date: str | None
    expected_date_evidence: Evidence | None
    timeline_exprs: list[tuple[TimeExpr, Sentence]] = field(default_factory=list)

    @property
    def elements(self) -> dict[str, bool]:
        return {f.element: f.present for f in self.findings}


def _ev(s: Sentence) -> Evidence:
    return Evidence(s.text[:500], s.source)


def _clause(sentence: str, span: tuple[int, int]) -> str:
    """The clause (between , ; : ( ) ) around a span; a contrast opens a new one ("niet in maart maar in juni"); a
    table row's cell is a clause of its own."""
    a, b = span
    left = max(sentence.rfind(c, 0, a) for c in ",;:(|")
    but = sentence.lower().rfind(" maar ", 0, a)
    if but > left:
        left = but + 5
    rights = [i for i in (sentence.find(c, b) for c in ",;:)|") if i != -1]
    right = min(rights) if rights else len(sentence)
    return sentence[left + 1:right]


# the works start on that day ("De verbouwing start in maart"): a step, not the day the places are there
_WORKS_START = re.compile(r"\b(?:bouw|verbouwing|werkzaamheden|bouwwerkzaamheden|sloop|aanleg|renovatie|sanering|"
                          r"aanbesteding|grondwerk)\b[^,;:]{0,40}\b(?:start|starten|begint|beginnen|gestart)\b|"
                          r"\b(?:start|aanvang|begin)\s+(?:van\s+)?(?:de\s+)?(?:bouw|verbouwing|werkzaamheden|sloop)\b", re.I)
# "vergunning wordt na de zomer aangevraagd": the day a permit is applied for (not a table row's status cell beside
# its delivery column: "Flexlocatie | 120 | vergunning aangevraagd | Q2 2036")
_APPLYING = re.compile(r"\b(?:\w*vergunning\w*|aanvraag)\b[^,;:|]{0,40}\b(?:aangevraagd|aanvragen|ingediend|indienen|"
                       r"aan te vragen|in te dienen)\b", re.I)
# a worse case beside the expected one: "kan dat opschuiven naar begin 2030"
_RISK = re.compile(r"\b(?:opschuiven|verschuiven|uitlopen|doorschuiven)\s+(?:naar|tot)\s+(?:\w+\s+)?$", re.I)


def _step_clause_ok(text: str, cls: list[meaning.Clause], clause: meaning.Clause | None) -> tuple[bool, str]:
    """Whether the clause holding a step cue states a step: not negated, not a cause, not an offer or a wait."""
    if clause is None:
        return True, ""
    if clause.negated:
        return False, "ontkenning: " + clause.text[:60]
    for rule in meaning.rulebook()["not_step"]:
        scope = cls if rule.scope == "sentence" else [clause]
        if rule.matches(scope) is not None:
            return False, f"{rule.label}: " + clause.text[:60]
    if reasons_mod.sentence_reasons(clause.text, [clause]):
        rest = _PURPOSE.sub(" ", clause.text)
        if rest == clause.text or reasons_mod.sentence_reasons(rest):
            return False, "oorzaak, geen stap: " + clause.text[:60]
    if _OTHER_PARTY.match(text) and not _OWN_PARTY.search(text):
        return False, "handeling van een ander: " + text[:60]  # "De provincie heeft een overleg georganiseerd"
    return True, ""


# a sentence that opens with its condition: a "zou" after it is the conditional, not a plan that was dropped
_CONDITION_FIRST = re.compile(r"\W*(?:indien|als|mits|wanneer|zodra|bij (?:een )?(?:positief|tijdig)\w*)\b[^.;]{3,120},",
                              re.I)
# a label line of two or three words ending in a colon
_LABEL_LINE = re.compile(r"\s*\w+(?:[ -]\w+){0,2}\s*:\s*")


_NEGATOR = re.compile(r"\b(?:" + "|".join(sorted(meaning.NEGATORS)) + r")\b")
_THAT = re.compile(r"\s*dat\b")


def _negation_only_in_complement(text: str, cls: list[meaning.Clause], clause: meaning.Clause, cue_end: int) -> bool:
    """The clause's negation stands only in a "dat"-complement right after the cue, and a "maar" corrects it: "is
    afgesproken dat de woningen niet verkocht worden maar opgeknapt" agrees on a step. A decision that something
    will not happen ("besloten dat er geen azc komt, maar ...") stays negated."""
    low = text.lower()
    that = _THAT.match(low, cue_end)
    if that is None or _NEGATOR.search(low, clause.start, that.start()) is not None:
        return False
    later = [c for c in cls if c.start >= clause.end]
    # corrective "niet X maar Y" takes no comma; ", maar" opens a clause of its own
    return bool(later) and later[0].text.startswith("maar ") and not later[0].negated \
        and not low[clause.start:later[0].start].rstrip().endswith(",")


def is_step(s: Sentence, cls: list[meaning.Clause] | None = None) -> tuple[bool, str]:
    """(is a step, note) for one sentence: a step cue in a clause that states an action of the municipality."""
    r = _rules()
    text = s.text
    for neg in r["step_neg"]:
        m = neg.search(text)
        if m:
            # "De bouw is gestart; met het COA is afgesproken dat het COA de locatie beheert": the other part of the
            # sentence may still tell a step of the municipality's own
            pieces = re.split(r";\s*", text)
            parts = [x for x in pieces if x.strip() and not neg.search(x)]
            if len(parts) < len(pieces) and any(is_step(replace(s, text=x))[0] for x in parts):
                return True, ""
            return False, "ontkenning: " + m.group(0)[:60]
    if _NON_STEP.search(text):
        return False, "vaststelling van de reactie"
    if _LABEL_LINE.fullmatch(text):
        return False, "kopje"  # "In voorbereiding:" above a line of figures names no act
    cls = cls if cls is not None else meaning.clauses(text)
    note = ""
    judged: dict[int, tuple[bool, str]] = {}  # by clause: several cues often stand in one clause

    def clause_ok(clause: meaning.Clause | None) -> tuple[bool, str]:
        key = id(clause)
        if key not in judged:
            judged[key] = _step_clause_ok(text, cls, clause)
        return judged[key]

    for m in r["step_cues"][0].finditer(text):
        clause = meaning.clause_at(cls, m.start())
        if clause is not None and clause.negated and _negation_only_in_complement(text, cls, clause, m.end()):
            clause = replace(clause, negated=False)
        ok, why = clause_ok(clause)
        if ok:
            return True, ""
        note = note or why
    for _rule, clause in meaning.fire("steps", text, cls):
        ok, why = clause_ok(clause)
        if ok:
            return True, ""
        note = note or why
    if note and re.search(r"\s(?:→|->|=>)\s", text):
        # "144 pl. Swifterbant, waarvan 14 AMV → omgevingsvergunning verleend 12/6 → bezwaar ingediend": a chain of
        # events, each arrow a new one; a step in one of them is a step
        for part in re.split(r"\s(?:→|->|=>)\s", text):
            if part.strip() and is_step(replace(s, text=part))[0]:
                return True, ""
    if s.section == "steps" and s.bullet and len(text) > 15 and not note:
        return True, "opsomming onder stappen"
    if s.section == "steps" and 15 < len(text) < 200 and not note and _STEP_THINGS.search(text) \
            and not re.search(r"\b(?:geen|niet|nog niet|nooit)\b", text, re.I):
        return True, "regel onder stappen"  # "Wat we doen: 2e locatie Diever, raad 6/10 → daarna bouw"
    return False, note


def met_since(text: str, ref: date, exprs: list[TimeExpr] | None = None) -> list[TimeExpr]:
    """The day the task was met, when the sentence says the municipality meets it since then ("Sinds 1 oktober
    voldoet Tilburg volledig aan de wettelijke taak"): a time indication even though the day has passed."""
    m = _MET_TASK.search(text)
    if m is None or _NOT_MET.search(text[:m.start()]) or re.search(r"\b(?:niet|geen|nog niet)\b", m.group(0), re.I):
        return []
    exprs = exprs if exprs is not None else find_time_expressions(text, ref)
    return [e for e in exprs if e.value and _SINCE.search(text[max(0, e.span[0] - 20):e.span[0]])]


# the things a step is done with, in a terse line under a steps label
_STEP_THINGS = re.compile(r"\b(?:locatie|locaties|units|pand|panden|terrein|raad|raadsbesluit|vergunning|bouw|aanbesteding|"
                          r"paviljoen|paviljoens|coa|aankoop|huurcontract|kavel|gesprek|gesprekken|overleg|aannemer|"
                          r"verbouw|verbouwing|loopt|lopen)\b", re.I)


# what may stand before the moment that opens a list line ("per 1 juli 2032: 40 extra plaatsen")
_LINE_LEAD = re.compile(r"\W{0,3}(?:(?:per|vanaf|uiterlijk|in|op|rond|eind|begin|medio)\s+)?", re.I)


@lru_cache(maxsize=1024)
def _municipality_row(text: str) -> bool:
    """A table row whose first cell is a municipality's name: a regional overview, one row per municipality."""
    from parsers.gemeenten import load_directory

    return bool(load_directory().lookup(text.split(" | ", 1)[0].strip()))


_BARE_DAY = re.compile(r"\s*\d{1,2}[-/]\d{1,2}\s*[.!]?\s*")


def timeline_exprs(s: Sentence, ref: date, cls: list[meaning.Clause] | None = None) -> tuple[list[TimeExpr], str]:
    """Time expressions in one sentence that count as a timeline, with a note on rejections."""
    r = _rules()
    text = s.text
    cls = cls if cls is not None else meaning.clauses(text)
    exprs = find_time_expressions(text, ref)
    if not exprs and s.section == "timeline" and _BARE_DAY.fullmatch(text):
        # "Wanneer: 1/10." whose label became the section: the day and month are the moment
        exprs = [replace(e, text=e.text.removeprefix("per "), span=(max(0, e.span[0] - 4), e.span[1] - 4))
                 for e in find_time_expressions("per " + text, ref)]
    met = met_since(text, ref, exprs) if exprs else []
    if met:
        return met, ""
    if not exprs:
        if r["vague"].search(text):
            return [], "vaag: " + r["vague"].search(text).group(0)
        return [], ""
    if r["sent_neg"].search(text):
        return [], "ontkenning"
    # the building time itself ("nog negen maanden bouwtijd", "de bouwtijd is zeven maanden"): until the places stand
    # ... "een bouwtijd van negen maanden na vergunningverlening": the works named just before the term
    works = any(e.relative and re.search(r"\b(?:ver)?bouw(?:tijd)?\b", text[max(0, e.span[0] - 25):e.span[1]].lower())
                for e in exprs)
    has_pred = works or bool(r["predicates"].search(text))
    # "Nieuwe verwachting: Q2 2027."; a phase line: "fase 2: 60 plekken, mei 2027"
    labelled = s.section == "timeline" or bool(_TL_LABEL.match(text)) or bool(_TL_VALUE.match(text)) \
        or bool(_ARROW_TO_MOMENT.search(text[:exprs[-1].span[0]]) and re.fullmatch(r"[\s.!)]*(?:bewoonbaar|klaar|gereed|"
                                                                                 r"in gebruik|open)?[\s.!)]*",
                                                                                 text[exprs[-1].span[1]:])) \
        or bool((_DELIVERY_LEAD.fullmatch(text[:exprs[0].span[0]])
                 # an answer that is a moment and nothing else: "HvE: Q3 '39." below the letter's question
                 or (lab := _ANSWER_LABEL.fullmatch(text[:exprs[0].span[0]])) and not _ROW_EVENT.search(lab.group(1)))
                and re.fullmatch(r"[\s.!)]*", text[exprs[-1].span[1]:])) \
        or bool(_PHASE_LINE.match(text) and _PLACE_WORDS.search(text)) \
        or bool(_COUNT_ARROW.search(text[:exprs[0].span[0]])) \
        or bool(len(text) < 100 and _COUNT_THEN_MOMENT.match(text[:exprs[-1].span[0]])
                and re.fullmatch(r"\s*(?:\([^()]*\))?[\s.!]*", text[exprs[-1].span[1]:])) \
        or bool((_DELIVERY_AFTER_COMMA.search(text[:exprs[-1].span[0]]) or _INCREMENT_TO_MOMENT.search(text[:exprs[-1].span[0]]))
                and re.fullmatch(r"[\s.!)]*", text[exprs[-1].span[1]:])) \
        or bool((" | " in text or (_LINE_LEAD.fullmatch(text[:exprs[0].span[0]])
                                   and re.match(r"\s*[-–:]", text[exprs[0].span[1]:]))
                 # a site's line that ends in its moment: "Soerendonk 24 (waarvan 9 amv) - H1 '39"
                 or (len(text) < 90 and re.fullmatch(r"[\s.!)]*", text[exprs[-1].span[1]:])
                     and _ROW_MOMENT.search(text[:exprs[-1].span[0]]) and not _ROW_EVENT.search(text))
                 # a row of four cells or more: "Zuidhorn, uitbreiding - 24 plekken - vergunning aangevraagd -
                 # medio 2041": an event in the status cell, the moment of the site in a cell of its own
                 or (len(text) < 160 and text[:exprs[-1].span[0]].count(" - ") >= 3
                     and re.fullmatch(r"[\s.!)]*", text[exprs[-1].span[1]:])
                     and _ROW_MOMENT.search(text[:exprs[-1].span[0]])))
                and _PLACE_WORDS.search(text)
                and re.search(r"\d+\s*(?:(?:extra|nieuwe|reguliere|tijdelijke)\s+)?(?:\||plaatsen|plekken|regulier|amv)",
                              text, re.I))
    # a regional overview row of counts whose last cell is its moment: "Hoogeveen | 180 | 60 | maart 2037"
    # under "Gemeente | Gerealiseerd | In voorbereiding | Verwacht gereed"
    labelled = labelled or bool(" | " in text and _municipality_row(text) and re.search(r"\|\s*[\d.]+\s*\|", text)
                                and "|" not in text[exprs[-1].span[1]:] and "|" in text[:exprs[-1].span[0]]
                                and not text[text.rfind("|", 0, exprs[-1].span[0]) + 1:exprs[-1].span[0]].strip())
    # a table row or a list line that opens with its moment: "tweede kwartaal 2029 - Oost: 64 plaatsen",
    # "Kleinschalig AMV | - | 8 | vergunning aangevraagd, verwacht Q1 2029"
    if not (has_pred or labelled):
        return [], ""
    if not labelled and not works and not _PLACE_WORDS.search(text) and not _REFERS_BACK.match(text) \
            and not re.search(r"\b(?:wordt|is) dat (?:nu|inmiddels)\b|\bnieuwe (?:verwachting|planning|streefdatum)\b|"
                              # "Streven H1 2040.", "dus realistisch april 2040": the moment aimed at, said short
                              r"\b(?:streven|streefdatum|richtdatum|realistisch)\s*:?\s+(?:(?:naar|is|wordt|dus)\s+)?"
                              r"(?:q[1-4]|h[12]|eind|medio|begin|per|rond|uiterlijk|\d|[a-z]+\s+20\d\d)|"
                              r"\brealisatie\s*:?\s+(?:binnen|uiterlijk|per|vóór|voor)\s+\S|"  # "realisatie binnen 9 mnd"
                              # "amv 0/14: geen pand. verwachting Q1 2041": the moment expected, said short
                              r"^\W*(?:nieuwe\s+)?verwachting\s+(?:is\s+)?(?:q[1-4]\b|h[12]\b|eind|medio|begin|\d|"
                              r"[a-z]+\s+20\d\d)|"
                              # "obv wettelijke termijnen: bewoning mei 2040": when the site is lived in
                              r"\b(?:start\s+)?bewoning\s+(?:(?:per|vanaf|in|rond|eind|begin|medio|uiterlijk)\s+)?"
                              r"(?:q[1-4]\b|h[12]\b|\d|januari|februari|maart|april|mei|juni|juli|augustus|september|"
                              r"oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|okt|nov|dec|voorjaar|zomer|"
                              r"najaar)|"
                              r"\brealisatie\b[^.;]{0,60}\b(?:is|wordt|staat) (?:voorzien|gepland|verwacht)\b|\bsleuteloverdracht\b|"
                              # "go-live expected end of 2040": a mixed-language writer's moment of opening
                              r"\bgo[- ]live\b|"
                              # "Als de raad instemt, is realisatie eind 2035 mogelijk"
                              r"\b(?:is|wordt)\s+(?:de\s+)?realisatie\b[^.;]{0,40}\bmogelijk\b|"
                              # "De herbouw is naar verwachting in februari 2035 gereed": the works that bring the places
                              r"\b(?:de|het)\s+(?:herbouw|nieuwbouw|verbouwing|bouw|ombouw|renovatie)\b[^.;]{0,50}\b"
                              r"(?:gereed|klaar|opgeleverd|afgerond)\b|"
                              # "Beide projecten ... zijn per 1 december 2035 gereed": the sites that bring the places
                              r"\b(?:projecten|project|locaties|locatie|paviljoens|paviljoen|units|woningen|gebouwen|"
                              r"gebouw|panden|pand)\b[^.;]{0,60}\b(?:gereed|klaar|opgeleverd|in gebruik genomen)\b|"
                              # "Mits de raad instemt, kan De Vijverhof medio 2035 open": a named site that opens
                              r"\b(?:kan|kunnen|gaat|gaan|zal|zullen)\s+(?:[\w-]+\s+){1,5}?open\s*[.;,]",
                              text, re.I):  # "..., wordt dat nu het najaar", "De nieuwe verwachting is het eerste kwartaal"
        return [], ""
    person = bool(_PERSON_AVAILABLE.search(text))
    ok: list[TimeExpr] = []
    note = ""
    for e in exprs:
        if e.value and is_past(e, ref):
            continue
        if r["near_neg"].search(text[max(0, e.span[0] - 40):e.span[0]]) \
                or r["near_neg"].search(text[e.span[1]:e.span[1] + 40]):
            note = "geen realisatiemoment: " + text[max(0, e.span[0] - 40):e.span[1]].strip()[:60]
            continue
        if re.search(r"\btot\s+(?:en\s+met\s+)?$", text[max(0, e.span[0] - 12):e.span[0]], re.I) \
                and re.search(r"\btijdelijke?\b", _clause(text, e.span), re.I):
            note = "einde van tijdelijke opvang: " + text[max(0, e.span[0] - 40):e.span[1]].strip()[:60]
            continue  # "tijdelijke opvang in De Buurtkamer tot 1 juli 2036": the day those places end
        if person:
            note = "beschikbaarheid van een persoon: " + text[:60]  # "Zij is beschikbaar op dinsdag 17 januari"
            continue
        if _FALLS_BEHIND.match(text, e.span[1]):
            note = f"{_DECLINE_NOTE}: " + text[max(0, e.span[0] - 20):e.span[1] + 30].strip()[:60]
            continue  # "en na 1 augustus verder achterop raakt": the day places go, not the day the task is met
        clause = _clause(text, e.span)
        if e.relative:  # "zes maanden na de raadsvergadering van 11 maart": the meeting is the anchor, not the moment
            clause = clause.replace(e.text, " ")
        if (_WORKS_START.search(clause) or " | " not in text and text.count(" - ") < 3 and _APPLYING.search(clause)) \
                and not r["predicates"].search(clause) and not _ARROW_TO_MOMENT.search(text[:e.span[0]]):
            # ("40 pl, koop rond, vergunning aangevraagd -> Q1 2041": the arrow leads the line to its moment)
            note = "start van de werkzaamheden: " + clause.strip()[:60]  # "De verbouwing start in maart; ..."
            continue
        if _RISK.search(text[max(0, e.span[0] - 40):e.span[0]]) and re.match(r"\s*(?:als|indien|mocht|mochten)\b",
                                                                          text.lower()):
            note = "alternatief scenario: " + clause.strip()[:60]  # "Als er bezwaar komt, kan dat opschuiven naar"
            continue
        neg = r["clause_neg"].search(clause)
        if neg and neg.group(0).lower().startswith("zou") and _CONDITION_FIRST.match(text):
            neg = None  # "Indien overeenstemming wordt bereikt, zou opening in het eerste kwartaal mogelijk zijn"
        if neg:
            note = "vervallen of geen realisatiemoment: " + clause.strip()[:60]
            continue
        if r["reported"].search(text) and not _OWN_VERB.search(clause.lower()):
            note = "eerdere planning: " + clause.strip()[:60]  # "meldden wij ..., met een verwachte ingebruikname in"
            continue
        held = meaning.clause_at(cls, e.span[0])
        if held is not None and held.negated:
            note = "ontkenning: " + held.text[:60]
            continue
        if held is not None and not _WITH_YEAR.search(e.text) \
                and _told_in_past(held, len(re.findall(r"\w+", text[held.start:e.span[0]])), far=not e.relative):
            note = "gebeurtenis in het verleden: " + held.text[:60]
            continue
        ok.append(e)
    return ok, note


_DONE_PARTICIPLES = frozenset({"geopend", "gestart", "begonnen", "opgeleverd", "gesloten", "verleend", "getekend",
                               "ondertekend", "besloten", "vastgesteld", "ingediend", "aangevraagd", "gekocht",
                               "afgerond", "verkocht", "vernietigd", "geschorst", "overgedragen", "gegund", "aangekocht",
                               "geplaatst"})


# words that keep "is/zijn + participle" from being a deed done ("zal ... zijn geopend", "wordt ... gestart")
_STILL_AHEAD = frozenset({"zal", "zullen", "wordt", "worden", "verwacht", "verwachten"})


def _participle(word: str) -> bool:
    """A past participle closing a clause ("verworpen", "ingestemd"): a verb form that is not its own lemma."""
    if len(word) < 5 or not word.endswith(("d", "t", "en")):
        return False
    lem = meaning.lemma(word)
    return lem != word and lem.endswith("en") and lem not in ("verwachten", "zijn", "worden", "hebben")


_STRONG_PAST = frozenset({"was", "waren", "werd", "werden", "bleek", "bleken", "kwam", "kwamen", "ging", "gingen",
                          "stond", "stonden", "nam", "namen", "besloot", "besloten", "vond", "vonden", "liep", "liepen",
                          "viel", "vielen", "trok", "trokken", "sprak", "spraken"})


def _simple_past(word: str) -> bool:
    """A past-tense verb ("leverde", "stemden", "bleek"); not a present participle used as an adjective ("volgende")."""
    if word in _STRONG_PAST:
        return True
    if len(word) < 5 or not word.endswith(("de", "te", "den", "ten")) or word.endswith(("ende", "enden")):
        return False
    lem = meaning.lemma(word)
    return lem != word and lem.endswith("en") and word[:3] == lem[:3] and not word.startswith("ge")


def _told_in_past(clause: meaning.Clause, at: int | None = None, far: bool = False) -> bool:
    """A clause that reports what happened: a past auxiliary with the clause closed by a participle, or a past
    auxiliary or adverb with nothing pointing ahead."""
    words = set(clause.words)
    if words & _PAST_AUX and clause.words and _participle(clause.words[-1]):
        return True
    if words & {"is", "zijn"} and clause.words and clause.words[-1] in _DONE_PARTICIPLES and not words & _STILL_AHEAD:
        return True  # "die zijn in februari geopend", "de bouw is in december gestart"
    if at is not None and words & {"is", "zijn"} and not words & _STILL_AHEAD \
            and any(w in _DONE_PARTICIPLES for w in clause.words[at + 1:None if far else at + 3]):
        # "is de vergunning in maart verleend en zijn de units geplaatst", "is in juni een woonvorm geopend met 12
        # bedden": the day of a deed done
        return True
    if at is not None and words & _PAST_AUX and not words & {"zal", "zullen", "gaat", "gaan", "verwacht", "verwachten"}:
        # the date (word `at`) in a main clause closed by a participle before any "dat", "te", ...:
        # "heeft de raad op 7 juli besloten om 40 plaatsen te realiseren" (not "hebben afgesproken dat ... in maart")
        first_future = min((i for i, w in enumerate(clause.words) if w in _NOT_PAST), default=len(clause.words))
        if at < first_future and any(_participle(w) for w in clause.words[at:first_future]):
            return True
    if words & _NOT_PAST:
        return False
    return bool(words & (_PAST_AUX | _PAST_ADVERBS)) or any(_simple_past(w) for w in clause.words)


# one or two words, capitalised, with no colon and no closing mark: a heading
_BARE_HEADING = re.compile(r"(?!(?:Geen|Niet)\b)[A-Z][\w'’-]*(?:\s+[\w'’-]+)?")


@lru_cache(maxsize=8192)
def _read_sentence(text: str, section: str, bullet: bool, ref: date
                   ) -> tuple[list[str], bool, tuple[bool, str], tuple[list[TimeExpr], str]]:
    """Everything one sentence says (reasons, fact, step, timeline), once: the same sentence is read again for the
    body-only pass and for repeated text, and a sentence's reading depends only on these four values."""
    r = _rules()
    s = Sentence(text, "", section, bullet)
    cls = meaning.clauses(text)
    # "Bezwaar" on a line of its own above a notice's paragraph on how to object: a heading names a subject, not a
    # cause (an item of a list keeps its cause: "- Woningnood")
    rs = [] if not bullet and _BARE_HEADING.fullmatch(text.strip()) else reasons_mod.sentence_reasons(text, cls)
    is_fact = bool(rs) or bool((section == "facts" and r["causal"].search(text)) or r["generic"].search(text)
                               or meaning.fire("cause_frames", text, cls))
    if section == "rejected":  # a proposal the council voted down: no step taken, no moment ahead
        return rs, is_fact, (False, "verworpen voorstel"), ([], "verworpen voorstel")
    step = is_step(s, cls)
    timeline = timeline_exprs(s, ref, cls)
    met = met_since(text, ref, timeline[0]) if timeline[0] and not step[0] else []
    if any(is_past(e, ref) or e.value == ref.isoformat() for e in met):
        step = (True, "")  # the task met since a day gone by: realising the places was the step
    return rs, is_fact, step, timeline


def _confidence(f: Finding) -> float:
    """How sure a finding is: several proving sentences, or nothing near, is sure; one sentence, or a missing
    element with a rejected candidate (a negation, vague time, a mere intention), is less so."""
    if f.present:
        return 0.95 if len(f.evidence) >= 2 else 0.8
    return 0.6 if f.note else 0.9


def read_sentence_cache_clear() -> None:
    """Forget every text read so far: sentences, their clauses, splits and place figures, and the attachments
    read (benchmarks measure cold reading)."""
    from parsers import attachments, places, segments

    _read_sentence.cache_clear()
    meaning.clauses.cache_clear()
    places.sentence_cache_clear()
    segments.split_cache_clear()
    attachments.read_cache_clear()


def _anchor_back(found: list[tuple[TimeExpr, Sentence]], sents: list[Sentence], ref: date
                 ) -> list[tuple[TimeExpr, Sentence]]:
    """Relative terms with an anchor dated in a sentence before (same part of the mail; the nearest such one)."""
    out = []
    for e, s in found:
        if e.value is None and e.relative:
            i = next((k for k, x in enumerate(sents) if x is s), -1)
            earlier = [x.text for x in sents[max(0, i - 40):i] if x.source == s.source] if i > 0 else []
            head = s.text[:e.span[0]]
            if any(x.value and not x.relative for x in find_time_expressions(head, ref)):
                earlier.append(head)  # "Op 15 december is de bouw gegund aan een aannemer, die ... binnen negen
                # maanden na gunning oplevert": the anchor dated in the same sentence
            resolved = anchor_back(e, s.text, earlier, ref) if earlier else None
            if resolved is None and i >= 0 and re.search(r"\b(?:na|nadat)\s+\w", e.text):
                # "uiterlijk een jaar na vergunningverlening. Wij verwachten de vergunning in februari 2040 te
                # verlenen.": the anchor dated in a sentence right after
                after = [x.text for x in sents[i + 1:i + 3] if x.source == s.source]
                resolved = anchor_back(e, s.text, list(reversed(after)), ref) if after else None
            if resolved is not None:
                e = resolved
        out.append((e, s))
    return out


def analyse(sents: list[Sentence], ref: date) -> ElementResult:
    """Findings for facts, steps and timeline over the municipality's own sentences."""
    facts = Finding("facts", False)
    steps = Finding("steps", False)
    timeline = Finding("timeline", False)
    reasons: set[str] = set()
    found: list[tuple[TimeExpr, Sentence]] = []
    rest_open = False  # "Voor de overige 90 plekken kunnen wij nog geen planning geven": no moment for the whole task
    rest_dated = False
    header = 0  # the cells of a table header whose last column dates the places ("Locatie | ... | Beschikbaar")
    declines: set[str] = set()  # days the mail says places go ("per 1 februari niet meer aan de taak voldoet")
    timeline_sents: list[Sentence] = []
    prev: Sentence | None = None
    for s in sents:
        cells = s.text.split(" | ")
        if len(cells) > 2 and not re.search(r"\d", s.text):
            header = len(cells) if _MOMENT_COLUMN.fullmatch(cells[-1].strip()) else 0
        elif len(cells) < 2:
            header = 0
        # a row under it reads its last cell as the moment of its places
        section = "timeline" if header and len(cells) == header and not s.section else s.section
        rs, is_fact, (step, note), (exprs, tnote) = _read_sentence(s.text, section, s.bullet, ref)
        if not exprs and (_REST.search(s.text) and _rules()["sent_neg"].search(s.text)
                          # "Wanneer wij de volledige taak halen, kunnen wij op dit moment niet zeggen": a site dated,
                          # the whole not; "Voor de resterende plekken zoeken wij ... Een termijn kunnen wij daarvoor
                          # nu niet geven."
                          or (_WHOLE_TASK.search(s.text) or (prev is not None and _REST.search(prev.text)))
                          and _NO_MOMENT_SAID.search(s.text)):
            rest_open = True
        elif not exprs and _WHOLE_TASK.search(s.text) and s.source != "quote" and _BARE_YEAR.search(s.text) \
                and not _DENIED.search(s.text) and any(int(y) > ref.year for y in _A_YEAR.findall(s.text)):
            rest_open = True  # a part dated, the whole only by a year: no moment for the whole task
        if rs:
            reasons.update(rs)
        if is_fact:
            facts.present = True
            facts.evidence.append(_ev(s))
        if step:
            steps.present = True
            steps.evidence.append(_ev(s))
        elif note and not steps.note:
            steps.note = note
        if exprs:
            timeline.present = True
            timeline.evidence.append(_ev(s))
            timeline_sents.append(s)
            found.extend((e, s) for e in exprs)
            if (_REST.search(s.text) or _TASK_MET.search(s.text)) and any(e.value for e in exprs):
                rest_dated = True  # "Drechterland verwacht medio 2036 de resterende plaatsen te realiseren"
        elif tnote and not timeline.note:
            timeline.note = tnote
        if tnote.startswith(_DECLINE_NOTE):
            declines.update(e.value for e in find_time_expressions(s.text, ref)
                            if e.value and _FALLS_BEHIND.match(s.text, e.span[1]))
        prev = s
    if declines and any(e.value in declines for e, _ in found):
        # "per 1 februari 2040 niet meer aan haar wettelijke taak voldoet ... vanaf 1 februari 72 van de 118": the day
        # the places go, said again elsewhere, is no moment the task is met
        found = [(e, s) for e, s in found if e.value not in declines]
        kept = {id(s) for _, s in found}
        timeline.evidence = [ev for ev, s in zip(timeline.evidence, timeline_sents, strict=True) if id(s) in kept]
        timeline.present = bool(timeline.evidence)
        if not timeline.present and not timeline.note:
            timeline.note = _DECLINE_NOTE
    found = _anchor_back(found, sents, ref)
    expected, ev = None, None
    dated = [(e, s) for e, s in found if e.value]
    if dated and (not rest_open or rest_dated):
        e, s = max(dated, key=lambda t: (t[0].start, len(t[0].value or ""), t[0].end))
        # a period that holds the chosen moment and ends later ("de units worden in januari en februari geplaatst;
        # de ingebruikname is gepland in het eerste kwartaal"): the whole task is met by the period's end
        wider = [(x, y) for x, y in dated if x.start <= e.start and x.end > e.end and x.end[0] == e.end[0]
                 and y is s and x.span[0] > e.span[0]]
        if wider:
            e, s = max(wider, key=lambda t: t[0].end)
        # a moment worked out (a duration, an anchor) inside a period the text says itself ("de bouwtijd is twaalf
        # maanden" in April, "in de eerste helft van 2030"): the period said
        said = [(x, y) for x, y in dated if e.relative and not x.relative and x.start <= e.start and x.end >= e.end
                and x is not e]
        if said:
            e, s = max(said, key=lambda t: t[0].end)
        expected, ev = e.value, _ev(s)
    for f in (facts, steps, timeline):
        f.confidence = _confidence(f)
        f.evidence = f.evidence[:5]
    return ElementResult([facts, steps, timeline], reasons_mod.order(reasons), expected, ev, found)
