"""Sender trust: addresses parsed before display names are decoded; only the trusted server's
Authentication-Results count; DMARC alignment; display-name claims and look-alike domains flagged."""
from __future__ import annotations

import pytest

from parsers.auth import check, lookalike_of, organisational_domain
from parsers.gemeenten import load_directory
from parsers.pipeline import ParseContext, parse_message

TRUSTED = "AM0PR01MB1234.eurprd01.prod.outlook.com"
BODY = """\
Geachte heer, mevrouw,

In antwoord op uw brief met kenmerk 7468089: wij hebben nog geen opvanglocatie gerealiseerd, omdat de raad
de locatie heeft afgewezen. Wij starten in juni 2026 een nieuwe procedure en verwachten per 1 januari 2027
50 plekken te realiseren.

Met vriendelijke groet,
Gemeente Heemskerk
"""


def mail(from_header: str, *auth_results: str) -> bytes:
    head = [f"From: {from_header}", "To: ibtspreidingswet@minjenv.nl", "Subject: Reactie op brief 7468089",
            "Date: Tue, 28 Apr 2026 10:00:00 +0200", "Message-ID: <x@example>", "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8"]
    head[1:1] = [f"Authentication-Results: {a}" for a in auth_results]
    return ("\n".join(head) + "\n\n" + BODY).encode()


def parse(raw: bytes, trusted: str | None = TRUSTED):
    return parse_message(raw, ParseContext(letters={"7468089": "Heemskerk"}, trusted_authserv_id=trusted, ocr=False))


def test_encoded_display_name_cannot_fake_the_address() -> None:
    raw = mail("=?utf-8?q?s=2Ehoogeveen=40heemskerk=2Enl_=3Cs=2Ehoogeveen=40heemskerk=2Enl=3E?= "
               "<attacker@evil.example>")
    pm = parse(raw)
    assert pm.from_addr == "attacker@evil.example"
    assert pm.from_name == "s.hoogeveen@heemskerk.nl <s.hoogeveen@heemskerk.nl>"
    assert pm.auth["suspect"] is True
    assert "display_claim" in pm.auth["reasons"]


def test_forged_pass_above_or_below_is_ignored_when_the_trusted_server_says_fail() -> None:
    forged = "mx.evil.example; spf=pass smtp.mailfrom=heemskerk.nl; dkim=pass header.d=heemskerk.nl; dmarc=pass " \
             "header.from=heemskerk.nl"
    ours = f"{TRUSTED}; spf=fail smtp.mailfrom=heemskerk.nl; dkim=none; dmarc=fail header.from=heemskerk.nl"
    pm = parse(mail("Gemeente Heemskerk <info@heemskerk.nl>", ours, forged))
    assert pm.auth["dmarc"] == "fail" and pm.auth["suspect"] is True and pm.auth["verified"] is False
    # a forged pass alone (no header from our server) is not a verification
    pm = parse(mail("Gemeente Heemskerk <info@heemskerk.nl>", forged))
    assert pm.auth["verified"] is False and pm.auth["status"] == "unverified"
    assert pm.auth["dmarc"] is None
    assert pm.municipalities == ["Heemskerk"]


def test_trusted_pass_aligned_is_verified() -> None:
    ours = f"{TRUSTED.upper()}; spf=pass smtp.mailfrom=heemskerk.nl; dkim=pass header.d=heemskerk.nl; " \
           "dmarc=pass header.from=heemskerk.nl"
    pm = parse(mail("Gemeente Heemskerk <s.hoogeveen@heemskerk.nl>", ours))
    assert pm.auth["verified"] is True and pm.auth["status"] == "pass" and pm.auth["suspect"] is False
    assert pm.auth["aligned"] is True
    # relaxed alignment: a subdomain of the same organisational domain
    ours = f"{TRUSTED}; dmarc=pass header.from=mail.heemskerk.nl"
    assert parse(mail("<s.hoogeveen@heemskerk.nl>", ours)).auth["aligned"] is True


def test_dmarc_pass_for_another_domain_is_misaligned() -> None:
    ours = f"{TRUSTED}; spf=pass smtp.mailfrom=evil.example; dkim=pass header.d=evil.example; " \
           "dmarc=pass header.from=evil.example"
    pm = parse(mail("Gemeente Heemskerk <info@heemskerk.nl>", ours))
    assert pm.auth["aligned"] is False and pm.auth["suspect"] is True and "misaligned" in pm.auth["reasons"]


def test_without_a_configured_authserv_id_nothing_is_verified() -> None:
    ours = f"{TRUSTED}; spf=pass smtp.mailfrom=heemskerk.nl; dmarc=pass header.from=heemskerk.nl"
    pm = parse(mail("Gemeente Heemskerk <info@heemskerk.nl>", ours), trusted=None)
    assert pm.auth["status"] == "unverified" and pm.auth["verified"] is False and pm.auth["suspect"] is False
    assert pm.municipalities == ["Heemskerk"]


@pytest.mark.parametrize("domain", ["heemskerk.nl.evil.example", "heemskerk-nl.com", "heernskerk.nl",
                                    "heemskerk.nl-mail.com", "xn--heemskrk-y1a.nl", "heemskerk.co"])
def test_lookalike_domains_are_flagged(domain: str) -> None:
    assert lookalike_of(domain, load_directory()) is not None, domain
    pm = parse(mail(f"Gemeente Heemskerk <info@{domain}>"))
    assert pm.auth["suspect"] is True and "lookalike" in pm.auth["reasons"], domain


@pytest.mark.parametrize("domain", ["heemskerk.nl", "mail.heemskerk.nl", "gmail.com", "minjenv.nl", "ede.nl",
                                    "epe.nl", "coa.nl", "vng.nl", "outlook.com"])
def test_real_domains_are_not_lookalikes(domain: str) -> None:
    assert lookalike_of(domain, load_directory()) is None, domain


def test_display_name_claim_on_gmail_is_flagged_but_still_tied_to_the_municipality() -> None:
    pm = parse(mail("Gemeente Heemskerk <gemeente.heemskerk@gmail.com>"))
    assert pm.auth["suspect"] is True and pm.auth["display_claim"] == "Heemskerk"
    assert pm.municipalities == ["Heemskerk"]
    # a person's own name on a private address, signing for the municipality: tied, not flagged
    pm = parse(mail("Sanne Hoogeveen <s.hoogeveen73@gmail.com>"))
    assert pm.municipalities == ["Heemskerk"] and pm.auth["suspect"] is False
    # a surname that is also a municipality's name is no claim
    assert parse(mail("Jan Heemskerk <jan.heemskerk@gmail.com>")).auth["display_claim"] is None


def test_organisational_domain() -> None:
    assert organisational_domain("mail.heemskerk.nl") == "heemskerk.nl"
    assert organisational_domain("a.b.example.co.uk") == "example.co.uk"
    assert organisational_domain("heemskerk.nl") == "heemskerk.nl"


def test_check_keeps_its_positional_form() -> None:
    auth, warnings = check([("Authentication-Results", "mx; dmarc=fail header.from=heemskerk.nl")], "heemskerk.nl",
                           municipal=True)
    assert auth["suspect"] is True and warnings
