"""Reading a whole mail: the mentions of every sentence, the passes over all of them, the totals."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from parsers.dates import MONTHS
from parsers.places.cues import (
    _EARLIER_PLAN,
    _NO_SITE_YET,
    _NOW_WORDS,
    _PLAN_FELL_THROUGH,
    _REF_DAY,
    _ahead,
    _all_names,
    _directory,
)
from parsers.places.mentions import (
    _ALREADY_IN_USE,
    _COUNTED_FOR_US,
    _FIGURES_ONLY,
    _GONE_CELL,
    _IN_USE_CELL,
    _MOMENT_CELL,
    _NOT_ASYLUM,
    _header_columns,
    _loose_header,
    _mentions_in,
    _moment_ahead,
)
from parsers.places.relations import (
    _added_since_the_letter,
    _built_but_empty,
    _capacity_of_a_site_to_come,
    _completes_a_stated_total,
    _equal_phases_of_a_whole,
    _rest_still_arranged,
    _rough_beside_exact,
)
from parsers.places.roles import _STATUS_CELL, _lead_role
from parsers.places.totals import _different_site, _planned, _realised, _table, _zero
from parsers.places.words import _MONTHS, PlaceMention, PlacesReading, _is, _tokens, _vocab
from parsers.segments import Sentence

_MAY_COUNT = re.compile(r"\d|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|vijftig|"
                        r"tachtig|honderd", re.I)


@lru_cache(maxsize=8192)
def _sentence_mentions(text: str, source: str, section: str, context: str | None,
                       ref: date | None = None) -> tuple[PlaceMention, ...]:
    """The mentions of one sentence as `_mentions_in` reads them (it reads only these values of the sentence, and
    the role its predecessor gives), remembered: repeated text is read once. Callers get copies (`_copy`), since
    adding up marks the mentions."""
    return tuple(_mentions_in(Sentence(text, source, section), 0, context))


def sentence_cache_clear() -> None:
    _sentence_mentions.cache_clear()
    _lead_role.cache_clear()


def _copy(m: PlaceMention, sent: int) -> PlaceMention:
    out = object.__new__(PlaceMention)
    out.__dict__.update(m.__dict__)
    out.sent = sent
    return out


def read_places(sents: list[Sentence], ref: date | None = None, own: tuple[str, ...] = ()) -> PlacesReading:
    """All place mentions of the municipality's own sentences, and the realised / planned totals; `ref` is the
    mail's date (a day named on or before it is no moment ahead); `own` the municipalities the mail is written
    for (figures of another municipality named right before them are that municipality's, not theirs)."""
    token = _REF_DAY.set(ref)
    try:
        return _read_places(sents, ref, own)
    finally:
        _REF_DAY.reset(token)


@lru_cache(maxsize=1)
def _municipality_names() -> re.Pattern[str]:
    """Every official municipality name and alias, as written (capitalised), longest first."""
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in sorted(_all_names(), key=len, reverse=True))
                      + r")(?![\w-])")


def _per_municipality(mentions: list[PlaceMention], sents: list[Sentence], own: tuple[str, ...]) -> None:
    """A mail written for several municipalities gives each its own lines ("Hillegom (uw kenmerk ...): 22 pl. in
    gebruik", "Teylingen: 64 pl. in gebruik"): the municipality a line opens with is where its figures stand, so
    that figures of different municipalities add up."""
    if len(own) < 2:
        return
    for m in mentions:
        opening = sents[m.sent].text[:40]
        found = [n for n in own if re.match(r"\W*(?:in\s+)?" + re.escape(n) + r"\b", opening, re.I)]
        if len(found) == 1:
            m.sites = m.sites | {found[0]}
    # "AK: 70/153 -> ..." / "TD: 96/173 -> ...": counts set against different tasks on lines of their own are the
    # counts of different municipalities, however the lines name them
    tasks = {m.sent: m.value for m in mentions if m.role == "task" and m.cue == "tabel"}
    if len(set(tasks.values())) >= 2:
        for m in mentions:
            if m.role == "realised" and m.sent in tasks and not m.sites:
                m.sites = frozenset({f"taak {tasks[m.sent]}"})


@lru_cache(maxsize=256)
def _own_names(own: tuple[str, ...]) -> frozenset[str]:
    """The official names of `own` and their aliases, as _municipality_names finds them."""
    gemeenten = [_directory().by_name(g) for g in own]
    return frozenset(own) | {a for g in gemeenten if g is not None for a in g.aliases}


_ROAD_TO = re.compile(r"\b(?:[Ww]eg|[Ss]traatweg|[Rr]ijksweg|[Dd]ijk|[Ll]aan|[Ss]traat|[Pp]ad)\s+(?:naar|op|van)\s+$")


def _names_in(text: str) -> list[str]:
    """The municipality names in `text`, in order; not one that ends a road's name ("de Weg naar Laren")."""
    return [m.group(1) for m in _municipality_names().finditer(text)
            if not _ROAD_TO.search(text[max(0, m.start() - 20):m.start()])
            and not re.match(r"\s+en\s+[A-Z]", text[m.end():])]  # "Beek en Donk" is a village, not Beek


def _others_named(text: str, own: tuple[str, ...]) -> bool:
    """The text names a municipality and none of `own` ("Hengelo (380 plaatsen) en Almelo (420)")."""
    if not own:
        return False
    found = set(_names_in(text))
    return bool(found) and not (found & _own_names(own))


@lru_cache(maxsize=256)
def _own_names_pattern(own: tuple[str, ...]) -> str:
    """`own`'s names and aliases as one alternation, the longest first."""
    return "|".join(re.escape(n) for n in sorted(_own_names(own), key=len, reverse=True))


@lru_cache(maxsize=256)
def _own_share_pattern(own: tuple[str, ...]) -> re.Pattern[str]:
    """"daarvan ... in (de gemeente) OWN": the municipality's own share of a figure named before."""
    return re.compile(r"\b(?:daarvan|waarvan)\b[^.;:]{0,40}\bin\s+(?:de\s+gemeente\s+)?(?:" + _own_names_pattern(own)
                      + r")\b", re.I)


@lru_cache(maxsize=256)
def _built_for_own_pattern(own: tuple[str, ...]) -> re.Pattern[str]:
    """"30 plk voor (de gemeente) OWN": places another builds for the municipality."""
    return re.compile(r"\d+\s*(?:[\w.-]+\s+){0,2}?voor\s+(?:de\s+gemeente\s+)?(?:" + _own_names_pattern(own) + r")\b")


def _own_share_of_a_region(mentions: list[PlaceMention], own: tuple[str, ...]) -> None:
    """"In de regio Haaglanden waren ... 3.140 opvangplaatsen gerealiseerd. Daarvan liggen er 205 in Westland: 190
    reguliere plaatsen en 15 AMV-plaatsen": the region's figure is another's, the share said to lie in the
    municipality itself is its own, in the role the region's figure had."""
    if not own or not any(m.role == "other" and m.status == "elders" for m in mentions):
        return
    share = _own_share_pattern(own)
    for m in mentions:
        if m.role != "other" or m.status != "elders" or not share.search(m.text):
            continue
        region = [o for o in mentions if o.sent == m.sent - 1 and o.status == "elders"]
        role = _lead_role(region[-1].text) if region else None
        if role in ("realised", "planned"):
            m.role, m.status, m.cue = role, "in gebruik" if role == "realised" else "gepland", "eigen deel van de regio"


def _other_municipalities(mentions: list[PlaceMention], own: tuple[str, ...]) -> None:
    """A figure right after another municipality's name in its clause is that municipality's."""
    for m in mentions:
        if m.role not in ("realised", "planned", "lost") or m.cue in ("tabel", "kolom"):
            continue
        lo = max(m.text.rfind(c, 0, m.pos) for c in ".;:")
        window = m.text[lo + 1:m.pos]
        last = _names_in(window)[-1:]
        # "Zoeterwoude betaalt mee aan de opvanglocatie in Leiden, die nu ruim 600 asielzoekers opvangt": the name
        # nearest before the figure is whose it is
        after = m.text[m.pos:m.pos + 40]
        for_us = own and _built_for_own_pattern(own).match(after)
        if for_us:
            continue  # "afgesproken dat Ede 30 plk voor Renswoude realiseert": places another builds for us
        if _others_named(window, own) or (own and last and not set(last) & _own_names(own)
                                          and re.search(r"\b(?:in|te|van|bij)\s+$", window[:window.rfind(last[0])])):
            m.role, m.status, m.cue = "other", "andere gemeente", "elders"


_SUMMED = re.compile(r"\b(?:daarmee|samen|gezamenlijk|in totaal|opgeteld|dus)\b")


