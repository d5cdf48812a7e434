"""Sender trust: Authentication-Results from the trusted receiving server, DMARC alignment, display-name
claims and look-alike domains. Pure functions; the caller gives the trusted authserv-id.

Rules:
- Only Authentication-Results headers whose authserv-id equals the configured one count (the topmost such
  header: the receiving server's own). A "pass" added higher up or lower down by anyone else is ignored.
  Without a configured id, or without such a header, the sender is "unverified" (never "pass").
- The trusted header passes when DMARC passes and its header.from aligns (relaxed: same organisational
  domain) with the From address; without a DMARC result, an aligned SPF or DKIM pass counts.
- Possibly spoofed (`suspect`): the trusted header fails or is misaligned for a municipal From domain; any
  Authentication-Results header reports a failure for a municipal From domain (a failure is never a
  forgery worth making); the From domain looks like a municipal domain without being one; or the display
  name claims a municipality (or another address) that the From domain does not belong to.
A suspect message is still tied to its municipality; it only never marks a case answered on its own.
"""
from __future__ import annotations

import contextlib
import re
import unicodedata
from functools import lru_cache
from typing import Any

from rapidfuzz.distance import Levenshtein

from parsers.gemeenten import Directory, Gemeente

FAILS = frozenset({"fail", "softfail", "permerror"})
# second-level labels under which registrations happen (a small list; municipal domains are .nl)
_MULTI_LABEL_SUFFIXES = frozenset({"co.uk", "org.uk", "ac.uk", "gov.uk", "com.au", "co.nz", "co.za", "com.br",
                                   "co.jp", "com.tr", "com.cn"})
_CLAIM_WORDS = re.compile(r"\b(gemeente|gem\.|college|burgemeester|wethouder|griffie|raadsgriffie|b\s*&\s*w)\b",
                          re.I)
_ADDRESS_IN_NAME = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
_HOMOGLYPHS = (("rn", "m"), ("vv", "w"), ("cl", "d"), ("0", "o"), ("1", "l"), ("i", "l"), ("5", "s"))


def organisational_domain(domain: str) -> str:
    """The registrable domain (DMARC's organisational domain), by a short suffix list: mail.x.nl -> x.nl."""
    labels = [x for x in (domain or "").lower().strip(".").split(".") if x]
    if len(labels) >= 3 and ".".join(labels[-2:]) in _MULTI_LABEL_SUFFIXES:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def aligned(a: str | None, b: str | None) -> bool:
    """Relaxed DMARC alignment of two domains."""
    return bool(a and b) and organisational_domain(a) == organisational_domain(b)  # type: ignore[arg-type]


def _results(value: str) -> tuple[str, dict[str, str], dict[str, str]]:
    """(authserv-id, {method: result}, {property: value}) of one Authentication-Results header."""
    value = re.sub(r"\s+", " ", value).strip()
    authserv = value.split(";", 1)[0].strip().split(" ")[0].lower()
    results: dict[str, str] = {}
    props: dict[str, str] = {}
    try:
        import authres

        parsed = authres.AuthenticationResultsHeader.parse("Authentication-Results: " + value)
        for res in parsed.results:
            method = str(getattr(res, "method", "")).lower()
            if method in ("spf", "dkim", "dmarc") and method not in results:
                results[method] = str(getattr(res, "result", "")).lower()
                for p in getattr(res, "properties", []) or []:
                    props.setdefault(f"{method}:{p.type}.{p.name}".lower(), str(p.value).lower())
    except Exception:  # noqa: BLE001 - authres raises on malformed headers; fall back to a regex
        for method, result in re.findall(r"\b(spf|dkim|dmarc)\s*=\s*([a-z]+)", value, re.I):
            results.setdefault(method.lower(), result.lower())
        for method, rest in re.findall(r"\b(spf|dkim|dmarc)\s*=\s*[a-z]+([^;]*)", value, re.I):
            for ptype, name, pval in re.findall(r"\b(smtp|header)\.(\w+)\s*=\s*([^\s;]+)", rest, re.I):
                props.setdefault(f"{method}:{ptype}.{name}".lower(), pval.lower())
    return authserv, results, props


def _skeleton(label: str) -> str:
    """A label with accents, IDN encoding, digits-for-letters and rn/vv look-alikes folded away."""
    if label.startswith("xn--"):
        with contextlib.suppress(UnicodeError, ValueError):
            label = label.encode("ascii").decode("idna")
    label = "".join(c for c in unicodedata.normalize("NFKD", label.lower()) if not unicodedata.combining(c))
    for a, b in _HOMOGLYPHS:
        label = label.replace(a, b)
    return re.sub(r"[^a-z]", "", label)


@lru_cache(maxsize=4)
def _domain_labels(domains: tuple[str, ...]) -> tuple[tuple[str, str, str], ...]:
    """Per municipal domain: (domain, label, label skeleton)."""
    return tuple((real, real.split(".", 1)[0], _skeleton(real.split(".", 1)[0])) for real in domains)


