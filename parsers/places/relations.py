"""How one place figure stands to others and to its site, read after every figure has its role: parts of a total
stated beside them, a rough figure beside the exact one, equal phases of a figure named before, places added since
the letter's count; a site's capacity that is in preparation (built but empty, told among the steps, ready on a day
ahead) and the rest of the task still being arranged."""
from __future__ import annotations

import re

from parsers.gemeenten import load_directory
from parsers.places.cues import _capacity_words
from parsers.places.words import PlaceMention
from parsers.segments import Sentence

# a figure standing alone in running text (not part of a date, a decimal or a range): "24" in "In uw brief staat 24;"
_BARE_FIGURE = re.compile(r"(?<![\d.,/-])(\d{1,4})(?!\d|[.,/-]\d)")

# the rest of the task, worked on with others or still being arranged: no site chosen for it
_REST_ARRANGED = re.compile(r"\b(?:de|het)\s+(?:overige|resterende|laatste|ontbrekende)\s+(?:\w+\s+){0,2}?$")
_BEING_ARRANGED = re.compile(r"\b(?:maken|maakt)\s+(?:wij|we|de gemeente)?\s*afspraken\b|\bafspraken\s+(?:te\s+)?maken\b|"
                             r"\bwerken\s+(?:wij|we)\s+samen\s+met\b[^.;]{0,60}\b(?:gezamenlijke|regionale|nieuwe)\s+locatie\b")


def _rest_still_arranged(mentions: list[PlaceMention]) -> None:
    """"Over de laatste vier AMV-plaatsen maken wij afspraken met Nidos", "Voor de overige 41 plaatsen werken wij samen
    met Hillegom en Teylingen aan een gezamenlijke locatie": the rest of the task, its site still to be found or
    agreed, is not in preparation."""
    for m in mentions:
        if m.role == "planned" and _REST_ARRANGED.search(m.text[:m.pos].lower()) \
                and _BEING_ARRANGED.search(m.text.lower()):
            m.role, m.status, m.cue = "planned", "verkenning", "rest nog af te spreken"


_STANDS_EMPTY = re.compile(r"\b(?:staat|staan)\s+(?:\w+\s+){0,2}?leeg\b|\ber\s+(?:wonen|verblijven)\s+(?:nog\s+)?geen\b|"
                           r"\b(?:is|zijn)\s+(?:nog\s+)?(?:niet|geen)\s+(?:\w+\s+){0,2}?(?:bewoond|in gebruik genomen)\b")


def _built_but_empty(mentions: list[PlaceMention], sents: list[Sentence]) -> None:
    """"Het azc ... is gebouwd en biedt ruimte aan 130 reguliere plaatsen en 10 AMV-plaatsen. De locatie staat echter
    leeg: er wonen nog geen asielzoekers": a site that stands ready but empty holds places in preparation (SCHEMA:
    finished but not yet occupied), not places in use."""
    for m in mentions:
        if m.role != "realised" or m.cue not in _capacity_words() and m.cue not in ("biedt", "bieden", "ruimte"):
            continue
        if any(_STANDS_EMPTY.search(sents[j].text.lower()) for j in range(m.sent, min(m.sent + 3, len(sents)))):
            m.role, m.status, m.cue = "planned", "gepland", "gereed maar leeg"


_READY_LATER = re.compile(r"\b(?:die|deze|ze|zij|dat|de\s+(?:units|plaatsen|plekken|woningen|paviljoens))\b[^.;]{0,50}?"
                          r"\b(?:gereed|klaar|opgeleverd|beschikbaar|in gebruik genomen)\b|"
                          r"\b(?:gereed|klaar|opgeleverd|beschikbaar)\b[^.;]{0,30}\b(?:die|deze|ze)\b")
_FUTURE_WORDS = re.compile(r"\b(?:uiterlijk|naar verwachting|volgens (?:de )?(?:nieuwe )?planning|verwacht\w*|zullen|zal|"
                           r"pas|nog niet)\b")