def _sum_of_those_in_use(mentions: list[PlaceMention]) -> None:
    """ "Hillegom biedt 40 plaatsen ... Teylingen vangt 65 asielzoekers op. Gezamenlijk realiseren de drie gemeenten
    daarmee 105 plaatsen": a figure said to sum up, equal to the figures in use before it, is their total."""
    for m in mentions:
        if m.role != "planned" or not _SUMMED.search(m.text.lower()):
            continue
        before = [o for o in mentions if o.role == "realised" and o.sent < m.sent and not o.part]
        if len(before) >= 2 and sum(o.value for o in before) == m.value:
            m.role, m.status, m.total = "realised", "in gebruik", True


def _row_label(text: str) -> str:
    return text.strip().strip("|").split("|")[0].strip()


def _columns_where_the_text_is_silent(mentions: list[PlaceMention], own: tuple[str, ...] = ()) -> None:
    """A table that states its figures only by its header's columns sums up what the text says: its figures
    count only for a role that no sentence gives."""
    for role, status in (("realised", "in gebruik"), ("planned", "gepland")):
        said = [m for m in mentions if m.role == role and m.status == status and m.cue != "kolom" and " | " not in m.text
                and not m.part]
        cells = [m for m in mentions if m.role == role and m.cue == "kolom"]
        sums = [c for c in cells if re.match(r"[|\s]*[^|]{0,30}\b(?:samen|totaal|total|gezamenlijk)\b[^|]*\|", c.text.lower())]
        rows = {c.value for c in cells if c not in sums}
        ours = len(own) >= 2 and all(_row_label(c.text) in _own_names(own) for c in cells if c not in sums)
        if said and sums and ours and (sum(m.value for m in said) in rows or all(m.value in rows for m in said)):
            # "Hillegom | ... | 112" and "Samen | ... | 235" beside the text's 104 + 8 for Hillegom: the text tells of
            # one row, the table's total of all
            for m in said:
                m.part = True
            continue
        if said:
            for m in mentions:
                if m.role == role and m.cue == "kolom":
                    m.role, m.status = "other", "tabel"


# a line after a phase's figures saying it is lived in: "Opgeleverd in september 2035 en sindsdien volledig in gebruik"
_IN_USE_SINCE = re.compile(r"\b(?:sindsdien|inmiddels|al|nu|thans)\s+(?:\w+\s+){0,2}?(?:in gebruik|bewoond|bezet)\b")


def _in_use_said_after(mentions: list[PlaceMention], sents: list[Sentence]) -> None:
    """A phase or section figure without a cue of its own ("Fase 1: 60 plaatsen (regulier).") is in use when the
    next sentence, without figures, says so ("Opgeleverd in september 2035 en sindsdien volledig in gebruik.")."""
    for m in mentions:
        if m.cue not in ("fase", "sectie") or m.role not in ("planned", "other") or m.sent + 1 >= len(sents):
            continue
        nxt = sents[m.sent + 1]
        low = nxt.text.lower()
        if nxt.source != sents[m.sent].source or any(o.sent == m.sent + 1 for o in mentions) \
                or not _IN_USE_SINCE.search(low) or _ahead(low) or re.search(r"\b(?:zal|zullen|gaat|gaan|nog niet)\b", low):
            continue
        m.role, m.status, m.cue = "realised", "in gebruik", "zin erna"


_RULE_LINE = re.compile(r"[\s\-=+|:_–—]{3,}")


def _read_places(sents: list[Sentence], ref: date | None, own: tuple[str, ...] = ()) -> PlacesReading:
    mentions: list[PlaceMention] = []
    columns: tuple[str, ...] = ()  # the header row of the table being read
    for i, s in enumerate(sents):
        if _RULE_LINE.fullmatch(s.text) and columns:
            continue  # "-----------  ------------  ----------": the rule under a header, the table goes on
        row = " | " in s.text
        if row and not any(re.fullmatch(r"[\d.,\s()+~-]+|\s*(?:[–—-]|n\.?v\.?t\.?|nvt)\s*", c, re.I)
                           or re.match(r"\s*\d[\d.]*\s+\(", c) for c in s.text.split("|")):
            # a header row: no cell is a figure ("Gerealiseerd per 1-6-2030 | Gepland (locatie Breukelen)"), nor
            # a figure with a remark ("in gebruik | 120 (telt niet mee voor de Spreidingswet)"), nor an empty value ("–")
            columns = _header_columns(s.text)
            lead = _lead_role(sents[i - 1].text) if i and sents[i - 1].source == s.source else None
            if columns and lead in ("realised", "planned"):
                columns = (*columns, "lead:" + lead)  # "Locaties in gebruik (peildatum ...)" above the header
        elif row and not columns and i and sents[i - 1].source == s.source and " | " not in sents[i - 1].text \
                and (loose := _loose_header(sents[i - 1].text)):
            columns = _header_columns(loose)
        elif not row or (i and sents[i - 1].source != s.source):
            columns = ()
        if not _MAY_COUNT.search(s.text) or s.text.lstrip().startswith(">"):
            continue  # ... or a line of the ministry's letter quoted between the answers ("> Regulier | 120 | 0")
        context = "cols:" + "|".join(columns) if row and columns else _context(mentions, sents, i)
        found = _sentence_mentions(s.text, s.source, s.section, context, ref)
        if found:
            mentions += [_copy(m, i) for m in found]
    _corrected_later(mentions, sents)
    _amended(mentions, sents)
    _plan_of_a_year_gone_by(mentions, sents, ref)
    _without_a_site(mentions)
    _parts_on_the_next_line(mentions, sents)
    _no_cue_from_neighbours(mentions, sents)
    _sum_of_the_list_above(mentions, sents)
    _units_counted_after(mentions)
    _in_use_said_after(mentions, sents)
    _site_named_before(mentions, sents)
    _per_municipality(mentions, sents, own)
    _rejected_after(mentions, sents)
    _alternatives_offered(mentions, sents)
    _whole_before_what_remains(mentions)
    _left_after_a_loss_ahead(mentions, sents)
    _total_with_a_part_in_use(mentions)
    _whole_split_later(mentions)
    _completes_a_stated_total(mentions, sents)
    _own_share_of_a_whole(mentions)
    _share_beside_its_whole(mentions)
    _all_of_the_task(mentions)
    _rest_still_arranged(mentions)
    _rough_beside_exact(mentions)
    _added_since_the_letter(mentions)
    _built_but_empty(mentions, sents)
    _capacity_of_a_site_to_come(mentions, sents)
    _equal_phases_of_a_whole(mentions)
    _fell_through(mentions, sents)
    _dropped_since_an_earlier_mail(mentions, sents)
    _named_again(mentions)
    _other_municipalities(mentions, own)
    _own_share_of_a_region(mentions, own)
    _other_schemes(mentions, sents)
    _sum_of_those_in_use(mentions)
    _columns_where_the_text_is_silent(mentions, own)
    _lost_are_earlier_figures(mentions)
    _superseded_reports(mentions, sents)
    _chosen_within_range(mentions)
    table = _table([s.text for s in sents], own)
    _said_not_to_count(mentions, sents)
    _not_the_municipalitys(mentions)
    _extended_to(mentions)
    _capacity_where_none_are_in_use(mentions, sents, own)
    realised_ms = [m for m in mentions if m.role == "realised"]
    realised = table.get("realised")
    if realised is None:
        realised = _realised(realised_ms)
    zero, zero_text = _zero([x for x in sents if not _others_named(x.text, own)]) if realised is None else (False, "")
    if realised is None and zero:
        realised = 0
        mentions.append(PlaceMention(0, "realised", status="geen opvangplekken", cue="geen", text=zero_text,
                                     counted="realised"))
    if realised is None:
        going = [m for m in mentions if m.role == "lost" and m.status == "vervalt"]
        realised = _realised(going)
        realised_ms = going
    elif "realised" not in table:
        realised, realised_ms = _with_places_still_to_go(realised, realised_ms, mentions)
    planned_ms = [m for m in mentions if m.role == "planned" and m.status == "gepland"]
    planned_ms += _end_states_per_line(mentions, realised_ms, planned_ms)
    planned = table.get("planned")
    if planned is None:
        planned = _planned(planned_ms)
    if planned is None:
        planned, planned_ms = _remainder_planned(mentions, sents)
    if planned is None and realised is not None:
        planned, planned_ms = _end_state_after_now(mentions, realised_ms, planned_ms)
    for m in realised_ms:
        if not m.part:
            m.counted = "realised"
    for m in planned_ms:
        if not m.part:
            m.counted = "planned"
    return PlacesReading(realised, planned, mentions)


