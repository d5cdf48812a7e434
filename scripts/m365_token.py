#!/usr/bin/env python3
"""Print a Microsoft 365 access token for IMAP (XOAUTH2), for `[imap] oauth_token_cmd`.

OAuth 2.0 client credentials grant against Microsoft Entra ID (app-only access, see README:
"Microsoft 365-postbus"). Reads SPREIDINGSBOT_M365_TENANT, SPREIDINGSBOT_M365_CLIENT_ID and
SPREIDINGSBOT_M365_CLIENT_SECRET from the environment; prints only the token on stdout; errors go to
stderr in Dutch without the secret. Standard library only.
"""
from __future__ import annotations

import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request

SCOPE = "https://outlook.office365.com/.default"
TOKEN_URL = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token"


def main() -> int:
    names = ("SPREIDINGSBOT_M365_TENANT", "SPREIDINGSBOT_M365_CLIENT_ID", "SPREIDINGSBOT_M365_CLIENT_SECRET")
    missing = [n for n in names if not os.environ.get(n)]
    if missing:
        print(f"m365_token: niet ingesteld: {', '.join(missing)}", file=sys.stderr)
        return 2
    tenant, client_id, secret = (os.environ[n] for n in names)
    url = os.environ.get("SPREIDINGSBOT_M365_TOKEN_URL") or TOKEN_URL.format(tenant=urllib.parse.quote(tenant))
    body = urllib.parse.urlencode({"grant_type": "client_credentials", "client_id": client_id,
                                   "client_secret": secret, "scope": SCOPE}).encode()
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=body), timeout=30) as resp:  # noqa: S310
            data = json.loads(resp.read())
    except urllib.error.HTTPError as exc:
        try:
            detail = json.loads(exc.read()).get("error", "")
        except ValueError:
            detail = ""
        print(f"m365_token: aanmelden bij Microsoft geweigerd (HTTP {exc.code} {detail})", file=sys.stderr)
        return 1
    except (OSError, ValueError) as exc:
        print(f"m365_token: Microsoft niet bereikbaar ({type(exc).__name__})", file=sys.stderr)
        return 1
    token = data.get("access_token")
    if not token:
        print("m365_token: geen access_token in het antwoord", file=sys.stderr)
        return 1
    print(token)
    return 0


if __name__ == "__main__":
    sys.exit(main())