# the site the sentence before named: "Het pand biedt plaats aan ...", "Deze locatie biedt ruimte voor ..."
_THAT_SITE = re.compile(r"\W*(?:het|de|dit|deze|dat|die)\s+(?:[\w-]+\s+)?(?:pand|gebouw|locatie|terrein|complex|hotel|"
                        r"kantoor(?:pand)?|school(?:gebouw)?|paviljoen|woning)\b")
# ... proposed, chosen or bought there, not yet in use
_SITE_PROPOSED = re.compile(r"\b(?:stelt|stellen|stelde)\b[^.;]{0,40}\bvoor\b|\bvoorstel\b|\b(?:kiest|kozen|koos|gekozen)\s+"
                            r"(?:\w+\s+){0,3}?voor\b|\b(?:gekocht|aangekocht|koopt|kopen|aangewezen|wijst)\b|"
                            r"\bvoorkeurslocatie\b|\bbeoogde?\b")


def _capacity_of_a_site_to_come(mentions: list[PlaceMention], sents: list[Sentence]) -> None:
    """"Het park biedt ruimte aan 125 reguliere plaatsen" under "Stappen:", "De units aan de Witte Paal bieden 220
    reguliere en 15 AMV-plaatsen. Volgens de nieuwe planning zijn die uiterlijk 1 december 2040 gereed": what a site
    holds, told among the steps or with a moment ahead for it, is in preparation, not in use."""
    for m in mentions:
        if m.role != "realised" or m.cue not in ("biedt", "bieden", "ruimte", "plaats") or m.part:
            continue
        own = sents[m.sent].text.lower()
        if re.search(r"\b(?:nu|momenteel|op dit moment|thans|inmiddels|al|sinds|sindsdien)\b", own):
            continue
        nxt = sents[m.sent + 1].text.lower() if m.sent + 1 < len(sents) else ""
        before = sents[m.sent - 1].text.lower() if m.sent and sents[m.sent - 1].source == sents[m.sent].source else ""
        if sents[m.sent].section == "steps" or (_READY_LATER.search(nxt) and _FUTURE_WORDS.search(nxt)) \
                or (_THAT_SITE.match(own) and _SITE_PROPOSED.search(before)
                    and not re.search(r"\b(?:sinds|sindsdien|in gebruik|bewoond|opgevangen)\b", before)):
            # ... "Het college stelt de raad voor om asielzoekers op te vangen in het leegstaande bedrijfspand aan de
            # Hanzestraat. Het pand biedt plaats aan 120 asielzoekers": the site just proposed
            m.role, m.status, m.cue = "planned", "gepland", "capaciteit van een locatie in voorbereiding"


def _equal_phases_of_a_whole(mentions: list[PlaceMention]) -> None:
    """"Oosttangent: 270 reguliere plaatsen. De bouw gebeurt in twee fasen van 135 plaatsen": equal phases that make
    a figure named before are that figure, split."""
    for m in mentions:
        if m.each > 1 and m.role in ("planned", "realised") and not m.part \
                and re.search(r"\b(?:fasen|fases|delen|etappes|tranches)\b", m.text.lower()) \
                and any(o is not m and o.role == m.role and o.value == m.value * m.each and o.sent <= m.sent
                        for o in mentions):
            m.part = True