# "sorry, 48 i.p.v. 84", "bij 1 moet 26 staan i.p.v. 62", "moet 35 zijn ipv 53"
_INSTEAD = re.compile(r"\b(\d+)\s+(?:[\w()]+\s+){0,2}?(?:i\.\s?p\.\s?v\.?|ipv\.?|in plaats van)\s+(\d+)\b", re.I)
# "de 140 plaatsen in de tweede alinea kloppen niet" ... "Het juiste aantal is 124"
_WRONG_FIGURE = re.compile(r"\b(\d+)\s+(?:[\w()]+\s+){0,6}?klop(?:t|pen)\s+niet\b|"
                           # "Correctie: hierboven staat 113 plaatsen; dat was het aantal in de eerste schetsvariant"
                           r"\b(?:hierboven|eerder|daarboven)\s+(?:staat|stond|staan|noemden\s+wij|schreven\s+wij)\s+(?:er\s+)?(\d+)\b|"
                           # "Correctie: in onze reactie van 14 december noemden we 150 gerealiseerde plekken. Dat klopte niet"
                           r"\b(?:noemden|schreven|meldden)\s+(?:we|wij)\s+(?:u\s+)?(\d+)\b", re.I)
_RIGHT_FIGURE = re.compile(r"\b(?:juiste|correcte)\s+(?:aantal|getal|cijfer)\s+(?:is|moet zijn|luidt)\s*:?\s+(\d+)", re.I)
def _right_value(m: re.Match[str], text: str) -> int:
    """The right figure a correction names; its sum when it names parts first ("het juiste aantal is 120 regulier en
    16 AMV, dus 136")."""
    total = re.search(r"\b(?:dus|samen|totaal|in totaal)\s+(\d+)\b", text[m.end():m.end() + 60], re.I)
    return int(total.group(1)) if total else int(m.group(1))


_CORRECTION_WORDS = re.compile(r"\bcorrect\w*|\bsorry\b|\bexcuus\b|\bexcuses\b|\bfout\w*|\btik\w*|\blees\b|"
                               r"\bautocorrect|\bmoet\b[^.;]{0,20}\b(?:zijn|staan|wezen)\b|\bklop(?:t|pen|te|ten)\s+niet\b", re.I)


def _corrected_later(mentions: list[PlaceMention], sents: list[Sentence]) -> None:
    """A figure corrected in a sentence of its own ("sorry: bij 1 moet 26 staan i.p.v. 62", "de 140 plaatsen ...
    kloppen niet. ... Het juiste aantal is 124"): the earlier mention takes the right value and the correction's
    figures are not counted again; a correction with nothing earlier to correct ("Correctie: moet 35 zijn ipv 53
    (in gebruik)") gives the right figure the role its own words name."""
    for i, s in enumerate(sents):
        if not _CORRECTION_WORDS.search(s.text):
            continue
        pairs = [(int(m.group(1)), int(m.group(2)), i) for m in _INSTEAD.finditer(s.text)]
        for w in _WRONG_FIGURE.finditer(s.text):
            right = next(((_right_value(r, sents[j].text), j) for j in range(i, min(i + 4, len(sents)))
                          if (r := _RIGHT_FIGURE.search(sents[j].text))), None)
            if right is not None:
                pairs.append((right[0], int(w.group(1) or w.group(2) or w.group(3)), right[1]))
        for new, old, last in pairs:
            if new == old or not new or not old:
                continue
            own = range(i, last + 1)
            earlier = [m for m in mentions if m.value == old and m.sent not in own and m.role in ("realised", "planned")]
            for m in earlier:
                m.value, m.cue = new, "correctie"
            mentions[:] = [m for m in mentions if not (m.sent in own and (m.value == old or earlier and m.value == new))]
            if earlier or any(m.sent in own and m.value == new for m in mentions):
                continue
            low = s.text.lower()
            role = "realised" if re.search(r"\bin gebruik\b|\bgerealiseerde?\b|\bnu\b", low) else \
                "planned" if re.search(r"\bvoorb\w*|\bgepland\b|\bin aanbouw\b", low) else ""
            if role:
                mentions.append(PlaceMention(new, role, status="in gebruik" if role == "realised" else "gepland",
                                             cue="correctie", text=s.text, source=s.source, sent=i))


# an amendment's text: "in beslispunt 1 "200 asielzoekers" te vervangen door "100 asielzoekers"", "De raad besluit
# beslispunt 1 als volgt te wijzigen: ..."
_AMENDS = re.compile(r"\bte vervangen door\b|\bals volgt te wijzigen\b|\bbeslispunt\s+\d+\s+(?:te\s+)?(?:wijzigen|"
                     r"vervangen)\b", re.I)
_VOTED = re.compile(r"\b(verworpen|afgewezen|weggestemd|niet aangenomen|aangenomen)\b", re.I)


def _amended(mentions: list[PlaceMention], sents: list[Sentence]) -> None:
    """An amendment sent along with the proposal it changes: voted down, its figures are no plan; adopted, its
    figures replace the proposal's planned ones before it ("Amendement A1 (aangenomen ...)" / "De raad besluit
    beslispunt 1 als volgt te wijzigen: ... voor 100 asielzoekers ..." below "voor 150 asielzoekers")."""
    for i, s in enumerate(sents):
        if not _AMENDS.search(s.text):
            continue
        # the vote may be told before ("De tekst van het aangenomen amendement luidt:") or a few lines after the
        # amendment's own text (its submitters in between)
        near = " ".join(x.text for x in sents[max(0, i - 6):i + 6] if x.source == s.source)
        vote = _VOTED.search(re.sub(r"\b(?:het|de)\s+(?:geamendeerde\s+|gewijzigde\s+)?(?:raads)?voorstel\b[^.]*", " ",
                                    near))
        if vote is None:
            continue
        own = [m for m in mentions if m.sent == i]
        if vote.group(1).lower() != "aangenomen":
            for m in own:
                m.role, m.status, m.cue = "other", "verworpen amendement", "amendement"
            continue
        for m in mentions:
            if m.sent < i and m.source == s.source and m.role == "planned":
                m.role, m.status, m.cue = "other", "achterhaald", "amendement"


# "In 2037 besloot het college tot één locatie voor 220 asielzoekers": a plan told in the past, of a year gone by
_PLAN_THEN = re.compile(r"^\W*(?:in|eind|begin|medio)\s+(20\d\d)\b[^.;]{0,40}\b(?:besloot|besloten|koos|kozen|wilde|"
                        r"wilden|plande|planden|ging|gingen|was|waren|stelde|stelden|presenteerde|presenteerden|"
                        r"kondigde|kondigden|had|hadden)\b", re.I)


def _plan_of_a_year_gone_by(mentions: list[PlaceMention], sents: list[Sentence], ref: date | None) -> None:
    """A plan told in the simple past of a year gone by, with a plan told after it: the earlier plan, changed since
    ("In 2037 besloot het college tot één locatie voor 220 ..." / "Het college kiest nu voor twee fasen ...")."""
    if ref is None:
        return
    for m in mentions:
        then = _PLAN_THEN.match(sents[m.sent].text) if m.role == "planned" else None
        if then and int(then.group(1)) < ref.year \
                and any(o.role == "planned" and o.sent > m.sent and o.value != m.value for o in mentions):
            m.role, m.status, m.cue = "other", "achterhaald", "eerder plan"


def _with_places_still_to_go(realised: int, realised_ms: list[PlaceMention], mentions: list[PlaceMention]
                             ) -> tuple[int, list[PlaceMention]]:
    """Places that will be lost later are in use now (SCHEMA): "de locatie met 200 plaatsen sluit per 1 februari;
    in Zuidwolde blijven 25 AMV-plaatsen in gebruik" is 225 now. A figure to be lost that is smaller than a figure
    in use and not at another site is part of it ("680 in gebruik; 300 verdwijnen per 31 december")."""
    kept = [m for m in realised_ms if not m.part]
    top = max((m.value for m in kept), default=0)
    extra: list[PlaceMention] = []
    for g in mentions:
        if g.role != "lost" or g.status != "vervalt" or g.part:
            continue
        elsewhere = bool(g.sites) and all(r.sites and not (g.sites & r.sites) for r in kept)
        # a definite figure at a site of its own, not named before ("Per 1 januari vervallen de 80 plaatsen in het
        # klooster in Born", beside the azc in use)
        own_site = elsewhere and bool(kept) and not any(o.value == g.value and o.sent < g.sent for o in mentions)
        if (g.definite and not own_site) or any(e.value == g.value for e in extra) or g.value == realised \
                or any(r.value == g.value for r in realised_ms):
            continue  # "de 60 plekken vallen weg", "deze 120 plaatsen": the places named before
        if any(r.total and re.match(r"\W*samen met\b", r.text.lower())
               and r.value - sum(p.value for p in realised_ms if p.part and p.sent == r.sent) == g.value for r in kept):
            continue  # "Samen met de 40 plekken in Hoogezand komt onze realisatie uit op 150": the 110 are in it
        if g.value > top or elsewhere:
            extra.append(g)
    return realised + sum(g.value for g in extra), realised_ms + extra


# a sentence that goes on about the site named before it: "Het college heeft hiervoor een principebesluit genomen"
_POINTS_BACK = re.compile(r"\b(?:hier|daar)(?:voor|over|mee|bij|in|aan|op|toe)\b")


