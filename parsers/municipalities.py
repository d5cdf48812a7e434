"""Which municipalities a message is about.

Order of evidence: the sender's domain (or, for a bounce, the domain that
bounced), a shared-service organisation and the member municipalities the
message names, the "gemeente X" / "college van X" mentions in the signature,
text and attachments, the letter reference looked up in the case register, and
mail addresses in the signature. None rather than a wrong guess.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from parsers.gemeenten import Directory, Gemeente, normalise
from parsers.model import Evidence

_EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
_MENTION = re.compile(
    r"\b(?i:gemeente|gemeenten|gemeentebestuur|college van burgemeester en wethouders van|college van b(?:&|en)w van|"
    r"colleges van burgemeester en wethouders van|college van|municipality of|reactie|gemeenteraad van|"
    # an office of the municipality in a signature: "wethouder Dijk en Waard", "burgemeester van Oss"
    r"(?:wethouder|burgemeester|gemeentesecretaris|griffier)(?:\s+van)?)\s+"
    r"((?:['’]s[- ])?[A-ZÀ-Ý][\w'’().-]*(?:[ -](?:[A-ZÀ-Ý(][\w'’().-]*|aan|den|der|de|en|op|van|in|a/d|het|ter))"
    r"{0,4})")
_NON_MUNICIPAL = ("minjenv.nl", "rijksoverheid.nl", "coa.nl", "vng.nl")


# "namens de colleges van Beuningen, Druten en West Maas en Waal", "de gemeenten Bladel, Eersel en Reusel-De Mierden"
_WRITTEN_FOR = re.compile(
    r"(?:\b(?i:namens|mede namens|voor|van|in|reactie van)\s+|(?:^|\n)\s*)(?i:de\s+)?(?i:colleges?\s+(?:van\s+burgemeester\s+en\s+wethouders\s+)?"
    r"van|gemeenten|besturen\s+van|(?:twee|drie|vier|vijf)\s+gemeenten|samenwerkende\s+gemeenten)\s+"
    r"([^.:;\n()]{3,220})")


# "Namens Beuningen en Heumen (regionale aanpak asiel):": the names right after "namens"
_FOR_NAMED = re.compile(r"\b(?i:namens|mede namens)\s+((?:['’]s[- ])?[A-ZÀ-Ý][^.:;\n()]{3,220})")


# a joint answer said in so many words, and the enumeration it refers to
_JOINT = re.compile(r"\b(?:namens|mede namens)\s+(?:de|alle)\s+(?:twee|drie|vier|vijf|zes)\s+(?:colleges|gemeenten)\b|"
                    r"\bgezamenlijke\s+(?:reactie|antwoord|brief)\b|\breageren\s+(?:wij|we)\s+gezamenlijk\b", re.I)
_ENUMERATION = re.compile(r"\b(?i:de)\s+(?i:gemeenten|colleges\s+van)\s+([^.:;\n()]{3,220})")


# an organisation telling whom it works for, not whom this message is written for
_SERVES = re.compile(r"\b(?:(?:voert|voeren)\b[^.;]{0,40}\buit|werkt|werken|werkzaam|dienstverlening|diensten|"
                     r"(?:werk|ambtelijke\s+)?organisatie)\s*$", re.I)


def written_for(directory: Directory, text: str) -> list[Gemeente]:
    """The municipalities of an enumeration after "namens de colleges van" / "de gemeenten" (two or more)."""
    flat = re.sub(r"[ \t]*\n[ \t]*(?=\S)", " ", text or "")  # hard-wrapped lines, not paragraph breaks
    flat = re.sub(r"\s*\([^()\n]{0,40}\)", "", flat)  # "Bergeijk (referentie 7362921), Bladel (7362925) en ..."
    patterns = (_WRITTEN_FOR, _FOR_NAMED, _ENUMERATION) if _JOINT.search(flat) else (_WRITTEN_FOR, _FOR_NAMED)
    # "Namens de vier colleges reageer ik in één bericht" with the four named in another sentence
    for pattern in patterns:
        # "Werkorganisatie BUCH voert de taken uit voor de gemeenten A, B, C en D. Namens de colleges van C en D
        # reageren wij": whom it is written for ("namens") before whom the organisation serves
        found = sorted(pattern.finditer(flat), key=lambda m: not re.search(r"namens", m.group(0), re.I))
        for m in found:
            if _SERVES.search(flat[max(0, m.start() - 60):m.start()]):
                continue  # "De werkorganisatie BUCH werkt voor de gemeenten A, B, C en D": whom it serves
            out = _enumerated(directory, m.group(1))
            if len(out) >= 2:
                return out
    return []


def _enumerated(directory: Directory, items: str, hint: frozenset[str] = frozenset()) -> list[Gemeente]:
    """The municipalities of "A, B en C" up to the first item that is no name. A name two municipalities bear
    ("Bergen en Uitgeest") is the one in the province of the others named with it (`hint`, a second pass)."""
    out: list[Gemeente] = []
    for name in _comma_names(directory):  # "Nuenen, Gerwen en Nederwetten en Son en Breugel": a name with a comma
        items = items.replace(name, name.replace(", ", "\x00"))
    for item in re.split(r",\s*|\s+&\s+", items):
        parts = _conjunction(directory, item.replace("\x00", ", ").split(), hint)
        if not parts:
            break
        out += [p for p in parts if p not in out]
    if len(out) < 2 and not hint:
        provinces = frozenset(found[0].province for w in re.findall(r"[A-ZÀ-Ý][\w'-]+", items)
                              if len(found := directory.lookup(w)) == 1)
        if provinces:
            return _enumerated(directory, items, provinces)
    return out


def _comma_names(directory: Directory) -> tuple[str, ...]:
    """The official names that hold a comma ("Nuenen, Gerwen en Nederwetten")."""
    return tuple(g.name for g in directory.gemeenten if ", " in g.name)


def _conjunction(directory: Directory, words: list[str], hint: frozenset[str] = frozenset()) -> list[Gemeente]:
    """"Druten en West Maas en Waal" -> [Druten, West Maas en Waal]; [] when the words are not all names."""
    if not words:
        return []
    whole = _lookup_exact(directory, " ".join(words), hint)
    if whole:
        return [whole]
    for i, w in enumerate(words):
        if w == "en" and 0 < i < len(words) - 1:
            left = _lookup_exact(directory, " ".join(words[:i]), hint)
            after = words[i + 2:] if words[i + 1].lower() == "van" else words[i + 1:]  # "A en van B"
            rest = _conjunction(directory, after, hint) if left else []
            if left and rest:
                return [left, *rest]
    tail = _lookup_prefix(directory, " ".join(words))  # the last name runs on into the sentence
    return [tail] if tail else []


def _lookup_exact(directory: Directory, words: str, hint: frozenset[str] = frozenset()) -> Gemeente | None:
    """The municipality a whole phrase names ("West Maas en Waal"), when it names exactly one (of those in the
    provinces of `hint`, when given)."""
    found = directory.lookup(words.strip().rstrip(",.;:"))
    if len(found) > 1 and hint:
        found = [g for g in found if g.province in hint]
    return found[0] if len(found) == 1 else None


def _lookup_prefix(directory: Directory, words: str) -> Gemeente | None:
    """Longest word prefix of `words` that names exactly one municipality."""
    parts = words.split()
    for n in range(min(len(parts), 5), 0, -1):
        cand = " ".join(parts[:n]).rstrip(",.;:")
        found = directory.lookup(cand)
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            return None
    return None


def mentions(directory: Directory, text: str) -> list[Gemeente]:
    """Municipalities introduced as such ("gemeente Heemskerk", "college van Oss") in a text."""
    out: list[Gemeente] = []
    for m in _MENTION.finditer(text or ""):
        g = _lookup_prefix(directory, m.group(1))
        if g:
            out.append(g)
    return out


def named(directory: Directory, text: str, names: list[str]) -> list[str]:
    """Which of the official names (or their aliases) occur as words in the text."""
    norm = " " + normalise(text) + " "
    out = []
    for name in names:
        g = directory.by_name(name)
        keys = {normalise(name)} | {normalise(a) for a in (g.aliases if g else ())}
        if any(f" {k} " in norm for k in keys if k):
            out.append(name)
    return out


_ON_BEHALF = re.compile(r"\b(?:[Nn]amens|[Mm]ede namens)\s+(?:het college van (?:burgemeester en wethouders van )?(?:de gemeente )?|"
                        r"de gemeente |gemeente )((?:'s-)?[A-Z][\w'-]+(?:[ -](?:[A-Z(][\w'.)-]+|aan|den|de|en))*)")


_EMPLOYED_FOR = re.compile(r"\b(?:werkzaam|werkt|actief)\s+voor\b|\bin dienst van\b", re.I)


def _on_behalf_of_one(directory: Directory, text: str) -> Gemeente | None:
    """The one municipality a message says it speaks for ("Namens de gemeente Uitgeest reageer ik ..."), when it
    names exactly one that way."""
    found = []
    for m in _ON_BEHALF.finditer(text[:3000]):
        words = m.group(1).split()
        for n in range(len(words), 0, -1):  # the longest leading run of words that is a municipality
            g = directory.by_name(" ".join(words[:n])) or next(iter(directory.lookup(" ".join(words[:n]))), None)
            if g is not None:
                found.append(g)
                break
    return found[0] if len({g.name for g in found}) == 1 else None


_NOT_CONCERNED = re.compile(r"\bgeen brief (?:ontvangen|gekregen)\b|\bniet (?:aangeschreven|aangesproken)\b|"
                            r"\bvoldoet (?:al |wel |inmiddels )?(?:volledig )?aan (?:de|haar|zijn) (?:wettelijke )?taak\b|"
                            r"\bvalt (?:hier )?buiten\b|\bbuiten beschouwing\b|"
                            # "De situatie in Achtkarspelen is ongewijzigd", "Geldrop-Mierlo reageert afzonderlijk"
                            r"\b(?:is|zijn|blijft|blijven)\s+(?:\w+\s+)?ongewijzigd\b|"
                            r"\breageer?t?\s+(?:afzonderlijk|apart|zelf|separaat)\b|\beigen\s+reactie\b")


def _not_concerned(name: str, text: str) -> bool:
    """A member of a shared service named in a sentence that says the letter is not about it."""
    return any(name.lower() in sent.lower() and _NOT_CONCERNED.search(sent)
               and not re.search(r"\b(?:niet|nog niet|geen)\b[^.]{0,20}\bvoldoet\b|\bvoldoet niet\b", sent)
               for sent in re.split(r"(?<=[.!?])\s+|\n+", text))


def domain_of(addr: str | None) -> str:
    return addr.rsplit("@", 1)[-1].lower() if addr and "@" in addr else ""


def find_municipalities(directory: Directory, *, from_addr: str | None, from_name: str | None, subject: str,
                        new_text: str, signature: str, attachment_text: str, bounce_addrs: list[str],
                        references: list[str], letters: Mapping[str, str], kind: str
                        ) -> tuple[list[Gemeente], list[Evidence]]:
    """The municipalities a message is about, with the evidence for each."""
    found: list[Gemeente] = []
    ev: list[Evidence] = []

    def add(g: Gemeente | None, why: Evidence) -> None:
        if g and g not in found:
            found.append(g)
            ev.append(why)

    domains = [domain_of(a) for a in bounce_addrs] if kind == "bounce" else []
    domains.append(domain_of(from_addr))
    for d in domains:
        if d and not d.endswith(_NON_MUNICIPAL):
            add(directory.by_domain(d), Evidence(f"domein {d}", "header:From"))
    if kind == "bounce" and not found:
        for d in {m.group(1) for m in _EMAIL.finditer(new_text)}:
            add(directory.by_domain(d), Evidence(f"domein {d}", "body"))
    if kind == "bounce" and not found:
        # a letter sent to a mistyped or outdated domain ("postbus@oldambt.nl"): the domain names the municipality
        for d in domains:
            label = re.sub(r"^(?:gemeente|gem)-?", "", d.split(".")[0]) if d else ""
            hits = directory.lookup(label.replace("-", " ")) if len(label) >= 3 else []
            if len(hits) == 1:
                add(hits[0], Evidence(f"domein {d}", "header:Final-Recipient"))
    if kind == "other":
        return found, ev  # newsletters, spam, internal mail: only a municipal sender counts
    if kind == "citizen":  # an inhabitant's mail: the municipality it is about, named most often
        for src, text in (("body", new_text), ("subject", subject)):
            best = Counter(g.name for g in mentions(directory, text)).most_common(2)
            if best and (len(best) == 1 or best[0][1] > best[1][1]):
                add(directory.by_name(best[0][0]), Evidence(f"genoemd: {best[0][0]}", src))
                break
        return found, ev
    # shared service organisations: From, signature, subject
    head = " ".join(x for x in (from_name or "", domain_of(from_addr).replace("-", " ").split(".")[0]) if x)
    where = [(src, f" {normalise(t)} ") for src, t in
             (("header:From", head), ("signature", signature), ("subject", subject), ("body", new_text))]
    # "Namens de gemeente Uitgeest reageer ik ...", "Bestuursadviseur, namens het college van Castricum"
    one = _on_behalf_of_one(directory, new_text + "\n" + signature)
    for s in directory.shared_services:
        key = normalise(s.name)
        hit = next((src for src, t in where if key and f" {key} " in t), None)
        if not hit:
            continue
        # the organisation's own name ("Samenwerkingsorganisatie De Wolden Hoogeveen") names its members: not counted
        told = re.sub(re.escape(s.name), " ", " ".join([subject, new_text, signature]), flags=re.I)
        members = named(directory, told, list(s.members))
        if len(members) > 1:  # "Teylingen voldoet aan de wettelijke taak en heeft geen brief ontvangen": not written for
            left = [m for m in members if not _not_concerned(m, new_text)]
            members = left or members
        if one is not None and one.name in s.members:
            members = [one.name]  # "Namens de gemeente Uitgeest reageer ik ...; Bergen, Castricum en Heiloo apart"
        if not members and hit == "header:From" and not found:
            members = list(s.members)
        if members and found and hit != "header:From" and found[0].name in s.members and found[0].name not in members \
                and ev[0].source == "header:From":
            found.pop(0)  # a member's mail domain, writing for another member ("namens gemeente De Wolden")
            ev.pop(0)
        if hit == "signature" and found and ev[0].source == "header:From" and found[0].name in s.members \
                and not named(directory, subject + "\n" + new_text, [m for m in s.members if m != found[0].name]):
            # a member's own mail whose footer names the organisation and its members ("verzonden via de
            # ICT-voorziening van de BAR-organisatie, die diensten levert aan Barendrecht, Albrandswaard en
            # Ridderkerk"): written for the member it comes from
            members = [found[0].name]
        for name in members:
            add(directory.by_name(name), Evidence(f"{s.name}: {name}", hit))
    # an enumeration of the municipalities the message is written for
    for src, text in (("body", new_text), ("subject", subject), ("signature", signature),
                      ("attachment", attachment_text[:5000])):
        group = written_for(directory, text)
        if group:
            if found and not any(g in group for g in found) and src != "body":
                continue
            if found and src == "signature" and (_EMPLOYED_FOR.search(text) or one is not None):
                continue  # "werkzaam voor de gemeenten Voorschoten en Wassenaar" says who employs the writer
            found.clear()
            ev.clear()
            for g in group:
                add(g, Evidence(f"geschreven namens {', '.join(x.name for x in group)}", src))
            return found, ev
    if found:
        return found, ev
    # explicit mentions: signature first, then text, subject, attachments
    for src, text in (("signature", signature), ("body", new_text), ("subject", subject),
                      ("attachment", attachment_text[:5000])):
        counts = Counter(g.name for g in mentions(directory, text))
        if counts:
            best = counts.most_common()
            if len(best) == 1 or best[0][1] > best[1][1]:
                add(directory.by_name(best[0][0]), Evidence(f"genoemd: {best[0][0]}", src))
                return found, ev
    # the letter in the register
    for ref in references:
        name = letters.get(ref)
        if name:
            add(directory.by_name(name) or (directory.lookup(name) or [None])[0], Evidence(f"brief {ref}", "register"))
            return found, ev
    # addresses in the signature or text
    for m in _EMAIL.finditer(signature + "\n" + new_text):
        g = directory.by_domain(m.group(1))
        if g:
            add(g, Evidence(f"adres {m.group(0)}", "signature"))
            return found, ev
    return found, ev