def _added_since_the_letter(mentions: list[PlaceMention]) -> None:
    """"Op dit moment zijn 30 plaatsen in gebruik. In uw brief staat 24; sinds 1 februari zijn er 6 plaatsen
    bijgekomen": the places added since the letter's count explain the count told, they are in it."""
    for m in mentions:
        if m.role != "realised" or m.part or not re.search(r"\bbij\s*(?:ge)?kom\w*|\berbij\b", m.text[m.pos:m.pos + 60]):
            continue
        # the letter's count, named as such before it: "In uw brief staat 24"
        quoted = [int(q.group(2)) for q in re.finditer(r"(\b(?:uw|jullie|de|onze)\s+brief\b|\bpeildatum\b)[^.;\d]{0,20}?"
                                                       + _BARE_FIGURE.pattern, m.text[:m.pos], re.I)]
        if any(o is not m and o.role == "realised" and not o.part and o.value == q + m.value
               for o in mentions for q in quoted):
            m.part = True
        elif m.sites and any(o.role == "realised" and not o.part and o.sent < m.sent and o.value > m.value
                             and _one_site(o.sites, m.sites) for o in mentions):
            # "Hotel Beursstraat | 46 | in gebruik" ... "in het hotel aan de Beursstraat zijn 16 plaatsen bijgekomen":
            # the places added at a site whose count was told before are in that count
            m.part = True


_GENERIC_SITE_WORDS = frozenset({"hotel", "azc", "locatie", "pand", "woning", "school", "kantoor", "gebouw"})


def _one_site(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two sets of site names share a proper name ("Beursstraat" in "Hotel Beursstraat" and "Beursstraat")."""
    shared = {x.lower() for x in a} & {x.lower() for x in b}
    shared -= _GENERIC_SITE_WORDS
    return any(not load_directory().lookup(x) for x in shared)  # (a municipality's name is no site: "Enkhuizen")


_ROUGHLY = re.compile(r"\b(?:ruim|circa|ca\.?|ongeveer|zo'n|bijna|krap|rond(?:om)?|pakweg)\s+$")


def _rough_beside_exact(mentions: list[PlaceMention]) -> None:
    """"Het pand biedt ruimte aan ruim 60 personen; in de aanvraag is uitgegaan van 62 plaatsen": a rough figure
    and an exact one for the same site in one sentence, near each other, are the same places: the exact one counts."""
    for m in mentions:
        if m.part or m.role not in ("planned", "realised") or not _ROUGHLY.search(m.text[max(0, m.pos - 12):m.pos].lower()):
            continue
        for o in mentions:
            if o is not m and o.sent == m.sent and o.role == m.role and not o.part and o.value != m.value \
                    and abs(o.value - m.value) <= max(2, o.value // 10) \
                    and not _ROUGHLY.search(o.text[max(0, o.pos - 12):o.pos].lower()) \
                    and (m.sites & o.sites or not (m.sites or o.sites)):
                m.part = True
                break


def _completes_a_stated_total(mentions: list[PlaceMention], sents: list[Sentence]) -> None:
    """"in totaal 129 opvangplaatsen voorzien: 72 in het hoofdgebouw en 48 in paviljoens. Een groep van 9 AMV'ers
    krijgt een eigen vleugel": a figure of the next sentences that, with the parts the total's own sentence names,
    makes that total is one of its parts."""
    for t in mentions:
        if t.role not in ("planned", "realised") or t.part:
            continue
        # "In voorbereiding: 174 plaatsen (Bergen 24, Castricum 90, Heiloo 60)": its parts in brackets, named before
        bracket = re.match(r"[^()]{0,40}?\(([^()]{3,160})\)", sents[t.sent].text[t.pos:])
        inner = [int(x) for x in _BARE_FIGURE.findall(bracket.group(1))] if bracket else []
        named_parts = len(re.findall(r"(?-i:[A-Z])[\w'-]+\.?\)?:?\s+\d", bracket.group(1))) if bracket else 0
        if len(inner) >= 2 and sum(inner) == t.value and named_parts == len(inner):  # each part named: a place
            for m in mentions:
                if m.role == t.role and m.sent != t.sent and not m.part and m.value in inner:
                    inner.remove(m.value)
                    m.part = True
        if not t.total:
            continue
        named = [int(x) for x in _BARE_FIGURE.findall(sents[t.sent].text[t.pos:])][1:]
        if len(named) < 2 or sum(named) >= t.value:
            continue
        for m in mentions:
            if m.role == t.role and not m.part and not m.total and t.sent < m.sent <= t.sent + 2 \
                    and sum(named) + m.value == t.value:
                m.part = True