def _context(mentions: list[PlaceMention], sents: list[Sentence], i: int, back: int = 1) -> str | None:
    """The role the sentence before sentence i gives the site it is about: its last figure's role, else its cue
    words ("de aannemer is met de bouw begonnen": planned); when that sentence, without figures, says nothing of
    a role, the one before it ("... het zorgcentrum aan het COA aangeboden. Het college heeft hiervoor een
    principebesluit genomen. Het gebouw biedt ruimte aan honderd personen.")."""
    if i == 0 or sents[i - 1].source != sents[i].source:
        return None
    role = _context_of(mentions, sents, i)
    if role is None and back and i >= 2 and not any(m.sent == i - 1 for m in mentions) \
            and _POINTS_BACK.search(sents[i - 1].text.lower()):
        return _context(mentions, sents, i - 1, back - 1)
    return role


def _context_of(mentions: list[PlaceMention], sents: list[Sentence], i: int) -> str | None:
    prev = [m.role for m in mentions if m.sent == i - 1 and m.role in ("realised", "planned")]
    if prev:
        return prev[-1]
    if any(m.sent == i - 1 and m.role == "lost" and m.status == "vervallen" for m in mentions):
        return "lost_past"  # "per 1 november zijn de 120 plekken op het schip vervallen. Er resteren 45 ..."
    if re.search(r"\b(?:verkennen|verkent|onderzoeken|onderzoekt|bekijken|bekijkt)\b", sents[i - 1].text.lower()) \
            and not any(m.sent == i - 1 for m in mentions):  # (a date there is no figure: "een raadsvoorstel volgt in Q2")
        return "exploring"  # "Wij verkennen nu een locatie aan de Oude Bommelseweg."
    if not any(m.sent == i - 1 for m in mentions) and any(_is(t, "lost_past") for t in _tokens(sents[i - 1].text)) \
            and not re.search(r"\b(?:wordt|worden|zal|zullen|gaat|gaan)\b", sents[i - 1].text.lower()):
        return "lost_past"  # "Per 1 juni 2030 is de opvang in het voormalige stadhuis beëindigd."
    return _lead_role(sents[i - 1].text)


# "Eerder meldden wij aan de regietafel dat wij 120 plaatsen hebben. Dat zijn er inmiddels 80": a figure reported
# before, and a figure in use said after it
_REPORTED_BEFORE = re.compile(r"\b(?:eerder|destijds|vorige keer|tot nu toe)\b[^.;]{0,40}\b(?:meldden|meldde|schreven|"
                              r"schreef|noemden|noemde|gaven|berichtten|rapporteerden)\b|\b(?:meldden|schreven|noemden|"
                              r"berichtten|rapporteerden) (?:wij|we)\b[^.;]{0,40}\b(?:eerder|destijds)\b|"
                              r"\bin (?:onze|ons) (?:vorige|eerdere) (?:brief|reactie|bericht|mail)\b|"
                              r"\b(?:wij|we) (?:meldden|schreven|noemden|berichtten|rapporteerden|gaven)\b[^.;]{0,20}?"
                              r"\b(?:toen|eerder|destijds)\b|"
                              r"\bin (?:onze|ons) (?:brief|reactie|bericht|mail|e-mail|verslag) van \d")
_BECOMES_NOW = re.compile(r"\b(?:worden|zijn|wordt|is|werden|waren)\s+(?:dat|het|die)\s+(?:er\s+)?(?:nu\s+|inmiddels\s+|nog\s+|"
                          r"maar\s+|slechts\s+)*\d+")
_NOW_IT_IS = re.compile(r"\b(?:inmiddels|nu|thans|gebleken|blijkt|bleek|bijgesteld|slechts|maar)\b")
# "Dat aantal was onjuist", "Dit cijfer klopt niet": the figure said before is corrected
_SAID_WRONG = re.compile(r"^\W*(?:dat|dit|die|deze|het genoemde)\s+(?:aantal|cijfer|getal|cijfers|aantallen)\s+"
                         r"(?:was|is|waren|zijn|klopt|klopten|klopte)\s+(?:\w+\s+)?(?:onjuist|niet juist|fout|niet correct|"
                         r"incorrect|verkeerd|niet)\b")
# others' words: a rumour, what a party or residents said, a question asked (not the municipality's statement)
_HEARSAY = re.compile(r"\b(?:gehoord dat|het gerucht|geruchten|zoals op (?:facebook|sociale media|internet)|"
                      r"volgens (?:de |het )?(?:fractie|oppositie|omwonenden|inwoners|bewoners|actiegroep|actiecomité|"
                      r"buurtbewoners|petitie|facebook|sociale media))\b")
_DENIED_FIGURE = re.compile(r"\b(?:van|over)\s+(?:die\s+|deze\s+)?([\d.]+)\s+[\w-]+\s+(?:is|was)\s+(?:geen|nooit)\s+sprake\b")


def _not_the_municipalitys(mentions: list[PlaceMention]) -> None:
    """A figure in a question ("Klopt het dat er 300 bij komen?"), in hearsay ("heeft van inwoners gehoord dat er
    300 komen"), or one a later sentence denies ("Van 300 asielzoekers is geen sprake") is no count of places."""
    denied = {int(d.group(1).replace(".", "")) for m in mentions for d in _DENIED_FIGURE.finditer(m.text.lower())
              if d.group(1).replace(".", "").isdigit()}
    for m in mentions:
        if m.role not in ("realised", "planned", "lost"):
            continue
        if m.text.rstrip().endswith("?") or _HEARSAY.search(m.text.lower()) or m.value in denied:
            m.role, m.status, m.cue, m.counted = "other", "niet van de gemeente", "vraag of gerucht", ""


_THAT_DOES_NOT_COUNT = re.compile(r"\W*(?:die|deze|dat|dit|de|het)\s+(?:\w+\s+){0,2}?(?:tel(?:t|len)\s+(?:\w+\s+)?niet mee|"
                                  r"vall(?:t|en)\s+(?:niet onder|buiten))\b")


def _said_not_to_count(mentions: list[PlaceMention], sents: list[Sentence]) -> None:
    """"... crisisnoodopvang voor 50 personen. Deze 50 plekken tellen niet mee voor de Spreidingswet": the figure
    named before does not count either."""
    for n in mentions:
        if not re.search(r"\btel(?:t|len) niet mee\b|\bvallen (?:niet|buiten)\b.{0,30}\bspreidingswet\b", n.text.lower()):
            continue
        if n.role in ("realised", "planned", "lost") and re.search(r"\btelt niet mee\b", n.text[n.pos:].lower()):
            # "Heeg, noodopvang (40 bedden) – sluit op 1 maart en telt niet mee voor de taak": this figure itself
            n.role, n.status, n.cue, n.counted = "other", "telt niet mee", "telt niet mee", ""
        for m in mentions:
            if m.value == n.value and m.sent < n.sent and m.role in ("realised", "planned"):
                m.role, m.status, m.cue, m.counted = "other", "telt niet mee", "telt niet mee", ""
    for i, s in enumerate(sents):
        if i and _THAT_DOES_NOT_COUNT.match(s.text.lower()) and s.source == sents[i - 1].source \
                and not any(m.sent == i for m in mentions):
            # "Daarnaast vangen wij 90 mensen op in crisisnoodopvang. Die opvang telt niet mee voor de taak."
            before = [m for m in mentions if m.sent == i - 1 and m.role in ("realised", "planned")]
            if before:
                m = before[-1]
                m.role, m.status, m.cue, m.counted = "other", "telt niet mee", "telt niet mee", ""


def _extended_to(mentions: list[PlaceMention]) -> None:
    """"De locatie (80 plekken) ... uit te breiden tot 120 plekken": the places to come are the 40 beyond those in
    use, when one figure in use is said before."""
    now = [m for m in mentions if m.role == "realised" and not m.part]
    values = {m.value for m in now}
    for m in mentions:
        if m.role != "planned" or m.status != "gepland" or len(values) != 1:
            continue
        if re.search(r"\buit(?:te)?\s*(?:te\s+)?breid\w*\s+(?:tot|naar)\s+(?:in totaal\s+)?$", m.text[:m.pos].lower()) \
                and any(r.sent < m.sent for r in now) and next(iter(values)) < m.value:
            m.value, m.status, m.cue = m.value - next(iter(values)), "gepland", "uitbreiding tot"


_CAPACITY_CUES = frozenset({"biedt", "bieden", "omvat", "omvatten", "ruimte voor", "ruimte aan", "plaats voor",
                            "plaats aan", "capaciteit"})
_NONE_IN_USE = re.compile(r"\bnog geen (?:asiel)?(?:opvang)?(?:plekken|plaatsen)\b|\bnog geen (?:asielzoekers|vluchtelingen)"
                          r" (?:opgevangen|op te vangen)\b")