@lru_cache(maxsize=1024)
def _imitation(real: str) -> re.Pattern[str]:
    """One regex for the label-bounded imitations of a municipal domain (compiled when first needed: every
    match holds the domain's label, so only a domain holding it is ever tested)."""
    label, tld = real.split(".", 1)[0], real.split(".", 1)[-1]
    # heemskerk.nl.evil.example, heemskerk.nl-mail.com | heemskerk-nl.com | gemeente-heemskerk.nl; whole
    # labels only (not dewoldenhoogeveen.nl, the real shared domain of De Wolden and Hoogeveen, nor
    # provincie-utrecht.nl)
    return re.compile(rf"(^|\.){re.escape(real)}([.-]|$)|(^|\.){re.escape(label)}[-_]?{re.escape(tld)}\."
                      rf"|(^|\.)(gemeente|gem)-?{re.escape(label)}\.")


def lookalike_of(domain: str, directory: Directory) -> str | None:
    """The municipal domain that `domain` imitates, or None (also None for a real municipal domain)."""
    domain = (domain or "").lower().strip(".")
    if not domain or "." not in domain or directory.by_domain(domain):
        return None
    org = organisational_domain(domain)
    org_label, org_suffix = org.split(".", 1)[0], org.split(".", 1)[-1]
    org_skeleton = _skeleton(org_label)
    for real, real_label, real_skeleton in _domain_labels(tuple(directory._by_domain)):  # noqa: SLF001
        if real_label in domain and _imitation(real).search(domain):
            return real
        if len(real_label) >= 5 and org_label == real_label:  # heemskerk.co, heemskerk.com
            return real
        if org_skeleton == real_skeleton and org != real:  # heernskerk.nl, heemskërk.nl
            return real
        if len(real_label) >= 7 and real.split(".", 1)[-1] == org_suffix \
                and Levenshtein.distance(org_label, real_label, score_cutoff=1) <= 1:  # heemskerrk.nl
            return real
    return None


def display_claim(from_name: str | None, from_domain: str, directory: Directory) -> str | None:
    """What the display name claims that the From domain does not back: a municipality's name or another
    address's domain (the decoded-name trick). None when there is no such claim."""
    name = (from_name or "").strip()
    if not name:
        return None
    own = directory.by_domain(from_domain) if from_domain else None
    for claimed_domain in _ADDRESS_IN_NAME.findall(name):
        if not aligned(claimed_domain.lower(), from_domain):
            g = directory.by_domain(claimed_domain)
            return g.name if g else claimed_domain.lower()
    if not _CLAIM_WORDS.search(name):
        return None  # "Jan Heemskerk" is a person, not a claim
    claimed: Gemeente | None = None
    words = re.findall(r"[\w'’-]+", name)
    for size in range(min(4, len(words)), 0, -1):
        for i in range(len(words) - size + 1):
            hits = directory.lookup(" ".join(words[i:i + size]))
            if hits:
                claimed = hits[0]
                break
        if claimed:
            break
    if claimed is None or (own is not None and own.cbs_code == claimed.cbs_code):
        return None
    return claimed.name


def check(all_headers: list[tuple[str, str]], from_domain: str, municipal: bool, *,
          trusted_authserv_id: str | None = None, from_name: str | None = None,
          directory: Directory | None = None) -> tuple[dict[str, Any], list[str]]:
    """The `auth` record of a message and its warning codes (see the module docstring)."""
    from_domain = (from_domain or "").lower()
    trusted = (trusted_authserv_id or "").strip().lower()
    headers = [_results(str(v)) for k, v in all_headers if k.lower() == "authentication-results"]
    ours = next((h for h in headers if trusted and h[0] == trusted), None)
    reasons: list[str] = []
    auth: dict[str, Any] = {"spf": None, "dkim": None, "dmarc": None, "authserv_id": trusted or None,
                            "header_from": None, "aligned": None, "verified": False, "status": "unverified"}
    if ours is not None:
        _, results, props = ours
        auth.update({m: results.get(m) for m in ("spf", "dkim", "dmarc")})
        header_from = props.get("dmarc:header.from")
        auth["header_from"] = header_from
        if results.get("dmarc"):
            ok = results["dmarc"] == "pass"
            is_aligned = aligned(header_from, from_domain) if header_from else ok
        else:
            spf_ok = results.get("spf") == "pass" and aligned(props.get("spf:smtp.mailfrom", "").split("@")[-1],
                                                               from_domain)
            dkim_ok = results.get("dkim") == "pass" and aligned(props.get("dkim:header.d"), from_domain)
            ok = is_aligned = spf_ok or dkim_ok
        auth["aligned"] = is_aligned
        auth["verified"] = ok and is_aligned
        auth["status"] = "pass" if auth["verified"] else "fail"
        if not auth["verified"] and municipal:
            reasons.append("misaligned" if ok and not is_aligned else "auth_fail")
    elif municipal:
        # a failure reported by any server is believed (nobody forges a failure to their own cost)
        fails = {m for _, results, _ in headers for m, r in results.items() if r in FAILS}
        if "dmarc" in fails or {"spf", "dkim"} <= fails:
            reasons.append("auth_fail")
            for m in ("spf", "dkim", "dmarc"):
                auth[m] = next((r[m] for _, r, _ in headers if m in r), None)
    if directory is not None:
        look = lookalike_of(from_domain, directory)
        claim = display_claim(from_name, from_domain, directory)
        auth["lookalike"], auth["display_claim"] = look, claim
        if look:
            reasons.append("lookalike")
        if claim:
            reasons.append("display_claim")
    auth["reasons"] = reasons
    auth["suspect"] = bool(reasons)
    return auth, reasons
