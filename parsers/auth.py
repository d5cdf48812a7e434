"""Sender authenticity from the receiving server's Authentication-Results (SPF, DKIM, DMARC).

A message that claims a municipality's domain and fails DMARC (or fails both SPF
and DKIM) is flagged `suspect`: shown as possibly spoofed, never closing a termijn
on its own.
"""
from __future__ import annotations

import re
from typing import Any


def _parse_with_authres(value: str) -> dict[str, str]:
    out: dict[str, str] = {}
    try:
        import authres

        parsed = authres.AuthenticationResultsHeader.parse("Authentication-Results: " + value)
        for res in parsed.results:
            method = str(getattr(res, "method", "")).lower()
            result = str(getattr(res, "result", "")).lower()
            if method in ("spf", "dkim", "dmarc") and method not in out:
                out[method] = result
    except Exception:  # noqa: BLE001 - authres raises on malformed headers; fall back to a regex
        for method, result in re.findall(r"\b(spf|dkim|dmarc)\s*=\s*([a-z]+)", value, re.I):
            out.setdefault(method.lower(), result.lower())
    return out


def check(all_headers: list[tuple[str, str]], from_domain: str, municipal: bool) -> tuple[dict[str, Any], list[str]]:
    """({"spf","dkim","dmarc","suspect"}, warnings). Only the first (topmost, our own server's) header counts."""
    auth: dict[str, Any] = {}
    warnings: list[str] = []
    values = [v for k, v in all_headers if k.lower() == "authentication-results"]
    if values:
        auth.update(_parse_with_authres(re.sub(r"\s+", " ", str(values[0]))))
    fails = {k for k, v in auth.items() if v in ("fail", "softfail", "permerror")}
    suspect = bool(municipal and values and ("dmarc" in fails or {"spf", "dkim"} <= fails))
    auth["suspect"] = suspect
    if suspect:
        warnings.append(f"mogelijk vervalst: afzender claimt {from_domain} maar de authenticatie faalde "
                        f"({', '.join(sorted(fails))})")
    return auth, warnings