def _capacity_where_none_are_in_use(mentions: list[PlaceMention], sents: list[Sentence], own: tuple[str, ...]) -> None:
    """"Het kloostercomplex biedt plaats aan 140 mensen ... Op dit moment zijn er nog geen opvangplekken": when the
    mail says none are in use, a site's capacity told in the present tense is the capacity of a site to come."""
    told = [m for m in mentions if m.role == "realised"]
    if not told or len(own) > 1 or any(m.cue not in _CAPACITY_CUES or _NOW_WORDS.search(m.text.lower())
                                       for m in told):
        return  # "Deventer biedt op dit moment 220 plekken": now
    none = [x.text for x in sents if _NONE_IN_USE.search(x.text.lower()) and not _others_named(x.text, own)
            and not re.search(r"\b(?:regulier\w*|amv|minderjarig\w*|motie|meer)\b", x.text.lower())]
    if none and not set(none) & {m.text for m in told}:  # not "A biedt 40; B heeft nog geen"
        for m in told:
            m.role, m.status, m.cue = "planned", "gepland", "nog geen plekken in gebruik"


def _chosen_within_range(mentions: list[PlaceMention]) -> None:
    """A range ("ruimte aan 100 tot 150 personen") and, in another sentence, a figure inside it ("afgesproken dat er
    120 plaatsen komen"): the figure is what was chosen, the range's upper bound is not added."""
    for m in mentions:
        if m.lower is None or m.role not in ("planned", "capacity", "realised"):
            continue
        if any(n is not m and n.role in ("planned", "realised") and n.lower is None and n.sent != m.sent
               and m.lower <= n.value < m.value for n in mentions):
            m.role, m.status, m.cue, m.counted = "other", "bandbreedte", "gekozen aantal erbinnen", ""


def _superseded_reports(mentions: list[PlaceMention], sents: list[Sentence] | None = None) -> None:
    """A figure in use that the mail says it reported before, with a figure in use said in a later sentence: the
    later one is the count now. A figure reported before that the next sentence calls wrong is no count at all."""
    for m in mentions:
        if m.role == "planned" and m.status == "gepland" and _REPORTED_BEFORE.search(m.text.lower()) and any(
                n.role == "planned" and n.status == "gepland" and 0 < n.sent - m.sent <= 2 and n.value != m.value
                and not _REPORTED_BEFORE.search(n.text.lower()) and _NOW_IT_IS.search(n.text.lower()) for n in mentions):
            # "In onze mail van 2 mei noemden wij 120 plekken in voorbereiding. Inmiddels is gebleken dat het pand
            # slechts ruimte biedt voor 96 plekken": the plan as it is now
            m.role, m.status, m.cue, m.counted = "quoted", "eerder gemeld", "eerder gemeld", ""
            continue
        if m.role in ("realised", "planned") and _REPORTED_BEFORE.search(m.text.lower()[:m.pos]) \
                and _BECOMES_NOW.search(m.text.lower(), m.pos):
            # "Eerder meldden wij u 180 plekken; door de veiligheidszone worden dat er 120": the figure it became
            m.role, m.status, m.cue, m.counted = "quoted", "eerder gemeld", "eerder gemeld", ""
            continue
        if sents and m.role in ("realised", "planned") and _REPORTED_BEFORE.search(m.text.lower()) \
                and m.sent + 1 < len(sents) and _SAID_WRONG.search(sents[m.sent + 1].text.lower()):
            m.role, m.status, m.cue, m.counted = "quoted", "onjuist", "onjuist", ""
            continue
        if m.role != "realised" or not _REPORTED_BEFORE.search(m.text.lower()):
            continue
        if any(n.role == "realised" and n.sent > m.sent and not _REPORTED_BEFORE.search(n.text.lower())
               for n in mentions):
            m.role, m.status, m.counted = "quoted", "eerder gemeld", ""


def _lost_are_earlier_figures(mentions: list[PlaceMention]) -> None:
    """"... de opvanglocatie met 150 plaatsen is gehuurd ... De 150 plaatsen vallen daarmee weg": a figure named
    again as lost is the same places. Still to be lost: they are in use now; lost already: not places now."""
    for lost in mentions:
        if lost.role != "lost" or not lost.definite:
            continue
        for m in mentions:
            if m.sent >= lost.sent or m.value != lost.value or m.role not in ("planned", "realised") \
                    or _different_site(m, lost):
                continue
            if lost.status == "vervalt":
                m.role, m.status, m.cue = "realised", "in gebruik", "vervalt later"
            else:
                m.role, m.status, m.cue = "other", "vervallen", "later vervallen"


_REST_BACK = re.compile(r"\b(?:de|die|deze)\s+(?:resterende|overige|ontbrekende)\s+(?:\w+\s+)?(?:plekken|plaatsen)\b", re.I)


def _end_state_after_now(mentions: list[PlaceMention], realised_ms: list[PlaceMention], planned_ms: list[PlaceMention]
                         ) -> tuple[int | None, list[PlaceMention]]:
    """"NU 30, NA HORNWEG-NOORD 80": the places to come are the end state less the count now, said in one breath."""
    for m in mentions:
        more = _end_state_less_now(m, realised_ms)
        if more is not None:
            mentions.append(more)
            return more.value, []
    return None, planned_ms


def _end_state_less_now(m: PlaceMention, realised_ms: list[PlaceMention]) -> PlaceMention | None:
    """The places to come of an end state ("straks 80") said after the count now in its sentence ("nu 30"), or None."""
    if m.cue != "straks" or m.status != "eindstand":
        return None
    now = [r for r in realised_ms if r.sent == m.sent and r.cue == "nu" and r.pos < m.pos]
    if not now or m.value <= now[0].value:
        return None
    return PlaceMention(m.value - now[0].value, "planned", status="gepland", cue="straks min nu", text=m.text,
                        source=m.source, counted="planned", sent=m.sent, pos=m.pos)


def _end_states_per_line(mentions: list[PlaceMention], realised_ms: list[PlaceMention],
                         planned_ms: list[PlaceMention]) -> list[PlaceMention]:
    """"Uitgeest: nu 0, straks 60 / Heiloo: nu 24, straks +100": where the count now is given line by line (two
    lines or more), each line's end state less its count now is planned there, beside the other lines' places."""
    if len({r.sent for r in realised_ms if r.cue == "nu"}) < 2:
        return []
    out = []
    for m in list(mentions):
        if any(p.sent == m.sent for p in planned_ms):
            continue
        more = _end_state_less_now(m, realised_ms)
        if more is not None:
            mentions.append(more)
            out.append(more)
    return out


def _remainder_planned(mentions: list[PlaceMention], sents: list[Sentence]) -> tuple[int | None, list[PlaceMention]]:
    """"De overige 180 plekken zijn nog niet gerealiseerd ... Wij verwachten de resterende plekken op te leveren":
    the remainder of the task becomes planned when a later sentence plans "de resterende plekken" without a figure."""
    for m in mentions:
        if m.status != "rest van de taak":
            continue
        for s in sents[m.sent + 1:]:
            if _REST_BACK.search(s.text) and _lead_role(s.text) == "planned" \
                    and not re.search(r"\b(geen|niet)\b", s.text.lower()):
                m.role, m.status, m.cue = "planned", "gepland", "de resterende plekken"
                return m.value * m.each, [m]
    return None, []
_BACK_TO_SITE = re.compile(r"\s*(?:deze|die|dit|de|het)\s+(?:[\w-]+\s+)?(?:voorziening|woonvoorziening|locatie|"
                           r"opvanglocatie|gebouw|pand|azc|hotel|woning|villa|school|kazerne|complex)\b", re.I)
_NAME = re.compile(r"(?<=\s)[A-Z][\w'-]{2,}(?:\s+[A-Z][\w'-]+)*")


def _site_named_before(mentions: list[PlaceMention], sents: list[Sentence]) -> None:
    """A sentence that points back at a site ("Deze voorziening heeft 16 plekken") is about the site the sentence
    before names ("... aan de Molenvliet een woonvoorziening ingericht"): it takes that site's name."""
    stop = _vocab()["site_stop"][0]
    for m in mentions:
        if m.sites or not m.sent or sents[m.sent - 1].source != sents[m.sent].source \
                or not _BACK_TO_SITE.match(sents[m.sent].text) \
                or any(o.value == m.value and o.sent < m.sent for o in mentions):
            continue  # a figure named before is more likely the same places again
        names = {n for n in _NAME.findall(sents[m.sent - 1].text) if n not in stop and n.lower() not in _MONTHS
                 and n.upper() not in ("COA", "AMV", "IBT")}
        if names:
            m.sites = frozenset(names)


_REJECTED = re.compile(r"\b(?:dit|dat|het|deze|die)\s+(?:raads)?(?:voorstel|plan|initiatief|besluit|locatievoorstel|aanbod|"
                       r"pand|gebouw)\b"
                       r"[^.;]{0,80}?\b(?:verworpen|afgewezen|weggestemd|ingetrokken|van tafel|gaat niet door|"
                       r"niet doorgegaan|afgeblazen|gesneuveld|niet aangenomen)\b|"
                       # "Het COA heeft laten weten dat de hal na onderzoek niet geschikt is"
                       r"\b(?:de|het|dit|deze|die)\s+(?:hal|sporthal|pand|gebouw|locatie|terrein|perceel|kavel)\b"
                       r"[^.;]{0,60}?\b(?:niet geschikt|ongeschikt|afgevallen|afgewezen)\b")


