"""The ministry's 7-digit letter references ("Onze referentie") in subject, body, quotes and attachments.

A 7-digit run counts only when it stands alone (no digits, dots, dashes or
slashes glued to it) and is not labelled as the municipality's own number
("Ons kenmerk", "zaaknummer"), a phone number, a postbus, an IBAN or an amount.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

_CANDIDATE = re.compile(r"(?<![\w.,/\-+€#])(\d{7})(?![\w/\-]|[.,]\d)")  # ("[#1458823]": a ticket's number)
_OWN_LABEL = re.compile(
    r"(ons|onze|mijn) (kenmerk|zaaknummer|nummer|dossiernummer|registratienummer)|zaaknummer|zaak nr|\bzaak\b|"
    r"ticket(nummer)?|meldingsnummer|dossiernummer|"
    # "Uw bericht is geregistreerd onder nummer 2061144", "Ontvangstbevestiging melding 2061144": a system's own
    r"geregistreerd (onder|met)( (het )?nummer)?|ontvangstbevestiging (melding|bericht|nummer)|"
    r"dossier nr|registratienummer|factuurnummer|factuur|klantnummer|debiteurnummer|kvk|btw|iban|rekeningnummer|"
    r"postbus|\btel(efoon|nr)?\b\.?|\bt\b|\bm\b|mobiel|\bfax\b|\bbsn\b|€|eur\b|kamerstuk", re.I)
_LETTER_LABEL = re.compile(r"(uw|onze) (kenmerk|referentie|brief)|referentie|kenmerk|brief|ref\.?|nummer", re.I)


_TO_PARLIAMENT = re.compile(r"tweede kamer|eerste kamer|kamerbrief|aan de kamer\b|staten-generaal", re.I)


def _label_before(text: str, start: int) -> str:
    """The text just before a candidate, within its clause."""
    window = text[max(0, start - 40):start]
    cut = max(window.rfind(c) for c in "\n(;")
    return window[cut + 1:] if cut >= 0 else window


def candidates(text: str, known: Mapping[str, str] | None = None) -> list[str]:
    """7-digit references in a text, in order of appearance, without the municipality's own numbers; a number
    labelled as its own that is a letter of ours (`known`) counts anyway ("Ons kenmerk: 7531344" with the labels
    swapped)."""
    out: list[str] = []
    for m in _CANDIDATE.finditer(text):
        before = _label_before(text, m.start())
        # the label closest to the number decides ("uw kenmerk 7468433, ons kenmerk 4412907")
        own = list(_OWN_LABEL.finditer(before))
        letter = [lm for lm in _LETTER_LABEL.finditer(before)
                  if not any(o.start() <= lm.start() < o.end() for o in own)]
        if own and (not letter or own[-1].start() > letter[-1].start()) \
                and not (known and m.group(1) in known and re.search(r"kenmerk", own[-1].group(0), re.I)):
            continue
        if re.search(r"\b(tel|telefoon|mobiel|fax)\b", text[max(0, m.start() - 15):m.start()], re.I):
            continue
        if re.search(r"(?:https?://|www\.)\S*$|[?&]\w+=(?:3D)?$", text[max(0, m.start() - 200):m.start()]):
            continue  # in a link: "afmelden?u=8812731"
        if _TO_PARLIAMENT.search(text[max(0, m.start() - 100):m.start()]) and not re.search(r"\buw\b", before, re.I):
            continue  # "aan de Tweede Kamer gestuurd (kenmerk 7554266)": a letter to parliament, not to a municipality
        if re.search(r"(?<![\d.,])0\d{1,3}[ \t-]?$", text[max(0, m.start() - 6):m.start()]):
            continue  # the subscriber part of a phone number after its area code ("071 5165432")
        if m.group(1) not in out:
            out.append(m.group(1))
    return out


def find_references(texts: Iterable[str], letters: Mapping[str, str] | None = None,
                    letter_dates: Mapping[str, str] | None = None) -> list[str]:
    """All references, best first: known letters first (newest letter first), then the largest number."""
    found: list[str] = []
    for t in texts:
        for c in candidates(t or "", letters):
            if c not in found:
                found.append(c)
    if letters:
        known = [c for c in found if c in letters]
        if known:
            found = known + [c for c in found if c not in letters]
    dates = letter_dates or {}

    def key(ref: str) -> tuple[int, str, int]:
        return (0 if not letters or ref in letters else 1, dates.get(ref, ""), int(ref))

    # newest letter first: by register date when known, else by number (registers count up)
    return sorted(found, key=lambda r: (key(r)[0], _neg(key(r)[1]), -key(r)[2]))


def _neg(s: str) -> str:
    """Sort key that puts later ISO dates first."""
    return "".join(chr(0x10FFFF - ord(c)) for c in s)