def _named_again(mentions: list[PlaceMention]) -> None:
    """"Samen met de 24 AMV-plaatsen komt Heemstede dan uit op 134": a planned figure that names places already in
    use again (definite, the same value, realised before) is those places, not new ones."""
    for m in mentions:
        if m.role == "planned" and m.definite and re.match(r"\W*samen met (?:de|het|onze)\s+$", m.text[:m.pos].lower()):
            later = [o for o in mentions if o.sent == m.sent and o.pos > m.pos and o.role == "realised"
                     and o.value > m.value]
            if later:  # "Samen met de 40 plekken in Hoogezand komt onze huidige realisatie uit op 150": a part of it
                m.role, m.status, m.cue = "realised", "in gebruik", "samen met"
                continue
        if m.role == "planned" and m.definite \
                and (re.search(r"\bsamen met (?:de|het|onze)\s+$", m.text[max(0, m.pos - 20):m.pos].lower())
                     # "Met de 18 AMV-plekken en de circa 70 reguliere plekken komen wij dan op 88"
                     or re.match(r"\W*(?:en\s+)?met (?:de|het|onze)\s+$", m.text[:m.pos].lower())) \
                and any(o.value == m.value and o.sent < m.sent and o.role == "realised" and o.group == m.group
                        for o in mentions):
            m.role, m.status, m.cue = "other", "herhaling", "eerder in gebruik"
        elif m.role == "realised" and (_planned_named_again(m, mentions) or _site_in_brackets_again(m, mentions)):
            m.role, m.status, m.cue = "planned", "herhaling", "eerder gepland"


def _planned_named_again(m: PlaceMention, mentions: list[PlaceMention]) -> bool:
    """"Met die 132 plekken ... voldoen wij aan de taak": the planned places named before, not places in use."""
    return m.definite and m.cue not in ("in gebruik", "gerealiseerd") \
        and bool(re.search(r"\bmet (?:die|deze|de)\s+$", m.text[max(0, m.pos - 12):m.pos].lower())) \
        and any(o.value == m.value and o.sent < m.sent and o.role == "planned" and o.status == "gepland"
                for o in mentions)


def _site_in_brackets_again(m: PlaceMention, mentions: list[PlaceMention]) -> bool:
    """"Op 20 augustus is een nieuwe aannemer gecontracteerd voor Gendringen (60 plaatsen)": the site's places in
    brackets, named as planned before; the verb is about the works, the places are still to come."""
    return bool(m.sites) and m.cue not in _IN_USE_CUES and bool(re.search(r"\(\s*$", m.text[:m.pos])) \
        and any(o.value == m.value and o.sent < m.sent and o.role == "planned" and o.sites & m.sites
                for o in mentions)


_IN_USE_CUES = frozenset({"in gebruik", "gerealiseerd", "bewoond", "open", "opgeleverd", "in gebruik genomen",
                          "operationeel", "in bedrijf"})


def _dropped_since_an_earlier_mail(mentions: list[PlaceMention], sents: list[Sentence]) -> None:
    """A plan in the municipality's own earlier mail quoted below ("Voor de Merwedehal zijn 250 plekken in
    voorbereiding") that the new text says fell through ("Het plan voor de Merwedehal (250 plekken) is komen te
    vervallen") is gone too."""
    gone = {m.value for m in mentions if sents[m.sent].source == "body" and m.role in ("planned", "other")
            and m.status in ("ingetrokken", "vervallen")}
    for m in mentions:
        if m.value in gone and m.role == "planned" and sents[m.sent].source.startswith("quote") \
                and m.status not in ("ingetrokken", "vervallen"):
            m.status, m.cue = "vervallen", "vervallen volgens de nieuwe tekst"


def _fell_through(mentions: list[PlaceMention], sents: list[Sentence]) -> None:
    """A plan the sentence says could not go ahead ("Een locatie voor 130 plekken in Workum kon niet doorgaan") is
    no longer planned, unless the same places are named again later ("de 60 plekken" moved to another site)."""
    for m in mentions:
        if m.role == "planned" and m.status == "gepland" and _PLAN_FELL_THROUGH.search(sents[m.sent].text.lower()) \
                and not any(o.value == m.value and o.sent > m.sent and o.definite for o in mentions):
            m.status = "vervallen"


def _rejected_after(mentions: list[PlaceMention], sents: list[Sentence]) -> None:
    """A plan the next sentence says was rejected ("Het college deed een voorstel voor 150 plaatsen. In de
    raadsvergadering van 26 maart is dit voorstel verworpen."): its places are no longer planned."""
    for m in mentions:
        if m.role != "planned" or m.sent + 1 >= len(sents) or sents[m.sent + 1].source != sents[m.sent].source:
            continue
        if _REJECTED.search(sents[m.sent + 1].text.lower()):
            m.role, m.status, m.cue = "other", "vervallen", "verworpen"


def _after_waarvan(m: PlaceMention) -> str | None:
    """The lower-case text after a figure that follows "waarvan" ("200 plaatsen, waarvan 90 al in gebruik"), else None."""
    low = m.text.lower()
    figure = re.match(r"[\w.]+", low[m.pos:])
    if not m.pos or figure is None or not re.search(r"\bwaarvan\s*$", low[:m.pos]):
        return None
    return low[m.pos + figure.end():]


def _whole_of(m: PlaceMention, mentions: list[PlaceMention]) -> PlaceMention | None:
    """The last larger realised or planned figure before m in its sentence: the whole a "waarvan" part is of."""
    whole = [o for o in mentions if o.sent == m.sent and o.pos < m.pos and o.value > m.value
             and o.role in ("realised", "planned")]
    return whole[-1] if whole else None


def _own_share_of_a_whole(mentions: list[PlaceMention]) -> None:
    """"De locatie biedt 250 plaatsen, waarvan 125 aan de taak van Pijnacker-Nootdorp worden toegerekend": the share
    counted for the municipality is its figure; the whole is the shared site's."""
    for m in mentions:
        rest = _after_waarvan(m) if m.part else None
        if rest is None or not _COUNTED_FOR_US.match(rest) \
                or not re.match(r"[^.;]{0,60}\b(?:taak|ons|onze|wij|we)\b|[^.;]{0,60}\baan\b", rest):
            continue
        if re.match(r"[^.;]{0,80}\ben\s+[\d.]+\s+(?:\w+\s+)?aan\b", rest):
            continue  # "waarvan 60 worden toegerekend aan Heiloo en 30 aan Castricum": split among those it names
        w = _whole_of(m, mentions)
        if w is not None:
            m.role, m.status, m.cue, m.part = w.role, w.status, "toegerekend", False
            w.role, w.status, w.cue = "other", "gedeelde locatie", "toegerekend"


_SHARE_LEAD = re.compile(r"\baandeel\b(?:\s+[\w-]+){0,2}?\s*(?:van\s+|:\s*|bedraagt\s+|is\s+)?$")


def _all_of_the_task(mentions: list[PlaceMention]) -> None:
    """"verwachten wij dat eind 2040 alle 102 plaatsen beschikbaar zijn", 102 being the task named before: the end
    state, not places besides those planned."""
    tasks = {m.value for m in mentions if m.role == "task" and m.status == "taak"}
    for m in mentions:
        if m.role == "planned" and m.value in tasks and re.search(r"\balle\s+$", m.text.lower()[max(0, m.pos - 6):m.pos]):
            m.role, m.status, m.cue, m.counted = "task", "eindstand", "alle ... van de taak", ""


def _share_beside_its_whole(mentions: list[PlaceMention]) -> None:
    """"Regionale locatie X (totaal 250 plaatsen): het Heemsteedse aandeel van 45 plaatsen is vastgelegd": the
    municipality's share is its figure, the regional site's total is not its places."""
    for m in mentions:
        if m.role not in ("realised", "planned") or not _SHARE_LEAD.search(m.text.lower()[:m.pos]):
            continue
        for w in mentions:
            if w is not m and w.sent == m.sent and w.value > m.value and w.role == m.role:
                w.role, w.status, w.cue, w.counted = "other", "gedeelde locatie", "aandeel", ""
        m.part = False


def _total_with_a_part_in_use(mentions: list[PlaceMention]) -> None:
    """"In totaal gaat het om 200 plaatsen, waarvan 90 al in gebruik zijn": the 90 are in use, the 200 are the
    whole plan (in use and to come), not places in use."""
    for m in mentions:
        rest = _after_waarvan(m)
        w = _whole_of(m, mentions) if rest is not None and _ALREADY_IN_USE.match(rest) else None
        if w is not None:
            m.role, m.status, m.cue, m.part = "realised", "in gebruik", "waarvan al in gebruik", False
            w.role, w.status, w.cue = "other", "totaal", "waarvan al in gebruik"


def _parts_on_the_next_line(mentions: list[PlaceMention], sents: list[Sentence]) -> None:
    """"in gebruik: 45" above "reg. 41 / amv 4": a line of groups and figures only that adds up to the one figure of
    the line before is its parts, not more places."""
    by_sent: dict[int, list[PlaceMention]] = {}
    for m in mentions:
        by_sent.setdefault(m.sent, []).append(m)
    for k, line in by_sent.items():
        before = by_sent.get(k - 1, [])
        if len(line) >= 2 and len(before) == 1 and before[0].role in ("realised", "planned") \
                and _FIGURES_ONLY.fullmatch(sents[k].text.lower()) and sum(m.value for m in line) == before[0].value:
            for m in line:
                m.role, m.status, m.cue = "other", "deel van totaal", "regel ervoor"


def _without_a_site(mentions: list[PlaceMention]) -> None:
    """"Voor de laatste 24 plaatsen hebben wij nog geen locatie: ...": places still without a site, in the clause
    that names them, are no plan (what is left of the task)."""
    for m in mentions:
        if m.role != "planned" or m.status not in ("gepland", ""):
            continue
        low = m.text.lower()
        start = max(low.rfind(c, 0, m.pos) for c in ":;.") + 1
        ends = [e for e in (low.find(c, m.pos) for c in ":;") if e >= 0]
        clause = low[start:min(ends) if ends else len(low)]
        no_site = _NO_SITE_YET.search(clause)
        if no_site and not re.search(r"\b(?:wel|maar|inmiddels|gevonden)\b", clause):
            m.role, m.status, m.cue = "other", "geen locatie", no_site.group(0)


# what follows a figure for another scheme: "420 plaatsen aan ontheemden uit Oekraïne", "30 plekken voor statushouders"
_FOR_OTHERS = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:aan|voor)\s+(?:[\w-]+\s+){0,2}?"
                         r"(oekra\w*|ontheemd\w*|statushouder\w*|arbeidsmigrant\w*|vergunninghouder\w*)")
_WORD = re.compile(r"\S+")


def _other_schemes(mentions: list[PlaceMention], sents: list[Sentence]) -> None:
    """People counted in a sentence about another scheme are not asylum places: "vangt Ermelo Oekraïense ontheemden
    op; op dit moment verblijven daar 210 mensen", "ruim boven de taakstelling statushouders gehuisvest (96 personen)"."""
    for m in mentions:
        low = sents[m.sent].text.lower()
        other = _NOT_ASYLUM.search(low)
        if m.persons and m.role in ("realised", "planned") and other \
                and not re.search(r"asielzoeker|\bamv\b|minderjarig|\bcoa\b", low):
            m.role, m.status, m.cue = "other", "andere regeling", other.group(0)
            continue
        # "Gemeentelijke opvang Oekraïne: 140 plaatsen": a label line naming another scheme
        label = re.match(r"\W*([^:|]{3,60}):\s*", low)
        if label and m.pos >= label.end() and m.role in ("realised", "planned") \
                and (named := _NOT_ASYLUM.search(label.group(1))) and not re.search(r"asiel|\bcoa\b|\bamv\b", label.group(1)):
            m.role, m.status, m.cue = "other", "andere regeling", named.group(0)
            continue
        # "420 plaatsen aan ontheemden uit Oekraïne", "30 plekken voor statushouders": places of another scheme
        figure = _WORD.match(low, m.pos)
        meant = _FOR_OTHERS.match(low, figure.end()) if figure and m.role in ("realised", "planned") else None
        if meant:
            m.role, m.status, m.cue = "other", "andere regeling", meant.group(1)


def _whole_split_later(mentions: list[PlaceMention]) -> None:
    """"Op deze locatie worden in totaal 150 plaatsen gerealiseerd. Van de 150 plaatsen zijn er 50 in gebruik; de
    overige 100 volgen in september": the plan's figure named again as a whole split into places in use and to come
    is the whole, not places still to come besides its parts."""
    for w in mentions:
        if w.status != "geheel":
            continue
        parts = [m for m in mentions if m.sent == w.sent and m.pos > w.pos and not m.part
                 and m.role in ("realised", "planned")]
        if not any(m.role == "realised" for m in parts) or sum(m.value for m in parts) != w.value:
            continue
        for m in mentions:
            if m.role == "planned" and m.value == w.value and w.sent - 3 <= m.sent < w.sent and not m.part:
                m.role, m.status, m.cue = "other", "totaal", "gesplitst in delen"


_REMAIN = re.compile(r"\b(?:resteren|resteert)\b")
# "Na het vervallen van de noodopvang resteren 265 plekken": what will be left once a loss still ahead has come
_AFTER_THE_LOSS = re.compile(r"\W*na\s+(?:het|de)\s+(?:vervallen|sluiting|sluiten|beëindiging|afloop|wegvallen|vertrek|"
                             r"opheffing|verkoop|ontruiming)\b(?![^.;]{0,80}\b(?:nu|inmiddels|op dit moment|thans)\b)")
_LOSS_AHEAD = re.compile(r"\b(?:eindigt|eindigen|vervalt|vervallen|sluit|sluiten|stopt|stoppen|loopt)\b")
_A_DAY = re.compile(r"\b(?:op|per|vanaf|met ingang van)\s+(\d{1,2})\s+([a-z]+)(?:\s+(20\d\d))?\b")


def _day_ahead(low: str) -> bool:
    """A day named in the sentence ("de huur eindigt op 1 oktober 2034") after the mail's date."""
    ref = _REF_DAY.get()
    for d in _A_DAY.finditer(low):
        if d.group(2) not in MONTHS or ref is None:
            continue
        try:
            day = date(int(d.group(3) or ref.year), MONTHS[d.group(2)], int(d.group(1)))
        except ValueError:
            continue
        if day > ref:
            return True
    return False


def _left_after_a_loss_ahead(mentions: list[PlaceMention], sents: list[Sentence]) -> None:
    """The count after a loss a sentence before says is still to come ("de huur eindigt op 1 oktober 2034") is a
    future figure; after a loss that has happened it is the count now."""
    for m in mentions:
        if m.role != "realised" or not _AFTER_THE_LOSS.match(m.text.lower()) or not _REMAIN.search(m.text.lower()):
            continue
        before = [sents[j].text.lower() for j in range(max(0, m.sent - 3), m.sent)]
        if any(_LOSS_AHEAD.search(t) and _day_ahead(t) for t in before):
            m.role, m.status, m.cue = "other", "na verlies", "resteren na verlies"


_OF_THE_WHOLE = re.compile(r"\bvan de ([\d.]+)\s")
_TASK_WORDS = re.compile(r"\b(?:taak|taakstelling|opgave|tekort|te realiseren|nog te)\b")


def _whole_before_what_remains(mentions: list[PlaceMention]) -> None:
    """"Van de 65 plaatsen op de locatie resteren er daardoor 25", "resteren er nog 45 van de 80 plaatsen": what is
    left in use of a whole (not the rest of the task: "van de taak resteren nog 40 plaatsen")."""
    by_sent: dict[int, list[PlaceMention]] = {}
    for m in mentions:
        by_sent.setdefault(m.sent, []).append(m)
    for ms in by_sent.values():
        low = ms[0].text.lower()
        if not _REMAIN.search(low) or _TASK_WORDS.search(low):
            continue
        wholes = {w.start(1) for w in _OF_THE_WHOLE.finditer(low)}
        left = [m for m in ms if m.pos not in wholes and m.role in ("realised", "task")]
        if not left or not wholes:  # "Vanaf die datum resteren er 120 plekken": no whole named, the rest of the task
            continue
        for m in ms:
            if m.pos in wholes and m.role in ("realised", "other"):
                m.role, m.status, m.cue = "other", "was", "van de ... resteren"
        o = left[-1]
        o.role, o.status, o.cue = "realised", "in gebruik", "resteren"


# several sites offered side by side: "heeft Dongen het COA drie locaties aangeboden: een perceel voor 150 ..."
_SITES_OFFERED = re.compile(r"\b(?:twee|drie|vier|vijf|enkele|meerdere|verschillende|een aantal)\s+(?:\w+\s+)?"
                            r"(?:locaties|panden|terreinen|gebouwen|percelen|kavels|opties)\b[^.;]{0,40}?\baangeboden\b|"
                            r"\baangeboden\b[^.;]{0,20}?\b(?:twee|drie|vier|vijf|enkele|meerdere|verschillende)\s+"
                            r"(?:\w+\s+)?(?:locaties|panden|terreinen|gebouwen|percelen|kavels|opties)\b")


def _alternatives_offered(mentions: list[PlaceMention], sents: list[Sentence]) -> None:
    """Sites offered to the COA as alternatives, one still to be chosen: options, not places in preparation."""
    for m in mentions:
        if m.role == "planned" and _SITES_OFFERED.search(sents[m.sent].text.lower()):
            m.role, m.status, m.cue = "exploring", "verkenning", "aangeboden als keuze"


_DECIDED_TO = r"\b(?:besloten|ingestemd)\b(?:(?!\bniet\b)[^.;])*\b(?:te huren|aan te kopen|te kopen|te realiseren|in te richten)\b"
_MAKING_WORDS = "verbouwing|aanvraag|krediet|gestart|bouw|ingebruikname|oplevering"
# the next sentence says a bare site line is in the making ("De omgevingsvergunning is aangevraagd")
_IN_THE_MAKING = re.compile(r"vergunning|\b(?:" + _MAKING_WORDS + r")\b|" + _DECIDED_TO)
# ... or the rest of its own sentence does ("80 plaatsen; omgevingsvergunning verleend, oplevering Q1 2028"), as words
_IN_THE_MAKING_HERE = re.compile(r"\b(?:(?:omgevings)?vergunning|" + _MAKING_WORDS + r")\b|" + _DECIDED_TO)
# what a figure named before was, when it is gone: a plan voted down or dropped, a figure of the past
_GONE_BEFORE = frozenset({"verleden", "vervallen", "achterhaald", "bijeenkomst", "elders", "andere gemeente",
                          "geen locatie"})


_NOW_ROW = re.compile(r"(?:(?:realisatie|gerealiseerd|stand|plekken|plaatsen|opvang|aantal)\s+)?(?:nu|momenteel|thans)|"
                     r"gerealiseerd|realisatie|huidige stand")


def _units_counted_after(mentions: list[PlaceMention]) -> None:
    """"de bouw van 24 woonunits ... Elke unit is bestemd voor vier personen, zodat in totaal 96 opvangplaatsen
    ontstaan": units taken for places give way to the places counted for them in the next sentences."""
    for m in mentions:
        if m.units and any(o is not m and not o.units and o.role in ("planned", "realised") and m.sent <= o.sent <= m.sent + 2
                           and re.search(r"\bunits?\b", o.text, re.I) for o in mentions):
            m.role, m.status, m.cue = "other", "units", "plaatsen elders geteld"


def _sum_of_the_list_above(mentions: list[PlaceMention], sents: list[Sentence]) -> None:
    """"- Kromwijkerkade: 180 plekken ... / - Hollandbaan: 152 reguliere plekken. / Samen zijn dat 332 plekken.": a
    total said right under a list, equal to the sum of its items, is theirs, in the role they have."""
    for m in mentions:
        if not m.total or m.sent < 2 or sents[m.sent].bullet:
            continue
        items: list[PlaceMention] = []
        j = m.sent - 1
        while j >= 0 and sents[j].bullet:
            items.extend(o for o in mentions if o.sent == j and not o.part)
            j -= 1
        roles = {o.role for o in items}
        if len(items) >= 2 and len(roles) == 1 and roles <= {"planned", "realised"} \
                and sum(o.value * o.each for o in items) == m.value and m.role != items[0].role:
            m.role, m.status, m.cue = items[0].role, items[0].status, "samen van de lijst"


def _no_cue_from_neighbours(mentions: list[PlaceMention], sents: list[Sentence]) -> None:
    """A bare list line ("Woongebouw in Zegveld: 30 plekken.") takes the role of the list it is in."""
    for m in mentions:
        if m.cue != "sectie":
            continue
        opening = _MOMENT_CELL.match(sents[m.sent].text.lower().lstrip("-•* "))
        if opening and _moment_ahead(opening.group(0)) and m.pos > opening.end():
            m.role, m.status, m.cue = "planned", "gepland", "planning"  # "tweede kwartaal 2029 - Oost: 64 plaatsen"
            continue
        if sents[m.sent].bullet or _FIGURES_ONLY.fullmatch(sents[m.sent].text.lower()):
            # a list item, or a line of groups and figures only ("regulier 12 AMV 2") under "Realisatie per 1-12:"
            lead = m.sent - 1
            while lead >= 0 and (sents[lead].bullet or _FIGURES_ONLY.fullmatch(sents[lead].text.lower())) \
                    and sents[lead].section == sents[m.sent].section:
                lead -= 1  # (the list's lines before it: "reg. 35" / "amv 6" typed line by line)
            if sents[m.sent].bullet and sents[m.sent].section in ("steps", "timeline") \
                    and (lead < 0 or sents[lead].section != sents[m.sent].section):
                # "Stappen" / "- Blokhoeve: 30 flexwoningen, goed voor 90 plaatsen": a list right under the steps'
                # heading names places to come
                m.role, m.status, m.cue = "planned", "gepland", "onder stappen"
                continue
            role = None
            for j in range(lead, max(-1, lead - 3), -1):  # a site's label between the heading and its figures
                head = sents[j].text.rstrip()
                heading = head.endswith(":") or (len(head) <= 70 and not re.search(r"[.;!?]$", head)
                                                 and not re.search(r"\b\d+\s*(?:pl\b|plaatsen|plekken)", head.lower()))
                role = _lead_role(head) if heading else None
                if role or not head.endswith(":"):
                    break  # ("Aantal opvangplaatsen in voorbereiding" / "Veghel, locatie De Amert:" / "regulier 120")
            if role:
                m.role, m.status, m.cue = role, "gepland" if role == "planned" else "in gebruik", "opsomming"
                continue
        prev = [o for o in mentions if o.sent == m.sent - 1 and o.cue not in ("sectie", "")]
        listed = len(sents[m.sent].text) < 90 and re.match(r"^[^.]{0,70}:\s*\d", sents[m.sent].text)
        if prev and listed and sents[m.sent].bullet == sents[m.sent - 1].bullet:
            m.role, m.status, m.cue = prev[-1].role, prev[-1].status, "lijst"
            continue
        own = sents[m.sent].text.lower()
        ratio = re.match(r"\d+\s*/\s*(\d+)\b", own[m.pos:])
        if ratio and int(ratio.group(1)) >= m.value and re.search(r"\b(?:amv|reg\.?|regulier\w*|totaal)\s*$", own[:m.pos]):
            m.role, m.status, m.cue = "realised", "in gebruik", "van de taak"  # "amv 4/4, reg. 30/52"
            continue
        if " | " in own:  # "Moordrechtse Tiendweg | in gebruik | 60 pl. | –": the status cell, as a column
            cells = [c.strip() for c in own.split("|")]
            if _NOW_ROW.fullmatch(cells[0]):
                m.role, m.status, m.cue = "realised", "in gebruik", "kolom"  # "Realisatie nu | 18 reg., 0 amv"
                continue
            if any(c.startswith((*_IN_USE_CELL, "open")) for c in cells):
                m.role, m.status, m.cue = "realised", "in gebruik", "kolom"
                continue
            if any(_GONE_CELL.search(c) for c in cells):
                m.role, m.status, m.cue = "other", "vervallen", "kolom"
                continue
            if any(_STATUS_CELL.search(c) for c in cells):
                m.role, m.status, m.cue = "planned", "gepland", "kolom"
                continue
        if not _EARLIER_PLAN.search(own) and not _NO_SITE_YET.search(own):
            # "De Lier, Hoogwerf: 80 plaatsen; omgevingsvergunning verleend", or the next sentence says it (not of
            # "Voor de laatste 85 plaatsen is nog geen locatie gevonden": the next sentence is about another site)
            nxt = sents[m.sent + 1].text.lower() if m.sent + 1 < len(sents) else ""
            if not _NOT_ASYLUM.search(own) and (_IN_THE_MAKING_HERE.search(own, m.pos) or _IN_THE_MAKING.search(nxt)):
                m.role, m.status, m.cue = "planned", "gepland", "volgende zin"
        if m.cue == "sectie":
            # a figure with no cue of its own named before in a role that does not count ("met ruimte voor 150",
            # a plan voted down; later "honderdvijftig mensen ... is niet in verhouding"): the same figure again
            before = [o for o in mentions if o.sent < m.sent and o.value == m.value and o.cue not in ("sectie", "")]
            # ("Voor de laatste 24 plaatsen gaan wij uit van eind 2038" after those 24 were said to have no site yet
            # and to be searched for)
            if before and all((o.role == "other" and o.status in _GONE_BEFORE) or o.status == "verkenning"
                              for o in before) and any(o.role == "other" for o in before):
                m.role, m.status, m.cue = before[-1].role, before[-1].status, "eerder genoemd"
        if m.role == "planned" and not m.status:
            m.status = "gepland"
        if m.role == "realised" and not m.status:
            m.status = "in gebruik"


def find_places(sents: list[Sentence], timeline: list[Sentence] | None = None) -> dict[str, int | None]:
    """{"realised": n|None, "planned": n|None} from the municipality's own sentences."""
    return read_places(sents).places
